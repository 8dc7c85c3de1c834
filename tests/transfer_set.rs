//! Transfer sets cut down to some classes (section 3 of the paper) and the bias-shift search, on
//! small synthetic data: the cut keeps exactly the right examples with their teacher logits, the
//! `distill` flags record the cut in the checkpoint, and `eval --shift-classes` never makes the
//! errors worse; `distill --transfer-set` distils on other files than the training set's.

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
            "transfer set: {} of its 200 examples (omit 3)",
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

/// `distill --transfer-set IMAGES --transfer-labels LABELS`: the student learns on those files and
/// is tested on `--data-dir`'s test set, or on `--test-images` and `--test-labels` alone. The
/// training files under other names train the same weights as `--data-dir`; a cut of them trains
/// on exactly its examples; flags that leave it unclear which files to train on are usage errors,
/// and files that do not fit the teacher are refused, naming the file.
#[test]
fn distill_on_a_transfer_set_of_other_files() {
    use distil::data::idx::{encode, ElemType, IdxFile};
    use distil::data::MNIST_NAMES;
    use std::process::Output;
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let path = |name: &str| tmp.path().join(name).to_str().unwrap().to_string();
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let (images, labels) = (path("own-images.idx"), path("own-labels.idx"));
    std::fs::copy(data.join(MNIST_NAMES[0]), &images).unwrap();
    std::fs::copy(data.join(MNIST_NAMES[1]), &labels).unwrap();
    let stderr = |r: &Output| String::from_utf8_lossy(&r.stderr).into_owned();
    // A student of 2 epochs from `t`, into `out` (its own logits cache beside it), with `flags`.
    let student = |out: &str, flags: &[&str]| {
        let cache = format!("{out}.logits");
        let mut args = vec!["distill", "--teacher", t, "--arch", "16-8-4"];
        args.extend(["--epochs", "2", "--out", out, "--logits-cache", &cache]);
        args.extend(flags);
        distil(&args)
    };
    // The same on the transfer set of `images` and `labels`, tested as `flags` say.
    let on = |out: &str, (images, labels): (&str, &str), flags: &[&str]| {
        let set = ["--transfer-set", images, "--transfer-labels", labels];
        student(out, &[&set[..], flags].concat())
    };
    let trained = |r: Output, out: &str| {
        assert!(r.status.success(), "{}", stderr(&r));
        (
            r,
            Checkpoint::load(std::path::Path::new(out))
                .unwrap()
                .mlp
                .params,
        )
    };

    let base = path("base.safetensors");
    let (_, base_weights) = trained(student(&base, &["--data-dir", d]), &base);
    let own = path("own.safetensors");
    let (r, weights) = trained(on(&own, (&images, &labels), &["--data-dir", d]), &own);
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(
        printed.contains(&format!("transfer set {images}: 200 examples")),
        "{printed}"
    );
    assert_eq!(weights, base_weights);
    // The test pair named alone, no --data-dir.
    let (x, y) = (data.join(MNIST_NAMES[2]), data.join(MNIST_NAMES[3]));
    let test_pair = [
        "--test-images",
        x.to_str().unwrap(),
        "--test-labels",
        y.to_str().unwrap(),
    ];
    let named = path("named.safetensors");
    let (_, weights) = trained(on(&named, (&images, &labels), &test_pair), &named);
    assert_eq!(weights, base_weights);

    // The first 120 items alone: every epoch trains on 120 and tests on the 40 test items.
    let file = IdxFile::open(std::path::Path::new(&images)).unwrap();
    let first = &file.data()[..120 * file.item_len()];
    let train_labels = DataDir::open(&data).unwrap().train.labels;
    let kept: Vec<u8> = train_labels[..120].iter().map(|&l| l as u8).collect();
    let cut_set = (path("cut-images.idx"), path("cut-labels.idx"));
    std::fs::write(&cut_set.0, encode(ElemType::U8, &[120, 4, 4], first)).unwrap();
    std::fs::write(&cut_set.1, encode(ElemType::U8, &[120], &kept)).unwrap();
    let cut_set = (cut_set.0.as_str(), cut_set.1.as_str());
    let cut = path("cut.safetensors");
    let (r, weights) = trained(on(&cut, cut_set, &["--data-dir", d, "--json"]), &cut);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&r.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for l in &lines {
        let examples = (l["train_examples"].as_u64(), l["test_examples"].as_u64());
        assert_eq!(examples, (Some(120), Some(40)), "{l}");
    }
    assert_ne!(weights, base_weights);

    // Usage errors, before anything is read or written; then files that do not fit: items of 9
    // values for a 16-input teacher, labels of a class the net does not have.
    let refused = path("refused.safetensors");
    let own_set = ["--transfer-set", &images, "--transfer-labels", &labels];
    let train_pair = ["--train-images", &images, "--train-labels", &labels];
    for (flags, says) in [
        (&own_set[..2], "--transfer-labels"),
        (&own_set[2..], "--transfer-set"),
        (
            &[&own_set[..], &train_pair, &test_pair].concat()[..],
            "--train-images",
        ),
    ] {
        let r = student(&refused, flags);
        assert_eq!(r.status.code(), Some(2), "{flags:?}: {}", stderr(&r));
        assert!(stderr(&r).contains(says), "{flags:?}: {}", stderr(&r));
    }
    let (small, nines) = (path("small-images.idx"), path("nines.idx"));
    std::fs::write(&small, encode(ElemType::U8, &[120, 3, 3], &[7; 120 * 9])).unwrap();
    std::fs::write(&nines, encode(ElemType::U8, &[120], &[9; 120])).unwrap();
    for (set, says) in [
        (
            (small.as_str(), cut_set.1),
            "small-images.idx: expected items of 16 values",
        ),
        ((cut_set.0, nines.as_str()), "nines.idx label at index 0"),
    ] {
        let r = on(&refused, set, &["--data-dir", d]);
        assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
        assert!(stderr(&r).contains(says), "{}", stderr(&r));
    }
    assert!(!std::path::Path::new(&refused).exists());

    // Images without labels: only at --alpha 1, where the hard term weighs nothing, so the weights
    // are those of the labelled run. The teacher's class for each item (from `predict`) stands for
    // its label: a cut to any one class keeps exactly the items the teacher puts in it; a resumed
    // run finds its data unchanged, and the labelled run's checkpoint holds other data exactly
    // where the teacher's classes differ from the labels.
    let r = student(&refused, &own_set[..2]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("--transfer-labels") && stderr(&r).contains("--alpha 1"),
        "{}",
        stderr(&r)
    );
    let alpha_1 = ["--alpha", "1", "--data-dir", d];
    let labelled = path("labelled.safetensors");
    let (_, labelled_weights) = trained(on(&labelled, (&images, &labels), &alpha_1), &labelled);
    let unlabelled = path("unlabelled.safetensors");
    let alone = [&own_set[..2], &alpha_1].concat();
    let (r, weights) = trained(student(&unlabelled, &alone), &unlabelled);
    assert_eq!(weights, labelled_weights);
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(printed.contains("200 examples, unlabelled"), "{printed}");
    let subset = path("subset.safetensors");
    let first_50 = [&alone[..], &["--train-subset", "50"]].concat();
    let (r, _) = trained(student(&subset, &first_50), &subset);
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(printed.contains("50 examples, unlabelled"), "{printed}");
    // Under --json the line that says whose errors the epochs count goes to stderr.
    let (json, json_flags) = (
        path("json.safetensors"),
        [&first_50[..], &["--json"]].concat(),
    );
    let (r, _) = trained(student(&json, &json_flags), &json);
    let lines: Vec<_> = String::from_utf8_lossy(&r.stdout)
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(lines.len(), 2, "one line per epoch: {lines:?}");
    for line in lines {
        serde_json::from_str::<serde_json::Value>(&line).unwrap();
    }
    assert!(
        stderr(&r).contains("50 examples, unlabelled"),
        "{}",
        stderr(&r)
    );

    let predicted = path("predicted.idx");
    let r = distil(&[
        "predict", "--model", t, "--images", &images, "--out", &predicted,
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let classes = IdxFile::open(std::path::Path::new(&predicted))
        .unwrap()
        .data()
        .to_vec();
    for class in 0..4u8 {
        let n = classes.iter().filter(|&&c| c == class).count();
        let kept = path(&format!("kept{class}.safetensors"));
        let class_flag = class.to_string();
        let cut_flags = [&alone[..], &["--keep-classes", &class_flag]].concat();
        let r = student(&kept, &cut_flags);
        let (out, err) = (String::from_utf8_lossy(&r.stdout), stderr(&r));
        if n == 0 {
            assert!(err.contains("found none"), "class {class}: {err}");
        } else {
            let says = format!("transfer set: {n} of its 200 examples (keep {class})");
            assert!(r.status.success() && out.contains(&says), "{out}{err}");
        }
    }

    let resumed = [&alone[..], &["--resume"]].concat();
    let (_, weights) = trained(student(&unlabelled, &resumed), &unlabelled);
    assert_eq!(weights, labelled_weights);
    let r = student(&labelled, &resumed);
    if classes
        .iter()
        .zip(&train_labels)
        .all(|(&c, &l)| c as u32 == l)
    {
        assert!(r.status.success(), "{}", stderr(&r));
    } else {
        assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
        assert!(stderr(&r).contains("other training data"), "{}", stderr(&r));
    }
    common::no_temp_files(tmp.path());
}

/// `eval --teacher --transfer-set IMAGES`: fidelity on those images, without labels and without
/// the training pair. On the training images under another name it equals `--data-dir`'s
/// fidelity on the training set; split into two files, the two parts' disagreements add up to the
/// whole's and their mean divergences weigh up to its mean.
#[test]
fn eval_measures_fidelity_on_a_transfer_set() {
    use distil::data::idx::{encode, ElemType, IdxFile};
    use distil::data::MNIST_NAMES;
    use serde_json::Value;
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let path = |name: &str| tmp.path().join(name).to_str().unwrap().to_string();
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let st = path("student.safetensors");
    let r = distil(&[
        "distill",
        "--teacher",
        t,
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        &st,
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let (x, y) = (data.join(MNIST_NAMES[2]), data.join(MNIST_NAMES[3]));
    let test_pair = [
        "--test-images",
        x.to_str().unwrap(),
        "--test-labels",
        y.to_str().unwrap(),
    ];
    let eval = |flags: &[&str]| {
        let args = [&["eval", "--model", &st, "--teacher", t][..], flags].concat();
        distil(&args)
    };
    let fidelity = |flags: &[&str]| -> Value {
        let r = eval(&[flags, &["--json"]].concat());
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        serde_json::from_slice::<Value>(&r.stdout).unwrap()["fidelity"].clone()
    };
    let base = fidelity(&["--data-dir", d]);
    assert_eq!(base["transfer_set"], Value::Null);
    assert_eq!(base["train"]["examples"], 200);
    assert!(base["train"]["kl_t2"].as_f64().unwrap() > 1e-4, "{base}");

    // The training images under another name, with the test pair alone: the same figures.
    let file = IdxFile::open(&data.join(MNIST_NAMES[0])).unwrap();
    let images = path("transfer.idx");
    std::fs::copy(data.join(MNIST_NAMES[0]), &images).unwrap();
    let own = fidelity(&[&["--transfer-set", &images][..], &test_pair].concat());
    assert_eq!(own["transfer_set"], images.as_str());
    for set in ["train", "test"] {
        assert_eq!(own[set], base[set], "{set}");
    }
    let r = eval(&["--transfer-set", &images, "--data-dir", d]);
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(
        printed.contains(&format!("on the transfer set {images}:"))
            && printed.contains("  transfer set "),
        "{printed}"
    );

    // The first 120 items and the last 80: the parts make up the whole.
    let f = file.item_len();
    let parts = [(0, 120u32), (120, 80)].map(|(from, n)| {
        let part = path(&format!("part{from}.idx"));
        let items = &file.data()[from as usize * f..][..n as usize * f];
        std::fs::write(&part, encode(ElemType::U8, &[n, 4, 4], items)).unwrap();
        fidelity(&["--transfer-set", &part, "--data-dir", d])["train"].clone()
    });
    let count = |v: &Value, key: &str| v[key].as_u64().unwrap();
    assert_eq!(count(&parts[0], "examples"), 120);
    assert_eq!(
        count(&parts[0], "disagreements") + count(&parts[1], "disagreements"),
        count(&base["train"], "disagreements")
    );
    let kl = |v: &Value| v["kl_t2"].as_f64().unwrap();
    let weighed = (120.0 * kl(&parts[0]) + 80.0 * kl(&parts[1])) / 200.0;
    assert!(
        (weighed - kl(&base["train"])).abs() < 1e-5 * kl(&base["train"]),
        "{weighed} against {}",
        base["train"]
    );

    // Usage errors: a transfer set needs a teacher, and is not given with the training pair.
    let no_teacher = distil(&["eval", "--model", &st, "--transfer-set", &images]);
    let train_pair = [
        "--train-images",
        &images,
        "--train-labels",
        y.to_str().unwrap(),
    ];
    let with_train = eval(&[&["--transfer-set", &images][..], &train_pair, &test_pair].concat());
    for (r, says) in [(no_teacher, "--teacher"), (with_train, "--train-images")] {
        let e = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(2), "{e}");
        assert!(e.contains(says), "{e}");
    }
}
