//! Soft targets averaged over translations (`distill --teacher-shifts K`, an experiment outside the
//! paper's protocol), on small synthetic images: the shifted fill moves pixels as documented, the
//! averaged logits are exactly the mean of the teacher's logits over every shift, and such a cache
//! is keyed and stored apart from the plain one.

mod common;

use std::fs;

use common::{bars_dir, bars_teacher, distil, stderr};
use distil::checkpoint::Checkpoint;
use distil::data::DataDir;
use distil::distill::{compute_logits, parse};
use distil::nn::Workspace;

#[test]
fn a_shifted_fill_moves_every_pixel_and_zero_fills() {
    let tmp = tempfile::tempdir().unwrap();
    bars_dir(tmp.path());
    let train = DataDir::open(tmp.path()).unwrap().train;
    assert_eq!(train.image_hw(), Some((4, 4)));
    let idx = [0u32, 5, 17];
    let (mut plain, mut shifted) = (vec![0.0; 48], vec![0.0; 48]);
    let (mut y0, mut y1) = ([0u32; 3], [0u32; 3]);
    train.fill_batch(&idx, &mut plain, &mut y0, None);
    train.fill_batch_shifted(&idx, &mut shifted, &mut y1, 0, 0);
    assert_eq!(plain, shifted);
    assert_eq!(y0, y1);
    // One pixel right and one down: out[r][c] = in[r - 1][c - 1], zero in row 0 and column 0.
    train.fill_batch_shifted(&idx, &mut shifted, &mut y1, 1, 1);
    for e in 0..3 {
        for r in 0..4 {
            for c in 0..4 {
                let want = if r == 0 || c == 0 {
                    0.0
                } else {
                    plain[e * 16 + (r - 1) * 4 + (c - 1)]
                };
                assert_eq!(shifted[e * 16 + r * 4 + c], want, "example {e} ({r}, {c})");
            }
        }
    }
}

#[test]
fn averaged_logits_are_the_mean_over_every_shift_and_are_cached_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let d = data.to_str().unwrap();
    let t = teacher.to_str().unwrap();

    // The library: logits over 50 examples, averaged over the 9 shifts of up to ±1 pixel, against
    // the same sum done here, shift by shift, in the documented order.
    let ck = Checkpoint::load(&teacher).unwrap();
    let train = DataDir::open(&data).unwrap().train;
    let n = 50;
    let got = compute_logits(&ck, &train, n, 1).unwrap();
    let idx: Vec<u32> = (0..n as u32).collect();
    let mut ws = Workspace::new(&ck.mlp.arch, n);
    let mut labels = vec![0u32; n];
    let mut want = vec![0.0f32; n * 4];
    for dy in -1..=1 {
        for dx in -1..=1 {
            train.fill_batch_shifted(&idx, &mut ws.input[..n * 16], &mut labels, dx, dy);
            ck.mlp.forward(&mut ws, n, None);
            for (w, &z) in want.iter_mut().zip(ws.logits(n)) {
                *w += z;
            }
        }
    }
    want.iter_mut().for_each(|w| *w /= 9.0);
    assert_eq!(common::bits(&got), common::bits(&want));
    assert_ne!(
        got,
        compute_logits(&ck, &train, n, 0).unwrap(),
        "shifting changes them"
    );

    // The command: its own cache file, keyed with the shifts; the teacher's test errors reported.
    let shifted = |out: &std::path::Path, json: bool| {
        let out = out.to_str().unwrap();
        let mut args = vec![
            "distill",
            "--teacher",
            t,
            "--arch",
            "16-8-4",
            "--epochs",
            "1",
            "--teacher-shifts",
            "1",
            "--data-dir",
            d,
            "--out",
            out,
        ];
        if json {
            args.push("--json");
        }
        let r = distil(&args);
        assert!(r.status.success(), "{}", stderr(&r));
        r
    };
    let student = tmp.path().join("s.safetensors");
    let r = shifted(&student, false);
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(out.contains("averaged over shifts of up to ±1 px"), "{out}");
    let cache = tmp.path().join("t.safetensors.shifts1.logits");
    let bytes = fs::read(&cache).unwrap();
    let header = parse(&cache, &bytes).unwrap();
    assert_eq!(header.key.shifts, 1);
    assert_eq!(header.key.examples, 200);
    assert!(!tmp.path().join("t.safetensors.logits").exists());
    let body: Vec<f32> = bytes[header.offset..]
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
        .collect();
    assert_eq!(common::bits(&body[..n * 4]), common::bits(&want));
    let ck = Checkpoint::load(&student).unwrap();
    let source = ck.config["distill"]["teacher_sha256"].as_str().unwrap();
    assert!(source.ends_with("+shifts1"), "{source}");

    // Under --json stdout holds the epochs' JSON lines only; the teacher's errors go to stderr,
    // the same line as in text.
    let line = out
        .lines()
        .find(|l| l.starts_with("teacher test errors:"))
        .unwrap();
    let r = shifted(&tmp.path().join("s-json.safetensors"), true);
    let out = String::from_utf8_lossy(&r.stdout);
    assert_eq!(out.lines().count(), 1, "{out}");
    let epoch: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(epoch["epoch"], 1);
    assert!(stderr(&r).lines().any(|l| l == line), "{}", stderr(&r));

    // A shift as large as the images is refused, naming the flag.
    let r = distil(&[
        "distill",
        "--teacher",
        t,
        "--arch",
        "16-8-4",
        "--teacher-shifts",
        "4",
        "--data-dir",
        d,
        "--out",
        tmp.path().join("s4.safetensors").to_str().unwrap(),
    ]);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(
        e.starts_with("error: --teacher-shifts") && e.contains('4'),
        "{e}"
    );
    assert!(!tmp.path().join("s4.safetensors").exists());

    // A cache named with --logits-cache and made with other shifts is refused, saying both.
    let named = tmp.path().join("named.logits");
    let with_shifts = |shifts: &str| {
        distil(&[
            "distill",
            "--teacher",
            t,
            "--arch",
            "16-8-4",
            "--epochs",
            "1",
            "--teacher-shifts",
            shifts,
            "--logits-cache",
            named.to_str().unwrap(),
            "--data-dir",
            d,
            "--out",
            tmp.path()
                .join(format!("n{shifts}.safetensors"))
                .to_str()
                .unwrap(),
        ])
    };
    let r = with_shifts("1");
    assert!(r.status.success(), "{}", stderr(&r));
    let r = with_shifts("2");
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    let (expected, found) = e.split_once(", found ").unwrap();
    assert!(
        expected.contains("averaged over shifts of up to ±2 px"),
        "{e}"
    );
    assert!(found.contains("averaged over shifts of up to ±1 px"), "{e}");
}

/// Translating needs images in both sets: the test set's are shifted too, to report the teacher's
/// errors with the averaging. Flat test vectors are a flag error naming them, not a panic.
#[test]
fn shifts_with_flat_test_vectors_are_refused_naming_the_test_images() {
    use distil::data::idx::{encode, ElemType};
    use distil::data::MNIST_NAMES;
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    // The same 40 test images as rank-2 rows of 16 values (header: magic and three sizes).
    let images = data.join(MNIST_NAMES[2]);
    let pixels = fs::read(&images).unwrap()[16..].to_vec();
    fs::write(&images, encode(ElemType::U8, &[40, 16], &pixels)).unwrap();
    let out = tmp.path().join("s.safetensors");
    let r = distil(&[
        "distill",
        "--teacher",
        teacher.to_str().unwrap(),
        "--arch",
        "16-8-4",
        "--teacher-shifts",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    let e = stderr(&r);
    assert!(
        e.contains("--teacher-shifts") && e.contains("test images"),
        "{e}"
    );
    assert!(!out.exists());
}
