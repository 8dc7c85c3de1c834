//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::sync::OnceLock;

use distil::data::{default_data_dir, DataDir};

/// The shipped MNIST, opened once per test binary (the first open decompresses the .gz files).
pub fn mnist() -> &'static DataDir {
    static DATA: OnceLock<DataDir> = OnceLock::new();
    DATA.get_or_init(|| DataDir::open(&default_data_dir()).expect("the shipped MNIST opens"))
}

/// Runs `f` on a rayon pool of `threads` threads.
pub fn with_threads<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
        .install(f)
}

/// Bit patterns of a float slice, for exact comparisons.
pub fn bits(x: &[f32]) -> Vec<u32> {
    x.iter().map(|v| v.to_bits()).collect()
}

/// A command that runs the built binary; under `DISTIL_TEST_RUNNER` (an emulator command line, set
/// by scripts/test-aarch64.sh) it runs through that, as cargo runs the test binaries.
pub fn distil_bin() -> std::process::Command {
    let exe = env!("CARGO_BIN_EXE_distil");
    match std::env::var("DISTIL_TEST_RUNNER") {
        Ok(runner) if !runner.trim().is_empty() => {
            let mut parts = runner.split_whitespace();
            let mut c = std::process::Command::new(parts.next().unwrap());
            c.args(parts).arg(exe);
            c
        }
        _ => std::process::Command::new(exe),
    }
}
