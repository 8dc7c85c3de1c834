//! `eval --translated K`: test errors on the test images translated by every (dx, dy) up to ±K.

mod common;

use common::{bars_teacher, distil, stderr};
use distil::data::idx::{encode, ElemType, IdxFile};
use distil::data::MNIST_NAMES;
use serde_json::Value;

/// Each cell of the grid (rows dy, columns dx) is the test errors of the test images translated by
/// that much, zero fill, as counted on a file of those images written here (which pins each
/// axis's direction: out[r][c] = in[r − dy][c − dx]); the centre is the untranslated count, and
/// the mean leaves it out. A translation of 0 or as wide as the images is refused.
#[test]
fn eval_counts_the_errors_on_translated_test_images() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let eval = |flags: &[&str]| distil(&[&["eval", "--model", t][..], flags].concat());
    let r = eval(&["--data-dir", d, "--translated", "1", "--json"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    let grid: Vec<Vec<u64>> = serde_json::from_value(v["translated"]["errors"].clone()).unwrap();
    assert_eq!(v["translated"]["max_shift"], 1);
    assert_eq!((grid.len(), grid[0].len()), (3, 3));
    assert_eq!(grid[1][1], v["test_errors"].as_u64().unwrap());
    assert!(
        grid.iter().flatten().any(|&e| e != grid[1][1]),
        "no translation changed the errors: {grid:?}"
    );

    let images = IdxFile::open(&data.join(MNIST_NAMES[2])).unwrap();
    let (n, h, w) = (images.dims()[0], 4i64, 4i64);
    let labels = data.join(MNIST_NAMES[3]);
    for dy in -1i64..=1 {
        for dx in -1i64..=1 {
            let mut moved = vec![0u8; images.data().len()];
            for (i, out) in moved.chunks_exact_mut(16).enumerate() {
                let src = &images.data()[i * 16..][..16];
                for r in 0..h {
                    for c in 0..w {
                        let (sr, sc) = (r - dy, c - dx);
                        if (0..h).contains(&sr) && (0..w).contains(&sc) {
                            out[(r * w + c) as usize] = src[(sr * w + sc) as usize];
                        }
                    }
                }
            }
            let file = tmp.path().join(format!("moved{dx}{dy}.idx"));
            std::fs::write(&file, encode(ElemType::U8, &[n as u32, 4, 4], &moved)).unwrap();
            let pair = ["--test-images", file.to_str().unwrap()];
            let r = eval(
                &[
                    &pair[..],
                    &["--test-labels", labels.to_str().unwrap(), "--json"],
                ]
                .concat(),
            );
            assert!(r.status.success(), "{}", stderr(&r));
            let counted: Value = serde_json::from_slice(&r.stdout).unwrap();
            let cell = grid[(dy + 1) as usize][(dx + 1) as usize];
            assert_eq!(counted["test_errors"], cell, "dx {dx}, dy {dy}");
        }
    }
    let all: u64 = grid.iter().flatten().sum();
    let mean = (all - grid[1][1]) as f64 / 8.0;
    assert_eq!(v["translated"]["mean_errors"].as_f64().unwrap(), mean);
    let r = eval(&["--data-dir", d, "--translated", "1"]);
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(
        printed.contains(&format!("mean over the 8 translations: {mean:.1}")),
        "{printed}"
    );
    // Without --translated: no grid.
    let r = eval(&["--data-dir", d, "--json"]);
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["translated"], Value::Null);

    for (k, code, says) in [
        (
            "0",
            2,
            "error: --translated: a translation of at least 1 pixel",
        ),
        ("4", 1, "larger than the ±4-pixel translation"),
    ] {
        let r = eval(&["--data-dir", d, "--translated", k]);
        assert_eq!(r.status.code(), Some(code), "{}", stderr(&r));
        assert!(stderr(&r).contains(says), "{}", stderr(&r));
    }
}

/// A translation of (0, 0) is the plain evaluation, even of items that are not images (where any
/// other translation is an error naming the file).
#[test]
fn no_translation_is_the_plain_evaluation_even_of_flat_items() {
    use distil::checkpoint::Checkpoint;
    use distil::data::Dataset;
    use distil::nn::Workspace;
    use distil::train::{evaluate, evaluate_translated};
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let images = IdxFile::open(&data.join(MNIST_NAMES[2])).unwrap();
    let flat = tmp.path().join("flat.idx");
    let n = images.dims()[0] as u32;
    std::fs::write(&flat, encode(ElemType::U8, &[n, 16], images.data())).unwrap();
    let set = Dataset::open(&flat, &data.join(MNIST_NAMES[3])).unwrap();
    let ck = Checkpoint::load(&teacher).unwrap();
    let mut ws = Workspace::new(&ck.mlp.arch, 500);
    let plain = evaluate(&ck.mlp, &set, &mut ws).unwrap();
    let none = evaluate_translated(&ck.mlp, &set, &mut ws, Some((0, 0))).unwrap();
    assert_eq!(none, plain);
    let e = evaluate_translated(&ck.mlp, &set, &mut ws, Some((1, 0)))
        .unwrap_err()
        .to_string();
    assert!(e.contains("flat.idx") && e.contains("±1-pixel"), "{e}");
}
