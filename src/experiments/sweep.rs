//! The temperature sweep of section 3: distilled students of several hidden widths (two hidden
//! layers each), trained from one cached teacher at each temperature, over several seeds.
//!
//! Every finished run appends one JSON line to `sweep.jsonl` in the sweep's folder, and a run
//! whose line is already there is skipped, so a sweep resumes after a kill (losing at most the
//! run in progress) and can be split over processes or machines with `--shard K/M` (each takes
//! every M-th run, starting at the K-th) and the files concatenated. `T = inf` is matching logits.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::Instant;

use serde_json::{json, Value};

use crate::checkpoint::sha256_hex;
use crate::data::Dataset;
use crate::device::{Device, Engine};
use crate::error::{Error, Result};
use crate::io::write_atomic;
use crate::nn::Arch;
use crate::plot::{svg_plot, Series};
use crate::train::{Observer, SoftSpec, Targets, TrainConfig};
use crate::words;

/// The paper's temperatures, and matching logits as the limit.
pub const PAPER_TEMPERATURES: &[f32] =
    &[1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 8.0, 10.0, 20.0, f32::INFINITY];
pub const PAPER_WIDTHS: &[usize] = &[30, 300, 800];

/// What to sweep.
#[derive(Clone, Debug)]
pub struct Spec {
    pub temperatures: Vec<f32>,
    pub widths: Vec<usize>,
    pub seeds: usize,
    /// The students' recipe; its architecture's hidden widths and its seed are replaced per run.
    pub base: TrainConfig,
    pub alpha: f32,
    /// (K, M): this process runs every M-th run starting at the K-th (1-based).
    pub shard: (usize, usize),
}

/// One run of the sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub width: usize,
    pub temperature: f32,
    /// 0-based seed index; the run's seed is the base seed plus this.
    pub seed: usize,
}

/// A finished run, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub run: Run,
    pub epochs: usize,
    pub test_errors: usize,
    pub seconds: f64,
    pub teacher_sha256: String,
    pub alpha: f32,
    /// [`Spec::recipe_key`] of the run: a record counts for a run only when its key is the run's.
    /// `None` in lines written before the key was (see [`Spec::counts`]).
    pub recipe: Option<String>,
    /// [`crate::nn::Mlp::weights_sha256`] of the student at the end: runs on any thread count
    /// compare by it (sweep students keep no checkpoint). `None` in lines written before it was.
    pub weights_sha256: Option<String>,
    /// Where the run's arithmetic ran ([`EpochStats::numerics`](crate::train::EpochStats)): a
    /// record counts whatever device or SIMD path made it, and says which here. `None` in lines
    /// written before it was recorded.
    pub numerics: Option<String>,
}

/// "inf" for matching logits, the number otherwise.
pub fn temperature_name(t: f32) -> String {
    if t.is_infinite() {
        "inf".into()
    } else {
        t.to_string()
    }
}

/// Parses `--temperatures`: positive numbers up to [`crate::distill::MAX_TEMPERATURE`], or `inf`.
pub fn parse_temperatures(s: &str) -> Result<Vec<f32>> {
    s.split(',')
        .map(|p| {
            let t = crate::distill::parse_temperature(p).map_err(|e| {
                Error::config(
                    "--temperatures",
                    format!("in a list like 1,2.5,20,inf: {e}"),
                )
            })?;
            crate::distill::check_temperature("--temperatures", t, true)?;
            Ok(t)
        })
        .collect()
}

/// Parses `--shard K/M` (1 ≤ K ≤ M).
pub fn parse_shard(s: &str) -> Result<(usize, usize)> {
    let bad = || {
        Error::config(
            "--shard",
            format!("expected K/M with 1 ≤ K ≤ M, found '{s}'"),
        )
    };
    let (k, m) = s.split_once('/').ok_or_else(bad)?;
    let (k, m): (usize, usize) = (
        k.trim().parse().map_err(|_| bad())?,
        m.trim().parse().map_err(|_| bad())?,
    );
    if k == 0 || k > m {
        return Err(bad());
    }
    Ok((k, m))
}

impl Spec {
    /// Checks the whole sweep before any run trains: a shard that selects nothing or divides by
    /// zero, an empty list, and every run's settings. A spec built by hand (its fields are
    /// public) would otherwise fail at the run its flaw touches, after earlier runs had trained.
    pub fn validate(&self) -> Result<()> {
        let (k, m) = self.shard;
        if k == 0 || k > m {
            return Err(Error::config(
                "--shard",
                format!("expected K/M with 1 ≤ K ≤ M, found {k}/{m}"),
            ));
        }
        for (flag, empty) in [
            ("--widths", self.widths.is_empty()),
            ("--temperatures", self.temperatures.is_empty()),
            ("--seeds", self.seeds == 0),
        ] {
            if empty {
                return Err(Error::config(flag, "expected at least one, found none"));
            }
        }
        // A run's seed changes nothing that is checked: one seed of each width and temperature.
        for r in self.all_runs().iter().filter(|r| r.seed == 0) {
            self.config(r, "").validate()?;
        }
        Ok(())
    }

    /// This shard's share of [`Self::all_runs`].
    ///
    /// # Panics
    ///
    /// If the shard is not K/M with 1 ≤ K ≤ M ([`Self::validate`] refuses it).
    pub fn runs(&self) -> Vec<Run> {
        let (k, m) = self.shard;
        // Else K = 0 would wrap around in a release build and give no runs, without a word.
        assert!(
            1 <= k && k <= m,
            "shard {k}/{m}: expected 1 ≤ K ≤ M (Spec::validate refuses it)"
        );
        self.all_runs()
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % m == k - 1)
            .map(|(_, r)| r)
            .collect()
    }

    /// Every run of the sweep, in a fixed order (width, then temperature, then seed), whatever
    /// the shard.
    pub fn all_runs(&self) -> Vec<Run> {
        let mut all = Vec::new();
        for &width in &self.widths {
            for &temperature in &self.temperatures {
                for seed in 0..self.seeds {
                    all.push(Run {
                        width,
                        temperature,
                        seed,
                    });
                }
            }
        }
        all
    }

    /// The training settings of one run.
    pub fn config(&self, run: &Run, teacher_sha256: &str) -> TrainConfig {
        let mut cfg = self.base.clone();
        let (inputs, classes) = (cfg.arch.inputs(), cfg.arch.classes());
        cfg.arch = Arch(vec![inputs, run.width, run.width, classes]);
        cfg.seed = self.base.seed.wrapping_add(run.seed as u64);
        cfg.soft = Some(SoftSpec {
            temperature: run.temperature,
            alpha: self.alpha,
            teacher_sha256: teacher_sha256.to_string(),
        });
        cfg
    }

    /// What a record of `run` must carry to count for this sweep: SHA-256 of the run's whole
    /// settings (seed, learning rate, epochs, subset, teacher, α, ...) and of the data it was
    /// trained and tested on (`data_key`). A sweep into a folder of another recipe's or another
    /// data set's runs neither skips nor reports them.
    pub fn recipe_key(&self, run: &Run, teacher_sha256: &str, data_key: &str) -> String {
        // In the form the settings had when keys were first recorded, so that they still match.
        let settings = self.config(run, teacher_sha256).to_json_widened();
        sha256_hex(format!("{settings} {data_key}").as_bytes())
    }

    /// Whether record `d` counts for this sweep: by its recipe key, or for a line written before
    /// keys were recorded, by what it did record (epochs, teacher and α), so that older sweep
    /// folders still resume and report.
    pub fn counts(&self, d: &Record, teacher_sha256: &str, data_key: &str) -> bool {
        match &d.recipe {
            Some(k) => *k == self.recipe_key(&d.run, teacher_sha256, data_key),
            None => {
                d.epochs == self.base.schedule.epochs
                    && d.teacher_sha256 == teacher_sha256
                    && d.alpha == self.alpha
            }
        }
    }
}

impl Record {
    fn to_json(&self) -> Value {
        json!({
            "width": self.run.width,
            "temperature": temperature_name(self.run.temperature),
            "seed": self.run.seed,
            "epochs": self.epochs,
            "test_errors": self.test_errors,
            "seconds": self.seconds,
            "teacher_sha256": self.teacher_sha256,
            "alpha": crate::json::f32_value(self.alpha),
            "recipe": self.recipe,
            "weights_sha256": self.weights_sha256,
            "numerics": self.numerics,
        })
    }

    /// A record, if `v` is one this version could have written: a line edited by hand, or of an
    /// older version that wrote no recipe key (and so counts by its epochs, teacher and α alone),
    /// must not put a width of 0 or a temperature of NaN into the tables.
    fn from_json(v: &Value) -> Option<Self> {
        let temperature = match v["temperature"].as_str()? {
            "inf" => f32::INFINITY,
            t => t.parse().ok()?,
        };
        crate::distill::check_temperature("", temperature, true).ok()?;
        let width = v["width"]
            .as_u64()
            .filter(|w| (1..=u32::MAX as u64).contains(w))?;
        Some(Record {
            run: Run {
                width: width as usize,
                temperature,
                seed: v["seed"].as_u64()? as usize,
            },
            epochs: v["epochs"].as_u64()? as usize,
            test_errors: v["test_errors"].as_u64()? as usize,
            seconds: v["seconds"].as_f64()?,
            teacher_sha256: v["teacher_sha256"].as_str()?.to_string(),
            alpha: v["alpha"].as_f64()? as f32,
            recipe: v["recipe"].as_str().map(String::from),
            weights_sha256: v["weights_sha256"].as_str().map(String::from),
            numerics: v["numerics"].as_str().map(String::from),
        })
    }
}

/// What a record's [`Spec::recipe_key`] holds of the data a run was trained and tested on.
pub fn data_key(train: &Dataset, test: &Dataset) -> String {
    format!("{} {}", train.fingerprint(), test.fingerprint())
}

/// The records in a results file. A line cut short by a kill (the last) is skipped, and so is any
/// other line that is not a record, even one that is not UTF-8: it costs only its own run.
pub fn read_records(path: &Path) -> Result<Vec<Record>> {
    Ok(read_records_counting(path)?.0)
}

/// [`read_records`], and how many complete lines were not records (a last line without its
/// newline, which a kill leaves, is not counted: the next record starts a line of its own).
pub fn read_records_counting(path: &Path) -> Result<(Vec<Record>, usize)> {
    let bytes = match crate::io::read_regular(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(Error::io(path, "read", e)),
    };
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let complete = lines.len() - 1; // what follows the last newline is cut short, or empty
    let (mut records, mut other) = (Vec::new(), 0);
    for (i, line) in lines.iter().enumerate() {
        let record = serde_json::from_slice::<Value>(line)
            .ok()
            .and_then(|v| Record::from_json(&v));
        match record {
            Some(r) => records.push(r),
            None if i < complete && !line.trim_ascii().is_empty() => other += 1,
            None => {}
        }
    }
    Ok((records, other))
}

/// Appends one record as one line with a single write (appends of one line do not interleave, so
/// shards that write into one folder, which its lock allows only one at a time on a machine, never
/// mix their lines). After a line cut short by a kill, the record starts a new line.
fn append(path: &Path, r: &Record) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).read(true).append(true);
    // Never through a symbolic link, even one swapped in since the folder's check at the start:
    // it could point at any file, an input included, and append to it (or create it).
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
    let not_a_file =
        |found: &str| Error::data(path.display().to_string(), EXPECTED_AT_FILES, found);
    // A refused open says what stands there (a link's error code differs between systems).
    let mut f = options
        .open(path)
        .map_err(|e| match crate::io::not_a_file_to_replace(path) {
            Some(found) => not_a_file(&found),
            None => Error::io(path, "open for appending", e),
        })?;
    let meta = f.metadata().map_err(|e| Error::io(path, "read", e))?;
    if !meta.is_file() {
        return Err(not_a_file("a FIFO, socket or device"));
    }
    let mut last = [b'\n'];
    if meta.len() > 0 {
        f.seek(SeekFrom::End(-1))
            .and_then(|_| f.read_exact(&mut last))
            .map_err(|e| Error::io(path, "read", e))?;
    }
    let cut = if last[0] == b'\n' { "" } else { "\n" };
    let line = format!("{cut}{}\n", r.to_json());
    f.write_all(line.as_bytes())
        .and_then(|_| f.sync_data())
        .map_err(|e| Error::io(path, "append a record", e))
}

/// The sweep's folder `dir`, made, held and checked (nothing but its files, or nothing, under
/// their names). Two sweeps into one folder would both train every run they find missing. `run`
/// takes it; a command can take it first, before work that the folder's problems would waste
/// (the lock is re-entrant).
pub fn hold_folder(dir: &Path) -> Result<crate::io::FolderLock> {
    crate::io::create_folder(dir)?;
    let lock = crate::io::lock_folder(dir)?;
    crate::io::refuse_non_files_at(dir, FILES, EXPECTED_AT_FILES)?;
    remove_dead_temps_of_files(dir, &lock);
    Ok(lock)
}

/// The files a sweep writes in its folder.
pub const FILES: [&str; 3] = ["sweep.jsonl", "sweep.md", "sweep.svg"];

/// What an error says belongs where one of [`FILES`] goes, at the start and at each append.
const EXPECTED_AT_FILES: &str = "a file of the sweep, or nothing";

/// Removes the temporary files of the sweep's own files that killed runs left in `dir`, at once
/// where the folder is locked for real (no process that could be writing them is alive: another
/// would hold the lock). Elsewhere every write removes its own, once an hour old.
pub fn remove_dead_temps_of_files(dir: &Path, lock: &crate::io::FolderLock) -> usize {
    if !lock.held() {
        return 0;
    }
    FILES
        .iter()
        .map(|f| crate::io::remove_stale_temps_of(&dir.join(f), None))
        .sum()
}

/// Runs whatever runs of `spec` are not in `dir/sweep.jsonl` yet, appending each as it finishes,
/// then writes `dir/sweep.md` and `dir/sweep.svg` from all the records of this recipe (settings,
/// teacher and data). Every student trains on `device`; `teacher` holds the teacher's logits
/// over `train`, `[examples × classes]`.
#[allow(clippy::too_many_arguments)]
pub fn run(
    spec: &Spec,
    device: Device,
    dir: &Path,
    train: &Dataset,
    test: &Dataset,
    teacher: &[f32],
    teacher_sha256: &str,
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
) -> Result<Vec<Record>> {
    spec.validate()?;
    // What the device does not train (matching logits on a GPU), refused before any run.
    for r in spec.all_runs().iter().filter(|r| r.seed == 0) {
        Engine::check_config(&spec.config(r, ""), device)?;
    }
    let _lock = hold_folder(dir)?;
    let results = dir.join("sweep.jsonl");
    let epochs = spec.base.schedule.epochs;
    let (done, other) = read_records_counting(&results)?;
    note_unread_lines(other, &results);
    let shared = Shared {
        spec,
        device,
        train,
        test,
        teacher,
        teacher_sha256,
        data_key: data_key(train, test),
    };
    let same_recipe = |d: &Record| spec.counts(d, teacher_sha256, &shared.data_key);
    let is_done = |r: &Run| done.iter().any(|d| &d.run == r && same_recipe(d));
    let todo: Vec<Run> = spec.runs().into_iter().filter(|r| !is_done(r)).collect();
    say(&plan_line(spec, todo.len(), epochs, device));
    for r in &todo {
        let (record, label) = shared.train(r, observer)?;
        append(&results, &record)?;
        say(&format!("{label}: {} test errors", record.test_errors));
    }
    let mine = distinct_runs(read_records(&results)?, same_recipe);
    write_atomic(&dir.join("sweep.md"), report(&mine).as_bytes())?;
    write_atomic(&dir.join("sweep.svg"), plot(&mine, test.len()).as_bytes())?;
    Ok(mine)
}

/// The sweep's first line: the runs to do and done, the device where it is not the CPU, the widths
/// and temperatures.
fn plan_line(spec: &Spec, todo: usize, epochs: usize, device: Device) -> String {
    let on = match device {
        Device::Cpu => String::new(),
        gpu => format!(" on --device {gpu}"),
    };
    format!(
        "sweep: {} of {} to do ({} done){on}, widths {:?}, temperatures {}",
        words::count(todo, "run"),
        words::count(epochs, "epoch"),
        spec.runs().len() - todo,
        spec.widths,
        spec.temperatures
            .iter()
            .map(|&t| temperature_name(t))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// What every run of one sweep shares: its settings, device, data and teacher.
struct Shared<'a> {
    spec: &'a Spec,
    device: Device,
    train: &'a Dataset,
    test: &'a Dataset,
    /// The teacher's logits over `train`.
    teacher: &'a [f32],
    teacher_sha256: &'a str,
    /// [`data_key`] of `train` and `test`.
    data_key: String,
}

impl Shared<'_> {
    /// Trains run `r` from scratch to its last epoch: its record, and the label its progress
    /// went under.
    fn train(
        &self,
        r: &Run,
        observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
    ) -> Result<(Record, String)> {
        let (spec, epochs) = (self.spec, self.spec.base.schedule.epochs);
        let cfg = spec.config(r, self.teacher_sha256);
        let seed = cfg.seed;
        let started = Instant::now();
        let mut t = Engine::new(cfg, self.device)?;
        let targets = Targets::Soft {
            teacher: self.teacher,
            t: r.temperature,
            alpha: spec.alpha,
        };
        let label = format!(
            "width {} T {} seed {}",
            r.width,
            temperature_name(r.temperature),
            // The seed itself (as `train --seed` and `mnist --seed` name it), not its index.
            seed
        );
        let mut obs = observer(&label, epochs);
        let mut last = None;
        while t.epoch() < epochs {
            last = Some(t.train_epoch(self.train, self.test, &targets, obs.as_mut())?);
        }
        let record = Record {
            run: r.clone(),
            epochs,
            test_errors: last.as_ref().map_or(0, |s| s.test_errors),
            seconds: started.elapsed().as_secs_f64(),
            teacher_sha256: self.teacher_sha256.to_string(),
            alpha: spec.alpha,
            recipe: Some(spec.recipe_key(r, self.teacher_sha256, &self.data_key)),
            numerics: last.as_ref().map(|s| s.numerics.clone()),
            weights_sha256: last.map(|s| s.weights_sha256),
        };
        Ok((record, label))
    }
}

/// Says on stderr (as every note: `say` is silent under --json) how many lines of `results`
/// are not records this version reads, if any: they are ignored.
fn note_unread_lines(other: usize, results: &Path) {
    if other == 0 {
        return;
    }
    let (is, records) = if other == 1 {
        ("is", "a sweep record")
    } else {
        ("are", "sweep records")
    };
    eprintln!(
        "{}",
        crate::error::escape_controls(&format!(
            "note: {} of {} {is} not {records} this version reads and {is} ignored (a run \
             killed while writing leaves one; so does a version before α was recorded)",
            words::count(other, "line"),
            results.display(),
        ))
    );
}

/// The records `keep` accepts, each run once (the first record of it): every run of a recipe in the
/// folder, earlier sweeps into it included, but a run recorded twice (two processes given the same
/// shard) must not count as two seeds.
fn distinct_runs(records: Vec<Record>, keep: impl Fn(&Record) -> bool) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::new();
    for d in records {
        if keep(&d) && !out.iter().any(|m| m.run == d.run) {
            out.push(d);
        }
    }
    out
}

/// Mean and sample standard deviation (0 for one value).
fn mean_sd(v: &[f64]) -> (f64, f64) {
    let n = v.len() as f64;
    let mean = v.iter().sum::<f64>() / n;
    let var = if v.len() > 1 {
        v.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1.0)
    } else {
        0.0
    };
    (mean, var.sqrt())
}

/// The widths and temperatures present, sorted.
fn axes(records: &[Record]) -> (Vec<usize>, Vec<f32>) {
    let mut widths: Vec<usize> = records.iter().map(|r| r.run.width).collect();
    widths.sort_unstable();
    widths.dedup();
    let mut temps: Vec<f32> = records.iter().map(|r| r.run.temperature).collect();
    temps.sort_by(f32::total_cmp);
    temps.dedup();
    (widths, temps)
}

/// Test errors of `width` at `t` over the seeds present.
fn cell(records: &[Record], width: usize, t: f32) -> Vec<f64> {
    records
        .iter()
        .filter(|r| r.run.width == width && r.run.temperature == t)
        .map(|r| r.test_errors as f64)
        .collect()
}

/// A Markdown table: one row per width, one column per temperature, "mean ± sd (seeds)".
pub fn report(records: &[Record]) -> String {
    if records.is_empty() {
        return "No finished runs of this recipe yet.\n".to_string();
    }
    let (widths, temps) = axes(records);
    let mut s = String::from("| hidden units | ");
    s.push_str(
        &temps
            .iter()
            .map(|&t| format!("T = {}", temperature_name(t)))
            .collect::<Vec<_>>()
            .join(" | "),
    );
    s.push_str(" |\n|---|");
    s.push_str(&"---:|".repeat(temps.len()));
    s.push('\n');
    for w in &widths {
        s.push_str(&format!("| {w}-{w} |"));
        for &t in &temps {
            let v = cell(records, *w, t);
            if v.is_empty() {
                s.push_str(" |");
                continue;
            }
            let (m, sd) = mean_sd(&v);
            if v.len() > 1 {
                s.push_str(&format!(" {m:.1} ± {sd:.1} ({}) |", v.len()));
            } else {
                s.push_str(&format!(" {m:.0} |"));
            }
        }
        s.push('\n');
    }
    s
}

/// Test errors against temperature, one line per width (temperatures evenly spaced, as labelled).
pub fn plot(records: &[Record], test_examples: usize) -> String {
    let (widths, temps) = axes(records);
    let colours = [
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    ];
    let names: Vec<String> = widths.iter().map(|w| format!("{w}-{w}")).collect();
    let series: Vec<Series> = widths
        .iter()
        .enumerate()
        .map(|(i, &w)| Series {
            name: &names[i],
            colour: colours[i % colours.len()],
            points: temps
                .iter()
                .enumerate()
                .filter_map(|(j, &t)| {
                    let v = cell(records, w, t);
                    (!v.is_empty()).then(|| ((j + 1) as f64, mean_sd(&v).0))
                })
                .collect(),
            reference: None,
            dashed: false,
        })
        .collect();
    let ticks: Vec<(f64, String)> = temps
        .iter()
        .enumerate()
        .map(|(j, &t)| ((j + 1) as f64, temperature_name(t)))
        .collect();
    svg_plot(
        "Distilled students: test errors against temperature",
        "temperature (inf: matching logits)",
        &format!(
            "test errors (of {}, log scale)",
            words::thousands(test_examples)
        ),
        &series,
        Some(&ticks),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records are never appended through a symbolic link, even one that appeared after the
    /// folder's check: neither the file it names nor, for a dangling one, a new file changes.
    #[cfg(unix)]
    #[test]
    fn records_are_not_appended_through_a_link() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::write(d.join("input"), b"data").unwrap();
        let record = Record {
            run: spec((1, 1)).runs()[0].clone(),
            epochs: 1,
            test_errors: 9,
            seconds: 1.0,
            teacher_sha256: "ab".into(),
            alpha: 0.9,
            recipe: None,
            weights_sha256: None,
            numerics: None,
        };
        for (link, to) in [("a.jsonl", "input"), ("b.jsonl", "missing")] {
            std::os::unix::fs::symlink(to, d.join(link)).unwrap();
            let e = append(&d.join(link), &record).unwrap_err().to_string();
            assert!(e.contains("found a symbolic link"), "{e}");
        }
        assert_eq!(std::fs::read(d.join("input")).unwrap(), b"data");
        assert!(!d.join("missing").exists());
        // A regular file is appended to, as before.
        append(&d.join("c.jsonl"), &record).unwrap();
        assert_eq!(read_records(&d.join("c.jsonl")).unwrap(), vec![record]);
    }

    fn spec(shard: (usize, usize)) -> Spec {
        Spec {
            temperatures: vec![1.0, 20.0, f32::INFINITY],
            widths: vec![30, 300],
            seeds: 2,
            base: TrainConfig::new(Arch(vec![784, 800, 800, 10])),
            alpha: 0.9,
            shard,
        }
    }

    /// A spec built by hand is checked whole before any run: a shard that divides by zero or
    /// selects nothing, an empty list, and a run's settings (here a temperature of 0).
    #[test]
    fn a_hand_built_spec_is_refused_before_any_run() {
        assert!(spec((2, 2)).validate().is_ok());
        for shard in [(1, 0), (0, 1), (3, 2)] {
            let e = spec(shard).validate().unwrap_err().to_string();
            assert!(e.contains("--shard") && e.contains("1 ≤ K ≤ M"), "{e}");
        }
        let mut s = spec((1, 1));
        s.seeds = 0;
        assert!(s.validate().unwrap_err().to_string().contains("--seeds"));
        s.seeds = 1;
        s.temperatures.push(0.0);
        let e = s.validate().unwrap_err().to_string();
        assert!(e.contains("--temperature") && e.contains("found 0"), "{e}");
    }

    #[test]
    fn shards_split_the_runs_without_overlap() {
        let all = spec((1, 1)).runs();
        assert_eq!(all.len(), 12);
        let mut joined: Vec<Run> = (1..=3).flat_map(|k| spec((k, 3)).runs()).collect();
        assert_eq!(joined.len(), 12);
        let key = |r: &Run| (r.width, r.temperature.to_bits(), r.seed);
        joined.sort_by_key(key);
        let mut sorted = all.clone();
        sorted.sort_by_key(key);
        assert_eq!(joined, sorted);
        assert_eq!(
            spec((1, 1)).config(&all[5], "x").arch.to_string(),
            "784-30-30-10"
        );
    }

    #[test]
    fn records_round_trip_and_a_cut_line_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sweep.jsonl");
        let r = Record {
            run: Run {
                width: 30,
                temperature: f32::INFINITY,
                seed: 1,
            },
            epochs: 3,
            test_errors: 250,
            seconds: 1.5,
            teacher_sha256: "ab".into(),
            alpha: 0.9,
            recipe: Some("k".into()),
            weights_sha256: Some("c0ffee".into()),
            numerics: Some("cpu avx2".into()),
        };
        append(&path, &r).unwrap();
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        f.write_all(b"{\"width\": 300, \"temp").unwrap();
        assert_eq!(read_records(&path).unwrap(), vec![r.clone()]);
        // The next record after the cut line starts a line of its own.
        let next = Record {
            test_errors: 260,
            ..r.clone()
        };
        append(&path, &next).unwrap();
        assert_eq!(read_records(&path).unwrap(), vec![r.clone(), next.clone()]);
        // A line of bytes that are not UTF-8 costs only itself.
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        f.write_all(b"\xff\xfe garbage\n").unwrap();
        append(&path, &r).unwrap();
        assert_eq!(
            read_records(&path).unwrap(),
            vec![r.clone(), next, r.clone()]
        );
        // The cut line and the garbage are complete lines now: both counted as not records.
        assert_eq!(read_records_counting(&path).unwrap().1, 2);
        // A line from before α was recorded is not read; one from before the recipe key is, keyless.
        let older = r#"{"width":30,"temperature":"2","seed":0,"epochs":3,"test_errors":9,"seconds":1.0,"teacher_sha256":"ab"}"#;
        let old = r#"{"width":30,"temperature":"2","seed":0,"epochs":3,"test_errors":9,"seconds":1.0,"teacher_sha256":"ab","alpha":0.9}"#;
        std::fs::write(&path, format!("{older}\n{old}\n{}\n", r.to_json())).unwrap();
        let read = read_records(&path).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!((read[0].test_errors, read[0].recipe.clone()), (9, None));
        assert_eq!(
            (read[0].weights_sha256.clone(), read[0].numerics.clone()),
            (None, None),
            "a line from before the digest and the numerics"
        );
        assert_eq!(read[1], r);
        let table = report(&[
            r.clone(),
            Record {
                test_errors: 260,
                ..r.clone()
            },
        ]);
        assert!(
            table.contains("T = inf") && table.contains("255.0 ± 7.1 (2)"),
            "{table}"
        );
    }

    #[test]
    fn the_recipe_key_changes_with_every_setting_and_the_data() {
        let s = spec((1, 1));
        let run = &s.runs()[0];
        let key = |s: &Spec, teacher: &str, data: &str| s.recipe_key(run, teacher, data);
        let base = key(&s, "ab", "d");
        assert_eq!(
            base,
            key(&spec((2, 3)), "ab", "d"),
            "the shard is not the recipe"
        );
        assert_ne!(base, s.recipe_key(&s.runs()[1], "ab", "d"));
        // Keys must not change between versions, or the records of an older sweep folder would
        // all be trained again: these two were computed before settings were written shortened.
        assert_eq!(
            base,
            "213c131af4868f614062a18301ccf170c4c460afaa94690103b016e452edc766"
        );
        let mut t = spec((1, 1));
        t.alpha = 0.1;
        t.base.dropout_input = 0.2;
        t.base.max_norm = Some(3.5);
        assert_eq!(
            t.recipe_key(&t.runs()[4], "ab", "d"),
            "2d98701062762d9bc58c0a081b7187214fd756d284e86f9201f6b11d55704793"
        );
        assert_ne!(base, key(&s, "cd", "d"));
        assert_ne!(base, key(&s, "ab", "e"));
        let changed = |f: &dyn Fn(&mut Spec)| {
            let mut t = spec((1, 1));
            f(&mut t);
            key(&t, "ab", "d")
        };
        assert_ne!(base, changed(&|t| t.alpha = 0.5));
        assert_ne!(base, changed(&|t| t.base.seed += 1));
        assert_ne!(base, changed(&|t| t.base.schedule.lr *= 2.0));
        assert_ne!(base, changed(&|t| t.base.schedule.epochs += 1));
        assert_ne!(base, changed(&|t| t.base.train_subset = Some(100)));

        // A record counts by its key; a keyless one (written before keys) by epochs, teacher, α.
        let mut d = Record {
            run: run.clone(),
            epochs: s.base.schedule.epochs,
            test_errors: 1,
            seconds: 1.0,
            teacher_sha256: "ab".into(),
            alpha: s.alpha,
            recipe: Some(base.clone()),
            weights_sha256: None,
            numerics: None,
        };
        assert!(s.counts(&d, "ab", "d") && !s.counts(&d, "ab", "e"));
        d.recipe = None;
        assert!(s.counts(&d, "ab", "e") && !s.counts(&d, "cd", "d"));
        d.alpha = 0.5;
        assert!(!s.counts(&d, "ab", "d"));
    }

    #[test]
    fn a_run_recorded_twice_counts_once_and_other_recipes_not_at_all() {
        let r = |seed, errors, alpha| Record {
            run: Run {
                width: 30,
                temperature: 2.0,
                seed,
            },
            epochs: 3,
            test_errors: errors,
            seconds: 1.0,
            teacher_sha256: "ab".into(),
            alpha,
            recipe: Some(if alpha == 0.9 { "k" } else { "other" }.into()),
            weights_sha256: None,
            numerics: None,
        };
        let all = vec![
            r(0, 250, 0.9),
            r(0, 251, 0.9),
            r(1, 260, 0.9),
            r(2, 300, 0.5),
        ];
        let kept = distinct_runs(all, |d| d.recipe.as_deref() == Some("k"));
        assert_eq!(kept, vec![r(0, 250, 0.9), r(1, 260, 0.9)]);
        assert!(
            report(&kept).contains("255.0 ± 7.1 (2)"),
            "{}",
            report(&kept)
        );
        assert!(!report(&[]).contains('|'));
    }

    #[test]
    fn flags_are_checked() {
        assert_eq!(
            parse_temperatures("1, 2.5,inf").unwrap(),
            vec![1.0, 2.5, f32::INFINITY]
        );
        assert!(parse_temperatures("0").is_err() && parse_temperatures("x").is_err());
        assert_eq!(parse_shard("2/3").unwrap(), (2, 3));
        assert!(parse_shard("0/3").is_err() && parse_shard("4/3").is_err());
    }
}
