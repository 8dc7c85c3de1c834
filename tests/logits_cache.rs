//! The teacher-logits cache: runs over different transfer-set sizes that share the default cache
//! overwrite each other's file, and each must still get its own logits; a changed transfer set or
//! teacher makes the cache stale.

mod common;

use common::bars_teacher;
use distil::checkpoint::Checkpoint;
use distil::data::{DataDir, MNIST_NAMES};
use distil::distill::{compute_logits, Stale, TeacherLogits};

#[test]
fn runs_sharing_a_default_cache_each_get_their_own_logits() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let data = DataDir::open(&data).unwrap();
    let cache = TeacherLogits::default_path(&teacher, 0);
    // Four transfer-set sizes, so that each run keeps finding another's cache stale and rewriting it.
    // When a run opened the path again after writing it, it could find another's cache there (a
    // rename in between) and failed with "a mismatch", within 40 rounds in every try.
    let sizes = [50usize, 100, 150, 200];
    let t = Checkpoint::load(&teacher).unwrap();
    let expected: std::collections::HashMap<usize, Vec<u32>> = sizes
        .iter()
        .map(|&n| {
            (
                n,
                common::bits(&compute_logits(&t, &data.train, n, 0).unwrap()),
            )
        })
        .collect();
    let rewrites: Vec<usize> = std::thread::scope(|s| {
        let runs: Vec<_> = sizes
            .iter()
            .map(|&examples| {
                let (cache, teacher, data, expected) = (&cache, &teacher, &data, &expected);
                s.spawn(move || {
                    let mut rewrites = 0;
                    for round in 0..500 {
                        let (logits, computed) = TeacherLogits::open_or_compute(
                            cache,
                            teacher,
                            &data.train,
                            examples,
                            0,
                            Stale::Recompute,
                        )
                        .unwrap_or_else(|e| panic!("{examples} examples, round {round}: {e}"));
                        assert_eq!(logits.key.examples, examples);
                        assert_eq!(
                            common::bits(logits.logits()),
                            expected[&examples],
                            "{examples} examples, round {round}"
                        );
                        rewrites += usize::from(computed);
                    }
                    rewrites
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    // The runs did overwrite each other: each computed its logits more than the once it needs alone.
    assert!(rewrites.iter().all(|&n| n > 1), "rewrites {rewrites:?}");
}

#[test]
fn a_changed_transfer_set_or_teacher_invalidates_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let (data_dir, teacher) = bars_teacher(tmp.path());
    let cache = tmp.path().join("named.logits");
    let open = |data: &DataDir, stale| {
        TeacherLogits::open_or_compute(&cache, &teacher, &data.train, usize::MAX, 0, stale)
    };
    let expected = |data: &DataDir| {
        let t = Checkpoint::load(&teacher).unwrap();
        common::bits(&compute_logits(&t, &data.train, data.train.len(), 0).unwrap())
    };
    let data = DataDir::open(&data_dir).unwrap();
    let (made, computed) = open(&data, Stale::Refuse).unwrap();
    assert!(computed);
    let first = common::bits(made.logits());
    assert_eq!(first, expected(&data));
    drop(made);
    let (found, computed) = open(&data, Stale::Refuse).unwrap();
    assert!(
        !computed,
        "an unchanged teacher and transfer set reuse the cache"
    );
    assert_eq!(common::bits(found.logits()), first);
    drop(found);

    // The same data but for the last pixel of the last training image.
    let other_dir = tmp.path().join("other");
    std::fs::create_dir(&other_dir).unwrap();
    for name in MNIST_NAMES {
        std::fs::copy(data_dir.join(name), other_dir.join(name)).unwrap();
    }
    let images = other_dir.join(MNIST_NAMES[0]);
    let mut bytes = std::fs::read(&images).unwrap();
    *bytes.last_mut().unwrap() ^= 0x80;
    std::fs::write(&images, bytes).unwrap();
    let other = DataDir::open(&other_dir).unwrap();
    // A cache the user named is refused, saying why; the default one is recomputed.
    let e = open(&other, Stale::Refuse).err().unwrap().to_string();
    assert!(
        e.contains("named.logits") && e.contains("of other data"),
        "{e}"
    );
    let (made, computed) = open(&other, Stale::Recompute).unwrap();
    assert!(computed);
    assert_eq!(made.key.data_sha256, other.train.fingerprint());
    let second = common::bits(made.logits());
    assert_eq!(second, expected(&other));
    // Only the changed image's logits differ.
    let classes = made.key.classes;
    drop(made);
    let rows = |b: &[u32]| b.chunks(classes).map(<[u32]>::to_vec).collect::<Vec<_>>();
    let (a, b) = (rows(&first), rows(&second));
    let changed: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    assert_eq!(changed, [a.len() - 1]);

    // The teacher trained again on another seed and put in place of the first: a stale cache,
    // recomputed from the new weights.
    let retrained = tmp.path().join("t2.safetensors");
    let r = common::distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "3",
        "--seed",
        "2",
        "--data-dir",
        data_dir.to_str().unwrap(),
        "--out",
        retrained.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", common::stderr(&r));
    std::fs::rename(&retrained, &teacher).unwrap();
    let e = open(&other, Stale::Refuse).err().unwrap().to_string();
    assert!(
        e.contains("named.logits") && !e.contains("of other data"),
        "{e}"
    );
    let (made, computed) = open(&other, Stale::Recompute).unwrap();
    assert!(computed);
    let new_sha = distil::checkpoint::sha256_hex(&std::fs::read(&teacher).unwrap());
    assert_eq!(made.key.teacher_sha256, new_sha);
    assert_eq!(common::bits(made.logits()), expected(&other));
    assert_ne!(common::bits(made.logits()), second);
}

/// `distill` refuses, before the teacher pass, an `--out` that is where the cache would go and a
/// `--resume` onto a student of another teacher or shape, or of other settings or another
/// transfer set: no cache is written for a run that cannot go on.
#[test]
fn a_student_that_cannot_go_on_is_refused_before_any_cache_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let cache = TeacherLogits::default_path(&teacher, 0);
    let student = tmp.path().join("s.safetensors");
    let distill_with = |arch: &str,
                        teacher: &std::path::Path,
                        out: &std::path::Path,
                        resume: bool,
                        extra: &[&str]| {
        let mut args = vec!["distill", "--teacher", teacher.to_str().unwrap(), "--arch"];
        args.extend([arch, "--epochs", "1", "--data-dir", data.to_str().unwrap()]);
        args.extend(["--out", out.to_str().unwrap()]);
        if resume {
            args.push("--resume");
        }
        args.extend(extra);
        common::distil(&args)
    };
    let distill = |arch: &str, teacher: &std::path::Path, out: &std::path::Path, resume: bool| {
        distill_with(arch, teacher, out, resume, &[])
    };
    // --out where the default cache goes.
    let r = distill("16-8-4", &teacher, &cache, false);
    let e = common::stderr(&r);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(e.contains("--out") && e.contains("--logits-cache"), "{e}");
    assert!(!cache.exists());
    // A student of this teacher, then resumed with another shape or from another teacher.
    assert!(distill("16-8-4", &teacher, &student, false)
        .status
        .success());
    std::fs::remove_file(&cache).unwrap();
    let other = tmp.path().join("other.safetensors");
    std::fs::copy(&teacher, &other).unwrap();
    let mut ck = Checkpoint::load(&other).unwrap();
    ck.mlp.params[0] += 1.0;
    ck.save(&other).unwrap();
    for (arch, t, problem) in [
        (
            "16-9-4",
            &teacher,
            "architecture 16-8-4, but this run is 16-9-4",
        ),
        ("16-8-4", &other, "distilled from other soft targets"),
    ] {
        let r = distill(arch, t, &student, true);
        let e = common::stderr(&r);
        assert_eq!(r.status.code(), Some(1), "{e}");
        assert!(e.contains(problem), "{e}");
        assert!(!cache.exists() && !TeacherLogits::default_path(t, 0).exists());
    }
    // The same teacher and shape, but another transfer set or setting: a subset (which would key
    // a new cache), a cut to some classes, another temperature.
    for (extra, problem) in [
        (&["--train-subset", "50"][..], "train_subset"),
        (&["--omit-classes", "3"][..], "transfer_classes"),
        (&["--temperature", "5"][..], "temperature"),
    ] {
        let r = distill_with("16-8-4", &teacher, &student, true, extra);
        let e = common::stderr(&r);
        assert_eq!(r.status.code(), Some(1), "{extra:?}: {e}");
        assert!(
            e.contains("made with other settings") && e.contains(problem),
            "{extra:?}: {e}"
        );
        assert!(!cache.exists(), "{extra:?} computed the cache first");
    }
    // A checkpoint of plain training of the student's shape, resumed as a distillation.
    let plain = tmp.path().join("plain.safetensors");
    let (d, p) = (data.to_str().unwrap(), plain.to_str().unwrap());
    let r = common::distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        p,
    ]);
    assert!(r.status.success(), "{}", common::stderr(&r));
    let r = distill("16-8-4", &teacher, &plain, true);
    let e = common::stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(e.contains("resume it with `train --resume`"), "{e}");
    assert!(!cache.exists());
}

/// A cache records the numeric path that computed it; a run on another path uses it and says so
/// (its student may differ in rounding from one whose run computed the logits), and one on the
/// same path says nothing.
#[test]
fn a_cache_from_another_numeric_path_is_used_with_a_note() {
    // The child runs below choose their path themselves (`detect`, as without DISTIL_SIMD).
    let auto = distil::train::detected_numerics();
    if auto == "cpu scalar" {
        println!("skipped: this machine's own path is the forced scalar path's");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let cache = TeacherLogits::default_path(&teacher, 0);
    let distill = |simd: Option<&str>, out: &str| {
        let mut c = common::distil_bin();
        c.args([
            "distill",
            "--teacher",
            teacher.to_str().unwrap(),
            "--arch",
            "16-8-4",
        ])
        .args([
            "--epochs",
            "1",
            "--data-dir",
            data.to_str().unwrap(),
            "--out",
        ])
        .arg(tmp.path().join(out));
        match simd {
            Some(isa) => c.env("DISTIL_SIMD", isa),
            None => c.env_remove("DISTIL_SIMD"),
        };
        let r = c.output().unwrap();
        common::read_right(&r);
        assert!(r.status.success(), "{}", common::stderr(&r));
        common::stderr(&r)
    };
    let quiet = distill(Some("scalar"), "a.safetensors");
    assert!(!quiet.contains("note: the teacher's logits"), "{quiet}");
    let key = distil::distill::parse(&cache, &std::fs::read(&cache).unwrap()).unwrap();
    assert_eq!(key.numerics.as_deref(), Some("cpu scalar"));
    // The automatic path reuses the scalar path's cache, with the note.
    let e = distill(None, "b.safetensors");
    assert!(
        e.contains(&format!(
            "were computed on cpu scalar and this run is on {auto}"
        )),
        "{e}"
    );
    assert_eq!(
        distil::distill::parse(&cache, &std::fs::read(&cache).unwrap())
            .unwrap()
            .numerics
            .as_deref(),
        Some("cpu scalar"),
        "the cache was used, not recomputed"
    );
    // Computed on this path, the cache draws no note here.
    std::fs::remove_file(&cache).unwrap();
    distill(None, "c.safetensors");
    let e = distill(None, "d.safetensors");
    assert!(!e.contains("note: the teacher's logits"), "{e}");
}
