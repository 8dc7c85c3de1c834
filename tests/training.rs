//! Training behaviour on the shipped MNIST: the loss falls, results do not depend on the thread
//! count, and a run resumed from a checkpoint continues bit for bit.

mod common;

use std::path::Path;

use common::{bits, mnist, with_threads};
use distil::checkpoint::Checkpoint;
use distil::nn::optim::{LrSchedule, Optimizer};
use distil::nn::{Arch, Init};
use distil::train::{Silent, Targets, TrainConfig, Trainer};

/// A small but complete configuration: dropout on inputs and hidden units, max-norm, jitter,
/// momentum ramp and a decaying learning rate, on 1,000 examples.
fn small_config() -> TrainConfig {
    let mut cfg = TrainConfig::new(Arch(vec![784, 48, 32, 10]));
    cfg.dropout_input = 0.2;
    cfg.dropout_hidden = 0.3;
    cfg.max_norm = Some(2.0);
    cfg.jitter = 2;
    cfg.batch = 50;
    cfg.train_subset = Some(1000);
    cfg.seed = 11;
    cfg.init = Init::Normal(0.05);
    cfg.schedule.lr = 0.5;
    cfg.schedule.lr_schedule = LrSchedule::Exponential { decay: 0.9 };
    cfg.schedule.momentum_start = 0.5;
    cfg.schedule.momentum_end = 0.9;
    cfg.schedule.momentum_epochs = 2;
    cfg.schedule.scale_by_one_minus_momentum = true;
    cfg.schedule.epochs = 3;
    cfg
}

fn train_all(cfg: &TrainConfig) -> Trainer {
    let d = mnist();
    let mut t = Trainer::new(cfg.clone()).unwrap();
    t.run(&d.train, &d.test, &Targets::Hard, None, &mut Silent)
        .unwrap();
    t
}

#[test]
fn loss_falls_and_the_net_learns() {
    // A plain net on 2,000 examples.
    let mut cfg = TrainConfig::new(Arch(vec![784, 64, 10]));
    cfg.train_subset = Some(2000);
    cfg.schedule.epochs = 4;
    cfg.schedule.lr = 0.1;
    let t = train_all(&cfg);
    let h = &t.history;
    assert_eq!(h.len(), 4);
    for w in h.windows(2) {
        assert!(
            w[1].train_loss < w[0].train_loss,
            "loss rose: {} -> {}",
            w[0].train_loss,
            w[1].train_loss
        );
    }
    eprintln!(
        "test errors by epoch: {:?}",
        h.iter().map(|e| e.test_errors).collect::<Vec<_>>()
    );
    // Chance is 9,000 errors; 2,000 examples and 4 epochs reach about 1,000.
    assert!(h[3].test_errors < 1500, "test errors {}", h[3].test_errors);
}

#[test]
fn weights_are_bit_identical_for_1_2_and_3_threads() {
    let cfg = small_config();
    let runs: Vec<(Vec<u32>, Vec<usize>)> = [1, 2, 3]
        .iter()
        .map(|&n| {
            let t = with_threads(n, || train_all(&cfg));
            (
                bits(&t.mlp.params),
                t.history.iter().map(|h| h.test_errors).collect(),
            )
        })
        .collect();
    assert_eq!(runs[0], runs[1], "1 vs 2 threads");
    assert_eq!(runs[0], runs[2], "1 vs 3 threads");
}

/// A run of `cfg` (on its 1,000 examples) stopped after its first epoch and resumed to its end
/// through the bytes of a checkpoint, as a real resume would: the checkpoint read back, and the
/// resumed trainer.
fn stopped_and_resumed(cfg: &TrainConfig) -> (Checkpoint, Trainer) {
    let d = mnist();
    let mut first = Trainer::new(cfg.clone()).unwrap();
    first
        .train_epoch(&d.train, &d.test, &Targets::Hard, &mut Silent)
        .unwrap();
    let bytes = first.checkpoint(1000).to_bytes();
    drop(first);
    let ck = Checkpoint::from_bytes(Path::new("mem"), &bytes).unwrap();
    let mut resumed = Trainer::resume(cfg.clone(), ck.clone(), Path::new("mem")).unwrap();
    resumed
        .run(&d.train, &d.test, &Targets::Hard, None, &mut Silent)
        .unwrap();
    (ck, resumed)
}

#[test]
fn a_resumed_run_matches_an_uninterrupted_one() {
    let cfg = small_config();
    let whole = train_all(&cfg);
    let (ck, resumed) = stopped_and_resumed(&cfg);
    assert_eq!(ck.epoch, 1);

    assert_eq!(bits(&resumed.mlp.params), bits(&whole.mlp.params));
    assert_eq!(bits(&resumed.velocity), bits(&whole.velocity));
    let errs = |t: &Trainer| t.history.iter().map(|h| h.test_errors).collect::<Vec<_>>();
    assert_eq!(errs(&resumed), errs(&whole));
}

/// The saved settings are read back bit for bit: f32 values whose 17-digit decimal form a fast
/// float parser gets one step wrong (0.11, 0.91, 3.9, ...) still resume their own run.
#[test]
fn resume_accepts_its_own_settings_whatever_their_decimal_form() {
    for v in [0.11f32, 0.03, 0.12, 0.91, 0.98] {
        let mut cfg = small_config();
        cfg.dropout_input = v;
        cfg.dropout_hidden = v;
        cfg.max_norm = Some(v * 10.0);
        let ck = Trainer::new(cfg.clone()).unwrap().checkpoint(1000);
        let back = Checkpoint::from_bytes(Path::new("x.st"), &ck.to_bytes()).unwrap();
        let r = Trainer::resume(cfg.clone(), back, Path::new("x.st"));
        assert!(r.is_ok(), "{v}: {}", r.err().unwrap());
        // Settings are written in their shortest form (0.11, not 0.10999999940395355)...
        assert_eq!(ck.config["dropout_input"].to_string(), v.to_string());
        // ...and a checkpoint written before, with the f32s widened to f64, still resumes.
        let mut old = ck.clone();
        for key in ["dropout_input", "dropout_hidden", "max_norm"] {
            let x = old.config[key].as_f64().unwrap() as f32;
            old.config[key] = serde_json::json!(x); // serde_json's own form of an f32
        }
        assert_ne!(old.config, ck.config);
        let r = Trainer::resume(cfg, old, Path::new("x.st"));
        assert!(r.is_ok(), "{v} widened: {}", r.err().unwrap());
    }
}

/// The same for a distilled net's settings, nested under "distill": an old checkpoint with its
/// temperature and α widened resumes, and one with another α is still refused.
#[test]
fn an_old_distilled_checkpoint_with_widened_settings_resumes() {
    let mut cfg = small_config();
    cfg.soft = Some(distil::train::SoftSpec {
        temperature: 2.3,
        alpha: 0.7,
        teacher_sha256: "ab".into(),
    });
    let ck = Trainer::new(cfg.clone()).unwrap().checkpoint(1000);
    assert_eq!(ck.config["distill"]["alpha"].to_string(), "0.7");
    assert_eq!(ck.config["distill"]["temperature"].to_string(), "2.3");
    let mut old = ck.clone();
    old.config["distill"]["alpha"] = serde_json::json!(0.7f32);
    old.config["distill"]["temperature"] = serde_json::json!(2.3f32);
    assert_eq!(
        old.config["distill"]["alpha"].to_string(),
        "0.699999988079071"
    );
    let r = Trainer::resume(cfg.clone(), old.clone(), Path::new("x.st"));
    assert!(r.is_ok(), "{}", r.err().unwrap());
    let mut other = cfg;
    other.soft.as_mut().unwrap().alpha = 0.5;
    let e = Trainer::resume(other, old, Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("other settings"), "{e}");
}

/// More epochs on resume: allowed where the schedule does not depend on the run's length
/// (exponential here), refused with cosine, whose rates are laid out over the whole run.
#[test]
fn resume_grows_epochs_only_where_the_schedule_allows() {
    let cfg = small_config();
    let ck = Trainer::new(cfg.clone()).unwrap().checkpoint(1000);
    let mut longer = cfg.clone();
    longer.schedule.epochs += 5;
    assert!(Trainer::resume(longer, ck, Path::new("x.st")).is_ok());

    let mut cosine = cfg;
    cosine.schedule.lr_schedule = LrSchedule::Cosine { floor: 0.0 };
    let ck = Trainer::new(cosine.clone()).unwrap().checkpoint(1000);
    cosine.schedule.epochs += 5;
    let e = Trainer::resume(cosine, ck, Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(e.starts_with("--epochs") && e.contains("cosine"), "{e}");
}

/// The training and test data are part of the settings: a resume on other data is refused. A
/// checkpoint written before the data were recorded still resumes.
#[test]
fn resume_refuses_other_data_and_accepts_unrecorded_data() {
    let mut cfg = small_config();
    cfg.data_sha256 = Some("aaaa".into());
    cfg.test_sha256 = Some("cccc".into());
    let ck = Trainer::new(cfg.clone()).unwrap().checkpoint(1000);
    let mut other = cfg.clone();
    other.data_sha256 = Some("bbbb".into());
    let e = Trainer::resume(other, ck.clone(), Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("other training data (sha256 aaaa…, this run bbbb…)"),
        "{e}"
    );
    let mut other_test = cfg.clone();
    other_test.test_sha256 = Some("dddd".into());
    let e = Trainer::resume(other_test, ck.clone(), Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("another test set (sha256 cccc…, this run dddd…)"),
        "{e}"
    );
    assert!(Trainer::resume(cfg.clone(), ck, Path::new("x.st")).is_ok());

    let old = Trainer::new(TrainConfig {
        data_sha256: None,
        test_sha256: None,
        ..cfg.clone()
    })
    .unwrap()
    .checkpoint(1000);
    assert!(Trainer::resume(cfg, old, Path::new("x.st")).is_ok());
}

#[test]
fn resume_refuses_other_settings() {
    let cfg = small_config();
    let t = Trainer::new(cfg.clone()).unwrap();
    let ck = t.checkpoint(1000);
    let mut other = cfg.clone();
    other.dropout_hidden = 0.5;
    let e = Trainer::resume(other, ck.clone(), Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("x.st") && e.contains("other settings"), "{e}");
    // The one setting that differs is named, and nothing else.
    assert!(e.contains("dropout_hidden 0.3 (this run 0.5)"), "{e}");
    assert!(!e.contains("seed"), "{e}");
    let mut wider = cfg;
    wider.arch = Arch(vec![784, 64, 32, 10]);
    let e = Trainer::resume(wider, ck, Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("architecture 784-48-32-10"), "{e}");
}

#[test]
fn seeds_change_the_run() {
    let mut cfg = small_config();
    cfg.schedule.epochs = 1;
    let a = train_all(&cfg);
    cfg.seed = 12;
    let b = train_all(&cfg);
    assert_ne!(bits(&a.mlp.params), bits(&b.mlp.params));
}

/// Adam: the net learns; the run is the same bits on 1 and 3 threads, and resumed from a
/// checkpoint after its first epoch (its second moments and bias corrections carried over, the
/// latter across a momentum ramp, since β1 is the momentum); an SGD checkpoint does not resume it.
#[test]
fn adam_learns_and_resumes_bit_for_bit_on_any_thread_count() {
    let mut cfg = small_config();
    cfg.schedule.scale_by_one_minus_momentum = false;
    cfg.schedule.lr = 0.01;
    cfg.optimizer = Optimizer::Adam {
        beta2: 0.99,
        eps: 1e-8,
    };
    let whole = with_threads(1, || train_all(&cfg));
    let losses: Vec<f64> = whole.history.iter().map(|h| h.train_loss).collect();
    assert!(losses.windows(2).all(|w| w[1] < w[0]), "{losses:?}");
    // Chance is 9,000 errors; these three epochs of 1,000 jittered examples reach about 2,900.
    assert!(whole.history[2].test_errors < 3500, "{:?}", whole.history);
    assert_eq!(
        bits(&with_threads(3, || train_all(&cfg)).mlp.params),
        bits(&whole.mlp.params),
        "1 vs 3 threads"
    );

    let (ck, resumed) = stopped_and_resumed(&cfg);
    assert!(ck.second_moment.is_some());
    assert_eq!(bits(&resumed.mlp.params), bits(&whole.mlp.params));
    assert_eq!(bits(&resumed.velocity), bits(&whole.velocity));
    assert_eq!(bits(&resumed.second_moment), bits(&whole.second_moment));

    let mut sgd = cfg.clone();
    sgd.optimizer = Optimizer::Sgd;
    let sgd_ck = Trainer::new(sgd).unwrap().checkpoint(1000);
    let e = Trainer::resume(cfg, sgd_ck, Path::new("x.st"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("other settings") && e.contains("optimizer"),
        "{e}"
    );
}

/// A step whose squared gradient overflows f32 stops training, naming Adam's average and where it
/// overflowed, though the weight itself stays finite (its step is 0 for good: training on would
/// leave it stuck without a word). Output weights of 1e21 make the hidden units' gradients about
/// 1e21, whose squares pass f32's range; the loss (about 1e22) and the logits stay finite.
#[test]
fn adam_stops_on_an_overflowing_squared_gradient_average() {
    let d = mnist();
    let mut cfg = TrainConfig::new(Arch(vec![784, 16, 10]));
    cfg.train_subset = Some(100);
    cfg.schedule.lr = 0.001;
    cfg.optimizer = Optimizer::Adam {
        beta2: 0.999,
        eps: 1e-8,
    };
    let mut t = Trainer::new(cfg).unwrap();
    let output = 784 * 16 + 16;
    for (i, w) in t.mlp.params[output..output + 16 * 10]
        .iter_mut()
        .enumerate()
    {
        *w = if i % 3 == 0 { -1e21 } else { 1e21 };
    }
    let e = t
        .train_epoch(&d.train, &d.test, &Targets::Hard, &mut Silent)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(
            "inf in Adam's squared-gradient average of the weights of layer 1 (784→16) \
             after the update of epoch 1, batch 1"
        ),
        "{e}"
    );
    assert!(t.mlp.params.iter().all(|w| w.is_finite()));
}

/// The trainer's Adam against an f64 reference: softmax regression (784-10) on 50 images, one
/// full-batch step per epoch, β1 ramping 0.5 → 0.7 → 0.9 over the three steps. Each step's bias
/// corrections must be the products of the β1s actually used; a wrong epoch count or a ramp left
/// out moves some weights by about the learning rate (0.01), far beyond the tolerance. (ε is
/// large here so that gradients that f32 and f64 round to different signs near 0 take tiny steps.)
#[test]
fn adam_in_the_trainer_follows_a_reference_over_a_momentum_ramp() {
    let d = mnist();
    let (n, inputs, classes) = (50, 784, 10);
    let (lr, beta2, eps) = (0.01, 0.99f32, 1e-3f32);
    let mut cfg = TrainConfig::new(Arch(vec![inputs, classes]));
    cfg.train_subset = Some(n);
    cfg.batch = n;
    cfg.init = Init::Normal(0.01);
    cfg.seed = 5;
    cfg.schedule.lr = lr;
    cfg.schedule.lr_schedule = LrSchedule::Constant;
    cfg.schedule.momentum_start = 0.5;
    cfg.schedule.momentum_end = 0.9;
    cfg.schedule.momentum_epochs = 2;
    cfg.schedule.epochs = 3;
    cfg.optimizer = Optimizer::Adam { beta2, eps };
    let mut t = Trainer::new(cfg).unwrap();
    let start: Vec<f64> = t.mlp.params.iter().map(|&x| x as f64).collect();
    let mut w = start.clone();
    t.run(&d.train, &d.test, &Targets::Hard, None, &mut Silent)
        .unwrap();

    let idx: Vec<u32> = (0..n as u32).collect();
    let (mut x, mut y) = (vec![0f32; n * inputs], vec![0u32; n]);
    d.train.fill_batch(&idx, &mut x, &mut y, None);
    let bias = inputs * classes;
    let (mut m, mut v) = (vec![0f64; w.len()], vec![0f64; w.len()]);
    let (mut p1, mut p2) = (1.0f64, 1.0f64);
    for beta1 in [0.5f32, 0.7, 0.9] {
        // The mean cross-entropy's gradient; weights [inputs × classes], then the biases.
        let mut g = vec![0f64; w.len()];
        for (xr, &label) in x.chunks_exact(inputs).zip(&y) {
            let z: Vec<f64> = (0..classes)
                .map(|c| {
                    let dot: f64 = xr
                        .iter()
                        .enumerate()
                        .map(|(i, &p)| p as f64 * w[i * classes + c])
                        .sum();
                    w[bias + c] + dot
                })
                .collect();
            let max = z.iter().cloned().fold(f64::MIN, f64::max);
            let e: Vec<f64> = z.iter().map(|v| (v - max).exp()).collect();
            let sum: f64 = e.iter().sum();
            for c in 0..classes {
                let dz = (e[c] / sum - (label as usize == c) as u8 as f64) / n as f64;
                for (i, &p) in xr.iter().enumerate() {
                    g[i * classes + c] += p as f64 * dz;
                }
                g[bias + c] += dz;
            }
        }
        let (b1, b2) = (beta1 as f64, beta2 as f64);
        p1 *= b1;
        p2 *= b2;
        for k in 0..w.len() {
            m[k] = b1 * m[k] + (1.0 - b1) * g[k];
            v[k] = b2 * v[k] + (1.0 - b2) * g[k] * g[k];
            let step = m[k] / (1.0 - p1) / ((v[k] / (1.0 - p2)).sqrt() + eps as f64);
            w[k] -= lr * step;
        }
    }
    let worst = t
        .mlp
        .params
        .iter()
        .zip(&w)
        .map(|(&a, &b)| (a as f64 - b).abs())
        .fold(0.0, f64::max);
    // Steps of about the learning rate: most weights of pixels that are ever lit move by more
    // than half of it.
    let moved = w
        .iter()
        .zip(&start)
        .filter(|(a, b)| (*a - *b).abs() > 0.005)
        .count();
    assert!(
        moved > 1000,
        "only {moved} weights moved by more than 0.005"
    );
    assert!(worst < 1e-5, "the trainer is {worst} from the reference");
}

/// Jitter on data that are not images (flat rows) is refused by the trainer's epoch itself,
/// whoever calls it: the batches would be filled untranslated without a word.
#[test]
fn the_trainer_refuses_jitter_on_data_that_are_not_images() {
    use distil::data::idx::{encode, ElemType};
    use distil::data::Dataset;
    let tmp = tempfile::tempdir().unwrap();
    let (images, labels) = (tmp.path().join("x.idx"), tmp.path().join("y.idx"));
    let pixels: Vec<u8> = (0..20 * 16).map(|i| (i % 7) as u8 * 30).collect();
    std::fs::write(&images, encode(ElemType::U8, &[20, 16], &pixels)).unwrap();
    std::fs::write(&labels, encode(ElemType::U8, &[20], &[1; 20])).unwrap();
    let flat = Dataset::open(&images, &labels).unwrap();
    let mut cfg = TrainConfig::new(Arch(vec![16, 8, 2]));
    cfg.batch = 10;
    cfg.schedule.epochs = 1;
    cfg.jitter = 1;
    let mut t = Trainer::new(cfg.clone()).unwrap();
    let e = t
        .run(&flat, &flat, &Targets::Hard, None, &mut Silent)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("x.idx") && e.contains("±1-pixel translation"),
        "{e}"
    );
    let e = t
        .train_epoch(&flat, &flat, &Targets::Hard, &mut Silent)
        .unwrap_err()
        .to_string();
    assert!(e.contains("±1-pixel translation"), "{e}");
    assert_eq!(t.epoch, 0, "nothing trained");
    cfg.jitter = 0;
    let mut t = Trainer::new(cfg).unwrap();
    t.run(&flat, &flat, &Targets::Hard, None, &mut Silent)
        .unwrap();
    assert_eq!(t.epoch, 1);
}

/// The library's entry points refuse inputs that do not fit, with errors, where they used to panic
/// inside a batch: data of another width or with labels beyond the network's classes, an `Arch`
/// built by hand that `Arch::parse` would refuse, a workspace of another shape or of batch 0, more
/// teacher logits asked for than there are examples, and a checkpoint whose parameters do not fill
/// its architecture.
#[test]
fn library_calls_with_inputs_that_do_not_fit_are_errors() {
    use distil::nn::{Mlp, Workspace};
    use distil::train::evaluate;
    let d = mnist();
    fn err<T>(r: distil::error::Result<T>) -> String {
        r.map(drop).unwrap_err().to_string()
    }
    for (arch, says) in [
        (vec![784, 16, 5], "a class below 5"),
        (vec![100, 16, 10], "items of 100 values"),
    ] {
        let mut cfg = TrainConfig::new(Arch(arch));
        cfg.train_subset = Some(100);
        let mut t = Trainer::new(cfg).unwrap();
        let e = err(t.train_epoch(&d.train, &d.test, &Targets::Hard, &mut Silent));
        assert!(e.contains(says), "{e}");
    }
    for widths in [vec![], vec![10], vec![784, 0, 10]] {
        let e = err(TrainConfig::new(Arch(widths)).validate());
        assert!(e.contains("at least an input and an output width"), "{e}");
    }
    let mlp = Mlp::new(Arch(vec![784, 16, 10]), Init::Normal(0.01), 1);
    for ws in [
        Workspace::new(&mlp.arch, 0),
        Workspace::new(&Arch(vec![784, 8, 10]), 10),
    ] {
        let e = err(evaluate(&mlp, &d.test, &mut { ws }));
        assert!(e.contains("workspace"), "{e}");
    }
    let five = Mlp::new(Arch(vec![784, 16, 5]), Init::Normal(0.01), 1);
    let e = err(evaluate(
        &five,
        &d.test,
        &mut Workspace::new(&five.arch, 10),
    ));
    assert!(e.contains("a class below 5"), "{e}");

    let mut cfg = TrainConfig::new(Arch(vec![784, 16, 10]));
    cfg.train_subset = Some(100);
    let t = Trainer::new(cfg).unwrap();
    let mut ck = t.checkpoint(100);
    let more = d.test.len() + 1;
    let e = err(distil::distill::compute_logits(&ck, &d.test, more, 0));
    assert!(e.contains(&format!("at least {more} examples")), "{e}");
    ck.mlp.params.pop();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.safetensors");
    let e = err(ck.save(&path));
    assert!(e.contains("parameters") && !path.exists(), "{e}");
}

/// What a library caller can get wrong through the public fields and arguments, found by writing
/// embedding code: each is an error before any batch, where it used to panic, train nothing, or
/// train on garbage without a word. Non-finite teacher logits in particular were an error on the
/// scalar path only: the SIMD kernels' max skipped a NaN and trained on the rest.
#[test]
fn library_misuse_is_an_error_before_any_batch() {
    use distil::checkpoint::Checkpoint;
    use distil::distill::{CacheKey, TeacherLogits};
    use distil::nn::optim::LrSchedule;
    use distil::nn::{Mlp, Workspace};
    use distil::train::{evaluate, SoftSpec};
    let d = mnist();
    fn err<T>(r: distil::error::Result<T>) -> String {
        r.map(drop).unwrap_err().to_string()
    }
    let mut cfg = TrainConfig::new(Arch(vec![784, 16, 10]));
    cfg.train_subset = Some(100);
    cfg.batch = 50;
    let soft = |t: f32, alpha: f32| SoftSpec {
        temperature: t,
        alpha,
        teacher_sha256: String::new(),
    };
    let mut distilled = cfg.clone();
    distilled.soft = Some(soft(4.0, 0.5));
    let mut logits = vec![0.5f32; 100 * 10];
    let epoch = |cfg: &TrainConfig, targets: &Targets| {
        let mut t = Trainer::new(cfg.clone()).unwrap();
        let r = t.train_epoch(&d.train, &d.test, targets, &mut Silent);
        assert_eq!(t.epoch, 0, "nothing trained");
        err(r)
    };

    // Teacher logits that are not finite, on every SIMD path.
    logits[5 * 10 + 3] = f32::NAN;
    let nan = Targets::Soft {
        teacher: &logits,
        t: 4.0,
        alpha: 0.5,
    };
    let e = epoch(&distilled, &nan);
    assert!(
        e.contains("teacher logits") && e.contains("NaN at example 5, class 3"),
        "{e}"
    );
    logits[5 * 10 + 3] = 0.5;
    // Targets that are not the ones the settings (and so the checkpoint) record.
    let at = |t: f32, alpha: f32| Targets::Soft {
        teacher: &logits,
        t,
        alpha,
    };
    for (cfg, targets, says) in [
        (
            &cfg,
            at(4.0, 0.5),
            "the labels alone, as the settings record",
        ),
        (&distilled, Targets::Hard, "found the labels alone"),
        (&distilled, at(0.0, 0.5), "found soft targets at T = 0"),
        (&distilled, at(4.0, -1.0), "α = -1"),
    ] {
        let e = epoch(cfg, &targets);
        assert!(e.contains("targets") && e.contains(says), "{says}: {e}");
    }
    // The recorded targets train.
    let mut t = Trainer::new(distilled.clone()).unwrap();
    t.train_epoch(&d.train, &d.test, &at(4.0, 0.5), &mut Silent)
        .unwrap();

    // An empty training set.
    let (none, _) = d.train.select(100, |_| false).unwrap();
    let mut t = Trainer::new(cfg.clone()).unwrap();
    let e = err(t.train_epoch(&none, &d.test, &Targets::Hard, &mut Silent));
    assert!(e.contains("at least one training example"), "{e}");
    // More labels than items.
    let (mut longer, _) = d.test.select(100, |_| true).unwrap();
    longer.labels.push(0);
    let e = err(t.train_epoch(&d.train, &longer, &Targets::Hard, &mut Silent));
    assert!(e.contains("one label per item (100 items)"), "{e}");

    // The trainer's state, edited after it was made.
    type Edit = fn(&mut Trainer);
    let edits: [(&str, Edit); 4] = [
        ("velocity", |t| t.velocity.clear()),
        ("settings changed", |t| t.cfg.batch = 20),
        ("finite weights", |t| t.mlp.params[7] = f32::INFINITY),
        ("permutation of 0..100", |t| {
            let mut ck = t.checkpoint(100);
            ck.data_order = Some(vec![3; 100]);
            *t = Trainer::resume(t.cfg.clone(), ck, std::path::Path::new("x")).unwrap();
        }),
    ];
    for (says, edit) in edits {
        let mut t = Trainer::new(cfg.clone()).unwrap();
        edit(&mut t);
        let e = err(t.train_epoch(&d.train, &d.test, &Targets::Hard, &mut Silent));
        assert!(e.contains(says), "{says}: {e}");
    }

    // Settings the command line's parsers refuse.
    for (edit, says) in [
        (LrSchedule::Exponential { decay: -1.0 }, "--lr-schedule"),
        (
            LrSchedule::Step {
                every: 2,
                gamma: 0.0,
            },
            "--lr-schedule",
        ),
        (LrSchedule::Cosine { floor: -3.0 }, "--lr-schedule"),
    ] {
        let mut c = cfg.clone();
        c.schedule.lr_schedule = edit;
        let e = err(Trainer::new(c));
        assert!(e.contains(says), "{e}");
    }
    let mut c = cfg.clone();
    c.init = Init::Normal(f32::NAN);
    assert!(err(Trainer::new(c)).contains("--init"));

    // A network built by hand: weights that are not finite are not blamed on the data.
    let mut mlp = Mlp::new(Arch(vec![784, 16, 10]), Init::Normal(0.01), 1);
    mlp.params[784 * 16 + 3] = f32::NAN;
    let e = err(evaluate(&mlp, &d.test, &mut Workspace::new(&mlp.arch, 10)));
    assert!(
        e.contains("finite weights") && e.contains("bias of layer 1"),
        "{e}"
    );

    // Nothing is written that would not load back.
    let dir = tempfile::tempdir().unwrap();
    let mut ck = Checkpoint::weights_only(mlp);
    let path = dir.path().join("nan.safetensors");
    let e = err(ck.save(&path));
    assert!(e.contains("not written") && !path.exists(), "{e}");
    ck.mlp.params[784 * 16 + 3] = 0.0;
    ck.save(&path).unwrap();
    let key = CacheKey {
        teacher_sha256: "ab".into(),
        data_sha256: "cd".into(),
        examples: 100,
        classes: 10,
        shifts: 0,
    };
    let cache = dir.path().join("t.logits");
    logits[0] = f32::NEG_INFINITY;
    let e = err(TeacherLogits::write(&cache, &key, &logits));
    assert!(
        e.contains("finite values") && e.contains("-inf at value 0"),
        "{e}"
    );
    let e = err(TeacherLogits::write(&cache, &key, &logits[..10]));
    assert!(e.contains("10 values"), "{e}");
    assert!(!cache.exists());
}
