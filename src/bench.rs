//! `bench`: how fast training runs on this machine, against the machine's own limit.
//!
//! For the teacher (784-1200-1200-10 with dropout, max-norm and jitter), the small net
//! (784-800-800-10) and a distillation epoch (the small net on cached soft targets at T = 20) it
//! times whole training epochs (one warm-up, then the median of the rest), and reports examples/s,
//! GFLOP/s (6 × parameters per training example: forward, and two products backward) and that as a
//! share of the FMA peak, which a microbenchmark measures in the same run on every worker thread at
//! once. Also: the teacher's inference over the test set (2 × parameters per example) and the peak
//! resident memory of each part.
//!
//! The epochs time training only: the test set is cut to one example for them, so the evaluation
//! that `train` runs after each epoch costs nothing here.

use std::time::Instant;

use serde_json::{json, Value};

use crate::data::DataDir;
use crate::device::{Device, Engine};
use crate::distill::compute_logits;
use crate::error::Result;
use crate::experiments::mnist::Preset;
use crate::nn::Workspace;
use crate::simd;
use crate::train::{evaluate, Silent, Targets, TrainConfig};

/// The machine's peak in GFLOP/s: every worker thread runs the FMA microbenchmark at the same time
/// for about `seconds`; the best of three rounds.
pub fn fma_peak_gflops(seconds: f64) -> f64 {
    // Calibrate the iterations to about `seconds` on one thread.
    let mut iters = 1 << 16;
    loop {
        let t = Instant::now();
        std::hint::black_box(simd::fma_peak(iters));
        let dt = t.elapsed().as_secs_f64();
        if dt > seconds / 4.0 || iters > 1 << 30 {
            iters = ((iters as f64) * seconds / dt.max(1e-9)) as usize;
            break;
        }
        iters *= 4;
    }
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let flops: u64 = rayon::broadcast(|_| std::hint::black_box(simd::fma_peak(iters)).0)
                .into_iter()
                .sum();
            flops as f64 / t.elapsed().as_secs_f64() / 1e9
        })
        .fold(0.0, f64::max)
}

/// The peak resident memory of this process so far, in MiB (`VmHWM`; Linux only, 0 elsewhere).
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Resets the peak-memory mark to the current resident size (Linux ≥ 4.0), so the next part's
/// peak is its own. Harmless where it is not supported.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return 0.0;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        0.5 * (v[n / 2 - 1] + v[n / 2])
    }
}

/// What to measure.
pub struct Options {
    /// Timed epochs per model after the warm-up (the median is reported).
    pub epochs: usize,
    /// Training examples per epoch (at most the training set).
    pub examples: usize,
    pub device: Device,
}

/// Times `1 + epochs` epochs of `cfg` on `data.train` and returns the figures of one model.
fn time_model(
    cfg: &TrainConfig,
    data: &DataDir,
    targets: &Targets,
    opts: &Options,
    peak_gflops: f64,
) -> Result<(Value, Engine)> {
    reset_peak_rss();
    let mut cfg = cfg.clone();
    cfg.schedule.epochs = opts.epochs + 1;
    cfg.train_subset = Some(opts.examples);
    let mut engine = Engine::new(cfg.clone(), opts.device)?;
    let mut times = Vec::new();
    for e in 0..=opts.epochs {
        let t = Instant::now();
        engine.train_epoch(&data.train, &data.test, targets, &mut Silent)?;
        if e > 0 {
            times.push(t.elapsed().as_secs_f64());
        }
    }
    let n = opts.examples.min(data.train.len());
    let secs = median(times.clone());
    let params = cfg.arch.param_count() as f64;
    let gflops = 6.0 * params * n as f64 / secs / 1e9;
    Ok((
        json!({
            "arch": cfg.arch.to_string(),
            "examples_per_epoch": n,
            "seconds_per_epoch": secs,
            "seconds_per_epoch_all": times,
            "examples_per_second": n as f64 / secs,
            "gflops": gflops,
            "peak_share": gflops / peak_gflops,
            "peak_rss_mb": peak_rss_mb(),
        }),
        engine,
    ))
}

/// Runs the whole benchmark. `data.test` is cut to one example after the inference part.
pub fn run(data: &mut DataDir, opts: &Options, say: &mut dyn FnMut(&str)) -> Result<Value> {
    for d in [&data.train, &data.test] {
        d.check_fits(784, 10)?;
    }
    let threads = rayon::current_num_threads();
    say(&format!(
        "bench: {threads} threads, SIMD {}, products {}, device {}, {} timed epochs of {} examples per model",
        simd::active_isa().name(),
        crate::gemm::backend().name(),
        opts.device,
        opts.epochs,
        opts.examples.min(data.train.len())
    ));
    let peak = fma_peak_gflops(0.5);
    say(&format!("FMA peak: {peak:.0} GFLOP/s"));
    let preset = Preset::get("default", 1)?;

    // Inference first, on the full test set, with a fresh teacher (the values do not matter).
    let teacher_net = crate::nn::Mlp::new(preset.teacher.arch.clone(), preset.teacher.init, 1);
    let mut ws = Workspace::new(&teacher_net.arch, 500);
    let test_len = data.test.len();
    evaluate(&teacher_net, &data.test, &mut ws);
    let inference_ms = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                evaluate(&teacher_net, &data.test, &mut ws);
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    let params = teacher_net.arch.param_count() as f64;
    let inference_gflops = 2.0 * params * test_len as f64 / (inference_ms / 1e3) / 1e9;
    say(&format!(
        "teacher inference over {test_len} test images: {inference_ms:.1} ms ({inference_gflops:.0} GFLOP/s)"
    ));
    data.test.truncate(1);

    let (teacher, t_engine) = time_model(&preset.teacher, data, &Targets::Hard, opts, peak)?;
    say(&format!("teacher: {}", line(&teacher)));
    let (small, _) = time_model(&preset.small, data, &Targets::Hard, opts, peak)?;
    say(&format!("small: {}", line(&small)));
    // Soft targets from the benchmarked teacher, computed once like the logits cache.
    let ck = t_engine.checkpoint(data.train.len());
    let logits = compute_logits(&ck, &data.train, opts.examples.min(data.train.len()));
    let mut dcfg = preset.distilled.clone();
    dcfg.soft = Some(crate::train::SoftSpec {
        temperature: preset.temperature,
        alpha: preset.alpha,
        teacher_sha256: String::new(),
    });
    let targets = Targets::Soft {
        teacher: &logits,
        t: preset.temperature,
        alpha: preset.alpha,
    };
    let (distill, _) = time_model(&dcfg, data, &targets, opts, peak)?;
    say(&format!(
        "distill (T = {}): {}",
        preset.temperature,
        line(&distill)
    ));
    let peak_rss = [&teacher, &small, &distill]
        .iter()
        .map(|m| m["peak_rss_mb"].as_f64().unwrap_or(0.0))
        .fold(0.0, f64::max);
    Ok(json!({
        "machine": crate::experiments::mnist::machine(),
        "threads": threads,
        "simd": simd::active_isa().name(),
        "gemm": crate::gemm::backend().name(),
        "device": opts.device.to_string(),
        "fma_peak_gflops": peak,
        "teacher": teacher,
        "small": small,
        "distill": distill,
        "inference_ms": inference_ms,
        "inference_gflops": inference_gflops,
        "inference_peak_share": inference_gflops / peak,
        "peak_rss_mb": peak_rss,
    }))
}

fn line(m: &Value) -> String {
    format!(
        "{:.2} s per epoch (median), {:.0} examples/s, {:.1} GFLOP/s, {:.0}% of peak, peak RSS {:.0} MiB",
        m["seconds_per_epoch"].as_f64().unwrap_or(0.0),
        m["examples_per_second"].as_f64().unwrap_or(0.0),
        m["gflops"].as_f64().unwrap_or(0.0),
        100.0 * m["peak_share"].as_f64().unwrap_or(0.0),
        m["peak_rss_mb"].as_f64().unwrap_or(0.0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fma_microbenchmark_counts_its_operations() {
        let (a, _) = simd::fma_peak(10);
        let (b, _) = simd::fma_peak(20);
        assert_eq!(b, 2 * a);
        assert!(a >= 2 * 10 * 12, "{a}");
        assert!(fma_peak_gflops(0.01) > 0.1);
    }

    #[test]
    fn medians() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
