//! What the long-running commands print while they train: progress bars with ETA on stderr,
//! one line (or one JSON object) per epoch on stdout.

use indicatif::{ProgressBar, ProgressStyle};

use distil::train::{EpochStats, Observer};
use distil::words;

/// The progress printers of the long-running commands: status lines (none with `--json`) and, per
/// model, a progress observer labelled with its name.
pub fn printers(
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

/// Progress bars on stderr (hidden when it is not a terminal), one line per epoch on stdout, with
/// the time the run has left.
pub struct Progress {
    /// Printed before "epoch" (the model's name in `mnist`).
    label: String,
    json: bool,
    epochs: usize,
    bar: Option<ProgressBar>,
    /// The estimates of [`Observer::outlook`]: this model's seconds per epoch and the seconds of
    /// the work after it to the table (`mnist`); None elsewhere, where the time left is this
    /// model's own.
    outlook: Option<(f64, f64)>,
    /// Seconds and count of the epochs this process has trained.
    measured: (f64, usize),
    /// "; about 7 min left" after the last epoch (empty before the first and after the last), or
    /// "left to the table" in `mnist`, "left for this model" in a command that trains several.
    left: String,
}

impl Progress {
    pub fn new(json: bool, epochs: usize) -> Self {
        Progress {
            label: String::new(),
            json,
            epochs,
            bar: None,
            outlook: None,
            measured: (0.0, 0),
            left: String::new(),
        }
    }
    pub fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}

/// A run that stops on an error (a failed save) leaves no stale bar above its `error:` line.
impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
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
                ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} ({eta} to go) {msg}")
                    .expect("valid template")
                    .progress_chars("=> "),
            );
            b
        });
        bar.set_prefix(format!("{}epoch {epoch}/{}", self.label, self.epochs));
        bar.set_position(done as u64);
        if done.is_multiple_of(10) || done == total {
            bar.set_message(format!(
                "loss {loss:.4} train err {:.2}%{}",
                100.0 * err_rate,
                self.left
            ));
        }
    }

    fn outlook(&mut self, epoch_seconds: f64, after_seconds: f64) {
        self.outlook = Some((epoch_seconds, after_seconds));
    }

    fn epoch(&mut self, s: &EpochStats) {
        self.finish();
        self.measured.0 += s.seconds;
        self.measured.1 += 1;
        let mean = self.measured.0 / self.measured.1 as f64;
        let epochs_left = self.epochs.saturating_sub(s.epoch);
        let left = seconds_left(mean, epochs_left, self.outlook.unwrap_or((0.0, 0.0)));
        let of_what = match (self.outlook, self.label.is_empty()) {
            (Some(_), _) => " to the table",
            (None, true) => "",
            (None, false) => " for this model",
        };
        self.left = if left > 0.0 {
            format!("; {} left{of_what}", words::duration(left))
        } else {
            String::new()
        };
        if self.json {
            let mut j = s.to_json();
            if !self.label.is_empty() {
                j["model"] = self.label.trim().into();
            }
            println!("{j}");
        } else {
            println!(
                "{}epoch {}/{}: loss {:.4}, train errors {:.2}%, test errors {} of {} ({:.2}%), {:.1} s{}",
                self.label,
                s.epoch,
                self.epochs,
                s.train_loss,
                100.0 * s.train_errors as f64 / s.train_examples.max(1) as f64,
                s.test_errors,
                s.test_examples,
                100.0 * s.test_errors as f64 / s.test_examples.max(1) as f64,
                s.seconds,
                self.left
            );
        }
    }
}

/// The run's seconds left after an epoch: this model's `epochs_left` at the `mean` seconds measured
/// so far, then the work after it, its estimate scaled by how this machine compares with the one
/// the estimates were made on (the measured mean over the estimated seconds per epoch).
fn seconds_left(mean: f64, epochs_left: usize, (epoch_seconds, after_seconds): (f64, f64)) -> f64 {
    let speed = if epoch_seconds > 0.0 {
        mean / epoch_seconds
    } else {
        1.0
    };
    mean * epochs_left as f64 + after_seconds * speed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_left_scales_the_later_models_by_the_measured_speed() {
        // Alone: the epochs left at the measured mean.
        assert_eq!(seconds_left(6.0, 10, (0.0, 0.0)), 60.0);
        // The teacher of a run estimated at 9.6 s per epoch and 768 s after it, measured at 6 s
        // per epoch with 100 epochs left: 600 s of its own, and the rest 6 / 9.6 as long.
        assert_eq!(seconds_left(6.0, 100, (9.6, 768.0)), 600.0 + 480.0);
        // The last epoch of the last model: nothing left.
        assert_eq!(seconds_left(6.0, 0, (9.6, 0.0)), 0.0);
    }
}
