//! `mnist`: the paper's MNIST table — teacher, small net alone, distilled small net — in one
//! resumable run folder.
//!
//! Folder layout (`runs/mnist-<preset>/` by default, `runs/mnist-<preset>-seed<N>/` for a seed other
//! than 1; see [`default_folder`]):
//! - `teacher.safetensors`, `small.safetensors`, `distilled.safetensors`: checkpoints after every epoch;
//! - `teacher.safetensors.logits`: the teacher's logits over the transfer set (memory-mapped cache);
//! - `teacher.jsonl`, `small.jsonl`, `distilled.jsonl`: one JSON object per epoch;
//! - `results.json`, `report.md`, `errors.svg`: written at the end.
//!
//! Running again continues each model from its last checkpoint and skips models already done.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{json, Value};

use crate::checkpoint::Checkpoint;
use crate::data::{DataDir, Dataset};
use crate::device::{Device, Engine};
use crate::distill::{Stale, TeacherLogits};
use crate::error::{Error, Result};
use crate::experiments::preset::{expected_duration, measure_speed, Preset};
use crate::experiments::section3::{check_cut_students_resumable, CUT_STUDENTS};
use crate::io::write_atomic;
use crate::plot::{svg_plot, Series};
use crate::simd;
use crate::train::{Observer, SoftSpec, Targets, TrainConfig};
use crate::words;

/// The paper's test errors.
pub const PAPER_TEACHER: usize = 67;
pub const PAPER_SMALL: usize = 146;
pub const PAPER_DISTILLED: usize = 74;

/// One model of the table, as finished.
#[derive(Clone, Debug)]
pub struct ModelResult {
    pub name: &'static str,
    pub arch: String,
    pub test_errors: usize,
    pub paper: usize,
    pub epochs: usize,
    pub seconds: f64,
    /// Test errors after each epoch.
    pub curve: Vec<usize>,
    /// The numeric paths its epochs ran on, in order, one entry per stretch of epochs on the same
    /// path (one entry unless it was resumed elsewhere).
    pub numerics: Vec<String>,
    /// [`crate::nn::Mlp::weights_sha256`] of its final weights: equal across thread counts.
    pub weights_sha256: String,
}

impl ModelResult {
    fn to_json(&self) -> Value {
        json!({
            "arch": self.arch,
            "test_errors": self.test_errors,
            "paper_test_errors": self.paper,
            "epochs": self.epochs,
            "seconds": self.seconds,
            "test_errors_per_epoch": self.curve,
            "numerics": self.numerics,
            "weights_sha256": self.weights_sha256,
        })
    }
}

/// What the command line passes in.
pub struct Options {
    pub preset: Preset,
    pub dir: PathBuf,
    pub fresh: bool,
    /// Section 3 follows the table (`mnist --all`): its students' checkpoints are checked with the
    /// table's, before anything trains.
    pub all: bool,
}

/// The names of the files the table's run writes in its folder.
pub const TABLE_FILES: &[&str] = &[
    "teacher.safetensors",
    "teacher.safetensors.logits",
    "small.safetensors",
    "distilled.safetensors",
    "teacher.jsonl",
    "small.jsonl",
    "distilled.jsonl",
    "results.json",
    "report.md",
    "errors.svg",
];

/// The names of everything the run writes in its folder: the table's files and section 3's.
pub fn files() -> impl Iterator<Item = &'static str> {
    TABLE_FILES.iter().chain(SECTION3_FILES).copied()
}

/// The names of the files `mnist --all` adds for section 3.
pub const SECTION3_FILES: &[&str] = &[
    "omit3.safetensors",
    "omit3.jsonl",
    "keep78.safetensors",
    "keep78.jsonl",
    "sweep/sweep.jsonl",
    "sweep/sweep.md",
    "sweep/sweep.svg",
    "section3.json",
    "paper.md",
];

/// Refuses a run folder where a folder holds the name of one of the run's files, or (with `all`,
/// section 3) a file that of its `sweep/` folder: the run would otherwise fail there only after
/// its training.
fn check_output_names(dir: &Path, all: bool) -> Result<()> {
    let sweep = dir.join("sweep");
    // A link there would send --fresh's deletions, section 3's files and the start-up cleanup of
    // dead temporary files into another folder: refused with or without --all and --fresh.
    if let Ok(to) = std::fs::read_link(&sweep) {
        return Err(Error::data(
            sweep.display().to_string(),
            "the folder of the temperature sweep (mnist --all), or nothing",
            format!("a symbolic link to {}", to.display()),
        ));
    }
    if all && sweep.exists() && !sweep.is_dir() {
        return Err(Error::data(
            sweep.display().to_string(),
            "the folder of the temperature sweep (mnist --all), or nothing",
            "a file",
        ));
    }
    let section3: &[&str] = if all { SECTION3_FILES } else { &[] };
    crate::io::refuse_non_files_at(
        dir,
        TABLE_FILES.iter().chain(section3).copied(),
        "one of the run's files, or nothing",
    )
}

/// With `--all`: section 3's `sweep/` folder in the run folder `dir`, checked, made and held from
/// the start (the lock is re-entrant: section 3 takes it again). A run that holds it (a `sweep`,
/// a `train` writing there) then stops this one before the table trains, not after.
pub fn hold_sweep_folder(dir: &Path) -> Result<crate::io::FolderLock> {
    check_output_names(dir, true)?;
    let sweep = dir.join("sweep");
    crate::io::create_folder(&sweep)?;
    let lock = crate::io::lock_folder(&sweep)?;
    crate::experiments::sweep::remove_dead_temps_of_files(&sweep, &lock);
    Ok(lock)
}

/// Epochs already done by each model's checkpoint in `dir` (0 where none).
pub fn epochs_done(dir: &Path) -> [usize; 3] {
    let mut done = [0; 3];
    for (i, n) in ["teacher", "small", "distilled"].iter().enumerate() {
        if let Ok(ck) = Checkpoint::load(&dir.join(format!("{n}.safetensors"))) {
            done[i] = ck.epoch;
        }
    }
    done
}

/// Trains whatever is not done yet and writes the results. `say` receives progress lines;
/// `observer` is asked for a fresh progress observer per model.
pub fn run(
    opts: &Options,
    data: &DataDir,
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
) -> Result<Value> {
    run_on(opts, Device::Cpu, data, say, observer)
}

/// [`run`] with the models trained on `device`.
pub fn run_on(
    opts: &Options,
    device: Device,
    data: &DataDir,
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
) -> Result<Value> {
    check_run(opts, device, data)?;
    let dir = &opts.dir;
    let _locks = claim_folder(opts, device, say)?;
    let p = &opts.preset;
    check_table_resumable(p, dir, data, opts.all)?;
    let done = epochs_done(dir);
    announce(opts, device, data, done, say);
    let started = Instant::now();
    let site = TrainingSite {
        device,
        train: &data.train,
        test: &data.test,
        dir,
    };
    let teacher_path = dir.join("teacher.safetensors");
    let teacher = train_model(
        "teacher",
        &p.teacher,
        &Targets::Hard,
        &site,
        say,
        observer,
        p.outlook(0, done),
    )?;
    let small = train_model(
        "small",
        &p.small,
        &Targets::Hard,
        &site,
        say,
        observer,
        p.outlook(1, done),
    )?;
    let (distilled, dcfg) = train_distilled(p, &teacher_path, &site, done, say, observer)?;

    let results = [
        (teacher, PAPER_TEACHER),
        (small, PAPER_SMALL),
        (distilled, PAPER_DISTILLED),
    ]
    .map(|(mut m, paper)| {
        m.paper = paper;
        m
    });
    let outputs = Outputs {
        preset: p,
        distilled: &dcfg,
        device,
        seconds_this_invocation: started.elapsed().as_secs_f64(),
    };
    let results_json = outputs.write(dir, data.test.len(), &results)?;
    say(&table(&results));
    Ok(results_json)
}

/// The distilled student: the teacher's soft targets (cached beside its checkpoint), the loss's
/// floor (said when any epoch is left to train), then its training. Returns its result and its
/// settings as run (the soft targets' source filled in).
fn train_distilled(
    p: &Preset,
    teacher_path: &Path,
    site: &TrainingSite,
    done: [usize; 3],
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
) -> Result<(ModelResult, TrainConfig)> {
    let (logits, dcfg) = open_soft_targets(p, teacher_path, site.train, say)?;
    let targets = Targets::Soft {
        teacher: logits.logits(),
        t: p.temperature,
        alpha: p.alpha,
    };
    if done[2] < dcfg.schedule.epochs {
        let classes = dcfg.arch.classes();
        let floor =
            crate::distill::soft_term_floor(logits.logits(), classes, p.temperature, p.alpha);
        say(&format!(
            "distilled: loss α·T²·CE(teacher, student) + (1 − α)·CE(labels, student), whose soft \
             part cannot fall below {floor:.2} (α·T² times the teacher's entropy at T = {})",
            p.temperature
        ));
    }
    let distilled = train_model(
        "distilled",
        &dcfg,
        &targets,
        site,
        say,
        observer,
        p.outlook(2, done),
    )?;
    Ok((distilled, dcfg))
}

/// The checks of a run that need neither its folder nor a checkpoint: the device built in, the
/// preset's settings, and the data (images of 784 pixels, 10 classes, room for the teacher's
/// jitter, and with `--all` the classes section 3 cuts). [`run_on`] makes them first; a caller that
/// takes the folder before it (`mnist --all` holds it through section 3) makes them before that,
/// so that a run refused for them leaves no folder behind. Cheap: no pass over the data.
pub fn check_run(opts: &Options, device: Device, data: &DataDir) -> Result<()> {
    device.check_supported()?;
    opts.preset.validate(opts.all)?;
    for d in [&data.train, &data.test] {
        d.check_fits(784, 10)?;
    }
    data.train.check_shift(opts.preset.teacher.jitter)?;
    if opts.all {
        crate::experiments::section3::check_data(data)?;
    }
    Ok(())
}

/// Makes and locks the run folder (and `sweep/`, where section 3 or `--fresh` needs it), checks
/// the outputs' names, deletes what `--fresh` starts over (once the device is known to open) and
/// removes killed runs' temporary files; [`check_run`] has checked the data, so that `--fresh`
/// does not delete a run's results for a data folder it cannot use. Returns the locks, `sweep/`'s first:
/// a tuple drops its fields in order, so the run folder's lock goes last, as a run that finds it
/// free must find `sweep/` free too.
fn claim_folder(
    opts: &Options,
    device: Device,
    say: &mut dyn FnMut(&str),
) -> Result<(Option<crate::io::FolderLock>, crate::io::FolderLock)> {
    let dir = &opts.dir;
    crate::io::create_folder(dir)?;
    let run_lock = crate::io::lock_folder(dir)?;
    check_output_names(dir, opts.all)?;
    // `sweep/` may be shared with `sweep --shard` runs: its records go under its own lock, taken
    // now for section 3 and for --fresh's deletions.
    let sweep = dir.join("sweep");
    let sweep_lock = if opts.all {
        Some(hold_sweep_folder(dir)?)
    } else if opts.fresh && sweep.is_dir() {
        Some(crate::io::lock_folder(&sweep)?)
    } else {
        None
    };
    if opts.fresh {
        // Nor for a GPU it cannot open.
        device.check_usable()?;
        for f in files() {
            match std::fs::remove_file(dir.join(f)) {
                // A folder of the user's under one of section 3's names, or a file of theirs
                // named `sweep` (without --all; `check_output_names` refuses both with it):
                // nothing of ours there.
                Err(e)
                    if !matches!(
                        e.kind(),
                        std::io::ErrorKind::NotFound
                            | std::io::ErrorKind::NotADirectory
                            | std::io::ErrorKind::IsADirectory
                    ) =>
                {
                    return Err(Error::io(&dir.join(f), "remove", e))
                }
                _ => {}
            }
        }
    }
    // The run folder is this run's (locked); its `sweep/` may be shared with `sweep --shard` runs,
    // possibly in other containers whose live processes look dead from here.
    let stale = crate::io::remove_stale_temps(dir, None)
        + crate::io::remove_stale_temps(&dir.join("sweep"), Some(crate::io::SHARED_TEMP_AGE));
    if stale > 0 {
        say(&format!(
            "removed {stale} temporary file(s) left by a killed run"
        ));
    }
    Ok((sweep_lock, run_lock))
}

/// Says what will be trained and how long it is expected to take, from the reference machine's
/// figures and, for a long run on the CPU, a second's timing of this one.
fn announce(
    opts: &Options,
    device: Device,
    data: &DataDir,
    done: [usize; 3],
    say: &mut dyn FnMut(&str),
) {
    let (p, dir) = (&opts.preset, &opts.dir);
    let continuing = if done.iter().any(|&d| d > 0) {
        format!(
            " (continuing from the epochs done: teacher {}, small net {}, distilled {})",
            done[0], done[1], done[2]
        )
    } else {
        String::new()
    };
    let table_seconds = p.estimate(done);
    let section3_seconds = opts.all.then(|| {
        let teacher_done = done[0] >= p.teacher.schedule.epochs;
        crate::experiments::section3::estimate(p, dir, data, teacher_done)
    });
    // Worth a second of timing only where the reference machine's estimate is over a minute.
    let speed = if device == Device::Cpu && table_seconds + section3_seconds.unwrap_or(0.0) > 60.0 {
        measure_speed(p, data)
    } else {
        None
    };
    let expected = expected_duration(table_seconds, section3_seconds, speed);
    say(&format!(
        "preset {}: teacher {} epochs, small net {}, distilled {}; {expected}{continuing}",
        p.name, p.teacher.schedule.epochs, p.small.schedule.epochs, p.distilled.schedule.epochs,
    ));
    if device != Device::Cpu {
        say(&format!(
            "training on --device {device} (the estimate above is for the CPU)"
        ));
    }
}

/// The teacher's logits over the transfer set (the cache beside `teacher`, computed where missing
/// or stale), and the distilled student's settings with their source filled in.
fn open_soft_targets(
    p: &Preset,
    teacher: &Path,
    train: &Dataset,
    say: &mut dyn FnMut(&str),
) -> Result<(TeacherLogits, TrainConfig)> {
    let cache = TeacherLogits::default_path(teacher, 0);
    let wanted = p.distilled.train_subset.unwrap_or(usize::MAX);
    let (logits, computed) =
        TeacherLogits::open_or_compute(&cache, teacher, train, wanted, 0, Stale::Recompute)?;
    if computed {
        say(&format!(
            "computed the teacher's logits over the {} transfer examples",
            logits.key.examples
        ));
    }
    // On stderr, as a resumed model's note: `say` is silent under --json.
    if let Some(note) = logits.numerics_note() {
        eprintln!("{note}");
    }
    let mut dcfg = p.distilled.clone();
    dcfg.soft = Some(SoftSpec {
        temperature: p.temperature,
        alpha: p.alpha,
        teacher_sha256: logits.key.teacher_sha256.clone(),
    });
    Ok((logits, dcfg))
}

/// What the run's outputs record besides the three models' results.
struct Outputs<'a> {
    preset: &'a Preset,
    /// The distilled student's settings as trained (its soft targets' source filled in).
    distilled: &'a TrainConfig,
    device: Device,
    /// Wall time of this invocation from the first model on.
    seconds_this_invocation: f64,
}

impl Outputs<'_> {
    /// Writes `results.json`, `errors.svg` and `report.md` into `dir`, each whole or not at all;
    /// returns the results' JSON.
    fn write(&self, dir: &Path, test_examples: usize, results: &[ModelResult; 3]) -> Result<Value> {
        let results_json = self.results_json(results);
        write_atomic(
            &dir.join("results.json"),
            format!("{results_json:#}\n").as_bytes(),
        )?;
        let svg = errors_svg(&self.preset.name, test_examples, results);
        write_atomic(&dir.join("errors.svg"), svg.as_bytes())?;
        let machine = results_json["machine"]
            .as_str()
            .unwrap_or("unknown machine");
        let report = self.report_md(results, machine);
        write_atomic(&dir.join("report.md"), report.as_bytes())?;
        Ok(results_json)
    }

    /// `results.json`: the three models' results and settings, and where this invocation ran.
    fn results_json(&self, results: &[ModelResult; 3]) -> Value {
        let p = self.preset;
        let mut results_json = json!({
            "preset": p.name,
            "teacher": results[0].to_json(),
            "small": results[1].to_json(),
            "distilled": results[2].to_json(),
            "distillation": {
                "temperature": crate::json::f32_value(p.temperature),
                "alpha": crate::json::f32_value(p.alpha),
            },
            "configs": {
                "teacher": p.teacher.to_json(),
                "small": p.small.to_json(),
                "distilled": self.distilled.to_json(),
            },
            "seed": p.teacher.seed,
            // This invocation's threads, SIMD level, product and machine (and device, below): a
            // rerun that only reports a finished run records its own. Where each model's epochs
            // ran is its `numerics`.
            "threads": rayon::current_num_threads(),
            "simd": simd::active_isa().name(),
            "gemm": crate::gemm::backend().name(),
            "machine": machine(),
            // Wall time of this invocation from the first model on; the three models' training time
            // over every invocation.
            "seconds_this_invocation": self.seconds_this_invocation,
            "seconds_total": results.iter().map(|r| r.seconds).sum::<f64>(),
        });
        if self.device != Device::Cpu {
            results_json["device"] = self.device.to_string().into();
        }
        results_json
    }

    /// `report.md`: the table, the distillation settings, and where the arithmetic ran.
    fn report_md(&self, results: &[ModelResult; 3], machine: &str) -> String {
        let p = self.preset;
        let ran_on = where_it_ran(results, &crate::train::cpu_numerics(), machine);
        format!(
            "# MNIST: our run of the paper's distillation table (preset {})\n\n{}\n\nDistillation at T = {}, α = {} on the T²-scaled soft term.\n\
             Seed {}, {ran_on}.\n\n![test errors per epoch](errors.svg)\n",
            p.name,
            table(results),
            p.temperature,
            p.alpha,
            p.teacher.seed,
        )
    }
}

/// `errors.svg`: each model's test errors per epoch on a log scale, the paper's as a reference line.
fn errors_svg(preset: &str, test_examples: usize, results: &[ModelResult; 3]) -> String {
    svg_plot(
        &format!("MNIST test errors per epoch (preset {preset})"),
        "epoch",
        &format!(
            "test errors (of {}, log scale)",
            words::thousands(test_examples)
        ),
        &results
            .iter()
            .zip(["#1f77b4", "#d62728", "#2ca02c"])
            .map(|(r, colour)| Series {
                name: r.name,
                colour,
                points: r
                    .curve
                    .iter()
                    .enumerate()
                    .map(|(i, &e)| ((i + 1) as f64, e as f64))
                    .collect(),
                reference: Some(r.paper as f64),
                dashed: false,
            })
            .collect::<Vec<_>>(),
        None,
    )
}

/// The Markdown table of the three models.
pub fn table(results: &[ModelResult]) -> String {
    let mut t = String::from("| model | architecture | test errors (ours) | test errors (paper) | epochs | wall time |\n|---|---|---:|---:|---:|---:|\n");
    for r in results {
        t.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            r.name,
            r.arch,
            r.test_errors,
            r.paper,
            r.epochs,
            wall_time(r.seconds)
        ));
    }
    t
}

/// Seconds for the table, to two significant figures below ten (a small preset's models take
/// well under a second, which whole seconds would show as 0), whole ones above.
fn wall_time(seconds: f64) -> String {
    if seconds < 0.995 {
        format!("{seconds:.2} s")
    } else if seconds < 9.95 {
        format!("{seconds:.1} s")
    } else {
        format!("{seconds:.0} s")
    }
}

/// Where a run's models train: the device, the training set (for section 3's students, their
/// transfer set), the test set evaluated after every epoch, and the run folder that holds each
/// model's checkpoint and history.
pub(crate) struct TrainingSite<'a> {
    pub device: Device,
    pub train: &'a Dataset,
    pub test: &'a Dataset,
    pub dir: &'a Path,
}

/// Trains (or continues, or skips) one model at `site`; returns its figures from the checkpoint's
/// history. `outlook`, for the table's models, goes to the observer (see [`Observer::outlook`]).
pub(crate) fn train_model(
    name: &'static str,
    cfg: &TrainConfig,
    targets: &Targets,
    site: &TrainingSite,
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
    outlook: Option<(f64, f64)>,
) -> Result<ModelResult> {
    let TrainingSite {
        device,
        train,
        test,
        dir,
    } = *site;
    let path = dir.join(format!("{name}.safetensors"));
    let cfg = &TrainConfig {
        data_sha256: Some(train.fingerprint()),
        test_sha256: Some(test.fingerprint()),
        ..cfg.clone()
    };
    let mut t = open_model(cfg, &path, device)?;
    let jsonl = dir.join(format!("{name}.jsonl"));
    let write_history = |t: &Engine| {
        let lines: String = t
            .history()
            .iter()
            .map(|h| format!("{}\n", h.to_json()))
            .collect();
        write_atomic(&jsonl, lines.as_bytes())
    };
    if t.epoch() >= cfg.schedule.epochs {
        say(&format!(
            "{name}: done ({}), skipping",
            words::count(t.epoch(), "epoch")
        ));
        // A kill between the last checkpoint and its history line would leave the file short.
        write_history(&t)?;
    } else {
        // On stderr, as `train` gives it: `say` is silent under --json.
        if let Some(note) = t.numerics_note(&path) {
            eprintln!("{note}");
        }
        say(&format!(
            "{name} {}: epochs {}..{}",
            cfg.arch,
            t.epoch() + 1,
            cfg.schedule.epochs
        ));
        let mut obs = observer(name, cfg.schedule.epochs);
        if let Some((epoch_seconds, after_seconds)) = outlook {
            obs.outlook(epoch_seconds, after_seconds);
        }
        // Each epoch's line once its checkpoint and history are written.
        let remaining = cfg.schedule.epochs.saturating_sub(t.epoch());
        crate::train::each_epoch_saved(remaining, obs.as_mut(), |obs| {
            t.train_epoch(train, test, targets, obs)?;
            t.checkpoint(train.len()).save(&path)?;
            write_history(&t)
        })?;
    }
    if let Some(traffic) = t.traffic() {
        say(&format!("{name}: {traffic}"));
    }
    model_result(name, cfg, &t, &path)
}

/// A trained model's figures for the table, from its checkpoint's history (`path` names the
/// checkpoint in the error for a history that is empty).
fn model_result(
    name: &'static str,
    cfg: &TrainConfig,
    t: &Engine,
    path: &Path,
) -> Result<ModelResult> {
    let last = t
        .history()
        .last()
        .ok_or_else(|| Error::checkpoint(path, "no epoch history"))?;
    Ok(ModelResult {
        name,
        arch: cfg.arch.to_string(),
        test_errors: last.test_errors,
        paper: 0,
        epochs: t.epoch(),
        seconds: t.history().iter().map(|h| h.seconds).sum(),
        curve: t.history().iter().map(|h| h.test_errors).collect(),
        numerics: numeric_paths(t.history()),
        weights_sha256: t.weights_sha256(),
    })
}

/// The run `cfg` (its data fingerprints set) saved at `path`: resumed from its checkpoint if there is
/// one, refused if this run cannot read or continue it (with the way out only where the checkpoint
/// itself is at fault: damaged, of other settings or data); else a new one.
fn open_model(cfg: &TrainConfig, path: &Path, device: Device) -> Result<Engine> {
    if !path.exists() {
        return Engine::new(cfg.clone(), device);
    }
    // The way out goes on the checkpoint's own problems (damaged, of other settings or data); the
    // hint goes on the problem, and the path is named once.
    let start_over = |e: Error| match e {
        Error::Checkpoint { problem, .. } | Error::Config { problem, .. } => {
            Error::checkpoint(path, format!("{problem}; {START_OVER}"))
        }
        e => Error::checkpoint(path, format!("{e}; {START_OVER}")),
    };
    // A file that cannot be read is not a reason to delete it.
    let ck = Checkpoint::load(path).map_err(|e| match e {
        Error::Io { .. } => e,
        e => start_over(e),
    })?;
    crate::train::check_resumable(cfg, &ck, path).map_err(|e| match e {
        // The epochs are the preset's here, not a flag of this command.
        Error::Config { flag, .. } if flag == "--epochs" => {
            let planned = ck.config.get("epochs").and_then(|e| e.as_u64());
            let what = match planned {
                Some(n) if ck.epoch <= cfg.schedule.epochs => format!(
                    "it was trained on a schedule of {} ({} done)",
                    words::count(n as usize, "epoch"),
                    ck.epoch
                ),
                _ => format!("it has done {}", words::count(ck.epoch, "epoch")),
            };
            Error::checkpoint(
                path,
                format!(
                    "{what}, where this preset's schedule is {}; {START_OVER}",
                    cfg.schedule.epochs
                ),
            )
        }
        e => start_over(e),
    })?;
    // What remains (the device, memory) is not the checkpoint's fault, but for a checkpoint
    // without the optimiser's state.
    Engine::resume(cfg.clone(), ck, path, device).map_err(|e| match e {
        Error::Checkpoint { .. } => start_over(e),
        e => e,
    })
}

/// The run folder without `--out`: `runs/mnist-PRESET`, and for a seed other than the default 1
/// `runs/mnist-PRESET-seedN`, so that runs of other seeds do not meet a finished table's folder.
pub fn default_folder(preset: &str, seed: u64) -> PathBuf {
    match seed {
        1 => PathBuf::from(format!("runs/mnist-{preset}")),
        _ => PathBuf::from(format!("runs/mnist-{preset}-seed{seed}")),
    }
}

/// Refuses a folder whose teacher is another run's (another seed's or preset's), in those words.
/// Each model would be refused in turn with the advice to delete it, which would only move the
/// refusal to the next model, and delete a finished run (`mnist --seed 4` without `--out` used to
/// land in seed 1's folder). A teacher that cannot be read is left to the checks of each model.
fn check_same_run(p: &Preset, dir: &Path) -> Result<()> {
    let Ok(ck) = Checkpoint::load(&dir.join("teacher.safetensors")) else {
        return Ok(());
    };
    let field = |key: &str| ck.config.get(key).and_then(|v| v.as_u64());
    let mut differences = Vec::new();
    let mut elsewhere = String::new();
    if let Some(seed) = field("seed").filter(|&s| s != p.teacher.seed) {
        differences.push(format!("seed {seed} (this run {})", p.teacher.seed));
        // Not where that is this folder: one made before seeds had folders of their own.
        let default = default_folder(&p.name, p.teacher.seed);
        if !crate::io::same_path(&default, dir) {
            elsewhere = format!(
                " (without --out, seed {} runs in {})",
                p.teacher.seed,
                default.display()
            );
        }
    }
    if ck.mlp.arch != p.teacher.arch {
        differences.push(format!(
            "a {} teacher (this preset's is {})",
            ck.mlp.arch, p.teacher.arch
        ));
    }
    let epochs = p.teacher.schedule.epochs;
    if let Some(n) = field("epochs").filter(|&n| n != epochs as u64) {
        differences.push(format!(
            "a teacher of {} (this preset's has {epochs})",
            words::count(n as usize, "epoch")
        ));
    }
    if differences.is_empty() {
        return Ok(());
    }
    Err(Error::config(
        "--out",
        format!(
            "{} holds another run, with {}: choose another --out{elsewhere}, or rerun with \
             --fresh to replace that run",
            dir.display(),
            differences.join(", ")
        ),
    ))
}

/// The way out of a checkpoint a run cannot continue: only that model need train again.
const START_OVER: &str = "delete it to train this model again, or rerun with --fresh to start over";

/// Opens `dir/NAME.safetensors`, if there is one, as [`train_model`] would continue it with `cfg`
/// on `train` and `test`, and lets it go: a checkpoint the run cannot continue is refused before
/// anything trains.
pub(crate) fn check_resumable(
    name: &str,
    cfg: &TrainConfig,
    train: &Dataset,
    test: &Dataset,
    dir: &Path,
) -> Result<()> {
    let path = dir.join(format!("{name}.safetensors"));
    if !path.exists() {
        return Ok(());
    }
    let cfg = TrainConfig {
        data_sha256: Some(train.fingerprint()),
        test_sha256: Some(test.fingerprint()),
        ..cfg.clone()
    };
    open_model(&cfg, &path, Device::Cpu).map(drop)
}

/// Opens every checkpoint of the table's three models in `dir` (and, with `all`, of section 3's
/// two cut students) that the run would continue, so that one it cannot (other settings or data,
/// a damaged file) is refused before anything trains, not after the models before it. The
/// students' settings name their teacher's checksum: with a teacher still to train they cannot be
/// continued at all.
fn check_table_resumable(p: &Preset, dir: &Path, data: &DataDir, all: bool) -> Result<()> {
    check_same_run(p, dir)?;
    let (train, test) = (&data.train, &data.test);
    check_resumable("teacher", &p.teacher, train, test, dir)?;
    check_resumable("small", &p.small, train, test, dir)?;
    let cut_students = if all { &CUT_STUDENTS[..] } else { &[] };
    let students: Vec<PathBuf> = std::iter::once("distilled")
        .chain(cut_students.iter().copied())
        .map(|name| dir.join(format!("{name}.safetensors")))
        .filter(|path| path.exists())
        .collect();
    let Some(first) = students.first() else {
        return Ok(());
    };
    let teacher = dir.join("teacher.safetensors");
    let teacher_epochs = epochs_done(dir)[0];
    if teacher_epochs < p.teacher.schedule.epochs {
        // The teacher will train (again): its checksum cannot be the one the students name.
        let found = if teacher.exists() {
            format!(
                "{} holds {} of its {}",
                teacher.display(),
                words::count(teacher_epochs, "epoch"),
                p.teacher.schedule.epochs
            )
        } else {
            format!("{} is missing", teacher.display())
        };
        return Err(Error::checkpoint(
            first,
            format!(
                "its soft targets came from a finished teacher, and this folder's will train \
                 again ({found}); {START_OVER}"
            ),
        ));
    }
    let bytes = crate::io::read_regular(&teacher).map_err(|e| Error::io(&teacher, "read", e))?;
    let sha = crate::checkpoint::sha256_hex(&bytes);
    let mut cfg = p.distilled.clone();
    cfg.soft = Some(SoftSpec {
        temperature: p.temperature,
        alpha: p.alpha,
        teacher_sha256: sha.clone(),
    });
    check_resumable("distilled", &cfg, train, test, dir)?;
    if all {
        check_cut_students_resumable(p, &sha, data, dir)?;
    }
    Ok(())
}

/// The numeric paths of `history`, one entry per stretch of epochs on the same path (unrecorded
/// ones left out).
fn numeric_paths(history: &[crate::train::EpochStats]) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    for h in history {
        if !h.numerics.is_empty() && paths.last() != Some(&h.numerics) {
            paths.push(h.numerics.clone());
        }
    }
    paths
}

/// A one-line description of the machine: CPU model and core count.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("{cpu}, {cores} cores, {}", std::env::consts::ARCH)
}

/// The report's line on where the models' arithmetic ran, decided by the numeric paths their
/// epochs recorded (not by this invocation's `--device`, which may only be reporting a finished
/// run). Where every recorded path is `own`, this process's (or none is recorded): this process's
/// threads and SIMD level, as `results.json`'s `threads` and `simd`. Otherwise (a GPU, or another
/// CPU path, did some of it) this process's would mislead, so the line names the paths, each
/// once, in the order the models first used them. `machine` is the one writing the report. The
/// paths do not record threads or machines: a run on the same path with other threads, or on
/// another machine of the same path, is shown with this process's.
fn where_it_ran(results: &[ModelResult; 3], own: &str, machine: &str) -> String {
    let mut paths: Vec<&str> = Vec::new();
    for path in results.iter().flat_map(|r| &r.numerics) {
        if !paths.contains(&path.as_str()) {
            paths.push(path);
        }
    }
    if paths.iter().all(|&p| p == own) {
        return format!(
            "{}, SIMD {}, {machine}",
            words::count(rayon::current_num_threads(), "thread"),
            simd::active_isa().name(),
        );
    }
    format!("on {}; host {machine}", paths.join(", then "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::Arch;

    /// A made-up model's figures (not [`super::model_result`], which reads a trained engine's).
    fn sample_result(name: &'static str, seconds: f64, numerics: &[&str]) -> ModelResult {
        ModelResult {
            name,
            arch: "784-10".into(),
            test_errors: 1,
            paper: 2,
            epochs: 3,
            seconds,
            curve: vec![1],
            numerics: numerics.iter().map(|p| p.to_string()).collect(),
            weights_sha256: String::new(),
        }
    }

    #[test]
    fn the_table_shows_short_wall_times_to_two_figures() {
        let model = |name, seconds| sample_result(name, seconds, &[]);
        let t = table(&[
            model("teacher", 0.043),
            model("small", 9.94),
            model("distilled", 9.96),
            model("long", 565.4),
        ]);
        let cells: Vec<&str> = t
            .lines()
            .skip(2)
            .map(|l| l.rsplit('|').nth(1).unwrap().trim())
            .collect();
        assert_eq!(cells, ["0.04 s", "9.9 s", "10 s", "565 s"]);
    }

    /// A report names the numeric paths where a GPU or another CPU path did any of the
    /// arithmetic, each once and in order, not this process's threads and SIMD level; a run
    /// made on this process's own path names those.
    #[test]
    fn the_report_says_where_the_arithmetic_ran() {
        const OWN: &str = "cpu avx512";
        const HOST: &str = "Xeon, 16 cores, x86_64";
        let (h200, own, host) = ("cuda NVIDIA H200, compute 9.0, cuBLAS 13.1.0", OWN, HOST);
        fn ran(paths: [&[&str]; 3]) -> String {
            let [t, s, d] = paths;
            let results = [
                sample_result("teacher", 1.0, t),
                sample_result("small", 1.0, s),
                sample_result("distilled", 1.0, d),
            ];
            where_it_ran(&results, OWN, HOST)
        }
        assert_eq!(
            ran([&[h200], &[h200], &[h200]]),
            format!("on {h200}; host {host}")
        );
        // Resumed from a CPU checkpoint: both paths, in the order they were used.
        assert_eq!(
            ran([&[own, h200], &[h200], &[h200]]),
            format!("on {own}, then {h200}; host {host}")
        );
        // A GPU run continued on this CPU: not only the last path.
        assert_eq!(
            ran([&[h200, own], &[own], &[own]]),
            format!("on {h200}, then {own}; host {host}")
        );
        // Another CPU path than this process's (a run reported on another machine).
        assert_eq!(
            ran([&["cpu avx2"], &["cpu avx2"], &["cpu avx2"]]),
            format!("on cpu avx2; host {host}")
        );
        let threads = words::count(rayon::current_num_threads(), "thread");
        let simd = simd::active_isa().name();
        for mine in [[&[own][..], &[own], &[]], [&[], &[], &[]]] {
            assert_eq!(ran(mine), format!("{threads}, SIMD {simd}, {host}"));
        }
    }

    /// A preset built by hand is checked whole before the teacher trains: a bad distilled
    /// student, or (with --all) a bad section-3 setting, used to fail only at its turn.
    #[test]
    fn a_hand_built_preset_is_refused_before_any_model_trains() {
        let p = Preset::tiny(1);
        assert!(p.validate(true).is_ok());
        let refused = |p: &Preset, all: bool| p.validate(all).unwrap_err().to_string();
        let mut bad = p.clone();
        bad.temperature = 0.0;
        let e = refused(&bad, false);
        assert!(
            e.contains("preset tiny, distilled") && e.contains("--temperature"),
            "{e}"
        );
        let mut bad = p.clone();
        bad.distilled.arch = Arch(vec![784, 8, 5]);
        assert!(refused(&bad, false).contains("784 inputs and 10 classes"));
        let mut bad = p.clone();
        bad.sweep.temperatures.push(-1.0);
        assert!(
            bad.validate(false).is_ok(),
            "section 3 is checked only with --all"
        );
        let e = refused(&bad, true);
        assert!(
            e.contains("preset tiny, section 3") && e.contains("found -1"),
            "{e}"
        );
        // mnist::run checks it before it makes its folder.
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("run");
        let opts = Options {
            preset: bad,
            dir: dir.clone(),
            fresh: false,
            all: true,
        };
        let data = DataDir::open(&crate::data::default_data_dir()).unwrap();
        let e = run(&opts, &data, &mut |_| {}, &mut |_, _| {
            Box::new(crate::train::Silent) as Box<dyn Observer>
        });
        let e = e.expect_err("a bad sweep temperature").to_string();
        assert!(
            e.contains("preset tiny, section 3") && e.contains("found -1"),
            "{e}"
        );
        assert!(!dir.exists());
    }
}
