//! The GPU path against the CPU path (compiled only with `--features cuda`). Every test opens
//! device 0 first and, when that fails (no driver, no GPU, no cuBLAS or NVRTC), prints why and
//! returns, so `cargo test --features cuda` stays green on machines without CUDA (unless
//! `DISTIL_REQUIRE_GPU=1`: see [`gpu`]).
//!
//! Tolerances (the GPU uses cuBLAS FP32 products with another summation order, and CUDA's expf/logf
//! instead of the CPU's own exp/ln, so results agree to rounding, not bit for bit):
//! - one training step: weights within 1e-4 relative (L2 norm of the difference over the norm),
//!   and, layer by layer, the step itself (weights after minus before) and the momenta within
//!   1e-3 relative;
//! - three epochs of a small net on 2,000 examples: final weights within 2e-2 relative, train loss
//!   within 2 % relative, and test errors within 1 % of the test set (100 of 10,000);
//! - dropout masks, jitter and the example order are identical by construction (same hash, same
//!   keys, host-drawn order and offsets), which the one-step comparison with dropout checks.
#![cfg(feature = "cuda")]

mod common;

use std::sync::Arc;

use distil::cuda::{CudaDevice, CudaTrainer};
use distil::data::Dataset;
use distil::nn::optim::LrSchedule;
use distil::nn::{Arch, Init, Workspace};
use distil::train::{evaluate, Silent, SoftSpec, Targets, TrainConfig, Trainer};

/// Device 0, or `None` (the test then passes without running) where there is none. With
/// `DISTIL_REQUIRE_GPU=1` (set by scripts/gpu-check.sh) a missing GPU fails instead, so that a
/// check on a GPU machine cannot pass without having touched the GPU.
fn gpu() -> Option<Arc<CudaDevice>> {
    match CudaDevice::open(0) {
        Ok(d) => Some(d),
        Err(e) if std::env::var_os("DISTIL_REQUIRE_GPU").is_some_and(|v| v == "1") => {
            panic!("DISTIL_REQUIRE_GPU=1 but no usable GPU: {e}")
        }
        Err(e) => {
            eprintln!("skipped: no usable GPU ({e})");
            None
        }
    }
}

fn rel_diff(a: &[f32], b: &[f32]) -> f64 {
    assert_eq!(a.len(), b.len());
    let num: f64 = a
        .iter()
        .zip(b)
        .map(|(&x, &y)| (x as f64 - y as f64).powi(2))
        .sum();
    let den: f64 = b.iter().map(|&y| (y as f64).powi(2)).sum();
    (num / den.max(1e-30)).sqrt()
}

fn small_cfg(seed: u64) -> TrainConfig {
    let mut cfg = TrainConfig::new(Arch(vec![784, 64, 64, 10]));
    cfg.dropout_input = 0.2;
    cfg.dropout_hidden = 0.5;
    cfg.max_norm = Some(3.5);
    cfg.jitter = 1;
    cfg.init = Init::Lecun3;
    cfg.batch = 100;
    cfg.schedule.lr = 0.05;
    cfg.schedule.lr_schedule = LrSchedule::Cosine { floor: 0.0 };
    cfg.schedule.epochs = 3;
    cfg.train_subset = Some(2000);
    cfg.seed = seed;
    cfg
}

/// One epoch over a one-batch subset: a single step, so the CPU and GPU weights must agree tightly.
#[test]
fn one_step_matches_the_cpu() {
    let Some(dev) = gpu() else { return };
    let data = common::mnist();
    for (dropout, soft) in [(false, false), (true, false), (true, true)] {
        let mut cfg = small_cfg(7);
        cfg.train_subset = Some(100);
        cfg.schedule.epochs = 1;
        if !dropout {
            cfg.dropout_input = 0.0;
            cfg.dropout_hidden = 0.0;
            cfg.jitter = 0;
        } else {
            // Below the initial norms (about √(1/3)), so that the step's max-norm rescales every
            // hidden unit: 3.5 would never bind this early.
            cfg.max_norm = Some(0.3);
        }
        let teacher: Vec<f32> = (0..100 * 10)
            .map(|i| ((i * 7919) % 23) as f32 * 0.3 - 3.0)
            .collect();
        let targets = if soft {
            cfg.soft = Some(SoftSpec {
                temperature: 4.0,
                alpha: 0.7,
                teacher_sha256: String::new(),
            });
            Targets::Soft {
                teacher: &teacher,
                t: 4.0,
                alpha: 0.7,
            }
        } else {
            Targets::Hard
        };
        let mut cpu = Trainer::new(cfg.clone()).unwrap();
        let mut gpu = CudaTrainer::new(cfg, dev.clone()).unwrap();
        let before = cpu.mlp.params.clone();
        assert_eq!(gpu.mlp().params, before, "both start from the same weights");
        let a = cpu
            .train_epoch(&data.train, &data.test, &targets, &mut Silent)
            .unwrap();
        let b = gpu
            .train_epoch(&data.train, &data.test, &targets, &mut Silent)
            .unwrap();
        let d = rel_diff(&gpu.mlp().params, &cpu.mlp.params);
        // The step itself, not the weights (whose initial values would hide a wrong update), and
        // layer by layer (a layer with small gradients would hide in a norm over all of them).
        let step =
            |after: &[f32]| -> Vec<f32> { after.iter().zip(&before).map(|(x, y)| x - y).collect() };
        let (step_cpu, step_gpu) = (step(&cpu.mlp.params), step(&gpu.mlp().params));
        let arch = cpu.mlp.arch.clone();
        let mut worst = (0.0f64, 0.0f64);
        for l in 0..arch.layers() {
            let (wc, bc) = distil::nn::mlp::layer(&arch, &step_cpu, l);
            let (wg, bg) = distil::nn::mlp::layer(&arch, &step_gpu, l);
            let (vwc, vbc) = distil::nn::mlp::layer(&arch, &cpu.velocity, l);
            let (vwg, vbg) = distil::nn::mlp::layer(&arch, gpu.velocity(), l);
            for (what, g, c) in [("weights", wg, wc), ("biases", bg, bc)] {
                let r = rel_diff(g, c);
                assert!(r < 1e-3, "layer {l}'s {what}: the step differs by {r}");
                worst.0 = worst.0.max(r);
            }
            for (what, g, c) in [("weights", vwg, vwc), ("biases", vbg, vbc)] {
                let r = rel_diff(g, c);
                assert!(r < 1e-3, "layer {l}'s {what}: the momenta differ by {r}");
                worst.1 = worst.1.max(r);
            }
        }
        eprintln!("one step (dropout {dropout}, soft {soft}): weights rel diff {d:.2e}, the step's worst layer {:.2e}, momenta's {:.2e}; loss cpu {} gpu {}; test errors cpu {} gpu {}", worst.0, worst.1, a.train_loss, b.train_loss, a.test_errors, b.test_errors);
        assert!(d < 1e-4, "weights differ by {d}");
        assert!((a.train_loss - b.train_loss).abs() <= 1e-4 * a.train_loss.abs().max(1.0));
        assert!(a.train_errors.abs_diff(b.train_errors) <= 1);
        assert!(a.test_errors.abs_diff(b.test_errors) <= 10);
        let on_cpu = evaluate(
            gpu.mlp(),
            &data.test,
            &mut Workspace::new(&gpu.mlp().arch, 100),
        )
        .unwrap();
        assert!(
            on_cpu.errors.abs_diff(b.test_errors) <= 2,
            "the GPU's weights make {} test errors on the CPU, {} on the GPU",
            on_cpu.errors,
            b.test_errors
        );
    }
}

/// A few epochs with dropout, max-norm and jitter on a subset whose last batch is partial: the runs
/// stay close.
#[test]
fn short_run_agrees_with_the_cpu() {
    let Some(dev) = gpu() else { return };
    let data = common::mnist();
    let mut cfg = small_cfg(3);
    // 20 full batches and a last one of 50.
    cfg.train_subset = Some(2050);
    let mut cpu = Trainer::new(cfg.clone()).unwrap();
    let mut gpu = CudaTrainer::new(cfg.clone(), dev).unwrap();
    for _ in 0..cfg.schedule.epochs {
        let a = cpu
            .train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
            .unwrap();
        let b = gpu
            .train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
            .unwrap();
        eprintln!(
            "epoch {}: loss cpu {:.5} gpu {:.5}; test errors cpu {} gpu {}; {:.2} s vs {:.2} s",
            a.epoch, a.train_loss, b.train_loss, a.test_errors, b.test_errors, a.seconds, b.seconds
        );
        assert_eq!(a.epoch, b.epoch);
        assert_eq!((a.lr, a.momentum), (b.lr, b.momentum));
        assert!((a.train_loss - b.train_loss).abs() <= 0.02 * a.train_loss);
        assert!(
            a.test_errors.abs_diff(b.test_errors) <= 100,
            "{} vs {}",
            a.test_errors,
            b.test_errors
        );
    }
    let d = rel_diff(&gpu.mlp().params, &cpu.mlp.params);
    eprintln!(
        "after {} epochs: weights rel diff {d:.2e}; traffic: {}",
        cfg.schedule.epochs,
        gpu.traffic()
    );
    assert!(d < 2e-2, "weights differ by {d}");
    // The checkpoint carries the same things as the CPU one.
    let (ca, cb) = (
        cpu.checkpoint(data.train.len()),
        gpu.checkpoint(data.train.len()),
    );
    assert_eq!(ca.epoch, cb.epoch);
    assert_eq!(ca.data_order, cb.data_order);
    assert_eq!(ca.config, cb.config);
    // Per step only the row descriptors go up: 16 bytes per example, one copy per step.
    let t = gpu.traffic();
    assert_eq!(t.steps, 3 * 21);
    assert_eq!(t.step_htod_bytes, 3 * 2050 * 16);
    assert_eq!(t.step_htod_copies, t.steps);
}

/// An epoch of more than 100 steps: the GPU reads its losses back every 100 steps, so the epoch's
/// loss and error count are put together from several reads (and a partial last batch).
#[test]
fn a_long_epoch_sums_its_losses_across_reads() {
    let Some(dev) = gpu() else { return };
    let data = common::mnist();
    let mut cfg = small_cfg(9);
    cfg.batch = 10;
    cfg.train_subset = Some(2005);
    cfg.schedule.epochs = 1;
    let mut cpu = Trainer::new(cfg.clone()).unwrap();
    let mut gpu = CudaTrainer::new(cfg, dev).unwrap();
    let a = cpu
        .train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
        .unwrap();
    let b = gpu
        .train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
        .unwrap();
    eprintln!(
        "201 steps: loss cpu {:.5} gpu {:.5}; train errors cpu {} gpu {}",
        a.train_loss, b.train_loss, a.train_errors, b.train_errors
    );
    assert_eq!(gpu.traffic().steps, 201);
    assert_eq!((a.train_examples, b.train_examples), (2005, 2005));
    assert!((a.train_loss - b.train_loss).abs() <= 0.02 * a.train_loss);
    assert!(a.train_errors.abs_diff(b.train_errors) <= 20);
}

/// Matching logits (T = ∞) has no GPU kernel: a direct caller gets the error, not NaN gradients.
#[test]
fn matching_logits_is_refused() {
    let Some(dev) = gpu() else { return };
    let data = common::mnist();
    let mut cfg = small_cfg(2);
    cfg.train_subset = Some(100);
    cfg.soft = Some(SoftSpec {
        temperature: f32::INFINITY,
        alpha: 0.0,
        teacher_sha256: String::new(),
    });
    let teacher = vec![0.5f32; 100 * 10];
    let targets = Targets::Soft {
        teacher: &teacher,
        t: f32::INFINITY,
        alpha: 0.0,
    };
    let mut gpu = CudaTrainer::new(cfg, dev).unwrap();
    let e = gpu
        .train_epoch(&data.train, &data.test, &targets, &mut Silent)
        .unwrap_err()
        .to_string();
    assert!(e.contains("matching logits"), "{e}");
    assert_eq!(gpu.epoch(), 0);
}

/// A run resumed on the GPU from a CPU checkpoint continues (same order, same state).
#[test]
fn resumes_a_cpu_checkpoint() {
    let Some(dev) = gpu() else { return };
    let data = common::mnist();
    let mut cfg = small_cfg(5);
    cfg.schedule.epochs = 2;
    let mut cpu = Trainer::new(cfg.clone()).unwrap();
    cpu.train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("c.safetensors");
    cpu.checkpoint(data.train.len()).save(&p).unwrap();
    let ck = distil::checkpoint::Checkpoint::load(&p).unwrap();
    let mut gpu = CudaTrainer::resume(cfg.clone(), ck, &p, dev).unwrap();
    assert_eq!(gpu.epoch(), 1);
    let a = cpu
        .train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
        .unwrap();
    let b = gpu
        .train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
        .unwrap();
    assert_eq!(gpu.history().len(), 2);
    // Each epoch's digest is of the weights the GPU epoch ended with, as its checkpoint holds.
    assert_eq!(
        b.weights_sha256,
        gpu.checkpoint(data.train.len()).mlp.weights_sha256()
    );
    assert!((a.train_loss - b.train_loss).abs() <= 0.02 * a.train_loss);
    assert!(rel_diff(&gpu.mlp().params, &cpu.mlp.params) < 2e-2);
}

/// State handed over in a hand-built checkpoint (its fields are public) is checked as on the CPU
/// before the kernels index the device copies by it: a short velocity and a data order that is not
/// a permutation are errors, not reads past a device buffer.
#[test]
fn a_hand_built_state_that_does_not_fit_is_an_error() {
    let Some(dev) = gpu() else { return };
    let data = common::mnist();
    let cfg = small_cfg(5);
    let mut cpu = Trainer::new(cfg.clone()).unwrap();
    cpu.train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent)
        .unwrap();
    let n = cfg.examples_used(data.train.len());
    let mut short = cpu.checkpoint(data.train.len());
    short.velocity.as_mut().expect("SGD's velocity").pop();
    let mut repeated = cpu.checkpoint(data.train.len());
    repeated.data_order = Some(vec![0; n]);
    let path = std::path::Path::new("hand-built.safetensors");
    for (ck, says) in [(short, "velocity"), (repeated, "permutation")] {
        let e = CudaTrainer::resume(cfg.clone(), ck, path, dev.clone())
            .and_then(|mut g| g.train_epoch(&data.train, &data.test, &Targets::Hard, &mut Silent))
            .err()
            .unwrap_or_else(|| panic!("a state with a wrong {says} trained"))
            .to_string();
        assert!(e.contains(says), "{e}");
    }
}

/// The element-wise kernels through a one-layer net (784-10, no hidden layer) and a net with a
/// hidden layer, against the CPU forward pass: logits of the test set give the same predictions.
#[test]
fn evaluation_matches_the_cpu_forward_pass() {
    let Some(dev) = gpu() else { return };
    let data: &Dataset = &common::mnist().test;
    for arch in [vec![784, 10], vec![784, 300, 10]] {
        let mut cfg = TrainConfig::new(Arch(arch));
        cfg.train_subset = Some(500);
        cfg.schedule.epochs = 2;
        let mut cpu = Trainer::new(cfg.clone()).unwrap();
        let mut gpu = CudaTrainer::new(cfg, dev.clone()).unwrap();
        // Train on the test set's first 500 examples (any data will do), evaluate on the test set.
        let a = cpu
            .train_epoch(data, data, &Targets::Hard, &mut Silent)
            .unwrap();
        let b = gpu
            .train_epoch(data, data, &Targets::Hard, &mut Silent)
            .unwrap();
        assert!(rel_diff(&gpu.mlp().params, &cpu.mlp.params) < 1e-3);
        // The GPU's count against the CPU forward pass of the same (the GPU's) weights: only an
        // example whose top two logits tie to within rounding may go either way.
        let on_cpu = evaluate(gpu.mlp(), data, &mut Workspace::new(&gpu.mlp().arch, 100)).unwrap();
        assert!(
            on_cpu.errors.abs_diff(b.test_errors) <= 2,
            "the GPU's weights make {} errors on the CPU, {} on the GPU",
            on_cpu.errors,
            b.test_errors
        );
        // And the two runs, whose weights differ by rounding, land close.
        assert!(
            a.test_errors.abs_diff(b.test_errors) <= 20,
            "{} vs {}",
            a.test_errors,
            b.test_errors
        );
        // A test set whose last evaluation chunk is partial (1,234 = 1,000 + 234 rows).
        let (part, _) = data.select(1234, |_| true).unwrap();
        let b = gpu
            .train_epoch(data, &part, &Targets::Hard, &mut Silent)
            .unwrap();
        assert_eq!(b.test_examples, 1234);
        let on_cpu = evaluate(gpu.mlp(), &part, &mut Workspace::new(&gpu.mlp().arch, 100)).unwrap();
        assert!(
            on_cpu.errors.abs_diff(b.test_errors) <= 2,
            "of 1,234: the GPU's weights make {} errors on the CPU, {} on the GPU",
            on_cpu.errors,
            b.test_errors
        );
    }
}
