//! Transfer sets cut down to some classes (section 3 of the paper) and the bias-shift search, on
//! small synthetic data: the cut keeps exactly the right examples with their teacher logits, the
//! `distill` flags record the cut in the checkpoint, and `eval --shift-classes` never makes the
//! errors worse.

mod common;

use common::{bars_dir, bars_teacher, distil};
use distil::checkpoint::Checkpoint;
use distil::data::DataDir;
use distil::distill::ClassFilter;

#[test]
fn a_cut_keeps_exactly_the_kept_classes_with_their_logits() {
    let tmp = tempfile::tempdir().unwrap();
    bars_dir(tmp.path());
    let data = DataDir::open(tmp.path()).unwrap();
    let train = &data.train;
    let classes = 4;
    // Fake teacher logits: row i holds i in every column.
    let logits: Vec<f32> = (0..train.len())
        .flat_map(|i| std::iter::repeat_n(i as f32, classes))
        .collect();
    for filter in [ClassFilter::Omit(vec![3]), ClassFilter::Keep(vec![0, 2])] {
        let (cut, rows) = filter.apply(train, 150, &logits, classes).unwrap();
        let expected: Vec<usize> = (0..150)
            .filter(|&i| filter.keeps(train.labels[i]))
            .collect();
        assert_eq!(cut.len(), expected.len(), "{filter}");
        let f = train.features();
        for (j, &i) in expected.iter().enumerate() {
            assert_eq!(cut.labels[j], train.labels[i]);
            assert_eq!(
                rows[j * classes],
                i as f32,
                "{filter}: logits row of example {i}"
            );
            assert_eq!(
                &cut.images.data()[j * f..][..f],
                &train.images.data()[i * f..][..f]
            );
        }
        assert_eq!(cut.image_hw, train.image_hw);
    }
    let none = ClassFilter::Keep(vec![9]).apply(train, 200, &logits, classes);
    assert!(none.err().unwrap().to_string().contains("keep 9"));
    // Too few logits, or rows of no class: errors, not a panic or an empty set of targets.
    let short = ClassFilter::Omit(vec![3]).apply(train, 150, &logits[..100], classes);
    assert!(short
        .err()
        .unwrap()
        .to_string()
        .contains("150 examples × 4 classes"));
    let no_class = ClassFilter::Omit(vec![3]).apply(train, 150, &logits, 0);
    assert!(no_class.err().unwrap().to_string().contains("0 classes"));
}

#[test]
fn distill_records_the_cut_and_eval_finds_a_shift_that_never_hurts() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let d = data.to_str().unwrap();
    let t = teacher.to_str().unwrap();
    let student = tmp.path().join("s.safetensors");
    let s = student.to_str().unwrap();
    let r = distil(&[
        "distill",
        "--teacher",
        t,
        "--arch",
        "16-8-4",
        "--epochs",
        "2",
        "--omit-classes",
        "3",
        "--data-dir",
        d,
        "--out",
        s,
    ]);
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let threes = DataDir::open(&data)
        .unwrap()
        .train
        .labels
        .iter()
        .filter(|&&l| l == 3)
        .count();
    assert!(
        out.contains(&format!(
            "transfer set: {} of the training examples (omit 3)",
            200 - threes
        )),
        "{out}"
    );
    let ck = Checkpoint::load(&student).unwrap();
    assert_eq!(ck.config["transfer_classes"], "omit 3");

    let r = distil(&[
        "eval",
        "--model",
        s,
        "--data-dir",
        d,
        "--shift-classes",
        "3",
        "--json",
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let shift = &j["shift"];
    assert_eq!(shift["errors_before"], j["test_errors"]);
    assert!(
        shift["errors_after"].as_u64().unwrap() <= shift["errors_before"].as_u64().unwrap(),
        "{shift}"
    );
    assert_eq!(shift["classes"], serde_json::json!([3]));
    // Shifting every class's bias by one amount changes nothing: a usage error, not "+0.000".
    let r = distil(&[
        "eval",
        "--model",
        s,
        "--data-dir",
        d,
        "--shift-classes",
        "0,1,2,3",
    ]);
    let e = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(
        e.contains("--shift-classes") && e.contains("unshifted"),
        "{e}"
    );

    // Bad class lists are usage errors naming the flag; the two filters exclude each other.
    for (args, flag) in [
        (&["--omit-classes", "4"][..], "--omit-classes"),
        (&["--keep-classes", "7,x"][..], "--keep-classes"),
        (
            &["--omit-classes", "1", "--keep-classes", "2"][..],
            "--keep-classes",
        ),
    ] {
        let mut a = vec!["distill", "--teacher", t, "--arch", "16-4", "--data-dir", d];
        let o = tmp.path().join("x.safetensors");
        a.extend(["--out", o.to_str().unwrap()]);
        a.extend(args);
        let r = distil(&a);
        let e = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(2), "{args:?}: {e}");
        assert!(e.contains(flag), "{args:?}: {e}");
        assert!(!o.exists());
    }
}
