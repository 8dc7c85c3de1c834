//! What the long-running commands print while they train: progress bars with ETA on stderr,
//! one line (or one JSON object) per epoch on stdout.

use indicatif::{ProgressBar, ProgressStyle};

use distil::train::{EpochStats, Observer};

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

/// Progress bars on stderr (hidden when it is not a terminal), one line per epoch on stdout.
pub struct Progress {
    /// Printed before "epoch" (the model's name in `mnist`).
    label: String,
    json: bool,
    epochs: usize,
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(json: bool, epochs: usize) -> Self {
        Progress {
            label: String::new(),
            json,
            epochs,
            bar: None,
        }
    }
    pub fn finish(&mut self) {
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
