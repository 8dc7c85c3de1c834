//! The training loop, and checkpoint/resume.
//!
//! One epoch: the example order is a permutation drawn from (seed, epoch) — or the order stored in the
//! checkpoint being resumed —, each batch's dropout masks are drawn from (seed, epoch, batch, layer)
//! and each example's jitter offset from (seed, epoch, example), so a run depends only on its seed
//! and settings, never on the thread count, and a run resumed from the checkpoint of epoch k
//! continues bit for bit like one never stopped.
//!
//! A run's settings ([`TrainConfig`]) and the test-set pass ([`evaluate()`]) have modules of their
//! own.

mod config;
mod evaluate;

use config::F32_SETTINGS;
pub use config::{SoftSpec, TrainConfig};
pub use evaluate::{
    argmax, evaluate, evaluate_translated, overflow_error, Evaluation, TranslatedErrors,
    MAX_CONFUSION_CLASSES,
};

use std::path::Path;
use std::time::Instant;

use serde_json::{json, Value};

use crate::checkpoint::Checkpoint;
use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::nn::loss;
use crate::nn::mlp::{Arch, DropoutPlan, Mlp, Workspace};
use crate::nn::optim::{self, LrSchedule, Optimizer};
use crate::rng::{self, purpose, Stream};

/// What the network is trained to match.
pub enum Targets<'a> {
    /// The labels (cross-entropy).
    Hard,
    /// The teacher's logits (`[examples × classes]`, indexed like the training set) at temperature
    /// `t`, weighted `alpha` against the labels; see [`loss::distill`]. `t = ∞` matches the logits
    /// instead ([`loss::match_logits`]).
    Soft {
        teacher: &'a [f32],
        t: f32,
        alpha: f32,
    },
    /// The same loss, with the teacher run on each batch as the student sees it, so that with
    /// jitter the teacher labels the translated images (a jittered transfer set, which no cache
    /// can hold). Without jitter it gives the same soft targets as [`Targets::Soft`].
    Teacher { net: &'a Mlp, t: f32, alpha: f32 },
}

/// Figures of one epoch.
#[derive(Clone, Debug, PartialEq)]
pub struct EpochStats {
    /// 1-based epoch number.
    pub epoch: usize,
    pub train_loss: f64,
    pub train_errors: usize,
    pub train_examples: usize,
    pub test_errors: usize,
    pub test_examples: usize,
    /// Wall time of the epoch's training and test-set evaluation (not of the weights' digest).
    pub seconds: f64,
    pub lr: f32,
    pub momentum: f32,
    /// Where the epoch's arithmetic ran, e.g. "cpu avx512" or "cuda NVIDIA H100 80GB HBM3, compute
    /// 9.0, cuBLAS 12.8.4": paths round differently, so
    /// a run resumed on another one is not bit for bit an uninterrupted run on either. Empty in
    /// checkpoints written before it was recorded.
    pub numerics: String,
    /// The weights at the end of the epoch, as [`Mlp::weights_sha256`]: two runs can be compared
    /// epoch by epoch from their logs. Empty in checkpoints written before it was recorded.
    pub weights_sha256: String,
}

/// The first word of a GPU run's numeric path (cuBLAS and our CUDA kernels), which goes on to
/// name the GPU and cuBLAS's version (`CudaDevice::numerics`).
pub const CUDA_NUMERICS: &str = "cuda";

/// The numeric path of CPU training in this process: "cpu " and the SIMD path. The fast product
/// backends all give the same bits, and the forced scalar path is named by the SIMD path too. A
/// CPU whose best path is scalar (an x86_64 without AVX2, or an architecture without our vector
/// kernels) keeps a fast product, which rounds otherwise than the forced path's reference:
/// "cpu scalar, matrixmultiply product".
pub fn cpu_numerics() -> String {
    numerics_of(crate::simd::active_isa(), crate::gemm::backend())
}

/// What [`cpu_numerics`] says in a process that leaves the SIMD path to detection on this CPU (a
/// command run without `DISTIL_SIMD`), whatever this process's own path.
pub fn detected_numerics() -> String {
    // Detected, not forced: never the reference product (`crate::gemm::backend`).
    numerics_of(crate::simd::detect(), crate::gemm::Backend::MatrixMultiply)
}

fn numerics_of(isa: crate::simd::Isa, product: crate::gemm::Backend) -> String {
    match product {
        b if isa == crate::simd::Isa::Scalar && b != crate::gemm::Backend::Reference => {
            format!("cpu scalar, {} product", b.name())
        }
        _ => format!("cpu {}", isa.name()),
    }
}

impl EpochStats {
    pub fn to_json(&self) -> Value {
        json!({
            "epoch": self.epoch,
            "train_loss": self.train_loss,
            "train_errors": self.train_errors,
            "train_examples": self.train_examples,
            "test_errors": self.test_errors,
            "test_examples": self.test_examples,
            "seconds": self.seconds,
            "lr": crate::json::f32_value(self.lr),
            "momentum": crate::json::f32_value(self.momentum),
            "numerics": self.numerics,
            "weights_sha256": self.weights_sha256,
        })
    }
}

/// Where a training step falls in its epoch, and what the epoch's steps share: the jitter's key,
/// the labels' buffer and Adam's running powers.
struct Step {
    epoch: usize,
    /// 0-based batch in the epoch.
    batch: usize,
    batches: usize,
    jitter_key: u64,
    labels: Vec<u32>,
    /// ∏β1 and ∏β2 so far (Adam's bias corrections; unused by SGD).
    adam_powers: (f64, f64),
}

impl Step {
    /// The schedule's learning rate and momentum at this step.
    fn lr_momentum(&self, cfg: &TrainConfig) -> (f32, f32) {
        cfg.schedule
            .at(self.epoch, self.batch as f64 / self.batches as f64)
    }
}

/// What an epoch's batches add up to: the summed loss and training errors over its examples, and
/// the learning rate and momentum of its last step.
pub(crate) struct EpochTally {
    pub loss_sum: f64,
    pub errors: usize,
    pub examples: usize,
    pub lr: f32,
    pub momentum: f32,
}

impl EpochTally {
    /// Nothing yet of an epoch over `examples` examples.
    pub fn new(examples: usize) -> Self {
        EpochTally {
            loss_sum: 0.0,
            errors: 0,
            examples,
            lr: 0.0,
            momentum: 0.0,
        }
    }
}

/// One batch's loss against its targets (the labels, or the soft targets `soft` with the labels),
/// its gradient with respect to the logits written into `dlogits`: (summed loss, top-1 errors).
fn batch_loss(
    targets: &Targets,
    logits: &[f32],
    soft: &[f32],
    labels: &[u32],
    dlogits: &mut [f32],
    classes: usize,
) -> (f64, usize) {
    match targets {
        Targets::Hard => loss::hard_ce(logits, labels, dlogits, classes),
        Targets::Soft { t, alpha, .. } | Targets::Teacher { t, alpha, .. } => {
            if t.is_finite() {
                loss::distill(logits, soft, labels, dlogits, classes, *t, *alpha)
            } else {
                loss::match_logits(logits, soft, labels, dlogits, classes, *alpha)
            }
        }
    }
}

/// Receives progress; the command line draws bars from it.
pub trait Observer {
    /// After each batch: (epoch, batches done, batches in the epoch, mean loss so far, error rate so far).
    fn batch(&mut self, _epoch: usize, _done: usize, _total: usize, _loss: f64, _err_rate: f64) {}
    fn epoch(&mut self, _stats: &EpochStats) {}
    /// Before training one of `mnist`'s three models: its expected seconds per epoch and the
    /// expected seconds of all the training after it, both on the machine the estimates were made
    /// on; a display scales the latter by the epochs it measures to tell the time left to the table.
    fn outlook(&mut self, _epoch_seconds: f64, _after_seconds: f64) {}
}

/// An observer that ignores everything.
pub struct Silent;
impl Observer for Silent {}

/// Runs `epochs` epochs through `epoch_then_save` (one epoch, then its checkpoint and whatever else
/// must be on disk), telling `obs` of each epoch only once it is saved, so an interrupt after an
/// epoch's line never loses that epoch. The loop of every run that checkpoints each epoch:
/// [`Trainer::run`], [`crate::device::Engine::run`] and `mnist`'s models.
pub(crate) fn each_epoch_saved(
    epochs: usize,
    obs: &mut dyn Observer,
    mut epoch_then_save: impl FnMut(&mut dyn Observer) -> Result<()>,
) -> Result<()> {
    let mut obs = ReportWhenSaved {
        inner: obs,
        held: None,
    };
    for _ in 0..epochs {
        epoch_then_save(&mut obs)?;
        if let Some(stats) = obs.held.take() {
            obs.inner.epoch(&stats);
        }
    }
    Ok(())
}

/// Passes progress on to `inner`, but holds each epoch's report for [`each_epoch_saved`] to give
/// once the epoch is saved.
struct ReportWhenSaved<'a> {
    inner: &'a mut dyn Observer,
    held: Option<EpochStats>,
}

impl Observer for ReportWhenSaved<'_> {
    fn batch(&mut self, epoch: usize, done: usize, total: usize, loss: f64, err_rate: f64) {
        self.inner.batch(epoch, done, total, loss, err_rate);
    }
    fn epoch(&mut self, stats: &EpochStats) {
        self.held = Some(stats.clone());
    }
    fn outlook(&mut self, epoch_seconds: f64, after_seconds: f64) {
        self.inner.outlook(epoch_seconds, after_seconds);
    }
}

/// A training run in progress.
pub struct Trainer {
    pub cfg: TrainConfig,
    pub mlp: Mlp,
    /// SGD's velocity, or Adam's average of the gradients.
    pub velocity: Vec<f32>,
    /// Adam's average of the squared gradients; empty with SGD.
    pub second_moment: Vec<f32>,
    grads: Vec<f32>,
    ws: Workspace,
    scratch: Vec<f32>,
    /// The batch's teacher logits, gathered for soft targets.
    soft: Vec<f32>,
    /// The teacher's buffers when it runs batch by batch ([`Targets::Teacher`]), for its arch.
    teacher_ws: Option<(Arch, Workspace)>,
    /// Epochs completed.
    pub epoch: usize,
    /// Order of the next epoch, when it came from a checkpoint.
    next_order: Option<Vec<u32>>,
    pub history: Vec<EpochStats>,
}

/// The first checks of a checkpoint `ck` (at `path`) that a run of `arch` would continue: its
/// architecture, and which command made it (`distils`: whether this run is a distillation), so
/// that a checkpoint of the other command says so before every other setting is listed as
/// different. Also used before a distillation's teacher pass, which they make unnecessary.
pub fn check_shape_and_kind(
    ck: &Checkpoint,
    arch: &Arch,
    distils: bool,
    path: &Path,
) -> Result<()> {
    if &ck.mlp.arch != arch {
        return Err(Error::checkpoint(
            path,
            format!("architecture {}, but this run is {arch}", ck.mlp.arch),
        ));
    }
    let distilled = ck.config.get("distill").is_some_and(|d| !d.is_null());
    if distilled != distils {
        return Err(Error::checkpoint(
            path,
            if distilled {
                "it is a distilled net's checkpoint: resume it with `distill --resume`"
            } else {
                "it is a checkpoint of plain training, not of a distillation: resume it with \
                 `train --resume`"
            },
        ));
    }
    Ok(())
}

/// Whether this process can have the memory a run of `cfg` holds: weights, momenta and gradients,
/// and a batch's inputs, activations, gradients and masks (about three values per unit and
/// example; the test set is evaluated in the same buffers). An allocation that
/// fails aborts the process; asked for here, all at once and given back at once, it is an error
/// that says how much was needed. (The operating system may still promise memory it cannot give.)
pub fn check_memory(cfg: &TrainConfig) -> Result<()> {
    let units: usize = cfg.arch.0.iter().sum();
    // Weights, gradients and the optimiser's state: one vector for SGD, two for Adam.
    let per_param = match cfg.optimizer {
        Optimizer::Sgd => 3,
        Optimizer::Adam { .. } => 4,
    };
    // And while a checkpoint is saved after each epoch: a copy of the weights and optimiser state,
    // and its bytes.
    let saved = 2 * (per_param - 1);
    let floats = cfg
        .arch
        .param_count()
        .saturating_mul(per_param + saved)
        .saturating_add(units.saturating_mul(cfg.batch).saturating_mul(3));
    let bytes = floats.saturating_mul(4);
    can_allocate(bytes).then_some(()).ok_or_else(|| {
        Error::config(
            "--arch",
            format!(
                "{} with batches of {} needs about {} MiB for its weights, momenta, gradients, \
                 activations and checkpoint copies, more than this process can allocate: use a \
                 smaller network or batch",
                cfg.arch,
                cfg.batch,
                bytes >> 20
            ),
        )
    })
}

/// Whether this process can allocate `bytes` now: asked for at once and given back at once.
pub fn can_allocate(bytes: usize) -> bool {
    // black_box: an allocation never used may otherwise be optimised away.
    let mut probe = std::hint::black_box(Vec::<u8>::new());
    let ok = probe.try_reserve_exact(bytes).is_ok();
    std::hint::black_box(probe);
    ok
}

/// What a numerical fault in (0-based) epoch `e` leaves behind: a checkpoint is written after each
/// finished epoch, so in a run's first epoch there is none.
pub(crate) fn what_is_kept(e: usize) -> &'static str {
    if e == 0 {
        "no epoch had finished, so no checkpoint was written"
    } else {
        "the checkpoint of the last finished epoch is kept"
    }
}

impl Trainer {
    /// The error for a non-finite loss at (epoch `e`, batch `bi`), naming the first layer whose
    /// outputs went non-finite in this batch's forward pass.
    fn fault(&self, e: usize, bi: usize, what: &str, rows: usize) -> Error {
        let arch = &self.cfg.arch;
        let input = optim::first_non_finite(&self.ws.input[..rows * arch.inputs()]);
        let layer = (0..arch.layers()).find(|&l| {
            let width = arch.0[l + 1];
            optim::first_non_finite(&self.ws.acts[l][..rows * width]).is_some()
        });
        let place = match (input, layer) {
            (Some(_), _) => "in the input batch".to_string(),
            (None, Some(l)) => format!("from the outputs of {}", arch.describe_layer(l)),
            (None, None) => "in the loss over finite logits (check the soft targets)".to_string(),
        };
        Error::Numerical {
            problem: format!(
                "{what} at epoch {}, batch {}, {place}; {}",
                e + 1,
                bi + 1,
                what_is_kept(e)
            ),
        }
    }

    pub fn new(cfg: TrainConfig) -> Result<Self> {
        cfg.validate()?;
        check_memory(&cfg)?;
        let mlp = Mlp::new(cfg.arch.clone(), cfg.init, cfg.seed);
        let n = mlp.params.len();
        let ws = Workspace::new(&cfg.arch, cfg.batch);
        Ok(Trainer {
            mlp,
            velocity: vec![0.0; n],
            second_moment: match cfg.optimizer {
                Optimizer::Sgd => Vec::new(),
                Optimizer::Adam { .. } => vec![0.0; n],
            },
            grads: vec![0.0; n],
            ws,
            scratch: Vec::new(),
            soft: vec![0.0; cfg.batch * cfg.arch.classes()],
            teacher_ws: None,
            epoch: 0,
            next_order: None,
            history: Vec::new(),
            cfg,
        })
    }

    /// Continues the run saved in `ck`. The settings must be those the checkpoint was made with,
    /// except the number of epochs, which may grow where the learning-rate schedule does not
    /// depend on it (not with cosine, which is laid out over the whole run).
    pub fn resume(cfg: TrainConfig, ck: Checkpoint, path: &Path) -> Result<Self> {
        check_resumable(&cfg, &ck, path)?;
        let velocity = ck.velocity.ok_or_else(|| {
            Error::checkpoint(path, "it holds weights only, no optimiser state to resume")
        })?;
        let mut t = Trainer::new(cfg)?;
        t.mlp = ck.mlp;
        t.velocity = velocity;
        if let Optimizer::Adam { .. } = t.cfg.optimizer {
            t.second_moment = ck.second_moment.ok_or_else(|| {
                Error::checkpoint(path, "it holds no second moments for Adam to resume")
            })?;
        }
        t.epoch = ck.epoch;
        t.next_order = ck.data_order;
        t.history = history_from_json(&ck.history);
        Ok(t)
    }

    /// The order in which epoch `e` visits its `n` examples: a resumed run's saved order where it
    /// is one of `n` (taken: later epochs draw theirs), else [`Trainer::order_for`].
    pub(crate) fn take_order(&mut self, e: usize, n: usize) -> Vec<u32> {
        match self.next_order.take() {
            Some(o) if o.len() == n => o,
            _ => self.order_for(e, n),
        }
    }

    /// The order of epoch `e` (0-based): a permutation drawn from (seed, e).
    pub fn order_for(&self, e: usize, n: usize) -> Vec<u32> {
        Stream::new(self.cfg.seed, &[purpose::SHUFFLE, e as u64]).permutation(n)
    }

    /// The run's state after the current epoch, for a training set of `train_len` examples (of which
    /// `train_subset`, if set, are used).
    pub fn checkpoint(&self, train_len: usize) -> Checkpoint {
        let n_train = self.cfg.examples_used(train_len);
        Checkpoint {
            mlp: self.mlp.clone(),
            velocity: Some(self.velocity.clone()),
            second_moment: (!self.second_moment.is_empty()).then(|| self.second_moment.clone()),
            epoch: self.epoch,
            config: self.cfg.to_json(),
            rng: json!({
                "algorithm": "splitmix64, counter-based; streams keyed by (seed, purpose, epoch, batch, layer)",
                "seed": self.cfg.seed,
                "next_epoch": self.epoch,
            }),
            history: Value::Array(self.history.iter().map(|h| h.to_json()).collect()),
            data_order: Some(self.order_for(self.epoch, n_train)),
        }
    }

    /// What a library caller may have changed in this trainer's public fields since it was made
    /// (or resumed from a hand-built checkpoint), checked before an epoch of `n` examples: the
    /// network against the settings, the optimiser's state against the network, and a resumed
    /// data order. Each would otherwise panic in a batch, or train nothing without a word (on the
    /// GPU, whose trainer wraps this one, read past a device buffer).
    pub(crate) fn check_state(&self, n: usize) -> Result<()> {
        let cfg = &self.cfg;
        self.mlp.check()?;
        if self.mlp.arch != cfg.arch || self.ws.batch != cfg.batch {
            return Err(Error::data(
                "trainer",
                format!(
                    "the network and buffers it was made with ({}, batch {})",
                    self.mlp.arch, self.ws.batch
                ),
                format!(
                    "settings changed since, to {}, batch {}",
                    cfg.arch, cfg.batch
                ),
            ));
        }
        let want = self.mlp.params.len();
        let adam = matches!(cfg.optimizer, Optimizer::Adam { .. });
        let state = [
            ("velocity", self.velocity.len(), true),
            ("second moments", self.second_moment.len(), adam),
        ];
        for (what, len, needed) in state {
            if needed && len != want {
                return Err(Error::data(
                    format!("trainer's {what}"),
                    format!("{want} values, one per parameter"),
                    len,
                ));
            }
        }
        if let Some(o) = self.next_order.as_ref().filter(|o| o.len() == n) {
            if !crate::checkpoint::is_permutation(o) {
                return Err(Error::data(
                    "trainer's resumed data order",
                    format!("a permutation of 0..{n}"),
                    "indices repeated or out of range",
                ));
            }
        }
        Ok(())
    }

    /// Trains one epoch over `train`, then evaluates on `test`. Returns the epoch's figures.
    pub fn train_epoch(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        targets: &Targets,
        obs: &mut dyn Observer,
    ) -> Result<EpochStats> {
        let n = check_epoch_inputs(&self.cfg, train, test, targets)?;
        self.check_state(n)?;
        let start = Instant::now();
        let e = self.epoch;
        let order = self.take_order(e, n);
        let (b, batches) = (self.cfg.batch, n.div_ceil(self.cfg.batch));
        let mut step = Step {
            epoch: e,
            batch: 0,
            batches,
            jitter_key: rng::derive_key(self.cfg.seed, &[purpose::JITTER, e as u64]),
            labels: vec![0u32; b],
            adam_powers: match self.cfg.optimizer {
                Optimizer::Sgd => (1.0, 1.0),
                Optimizer::Adam { beta2, .. } => {
                    optim::adam_powers(&self.cfg.schedule, beta2, e, batches)
                }
            },
        };
        let mut tally = EpochTally::new(n);
        for bi in 0..step.batches {
            let idx = &order[bi * b..((bi + 1) * b).min(n)];
            step.batch = bi;
            let (loss, errors, lr_momentum) = self.train_step(train, targets, idx, &mut step)?;
            tally.loss_sum += loss;
            tally.errors += errors;
            (tally.lr, tally.momentum) = lr_momentum;
            let seen = (bi * b + idx.len()) as f64;
            obs.batch(
                e + 1,
                bi + 1,
                step.batches,
                tally.loss_sum / seen,
                tally.errors as f64 / seen,
            );
        }
        self.epoch += 1;
        let eval = evaluate(&self.mlp, test, &mut self.ws)?;
        // Timed before the weights' digest, which is not training.
        let seconds = start.elapsed().as_secs_f64();
        Ok(self.record_epoch(tally, eval.errors, test.len(), seconds, cpu_numerics(), obs))
    }

    /// One step on the training examples `idx`, the batch `step` names: the batch gathered (with
    /// its jitter) and its soft targets, forward with its dropout, the loss and its gradient,
    /// backward, the update at the schedule's rate and momentum, and max-norm. Returns the batch's
    /// summed loss, its training errors, and the rate and momentum of its update.
    fn train_step(
        &mut self,
        train: &Dataset,
        targets: &Targets,
        idx: &[u32],
        step: &mut Step,
    ) -> Result<(f64, usize, (f32, f32))> {
        let (e, bi, rows) = (step.epoch, step.batch, idx.len());
        let classes = self.cfg.arch.classes();
        let jitter = (self.cfg.jitter > 0).then_some((self.cfg.jitter, step.jitter_key));
        train.fill_batch(
            idx,
            &mut self.ws.input[..rows * self.cfg.arch.inputs()],
            &mut step.labels[..rows],
            jitter,
        );
        let plan = DropoutPlan {
            input: self.cfg.dropout_input,
            hidden: self.cfg.dropout_hidden,
            batch_key: rng::derive_key(self.cfg.seed, &[purpose::DROPOUT, e as u64, bi as u64]),
        };
        let dropout = (plan.input > 0.0 || plan.hidden > 0.0).then_some(&plan);
        self.gather_soft_targets(targets, train, idx)?;
        self.mlp.forward(&mut self.ws, rows, dropout);
        let (logits, dlogits) = self.ws.logits_and_grad(rows);
        let soft = &self.soft[..rows * classes];
        let (l, errors) = batch_loss(
            targets,
            logits,
            soft,
            &step.labels[..rows],
            dlogits,
            classes,
        );
        if !l.is_finite() {
            return Err(self.fault(e, bi, &format!("the loss is {l}"), rows));
        }
        self.mlp.backward(&mut self.ws, rows, &mut self.grads);
        let (lr, mu) = step.lr_momentum(&self.cfg);
        self.update(lr, mu, &mut step.adam_powers, e, bi)?;
        if let Some(c) = self.cfg.max_norm {
            optim::max_norm(&self.cfg.arch, &mut self.mlp.params, c, &mut self.scratch);
        }
        Ok((l, errors, (lr, mu)))
    }

    /// Closes the epoch just counted in `self.epoch`, trained and tested with `test_errors` of
    /// `test_examples` in `seconds`: its statistics, the weights' digest among them, go into the
    /// history and to `obs`. The GPU trainer closes its epochs here too.
    pub(crate) fn record_epoch(
        &mut self,
        tally: EpochTally,
        test_errors: usize,
        test_examples: usize,
        seconds: f64,
        numerics: String,
        obs: &mut dyn Observer,
    ) -> EpochStats {
        let stats = EpochStats {
            epoch: self.epoch,
            train_loss: tally.loss_sum / tally.examples as f64,
            train_errors: tally.errors,
            train_examples: tally.examples,
            test_errors,
            test_examples,
            seconds,
            lr: tally.lr,
            momentum: tally.momentum,
            numerics,
            weights_sha256: self.mlp.weights_sha256(),
        };
        self.history.push(stats.clone());
        obs.epoch(&stats);
        stats
    }

    /// This batch's soft targets into `self.soft`: gathered from the cache, or computed by the
    /// teacher on the batch's inputs as the student sees them (`self.ws.input`, filled and, under
    /// `--jitter`, translated already) before the student's input dropout touches them. Nothing
    /// for labels alone.
    fn gather_soft_targets(
        &mut self,
        targets: &Targets,
        train: &Dataset,
        idx: &[u32],
    ) -> Result<()> {
        let classes = self.cfg.arch.classes();
        let rows = idx.len();
        match targets {
            Targets::Hard => {}
            Targets::Soft { teacher, .. } => {
                for (row, &i) in self.soft.chunks_exact_mut(classes).zip(idx) {
                    row.copy_from_slice(&teacher[i as usize * classes..(i as usize + 1) * classes]);
                }
            }
            Targets::Teacher { net, .. } => {
                let x = ..rows * self.cfg.arch.inputs();
                if self.teacher_ws.as_ref().is_none_or(|(a, _)| *a != net.arch) {
                    self.teacher_ws =
                        Some((net.arch.clone(), Workspace::new(&net.arch, self.cfg.batch)));
                }
                let (_, tws) = self.teacher_ws.as_mut().expect("just made");
                tws.input[x].copy_from_slice(&self.ws.input[x]);
                // The teacher's sums on these (translated) items, as compute_logits checks
                // them for a cached transfer set.
                if let Some((layer, row)) = net.forward_checked(tws, rows) {
                    return Err(overflow_error(train, idx[row] as usize, &net.arch, layer));
                }
                self.soft[..rows * classes].copy_from_slice(tws.logits(rows));
            }
        }
        Ok(())
    }

    /// One optimiser step of batch `bi` of epoch `e` at rate `lr` and momentum `mu` (Adam's
    /// running powers of β1 and β2 advanced), refusing a step that leaves a weight, or Adam's
    /// squared-gradient average, non-finite.
    fn update(
        &mut self,
        lr: f32,
        mu: f32,
        adam_powers: &mut (f64, f64),
        e: usize,
        bi: usize,
    ) -> Result<()> {
        let bad = match self.cfg.optimizer {
            Optimizer::Sgd => optim::sgd_step(
                &mut self.mlp.params,
                &mut self.velocity,
                &self.grads,
                lr,
                mu,
            ),
            Optimizer::Adam { beta2, eps } => {
                *adam_powers = (adam_powers.0 * mu as f64, adam_powers.1 * beta2 as f64);
                optim::adam_step(
                    &mut self.mlp.params,
                    &mut self.velocity,
                    &mut self.second_moment,
                    &self.grads,
                    optim::adam_coefficients(lr, mu, beta2, eps, *adam_powers),
                )
            }
        };
        if let Some(i) = bad {
            let (w, param) = (self.mlp.params[i], self.cfg.arch.describe_param(i));
            // Adam's squared-gradient average can overflow under a finite weight.
            let (value, place) = if w.is_finite() {
                (
                    self.second_moment[i],
                    format!("Adam's squared-gradient average of {param}"),
                )
            } else {
                (w, param)
            };
            return Err(Error::Numerical {
                problem: format!(
                    "{value} in {place} after the update of epoch {}, batch {} (learning rate \
                     {lr}); {}",
                    e + 1,
                    bi + 1,
                    what_is_kept(e)
                ),
            });
        }
        Ok(())
    }

    /// Trains until `cfg.schedule.epochs` are done, saving a checkpoint to `out` after every epoch.
    pub fn run(
        &mut self,
        train: &Dataset,
        test: &Dataset,
        targets: &Targets,
        out: Option<&Path>,
        obs: &mut dyn Observer,
    ) -> Result<()> {
        let remaining = self.cfg.schedule.epochs.saturating_sub(self.epoch);
        each_epoch_saved(remaining, obs, |obs| {
            self.train_epoch(train, test, targets, obs)?;
            match out {
                Some(p) => self.checkpoint(train.len()).save(p),
                None => Ok(()),
            }
        })
    }
}

/// Whether the run saved in `ck` (at `path`) can be continued with `cfg`: the same architecture
/// and kind of run, the same settings, the same data, and a number of epochs that does not undo
/// what is done or, with cosine, lay its schedule out anew. What [`Trainer::resume`] checks, without
/// building the trainer: a command can ask before costly work (a teacher pass) that a refusal
/// would waste.
pub fn check_resumable(cfg: &TrainConfig, ck: &Checkpoint, path: &Path) -> Result<()> {
    cfg.validate()?;
    check_shape_and_kind(ck, &cfg.arch, cfg.soft.is_some(), path)?;
    // The settings first (the epochs aside): a run of another recipe is that, whatever its
    // epochs.
    let mut saved = ck.config.clone();
    let mut now = cfg.to_json();
    // Checkpoints written before settings were shortened hold their f32s widened to f64.
    for path in F32_SETTINGS {
        crate::json::map_f32_at(&mut saved, path, crate::json::f32_value);
    }
    // Checkpoints written before the data were recorded are compared without them.
    let unrecorded: Vec<&str> = ["data_sha256", "test_sha256"]
        .into_iter()
        .filter(|k| saved.get(k).is_none())
        .collect();
    for v in [&mut saved, &mut now] {
        if let Some(o) = v.as_object_mut() {
            o.remove("epochs");
            for k in &unrecorded {
                o.remove(*k);
            }
        }
    }
    if saved != now {
        return Err(Error::checkpoint(
            path,
            format!(
                "it was made with other settings: {}",
                settings_diff(&saved, &now)
            ),
        ));
    }
    // A cosine schedule first: its demand (exactly the saved count) is the one to meet.
    let cosine = matches!(cfg.schedule.lr_schedule, LrSchedule::Cosine { .. });
    let saved_epochs = ck.config.get("epochs").and_then(|e| e.as_u64());
    if let Some(saved) = saved_epochs.filter(|&e| cosine && e != cfg.schedule.epochs as u64) {
        return Err(Error::config(
            "--epochs",
            format!(
                "expected {saved}: {} was started for {saved} epoch{} and its cosine schedule \
                     is laid out over them, so resuming for {} would change its learning rates \
                     mid-run (start afresh to train {})",
                path.display(),
                if saved == 1 { "" } else { "s" },
                cfg.schedule.epochs,
                if cfg.schedule.epochs as u64 > saved {
                    "longer"
                } else {
                    "for fewer epochs"
                },
            ),
        ));
    }
    if ck.epoch > cfg.schedule.epochs {
        return Err(Error::config(
            "--epochs",
            format!(
                "expected at least the {} epochs that {} has done, found {}",
                ck.epoch,
                path.display(),
                cfg.schedule.epochs
            ),
        ));
    }
    Ok(())
}

fn history_from_json(v: &Value) -> Vec<EpochStats> {
    let Some(items) = v.as_array() else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|h| {
            Some(EpochStats {
                epoch: h.get("epoch")?.as_u64()? as usize,
                train_loss: h.get("train_loss")?.as_f64()?,
                train_errors: h.get("train_errors")?.as_u64()? as usize,
                train_examples: h.get("train_examples")?.as_u64()? as usize,
                test_errors: h.get("test_errors")?.as_u64()? as usize,
                test_examples: h.get("test_examples")?.as_u64()? as usize,
                seconds: h.get("seconds")?.as_f64()?,
                lr: h.get("lr")?.as_f64()? as f32,
                momentum: h.get("momentum")?.as_f64()? as f32,
                numerics: h
                    .get("numerics")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string(),
                weights_sha256: h
                    .get("weights_sha256")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string(),
            })
        })
        .collect()
}

/// What an epoch of `cfg` needs of its data and targets, checked before the first batch, on the
/// CPU and the GPU alike; returns the number of training examples the epoch uses. A library
/// caller's mistakes are errors here rather than a panic in a batch or a silently wrong run:
/// data that do not fit the network, an empty training set, targets that are not the ones
/// `cfg.soft` records (the checkpoint would describe another run), and teacher logits that are
/// too few or not finite (the SIMD kernels' max would skip a NaN and train on what is left).
pub(crate) fn check_epoch_inputs(
    cfg: &TrainConfig,
    train: &Dataset,
    test: &Dataset,
    targets: &Targets,
) -> Result<usize> {
    let (inputs, classes) = (cfg.arch.inputs(), cfg.arch.classes());
    train.check_fits(inputs, classes)?;
    test.check_fits(inputs, classes)?;
    train.check_shift(cfg.jitter)?;
    let n = cfg.examples_used(train.len());
    if n == 0 {
        return Err(Error::data(
            train.images.path.display().to_string(),
            "at least one training example",
            "none",
        ));
    }
    check_targets_match_settings(cfg, targets)?;
    check_teacher_fits(targets, n, inputs, classes)?;
    Ok(n)
}

/// The targets' kind (labels alone, or soft targets at T and α) must be the one the settings
/// record (`TrainConfig::soft`), to the bit.
fn check_targets_match_settings(cfg: &TrainConfig, targets: &Targets) -> Result<()> {
    let soft = match targets {
        Targets::Hard => None,
        Targets::Soft { t, alpha, .. } | Targets::Teacher { t, alpha, .. } => Some((*t, *alpha)),
    };
    let recorded = cfg.soft.as_ref().map(|s| (s.temperature, s.alpha));
    let same = |a: Option<(f32, f32)>, b: Option<(f32, f32)>| {
        a.map(|(t, al)| (t.to_bits(), al.to_bits())) == b.map(|(t, al)| (t.to_bits(), al.to_bits()))
    };
    if !same(soft, recorded) {
        let name = |s: Option<(f32, f32)>| match s {
            None => "the labels alone".to_string(),
            Some((t, alpha)) => format!("soft targets at T = {t}, α = {alpha}"),
        };
        return Err(Error::data(
            "targets",
            format!(
                "{}, as the settings record (TrainConfig::soft)",
                name(recorded)
            ),
            name(soft),
        ));
    }
    Ok(())
}

/// Soft targets must cover the `n` examples used, with finite logits; a live teacher must be
/// sound and take the model's `inputs` and give its `classes`.
fn check_teacher_fits(targets: &Targets, n: usize, inputs: usize, classes: usize) -> Result<()> {
    match targets {
        Targets::Hard => {}
        Targets::Soft { teacher, .. } => {
            if teacher.len() < n * classes {
                return Err(Error::data(
                    "teacher logits",
                    format!(
                        "{} × {}",
                        crate::words::count(n, "example"),
                        crate::words::count(classes, "class")
                    ),
                    crate::words::count(teacher.len(), "value"),
                ));
            }
            if let Some(i) = optim::first_non_finite(&teacher[..n * classes]) {
                return Err(Error::data(
                    "teacher logits",
                    "finite values",
                    format!(
                        "{} at example {}, class {}",
                        teacher[i],
                        i / classes,
                        i % classes
                    ),
                ));
            }
        }
        Targets::Teacher { net, .. } => {
            net.check()?;
            if (inputs, classes) != (net.arch.inputs(), net.arch.classes()) {
                return Err(Error::data(
                    "teacher",
                    format!("{inputs} inputs and {classes} classes"),
                    net.arch.to_string(),
                ));
            }
        }
    }
    Ok(())
}

/// The settings that differ between a checkpoint's and this run's, as "key saved (this run now)".
fn settings_diff(saved: &serde_json::Value, now: &serde_json::Value) -> String {
    let (Some(a), Some(b)) = (saved.as_object(), now.as_object()) else {
        return format!("saved {saved}, this run {now}");
    };
    let null = serde_json::Value::Null;
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (a.get(k).unwrap_or(&null), b.get(k).unwrap_or(&null));
            let short = |v: &serde_json::Value| {
                v.as_str().map_or(v.to_string(), |h| {
                    h.chars().take(12).collect::<String>() + "…"
                })
            };
            (x != y).then(|| match k.as_str() {
                // Fingerprints say little as hex: name what they stand for.
                "data_sha256" => format!(
                    "other training data (sha256 {}, this run {})",
                    short(x),
                    short(y)
                ),
                "test_sha256" => format!(
                    "another test set (sha256 {}, this run {})",
                    short(x),
                    short(y)
                ),
                _ => format!("{k} {x} (this run {y})"),
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}
