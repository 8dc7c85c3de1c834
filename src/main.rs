//! The command line: parse, call the library, print. Errors are one line on stderr and exit status
//! 2 (usage) or 1 (data, files, numerics).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use distil::checkpoint::{sha256_hex, Checkpoint};
use distil::data::{default_data_dir, DataDir};
use distil::device::{Device, Engine};
use distil::distill::{parse_classes, ClassFilter, Stale, TeacherLogits};
use distil::error::{Error, Result};
use distil::experiments::{bias, mnist, section3, sweep};
use distil::fidelity;
use distil::io::write_atomic;
use distil::nn::optim::LrSchedule;
use distil::nn::{Arch, Init, Mlp, Workspace};
use distil::simd;
use distil::train::{argmax, evaluate, EpochStats, Observer, SoftSpec, Targets, TrainConfig};

#[derive(Parser)]
#[command(
    name = "distil",
    version,
    about = "Train and distil multilayer perceptrons on IDX data (Hinton, Vinyals & Dean 2015)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train an MLP with cross-entropy on the labels.
    ///
    /// Example: `train --arch 784-800-800-10 --epochs 2 --out small.safetensors` reaches about 2% test
    /// error on MNIST in two epochs.
    Train(TrainArgs),
    /// Train a student on a teacher's soft targets at temperature T (and the labels, weighted 1 − α).
    ///
    /// The transfer set is the training set without jitter. The teacher's logits are computed once
    /// and cached beside it, keyed to the teacher's and the data's checksums. With --jitter K the
    /// transfer set is jittered and the teacher labels each translated batch itself (no cache;
    /// outside the paper's protocol).
    Distill(DistillArgs),
    /// Evaluate a checkpoint on the test set: errors, errors per class, confusion matrix.
    Eval(EvalArgs),
    /// Reproduce the paper's MNIST table: the teacher, the small net alone, the distilled small net.
    ///
    /// Paper (test errors of 10,000): teacher 67, small net 146, distilled 74. The default preset
    /// reached 70, 142 and 92 in 40 minutes on 2 cores (AVX2); `--preset quick` about 120,
    /// 154 and 130 in under 6 minutes. Everything goes to a run folder; running the command again
    /// continues where it stopped. `--all` adds the rest of the paper's MNIST section.
    Mnist(MnistArgs),
    /// Distil students of several widths at several temperatures from one teacher (section 3).
    ///
    /// Each finished run appends a line to OUT/sweep.jsonl and is skipped when rerun, so a sweep
    /// resumes, and `--shard K/M` splits it over processes or machines (concatenate the files).
    /// Writes OUT/sweep.md (mean ± sd over seeds) and OUT/sweep.svg.
    Sweep(SweepArgs),
    /// Seconds per epoch of the teacher, the small net and a distillation epoch, GFLOP/s against
    /// this machine's FMA peak (measured in the same run), teacher inference and peak memory.
    Bench(BenchArgs),
}

#[derive(Args)]
struct BenchArgs {
    /// Timed epochs per model, after one warm-up epoch (the median is reported)
    #[arg(long, default_value_t = 3)]
    epochs: usize,
    /// Training examples per epoch [default: 60000, or 6000 with --scaling]
    #[arg(long)]
    examples: Option<usize>,
    /// Time 784-W-W-10 nets over a grid of hidden widths and batch sizes instead of the three models
    #[arg(long)]
    scaling: bool,
    /// Hidden widths of --scaling
    #[arg(long, default_value = "30,300,800,1200,2400", requires = "scaling")]
    widths: String,
    /// Batch sizes of --scaling
    #[arg(long, default_value = "10,100,1000", requires = "scaling")]
    batches: String,
    /// Another engine's --scaling figures as JSON (scripts/pytorch_epoch.py --model scaling --json),
    /// shown beside ours, with the ratios
    #[arg(long, value_name = "FILE", requires = "scaling")]
    compare: Option<PathBuf>,
    /// Time each matrix-product backend on the training step's products instead, side by side
    #[arg(long, conflicts_with = "scaling")]
    gemm: bool,
    /// Rounds of --gemm (each times every backend once; medians are reported)
    #[arg(long, default_value_t = 9, requires = "gemm")]
    rounds: usize,
    /// Folder to write scaling.json, scaling.md and scaling.svg into
    #[arg(long, value_name = "DIR", requires = "scaling")]
    out: Option<PathBuf>,
    #[command(flatten)]
    device: DeviceArgs,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct SweepArgs {
    /// The teacher's checkpoint (e.g. runs/mnist-default/teacher.safetensors)
    #[arg(long)]
    teacher: PathBuf,
    /// Temperatures; inf is matching logits
    #[arg(long, default_value = "1,2,2.5,3,4,5,8,10,20,inf")]
    temperatures: String,
    /// Hidden widths (two hidden layers of each)
    #[arg(long, default_value = "30,300,800")]
    widths: String,
    /// Seeds per (width, temperature)
    #[arg(long, default_value_t = 1)]
    seeds: usize,
    /// Epochs per student (the recipe is the mnist default preset's distilled student's)
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Weight of the T²-scaled soft term (that of `mnist --all`'s sweep)
    #[arg(long, default_value_t = mnist::SECTION3_ALPHA)]
    alpha: f32,
    /// Run only this share: K/M takes every M-th run from the K-th
    #[arg(long, default_value = "1/1")]
    shard: String,
    /// Sweep folder
    #[arg(long, default_value = "runs/sweep")]
    out: PathBuf,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct Common {
    /// Folder holding the four MNIST-named IDX files, raw or .gz [default: the shipped datasets/mnist]
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Worker threads (results do not depend on it) [default: all cores]
    #[arg(long)]
    threads: Option<usize>,
    /// Print one JSON object per epoch (train) or per evaluation instead of text
    #[arg(long)]
    json: bool,
}

/// `--device`, shared by every command that trains (train, distill, mnist; bench will reuse it).
#[derive(Args, Clone, Copy)]
struct DeviceArgs {
    /// cpu | cuda | cuda:N — where to train; cuda needs an NVIDIA GPU and a build with `--features cuda`
    #[arg(long, default_value = "cpu", value_name = "cpu|cuda[:N]", value_parser = parse_device)]
    device: Device,
}

impl DeviceArgs {
    /// The device, if this build supports it (a usage error, exit status 2, otherwise).
    fn get(self) -> Result<Device> {
        self.device.check_supported()
    }
}

fn parse_device(s: &str) -> std::result::Result<Device, String> {
    Device::parse(s).map_err(|e| match e {
        Error::Config { problem, .. } => problem,
        e => e.to_string(),
    })
}

/// The settings shared by `train` and `distill`: the network, its regularisation and optimiser.
#[derive(Args)]
struct RunArgs {
    /// Layer widths, input to output, e.g. 784-1200-1200-10
    #[arg(long)]
    arch: String,
    /// Drop probability of input pixels
    #[arg(long, default_value_t = 0.0)]
    dropout_input: f32,
    /// Drop probability of hidden units
    #[arg(long, default_value_t = 0.0)]
    dropout_hidden: f32,
    /// Cap on the L2 norm of each hidden unit's incoming weights
    #[arg(long)]
    max_norm: Option<f32>,
    /// Translate each training image by up to ±K pixels (fresh every epoch)
    #[arg(long, default_value_t = 0, value_name = "K")]
    jitter: usize,
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    #[arg(long, default_value_t = 100)]
    batch: usize,
    /// Initial learning rate
    #[arg(long, default_value_t = 0.05)]
    lr: f64,
    /// constant | exponential:DECAY | step:EVERY:GAMMA | cosine[:FLOOR] (per-batch cosine to FLOOR·lr)
    #[arg(long, default_value = "cosine")]
    lr_schedule: String,
    /// Momentum (the final value when it ramps)
    #[arg(long, default_value_t = 0.9)]
    momentum: f64,
    /// Momentum at epoch 0, rising linearly to --momentum over --momentum-epochs
    #[arg(long)]
    momentum_start: Option<f64>,
    #[arg(long, default_value_t = 0)]
    momentum_epochs: usize,
    /// Multiply the learning rate by (1 − momentum), as in the 2012 dropout recipe
    #[arg(long)]
    scale_lr_by_momentum: bool,
    /// scaled (N(0, 2/fan_in)) | small (N(0, 1/(3·fan_in)), PyTorch's default variance) | normal:SIGMA (the 2012 recipe: normal:0.01)
    #[arg(long, default_value = "scaled")]
    init: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Train on the first N training examples only
    #[arg(long, value_name = "N")]
    train_subset: Option<usize>,
    /// Checkpoint file (safetensors), rewritten after every epoch
    #[arg(long)]
    out: PathBuf,
    /// Continue the run saved in --out (starts afresh if the file does not exist yet)
    #[arg(long)]
    resume: bool,
    #[command(flatten)]
    device: DeviceArgs,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct TrainArgs {
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Args)]
struct DistillArgs {
    /// The teacher's checkpoint
    #[arg(long)]
    teacher: PathBuf,
    /// Temperature of the soft targets (the paper's MNIST result uses 20); `inf` matches the
    /// zero-meaned logits instead (section 2.1, the limit of large T)
    #[arg(long, default_value_t = 20.0)]
    temperature: f32,
    /// Weight of the T²-scaled soft term; 1 − alpha weighs the labels' cross-entropy (the mnist
    /// default preset's: it beat 0.9 on five of six paired MNIST students, docs/recipe.md)
    #[arg(long, default_value_t = mnist::TABLE_ALPHA)]
    alpha: f32,
    /// The teacher's logits cache [default: the teacher's path with .logits appended]
    #[arg(long)]
    logits_cache: Option<PathBuf>,
    /// Leave these classes out of the transfer set, e.g. 3 (the paper's "mythical digit")
    #[arg(long, conflicts_with = "keep_classes")]
    omit_classes: Option<String>,
    /// Keep only these classes in the transfer set, e.g. 7,8
    #[arg(long)]
    keep_classes: Option<String>,
    /// An experiment outside the paper's protocol: soft targets from the teacher's logits averaged
    /// over every translation of each transfer image by up to ±K pixels (the student still sees
    /// only untranslated images). 0: off
    #[arg(long, value_name = "K", default_value_t = 0)]
    teacher_shifts: usize,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Args)]
struct MnistArgs {
    /// default (the paper's comparison) | quick (at most 10 minutes on 2 cores) | tiny (seconds; a smoke test)
    #[arg(long, default_value = "default")]
    preset: String,
    /// Run folder [default: runs/mnist-<preset>]
    #[arg(long)]
    out: Option<PathBuf>,
    /// Start over, deleting the run folder's previous results
    #[arg(long)]
    fresh: bool,
    /// After the table, the rest of the paper's MNIST section: the temperature sweep (widths 30,
    /// 300, 800; T from 1 to 20 and matching logits), a transfer set without 3s, one of only 7s and
    /// 8s, and their bias shifts; one paper.md with every paper number beside ours
    #[arg(long)]
    all: bool,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[command(flatten)]
    device: DeviceArgs,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct EvalArgs {
    /// Checkpoint to evaluate
    #[arg(long)]
    model: PathBuf,
    /// Also search the one shift of these classes' output biases that minimises the test errors,
    /// e.g. 3 (section 3 of the paper); the search is over the test set itself, as the paper's
    #[arg(long)]
    shift_classes: Option<String>,
    /// Also measure how closely the model reproduces this teacher, on the training (transfer) set
    /// and on the test set: top-class disagreements and T² · KL(teacher ‖ model)
    #[arg(long)]
    teacher: Option<PathBuf>,
    /// Temperature of the divergence measured against --teacher
    #[arg(long, default_value_t = 20.0)]
    temperature: f32,
    #[command(flatten)]
    common: Common,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version print in full; usage errors become one line, like every other error.
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            eprintln!("{}", one_line(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// A clap error's message up to its first blank line (which precedes the usage hint), on one line.
fn one_line(message: &str) -> String {
    let head: Vec<&str> = message
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .collect();
    head.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(cli: Cli) -> Result<()> {
    simd::selected().map_err(|e| Error::config(simd::ENV_VAR, e.message))?;
    distil::gemm::selected().map_err(|e| Error::config(distil::gemm::ENV_VAR, e))?;
    match cli.command {
        Command::Train(a) => {
            a.run.device.get()?;
            let data = setup(&a.run.common)?;
            train(a.run, data, None)
        }
        Command::Distill(a) => distill(a),
        Command::Eval(a) => eval(a),
        Command::Mnist(a) => mnist(a),
        Command::Sweep(a) => sweep_cmd(a),
        Command::Bench(a) => bench_cmd(a),
    }
}

/// The progress printers of the long-running commands: status lines (none with `--json`) and, per
/// model, a progress observer labelled with its name.
fn printers(
    json: bool,
) -> (
    impl FnMut(&str),
    impl FnMut(&str, usize) -> Box<dyn Observer>,
) {
    let say = move |line: &str| {
        if !json {
            println!("{line}");
        }
    };
    let observer = move |name: &str, epochs: usize| -> Box<dyn Observer> {
        let mut p = Progress::new(json, epochs);
        p.label = format!("{name} ");
        Box::new(p)
    };
    (say, observer)
}

fn bench_cmd(a: BenchArgs) -> Result<()> {
    if a.epochs == 0 {
        return Err(Error::config(
            "--epochs",
            "expected at least 1 timed epoch, found 0",
        ));
    }
    let examples = a.examples.unwrap_or(if a.scaling { 6_000 } else { 60_000 });
    if examples == 0 {
        return Err(Error::config(
            "--examples",
            "expected a positive number of examples, found 0",
        ));
    }
    let device = a.device.get()?;
    let json = a.common.json;
    let opts = distil::bench::Options {
        epochs: a.epochs,
        examples,
        device,
    };
    let (mut say, _) = printers(json);
    if a.gemm {
        if a.rounds == 0 {
            return Err(Error::config(
                "--rounds",
                "expected at least 1 round, found 0",
            ));
        }
        let result = distil::bench::gemm_comparison(a.rounds, &mut say);
        if json {
            println!("{result}");
        }
        return Ok(());
    }
    if a.scaling {
        let widths = positive_list("--widths", &a.widths)?;
        let batches = positive_list("--batches", &a.batches)?;
        let reference = match &a.compare {
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| Error::io(path, "cannot read", e))?;
                let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                    Error::data(
                        path.display().to_string(),
                        "a JSON object from pytorch_epoch.py --model scaling --json",
                        e.to_string(),
                    )
                })?;
                if !v["rows"].is_array() {
                    return Err(Error::data(
                        path.display().to_string(),
                        "an object with a \"rows\" list",
                        "no \"rows\" list",
                    ));
                }
                Some(v)
            }
            None => None,
        };
        if let Some(dir) = &a.out {
            if !dir.is_dir() {
                return Err(Error::config(
                    "--out",
                    format!("{}: not a folder", dir.display()),
                ));
            }
        }
        let mut data = setup(&a.common)?;
        let result = distil::bench::scaling(&mut data, &widths, &batches, &opts, &mut say)?;
        let name = reference
            .as_ref()
            .map(|r| r["engine"].as_str().unwrap_or("reference").to_string());
        let (md, svg) =
            distil::bench::scaling_report(&result, name.as_deref().zip(reference.as_ref()));
        if let Some(dir) = &a.out {
            write_atomic(
                &dir.join("scaling.json"),
                format!("{result:#}\n").as_bytes(),
            )?;
            write_atomic(&dir.join("scaling.md"), md.as_bytes())?;
            write_atomic(&dir.join("scaling.svg"), svg.as_bytes())?;
        }
        if json {
            println!("{result}");
        } else {
            print!("{md}");
        }
        return Ok(());
    }
    let mut data = setup(&a.common)?;
    let result = distil::bench::run(&mut data, &opts, &mut say)?;
    if json {
        println!("{result}");
    } else {
        println!(
            "peak resident memory: {:.0} MiB",
            result["peak_rss_mb"].as_f64().unwrap_or(0.0)
        );
    }
    Ok(())
}

/// "30,300,800" as positive integers; an error names the flag and the value.
fn positive_list(flag: &str, s: &str) -> Result<Vec<usize>> {
    s.split(',')
        .map(|w| match w.trim().parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(Error::config(
                flag,
                format!("expected positive integers like 30,300,800, found '{s}'"),
            )),
        })
        .collect()
}

fn sweep_cmd(a: SweepArgs) -> Result<()> {
    let temperatures = sweep::parse_temperatures(&a.temperatures)?;
    let widths = positive_list("--widths", &a.widths)?;
    if a.seeds == 0 {
        return Err(Error::config(
            "--seeds",
            "expected at least 1 seed, found 0",
        ));
    }
    let mut base = mnist::Preset::get("default", 1)?.distilled;
    base.schedule.epochs = a.epochs;
    let spec = sweep::Spec {
        temperatures,
        widths,
        seeds: a.seeds,
        base,
        alpha: a.alpha,
        shard: sweep::parse_shard(&a.shard)?,
    };
    for r in spec.runs() {
        spec.config(&r, "").validate()?;
    }
    let data = setup(&a.common)?;
    let cache = TeacherLogits::default_path(&a.teacher, 0);
    let (logits, _) = TeacherLogits::open_or_compute(
        &cache,
        &a.teacher,
        &data.train,
        usize::MAX,
        0,
        Stale::Recompute,
    )?;
    let json = a.common.json;
    let (mut say, mut observer) = printers(json);
    let records = sweep::run(
        &spec,
        &a.out,
        &data.train,
        &data.test,
        logits.logits(),
        &logits.key.teacher_sha256,
        &mut say,
        &mut observer,
    )?;
    if !json {
        println!("{}", sweep::report(&records));
        println!("table: {}", a.out.join("sweep.md").display());
    }
    Ok(())
}

/// Applies --threads and opens the data folder.
fn setup(c: &Common) -> Result<DataDir> {
    if let Some(t) = c.threads {
        if t == 0 {
            return Err(Error::config(
                "--threads",
                "expected at least 1 thread, found 0",
            ));
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(t)
            .build_global()
            .map_err(|e| Error::config("--threads", e.to_string()))?;
    }
    DataDir::open(&c.data_dir.clone().unwrap_or_else(default_data_dir))
}

fn parse_lr_schedule(s: &str) -> Result<LrSchedule> {
    let bad = || {
        Error::config("--lr-schedule", format!("expected constant, exponential:DECAY, step:EVERY:GAMMA or cosine[:FLOOR], found '{s}'"))
    };
    let parts: Vec<&str> = s.split(':').collect();
    let num = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0)
            .ok_or_else(bad)
    };
    Ok(match parts[0] {
        "constant" if parts.len() == 1 => LrSchedule::Constant,
        "exponential" if parts.len() == 2 => LrSchedule::Exponential { decay: num(1)? },
        "step" if parts.len() == 3 => {
            let every = parts[1]
                .parse::<usize>()
                .ok()
                .filter(|&e| e > 0)
                .ok_or_else(bad)?;
            LrSchedule::Step {
                every,
                gamma: num(2)?,
            }
        }
        "cosine" if parts.len() == 1 => LrSchedule::Cosine { floor: 0.0 },
        "cosine" if parts.len() == 2 => LrSchedule::Cosine { floor: num(1)? },
        _ => return Err(bad()),
    })
}

fn train_config(a: &RunArgs) -> Result<TrainConfig> {
    let mut cfg = TrainConfig::new(Arch::parse(&a.arch)?);
    cfg.dropout_input = a.dropout_input;
    cfg.dropout_hidden = a.dropout_hidden;
    cfg.max_norm = a.max_norm;
    cfg.jitter = a.jitter;
    cfg.batch = a.batch;
    cfg.schedule.epochs = a.epochs;
    cfg.schedule.lr = a.lr;
    cfg.schedule.lr_schedule = parse_lr_schedule(&a.lr_schedule)?;
    cfg.schedule.momentum_end = a.momentum;
    cfg.schedule.momentum_start = a.momentum_start.unwrap_or(a.momentum);
    cfg.schedule.momentum_epochs = a.momentum_epochs;
    cfg.schedule.scale_by_one_minus_momentum = a.scale_lr_by_momentum;
    cfg.init = Init::parse(&a.init)?;
    cfg.seed = a.seed;
    cfg.train_subset = a.train_subset;
    cfg.validate()?;
    Ok(cfg)
}

/// Where a student's soft targets come from.
enum TeacherSource {
    /// The teacher's logits over the untranslated transfer set, memory-mapped from the cache.
    Cached(TeacherLogits),
    /// The teacher itself, run on every batch as the student sees it (a jittered transfer set).
    Live { net: Mlp, sha256: String },
}

/// Soft targets for `train`: where they come from and the distillation settings.
struct Soft {
    source: TeacherSource,
    temperature: f32,
    alpha: f32,
    /// Cut the transfer set down to some classes.
    filter: Option<ClassFilter>,
}

fn distill(a: DistillArgs) -> Result<()> {
    // Check every flag before the (possibly long) teacher pass.
    a.run.device.get()?;
    let mut cfg = train_config(&a.run)?;
    cfg.soft = Some(SoftSpec {
        temperature: a.temperature,
        alpha: a.alpha,
        teacher_sha256: String::new(),
    });
    cfg.validate()?;
    let classes = cfg.arch.classes();
    let filter = match (&a.omit_classes, &a.keep_classes) {
        (Some(l), None) => Some(ClassFilter::Omit(parse_classes(
            "--omit-classes",
            l,
            classes,
        )?)),
        (None, Some(l)) => Some(ClassFilter::Keep(parse_classes(
            "--keep-classes",
            l,
            classes,
        )?)),
        _ => None,
    };
    let data = setup(&a.run.common)?;
    if a.run.jitter > 0 {
        return distill_jittered(a, data);
    }
    if a.teacher_shifts > 0 {
        match data.train.image_hw() {
            Some((h, w)) if a.teacher_shifts < h.min(w) => {}
            Some((h, w)) => {
                return Err(Error::config(
                    "--teacher-shifts",
                    format!(
                        "a shift smaller than the {h} × {w} images, not {}",
                        a.teacher_shifts
                    ),
                ))
            }
            None => {
                return Err(Error::config(
                    "--teacher-shifts",
                    "images (a 3-dimensional IDX file) to translate; these data are flat vectors",
                ))
            }
        }
    }
    let cache = a
        .logits_cache
        .clone()
        .unwrap_or_else(|| TeacherLogits::default_path(&a.teacher, a.teacher_shifts));
    if !a.run.common.json {
        println!(
            "teacher {}: logits cache {}",
            a.teacher.display(),
            cache.display()
        );
    }
    // A cache the user named is theirs: refuse it when stale rather than overwrite it.
    let stale = if a.logits_cache.is_some() {
        Stale::Refuse
    } else {
        Stale::Recompute
    };
    // The transfer set: the training examples the student will see (all, or --train-subset).
    let wanted = a.run.train_subset.unwrap_or(usize::MAX);
    let (logits, computed) = TeacherLogits::open_or_compute(
        &cache,
        &a.teacher,
        &data.train,
        wanted,
        a.teacher_shifts,
        stale,
    )?;
    if !a.run.common.json && computed {
        println!(
            "computed the teacher's logits over {} transfer examples",
            logits.key.examples
        );
    }
    if a.teacher_shifts > 0 && !a.run.common.json {
        // What the averaging does to the teacher itself, on the test set.
        let ck = Checkpoint::load(&a.teacher)?;
        let labels = &data.test.labels;
        let errors = |shifts| {
            let z = distil::distill::compute_logits(&ck, &data.test, labels.len(), shifts);
            let c = ck.mlp.arch.classes();
            z.chunks_exact(c)
                .zip(labels)
                .filter(|(row, &l)| argmax(row) != l as usize)
                .count()
        };
        println!(
            "teacher test errors: {} as it is, {} averaged over shifts of up to ±{} px",
            errors(0),
            errors(a.teacher_shifts),
            a.teacher_shifts
        );
    }
    train(
        a.run,
        data,
        Some(Soft {
            source: TeacherSource::Cached(logits),
            temperature: a.temperature,
            alpha: a.alpha,
            filter,
        }),
    )
}

/// `distill --jitter K`: a jittered transfer set, outside the paper's protocol (its transfer set
/// holds no translated images). Each batch is translated as in `train --jitter` and the teacher
/// labels the translated images itself, so there are no logits to cache.
fn distill_jittered(a: DistillArgs, data: DataDir) -> Result<()> {
    let not_with = |flag: &str, why: &str| {
        Error::config(
            flag,
            format!("cannot be combined with --jitter, where the teacher labels each translated image itself: {why}"),
        )
    };
    if a.run.device.get()? != Device::Cpu {
        return Err(not_with(
            "--device",
            "that runs on the CPU only; use --device cpu",
        ));
    }
    if a.teacher_shifts > 0 {
        return Err(not_with("--teacher-shifts", "there is nothing to average"));
    }
    if a.logits_cache.is_some() {
        return Err(not_with("--logits-cache", "there is no cache"));
    }
    for (flag, set) in [
        ("--omit-classes", a.omit_classes.is_some()),
        ("--keep-classes", a.keep_classes.is_some()),
    ] {
        if set {
            return Err(not_with(flag, "a cut transfer set needs cached logits"));
        }
    }
    let (teacher, bytes) = Checkpoint::load_with_bytes(&a.teacher)?;
    if !a.run.common.json {
        println!(
            "teacher {}: run on every batch of the ±{} px jittered transfer set (no logits cache)",
            a.teacher.display(),
            a.run.jitter
        );
    }
    train(
        a.run,
        data,
        Some(Soft {
            source: TeacherSource::Live {
                net: teacher.mlp,
                sha256: sha256_hex(&bytes),
            },
            temperature: a.temperature,
            alpha: a.alpha,
            filter: None,
        }),
    )
}

fn train(a: RunArgs, mut data: DataDir, soft: Option<Soft>) -> Result<()> {
    let mut cfg = train_config(&a)?;
    // A transfer set cut down to some classes: the examples and their teacher logits, in memory.
    let mut cut_logits = None;
    if let Some(s) = &soft {
        let (teacher_classes, source) = match &s.source {
            TeacherSource::Cached(l) => (l.key.classes, l.key.source()),
            TeacherSource::Live { net, sha256 } => {
                if net.arch.inputs() != cfg.arch.inputs() {
                    return Err(Error::config(
                        "--arch",
                        format!(
                            "the student's {} inputs must match the teacher's {}",
                            cfg.arch.inputs(),
                            net.arch.inputs()
                        ),
                    ));
                }
                (net.arch.classes(), sha256.clone())
            }
        };
        if teacher_classes != cfg.arch.classes() {
            return Err(Error::config(
                "--arch",
                format!(
                    "the student's {} outputs must match the teacher's {} classes",
                    cfg.arch.classes(),
                    teacher_classes
                ),
            ));
        }
        cfg.soft = Some(SoftSpec {
            temperature: s.temperature,
            alpha: s.alpha,
            teacher_sha256: source,
        });
        cfg.validate()?;
        if let (Some(f), TeacherSource::Cached(logits)) = (&s.filter, &s.source) {
            let n = cfg.train_subset.unwrap_or(usize::MAX);
            let classes = cfg.arch.classes();
            let (cut, rows) = f.apply(&data.train, n, logits.logits(), classes)?;
            if !a.common.json {
                println!("transfer set: {} of the training examples ({f})", cut.len());
            }
            data.train = cut;
            cfg.transfer_classes = Some(f.clone());
            cut_logits = Some(rows);
        }
    }
    if a.out.exists() && !a.resume {
        return Err(Error::config(
            "--out",
            format!(
                "{} already exists: pass --resume to continue it, or choose another file",
                a.out.display()
            ),
        ));
    }
    data.train
        .check_fits(cfg.arch.inputs(), cfg.arch.classes())?;
    data.test
        .check_fits(cfg.arch.inputs(), cfg.arch.classes())?;
    if cfg.jitter > 0 && data.train.image_hw.is_none() {
        return Err(Error::config(
            "--jitter",
            "needs rank-3 image files (count × height × width)",
        ));
    }
    if let Some(dir) = a.out.parent() {
        let dir = if dir.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            dir
        };
        // Before any training: a checkpoint that cannot be written would waste the first epoch.
        if !dir.is_dir() {
            return Err(Error::io(
                &a.out,
                "write",
                std::io::Error::new(std::io::ErrorKind::NotFound, "its folder does not exist"),
            ));
        }
        distil::io::remove_stale_temps(dir);
    }
    let device = a.device.get()?;
    let mut trainer = if a.resume && a.out.exists() {
        let t = Engine::resume(cfg.clone(), Checkpoint::load(&a.out)?, &a.out, device)?;
        if !a.common.json {
            println!(
                "resuming {} after epoch {} of {}",
                a.out.display(),
                t.epoch(),
                cfg.schedule.epochs
            );
        }
        t
    } else {
        Engine::new(cfg.clone(), device)?
    };
    if !a.common.json {
        println!(
            "training {} on {} examples: {} epochs, batch {}, {}",
            cfg.arch,
            cfg.examples_used(data.train.len()),
            cfg.schedule.epochs,
            cfg.batch,
            trainer.describe()
        );
    }
    let targets = match soft.as_ref().map(|s| (s, &s.source)) {
        None => Targets::Hard,
        Some((s, TeacherSource::Cached(logits))) => Targets::Soft {
            teacher: cut_logits.as_deref().unwrap_or(logits.logits()),
            t: s.temperature,
            alpha: s.alpha,
        },
        Some((s, TeacherSource::Live { net, .. })) => Targets::Teacher {
            net,
            t: s.temperature,
            alpha: s.alpha,
        },
    };
    let mut obs = Progress::new(a.common.json, cfg.schedule.epochs);
    trainer.run(&data.train, &data.test, &targets, Some(&a.out), &mut obs)?;
    obs.finish();
    if let (Some(t), false) = (trainer.traffic(), a.common.json) {
        println!("device traffic: {t}");
    }
    Ok(())
}

fn mnist(a: MnistArgs) -> Result<()> {
    let device = a.device.get()?;
    let preset = mnist::Preset::get(&a.preset, a.seed)?;
    let dir = a
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("runs/mnist-{}", preset.name)));
    let data = setup(&a.common)?;
    let opts = mnist::Options {
        preset,
        dir: dir.clone(),
        fresh: a.fresh,
    };
    let json = a.common.json;
    let (mut say, mut observer) = printers(json);
    let results = mnist::run_on(&opts, device, &data, &mut say, &mut observer)?;
    let rest = if a.all {
        Some(section3::run_rest(
            &opts,
            device,
            &data,
            &results,
            &mut say,
            &mut observer,
        )?)
    } else {
        None
    };
    if json {
        println!("{}", rest.unwrap_or(results));
    } else {
        println!("results: {}", dir.join("results.json").display());
        println!("report:  {}", dir.join("report.md").display());
        if rest.is_some() {
            println!("section 3: {}", dir.join("paper.md").display());
        }
    }
    Ok(())
}

fn eval(a: EvalArgs) -> Result<()> {
    fidelity::check_temperature("--temperature", a.temperature)?;
    let ck = Checkpoint::load(&a.model)?;
    let teacher = match &a.teacher {
        Some(path) => {
            let t = Checkpoint::load(path)?;
            let (tv, mv) = (&t.mlp.arch, &ck.mlp.arch);
            if (tv.inputs(), tv.classes()) != (mv.inputs(), mv.classes()) {
                return Err(Error::checkpoint(
                    path,
                    format!(
                        "--teacher must have the model's {} inputs and {} classes, this one is {tv}",
                        mv.inputs(),
                        mv.classes()
                    ),
                ));
            }
            Some(t)
        }
        None => None,
    };
    let data = setup(&a.common)?;
    let arch = &ck.mlp.arch;
    data.test.check_fits(arch.inputs(), arch.classes())?;
    let mut ws = Workspace::new(arch, 500);
    let ev = evaluate(&ck.mlp, &data.test, &mut ws);
    // (transfer set, test set) fidelity to the teacher.
    let fid = teacher.as_ref().map(|t| {
        let on = |set: &distil::data::Dataset| {
            let n = set.len();
            let v = distil::distill::compute_logits(t, set, n, 0);
            let z = distil::distill::compute_logits(&ck, set, n, 0);
            fidelity::measure(&v, &z, arch.classes(), a.temperature)
        };
        (on(&data.train), on(&data.test))
    });
    let shift = match &a.shift_classes {
        None => None,
        Some(list) => {
            let classes = parse_classes("--shift-classes", list, arch.classes())?;
            let logits = distil::distill::compute_logits(&ck, &data.test, data.test.len(), 0);
            let s = bias::best_shift(&logits, &data.test.labels, arch.classes(), &classes);
            Some((classes, s))
        }
    };
    if a.common.json {
        let j = serde_json::json!({
            "model": a.model.display().to_string(),
            "arch": arch.to_string(),
            "test_errors": ev.errors,
            "test_examples": ev.examples,
            "per_class_errors": ev.per_class_errors,
            "confusion": ev.confusion,
            "shift": shift.as_ref().map(|(c, s)| serde_json::json!({
                "classes": c,
                "delta": s.delta,
                "errors_before": s.errors_before,
                "errors_after": s.errors_after,
                "class_errors_before": s.class_errors_before,
                "class_errors_after": s.class_errors_after,
            })),
            "fidelity": fid.as_ref().map(|(train, test)| {
                let one = |f: &fidelity::Fidelity| serde_json::json!({
                    "examples": f.examples,
                    "disagreements": f.disagreements,
                    "kl_t2": f.kl_t2,
                });
                serde_json::json!({
                    "teacher": a.teacher.as_ref().map(|p| p.display().to_string()),
                    "temperature": a.temperature,
                    "train": one(train),
                    "test": one(test),
                })
            }),
        });
        println!("{j}");
        return Ok(());
    }
    println!(
        "{}: {} test errors of {} ({:.2}%)",
        a.model.display(),
        ev.errors,
        ev.examples,
        100.0 * ev.errors as f64 / ev.examples.max(1) as f64
    );
    println!("errors per class: {:?}", ev.per_class_errors);
    if let Some((c, s)) = &shift {
        println!(
            "best shift of the output bias of class(es) {c:?}: {:+.3}; test errors {} → {} (on those classes {} → {})",
            s.delta, s.errors_before, s.errors_after, s.class_errors_before, s.class_errors_after
        );
    }
    if let (Some((train, test)), Some(path)) = (&fid, &a.teacher) {
        println!(
            "fidelity to teacher {} (T = {}): disagreements / T²·KL(teacher ‖ model)",
            path.display(),
            a.temperature
        );
        for (name, f) in [("training set", train), ("test set", test)] {
            println!(
                "  {name:<12} {:>6} of {:>6}   {:.4}",
                f.disagreements, f.examples, f.kl_t2
            );
        }
    }
    println!("confusion matrix (rows: true class, columns: predicted):");
    print!("{:>6}", "");
    for c in 0..arch.classes() {
        print!("{c:>6}");
    }
    println!();
    for (t, row) in ev.confusion.iter().enumerate() {
        print!("{t:>6}");
        for v in row {
            print!("{v:>6}");
        }
        println!();
    }
    Ok(())
}

/// Progress bars on stderr (hidden when it is not a terminal), one line per epoch on stdout.
struct Progress {
    /// Printed before "epoch" (the model's name in `mnist`).
    label: String,
    json: bool,
    epochs: usize,
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new(json: bool, epochs: usize) -> Self {
        Progress {
            label: String::new(),
            json,
            epochs,
            bar: None,
        }
    }
    fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn batch(&mut self, epoch: usize, done: usize, total: usize, loss: f64, err_rate: f64) {
        if self.json {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let b = ProgressBar::new(total as u64);
            b.set_style(
                ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg} ETA {eta}")
                    .expect("valid template")
                    .progress_chars("=> "),
            );
            b
        });
        bar.set_prefix(format!("{}epoch {epoch}/{}", self.label, self.epochs));
        bar.set_position(done as u64);
        if done.is_multiple_of(10) || done == total {
            bar.set_message(format!("loss {loss:.4} train err {:.2}%", 100.0 * err_rate));
        }
    }

    fn epoch(&mut self, s: &EpochStats) {
        self.finish();
        if self.json {
            let mut j = s.to_json();
            if !self.label.is_empty() {
                j["model"] = self.label.trim().into();
            }
            println!("{j}");
        } else {
            println!(
                "{}epoch {}/{}: loss {:.4}, train errors {:.2}%, test errors {} of {} ({:.2}%), {:.1} s",
                self.label,
                s.epoch,
                self.epochs,
                s.train_loss,
                100.0 * s.train_errors as f64 / s.train_examples.max(1) as f64,
                s.test_errors,
                s.test_examples,
                100.0 * s.test_errors as f64 / s.test_examples.max(1) as f64,
                s.seconds
            );
        }
    }
}
