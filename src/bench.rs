//! `bench`: how fast training runs on this machine, against the machine's own limit.
//!
//! For the teacher (784-1200-1200-10 with dropout, max-norm and jitter), the small net
//! (784-800-800-10) and a distillation epoch (the small net on cached soft targets at T = 20) it
//! times whole training epochs (one warm-up, then the median of the rest), and reports examples/s,
//! GFLOP/s (the products' work, [`crate::nn::Arch::training_flops`]: forward, weight gradients, and
//! input gradients but the first layer's) and that as a share of the FMA peak, which a
//! microbenchmark measures in the same run on every worker thread at once. Also: the teacher's
//! inference over the test set ([`crate::nn::Arch::inference_flops`]) and the peak resident memory
//! of each part. (Until 2026-11-30 the training figure counted 6 × parameters per example, which
//! overstated it by 15% for the teacher and 20% for the small net.)
//!
//! The epochs time training only: the test set is cut to one example for them, so the evaluation
//! that `train` runs after each epoch costs nothing here.

use std::time::Instant;

use serde_json::{json, Value};

use crate::data::DataDir;
use crate::device::{Device, Engine};
use crate::distill::compute_logits;
use crate::error::Result;
use crate::experiments::preset::Preset;
use crate::gemm::{self, Backend, Op};
use crate::nn::Workspace;
use crate::plot;
use crate::simd;
use crate::train::{evaluate, Silent, Targets, TrainConfig};
use crate::words;

/// The machine's peak in GFLOP/s: every worker thread runs the FMA microbenchmark at the same time
/// for about `seconds`, at the CPU's widest ISA ([`simd::machine_fma_peak`]); the best of three
/// rounds.
pub fn fma_peak_gflops(seconds: f64) -> f64 {
    // Calibrate the iterations to about `seconds` on one thread.
    let mut iters = 1 << 16;
    loop {
        let t = Instant::now();
        std::hint::black_box(simd::machine_fma_peak(iters));
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
            let flops: u64 =
                rayon::broadcast(|_| std::hint::black_box(simd::machine_fma_peak(iters)).0)
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

/// The median of `v` (the mean of the middle two for an even count; 0 for none).
pub fn median(mut v: Vec<f64>) -> f64 {
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

/// The median milliseconds of five passes of a fresh teacher of `preset` (its values do not
/// matter) over the whole test set, on the CPU, after one untimed pass that also checks the data
/// fit; and the GFLOP/s they make.
fn time_inference(preset: &Preset, data: &DataDir) -> Result<(f64, f64)> {
    let teacher_net = crate::nn::Mlp::new(preset.teacher.arch.clone(), preset.teacher.init, 1);
    let mut ws = Workspace::new(&teacher_net.arch, 500);
    evaluate(&teacher_net, &data.test, &mut ws)?;
    let ms = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                // The same data as the checked pass above: it cannot fail here.
                let _ = evaluate(&teacher_net, &data.test, &mut ws);
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    );
    let gflops = teacher_net.arch.inference_flops() * data.test.len() as f64 / (ms / 1e3) / 1e9;
    Ok((ms, gflops))
}

/// Times the distilled model of `preset` on soft targets from the benchmarked teacher
/// (`teacher`), its logits computed once as the logits cache would hold them.
fn time_distillation(
    preset: &Preset,
    teacher: &Engine,
    data: &DataDir,
    opts: &Options,
    peak_gflops: f64,
) -> Result<(Value, Engine)> {
    let ck = teacher.checkpoint(data.train.len());
    let logits = compute_logits(&ck, &data.train, opts.examples.min(data.train.len()), 0)?;
    let mut cfg = preset.distilled.clone();
    cfg.soft = Some(crate::train::SoftSpec {
        temperature: preset.temperature,
        alpha: preset.alpha,
        teacher_sha256: String::new(),
    });
    let targets = Targets::Soft {
        teacher: &logits,
        t: preset.temperature,
        alpha: preset.alpha,
    };
    time_model(&cfg, data, &targets, opts, peak_gflops)
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
        // The epoch's own seconds, without the digest of its weights (a few milliseconds).
        let s = engine.train_epoch(&data.train, &data.test, targets, &mut Silent)?;
        if e > 0 {
            times.push(s.seconds);
        }
    }
    let n = opts.examples.min(data.train.len());
    let secs = median(times.clone());
    let gflops = cfg.arch.training_flops() * n as f64 / secs / 1e9;
    Ok((
        json!({
            "arch": cfg.arch.to_string(),
            "examples_per_epoch": n,
            "seconds_per_epoch": secs,
            "seconds_per_epoch_all": times,
            "examples_per_second": n as f64 / secs,
            "gflops": gflops,
            // The FMA peak is the CPU's: no share of it for a GPU's figures.
            "peak_share": (opts.device == Device::Cpu).then(|| gflops / peak_gflops),
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
    // A GPU that cannot be used is refused before the CPU's inference timing and peak.
    opts.device.check_usable()?;
    let threads = words::count(rayon::current_num_threads(), "thread");
    say(&format!(
        "bench: {threads}, SIMD {}, products {}, device {}, {} of {} examples per model",
        simd::active_isa().name(),
        crate::gemm::backend().name(),
        opts.device,
        words::count(opts.epochs, "timed epoch"),
        opts.examples.min(data.train.len())
    ));
    let peak = fma_peak_gflops(0.5);
    say(&format!("FMA peak: {peak:.0} GFLOP/s"));
    let preset = Preset::get("default", 1)?;

    // Inference first, on the full test set: the training timings below cut it to one image.
    let (inference_ms, inference_gflops) = time_inference(&preset, data)?;
    // Inference is timed on the CPU whatever --device says (the GPU path evaluates inside its
    // training loop, not as a separate call).
    let on = if opts.device == Device::Cpu {
        ""
    } else {
        " on the CPU"
    };
    say(&format!(
        "teacher inference{on} over {} test images: {inference_ms:.1} ms ({inference_gflops:.0} GFLOP/s)",
        data.test.len()
    ));
    data.test.truncate(1);

    let (teacher, t_engine) = time_model(&preset.teacher, data, &Targets::Hard, opts, peak)?;
    say(&format!("teacher: {}", line(&teacher)));
    let (small, _) = time_model(&preset.small, data, &Targets::Hard, opts, peak)?;
    say(&format!("small: {}", line(&small)));
    let (distill, _) = time_distillation(&preset, &t_engine, data, opts, peak)?;
    say(&format!(
        "distill (T = {}): {}",
        preset.temperature,
        line(&distill)
    ));
    let peak_rss = [&teacher, &small, &distill]
        .iter()
        .map(|m| m["peak_rss_mb"].as_f64().unwrap_or(0.0))
        .fold(0.0, f64::max);
    let mut result = context(opts, peak);
    result.extend(json_object(json!({
        "teacher": teacher,
        "small": small,
        "distill": distill,
        "inference_device": "cpu",
        "inference_ms": inference_ms,
        "inference_gflops": inference_gflops,
        "inference_peak_share": inference_gflops / peak,
        "peak_rss_mb": peak_rss,
    })));
    Ok(Value::Object(result))
}

/// The widths and batch sizes of `bench --scaling` unless asked otherwise.
pub const SCALING_WIDTHS: [usize; 5] = [30, 300, 800, 1200, 2400];
pub const SCALING_BATCHES: [usize; 3] = [10, 100, 1000];

/// How epoch time grows with hidden width and batch size: for every (width, batch), a
/// 784-width-width-10 net trained like the small net (no regularisation, SGD with momentum) over
/// `opts.examples` examples (the whole training set if smaller), one warm-up then the median of
/// `opts.epochs`, scaled to a 60,000-example epoch. Returns
/// `{"rows": [{width, batch, examples, seconds_per_epoch, gflops, peak_share}], ...}`.
pub fn scaling(
    data: &mut DataDir,
    widths: &[usize],
    batches: &[usize],
    opts: &Options,
    say: &mut dyn FnMut(&str),
) -> Result<Value> {
    data.train.check_fits(784, 10)?;
    opts.device.check_usable()?;
    data.test.truncate(1);
    let threads = rayon::current_num_threads();
    let n = opts.examples.min(data.train.len());
    say(&format!(
        "bench --scaling: {}, SIMD {}, products {}, device {}, {n} examples per timed epoch",
        words::count(threads, "thread"),
        simd::active_isa().name(),
        crate::gemm::backend().name(),
        opts.device
    ));
    let peak = fma_peak_gflops(0.5);
    say(&format!("FMA peak: {peak:.0} GFLOP/s"));
    let base = Preset::get("default", 1)?.small;
    let mut rows = Vec::new();
    for &w in widths {
        for &b in batches {
            let mut cfg = base.clone();
            cfg.arch = crate::nn::Arch(vec![784, w, w, 10]);
            cfg.batch = b;
            let (m, _) = time_model(&cfg, data, &Targets::Hard, opts, peak)?;
            let secs = m["seconds_per_epoch"].as_f64().unwrap_or(0.0) * 60_000.0 / n as f64;
            say(&format!(
                "width {w:>5}, batch {b:>5}: {secs:7.2} s per 60,000-example epoch, {:6.1} GFLOP/s{}",
                m["gflops"].as_f64().unwrap_or(0.0),
                share_of_peak(&m, " (", ")")
            ));
            rows.push(json!({
                "width": w,
                "batch": b,
                "examples": n,
                "seconds_per_epoch": secs,
                "gflops": m["gflops"],
                "peak_share": m["peak_share"],
            }));
        }
    }
    let mut result = context(opts, peak);
    result.insert("rows".into(), Value::Array(rows));
    Ok(Value::Object(result))
}

/// What every benchmark result records about where it ran.
fn context(opts: &Options, peak: f64) -> serde_json::Map<String, Value> {
    json_object(json!({
        "machine": crate::experiments::mnist::machine(),
        "threads": rayon::current_num_threads(),
        "simd": simd::active_isa().name(),
        "gemm": crate::gemm::backend().name(),
        "device": opts.device.to_string(),
        "fma_peak_gflops": peak,
    }))
}

fn json_object(v: Value) -> serde_json::Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

/// The products of one training step at batch 100: the teacher's and the small net's forward,
/// weight-gradient and input-gradient shapes, (name, m, k, n, op(A), op(B)).
pub const GEMM_SHAPES: [(&str, usize, usize, usize, Op, Op); 9] = [
    ("teacher forward 1", 100, 784, 1200, Op::N, Op::N),
    ("teacher forward 2", 100, 1200, 1200, Op::N, Op::N),
    ("teacher weight gradient 1", 784, 100, 1200, Op::T, Op::N),
    ("teacher weight gradient 2", 1200, 100, 1200, Op::T, Op::N),
    ("teacher input gradient 2", 100, 1200, 1200, Op::N, Op::T),
    ("small forward 1", 100, 784, 800, Op::N, Op::N),
    ("small forward 2", 100, 800, 800, Op::N, Op::N),
    ("small weight gradient 2", 800, 100, 800, Op::T, Op::N),
    ("small input gradient 2", 100, 800, 800, Op::N, Op::T),
];

/// Every product backend this CPU runs (the scalar reference aside) on [`GEMM_SHAPES`], side by
/// side: `rounds` rounds, each timing every backend in turn for about 0.1 s, so that the machine's
/// drift hits them alike; the median GFLOP/s of each, and each packed one's ratio to matrixmultiply
/// (×r after its figure).
pub fn gemm_comparison(rounds: usize, say: &mut dyn FnMut(&str)) -> Value {
    let backends: Vec<Backend> = gemm::available_backends()
        .into_iter()
        .filter(|b| *b != Backend::Reference)
        .collect();
    let peak = fma_peak_gflops(0.5);
    say(&format!(
        "bench --gemm: {}, FMA peak {peak:.0} GFLOP/s, {}, medians",
        words::count(rayon::current_num_threads(), "thread"),
        words::count(rounds, "round")
    ));
    let mut rows = Vec::new();
    for &(name, m, k, n, op_a, op_b) in &GEMM_SHAPES {
        let mut s = crate::rng::Stream::new(1, &[]);
        let a: Vec<f32> = (0..m * k).map(|_| s.uniform() as f32 - 0.5).collect();
        let b: Vec<f32> = (0..k * n).map(|_| s.uniform() as f32 - 0.5).collect();
        let mut c = vec![0.0f32; m * n];
        let flop = 2.0 * (m * k * n) as f64;
        let iters = (1e10 / flop).max(1.0) as usize; // about 0.1 s at 100 GFLOP/s
        let mut rates: Vec<Vec<f64>> = vec![Vec::new(); backends.len()];
        for _ in 0..rounds {
            for (bi, &be) in backends.iter().enumerate() {
                let t = Instant::now();
                for _ in 0..iters {
                    gemm::gemm_with(be, m, k, n, 1.0, &a, op_a, &b, op_b, 0.0, &mut c);
                }
                rates[bi].push(flop * iters as f64 / t.elapsed().as_secs_f64() / 1e9);
            }
        }
        let medians: Vec<f64> = rates.into_iter().map(median).collect();
        let mut line = format!("{name:<27} {m:>4}×{k:>4}×{n:>4} {op_a:?}{op_b:?}");
        let mut row = json!({"product": name, "m": m, "k": k, "n": n,
            "op_a": format!("{op_a:?}"), "op_b": format!("{op_b:?}")});
        let mm = medians[0]; // with the reference filtered out, matrixmultiply comes first
        let mut ratios = json!({});
        for (be, g) in backends.iter().zip(&medians) {
            line += &format!("  {} {g:6.1} GFLOP/s ({:.0}%)", be.name(), 100.0 * g / peak);
            row[be.name()] = json!(g);
            if *be != Backend::MatrixMultiply {
                line += &format!(" ×{:.2}", g / mm);
                ratios[be.name()] = json!(g / mm);
            }
        }
        row["ratio_to_matrixmultiply"] = ratios;
        say(&line);
        rows.push(row);
    }
    let kernels = register_kernels_alone(&backends, rounds, say);
    json!({
        "machine": crate::experiments::mnist::machine(),
        "threads": rayon::current_num_threads(),
        "fma_peak_gflops": peak,
        "rounds": rounds,
        "rows": rows,
        "kernel_alone": kernels,
    })
}

/// Where the products' time goes: each packed backend's register kernel alone, on one thread with
/// its panels in L1 (medians of the rounds), against one core's peak measured just before (the
/// best of three). One line and one JSON object per kernel. `backends` comes without the
/// reference product, which has no register kernel; matrixmultiply's is not ours to time.
fn register_kernels_alone(
    backends: &[Backend],
    rounds: usize,
    say: &mut dyn FnMut(&str),
) -> Vec<Value> {
    let one_core = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .map(|pool| pool.install(|| fma_peak_gflops(0.2)))
        .unwrap_or(f64::NAN);
    let mut kernels = Vec::new();
    let tiles: Vec<Backend> = backends
        .iter()
        .copied()
        .filter(|&b| b != Backend::MatrixMultiply) // the packed ones, which have a register tile
        .collect();
    let mut rates: Vec<Vec<f64>> = vec![Vec::new(); tiles.len()];
    for _ in 0..rounds {
        for (i, &be) in tiles.iter().enumerate() {
            rates[i].push(gemm::kernel_alone_gflops(be, 256, 200_000).unwrap_or(0.0));
        }
    }
    for (be, r) in tiles.iter().zip(rates) {
        let g = median(r);
        say(&format!(
            "register kernel alone, {} (one thread, panels in L1, depth 256): {g:.0} GFLOP/s, \
             {:.0}% of one core's {one_core:.0}",
            be.name(),
            100.0 * g / one_core
        ));
        kernels.push(json!({"backend": be.name(), "gflops": g, "one_core_peak_gflops": one_core}));
    }
    kernels
}

/// The seconds per epoch of `rows` (a scaling result's, ours or PyTorch's) at (width, batch).
fn scaling_lookup(rows: &Value, width: usize, batch: usize) -> Option<f64> {
    rows.as_array()?
        .iter()
        .find(|r| {
            r["width"].as_u64() == Some(width as u64) && r["batch"].as_u64() == Some(batch as u64)
        })
        .and_then(|r| r["seconds_per_epoch"].as_f64())
}

/// A markdown table and an SVG plot of a scaling result, beside a reference engine's (PyTorch's,
/// from `scripts/pytorch_epoch.py --model scaling --json`) where given.
pub fn scaling_report(ours: &Value, reference: Option<(&str, &Value)>) -> (String, String) {
    let grid = ScalingGrid::of(&ours["rows"]);
    (
        grid.table(ours, reference),
        grid.plot(&ours["rows"], reference),
    )
}

/// The widths and batch sizes a scaling result measured, in the order it measured them.
struct ScalingGrid {
    widths: Vec<usize>,
    batches: Vec<usize>,
}

impl ScalingGrid {
    fn of(rows: &Value) -> Self {
        let mut grid = ScalingGrid {
            widths: Vec::new(),
            batches: Vec::new(),
        };
        for r in rows.as_array().into_iter().flatten() {
            let (w, b) = (
                r["width"].as_u64().unwrap_or(0) as usize,
                r["batch"].as_u64().unwrap_or(0) as usize,
            );
            if !grid.widths.contains(&w) {
                grid.widths.push(w);
            }
            if !grid.batches.contains(&b) {
                grid.batches.push(b);
            }
        }
        grid
    }

    /// A row per width: our seconds per batch size, then the reference's and its ratio to ours.
    fn table(&self, ours: &Value, reference: Option<(&str, &Value)>) -> String {
        let rows = &ours["rows"];
        let mut md = format!(
            "Seconds per 60,000-example epoch of a 784-W-W-10 net (SGD with momentum, no \
             regularisation), {}, {}; timed over {} examples per epoch, median of the timed \
             epochs.\n\n",
            words::count(ours["threads"].as_u64().unwrap_or(0) as usize, "thread"),
            ours["machine"].as_str().unwrap_or("unknown machine"),
            rows[0]["examples"]
        );
        let cols: Vec<String> = self.batches.iter().map(|b| format!("batch {b}")).collect();
        let mut head = format!(
            "| width | {} |",
            cols.iter()
                .map(|c| format!("distil, {c}"))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let mut rule = format!("|---:|{}", "---:|".repeat(self.batches.len()));
        if let Some((name, _)) = reference {
            // The name comes from the reference's file: one line, and no column break, in the table.
            let name = crate::error::escape_controls(name).replace('|', "\\|");
            head += &cols
                .iter()
                .map(|c| format!(" {name}, {c} |"))
                .collect::<String>();
            head += &cols
                .iter()
                .map(|c| format!(" {name} / distil, {c} |"))
                .collect::<String>();
            rule += &"---:|".repeat(2 * self.batches.len());
        }
        md += &format!("{head}\n{rule}\n");
        let fmt = |x: Option<f64>| x.map_or(" – |".to_string(), |v| format!(" {v:.2} |"));
        for &w in &self.widths {
            let seconds = |rows: &Value| -> Vec<Option<f64>> {
                self.batches
                    .iter()
                    .map(|&b| scaling_lookup(rows, w, b))
                    .collect()
            };
            let mine = seconds(rows);
            let mut line = format!("| {w} |");
            line += &mine.iter().map(|&x| fmt(x)).collect::<String>();
            if let Some((_, theirs)) = reference {
                let t = seconds(&theirs["rows"]);
                line += &t.iter().map(|&x| fmt(x)).collect::<String>();
                line += &mine
                    .iter()
                    .zip(&t)
                    .map(|(m, t)| match (m, t) {
                        (Some(m), Some(t)) => format!(" {:.2}× |", t / m),
                        _ => " – |".to_string(),
                    })
                    .collect::<String>();
            }
            md += &line;
            md += "\n";
        }
        md
    }

    /// Seconds against width, a line per batch size in its own colour; the reference's dashed.
    fn plot(&self, rows: &Value, reference: Option<(&str, &Value)>) -> String {
        const COLOURS: [&str; 3] = ["#1f77b4", "#d62728", "#2ca02c"];
        let ticks: Vec<(f64, String)> = self
            .widths
            .iter()
            .enumerate()
            .map(|(i, w)| (i as f64, w.to_string()))
            .collect();
        // The legend has room for a short name: the reference's first word ("PyTorch 2.15.0" →
        // "PyTorch").
        let short = reference.map(|(n, v)| (n.split_whitespace().next().unwrap_or(n), v));
        let names: Vec<String> = self
            .batches
            .iter()
            .flat_map(|b| {
                std::iter::once(format!("distil, batch {b}"))
                    .chain(short.map(|(n, _)| format!("{n}, batch {b}")))
            })
            .collect();
        let per_batch = if short.is_some() { 2 } else { 1 };
        let mut series = Vec::new();
        for ((bi, &b), names) in self.batches.iter().enumerate().zip(names.chunks(per_batch)) {
            let colour = COLOURS[bi % COLOURS.len()];
            let points = |rows: &Value| -> Vec<(f64, f64)> {
                self.widths
                    .iter()
                    .enumerate()
                    .filter_map(|(i, &w)| scaling_lookup(rows, w, b).map(|s| (i as f64, s)))
                    .collect()
            };
            let line = |name, points, dashed| plot::Series {
                name,
                colour,
                points,
                reference: None,
                dashed,
            };
            series.push(line(&names[0], points(rows), false));
            if let Some((_, theirs)) = short {
                series.push(line(&names[1], points(&theirs["rows"]), true));
            }
        }
        plot::svg_plot(
            "Seconds per 60,000-example epoch, 784-W-W-10",
            "hidden width W",
            "seconds per epoch (log)",
            &series,
            Some(&ticks),
        )
    }
}

fn line(m: &Value) -> String {
    format!(
        "{:.2} s per epoch (median), {:.0} examples/s, {:.1} GFLOP/s{}, peak RSS {:.0} MiB",
        m["seconds_per_epoch"].as_f64().unwrap_or(0.0),
        m["examples_per_second"].as_f64().unwrap_or(0.0),
        m["gflops"].as_f64().unwrap_or(0.0),
        share_of_peak(m, ", ", ""),
        m["peak_rss_mb"].as_f64().unwrap_or(0.0)
    )
}

/// "{before}N% of peak{after}" for a CPU model's figures; nothing for a GPU's, which have no
/// share of the CPU's peak.
fn share_of_peak(m: &Value, before: &str, after: &str) -> String {
    m["peak_share"].as_f64().map_or(String::new(), |s| {
        format!("{before}{:.0}% of peak{after}", 100.0 * s)
    })
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
        // A rate, not a speed bound: the machines are shared.
        let g = fma_peak_gflops(0.01);
        assert!(g.is_finite() && g > 0.0, "{g}");
    }

    /// The reference engine's name comes from a file: a newline or a `|` in it must not break the
    /// markdown table (one header line, as many cells as the rule).
    #[test]
    fn a_reference_name_cannot_break_the_table() {
        let rows = |s: f64| {
            serde_json::json!({"rows": [{"width": 8, "batch": 10, "examples": 100,
            "seconds_per_epoch": s}], "threads": 1, "machine": "m"})
        };
        let (ours, theirs) = (rows(1.0), rows(2.0));
        let (md, _) = scaling_report(&ours, Some(("Py|Torch\nnext", &theirs)));
        let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(table.len(), 3, "{md}");
        let cells = |l: &str| l.replace("\\|", "").matches('|').count();
        assert!(table.iter().all(|l| cells(l) == cells(table[1])), "{md}");
        assert!(md.contains("2.00×"), "{md}");
    }

    #[test]
    fn medians() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
