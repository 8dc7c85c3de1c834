//! [`TrainConfig`]: everything that defines a training run, the checks of its values, and its
//! JSON record in checkpoints (which a resume compares).

use serde_json::{json, Value};

use crate::distill::ClassFilter;
use crate::error::{Error, Result};
use crate::nn::mlp::{Arch, Init};
use crate::nn::optim::{LrSchedule, Optimizer, Schedule};

/// Everything that defines a training run.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainConfig {
    pub arch: Arch,
    pub dropout_input: f32,
    pub dropout_hidden: f32,
    /// Cap on the L2 norm of each hidden unit's incoming weights.
    pub max_norm: Option<f32>,
    /// Translate each training image by up to ±jitter pixels in x and y.
    pub jitter: usize,
    pub batch: usize,
    pub schedule: Schedule,
    pub optimizer: Optimizer,
    pub init: Init,
    pub seed: u64,
    /// Train on the first N training examples only.
    pub train_subset: Option<usize>,
    /// Soft targets from a teacher (distillation); `None` trains on the labels alone.
    pub soft: Option<SoftSpec>,
    /// The classes the training (transfer) set was cut down to, for the record; the cut itself is
    /// made on the data set (`Dataset::select`) before training.
    pub transfer_classes: Option<ClassFilter>,
    /// The training data's [`crate::data::Dataset::fingerprint`], for the record: a resume on other data is
    /// refused like one with other settings. `None` where the caller does not record it.
    pub data_sha256: Option<String>,
    /// The test data's fingerprint, for the same reason: the history of a run resumed on another
    /// test set would mix two. `None` where the caller does not record it.
    pub test_sha256: Option<String>,
}

/// The distillation settings of a run; see [`crate::nn::loss::distill`] for the loss.
#[derive(Clone, Debug, PartialEq)]
pub struct SoftSpec {
    /// The temperature; `f32::INFINITY` means matching logits (see [`crate::nn::loss::match_logits`]), the
    /// limit of the soft-target loss as T grows.
    pub temperature: f32,
    /// Weight of the T²-scaled soft term; 1 − alpha weighs the hard term.
    pub alpha: f32,
    /// SHA-256 of the teacher checkpoint the soft targets come from, with `+shiftsK` appended when
    /// its logits were averaged over shifts of up to ±K pixels.
    pub teacher_sha256: String,
}

impl TrainConfig {
    /// Defaults for a plain, unregularised run of `arch`.
    pub fn new(arch: Arch) -> Self {
        TrainConfig {
            arch,
            dropout_input: 0.0,
            dropout_hidden: 0.0,
            max_norm: None,
            jitter: 0,
            batch: 100,
            schedule: Schedule {
                lr: 0.05,
                lr_schedule: LrSchedule::Cosine { floor: 0.0 },
                momentum_start: 0.9,
                momentum_end: 0.9,
                momentum_epochs: 0,
                scale_by_one_minus_momentum: false,
                epochs: 10,
            },
            optimizer: Optimizer::Sgd,
            init: Init::Scaled,
            seed: 1,
            train_subset: None,
            soft: None,
            transfer_classes: None,
            data_sha256: None,
            test_sha256: None,
        }
    }

    /// Checks the values a user can set; errors name the flag.
    pub fn validate(&self) -> Result<()> {
        self.arch.check()?;
        self.check_net()?;
        self.check_regularisers()?;
        self.check_batch()?;
        self.check_init()?;
        self.check_schedule()?;
        self.check_optimizer()?;
        self.check_soft()?;
        if self.train_subset == Some(0) {
            return Err(Error::config(
                "--train-subset",
                "expected a positive number of examples, found 0",
            ));
        }
        Ok(())
    }

    /// What a net of this shape can train: two classes at least, 2^30 parameters at most.
    fn check_net(&self) -> Result<()> {
        // A softmax over one class is 1 whatever the logits: nothing would be learnt, silently.
        if self.arch.classes() < 2 {
            return Err(Error::config(
                "--arch",
                format!(
                    "its last width is the number of classes, at least 2 (a softmax over one \
                     class learns nothing), found {}",
                    self.arch
                ),
            ));
        }
        if self.arch.param_count() > 1 << 30 {
            return Err(Error::config(
                "--arch",
                format!(
                    "{} has {} parameters; at most 2^30 are supported",
                    self.arch,
                    self.arch.param_count()
                ),
            ));
        }
        Ok(())
    }

    /// Dropout rates and the max-norm cap.
    fn check_regularisers(&self) -> Result<()> {
        let prob = |flag: &str, p: f32| {
            if (0.0..1.0).contains(&p) {
                Ok(())
            } else {
                Err(Error::config(
                    flag,
                    format!("expected a probability in [0, 1), found {p}"),
                ))
            }
        };
        prob("--dropout-input", self.dropout_input)?;
        prob("--dropout-hidden", self.dropout_hidden)?;
        if let Some(c) = self.max_norm {
            if !(c > 0.0 && c.is_finite()) {
                return Err(Error::config(
                    "--max-norm",
                    format!("expected a positive number, found {c}"),
                ));
            }
        }
        Ok(())
    }

    /// The batch size, and the workspace that a batch of it takes.
    fn check_batch(&self) -> Result<()> {
        if self.batch > 65_536 {
            return Err(Error::config(
                "--batch",
                format!("expected at most 65536, found {}", self.batch),
            ));
        }
        if self.batch == 0 {
            return Err(Error::config(
                "--batch",
                "expected a positive batch size, found 0",
            ));
        }
        // The workspace holds activations, their gradients and dropout masks for a whole batch:
        // bounded here, so that a large batch of wide layers is an error, not an abort on memory.
        let per_example: usize = self.arch.0.iter().sum();
        let activations = per_example.saturating_mul(self.batch);
        if activations > 1 << 28 {
            return Err(Error::config(
                "--batch",
                format!(
                    "a batch of {} through {} holds {activations} activations per buffer; at most \
                     2^28 (1 GiB each of values, gradients and masks) are supported: use a smaller batch",
                    self.batch, self.arch
                ),
            ));
        }
        Ok(())
    }

    /// `--init`'s rule, for values set on the public field.
    fn check_init(&self) -> Result<()> {
        if let Init::Normal(sigma) = self.init {
            if !(sigma > 0.0 && sigma.is_finite()) {
                return Err(Error::config(
                    "--init",
                    format!("expected normal:SIGMA with a positive, finite SIGMA, found {sigma}"),
                ));
            }
        }
        Ok(())
    }

    /// The epochs, the learning rate and its schedule, the momentum: values that the update,
    /// in f32, can take.
    fn check_schedule(&self) -> Result<()> {
        if self.schedule.epochs == 0 {
            return Err(Error::config(
                "--epochs",
                "expected at least 1 epoch, found 0",
            ));
        }
        let s = &self.schedule;
        // `--lr-schedule`'s rules, for values set on the public field: a factor of 0 would stop
        // training without a word, a negative one climb the loss.
        let factor = |f: f64| f > 0.0 && f.is_finite();
        let schedule_ok = match s.lr_schedule {
            LrSchedule::Constant => true,
            LrSchedule::Exponential { decay } => factor(decay),
            LrSchedule::Step { every, gamma } => every > 0 && factor(gamma),
            LrSchedule::Cosine { floor } => (0.0..=1.0).contains(&floor),
        };
        if !schedule_ok {
            return Err(Error::config(
                "--lr-schedule",
                format!(
                    "expected positive factors (DECAY, EVERY, GAMMA) and a cosine FLOOR in [0, 1], \
                     found {}",
                    s.lr_schedule
                ),
            ));
        }
        // Steps are taken in f32: a rate beyond its range would become infinite there.
        if !(s.lr > 0.0 && (s.lr as f32).is_finite()) {
            return Err(Error::config(
                "--lr",
                format!(
                    "expected a positive learning rate within f32's range, found {:?}",
                    s.lr
                ),
            ));
        }
        for (flag, m) in [
            ("--momentum", s.momentum_end),
            ("--momentum-start", s.momentum_start),
        ] {
            check_momentum(flag, m)?;
        }
        check_rate_stays_above_zero(s)
    }

    /// Adam's settings, where Adam is the optimiser.
    fn check_optimizer(&self) -> Result<()> {
        if let Optimizer::Adam { beta2, eps } = self.optimizer {
            if !(0.0..1.0).contains(&beta2) {
                return Err(Error::config(
                    "--adam-beta2",
                    format!("expected a decay in [0, 1), found {beta2}"),
                ));
            }
            if !(eps > 0.0 && eps.is_finite()) {
                return Err(Error::config(
                    "--adam-eps",
                    format!("expected a positive number, found {eps}"),
                ));
            }
            if self.schedule.scale_by_one_minus_momentum {
                return Err(Error::config(
                    "--scale-lr-by-momentum",
                    "applies to SGD's momentum; Adam's steps are normalised already",
                ));
            }
        }
        Ok(())
    }

    /// The temperature and weight of the soft targets, where there are any.
    fn check_soft(&self) -> Result<()> {
        if let Some(soft) = &self.soft {
            crate::distill::check_temperature("--temperature", soft.temperature, true)?;
            if !(0.0..=1.0).contains(&soft.alpha) {
                return Err(Error::config(
                    "--alpha",
                    format!("expected a weight in [0, 1], found {}", soft.alpha),
                ));
            }
        }
        Ok(())
    }

    /// The training examples an epoch uses out of `available`: all, or the first `train_subset`.
    pub fn examples_used(&self, available: usize) -> usize {
        self.train_subset.map_or(available, |s| s.min(available))
    }

    pub fn to_json(&self) -> Value {
        let s = &self.schedule;
        let lr_schedule = match &s.lr_schedule {
            LrSchedule::Constant => json!({"kind": "constant"}),
            LrSchedule::Exponential { decay } => json!({"kind": "exponential", "decay": decay}),
            LrSchedule::Step { every, gamma } => {
                json!({"kind": "step", "every": every, "gamma": gamma})
            }
            LrSchedule::Cosine { floor } => json!({"kind": "cosine", "floor": floor}),
        };
        let mut j = json!({
            "arch": self.arch.to_string(),
            "dropout_input": self.dropout_input,
            "dropout_hidden": self.dropout_hidden,
            "max_norm": self.max_norm,
            "jitter": self.jitter,
            "batch": self.batch,
            "epochs": s.epochs,
            "lr": s.lr,
            "lr_schedule": lr_schedule,
            "momentum_start": s.momentum_start,
            "momentum_end": s.momentum_end,
            "momentum_epochs": s.momentum_epochs,
            "scale_lr_by_one_minus_momentum": s.scale_by_one_minus_momentum,
            "init": self.init.name(),
            "seed": self.seed,
            "train_subset": self.train_subset,
            "distill": self.soft.as_ref().map(|d| if d.temperature.is_finite() {
                json!({
                    "temperature": d.temperature,
                    "alpha": d.alpha,
                    "teacher_sha256": d.teacher_sha256,
                })
            } else {
                json!({
                    "loss": "matching-logits",
                    "alpha": d.alpha,
                    "teacher_sha256": d.teacher_sha256,
                })
            }),
        });
        // Only when set, so that configurations written before the field existed still match.
        if let Some(f) = &self.transfer_classes {
            j["transfer_classes"] = json!(f.to_string());
        }
        if let Some(d) = &self.data_sha256 {
            j["data_sha256"] = json!(d);
        }
        if let Some(d) = &self.test_sha256 {
            j["test_sha256"] = json!(d);
        }
        if let Optimizer::Adam { beta2, eps } = self.optimizer {
            j["optimizer"] = json!({"kind": "adam", "beta2": beta2, "eps": eps});
        }
        for path in F32_SETTINGS {
            crate::json::map_f32_at(&mut j, path, crate::json::f32_value);
        }
        j
    }

    /// [`Self::to_json`] with the f32 settings in the form they had before they were written
    /// shortened, for keys that must match those computed then.
    pub fn to_json_widened(&self) -> Value {
        let mut j = self.to_json();
        for path in F32_SETTINGS {
            crate::json::map_f32_at(&mut j, path, crate::json::widened_f32);
        }
        j
    }
}

/// `--momentum` and `--momentum-start` (named by `flag`): in [0, 1), and below 1 in f32 too.
fn check_momentum(flag: &str, m: f64) -> Result<()> {
    if !(0.0..1.0).contains(&m) {
        return Err(Error::config(
            flag,
            format!("expected a momentum in [0, 1), found {m}"),
        ));
    }
    // The update runs in f32: a momentum of 1 there never lets go of a step (and is Adam's
    // β1, whose bias correction 1 − ∏β1 would be 0).
    if m as f32 >= 1.0 {
        return Err(Error::config(
            flag,
            format!(
                "{m} rounds to 1 in f32, where the momentum must stay below 1: at most \
                 about 0.99999994"
            ),
        ));
    }
    Ok(())
}

/// The learning rate, as the update takes it (in f32, times 1 − μ where asked), must not round to
/// 0 at the first step nor by the last epoch. Runs after [`check_momentum`], whose values it
/// uses.
fn check_rate_stays_above_zero(s: &Schedule) -> Result<()> {
    // The first step's rate.
    if s.at(0, 0.0).0 == 0.0 {
        let scaled = if s.scale_by_one_minus_momentum {
            " times 1 − momentum (--scale-lr-by-momentum)"
        } else {
            ""
        };
        return Err(Error::config(
            "--lr",
            format!(
                "{:?}{scaled} rounds to 0 in f32, where steps are taken: expected a rate of \
                 at least about 1e-45",
                s.lr
            ),
        ));
    }
    // And the last epoch's: a decay that reaches 0 in f32 would train on at rate 0 without a
    // word. (The rate only falls, but for a factor above 1, which is allowed; a cosine
    // schedule's last epoch starts above its floor.)
    if s.at(s.epochs - 1, 0.0).0 == 0.0 {
        return Err(Error::config(
            "--lr-schedule",
            format!(
                "{} takes --lr {:?} to a rate that rounds to 0 in f32 by the last of {} \
                 epochs, which would train nothing: expected a slower decay or fewer epochs",
                s.lr_schedule, s.lr, s.epochs
            ),
        ));
    }
    Ok(())
}

/// The settings [`TrainConfig::to_json`] writes from f32 fields (the schedule's are f64), by their
/// place in it: written in their shortest form (see [`crate::json`]).
pub(super) const F32_SETTINGS: [&[&str]; 7] = [
    &["dropout_input"],
    &["dropout_hidden"],
    &["max_norm"],
    &["distill", "temperature"],
    &["distill", "alpha"],
    &["optimizer", "beta2"],
    &["optimizer", "eps"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_too_large_for_memory_is_refused_naming_the_flag() {
        // 784 M parameters pass their own bound; 65,536 rows of a million activations do not.
        let mut cfg = TrainConfig::new(Arch(vec![784, 1_000_000, 10]));
        cfg.batch = 65_536;
        let e = cfg.validate().unwrap_err().to_string();
        assert!(e.contains("--batch") && e.contains("smaller batch"), "{e}");
        cfg.batch = 100;
        assert!(cfg.validate().is_ok());
    }
}
