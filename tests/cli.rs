//! The binary: commands, their output, exit statuses and error lines.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use distil::data::idx::{encode, ElemType};
use distil::data::MNIST_NAMES;

fn distil(args: &[&str]) -> Output {
    common::distil_bin()
        .args(args)
        .env_remove("DISTIL_SIMD")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A synthetic data folder: 4×4 images whose class is the row holding the bright bar.
fn bars_dir(dir: &Path) {
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

fn no_temp_files(dir: &Path) {
    for e in fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !name.ends_with(".tmp"),
            "temporary file left behind: {name}"
        );
    }
}

#[test]
fn train_then_eval_on_own_idx_data() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    fs::create_dir(&data).unwrap();
    bars_dir(&data);
    let out = tmp.path().join("bars.safetensors");
    let (d, o) = (data.to_str().unwrap(), out.to_str().unwrap());
    let r = distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "3",
        "--batch",
        "20",
        "--lr",
        "0.2",
        "--data-dir",
        d,
        "--out",
        o,
        "--json",
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&r.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["epoch"], 3);
    assert_eq!(lines[2]["test_examples"], 40);
    // The bars are trivially separable.
    assert_eq!(lines[2]["test_errors"], 0, "{lines:?}");

    let r = distil(&["eval", "--model", o, "--data-dir", d, "--json"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(j["test_errors"], 0);
    assert_eq!(j["per_class_errors"].as_array().unwrap().len(), 4);
    let confusion = j["confusion"].as_array().unwrap();
    let total: u64 = confusion
        .iter()
        .flat_map(|row| row.as_array().unwrap())
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total, 40);

    // Running again without --resume refuses to overwrite the finished run.
    let r = distil(&["train", "--arch", "16-12-4", "--data-dir", d, "--out", o]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--resume"), "{}", stderr(&r));
    // --resume with more epochs continues from epoch 3.
    let r = distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "4",
        "--batch",
        "20",
        "--lr",
        "0.2",
        "--data-dir",
        d,
        "--out",
        o,
        "--resume",
        "--json",
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let lines: Vec<&str> = std::str::from_utf8(&r.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "only epoch 4 runs");
    assert!(lines[0].contains("\"epoch\":4"));
    // Resuming with another architecture is refused, naming the checkpoint.
    let r = distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "5",
        "--data-dir",
        d,
        "--out",
        o,
        "--resume",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("bars.safetensors") && stderr(&r).contains("architecture 16-12-4"),
        "{}",
        stderr(&r)
    );

    // Distillation from that teacher: the logits are computed once, then reused from the cache.
    let student = tmp.path().join("student.st");
    let st = student.to_str().unwrap();
    let args = [
        "distill",
        "--teacher",
        o,
        "--arch",
        "16-8-4",
        "--temperature",
        "2",
        "--epochs",
        "2",
        "--batch",
        "20",
        "--lr",
        "0.2",
        "--data-dir",
        d,
    ];
    let r = distil(&[&args[..], &["--out", st]].concat());
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(String::from_utf8_lossy(&r.stdout).contains("computed the teacher's logits over 200"));
    assert!(tmp.path().join("bars.safetensors.logits").is_file());
    let r = distil(
        &[
            &args[..],
            &["--out", tmp.path().join("s2.st").to_str().unwrap()],
        ]
        .concat(),
    );
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        !String::from_utf8_lossy(&r.stdout).contains("computed"),
        "the cache is reused"
    );
    // A student with other outputs than the teacher's classes is refused.
    let r = distil(&[
        "distill",
        "--teacher",
        o,
        "--arch",
        "16-8-3",
        "--data-dir",
        d,
        "--out",
        tmp.path().join("s3.st").to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("teacher's 4 classes"), "{}", stderr(&r));
    no_temp_files(tmp.path());
}

#[test]
fn a_corrupted_checkpoint_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    fs::create_dir(&data).unwrap();
    bars_dir(&data);
    let out = tmp.path().join("m.safetensors");
    let (d, o) = (data.to_str().unwrap(), out.to_str().unwrap());
    assert!(distil(&[
        "train",
        "--arch",
        "16-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        o
    ])
    .status
    .success());
    let mut bytes = fs::read(&out).unwrap();
    let n = bytes.len();
    bytes[n - 5] ^= 0x40;
    fs::write(&out, &bytes).unwrap();
    let r = distil(&["eval", "--model", o, "--data-dir", d]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("m.safetensors") && stderr(&r).contains("checksum mismatch"),
        "{}",
        stderr(&r)
    );
    // A file that is not a checkpoint at all.
    fs::write(&out, b"hello").unwrap();
    let r = distil(&["eval", "--model", o, "--data-dir", d]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("not a safetensors file"),
        "{}",
        stderr(&r)
    );
}

#[test]
fn bad_flags_exit_2_with_one_line_naming_the_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tmp.path().join("x.st");
    let o = o.to_str().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["--dropout-hidden", "1.0"], "--dropout-hidden"),
        (&["--dropout-input=-0.1"], "--dropout-input"),
        (&["--batch", "0"], "--batch"),
        (&["--epochs", "0"], "--epochs"),
        (&["--lr", "0"], "--lr"),
        (&["--lr=-1"], "--lr"),
        (&["--max-norm", "0"], "--max-norm"),
        (&["--momentum", "1.5"], "--momentum"),
        (&["--lr-schedule", "wobbly"], "--lr-schedule"),
        (&["--init", "normal:-1"], "--init"),
        (&["--threads", "0"], "--threads"),
        (&["--arch", "784-0-10"], "--arch"),
        (&["--arch", "784"], "--arch"),
        (&["--arch", "banana"], "--arch"),
    ];
    for (extra, flag) in cases {
        let mut args = vec!["train", "--out", o];
        if !extra.contains(&"--arch") {
            args.extend(["--arch", "784-10"]);
        }
        args.extend_from_slice(extra);
        let r = distil(&args);
        let e = stderr(&r);
        assert_eq!(r.status.code(), Some(2), "{extra:?}: {e}");
        assert!(e.contains(flag), "{extra:?}: {e}");
        assert_eq!(
            e.trim_end().lines().count(),
            1,
            "{extra:?}: one line expected: {e}"
        );
        assert!(!e.contains("panicked"));
    }
    let distill_cases: &[(&[&str], &str)] = &[
        (&["--temperature", "0"], "--temperature"),
        (&["--temperature=-2"], "--temperature"),
        (&["--alpha", "1.5"], "--alpha"),
        (&["--alpha=-0.1"], "--alpha"),
    ];
    for (extra, flag) in distill_cases {
        let mut args = vec![
            "distill",
            "--teacher",
            "/nonexistent/t.st",
            "--arch",
            "784-10",
            "--out",
            o,
        ];
        args.extend_from_slice(extra);
        let r = distil(&args);
        assert_eq!(r.status.code(), Some(2), "{extra:?}: {}", stderr(&r));
        assert!(stderr(&r).contains(flag), "{extra:?}: {}", stderr(&r));
    }
    // clap's own usage errors also exit 2.
    assert_eq!(distil(&["train", "--bogus"]).status.code(), Some(2));
    assert_eq!(distil(&["frobnicate"]).status.code(), Some(2));
    assert!(!Path::new(o).exists(), "nothing written on bad flags");
}

#[test]
fn data_problems_exit_1_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    fs::create_dir(&data).unwrap();
    bars_dir(&data);
    let o = tmp.path().join("y.st");
    let (d, os) = (data.to_str().unwrap(), o.to_str().unwrap());
    // Images of 16 values, a network expecting 784.
    let r = distil(&["train", "--arch", "784-10-4", "--data-dir", d, "--out", os]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("784") && stderr(&r).contains("found items of 16"),
        "{}",
        stderr(&r)
    );
    // Labels 0..3 but only 3 classes.
    let r = distil(&["train", "--arch", "16-10-3", "--data-dir", d, "--out", os]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("a class below 3"), "{}", stderr(&r));
    // A folder that does not exist, and a file given as the folder.
    let r = distil(&[
        "train",
        "--arch",
        "16-4",
        "--data-dir",
        "/nonexistent/dir",
        "--out",
        os,
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("/nonexistent/dir"));
    let file = data.join(MNIST_NAMES[0]);
    let r = distil(&[
        "train",
        "--arch",
        "16-4",
        "--data-dir",
        file.to_str().unwrap(),
        "--out",
        os,
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("expected a folder"), "{}", stderr(&r));
    // An output folder that does not exist.
    let r = distil(&[
        "train",
        "--arch",
        "16-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        "/nonexistent/out.st",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("/nonexistent/out.st"), "{}", stderr(&r));
    assert!(!o.exists());
    no_temp_files(tmp.path());
    no_temp_files(&data);
}

#[test]
fn an_unknown_forced_simd_path_is_a_usage_error() {
    let r = common::distil_bin()
        .args(["eval", "--model", "x"])
        .env("DISTIL_SIMD", "sse9")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("DISTIL_SIMD"), "{}", stderr(&r));
}
