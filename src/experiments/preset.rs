//! The presets of `mnist`: complete recipes for the table's three models (and `--all`'s section
//! 3), and the start-up estimate of how long the training still to do will take.

use std::time::Instant;

use crate::data::DataDir;
use crate::error::{Error, Result};
use crate::experiments::sweep::{PAPER_TEMPERATURES, PAPER_WIDTHS};
use crate::nn::optim::LrSchedule;
use crate::nn::{Arch, Init};
use crate::train::{SoftSpec, Targets, TrainConfig};
use crate::words;

/// The default preset's weight of the T²-scaled soft term for the table's student, and
/// `distill --alpha`'s default. Half the weight on the labels: α = 0.5 beat 0.9 on five of six
/// paired student seeds, by 9 errors on an 80-error teacher but only 1.7 on this preset's own
/// (92/88/95 against 90/93/97; docs/recipe.md).
pub const TABLE_ALPHA: f32 = 0.5;
/// The weight for `mnist --all`'s students (the temperature sweep and the cut transfer sets), and
/// `sweep --alpha`'s default: with [`TABLE_ALPHA`] the students of a transfer set without 3s, or of
/// only 7s and 8s, learn the missing classes far worse (docs/recipe.md).
pub const SECTION3_ALPHA: f32 = 0.9;

/// A complete recipe for the three models.
#[derive(Clone, Debug)]
pub struct Preset {
    pub name: String,
    pub teacher: TrainConfig,
    pub small: TrainConfig,
    /// The distilled student's settings; `soft` is filled in once the teacher exists.
    pub distilled: TrainConfig,
    pub temperature: f32,
    /// Weight of the T²-scaled soft term for the distilled student of the table.
    pub alpha: f32,
    /// The same weight for `mnist --all`'s students (the temperature sweep and the cut transfer
    /// sets): a separate field because the best weights differ (see [`SECTION3_ALPHA`]).
    pub section3_alpha: f32,
    /// Seconds per epoch of (teacher, small, distilled) measured on the reference machine (2 cores,
    /// AVX2), for the duration estimate shown at the start.
    pub seconds_per_epoch: [f64; 3],
    /// The temperature sweep of `mnist --all`.
    pub sweep: SweepPlan,
    /// Epochs of `mnist --all`'s students on cut transfer sets (no 3s; only 7s and 8s).
    pub cut_student_epochs: usize,
}

/// What `mnist --all` sweeps: students of these hidden widths at these temperatures, each trained
/// for `epochs` with the distilled student's recipe.
#[derive(Clone, Debug)]
pub struct SweepPlan {
    pub temperatures: Vec<f32>,
    pub widths: Vec<usize>,
    pub seeds: usize,
    pub epochs: usize,
}

impl Preset {
    /// Checks every model's settings before the first one trains (with `all`, section 3's
    /// students' too). A preset built by hand (its fields are public) would otherwise fail only
    /// when its model's turn came: a bad distilled student after the teacher's hours.
    pub fn validate(&self, all: bool) -> Result<()> {
        let mut distilled = self.distilled.clone();
        distilled.soft = Some(SoftSpec {
            temperature: self.temperature,
            alpha: self.alpha,
            teacher_sha256: String::new(),
        });
        for (name, cfg) in [
            ("teacher", &self.teacher),
            ("small", &self.small),
            ("distilled", &distilled),
        ] {
            let named =
                |e: Error| Error::config(format!("preset {}, {name}", self.name), e.to_string());
            cfg.validate().map_err(named)?;
            // The table is MNIST's: 784 pixels in, 10 classes out.
            if (cfg.arch.inputs(), cfg.arch.classes()) != (784, 10) {
                return Err(named(Error::config(
                    "--arch",
                    format!("expected 784 inputs and 10 classes, found {}", cfg.arch),
                )));
            }
        }
        if all {
            crate::experiments::section3::check_settings(self)?;
        }
        Ok(())
    }

    pub fn names() -> &'static [&'static str] {
        &["default", "quick", "tiny"]
    }

    pub fn get(name: &str, seed: u64) -> Result<Self> {
        let quick = match name {
            "tiny" => return Ok(Self::tiny(seed)),
            "default" => false,
            "quick" => true,
            _ => {
                return Err(Error::config(
                    "--preset",
                    format!(
                        "expected one of {}, found '{name}'",
                        Self::names().join(", ")
                    ),
                ))
            }
        };
        // The student: 40 epochs made 96 errors, 80 made 90, both at α = 0.9 (docs/recipe.md,
        // probe Q4).
        let (teacher_epochs, small_epochs, distilled_epochs) =
            if quick { (25, 8, 16) } else { (200, 40, 80) };
        // A smaller step for the student than the small net's: 0.02 beat 0.05 clearly in the
        // 40-epoch student probes (docs/recipe.md); the 16-epoch quick student does better with
        // 0.05 (130 against 144).
        let distilled_lr = if quick { 0.05 } else { 0.02 };
        Ok(Preset {
            name: name.into(),
            teacher: paper_teacher(teacher_epochs, seed),
            small: small_net(0.05, small_epochs, seed.wrapping_add(1)),
            // The same net, regularised only by the teacher's soft targets (no jitter).
            distilled: small_net(distilled_lr, distilled_epochs, seed.wrapping_add(2)),
            temperature: 20.0,
            // The quick preset's 16-epoch student keeps 0.9: at 0.5 it makes about 118, which
            // beats its own 25-epoch teacher (120) and loses the ordering the preset exists to
            // show (docs/recipe.md).
            alpha: if quick { 0.9 } else { TABLE_ALPHA },
            section3_alpha: SECTION3_ALPHA,
            // Measured in the full default run after the speed work (docs/speed.md), evaluation
            // included.
            seconds_per_epoch: [9.6, 4.2, 4.3],
            sweep: SweepPlan {
                temperatures: PAPER_TEMPERATURES.to_vec(),
                widths: PAPER_WIDTHS.to_vec(),
                seeds: 1,
                epochs: if quick { 3 } else { 12 },
            },
            cut_student_epochs: if quick { 16 } else { 40 },
        })
    }

    /// A seconds-long miniature of the pipeline (2,000 training examples, small nets, 4 epochs each)
    /// for smoke tests, the resume test and the golden-value test.
    pub fn tiny(seed: u64) -> Self {
        let mut teacher = TrainConfig::new(Arch(vec![784, 64, 64, 10]));
        teacher.dropout_input = 0.2;
        teacher.dropout_hidden = 0.3;
        teacher.max_norm = Some(3.5);
        teacher.jitter = 1;
        teacher.init = Init::Lecun3;
        teacher.schedule.lr = 0.1;
        teacher.schedule.lr_schedule = LrSchedule::Exponential { decay: 0.8 };
        teacher.schedule.momentum_start = 0.5;
        teacher.schedule.momentum_epochs = 2;
        teacher.schedule.epochs = 4;
        teacher.train_subset = Some(2000);
        teacher.seed = seed;
        let mut small = TrainConfig::new(Arch(vec![784, 32, 32, 10]));
        small.schedule.lr = 0.1;
        small.schedule.epochs = 4;
        small.train_subset = Some(2000);
        small.seed = seed.wrapping_add(1);
        let mut distilled = small.clone();
        distilled.seed = seed.wrapping_add(2);
        Preset {
            name: "tiny".into(),
            teacher,
            small,
            distilled,
            temperature: 4.0,
            alpha: 0.7,
            section3_alpha: 0.7,
            seconds_per_epoch: [0.2, 0.1, 0.1],
            sweep: SweepPlan {
                temperatures: vec![2.0, f32::INFINITY],
                widths: vec![16, 32],
                seeds: 1,
                epochs: 2,
            },
            cut_student_epochs: 4,
        }
    }

    /// Estimated seconds for the epochs still to run.
    pub fn estimate(&self, done: [usize; 3]) -> f64 {
        self.estimate_from(0, done)
    }

    /// Estimated seconds for the epochs still to run of the models from `first` on (0 the teacher,
    /// 1 the small net, 2 the distilled net).
    fn estimate_from(&self, first: usize, done: [usize; 3]) -> f64 {
        let epochs = [
            self.teacher.schedule.epochs,
            self.small.schedule.epochs,
            self.distilled.schedule.epochs,
        ];
        (first..3)
            .map(|i| epochs[i].saturating_sub(done[i]) as f64 * self.seconds_per_epoch[i])
            .sum()
    }

    /// [`train_model`](crate::experiments::mnist::train_model)'s outlook for model `i`: its
    /// seconds per epoch, and the seconds of the epochs still to run of the models after it.
    pub(super) fn outlook(&self, i: usize, done: [usize; 3]) -> Option<(f64, f64)> {
        Some((self.seconds_per_epoch[i], self.estimate_from(i + 1, done)))
    }
}

/// The paper's teacher, 784-1200-1200-10: dropout of 20% of the pixels and 50% of the hidden
/// units, max-norm on every hidden unit's incoming weights, ±2-pixel jitter; our optimiser and
/// schedule (docs/recipe.md).
fn paper_teacher(epochs: usize, seed: u64) -> TrainConfig {
    let mut teacher = TrainConfig::new(Arch(vec![784, 1200, 1200, 10]));
    teacher.dropout_input = 0.2;
    teacher.dropout_hidden = 0.5;
    teacher.max_norm = Some(3.5);
    teacher.jitter = 2;
    teacher.init = Init::Lecun3;
    teacher.schedule.lr = 0.05;
    teacher.schedule.momentum_start = 0.9;
    teacher.schedule.momentum_end = 0.9;
    teacher.schedule.lr_schedule = LrSchedule::Cosine { floor: 0.0 };
    teacher.schedule.epochs = epochs;
    teacher.seed = seed;
    teacher
}

/// The paper's small net, 784-800-800-10, with no regularisation at all: trained alone on the
/// labels, or, given soft targets, the distilled student.
fn small_net(lr: f64, epochs: usize, seed: u64) -> TrainConfig {
    let mut small = TrainConfig::new(Arch(vec![784, 800, 800, 10]));
    small.init = Init::Lecun3;
    small.schedule.lr = lr;
    small.schedule.epochs = epochs;
    small.seed = seed;
    small
}

/// The start-up line's estimate of the training still to do, in words: the table's `seconds` and,
/// with `--all`, section 3's, as estimated for the reference machine, scaled by `speed` (this
/// machine's time over the reference's; see [`measure_speed`]) where it was measured.
pub(super) fn expected_duration(table: f64, section3: Option<f64>, speed: Option<f64>) -> String {
    let (scale, machine) = match speed {
        Some(s) => (s, "on this machine, from a few timed teacher steps"),
        None => (1.0, "on a 2-core AVX2 machine"),
    };
    let (table, section3) = (table * scale, section3.map(|s| s * scale));
    let total = table + section3.unwrap_or(0.0);
    let parts = match section3 {
        Some(s) if s > 0.0 && table > 0.0 => format!(
            " (the table {}, then section 3 {})",
            words::duration(table),
            words::duration(s)
        ),
        Some(s) if s > 0.0 => ", all of it section 3's".to_string(),
        _ => String::new(),
    };
    if total <= 0.0 {
        "nothing left to train".to_string()
    } else {
        format!(
            "expected duration {} {machine}{parts}",
            words::duration(total)
        )
    }
}

/// This machine's speed against the reference machine of [`Preset::seconds_per_epoch`], as the
/// ratio of their times (2.0: half as fast): a teacher epoch of this data set here, training and
/// test-set evaluation, predicted from the preset's teacher trained on 1,000 examples and evaluated
/// on 1,000 test examples (medians of three rounds after one for warming up), over the
/// reference's teacher epoch. About a second; the progress lines refine it from the real epochs.
/// None where the measurement fails: the estimate is only a hint, not worth failing a run for.
pub(super) fn measure_speed(p: &Preset, data: &DataDir) -> Option<f64> {
    let timed = data.train.len().min(1000);
    let mut cfg = p.teacher.clone();
    cfg.train_subset = Some(timed);
    cfg.schedule.epochs = 4;
    // The evaluation after each training epoch is timed apart, below: one test example here.
    let (one, _) = data.test.select(1, |_| true).ok()?;
    let (tests, _) = data.test.select(1000, |_| true).ok()?;
    let mut t = crate::train::Trainer::new(cfg).ok()?;
    let mut silent = crate::train::Silent;
    let mut ws = crate::nn::Workspace::new(&t.mlp.arch, p.teacher.batch);
    // The median of three timings of each: a shared machine's single timing strays by half.
    let (mut training, mut evaluation) = (Vec::new(), Vec::new());
    for round in 0..4 {
        // The epoch's own seconds: they leave out the digest of its weights, which takes the same
        // few milliseconds for 1,000 examples as for 60,000.
        let trained = t
            .train_epoch(&data.train, &one, &Targets::Hard, &mut silent)
            .ok()?
            .seconds;
        let started = Instant::now();
        crate::train::evaluate(&t.mlp, &tests, &mut ws).ok()?;
        // The first round warms up (page faults, allocations) and is not counted.
        if round > 0 {
            training.push(trained);
            evaluation.push(started.elapsed().as_secs_f64());
        }
    }
    let median = crate::bench::median;
    let (training, evaluation) = (median(training), median(evaluation));
    Some(time_ratio(
        (
            training / timed as f64,
            p.teacher.examples_used(data.train.len()),
        ),
        (evaluation / tests.len() as f64, data.test.len()),
        p.seconds_per_epoch[0],
    ))
}

/// A teacher epoch here, predicted from (seconds per example, examples) of its training and of its
/// evaluation, over the reference machine's `reference` seconds for one.
fn time_ratio(training: (f64, usize), evaluation: (f64, usize), reference: f64) -> f64 {
    (training.0 * training.1 as f64 + evaluation.0 * evaluation.1 as f64) / reference
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_line_says_how_much_training_is_left() {
        let p = Preset::get("default", 1).unwrap();
        let all = [
            p.teacher.schedule.epochs,
            p.small.schedule.epochs,
            p.distilled.schedule.epochs,
        ];
        assert_eq!(
            expected_duration(p.estimate(all), None, Some(2.0)),
            "nothing left to train"
        );
        // The whole default run is the table's 40 minutes, give or take the estimate's rounding.
        let fresh = p.estimate([0, 0, 0]) / 60.0;
        assert!((30.0..50.0).contains(&fresh), "{fresh} min");
        assert_eq!(
            expected_duration(2400.0, None, None),
            "expected duration about 40 min on a 2-core AVX2 machine"
        );
        // Scaled by the speed measured here, and said to be.
        assert_eq!(
            expected_duration(2400.0, None, Some(1.6)),
            "expected duration about 1 h 04 min on this machine, from a few timed teacher steps"
        );
        // With only the distilled net's last epoch left, under a minute.
        let last = [all[0], all[1], all[2] - 1];
        assert!(expected_duration(p.estimate(last), None, None).contains("under a minute"));
        // With --all: the whole, then its two parts, all scaled alike.
        assert_eq!(
            expected_duration(2400.0, Some(900.0), Some(2.0)),
            "expected duration about 1 h 50 min on this machine, from a few timed teacher steps \
             (the table about 1 h 20 min, then section 3 about 30 min)"
        );
        assert_eq!(
            expected_duration(0.0, Some(600.0), None),
            "expected duration about 10 min on a 2-core AVX2 machine, all of it section 3's"
        );
        assert_eq!(
            expected_duration(600.0, Some(0.0), None),
            "expected duration about 10 min on a 2-core AVX2 machine"
        );
        assert_eq!(
            expected_duration(0.0, Some(0.0), None),
            "nothing left to train"
        );
    }

    #[test]
    fn the_speed_is_the_time_of_an_epoch_here_over_the_reference() {
        // 0.3 ms per training example over 60,000 and 0.24 ms per test example over 10,000: a
        // 20.4 s epoch here against the reference's 10.2 s is twice as slow.
        let close = |x: f64, want: f64| assert!((x - want).abs() < 1e-12, "{x}, not {want}");
        close(time_ratio((3e-4, 60_000), (2.4e-4, 10_000), 10.2), 2.0);
        // The test set's evaluation weighs more where there are fewer training examples.
        close(time_ratio((3e-4, 2_000), (2.4e-4, 10_000), 3.0), 1.0);
    }
}
