//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use distil::data::idx::{encode, ElemType};
use distil::data::MNIST_NAMES;

use distil::data::{default_data_dir, DataDir};

/// `bytes` compressed as one gzip stream.
pub fn gz(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

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

/// The command line that runs the built binary: the binary itself, or under `DISTIL_TEST_RUNNER`
/// (an emulator command line, set by scripts/test-aarch64.sh) the emulator and then the binary, as
/// cargo runs the test binaries.
pub fn distil_argv() -> Vec<String> {
    let exe = env!("CARGO_BIN_EXE_distil").to_string();
    let runner = std::env::var("DISTIL_TEST_RUNNER").unwrap_or_default();
    let mut argv: Vec<String> = runner.split_whitespace().map(str::to_string).collect();
    argv.push(exe);
    argv
}

/// Whether the binary runs under an emulator (`DISTIL_TEST_RUNNER`, see `distil_argv`), where
/// timings mean nothing and the emulator needs its own address space and permissions.
pub fn under_emulator() -> bool {
    std::env::var("DISTIL_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty())
}

/// A command that runs the built binary (see `distil_argv`).
pub fn distil_bin() -> std::process::Command {
    let argv = distil_argv();
    let mut c = std::process::Command::new(&argv[0]);
    c.args(&argv[1..]);
    c
}

/// Runs the built binary with `args` (and the automatic SIMD choice), waiting for its output.
/// Every line it prints must read right (see [`reads_wrongly`]): its notes and progress lines as
/// much as its errors.
pub fn distil<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> std::process::Output {
    let o = distil_bin()
        .args(args)
        .env_remove("DISTIL_SIMD")
        .output()
        .unwrap();
    read_right(&o);
    o
}

/// Panics on a line of the binary's output (standard output and error) that reads wrongly (see
/// [`reads_wrongly`]): for the tests that run [`distil_bin`] themselves.
pub fn read_right(o: &std::process::Output) {
    for text in [&o.stdout, &o.stderr] {
        for line in String::from_utf8_lossy(text).lines() {
            if let Some(wrong) = reads_wrongly(line) {
                panic!("this line reads wrongly ({wrong}): {line}");
            }
        }
    }
}

/// Where a message composed of fragments reads wrongly: a word said twice in a row (`--gemm:
/// --gemm …`), a fragment that repeats its frame (`found expected …`, `average of in the …`), a
/// path named twice (an error quoted whole inside another about the same file), a count of one
/// before a plural (`found 1 bytes`), or an "expected" left unanswered by a "found".
pub fn reads_wrongly(line: &str) -> Option<String> {
    let bad = [
        "expected expected",
        "found found",
        "found expected",
        "found cannot",
        " of in ",
    ];
    if let Some(b) = bad.iter().find(|b| line.contains(*b)) {
        return Some(format!("'{b}'"));
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| ":,;.!()'`\"".contains(c))
                .to_lowercase()
        })
        .collect();
    if let Some(p) = words
        .windows(2)
        .find(|p| p[0] == p[1] && p[0].chars().any(char::is_alphabetic))
    {
        return Some(format!("'{}' twice", p[0]));
    }
    if let Some(p) = words.iter().enumerate().find_map(|(i, w)| {
        let path = w.contains('/') && w.chars().any(char::is_alphabetic);
        (path && words[i + 1..].contains(w)).then_some(w)
    }) {
        return Some(format!("path {p} twice"));
    }
    // One of a thing is not a plural ("1 bytes", "1 labels"): the nouns the binary counts.
    let plurals = [
        "bytes", "labels", "images", "items", "examples", "classes", "epochs", "threads", "runs",
        "rounds", "values", "lines", "errors", "seconds", "units", "layers", "inputs", "outputs",
        "rows", "tensors", "shifts", "seeds", "files",
    ];
    if let Some(p) = words
        .windows(2)
        .find(|p| p[0] == "1" && plurals.contains(&p[1].as_str()))
    {
        return Some(format!("'1 {}'", p[1]));
    }
    // An expectation is answered by what was found before the next one is stated.
    let mut open = false;
    for w in &words {
        match w.as_str() {
            "expected" if open => return Some("'expected' twice before 'found'".into()),
            "expected" => open = true,
            "found" => open = false,
            _ => {}
        }
    }
    None
}

/// A finished command's standard error, as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A synthetic data folder: 4×4 images whose class is the row holding the bright bar.
pub fn bars_dir(dir: &Path) {
    let make = |n: usize, seed: usize| {
        let mut img = Vec::new();
        let mut lab = Vec::new();
        for i in 0..n {
            let class = (i * 7 + seed) % 4;
            for r in 0..4 {
                for c in 0..4 {
                    img.push(if r == class {
                        200 + (c as u8) * 10
                    } else {
                        ((i + c) % 5) as u8 * 10
                    });
                }
            }
            lab.push(class as u8);
        }
        (
            encode(ElemType::U8, &[n as u32, 4, 4], &img),
            encode(ElemType::U8, &[n as u32], &lab),
        )
    };
    let (ti, tl) = make(200, 0);
    let (si, sl) = make(40, 1);
    for (name, bytes) in MNIST_NAMES.iter().zip([ti, tl, si, sl]) {
        fs::write(dir.join(name), bytes).unwrap();
    }
}

/// A new folder `dir/data` holding the bars data set ([`bars_dir`]); returns its path.
pub fn bars_data(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    fs::create_dir(&data).unwrap();
    bars_dir(&data);
    data
}

/// `train --arch 16-12-4` (the bars data's shape) with `flags`, on `data` into `out`.
pub fn train_16_12_4(data: &Path, out: &Path, flags: &[&str]) -> std::process::Output {
    let mut args = vec!["train", "--arch", "16-12-4"];
    args.extend(flags);
    args.extend(["--data-dir", data.to_str().unwrap()]);
    args.extend(["--out", out.to_str().unwrap()]);
    distil(&args)
}

/// Flags of a run on the bars data whose step is multiplied by 1e37 from epoch 2 on: a numerical
/// fault in epoch 2, after epoch 1's checkpoint.
pub const BLOWS_UP_IN_EPOCH_2: [&str; 6] = [
    "--epochs",
    "3",
    "--batch",
    "20",
    "--lr-schedule",
    "step:1:1e37",
];

/// Rewrites a u8 images file as f32 images of the same values (0–255, unscaled), with `change`
/// applied to them.
pub fn rewrite_as_floats(images: &Path, change: impl FnOnce(&mut Vec<f32>)) {
    let file = distil::data::idx::IdxFile::open(images).unwrap();
    let mut values: Vec<f32> = file.data().iter().map(|&b| b as f32).collect();
    change(&mut values);
    let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_be_bytes()).collect();
    let dims: Vec<u32> = file.dims().iter().map(|&d| d as u32).collect();
    drop(file);
    fs::write(images, encode(ElemType::F32, &dims, &bytes)).unwrap();
}

/// The bars data in `dir/data` and a teacher trained on it for 3 epochs (`dir/t.safetensors`), the
/// starting point of the distillation tests. Returns both paths.
pub fn bars_teacher(dir: &Path) -> (PathBuf, PathBuf) {
    let data = bars_data(dir);
    let teacher = dir.join("t.safetensors");
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let r = distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "3",
        "--data-dir",
        d,
        "--out",
        t,
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    (data, teacher)
}

pub fn no_temp_files(dir: &Path) {
    for e in fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !name.ends_with(".tmp"),
            "temporary file left behind: {name}"
        );
    }
}

/// Says why a test cannot run here and skips it; under `DISTIL_REQUIRE_PRIVILEGED_TESTS=1` (set by
/// `.ci/run` when it runs as root, where nothing should need skipping) fails instead, so that a
/// skip cannot pass for a pass.
pub fn skip_privileged(why: &str) {
    skip_unless_required("DISTIL_REQUIRE_PRIVILEGED_TESTS", why);
}

/// Says why a test cannot run here and skips it, or fails if the environment variable `var` is
/// `1`: CI sets it where it has provided what the test needs.
pub fn skip_unless_required(var: &str, why: &str) {
    if std::env::var(var).is_ok_and(|v| v == "1") {
        panic!("cannot run here, and {var}=1: {why}");
    }
    println!("skipped: {why}");
}

/// Restores the default actions of SIGHUP, SIGINT and SIGTERM, as a terminal has them: a test run as a
/// shell's background job inherits SIGINT ignored, which the binary rightly leaves alone. For
/// `pre_exec`, between fork and exec.
#[cfg(unix)]
pub fn default_signals() {
    // SIGHUP too: tests started under `nohup` would hand it on ignored.
    for sig in [libc::SIGHUP, libc::SIGINT, libc::SIGTERM] {
        // SAFETY: signal(2) with SIG_DFL, between fork and exec, where only such calls are allowed.
        unsafe {
            libc::signal(sig, libc::SIG_DFL);
        }
    }
}

/// Makes a FIFO at `path`; false where `mkfifo` is missing (the caller skips its check).
pub fn mkfifo(path: &Path) -> bool {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    if !made.is_ok_and(|s| s.success()) {
        println!("skipped: no mkfifo here");
        return false;
    }
    true
}

/// Reads a child's pipe to its end on a thread of its own, so that a full pipe never holds the
/// child back while the test waits on something else; `join` gives the bytes.
pub fn drain(mut pipe: impl std::io::Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes).unwrap();
        bytes
    })
}

/// `f`'s result, or `None` if it has not returned within `seconds`: a read that blocks for ever
/// (on a FIFO) fails its test instead of hanging it. The blocked thread is left behind.
pub fn within<T: Send + 'static>(
    seconds: u64,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(seconds))
        .ok()
}
