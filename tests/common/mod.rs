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
