//! `distill --jitter K`: a jittered transfer set, the teacher run on every batch as the student sees
//! it. Without jitter that is exactly the cached-logits student; with jitter the teacher labels the
//! translated images, not the originals; the run is the same on any thread count; the flags that
//! need a cache are refused.

mod common;

use common::{bars_data, bars_dir, bits, distil, stderr, with_threads};
use distil::checkpoint::Checkpoint;
use distil::data::DataDir;
use distil::distill::compute_logits;
use distil::nn::{Arch, Mlp};
use distil::train::{Silent, SoftSpec, Targets, TrainConfig, Trainer};

/// A teacher trained briefly on the bars (4 × 4 images, 4 classes).
fn teacher(data: &DataDir) -> Checkpoint {
    let mut cfg = TrainConfig::new(Arch::parse("16-12-4").unwrap());
    cfg.schedule.epochs = 3;
    cfg.batch = 20;
    let mut t = Trainer::new(cfg).unwrap();
    t.run(&data.train, &data.test, &Targets::Hard, None, &mut Silent)
        .unwrap();
    Checkpoint::weights_only(t.mlp)
}

/// A student's weights after three epochs with `jitter` and the given soft targets.
fn student(data: &DataDir, jitter: usize, targets: &Targets) -> Mlp {
    let mut cfg = TrainConfig::new(Arch::parse("16-8-4").unwrap());
    cfg.schedule.epochs = 3;
    cfg.batch = 20;
    cfg.jitter = jitter;
    cfg.seed = 7;
    cfg.soft = Some(SoftSpec {
        temperature: 4.0,
        alpha: 0.7,
        teacher_sha256: String::new(),
    });
    let mut s = Trainer::new(cfg).unwrap();
    s.run(&data.train, &data.test, targets, None, &mut Silent)
        .unwrap();
    s.mlp
}

#[test]
fn the_teacher_labels_the_images_the_student_sees() {
    let tmp = tempfile::tempdir().unwrap();
    bars_dir(tmp.path());
    let data = DataDir::open(tmp.path()).unwrap();
    let t = teacher(&data);
    let n = data.train.len();
    let cached = compute_logits(&t, &data.train, n, 0).unwrap();
    let from_cache = Targets::Soft {
        teacher: &cached,
        t: 4.0,
        alpha: 0.7,
    };
    let live = Targets::Teacher {
        net: &t.mlp,
        t: 4.0,
        alpha: 0.7,
    };
    // Untranslated, the teacher run batch by batch gives the cached logits, bit for bit.
    assert_eq!(
        bits(&student(&data, 0, &live).params),
        bits(&student(&data, 0, &from_cache).params)
    );
    // Translated, it labels what the student sees: not the same as pairing each translated image
    // with the cached logits of the original.
    let jittered = student(&data, 1, &live);
    assert_ne!(
        bits(&jittered.params),
        bits(&student(&data, 1, &from_cache).params)
    );
    // And the thread count changes nothing.
    for threads in [1, 3] {
        let again = with_threads(threads, || student(&data, 1, &live));
        assert_eq!(
            bits(&again.params),
            bits(&jittered.params),
            "{threads} threads"
        );
    }
    // A teacher with other inputs is refused with an error, not a panic.
    let other = Mlp::new(Arch::parse("9-4").unwrap(), distil::nn::Init::Scaled, 1);
    let mut cfg = TrainConfig::new(Arch::parse("16-8-4").unwrap());
    cfg.jitter = 1;
    cfg.soft = Some(SoftSpec {
        temperature: 4.0,
        alpha: 0.7,
        teacher_sha256: String::new(),
    });
    let bad = Targets::Teacher {
        net: &other,
        t: 4.0,
        alpha: 0.7,
    };
    let e = Trainer::new(cfg)
        .unwrap()
        .train_epoch(&data.train, &data.test, &bad, &mut Silent)
        .unwrap_err()
        .to_string();
    assert!(e.contains("teacher") && e.contains("16 inputs"), "{e}");
}

#[test]
fn distill_with_jitter_records_it_resumes_and_refuses_cache_flags() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let d = data.to_str().unwrap();
    let t = tmp.path().join("t.safetensors");
    teacher(&DataDir::open(&data).unwrap()).save(&t).unwrap();
    let t = t.to_str().unwrap();
    let run = |out: &str, epochs: &str, extra: &[&str]| {
        let mut args = vec![
            "distill",
            "--teacher",
            t,
            "--arch",
            "16-8-4",
            "--jitter",
            "1",
            "--epochs",
            epochs,
            "--batch",
            "20",
            "--lr-schedule",
            "constant",
            "--data-dir",
            d,
            "--out",
            out,
            "--json",
        ];
        args.extend_from_slice(extra);
        distil(&args)
    };
    let whole = tmp.path().join("whole.st");
    let r = run(whole.to_str().unwrap(), "3", &[]);
    assert!(r.status.success(), "{}", stderr(&r));
    let ck = Checkpoint::load(&whole).unwrap();
    assert_eq!(ck.config["jitter"], 1);
    assert!(
        !tmp.path().join("t.safetensors.logits").exists(),
        "no cache"
    );
    // Two epochs, then one more with --resume: the same weights as three at once (a constant rate,
    // so that the schedule does not depend on the number of epochs).
    let split = tmp.path().join("split.st");
    let s = split.to_str().unwrap();
    assert!(run(s, "2", &[]).status.success());
    let r = run(s, "3", &["--resume"]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert_eq!(
        bits(&Checkpoint::load(&split).unwrap().mlp.params),
        bits(&ck.mlp.params)
    );
    for (flag, value) in [
        ("--teacher-shifts", "1"),
        ("--logits-cache", "x.logits"),
        ("--keep-classes", "1,2"),
    ] {
        let out = tmp.path().join("refused.st");
        let r = run(out.to_str().unwrap(), "1", &[flag, value]);
        assert_eq!(r.status.code(), Some(2), "{flag}");
        assert!(
            stderr(&r).contains(flag) && stderr(&r).contains("--jitter"),
            "{}",
            stderr(&r)
        );
        assert!(!out.exists());
    }
}
