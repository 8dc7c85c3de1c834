//! Malformed input through the binary: every case must end with one error line that names the thing
//! and the problem, the documented exit status (2 for flags, 1 for files and data), no panic, and no
//! output or temporary file left behind. Run with `--nocapture` to print the table of outcomes that
//! the README's reliability section shows.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{bars_dir, gz, no_temp_files, reads_wrongly, stderr};
use distil::checkpoint::Checkpoint;
use distil::data::idx::{encode, ElemType};
use distil::data::MNIST_NAMES;

const IMAGES: &str = MNIST_NAMES[0];
const LABELS: &str = MNIST_NAMES[1];

fn run(args: &[String], env: &[(&str, &str)]) -> Output {
    let mut c = common::distil_bin();
    c.args(args).env_remove("DISTIL_SIMD");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn strings(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

/// The effective user id, from /proc (0 for root, who reads files whatever their mode).
fn euid() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

struct World {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    /// A good data folder of 4×4 images in 4 classes.
    data: PathBuf,
    /// A trained 16-8-4 checkpoint and its logits cache over `data`.
    teacher: PathBuf,
    cache: PathBuf,
    /// Another 16-8-4 checkpoint (another seed).
    other_teacher: PathBuf,
}

impl World {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        let data = root.join("good");
        fs::create_dir(&data).unwrap();
        bars_dir(&data);
        let teacher = root.join("teacher.safetensors");
        let other_teacher = root.join("other.safetensors");
        for (path, seed) in [(&teacher, "1"), (&other_teacher, "2")] {
            let r = run(
                &strings(&[
                    "train",
                    "--arch",
                    "16-8-4",
                    "--epochs",
                    "1",
                    "--seed",
                    seed,
                    "--data-dir",
                    data.to_str().unwrap(),
                    "--out",
                    path.to_str().unwrap(),
                ]),
                &[],
            );
            assert!(r.status.success(), "{}", stderr(&r));
        }
        let cache = root.join("teacher.logits");
        let r = run(
            &strings(&[
                "distill",
                "--teacher",
                teacher.to_str().unwrap(),
                "--logits-cache",
                cache.to_str().unwrap(),
                "--arch",
                "16-4",
                "--epochs",
                "1",
                "--data-dir",
                data.to_str().unwrap(),
                "--out",
                root.join("student.safetensors").to_str().unwrap(),
            ]),
            &[],
        );
        assert!(r.status.success(), "{}", stderr(&r));
        World {
            _tmp: tmp,
            root,
            data,
            teacher,
            cache,
            other_teacher,
        }
    }

    /// A fresh copy of the good data folder, named after the case.
    fn data_copy(&self, case: usize) -> PathBuf {
        let d = self.root.join(format!("case{case}"));
        fs::create_dir(&d).unwrap();
        for n in MNIST_NAMES {
            fs::copy(self.data.join(n), d.join(n)).unwrap();
        }
        d
    }
}

/// What a case does to its copy of the data folder before the command runs.
enum Mutation {
    None,
    /// Replace a file's bytes.
    Write(&'static str, Vec<u8>),
    /// Change a file's bytes in place.
    Edit(&'static str, fn(&mut Vec<u8>)),
    Remove(&'static str),
    /// Replace a file by a directory of the same name.
    Directory(&'static str),
    /// Make a file unreadable (mode 000).
    Unreadable(&'static str),
    /// Remove the raw file and put a .gz beside it with these bytes.
    Gz(&'static str, fn(&[u8]) -> Vec<u8>),
}

/// The command a case runs, given the world and the case's data folder.
type Command = fn(&World, &Path, &Path) -> Vec<String>;

struct Case {
    name: &'static str,
    mutation: Mutation,
    command: Command,
    env: &'static [(&'static str, &'static str)],
    exit: i32,
    /// Substrings the error line must hold: the thing named and the problem.
    expect: &'static [&'static str],
}

/// `train` of a 16-8-4 net on the case's folder, one epoch.
fn train(_: &World, data: &Path, out: &Path) -> Vec<String> {
    strings(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

fn train_with(extra: &[&str], data: &Path, out: &Path) -> Vec<String> {
    let mut a = strings(&[
        "train",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    if !extra.contains(&"--arch") {
        a.extend(strings(&["--arch", "16-8-4"]));
    }
    a.extend(strings(extra));
    a
}

fn distill_with(w: &World, extra: &[&str], data: &Path, out: &Path) -> Vec<String> {
    let mut a = strings(&[
        "distill",
        "--teacher",
        w.teacher.to_str().unwrap(),
        "--arch",
        "16-4",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    a.extend(strings(extra));
    a
}

/// `distill` on the transfer set of the case folder's training pair, tested on the good folder's
/// test set, with `extra` flags.
fn transfer_set_with(w: &World, extra: &[&str], data: &Path, out: &Path) -> Vec<String> {
    let (images, labels) = (data.join(IMAGES), data.join(LABELS));
    let set = ["--transfer-set", images.to_str().unwrap()];
    let with_labels = ["--transfer-labels", labels.to_str().unwrap()];
    distill_with(w, &[&set[..], &with_labels, extra].concat(), &w.data, out)
}

/// The same with the case folder's training images alone, unlabelled.
fn unlabelled_transfer_set_with(w: &World, extra: &[&str], data: &Path, out: &Path) -> Vec<String> {
    let images = data.join(IMAGES);
    let set = ["--transfer-set", images.to_str().unwrap()];
    distill_with(w, &[&set[..], extra].concat(), &w.data, out)
}

/// `eval` of the checkpoint `model` on the case's folder, with `extra` flags.
fn eval_with(model: &Path, extra: &[&str], data: &Path) -> Vec<String> {
    let mut a = strings(&[
        "eval",
        "--model",
        model.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    a.extend(strings(extra));
    a
}

/// `bench --scaling` of one small width on the case's folder, with `extra` flags.
fn bench_scaling_with(extra: &[&str], data: &Path) -> Vec<String> {
    let mut a = strings(&[
        "bench",
        "--scaling",
        "--widths",
        "8",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    a.extend(strings(extra));
    a
}

/// `predict` of the world's teacher on `items`, into `out`.
fn predict_with(w: &World, items: PathBuf, out: &Path) -> Vec<String> {
    strings(&[
        "predict",
        "--model",
        w.teacher.to_str().unwrap(),
        "--images",
        items.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

/// `--test-images` and `--test-labels` naming the case folder's test pair.
fn test_pair(data: &Path) -> Vec<String> {
    let path = |n: &str| data.join(n).to_str().unwrap().to_owned();
    vec![
        "--test-images".into(),
        path(MNIST_NAMES[2]),
        "--test-labels".into(),
        path(MNIST_NAMES[3]),
    ]
}

/// `sweep` from the world's teacher into a folder beside `out`, with `extra` flags.
fn sweep_with(w: &World, extra: &[&str], data: &Path, out: &Path) -> Vec<String> {
    let mut a = strings(&[
        "sweep",
        "--teacher",
        w.teacher.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.with_file_name("sweep").to_str().unwrap(),
    ]);
    a.extend(strings(extra));
    a
}

/// 200 f32 images of 4 × 4, all 0.5 but for a NaN at item 2, value 5.
fn nan_images() -> Vec<u8> {
    let body: Vec<u8> = (0..200 * 16)
        .map(|i| if i == 37 { f32::NAN } else { 0.5 })
        .flat_map(f32::to_be_bytes)
        .collect();
    encode(ElemType::F32, &[200, 4, 4], &body)
}

/// A labels file of `n` f32 labels, all `value`.
fn float_labels(n: u32, value: f32) -> Vec<u8> {
    let body: Vec<u8> = (0..n).flat_map(|_| value.to_be_bytes()).collect();
    encode(ElemType::F32, &[n], &body)
}

fn images(n: u32, side: u32) -> Vec<u8> {
    encode(
        ElemType::U8,
        &[n, side, side],
        &vec![7u8; (n * side * side) as usize],
    )
}

fn labels(n: u32, class: u8) -> Vec<u8> {
    encode(ElemType::U8, &[n], &vec![class; n as usize])
}

fn cases() -> Vec<Case> {
    use Mutation::*;
    vec![
        Case {
            name: "empty images file",
            mutation: Write(IMAGES, vec![]),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "empty"],
        },
        Case {
            name: "header cut short",
            mutation: Edit(IMAGES, |b| b.truncate(9)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "header"],
        },
        Case {
            name: "body cut short",
            mutation: Edit(IMAGES, |b| {
                b.pop();
            }),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "bytes"],
        },
        Case {
            name: "wrong magic",
            mutation: Edit(IMAGES, |b| b[0] = 0x1f),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "magic"],
        },
        Case {
            name: "unknown element type",
            mutation: Edit(IMAGES, |b| b[2] = 0x07),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "element type"],
        },
        Case {
            name: "rank that disagrees with the data",
            mutation: Edit(IMAGES, |b| b[3] = 2),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "bytes"],
        },
        Case {
            name: "dimensions whose product overflows",
            mutation: Write(
                IMAGES,
                [
                    0, 0, 8, 3, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
                ]
                .to_vec(),
            ),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "overflow"],
        },
        Case {
            name: "more labels than images",
            mutation: Write(LABELS, labels(201, 0)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, LABELS, "201 labels"],
        },
        Case {
            name: "more images than labels",
            mutation: Write(LABELS, labels(199, 0)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, LABELS, "199 labels"],
        },
        Case {
            name: "a label ≥ the class count",
            mutation: Write(LABELS, labels(200, 4)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[LABELS, "label at index 0", "a class below 4"],
        },
        Case {
            name: "images of another size than the network's input",
            mutation: Write(IMAGES, images(200, 5)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "items of 16 values", "found items of 25"],
        },
        Case {
            name: "an f64 pixel beyond f32's range",
            mutation: Write(IMAGES, {
                let mut body = Vec::new();
                for i in 0..200 * 16 {
                    let v = if i == 40 { 1e300f64 } else { 0.5 };
                    body.extend_from_slice(&v.to_be_bytes());
                }
                encode(ElemType::F64, &[200, 4, 4], &body)
            }),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "item 2 value 8", "f32's range", "1e300"],
        },
        Case {
            name: "NaN in float images",
            mutation: Write(IMAGES, nan_images()),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "item 2", "NaN"],
        },
        Case {
            name: "a missing file in --data-dir",
            mutation: Remove(LABELS),
            command: train,
            env: &[],
            exit: 1,
            expect: &["--data-dir", LABELS, "found neither"],
        },
        Case {
            name: "a file that is not readable",
            mutation: Unreadable(IMAGES),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "ermission denied"],
        },
        Case {
            name: "a directory where a file should be",
            mutation: Directory(IMAGES),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "found a folder"],
        },
        Case {
            name: "a PNG renamed to IDX",
            mutation: Write(IMAGES, {
                let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
                png.extend_from_slice(&[0; 17]);
                png
            }),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "magic"],
        },
        Case {
            name: "a truncated .gz",
            mutation: Gz(IMAGES, |raw| {
                let g = gz(raw);
                g[..g.len() / 2].to_vec()
            }),
            command: train,
            env: &[],
            exit: 1,
            expect: &[".gz", "decompress"],
        },
        Case {
            name: "a .gz holding far more than its header promises (a gzip bomb)",
            mutation: Gz(IMAGES, |raw| {
                // 16 MiB of zeros after the data: read only to one byte past the promise.
                gz(&[raw, &vec![0; 16 << 20]].concat())
            }),
            command: train,
            env: &[],
            exit: 1,
            expect: &[".gz", "header promises", "holds more"],
        },
        Case {
            name: "a .gz with junk after its gzip data",
            mutation: Gz(IMAGES, |raw| [gz(raw).as_slice(), b"junk\n"].concat()),
            command: train,
            env: &[],
            exit: 1,
            expect: &[
                ".gz",
                "5 bytes after the end of the gzip data",
                "trailing garbage",
            ],
        },
        Case {
            name: "a .gz that is not gzip",
            mutation: Gz(IMAGES, |raw| raw.to_vec()),
            command: train,
            env: &[],
            exit: 1,
            expect: &[".gz", "decompress", "uncompressed IDX file"],
        },
        Case {
            name: "a checkpoint of another architecture (--resume)",
            mutation: None,
            command: |w, d, out| {
                fs::copy(&w.teacher, out).unwrap();
                train_with(&["--arch", "16-5-4", "--epochs", "2", "--resume"], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["architecture 16-8-4", "16-5-4"],
        },
        Case {
            name: "a checkpoint with one flipped byte",
            mutation: None,
            command: |w, d, out| {
                let mut bytes = fs::read(&w.teacher).unwrap();
                let n = bytes.len();
                bytes[n - 9] ^= 0x01;
                let bad = out.with_file_name("flipped.safetensors");
                fs::write(&bad, bytes).unwrap();
                eval_with(&bad, &[], d)
            },
            env: &[],
            exit: 1,
            expect: &["flipped.safetensors", "checksum mismatch"],
        },
        Case {
            name: "a logits cache made for another teacher",
            mutation: None,
            command: |w, d, out| {
                let mut a = distill_with(w, &["--logits-cache", w.cache.to_str().unwrap()], d, out);
                let i = a.iter().position(|s| s == "--teacher").unwrap();
                a[i + 1] = w.other_teacher.to_str().unwrap().to_string();
                a
            },
            env: &[],
            exit: 1,
            expect: &["teacher.logits", "logits of teacher", "other.safetensors"],
        },
        Case {
            name: "a damaged logits cache",
            mutation: None,
            command: |w, d, out| {
                let mut bytes = fs::read(&w.cache).unwrap();
                let n = bytes.len();
                bytes[n - 1] ^= 0x10;
                let bad = out.with_file_name("damaged.logits");
                fs::write(&bad, bytes).unwrap();
                distill_with(w, &["--logits-cache", bad.to_str().unwrap()], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["damaged.logits", "checksum"],
        },
        Case {
            name: "a logits cache holding a NaN, its checksum made to match",
            mutation: None,
            command: |w, d, out| {
                // Made by hand: TeacherLogits::write refuses non-finite logits. The body's
                // checksum, 64 hex digits in the header, is replaced by the new body's.
                use distil::checkpoint::sha256_hex;
                let mut bytes = fs::read(&w.cache).unwrap();
                let h = distil::distill::parse(&w.cache, &bytes).unwrap();
                let old = sha256_hex(&bytes[h.offset..]);
                let at = h.offset + 4 * (4 * 3 + 2);
                bytes[at..at + 4].copy_from_slice(&f32::NAN.to_le_bytes());
                let new = sha256_hex(&bytes[h.offset..]);
                let header = String::from_utf8(bytes[..h.offset].to_vec()).unwrap_or_default();
                let start = header
                    .find(&old)
                    .expect("the body's checksum in the header");
                bytes[start..start + 64].copy_from_slice(new.as_bytes());
                let bad = out.with_file_name("nan.logits");
                fs::write(&bad, bytes).unwrap();
                distill_with(w, &["--logits-cache", bad.to_str().unwrap()], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["nan.logits", "finite logits", "NaN at example 3, class 2"],
        },
        Case {
            name: "--temperature 1e40",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "1e40"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "1e40", "write inf"],
        },
        Case {
            name: "--temperature 0",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "0"],
        },
        Case {
            name: "--temperature -2",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "-2"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "-2"],
        },
        Case {
            name: "--alpha 1.5",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--alpha", "1.5"], d, out),
            env: &[],
            exit: 2,
            expect: &["--alpha", "1.5"],
        },
        Case {
            name: "--alpha -0.1",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--alpha", "-0.1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--alpha", "-0.1"],
        },
        Case {
            name: "--dropout-hidden 1",
            mutation: None,
            command: |_, d, out| train_with(&["--dropout-hidden", "1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--dropout-hidden", "[0, 1)"],
        },
        Case {
            name: "--dropout-input -0.1",
            mutation: None,
            command: |_, d, out| train_with(&["--dropout-input", "-0.1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--dropout-input", "-0.1"],
        },
        Case {
            name: "--batch 0",
            mutation: None,
            command: |_, d, out| train_with(&["--batch", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--batch", "0"],
        },
        Case {
            name: "--batch -5",
            mutation: None,
            command: |_, d, out| train_with(&["--batch", "-5"], d, out),
            env: &[],
            exit: 2,
            expect: &["--batch", "-5"],
        },
        Case {
            name: "--epochs 0",
            mutation: None,
            command: |_, d, out| train_with(&["--epochs", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--epochs", "0"],
        },
        Case {
            name: "--arch 16-0-4",
            mutation: None,
            command: |_, d, out| train_with(&["--arch", "16-0-4"], d, out),
            env: &[],
            exit: 2,
            expect: &["--arch", "16-0-4"],
        },
        Case {
            name: "--arch 16--8-4",
            mutation: None,
            command: |_, d, out| train_with(&["--arch", "16--8-4"], d, out),
            env: &[],
            exit: 2,
            expect: &["--arch", "16--8-4"],
        },
        Case {
            name: "--threads 0",
            mutation: None,
            command: |_, d, out| train_with(&["--threads", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--threads", "0"],
        },
        Case {
            name: "--threads 100000",
            mutation: None,
            command: |_, d, out| train_with(&["--threads", "100000"], d, out),
            env: &[],
            exit: 2,
            expect: &["--threads", "100000", "1024"],
        },
        Case {
            name: "--lr 1e39 (beyond f32)",
            mutation: None,
            command: |_, d, out| train_with(&["--lr", "1e39"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr", "1e39", "f32"],
        },
        Case {
            name: "--train-subset 0",
            mutation: None,
            command: |_, d, out| train_with(&["--train-subset", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--train-subset", "0"],
        },
        Case {
            name: "no examples",
            mutation: Write(IMAGES, images(0, 4)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, "at least one example"],
        },
        Case {
            name: "a training set that does not fit the model (eval --teacher)",
            mutation: Write(IMAGES, images(200, 5)),
            command: |w, d, _| {
                let t = w.teacher.to_str().unwrap();
                eval_with(&w.teacher, &["--teacher", t], d)
            },
            env: &[],
            exit: 1,
            expect: &[IMAGES, "16 values"],
        },
        Case {
            name: "--jitter 4 on 4×4 images",
            mutation: None,
            command: |_, d, out| train_with(&["--jitter", "4"], d, out),
            env: &[],
            exit: 2,
            expect: &["--jitter", "4 × 4"],
        },
        Case {
            name: "--out naming a folder",
            mutation: None,
            command: |_, d, out| train_with(&[], d, out.parent().unwrap()),
            env: &[],
            exit: 1,
            expect: &["--out", "found a folder"],
        },
        Case {
            name: "--logits-cache naming the --out file",
            mutation: None,
            command: |w, d, out| {
                distill_with(w, &["--logits-cache", out.to_str().unwrap()], d, out)
            },
            env: &[],
            exit: 2,
            expect: &["--logits-cache", "also --out"],
        },
        Case {
            name: "a checkpoint holding NaN",
            mutation: None,
            command: |w, d, out| {
                let mut c = Checkpoint::load(&w.teacher).unwrap();
                c.mlp.params[5] = f32::NAN;
                let p = out.with_file_name("nan.safetensors");
                // Its bytes, written as they are: `save` refuses what would not load back.
                fs::write(&p, c.to_bytes()).unwrap();
                eval_with(&p, &[], d)
            },
            env: &[],
            exit: 1,
            expect: &["nan.safetensors", "NaN"],
        },
        Case {
            name: "a checkpoint whose data order is not a permutation (--resume)",
            mutation: None,
            command: |w, d, out| {
                let mut c = Checkpoint::load(&w.teacher).unwrap();
                let n = c.data_order.as_ref().unwrap().len();
                c.data_order = Some(vec![0; n]);
                fs::write(out, c.to_bytes()).unwrap();
                train_with(&["--resume", "--epochs", "2"], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["model.safetensors", "data_order", "permutation"],
        },
        Case {
            name: "--resume --epochs 2 after 3 epochs (constant schedule)",
            mutation: None,
            command: |w, d, out| {
                let mut c = Checkpoint::load(&w.teacher).unwrap();
                c.epoch = 3;
                // A schedule that may grow (with cosine, the saved count is the one to meet).
                c.config["lr_schedule"] = serde_json::json!({"kind": "constant"});
                c.save(out).unwrap();
                train_with(
                    &["--resume", "--epochs", "2", "--lr-schedule", "constant"],
                    d,
                    out,
                )
            },
            env: &[],
            exit: 2,
            expect: &["--epochs", "3 epochs", "found 2"],
        },
        Case {
            name: "--resume --epochs 2 of a 1-epoch cosine run",
            mutation: None,
            command: |w, d, out| {
                fs::copy(&w.teacher, out).unwrap();
                train_with(&["--resume", "--epochs", "2"], d, out)
            },
            env: &[],
            exit: 2,
            expect: &["--epochs", "expected 1", "cosine", "resuming for 2"],
        },
        Case {
            name: "sweep --widths 4,4",
            mutation: None,
            command: |w, d, out| {
                strings(&[
                    "sweep",
                    "--teacher",
                    w.teacher.to_str().unwrap(),
                    "--widths",
                    "4,4",
                    "--data-dir",
                    d.to_str().unwrap(),
                    "--out",
                    out.with_file_name("sweep").to_str().unwrap(),
                ])
            },
            env: &[],
            exit: 2,
            expect: &["--widths", "4 twice"],
        },
        Case {
            name: "a FIFO as the checkpoint",
            mutation: None,
            command: |_, d, out| {
                let fifo = out.with_file_name("fifo.safetensors");
                let made = std::process::Command::new("mkfifo").arg(&fifo).status();
                assert!(made.is_ok_and(|s| s.success()), "mkfifo");
                eval_with(&fifo, &[], d)
            },
            env: &[],
            exit: 1,
            expect: &["fifo.safetensors", "FIFO"],
        },
        Case {
            name: "bench --scaling --batches 100000",
            mutation: None,
            command: |_, _, _| strings(&["bench", "--scaling", "--batches", "100000"]),
            env: &[],
            exit: 2,
            expect: &["--batches", "at most 65536", "100000"],
        },
        Case {
            name: "mnist --out FILE",
            mutation: None,
            // The shipped MNIST data: the 4×4 bars would be refused before the folder is looked at.
            command: |w, _, _| {
                strings(&[
                    "mnist",
                    "--preset",
                    "tiny",
                    "--out",
                    w.teacher.to_str().unwrap(),
                ])
            },
            env: &[],
            exit: 1,
            expect: &["teacher.safetensors", "expected a folder", "found a file"],
        },
        Case {
            name: "--lr 0",
            mutation: None,
            command: |_, d, out| train_with(&["--lr", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr", "0"],
        },
        Case {
            name: "--lr -1",
            mutation: None,
            command: |_, d, out| train_with(&["--lr", "-1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr", "-1"],
        },
        Case {
            name: "--max-norm 0",
            mutation: None,
            command: |_, d, out| train_with(&["--max-norm", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--max-norm", "0"],
        },
        Case {
            name: "--momentum 1.5",
            mutation: None,
            command: |_, d, out| train_with(&["--momentum", "1.5"], d, out),
            env: &[],
            exit: 2,
            expect: &["--momentum", "1.5"],
        },
        Case {
            name: "--momentum-start without --momentum-epochs",
            mutation: None,
            command: |_, d, out| train_with(&["--momentum-start", "0.5"], d, out),
            env: &[],
            exit: 2,
            expect: &["--momentum-start", "--momentum-epochs"],
        },
        Case {
            name: "--lr-schedule wobbly",
            mutation: None,
            command: |_, d, out| train_with(&["--lr-schedule", "wobbly"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr-schedule", "wobbly"],
        },
        Case {
            name: "--lr-schedule cosine:2 (a floor above the peak)",
            mutation: None,
            command: |_, d, out| train_with(&["--lr-schedule", "cosine:2"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr-schedule", "cosine:2", "[0, 1]"],
        },
        Case {
            name: "--init normal:-1",
            mutation: None,
            command: |_, d, out| train_with(&["--init", "normal:-1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--init", "-1"],
        },
        Case {
            name: "--arch 16 (one width)",
            mutation: None,
            command: |_, d, out| train_with(&["--arch", "16"], d, out),
            env: &[],
            exit: 2,
            expect: &["--arch", "16"],
        },
        Case {
            name: "--arch banana",
            mutation: None,
            command: |_, d, out| train_with(&["--arch", "banana"], d, out),
            env: &[],
            exit: 2,
            expect: &["--arch", "banana"],
        },
        Case {
            name: "an unknown flag",
            mutation: None,
            command: |_, d, out| train_with(&["--bogus"], d, out),
            env: &[],
            exit: 2,
            expect: &["--bogus"],
        },
        Case {
            name: "an unknown command",
            mutation: None,
            command: |_, _, _| strings(&["frobnicate"]),
            env: &[],
            exit: 2,
            expect: &["frobnicate"],
        },
        Case {
            name: "a missing required flag",
            mutation: None,
            command: |_, d, _| strings(&["train", "--data-dir", d.to_str().unwrap()]),
            env: &[],
            exit: 2,
            expect: &["--arch", "--out"],
        },
        Case {
            name: "--data-dir that does not exist",
            mutation: None,
            command: |w, d, out| {
                let mut a = train(w, d, out);
                a[6] = "/nonexistent/dir".to_string();
                a
            },
            env: &[],
            exit: 1,
            expect: &["/nonexistent/dir"],
        },
        Case {
            name: "--data-dir naming a file",
            mutation: None,
            command: |w, d, out| {
                let mut a = train(w, d, out);
                a[6] = d.join(IMAGES).to_str().unwrap().to_string();
                a
            },
            env: &[],
            exit: 1,
            expect: &[IMAGES, "expected a folder"],
        },
        Case {
            name: "--out in a folder that does not exist",
            mutation: None,
            command: |w, d, _| train(w, d, Path::new("/nonexistent/out.st")),
            env: &[],
            exit: 1,
            expect: &["/nonexistent/out.st"],
        },
        Case {
            name: "a checkpoint that is not safetensors",
            mutation: None,
            command: |_, d, out| {
                let bad = out.with_file_name("hello.safetensors");
                fs::write(&bad, b"hello").unwrap();
                eval_with(&bad, &[], d)
            },
            env: &[],
            exit: 1,
            expect: &["hello.safetensors", "expected a safetensors checkpoint"],
        },
        Case {
            name: "an unknown SIMD path forced (DISTIL_SIMD=sse9)",
            mutation: None,
            command: train,
            env: &[("DISTIL_SIMD", "sse9")],
            exit: 2,
            expect: &["DISTIL_SIMD", "sse9"],
        },
        Case {
            name: "an unknown product backend forced (DISTIL_GEMM=blas)",
            mutation: None,
            command: train,
            env: &[("DISTIL_GEMM", "blas")],
            exit: 2,
            expect: &["DISTIL_GEMM", "blas", "matrixmultiply"],
        },
        Case {
            name: "--out inside a file",
            mutation: None,
            command: |_, d, _| train_with(&[], d, &d.join(IMAGES).join("model.safetensors")),
            env: &[],
            exit: 1,
            expect: &["model.safetensors", "is not a folder"],
        },
        Case {
            name: "--out naming a file that is not a checkpoint",
            mutation: None,
            command: |_, d, _| train_with(&[], d, &d.join(LABELS)),
            env: &[],
            exit: 2,
            expect: &["--out", LABELS, "not a checkpoint"],
        },
        Case {
            name: "bench --gemm with --scaling's --out",
            mutation: None,
            command: |_, _, out| {
                strings(&[
                    "bench",
                    "--gemm",
                    "--out",
                    out.with_file_name("bench").to_str().unwrap(),
                ])
            },
            env: &[],
            exit: 2,
            expect: &["--gemm", "--out"],
        },
        Case {
            name: "eval --temperature without --teacher",
            mutation: None,
            command: |w, d, _| eval_with(&w.teacher, &["--temperature", "5"], d),
            env: &[],
            exit: 2,
            expect: &["--teacher"],
        },
        Case {
            name: "--lr nan",
            mutation: None,
            command: |_, d, out| train_with(&["--lr", "nan"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr", "found NaN"],
        },
        Case {
            name: "--momentum nan",
            mutation: None,
            command: |_, d, out| train_with(&["--momentum", "nan"], d, out),
            env: &[],
            exit: 2,
            expect: &["--momentum", "found NaN"],
        },
        Case {
            name: "--dropout-input nan",
            mutation: None,
            command: |_, d, out| train_with(&["--dropout-input", "nan"], d, out),
            env: &[],
            exit: 2,
            expect: &["--dropout-input", "found NaN"],
        },
        Case {
            name: "--alpha nan",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--alpha", "nan"], d, out),
            env: &[],
            exit: 2,
            expect: &["--alpha", "found NaN"],
        },
        Case {
            name: "--temperature nan",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "nan"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "found NaN"],
        },
        Case {
            name: "a labels file with a wrong magic",
            mutation: Edit(LABELS, |b| b[0] = 0x1f),
            command: train,
            env: &[],
            exit: 1,
            expect: &[LABELS, "wrong magic", "found 1f"],
        },
        Case {
            name: "fractional float labels",
            mutation: Write(LABELS, float_labels(200, 1.5)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[LABELS, "1.5"],
        },
        Case {
            name: "NaN float labels",
            mutation: Write(LABELS, float_labels(200, f32::NAN)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[LABELS, "NaN"],
        },
        Case {
            name: "a test images file cut short",
            mutation: Edit(MNIST_NAMES[2], |b| {
                b.pop();
            }),
            command: train,
            env: &[],
            exit: 1,
            expect: &[MNIST_NAMES[2], "body cut short"],
        },
        Case {
            name: "a test label ≥ the class count",
            mutation: Write(MNIST_NAMES[3], labels(40, 9)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[MNIST_NAMES[3], "a class below 4", "found 9"],
        },
        Case {
            name: "distill --teacher that does not exist",
            mutation: None,
            command: |w, d, out| {
                let mut a = distill_with(w, &[], d, out);
                a[2] = w.root.join("missing.safetensors").display().to_string();
                a
            },
            env: &[],
            exit: 1,
            expect: &["missing.safetensors"],
        },
        Case {
            name: "sweep --seeds 0",
            mutation: None,
            command: |w, d, out| sweep_with(w, &["--seeds", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--seeds", "0"],
        },
        Case {
            name: "sweep --shard 4/3",
            mutation: None,
            command: |w, d, out| sweep_with(w, &["--shard", "4/3"], d, out),
            env: &[],
            exit: 2,
            expect: &["--shard", "4/3"],
        },
        Case {
            name: "sweep --temperatures 0",
            mutation: None,
            command: |w, d, out| sweep_with(w, &["--temperatures", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperatures", "0"],
        },
        // Beyond 10,000 the soft term drowns in f32 rounding (from 1e10 its gradient is zero).
        Case {
            name: "--temperature 1e30",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "1e30"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "to 10000", "found 1e30"],
        },
        Case {
            name: "sweep --temperatures 2,1e12",
            mutation: None,
            command: |w, d, out| sweep_with(w, &["--temperatures", "2,1e12"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperatures", "to 10000", "found 1e12"],
        },
        Case {
            name: "eval --temperature 1e8",
            mutation: None,
            command: |w, d, _| {
                eval_with(
                    &w.teacher,
                    &[
                        "--teacher",
                        w.teacher.to_str().unwrap(),
                        "--temperature",
                        "1e8",
                    ],
                    d,
                )
            },
            env: &[],
            exit: 2,
            expect: &["--temperature", "to 10000", "found 1e8"],
        },
        // Read as "beyond f32's range" until -inf counted as infinity spelled out.
        Case {
            name: "eval --temperature -inf",
            mutation: None,
            command: |w, d, _| {
                let t = w.teacher.to_str().unwrap();
                eval_with(&w.teacher, &["--teacher", t, "--temperature", "-inf"], d)
            },
            env: &[],
            exit: 2,
            expect: &["--temperature", "to 10000", "found -inf"],
        },
        // A usage error, found before the teacher pass, not an empty transfer set after it.
        Case {
            name: "distill --omit-classes of every class",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--omit-classes", "3,2,1,0"], d, out),
            env: &[],
            exit: 2,
            expect: &[
                "--omit-classes",
                "at least one of the 4 classes",
                "'3,2,1,0'",
            ],
        },
        // Errors stay on one line whatever they quote.
        Case {
            name: "a teacher path holding a newline",
            mutation: None,
            command: |w, d, out| {
                let mut a = distill_with(w, &[], d, out);
                let t = a.iter().position(|x| x == "--teacher").unwrap() + 1;
                a[t] = w
                    .root
                    .join("no\nsuch.safetensors")
                    .to_str()
                    .unwrap()
                    .to_string();
                a
            },
            env: &[],
            exit: 1,
            expect: &["no\\nsuch.safetensors", "cannot read"],
        },
        // A batch larger than an epoch would be timed under its own name while a smaller one ran.
        Case {
            name: "bench --scaling --batches above --examples",
            mutation: None,
            command: |_, d, _| bench_scaling_with(&["--batches", "10,150", "--examples", "100"], d),
            env: &[],
            exit: 2,
            expect: &[
                "--batches",
                "at most the 100 examples of an epoch",
                "found 150",
            ],
        },
        Case {
            name: "bench --scaling --batches above the training set's 200",
            mutation: None,
            command: |_, d, _| {
                bench_scaling_with(&["--batches", "10,1000", "--examples", "100000"], d)
            },
            env: &[],
            exit: 2,
            expect: &[
                "--batches",
                "at most the 200 examples of an epoch",
                "found 1000",
            ],
        },
        // A flag --jitter cannot take is a usage error before the data are read (here: missing).
        Case {
            name: "distill --jitter 1 --omit-classes 3, the labels missing",
            mutation: Remove(LABELS),
            command: |w, d, out| distill_with(w, &["--jitter", "1", "--omit-classes", "3"], d, out),
            env: &[],
            exit: 2,
            expect: &["--omit-classes", "cannot be combined with --jitter"],
        },
        // A positive temperature too small for f32 is not "0".
        Case {
            name: "--temperature 1e-46",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "1e-46"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "1e-46 rounds to 0 in f32"],
        },
        // eval has no use for inf, so a number beyond f32 does not suggest it.
        Case {
            name: "eval --temperature 1e400",
            mutation: None,
            command: |w, d, _| {
                let t = w.teacher.to_str().unwrap();
                eval_with(&w.teacher, &["--teacher", t, "--temperature", "1e400"], d)
            },
            env: &[],
            exit: 2,
            expect: &[
                "--temperature",
                "beyond f32's range",
                "expected a finite temperature",
            ],
        },
        // An output's name taken by a folder fails before the timings, not at the rename after them.
        Case {
            name: "bench --scaling --out with a folder named scaling.svg",
            mutation: None,
            command: |_, d, out| {
                let dir = out.with_file_name("scaling");
                fs::create_dir_all(dir.join("scaling.svg")).unwrap();
                let dir = dir.to_str().unwrap();
                bench_scaling_with(&["--batches", "10", "--examples", "100", "--out", dir], d)
            },
            env: &[],
            exit: 1,
            expect: &[
                "scaling.svg",
                "expected a file to replace, or nothing, found a folder",
            ],
        },
        Case {
            name: "bench --gemm --rounds 1001",
            mutation: None,
            command: |_, _, _| strings(&["bench", "--gemm", "--rounds", "1001"]),
            env: &[],
            exit: 2,
            expect: &["--rounds", "1 to 1000", "1001"],
        },
        // A value below 1 that f32 rounds up to 1 is refused as typed, not as "found 1".
        Case {
            name: "--dropout-hidden 0.999999999",
            mutation: None,
            command: |_, d, out| train_with(&["--dropout-hidden", "0.999999999"], d, out),
            env: &[],
            exit: 2,
            expect: &[
                "--dropout-hidden",
                "0.999999999 rounds to 1 in f32",
                "[0, 1)",
            ],
        },
        // `distill --transfer-set`: the case's files as the transfer set, the good folder's test
        // set; the errors name the transfer set's file, in the case's folder ("/case"), not the
        // good folder's file of the same name.
        Case {
            name: "transfer set with a wrong magic",
            mutation: Edit(IMAGES, |b| b[0] = 0x1f),
            command: |w, d, out| transfer_set_with(w, &[], d, out),
            env: &[],
            exit: 1,
            expect: &["/case", IMAGES, "magic"],
        },
        Case {
            name: "unlabelled transfer set cut short",
            mutation: Edit(IMAGES, |b| {
                b.pop();
            }),
            command: |w, d, out| unlabelled_transfer_set_with(w, &["--alpha", "1"], d, out),
            env: &[],
            exit: 1,
            expect: &["/case", IMAGES, "bytes"],
        },
        Case {
            name: "transfer set with more labels than images",
            mutation: Write(LABELS, labels(201, 0)),
            command: |w, d, out| transfer_set_with(w, &[], d, out),
            env: &[],
            exit: 1,
            expect: &["/case", IMAGES, LABELS, "201 labels"],
        },
        Case {
            name: "transfer set that is a folder",
            mutation: Directory(IMAGES),
            command: |w, d, out| unlabelled_transfer_set_with(w, &["--alpha", "1"], d, out),
            env: &[],
            exit: 1,
            expect: &["/case", IMAGES, "found a folder"],
        },
        Case {
            name: "teacher shifts as wide as the transfer set's images",
            mutation: None,
            command: |w, d, out| transfer_set_with(w, &["--teacher-shifts", "4"], d, out),
            env: &[],
            exit: 2,
            expect: &["--teacher-shifts", "4 × 4 transfer-set images", "not 4"],
        },
        Case {
            name: "unlabelled transfer set at the default alpha",
            mutation: None,
            command: |w, d, out| unlabelled_transfer_set_with(w, &[], d, out),
            env: &[],
            exit: 2,
            expect: &[
                "--transfer-set",
                "--transfer-labels",
                "--alpha 1",
                "found --alpha 0.5",
            ],
        },
        Case {
            name: "transfer labels without a transfer set",
            mutation: None,
            command: |w, d, out| {
                let labels = d.join(LABELS);
                distill_with(
                    w,
                    &["--transfer-labels", labels.to_str().unwrap()],
                    &w.data,
                    out,
                )
            },
            env: &[],
            exit: 2,
            expect: &["--transfer-set"],
        },
        // The test pair alone is eval's, without --teacher: training needs the training pair too.
        Case {
            name: "train on the test pair alone",
            mutation: None,
            command: |_, d, out| {
                let mut a = strings(&["train", "--arch", "16-8-4", "--out", out.to_str().unwrap()]);
                a.extend(test_pair(d));
                a
            },
            env: &[],
            exit: 2,
            expect: &["--test-images", "needs --train-images and --train-labels"],
        },
        Case {
            name: "eval --teacher on the test pair alone",
            mutation: None,
            command: |w, d, _| {
                let t = w.teacher.to_str().unwrap();
                let mut a = strings(&["eval", "--model", t, "--teacher", t]);
                a.extend(test_pair(d));
                a
            },
            env: &[],
            exit: 2,
            expect: &["--teacher", "needs the training set as well"],
        },
        // eval --translated: no translation at all, and one as wide as the 4 × 4 test images.
        Case {
            name: "eval --translated 0",
            mutation: None,
            command: |w, d, _| eval_with(&w.teacher, &["--translated", "0"], d),
            env: &[],
            exit: 2,
            expect: &["--translated", "at least 1 pixel", "found 0"],
        },
        Case {
            name: "eval --translated as wide as the test images",
            mutation: None,
            command: |w, d, _| eval_with(&w.teacher, &["--translated", "4"], d),
            env: &[],
            exit: 1,
            expect: &["/case", MNIST_NAMES[2], "±4-pixel", "4 × 4 images"],
        },
        Case {
            name: "eval --translated on test items that are not images",
            mutation: Write(
                MNIST_NAMES[2],
                encode(ElemType::U8, &[40, 16], &[7; 40 * 16]),
            ),
            command: |w, d, _| eval_with(&w.teacher, &["--translated", "1"], d),
            env: &[],
            exit: 1,
            expect: &["/case", MNIST_NAMES[2], "±1-pixel", "dimensions [40, 16]"],
        },
        // predict: items of another width, its own input as output, a folder as output.
        Case {
            name: "predict on items of another width",
            mutation: Write(IMAGES, images(200, 3)),
            command: |w, d, out| predict_with(w, d.join(IMAGES), out),
            env: &[],
            exit: 1,
            expect: &[IMAGES, "items of 16 values", "found items of 9 values"],
        },
        Case {
            name: "predict on float items holding a NaN",
            mutation: Write(IMAGES, nan_images()),
            command: |w, d, out| predict_with(w, d.join(IMAGES), out),
            env: &[],
            exit: 1,
            expect: &[IMAGES, "item 2", "NaN"],
        },
        Case {
            name: "predict on a labels file",
            mutation: None,
            command: |w, d, out| predict_with(w, d.join(LABELS), out),
            env: &[],
            exit: 1,
            expect: &[LABELS, "rank 2 or more", "found rank 1"],
        },
        Case {
            name: "predict --out naming its --images",
            mutation: None,
            command: |w, d, _| predict_with(w, d.join(IMAGES), &d.join(IMAGES)),
            env: &[],
            exit: 2,
            expect: &["--out", "is the --images file"],
        },
        Case {
            name: "predict --out naming a folder",
            mutation: None,
            command: |w, d, out| {
                let dir = out.with_file_name("predictions");
                fs::create_dir_all(&dir).unwrap();
                predict_with(w, d.join(IMAGES), &dir)
            },
            env: &[],
            exit: 1,
            expect: &["--out", "predictions", "found a folder"],
        },
        Case {
            name: "--optimizer rmsprop",
            mutation: None,
            command: |_, d, out| train_with(&["--optimizer", "rmsprop"], d, out),
            env: &[],
            exit: 2,
            expect: &["--optimizer", "rmsprop"],
        },
        Case {
            name: "--optimizer adam --adam-beta2 1",
            mutation: None,
            command: |_, d, out| train_with(&["--optimizer", "adam", "--adam-beta2", "1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--adam-beta2", "found 1"],
        },
        Case {
            name: "--optimizer adam --adam-eps 0",
            mutation: None,
            command: |_, d, out| train_with(&["--optimizer", "adam", "--adam-eps", "0"], d, out),
            env: &[],
            exit: 2,
            expect: &["--adam-eps", "found 0"],
        },
        Case {
            name: "--adam-beta2 without --optimizer adam",
            mutation: None,
            command: |_, d, out| train_with(&["--adam-beta2", "0.99"], d, out),
            env: &[],
            exit: 2,
            expect: &["--adam-beta2", "--optimizer adam"],
        },
        Case {
            name: "--optimizer adam --scale-lr-by-momentum",
            mutation: None,
            command: |_, d, out| {
                train_with(&["--optimizer", "adam", "--scale-lr-by-momentum"], d, out)
            },
            env: &[],
            exit: 2,
            expect: &["--scale-lr-by-momentum", "Adam"],
        },
        Case {
            name: "--optimizer adam --momentum 0.99999999 (1 in f32)",
            mutation: None,
            command: |_, d, out| {
                train_with(&["--optimizer", "adam", "--momentum", "0.99999999"], d, out)
            },
            env: &[],
            exit: 2,
            expect: &["--momentum", "rounds to 1 in f32"],
        },
        // SGD took them: a momentum of 1 in f32 (never letting go of a step), a rate of 0.
        Case {
            name: "--momentum-start 0.99999999 (1 in f32)",
            mutation: None,
            command: |_, d, out| {
                train_with(
                    &["--momentum-start", "0.99999999", "--momentum-epochs", "2"],
                    d,
                    out,
                )
            },
            env: &[],
            exit: 2,
            expect: &["--momentum-start", "rounds to 1 in f32"],
        },
        Case {
            name: "--lr 1e-46 (0 in f32)",
            mutation: None,
            command: |_, d, out| train_with(&["--lr", "1e-46"], d, out),
            env: &[],
            exit: 2,
            expect: &["--lr", "rounds to 0 in f32"],
        },
        // The first step's rate was checked, not the last: epoch 2 trained at rate 0.
        Case {
            name: "--lr-schedule exponential:1e-300 --epochs 2 (0 in f32 by the last epoch)",
            mutation: None,
            command: |_, d, out| {
                let flags = ["--lr-schedule", "exponential:1e-300", "--epochs", "2"];
                train_with(&flags, d, out)
            },
            env: &[],
            exit: 2,
            expect: &[
                "--lr-schedule",
                "exponential:1e-300",
                "rounds to 0 in f32 by the last",
            ],
        },
        Case {
            name: "--optimizer adam --adam-beta2 0.99999999 (1 in f32)",
            mutation: None,
            command: |_, d, out| {
                train_with(
                    &["--optimizer", "adam", "--adam-beta2", "0.99999999"],
                    d,
                    out,
                )
            },
            env: &[],
            exit: 2,
            expect: &["--adam-beta2", "rounds to 1 in f32"],
        },
        // Below 0.01 a softmax is an argmax, and from about 1e-23 T² is 0: the soft term would
        // vanish without a word.
        Case {
            name: "--temperature 1e-30",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "1e-30"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "from 0.01", "found 1e-30"],
        },
        // `d/.` reads as `d` to every check but the final rename, after the training.
        Case {
            name: "train --out ending in /.",
            mutation: None,
            command: |_, d, out| train_with(&[], d, &out.with_file_name("missing").join(".")),
            env: &[],
            exit: 1,
            expect: &["--out", "missing/.", "a folder's name"],
        },
        Case {
            name: "distill --logits-cache ending in /",
            mutation: None,
            command: |w, d, out| {
                let cache = format!("{}/", out.with_file_name("cache").display());
                distill_with(w, &["--logits-cache", &cache], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["--logits-cache", "a folder's name"],
        },
        // predict replaces earlier predictions (IDX), not a checkpoint named by a slip.
        Case {
            name: "predict --out naming an existing checkpoint",
            mutation: None,
            command: |w, d, out| {
                let ck = out.with_file_name("ck.safetensors");
                fs::copy(&w.teacher, &ck).unwrap();
                predict_with(w, d.join(IMAGES), &ck)
            },
            env: &[],
            exit: 1,
            expect: &["--out", "ck.safetensors", "not IDX"],
        },
        Case {
            name: "predict --out ending in .gz",
            mutation: None,
            command: |w, d, out| predict_with(w, d.join(IMAGES), &out.with_file_name("p.idx.gz")),
            env: &[],
            exit: 2,
            expect: &["--out", "drop the .gz"],
        },
        // A cache named over an input would be refused as not a cache (with advice to delete
        // it) or replaced.
        Case {
            name: "distill --logits-cache naming the teacher",
            mutation: None,
            command: |w, d, out| {
                let teacher = w.teacher.to_str().unwrap().to_owned();
                distill_with(w, &["--logits-cache", &teacher], d, out)
            },
            env: &[],
            exit: 2,
            expect: &["--logits-cache", "is the --teacher file"],
        },
        Case {
            name: "distill --logits-cache naming the training images",
            mutation: None,
            command: |w, d, out| {
                let images = d.join(IMAGES).to_str().unwrap().to_owned();
                distill_with(w, &["--logits-cache", &images], d, out)
            },
            env: &[],
            exit: 2,
            expect: &["--logits-cache", "is a data file", IMAGES],
        },
        // A negative class reached clap as a flag ("unexpected argument '-1'"); a class twice was
        // folded silently, where every other list flag refuses it. A value that starts with a
        // dash but is no number (`-1,2`, `-inf`) still did, until such values were joined to
        // their flags before clap (`cli::args::join_dash_values`).
        Case {
            name: "distill --keep-classes -1,2",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--keep-classes", "-1,2"], d, out),
            env: &[],
            exit: 2,
            expect: &["--keep-classes", "numbered from 0", "found -1 in '-1,2'"],
        },
        Case {
            name: "--temperature -inf",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--temperature", "-inf"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperature", "found -inf"],
        },
        Case {
            name: "eval --shift-classes -1",
            mutation: None,
            command: |w, d, _| eval_with(&w.teacher, &["--shift-classes", "-1"], d),
            env: &[],
            exit: 2,
            expect: &["--shift-classes", "numbered from 0", "found -1 in '-1'"],
        },
        Case {
            name: "distill --keep-classes 2,-1",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--keep-classes", "2,-1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--keep-classes", "numbered from 0", "found -1 in '2,-1'"],
        },
        Case {
            name: "distill --omit-classes 3,3",
            mutation: None,
            command: |w, d, out| distill_with(w, &["--omit-classes", "3,3"], d, out),
            env: &[],
            exit: 2,
            expect: &["--omit-classes", "found 3 twice"],
        },
        // A softmax over one class is constant: the run "succeeded" with loss 0, learning nothing.
        Case {
            name: "--arch 16-8-1 (one class)",
            mutation: None,
            command: |_, d, out| train_with(&["--arch", "16-8-1"], d, out),
            env: &[],
            exit: 2,
            expect: &["--arch", "at least 2", "16-8-1"],
        },
        // A cut that keeps nothing is refused before the teacher pass (which used to write a
        // cache for it first). The first three training labels are 0, 3 and 2.
        Case {
            name: "distill --keep-classes 1 --train-subset 3 (no 1 among them)",
            mutation: None,
            command: |w, d, out| {
                distill_with(w, &["--keep-classes", "1", "--train-subset", "3"], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["transfer set", IMAGES, "classes kept by 'keep 1'", "none"],
        },
        // A shard with no run to train still checks the settings every run would use.
        Case {
            name: "sweep --alpha 5 on a shard with no run",
            mutation: None,
            command: |w, d, out| {
                sweep_with(
                    w,
                    &[
                        "--alpha",
                        "5",
                        "--widths",
                        "8",
                        "--temperatures",
                        "2",
                        "--shard",
                        "2/2",
                    ],
                    d,
                    out,
                )
            },
            env: &[],
            exit: 2,
            expect: &["--alpha", "found 5"],
        },
        // A folder where the sweep's table goes would fail it only after the training.
        Case {
            name: "sweep with a folder named sweep.md in its --out",
            mutation: None,
            command: |w, d, out| {
                fs::create_dir_all(out.with_file_name("sweep").join("sweep.md")).unwrap();
                sweep_with(w, &["--widths", "8", "--temperatures", "2"], d, out)
            },
            env: &[],
            exit: 1,
            expect: &["sweep.md", "a folder"],
        },
        // Messages that quote another parser's words ("expected a number", "expected value")
        // must not read "expected … expected" or "found expected".
        Case {
            name: "sweep --temperatures 2,x",
            mutation: None,
            command: |w, d, out| sweep_with(w, &["--temperatures", "2,x"], d, out),
            env: &[],
            exit: 2,
            expect: &["--temperatures", "in a list like", "found 'x'"],
        },
        Case {
            name: "bench --scaling --compare of a file that is not JSON",
            mutation: Mutation::Write("scaling.json", b"widths: 30\n".to_vec()),
            command: |_, d, _| {
                let table = d.join("scaling.json");
                strings(&["bench", "--scaling", "--compare", table.to_str().unwrap()])
            },
            env: &[],
            exit: 1,
            expect: &["scaling.json", "found text that is not JSON"],
        },
        Case {
            name: "a labels file of one label",
            mutation: Write(LABELS, labels(1, 0)),
            command: train,
            env: &[],
            exit: 1,
            expect: &[IMAGES, LABELS, "found 1 label"],
        },
        Case {
            name: "a checkpoint of one byte",
            mutation: None,
            command: |_, d, out| {
                let bad = out.with_file_name("byte.safetensors");
                fs::write(&bad, b"x").unwrap();
                eval_with(&bad, &[], d)
            },
            env: &[],
            exit: 1,
            expect: &["byte.safetensors", "found 1 byte in all"],
        },
    ]
}

#[test]
fn every_malformed_input_ends_in_one_clear_line_and_no_output() {
    let w = World::new();
    let root_user = euid() == Some(0);
    let setpriv = Path::new("/usr/bin/setpriv").exists();
    let mut table = vec![
        "| input | exit | error line |".to_string(),
        "|---|---|---|".to_string(),
    ];
    let mut failures = Vec::new();
    let mut skipped = Vec::new();
    for (i, case) in cases().into_iter().enumerate() {
        let data = w.data_copy(i);
        let out_dir = w.root.join(format!("out{i}"));
        fs::create_dir(&out_dir).unwrap();
        let out = out_dir.join("model.safetensors");
        let mut as_nobody = false;
        match &case.mutation {
            Mutation::None => {}
            Mutation::Write(f, bytes) => fs::write(data.join(f), bytes).unwrap(),
            Mutation::Edit(f, edit) => {
                let mut b = fs::read(data.join(f)).unwrap();
                edit(&mut b);
                fs::write(data.join(f), b).unwrap();
            }
            Mutation::Remove(f) => fs::remove_file(data.join(f)).unwrap(),
            Mutation::Directory(f) => {
                fs::remove_file(data.join(f)).unwrap();
                fs::create_dir(data.join(f)).unwrap();
            }
            Mutation::Unreadable(f) => {
                use std::os::unix::fs::PermissionsExt;
                fs::set_permissions(data.join(f), fs::Permissions::from_mode(0o000)).unwrap();
                if root_user {
                    if !setpriv {
                        common::skip_privileged(&format!(
                            "'{}': root reads any file and setpriv is missing",
                            case.name
                        ));
                        skipped.push(case.name);
                        continue;
                    }
                    // Root reads any file: run this case as an unprivileged user instead.
                    for d in [w.root.as_path(), data.as_path(), out_dir.as_path()] {
                        fs::set_permissions(d, fs::Permissions::from_mode(0o777)).unwrap();
                    }
                    as_nobody = true;
                }
            }
            Mutation::Gz(f, make) => {
                let raw = fs::read(data.join(f)).unwrap();
                fs::remove_file(data.join(f)).unwrap();
                fs::write(data.join(format!("{f}.gz")), make(&raw)).unwrap();
            }
        }
        let args = (case.command)(&w, &data, &out);
        let before = fs::read(&out).ok();
        let r = if as_nobody {
            std::process::Command::new("setpriv")
                .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .args(common::distil_argv())
                .args(&args)
                .env_remove("DISTIL_SIMD")
                .output()
                .unwrap()
        } else {
            run(&args, case.env)
        };
        let e = stderr(&r);
        let line = e.trim_end();
        table.push(format!(
            "| {} | {} | `{}` |",
            case.name,
            r.status.code().map_or("signal".into(), |c| c.to_string()),
            line.replace(&*w.root.to_string_lossy(), "…")
        ));
        let mut problems = Vec::new();
        if r.status.code() != Some(case.exit) {
            problems.push(format!(
                "exit {:?}, expected {}",
                r.status.code(),
                case.exit
            ));
        }
        if line.lines().count() != 1 || !line.starts_with("error: ") {
            problems.push("not exactly one 'error: ' line".to_string());
        }
        if e.contains("panicked") {
            problems.push("panicked".to_string());
        }
        for s in case.expect {
            if !line.contains(s) {
                problems.push(format!("does not mention '{s}'"));
            }
        }
        if let Some(wrong) = reads_wrongly(line) {
            problems.push(format!("reads wrongly: {wrong}"));
        }
        if fs::read(&out).ok() != before {
            problems.push("changed or wrote the output file".to_string());
        }
        let raw = data.join(IMAGES);
        if matches!(case.mutation, Mutation::Gz(..)) && raw.exists() {
            problems.push("left a decompressed file".to_string());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {} — stderr: {e}",
                case.name,
                problems.join("; ")
            ));
        }
        no_temp_files(&data);
        no_temp_files(&out_dir);
        no_temp_files(&w.root);
    }
    println!("{}", table.join("\n"));
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));

    // The README counts the cases.
    let readme = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let count = format!("{} malformed inputs", cases().len());
    assert!(
        readme.matches(&count).count() == 2,
        "README.md should say '{count}' twice (Reliability; Tests and CI)"
    );

    // docs/reliability.md shows this table: every message there must be what the binary says now.
    let docs =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reliability.md")).unwrap();
    let documented: Vec<String> = docs
        .lines()
        .skip_while(|l| *l != table[0])
        .take_while(|l| l.starts_with('|'))
        .filter(|l| !skipped.iter().any(|s| l.starts_with(&format!("| {s} |"))))
        .map(comparable)
        .collect();
    let produced: Vec<String> = table.iter().map(|l| comparable(l)).collect();
    let stale: Vec<String> = produced
        .iter()
        .zip(&documented)
        .filter(|(p, d)| p != d)
        .map(|(p, d)| format!("docs: {d}\nnow:  {p}"))
        .collect();
    assert!(
        stale.is_empty() && produced.len() == documented.len(),
        "docs/reliability.md's table differs from the binary's messages ({} rows documented, {} \
         produced; rerun with --nocapture for the whole table):\n{}",
        documented.len(),
        produced.len(),
        stale.join("\n")
    );
}

/// `common::reads_wrongly` catches the messages it was written for, as they read before their
/// mends.
#[test]
fn garbled_messages_are_caught() {
    for (line, caught) in [
        (
            "error: --gemm: --gemm times this CPU's product backends",
            "'--gemm' twice",
        ),
        (
            "error: ref.json: expected a JSON object, found expected value at line 1 column 1",
            "'found expected'",
        ),
        (
            "error: --temperatures: expected numbers like 1,2.5,20,inf: expected a number or inf, \
             found 'x'",
            "'expected' twice before 'found'",
        ),
        (
            "error: numerical fault: inf in Adam's squared-gradient average of in the weights",
            "' of in '",
        ),
        (
            "error: --out d/ck.safetensors: expected a new file, or an IDX file to replace, found \
             a file that is not IDX (d/ck.safetensors: not a valid IDX file: wrong magic)",
            "path d/ck.safetensors twice",
        ),
        (
            "error: t.safetensors: expected a safetensors checkpoint (an 8-byte header length, \
             then a JSON header), found 1 bytes in all",
            "'1 bytes'",
        ),
        (
            "error: x.idx: expected 2 labels, found 1 labels.",
            "'1 labels'",
        ),
    ] {
        assert_eq!(reads_wrongly(line).as_deref(), Some(caught), "{line}");
    }
    assert_eq!(
        reads_wrongly("error: --epochs: expected 1: x was started for 1 epoch and 00 00 follow"),
        None
    );
}

/// A table row with what differs between runs and machines left out: the short checksums of
/// freshly trained checkpoints, the header length a checkpoint read as IDX shows, and the
/// instruction sets and backends this CPU offers.
fn comparable(row: &str) -> String {
    let mut r = row.to_string();
    while let Some(i) = r.find("sha256 ").map(|i| i + 7) {
        let hex = r[i..].chars().take_while(char::is_ascii_hexdigit).count();
        if hex == 0 {
            break;
        }
        r.replace_range(i..i + hex, "");
        r.replace_range(i - 7..i, "SHA ");
    }
    // A checkpoint read as IDX shows its first bytes, the length of its header, which holds each
    // epoch's numeric path and seconds: it differs between machines and runs.
    let marker = "found a file that is not IDX (wrong magic: expected 00 00 <type> <rank>, found ";
    // Exactly four bytes in hex ("18 07 00 00"): a message that showed more would still differ.
    if let Some(i) = r.find(marker).map(|i| i + marker.len()) {
        let bytes = r[i..].split(')').next().unwrap_or_default();
        let four = bytes.split(' ').count() == 4
            && bytes
                .split(' ')
                .all(|b| b.len() == 2 && b.chars().all(|c| c.is_ascii_hexdigit()));
        if four {
            r.replace_range(i..i + bytes.len(), "…");
        }
    }
    for marker in ["available on this CPU: ", "this CPU's backends ("] {
        if let Some(i) = r.find(marker).map(|i| i + marker.len()) {
            let end = r[i..].find([')', '`']).map_or(r.len(), |j| i + j);
            r.replace_range(i..end, "…");
        }
    }
    r
}
