//! The flags of every command (clap), and turning them into the library's settings.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use distil::data::{default_data_dir, DataDir, Dataset};
use distil::device::Device;
use distil::distill::{parse_finite_temperature, parse_temperature};
use distil::error::{Error, Result};
use distil::experiments::preset;
use distil::nn::optim::{LrSchedule, Optimizer, ADAM_BETA2, ADAM_EPS};
use distil::nn::{Arch, Init};
use distil::train::TrainConfig;

#[derive(Parser)]
#[command(
    name = "distil",
    version,
    about = "Train and distil multilayer perceptrons on IDX data (Hinton, Vinyals & Dean 2015)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Train an MLP with cross-entropy on the labels.
    ///
    /// Example: `train --arch 784-800-800-10 --epochs 2 --out small.safetensors` reaches about 2.3% test
    /// error on MNIST in two epochs.
    Train(TrainArgs),
    /// Train a student on a teacher's soft targets at temperature T (and the labels, weighted 1 − α).
    ///
    /// The transfer set is the training set without jitter, or the images of --transfer-set (labelled
    /// or not). The teacher's logits are computed once
    /// and cached beside it, keyed to the teacher's and the data's checksums. With --jitter K the
    /// transfer set is jittered and the teacher labels each translated batch itself (no cache;
    /// outside the paper's protocol).
    Distill(DistillArgs),
    /// Evaluate a checkpoint on the test set: errors, errors per class, confusion matrix.
    Eval(EvalArgs),
    /// Classify the items of an IDX file with a checkpoint; write the classes (or logits) as IDX.
    Predict(PredictArgs),
    /// Reproduce the paper's MNIST table: the teacher, the small net alone, the distilled small net.
    ///
    /// Paper (test errors of 10,000): teacher 67, small net 146, distilled 74. The default preset
    /// reached 70, 142 and 92 in 33 to 40 minutes on 2 cores with AVX2, 13 to 31 with AVX-512;
    /// `--preset quick` 120, 154 and 130 in about 2 to 6 minutes. Everything goes to a run folder; running
    /// the command again continues where it stopped. `--all` adds the rest of the paper's MNIST
    /// section.
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

impl Command {
    /// `--threads`, which every command has.
    pub fn threads(&self) -> Option<usize> {
        match self {
            Command::Train(a) => a.run.common.threads,
            Command::Distill(a) => a.run.common.threads,
            Command::Eval(a) => a.common.threads,
            Command::Predict(a) => a.threads,
            Command::Mnist(a) => a.common.threads,
            Command::Sweep(a) => a.common.threads,
            Command::Bench(a) => a.common.threads,
        }
    }
}

#[derive(Args)]
pub struct PredictArgs {
    /// Checkpoint to run
    #[arg(long)]
    pub model: PathBuf,
    /// IDX file of the items to classify, raw or .gz, each of the model's input width (u8 values
    /// are scaled to [0, 1], as in training)
    #[arg(long)]
    pub images: PathBuf,
    /// IDX file to write (an IDX or empty file there, such as earlier predictions, is replaced;
    /// any other file is refused): each item's predicted class, as unsigned bytes
    /// (32-bit integers above 256 classes)
    #[arg(long)]
    pub out: PathBuf,
    /// Write the logits instead, f32, items × classes
    #[arg(long)]
    pub logits: bool,
    /// Worker threads (results do not depend on it) [default: all cores]
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print one JSON object instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct BenchArgs {
    /// Timed epochs per model, after one warm-up epoch (the median is reported)
    #[arg(long, default_value_t = 3, conflicts_with = "gemm")]
    pub epochs: usize,
    /// Training examples per epoch, or the whole training set if smaller [default: 60000, or 6000
    /// with --scaling]
    #[arg(long, conflicts_with = "gemm")]
    pub examples: Option<usize>,
    /// Time 784-W-W-10 nets over a grid of hidden widths and batch sizes instead of the three models
    #[arg(long)]
    pub scaling: bool,
    // The --scaling options also conflict with --gemm: `requires = "scaling"` alone lets them
    // through beside --gemm (which conflicts with --scaling), and they would be ignored.
    /// Hidden widths of --scaling
    #[arg(
        long,
        default_value = "30,300,800,1200,2400",
        requires = "scaling",
        conflicts_with = "gemm"
    )]
    pub widths: String,
    /// Batch sizes of --scaling, each at most the examples of an epoch
    #[arg(
        long,
        default_value = "10,100,1000",
        requires = "scaling",
        conflicts_with = "gemm"
    )]
    pub batches: String,
    /// Another engine's --scaling figures as JSON (scripts/pytorch_epoch.py --model scaling --json),
    /// shown beside ours, with the ratios
    #[arg(
        long,
        value_name = "FILE",
        requires = "scaling",
        conflicts_with = "gemm"
    )]
    pub compare: Option<PathBuf>,
    /// Time each matrix-product backend on the training step's products instead, side by side
    #[arg(long, conflicts_with = "scaling")]
    pub gemm: bool,
    /// Rounds of --gemm, 1 to 1000 (each times every backend once; medians are reported)
    #[arg(
        long,
        default_value_t = 9,
        requires = "gemm",
        conflicts_with = "scaling"
    )]
    pub rounds: usize,
    /// Folder to write scaling.json, scaling.md and scaling.svg into
    #[arg(
        long,
        value_name = "DIR",
        requires = "scaling",
        conflicts_with = "gemm"
    )]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub device: DeviceArgs,
    #[command(flatten)]
    pub common: Common,
}

/// `sweep --temperatures`' default: the paper's, and matching logits.
pub const SWEEP_TEMPERATURES: &str = "1,2,2.5,3,4,5,8,10,20,inf";

#[derive(Args)]
pub struct SweepArgs {
    /// The teacher's checkpoint (e.g. runs/mnist-default/teacher.safetensors)
    #[arg(long)]
    pub teacher: PathBuf,
    /// Temperatures, each from 0.01 to 10000; inf is matching logits (on the CPU only)
    #[arg(long, default_value = SWEEP_TEMPERATURES)]
    pub temperatures: String,
    /// Hidden widths (two hidden layers of each)
    #[arg(long, default_value = "30,300,800")]
    pub widths: String,
    /// Seeds per (width, temperature)
    #[arg(long, default_value_t = 1)]
    pub seeds: usize,
    /// Epochs per student (the recipe is the mnist default preset's distilled student's)
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Weight of the T²-scaled soft term (that of `mnist --all`'s sweep)
    #[arg(long, default_value_t = preset::SECTION3_ALPHA)]
    pub alpha: f32,
    /// Run only this share: K/M takes every M-th run from the K-th
    #[arg(long, default_value = "1/1")]
    pub shard: String,
    /// Sweep folder
    #[arg(long, default_value = "runs/sweep")]
    pub out: PathBuf,
    /// The teacher's logits cache [default: the teacher's path with .logits appended]; one named
    /// here is refused when stale, not overwritten (a teacher in a read-only folder needs one)
    #[arg(long, value_name = "FILE")]
    pub logits_cache: Option<PathBuf>,
    #[command(flatten)]
    pub device: DeviceArgs,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct Common {
    /// Folder holding the four MNIST-named IDX files, raw or .gz [default: the shipped datasets/mnist]
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// IDX files under other names instead of --data-dir (raw or .gz; all four together, or for
    /// eval without --teacher the test pair alone): the training images
    #[arg(long, requires_all = ["train_labels", "test_images", "test_labels"], conflicts_with = "data_dir")]
    pub train_images: Option<PathBuf>,
    /// The training labels (with --train-images)
    #[arg(long, requires = "train_images", conflicts_with = "data_dir")]
    pub train_labels: Option<PathBuf>,
    /// The test images (with --test-labels, and --train-images except for eval without --teacher)
    #[arg(long, requires = "test_labels", conflicts_with = "data_dir")]
    pub test_images: Option<PathBuf>,
    /// The test labels (with --test-images)
    #[arg(long, requires = "test_images", conflicts_with = "data_dir")]
    pub test_labels: Option<PathBuf>,
    /// Worker threads (results do not depend on it) [default: all cores]
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print JSON instead of text: one object per epoch (train, distill, sweep; mnist, then its
    /// results), per evaluation (eval) or per run (bench)
    #[arg(long)]
    pub json: bool,
}

/// `--device`, shared by every command that trains (train, distill, mnist, sweep, bench).
#[derive(Args, Clone, Copy)]
pub struct DeviceArgs {
    /// cpu | cuda | cuda:N — where to train; cuda needs an NVIDIA GPU and a build with `--features cuda`
    #[arg(long, default_value = "cpu", value_name = "cpu|cuda[:N]", value_parser = parse_device)]
    pub device: Device,
}

impl DeviceArgs {
    /// The device, if this build supports it (a usage error, exit status 2, otherwise).
    pub fn get(self) -> Result<Device> {
        self.device.check_supported()
    }
}

/// Parses a drop probability. The range itself is checked with the other settings
/// (`TrainConfig::validate`); this only keeps a value just below 1 that f32 rounds up to 1 from
/// being refused as "found 1".
fn parse_probability(s: &str) -> std::result::Result<f32, String> {
    parse_below_one(s, "a probability")
}

/// Parses Adam's β2, as [`parse_probability`] does a probability.
fn parse_decay(s: &str) -> std::result::Result<f32, String> {
    parse_below_one(s, "a decay")
}

/// An f32 meant to lie in [0, 1): `what` it is names it in the message.
fn parse_below_one(s: &str, what: &str) -> std::result::Result<f32, String> {
    let p: f32 = s
        .trim()
        .parse()
        .map_err(|_| format!("expected {what} in [0, 1), found '{s}'"))?;
    if p == 1.0 && s.trim().parse::<f64>().is_ok_and(|v| v < 1.0) {
        return Err(format!(
            "{s} rounds to 1 in f32: expected {what} in [0, 1), at most about 0.99999994"
        ));
    }
    Ok(p)
}

fn parse_device(s: &str) -> std::result::Result<Device, String> {
    Device::parse(s).map_err(|e| match e {
        Error::Config { problem, .. } => problem,
        e => e.to_string(),
    })
}

/// The settings shared by `train` and `distill`: the network, its regularisation and optimiser.
#[derive(Args)]
pub struct RunArgs {
    /// Layer widths, input to output, e.g. 784-1200-1200-10
    #[arg(long)]
    pub arch: String,
    /// Drop probability of input pixels
    #[arg(long, default_value_t = 0.0, value_parser = parse_probability)]
    pub dropout_input: f32,
    /// Drop probability of hidden units
    #[arg(long, default_value_t = 0.0, value_parser = parse_probability)]
    pub dropout_hidden: f32,
    /// Cap on the L2 norm of each hidden unit's incoming weights
    #[arg(long)]
    pub max_norm: Option<f32>,
    /// Translate each training image by up to ±K pixels (fresh every epoch); needs one-channel
    /// images, an IDX file of count × height × width
    #[arg(long, default_value_t = 0, value_name = "K")]
    pub jitter: usize,
    /// Passes over the training set
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    /// Examples per step
    #[arg(long, default_value_t = 100)]
    pub batch: usize,
    /// Initial learning rate
    #[arg(long, default_value_t = 0.05)]
    pub lr: f64,
    /// constant | exponential:DECAY | step:EVERY:GAMMA | cosine[:FLOOR] (per-batch cosine to FLOOR·lr)
    #[arg(long, default_value = "cosine")]
    pub lr_schedule: String,
    /// Momentum (the final value when it ramps); Adam's β1
    #[arg(long, default_value_t = 0.9)]
    pub momentum: f64,
    /// Momentum at epoch 0, rising linearly to --momentum over --momentum-epochs
    #[arg(long)]
    pub momentum_start: Option<f64>,
    /// Length of the momentum ramp in epochs (0: no ramp)
    #[arg(long, default_value_t = 0)]
    pub momentum_epochs: usize,
    /// Multiply the learning rate by (1 − momentum), as in the 2012 dropout recipe (SGD)
    #[arg(long)]
    pub scale_lr_by_momentum: bool,
    /// sgd (classical momentum) | adam (Kingma & Ba 2015; --momentum is its β1, --lr its step size)
    #[arg(long, default_value = "sgd")]
    pub optimizer: String,
    /// Adam's decay of the squared-gradient average, β2 [default: 0.999]
    #[arg(long, value_parser = parse_decay)]
    pub adam_beta2: Option<f32>,
    /// Adam's ε, added to the root of the squared-gradient average [default: 1e-8]
    #[arg(long)]
    pub adam_eps: Option<f32>,
    /// scaled (N(0, 2/fan_in)) | small (N(0, 1/(3·fan_in)), PyTorch's default variance) | normal:SIGMA (the 2012 recipe: normal:0.01)
    #[arg(long, default_value = "scaled")]
    pub init: String,
    /// Seed of every random draw (initialisation, order, dropout, jitter): same seed, same bits
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Train on the first N training examples only
    #[arg(long, value_name = "N")]
    pub train_subset: Option<usize>,
    /// Checkpoint file (safetensors), rewritten after every epoch
    #[arg(long)]
    pub out: PathBuf,
    /// Continue the run saved in --out (starts afresh if the file does not exist yet)
    #[arg(long)]
    pub resume: bool,
    #[command(flatten)]
    pub device: DeviceArgs,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct TrainArgs {
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Args)]
pub struct DistillArgs {
    /// The teacher's checkpoint
    #[arg(long)]
    pub teacher: PathBuf,
    /// Temperature of the soft targets, from 0.01 to 10000 (the paper's MNIST result uses 20); `inf`
    /// matches the zero-meaned logits instead (section 2.1, the limit of large T)
    #[arg(long, default_value_t = 20.0, value_parser = parse_temperature)]
    pub temperature: f32,
    /// Weight of the T²-scaled soft term; 1 − alpha weighs the labels' cross-entropy (the mnist
    /// default preset's: it beat 0.9 on five of six paired MNIST students, docs/recipe.md)
    #[arg(long, default_value_t = preset::TABLE_ALPHA)]
    pub alpha: f32,
    /// The teacher's logits cache [default: the teacher's path with .logits appended, or
    /// .shiftsK.logits with --teacher-shifts K]
    #[arg(long)]
    pub logits_cache: Option<PathBuf>,
    /// Leave these classes out of the transfer set, e.g. 3 (the paper's "mythical digit"); at least
    /// one class must remain
    #[arg(long, conflicts_with = "keep_classes")]
    pub omit_classes: Option<String>,
    /// Keep only these classes in the transfer set, e.g. 7,8
    #[arg(long)]
    pub keep_classes: Option<String>,
    /// An experiment outside the paper's protocol: soft targets from the teacher's logits averaged
    /// over every translation of each transfer image by up to ±K pixels (the student still sees
    /// only untranslated images); needs count × height × width images. 0: off
    #[arg(long, value_name = "K", default_value_t = 0)]
    pub teacher_shifts: usize,
    /// Distil on these images instead of the training set's (an IDX file, raw or .gz); the test set
    /// stays that of --data-dir (the shipped MNIST by default) or of --test-images and
    /// --test-labels. Without --transfer-labels it needs --alpha 1, and the teacher's top class
    /// stands for the labels in the training errors and class cuts
    #[arg(long, value_name = "IMAGES", conflicts_with_all = ["train_images", "train_labels"])]
    pub transfer_set: Option<PathBuf>,
    /// The transfer set's labels, for the hard term (weighted 1 − alpha) and the training errors
    #[arg(long, value_name = "LABELS", requires = "transfer_set")]
    pub transfer_labels: Option<PathBuf>,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Args)]
pub struct MnistArgs {
    /// default (the paper's comparison) | quick (at most 10 minutes on 2 cores) | tiny (seconds; a smoke test)
    #[arg(long, default_value = "default")]
    pub preset: String,
    /// Run folder [default: runs/mnist-<preset>, or runs/mnist-<preset>-seed<N> for a --seed other
    /// than 1]
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Start over, deleting the run folder's previous results (nothing is deleted if the data do
    /// not fit, the device cannot be opened, or a sweep holds the folder's sweep/)
    #[arg(long)]
    pub fresh: bool,
    /// After the table, the rest of the paper's MNIST section: the temperature sweep (widths 30,
    /// 300, 800; T from 1 to 20 and matching logits), a transfer set without 3s, one of only 7s and
    /// 8s, and their bias shifts; one paper.md with every paper number beside ours. The sweep
    /// always runs on the CPU
    #[arg(long)]
    pub all: bool,
    /// Seed of the run: the teacher uses it, the small net seed + 1, the distilled net seed + 2
    /// (counting on from 0 past the largest seed, 2^64 − 1)
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[command(flatten)]
    pub device: DeviceArgs,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct EvalArgs {
    /// Checkpoint to evaluate
    #[arg(long)]
    pub model: PathBuf,
    /// Also search the one shift of these classes' output biases that minimises the test errors,
    /// e.g. 3 (section 3 of the paper); the search is over the test set itself, as the paper's
    #[arg(long)]
    pub shift_classes: Option<String>,
    /// Also measure how closely the model reproduces this teacher, on the training (transfer) set
    /// and on the test set: top-class disagreements and T² · KL(teacher ‖ model)
    #[arg(long)]
    pub teacher: Option<PathBuf>,
    /// Temperature of the divergence measured against --teacher, from 0.01 to 10000 (finite)
    #[arg(long, default_value_t = 20.0, value_parser = parse_finite_temperature, requires = "teacher")]
    pub temperature: f32,
    /// Also count the test errors with every test image translated by each (dx, dy) up to ±K
    /// pixels (zero fill; +dx moves it right, +dy down): how far the model's skill carries to
    /// digits off their centre, which a teacher trained with --jitter learns and its student may
    /// learn from its soft targets
    #[arg(long, value_name = "K")]
    pub translated: Option<usize>,
    /// Measure --teacher's fidelity on these images (an IDX file, raw or .gz; no labels needed)
    /// instead of the training set's, as `distill --transfer-set` learned from them
    #[arg(long, value_name = "IMAGES", requires = "teacher", conflicts_with_all = ["train_images", "train_labels"])]
    pub transfer_set: Option<PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

/// "30,300,800" as positive integers; an error names the flag and the value.
pub fn positive_list(flag: &str, s: &str) -> Result<Vec<usize>> {
    let list = s
        .split(',')
        .map(|w| match w.trim().parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(Error::config(
                flag,
                format!("expected positive integers like 30,300,800, found '{s}'"),
            )),
        })
        .collect::<Result<Vec<_>>>()?;
    distinct(flag, &list)?;
    Ok(list)
}

/// A configuration error reported under the flag the user actually gave: settings built from list
/// flags (sweep's and bench's --widths, --batches) are checked as --arch and --batch.
pub fn rename_flag(e: Error, from: &str, to: &str) -> Error {
    match e {
        Error::Config { flag, problem } if flag == from => Error::config(to, problem),
        e => e,
    }
}

/// Refuses a list that names a value twice: it would run the same thing twice and count it as two.
pub fn distinct<T: PartialEq + std::fmt::Display>(flag: &str, list: &[T]) -> Result<()> {
    for (i, v) in list.iter().enumerate() {
        if list[..i].contains(v) {
            return Err(Error::config(
                flag,
                format!("expected each value once, found {v} twice"),
            ));
        }
    }
    Ok(())
}

/// Builds rayon's global pool (once per process, before any parallel work), sized by --threads
/// if given. Without it rayon would take `RAYON_NUM_THREADS` from the environment, unchecked: that
/// variable is held to the same range, and anything else in it is an error rather than silently
/// ignored. The workers get the stack a main thread has, since the whole command runs on one.
pub fn apply_threads(threads: Option<usize>) -> Result<()> {
    let from_env = || -> Result<Option<usize>> {
        let Some(v) = std::env::var_os("RAYON_NUM_THREADS") else {
            return Ok(None);
        };
        let v = v.to_string_lossy();
        // Set but empty means unset, as for DISTIL_SIMD and DISTIL_GEMM.
        if v.trim().is_empty() {
            return Ok(None);
        }
        match v.trim().parse::<usize>() {
            Ok(t) if (1..=MAX_THREADS).contains(&t) => Ok(Some(t)),
            // rayon's own meaning of 0: all cores.
            Ok(0) => Ok(None),
            _ => Err(Error::config(
                "RAYON_NUM_THREADS",
                format!("expected 1 to {MAX_THREADS} threads (or 0: all cores), found '{v}'"),
            )),
        }
    };
    let threads = match threads {
        // Spawning is not free: 100,000 threads took minutes to start before training began.
        Some(t) if !(1..=MAX_THREADS).contains(&t) => {
            return Err(Error::config(
                "--threads",
                format!("expected 1 to {MAX_THREADS} threads, found {t}"),
            ))
        }
        Some(t) => t,
        // 0: one per core (rayon's default).
        None => from_env()?.unwrap_or(0),
    };
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(WORKER_STACK)
        .build_global()
        .map_err(|e| Error::config("--threads", e.to_string()))
}

/// A worker thread's stack: 8 MiB, what Linux gives a main thread by default (Rust's spawned
/// threads get 2 MiB). The command runs on a worker, so code that ran on the main thread before
/// (a dependency's recursion, NVRTC compiling the CUDA kernels) finds as much stack as it did.
const WORKER_STACK: usize = 8 << 20;

/// The most worker threads `--threads` accepts (results do not depend on the count, so more than
/// the machine has cores only costs time).
pub const MAX_THREADS: usize = 1024;

/// Opens the data: the four files named by the flags, or a folder.
pub fn setup(c: &Common) -> Result<DataDir> {
    match (
        &c.train_images,
        &c.train_labels,
        &c.test_images,
        &c.test_labels,
    ) {
        // clap makes the training pair come with the test pair, the test pair together, and
        // neither with --data-dir.
        (Some(a), Some(b), Some(x), Some(y)) => {
            DataDir::open_files([a, b, x, y].map(|p| p.as_path()))
        }
        (None, _, Some(_), _) => Err(Error::config(
            "--test-images",
            "needs --train-images and --train-labels beside it: only eval (without --teacher, \
             or with --transfer-set) and distill --transfer-set run on a test set alone",
        )),
        _ => DataDir::open(&c.data_dir.clone().unwrap_or_else(default_data_dir)),
    }
}

/// Refuses a default logits cache (`TEACHER.logits` beside the teacher) whose name the file system
/// would refuse, before the teacher pass: the teacher's own name can be legal and 250 bytes long.
/// Then checks it as every cache is checked ([`check_cache_spot`]).
pub fn check_default_cache_name(cache: &Path) -> Result<()> {
    if let Some(bytes) = distil::io::name_over_limit(cache) {
        return Err(Error::config(
            "--logits-cache",
            format!(
                "the teacher's logits go to {} unless named, a file name of {bytes} bytes, over \
                 the {} a file system allows: name the cache with --logits-cache",
                cache.display(),
                distil::io::NAME_MAX
            ),
        ));
    }
    check_cache_spot(cache, false)
}

/// Checks where a logits cache goes before the teacher pass that may write it: nothing there that
/// a write must not replace (a link, FIFO or device), and not in a folder another run (`mnist`,
/// `sweep`) holds, whose own files include its teacher's cache.
fn check_cache_spot(cache: &Path, named: bool) -> Result<()> {
    let what = if named {
        format!("--logits-cache {}", cache.display())
    } else {
        format!("the teacher's logits cache {} (beside it)", cache.display())
    };
    let other = if named { "another" } else { "one" };
    // A name too long or a folder missing would fail only at the write, after the teacher pass.
    distil::io::require_folder_of(cache)?;
    if let Some(found) = distil::io::not_a_file_to_replace(cache) {
        return Err(Error::data(
            what,
            "a cache file, or nothing",
            format!("{found}; name {other} with --logits-cache"),
        ));
    }
    let folder = distil::io::folder_of(cache);
    if distil::io::folder_held_by_another(folder) {
        // A lock refusal, as train's and mnist's own (exit status 1).
        return Err(distil::io::busy(
            cache,
            format!(
                "this logits cache is in {}, which another run (mnist or sweep) holds: wait \
                     for it to end, or name {other} elsewhere with --logits-cache",
                folder.display()
            ),
        ));
    }
    Ok(())
}

/// Checks a `--logits-cache` the user named, before the teacher pass: a file name, and neither the
/// teacher nor a data file (one would be refused as not a cache, or replaced were it stale), then
/// as every cache is checked ([`check_cache_spot`]).
pub fn check_named_cache(cache: &Path, teacher: &Path, data: &DataDir) -> Result<()> {
    if let Some(found) = distil::io::folder_in_place_of_file(cache) {
        return Err(Error::data(
            format!("--logits-cache {}", cache.display()),
            "a file name for the teacher's logits",
            found,
        ));
    }
    let mut inputs = vec![(teacher.to_path_buf(), "the --teacher file")];
    for set in [&data.train, &data.test] {
        for p in [&set.images.path, &set.labels_path] {
            let (raw, gz) = distil::data::raw_and_gz(p);
            inputs.extend([(raw, "a data file"), (gz, "a data file")]);
        }
    }
    match inputs.iter().find(|(p, _)| distil::io::same_path(cache, p)) {
        Some((p, what)) => Err(Error::config(
            "--logits-cache",
            format!(
                "{} is {what}{}: name a file of its own for the cache",
                cache.display(),
                // Named another way (a link, `..`): say which.
                if p == cache {
                    String::new()
                } else {
                    format!(" ({})", p.display())
                }
            ),
        )),
        None => check_cache_spot(cache, true),
    }
}

/// A note on stderr when the teacher at `path` stopped before its last epoch: soft targets from
/// a run cut short by a kill are rarely what was meant, and nothing else would say so.
pub fn note_unfinished_teacher(path: &Path, teacher: &distil::checkpoint::Checkpoint) {
    if let Some((done, planned)) = teacher.unfinished() {
        eprintln!(
            "{}",
            distil::error::escape_controls(&format!(
                "note: teacher {} trained {done} of its {} (an interrupted run: the command \
                 that made it, run again, with --resume for train and distill, finishes it)",
                path.display(),
                distil::words::count(planned, "epoch")
            ))
        );
    }
}

/// The test set alone: the pair named by `--test-images` and `--test-labels`, or that of
/// `--data-dir` (the shipped MNIST by default), whose training files need not be there and are
/// not read.
fn test_set(c: &Common) -> Result<Dataset> {
    match (&c.test_images, &c.test_labels) {
        (Some(x), Some(y)) => Dataset::open(x, y),
        _ => DataDir::open_test(&c.data_dir.clone().unwrap_or_else(default_data_dir)),
    }
}

/// The data of `distill`: the training set as the transfer set ([`setup`]), or the files of
/// `--transfer-set` (and `--transfer-labels`) with the test set alone ([`test_set`]). Unlabelled
/// items come with every label 0, for the caller to replace by the teacher's classes.
pub fn setup_distill(a: &DistillArgs) -> Result<DataDir> {
    let Some(images) = &a.transfer_set else {
        return setup(&a.run.common);
    };
    // clap keeps --train-images out, and --transfer-labels without --transfer-set.
    let train = match &a.transfer_labels {
        Some(labels) => Dataset::open(images, labels)?,
        None => Dataset::unlabelled(distil::data::open_idx_maybe_gz(images)?)?,
    };
    Ok(DataDir {
        train,
        test: test_set(&a.run.common)?,
    })
}

/// The data of `eval`: the test set, and with `--teacher` the transfer set its fidelity is measured
/// on too, `transfer_set`'s images (unlabelled: fidelity compares logits alone) or the training
/// set's. Without a teacher, or with `transfer_set`, only the test pair of the training files is
/// opened: `--test-images` and `--test-labels` may come alone, and a `--data-dir` needs no training
/// files.
pub fn setup_eval(
    c: &Common,
    with_teacher: bool,
    transfer_set: Option<&Path>,
) -> Result<(Option<Dataset>, Dataset)> {
    match (&c.train_images, &c.test_images, transfer_set) {
        // Training files given anyway are not read: nothing here uses them.
        _ if !with_teacher => Ok((None, test_set(c)?)),
        // clap keeps --train-images out.
        (_, _, Some(images)) => {
            let set = Dataset::unlabelled(distil::data::open_idx_maybe_gz(images)?)?;
            Ok((Some(set), test_set(c)?))
        }
        (None, Some(_), None) => Err(Error::config(
            "--teacher",
            "needs the training set as well, fidelity being measured on the transfer set too: \
             --train-images and --train-labels with the test pair, --data-dir, or --transfer-set",
        )),
        _ => {
            let data = setup(c)?;
            Ok((Some(data.train), data.test))
        }
    }
}

fn parse_lr_schedule(s: &str) -> Result<LrSchedule> {
    let bad = || {
        Error::config("--lr-schedule", format!("expected constant, exponential:DECAY, step:EVERY:GAMMA (DECAY and GAMMA: positive factors) or cosine[:FLOOR] (FLOOR: a fraction of --lr, in [0, 1]), found '{s}'"))
    };
    let parts: Vec<&str> = s.split(':').collect();
    let num = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0)
            .ok_or_else(bad)
    };
    // A factor applied per epoch or step: 0 would stop training after the first without a word.
    // (Above 1 the rate grows: odd, but a way to provoke a numerical fault on purpose.)
    let factor = |i: usize| Some(num(i)?).filter(|f| *f > 0.0).ok_or_else(bad);
    Ok(match parts[0] {
        "constant" if parts.len() == 1 => LrSchedule::Constant,
        "exponential" if parts.len() == 2 => LrSchedule::Exponential { decay: factor(1)? },
        "step" if parts.len() == 3 => {
            let every = parts[1]
                .parse::<usize>()
                .ok()
                .filter(|&e| e > 0)
                .ok_or_else(bad)?;
            LrSchedule::Step {
                every,
                gamma: factor(2)?,
            }
        }
        "cosine" if parts.len() == 1 => LrSchedule::Cosine { floor: 0.0 },
        "cosine" if parts.len() == 2 => LrSchedule::Cosine {
            floor: Some(num(1)?).filter(|f| *f <= 1.0).ok_or_else(bad)?,
        },
        _ => return Err(bad()),
    })
}

pub fn train_config(a: &RunArgs) -> Result<TrainConfig> {
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
    if a.momentum_start.is_some() && a.momentum_epochs == 0 {
        return Err(Error::config(
            "--momentum-start",
            "needs --momentum-epochs N > 0, the length of the ramp to --momentum",
        ));
    }
    if a.momentum_start.is_none() && a.momentum_epochs > 0 {
        return Err(Error::config(
            "--momentum-epochs",
            "needs --momentum-start, the momentum the ramp to --momentum starts from",
        ));
    }
    cfg.schedule.momentum_start = a.momentum_start.unwrap_or(a.momentum);
    cfg.schedule.momentum_epochs = a.momentum_epochs;
    cfg.schedule.scale_by_one_minus_momentum = a.scale_lr_by_momentum;
    cfg.optimizer = match a.optimizer.as_str() {
        "adam" => Optimizer::Adam {
            beta2: a.adam_beta2.unwrap_or(ADAM_BETA2),
            eps: a.adam_eps.unwrap_or(ADAM_EPS),
        },
        "sgd" => {
            for (flag, given) in [
                ("--adam-beta2", a.adam_beta2.is_some()),
                ("--adam-eps", a.adam_eps.is_some()),
            ] {
                if given {
                    return Err(Error::config(flag, "applies to --optimizer adam only"));
                }
            }
            Optimizer::Sgd
        }
        other => {
            return Err(Error::config(
                "--optimizer",
                format!("expected sgd or adam, found '{other}'"),
            ))
        }
    };
    cfg.init = Init::parse(&a.init)?;
    cfg.seed = a.seed;
    cfg.train_subset = a.train_subset;
    cfg.validate()?;
    Ok(cfg)
}

/// The command line with every value that starts with a single dash joined to its flag
/// (`--keep-classes -1,2` → `--keep-classes=-1,2`), so that clap hands it to the flag's own
/// parser, whose error names the flag and the value, rather than taking it for short flags
/// ("unexpected argument '-i'" for `--temperature -inf`). Only the value of a long flag that takes
/// one, before any `--`, is joined; `-h` and `-V` stay themselves, and a `--flag` after a flag
/// still leaves that flag without a value (which `allow_hyphen_values` would not: the next flag
/// became the value).
pub fn join_dash_values(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    use clap::CommandFactory;
    let cli = Cli::command();
    let sub = args
        .get(1)
        .and_then(|a| a.to_str())
        .and_then(|name| cli.find_subcommand(name));
    let Some(sub) = sub else {
        return args;
    };
    let takes_value = |flag: &str| {
        sub.get_arguments()
            .any(|a| a.get_long() == Some(flag) && a.get_action().takes_values())
    };
    let dashed = |v: &std::ffi::OsString| {
        let b = v.as_encoded_bytes();
        b.len() > 1 && b[0] == b'-' && b[1] != b'-' && v != "-h" && v != "-V"
    };
    let mut out = Vec::with_capacity(args.len());
    let mut rest = args.into_iter().peekable();
    while let Some(arg) = rest.next() {
        // After `--` nothing is a flag: the rest goes to clap as typed.
        if arg == "--" {
            out.push(arg);
            out.extend(rest);
            break;
        }
        let flag = arg.to_str().and_then(|a| a.strip_prefix("--"));
        if let Some(flag) = flag.filter(|f| !f.contains('=') && takes_value(f)) {
            if let Some(value) = rest.next_if(dashed) {
                let mut joined = std::ffi::OsString::from(format!("--{flag}="));
                joined.push(value);
                out.push(joined);
                continue;
            }
        }
        out.push(arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(args: &[&str]) -> Vec<String> {
        let args = args.iter().map(std::ffi::OsString::from).collect();
        join_dash_values(args)
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn dashed_values_are_joined_to_their_flags_and_nothing_else() {
        assert_eq!(
            joined(&[
                "distil",
                "distill",
                "--temperature",
                "-inf",
                "--keep-classes",
                "-1,2"
            ]),
            [
                "distil",
                "distill",
                "--temperature=-inf",
                "--keep-classes=-1,2"
            ]
        );
        // A flag without its value stays without it; a switch takes none; help stays help;
        // values that need no joining are left as they are.
        for args in [
            &["distil", "train", "--lr", "--epochs", "3"][..],
            &["distil", "train", "--resume", "-5"],
            &["distil", "train", "--out", "-h"],
            &["distil", "train", "--lr=-1", "--epochs", "2"],
            &["distil", "help", "--lr", "-1"],
            &["distil", "train", "--lr", "-"],
            &["distil", "train", "--", "--lr", "-1"],
        ] {
            assert_eq!(joined(args), args, "{args:?}");
        }
        // Non-UTF-8 values are joined byte for byte.
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStringExt;
            let odd = std::ffi::OsString::from_vec(b"-\xff".to_vec());
            let args = ["distil", "train", "--out"].map(std::ffi::OsString::from);
            let mut args = args.to_vec();
            args.push(odd);
            let out = join_dash_values(args);
            assert_eq!(out.len(), 3);
            assert_eq!(out[2].as_encoded_bytes(), b"--out=-\xff");
        }
    }
}
