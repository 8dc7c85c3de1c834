//! `mnist --all`: the rest of the paper's MNIST section after the three-model table, in the same
//! run folder and from the same teacher: the temperature sweep (with matching logits as T = ∞), the
//! student that never saw a 3, the student that saw only 7s and 8s, and the bias shifts that repair
//! them; the table's three models on translated test images (what the soft targets carry of the
//! teacher's translated training data); then one `paper.md` with every paper number beside ours.
//!
//! Files added to the run folder: `sweep/` (see [`sweep`]), `omit3.safetensors`/`.jsonl`,
//! `keep78.safetensors`/`.jsonl`, `section3.json`, `paper.md`. Like the table, everything resumes.

use std::path::Path;

use serde_json::{json, Value};

use crate::checkpoint::Checkpoint;
use crate::data::{DataDir, Dataset};
use crate::device::Device;
use crate::distill::{compute_logits, ClassFilter, Stale, TeacherLogits};
use crate::error::{Error, Result};
use crate::experiments::bias::{best_shift, Shift};
use crate::experiments::mnist::{check_resumable, train_model, Options, TrainingSite};
use crate::experiments::preset::Preset;
use crate::experiments::sweep::{self, temperature_name};
use crate::io::write_atomic;
use crate::nn::Arch;
use crate::train::{Observer, SoftSpec, Targets, TrainConfig, TranslatedErrors};
use crate::words;

/// The paper's numbers for the two cut transfer sets (section 3).
pub const PAPER_OMIT3: (usize, usize, f32, usize, usize) = (206, 133, 3.5, 109, 14);
/// Error rate, bias change, error rate after (percent).
pub const PAPER_KEEP78: (f64, f32, f64) = (47.3, -7.6, 13.2);

/// One cut-transfer-set experiment, finished.
struct CutResult {
    filter: ClassFilter,
    transfer_examples: usize,
    test_errors: usize,
    epochs: usize,
    seconds: f64,
    shift: Shift,
    shifted: Vec<u32>,
    /// [`crate::nn::Mlp::weights_sha256`] of the student, before any bias shift.
    weights_sha256: String,
}

impl CutResult {
    fn to_json(&self) -> Value {
        json!({
            "transfer_set": self.filter.to_string(),
            "transfer_examples": self.transfer_examples,
            "test_errors": self.test_errors,
            "epochs": self.epochs,
            "seconds": self.seconds,
            "shifted_classes": self.shifted,
            "best_shift": crate::json::f32_value(self.shift.delta),
            "test_errors_before_shift": self.shift.errors_before,
            "test_errors_after_shift": self.shift.errors_after,
            "errors_on_shifted_classes_before": self.shift.class_errors_before,
            "errors_on_shifted_classes_after": self.shift.class_errors_after,
            "weights_sha256": self.weights_sha256,
        })
    }
}

/// Section 3's two students on cut transfer sets, distilled from the teacher whose checkpoint has
/// the checksum `teacher_sha256`: name, the transfer set's filter, the classes whose output biases
/// are shifted afterwards, and settings.
fn cut_students(
    p: &Preset,
    teacher_sha256: &str,
) -> Vec<(&'static str, ClassFilter, Vec<u32>, TrainConfig)> {
    [
        ("omit3", ClassFilter::Omit(vec![3]), vec![3]),
        ("keep78", ClassFilter::Keep(vec![7, 8]), vec![7, 8]),
    ]
    .into_iter()
    .map(|(name, filter, shifted)| {
        let mut cfg = p.distilled.clone();
        cfg.schedule.epochs = p.cut_student_epochs;
        cfg.soft = Some(SoftSpec {
            temperature: p.temperature,
            alpha: p.section3_alpha,
            teacher_sha256: teacher_sha256.to_string(),
        });
        cfg.transfer_classes = Some(filter.clone());
        (name, filter, shifted, cfg)
    })
    .collect()
}

/// [`cut_students`] with their cut transfer sets and teacher logits, each checked against any
/// checkpoint of its own in `dir` that this run would continue.
fn prepare_cut_students(
    p: &Preset,
    teacher_sha256: &str,
    data: &DataDir,
    wanted: usize,
    logits: &[f32],
    dir: &Path,
) -> Result<Vec<CutStudent>> {
    let classes = p.distilled.arch.classes();
    let mut students = Vec::new();
    for (name, filter, shifted, cfg) in cut_students(p, teacher_sha256) {
        let (cut, rows) = filter.apply(&data.train, wanted, logits, classes)?;
        check_resumable(name, &cfg, &cut, &data.test, dir)?;
        students.push(CutStudent {
            name,
            filter,
            shifted,
            transfer: cut,
            logits: rows,
            cfg,
        });
    }
    Ok(students)
}

/// Section 3's students' settings, checked before the table's models train
/// ([`Preset::validate`]).
pub(crate) fn check_settings(p: &Preset) -> Result<()> {
    let named = |e: Error| Error::config(format!("preset {}, section 3", p.name), e.to_string());
    for (.., cfg) in cut_students(p, "") {
        cfg.validate().map_err(named)?;
    }
    sweep_spec(p).validate().map_err(named)
}

/// Section 3's temperature sweep: the distilled net's recipe for the preset's sweep epochs.
fn sweep_spec(p: &Preset) -> sweep::Spec {
    let mut base = p.distilled.clone();
    base.schedule.epochs = p.sweep.epochs;
    sweep::Spec {
        temperatures: p.sweep.temperatures.clone(),
        widths: p.sweep.widths.clone(),
        seeds: p.sweep.seeds,
        base,
        alpha: p.section3_alpha,
        shard: (1, 1),
    }
}

/// Refuses, before anything trains, data that section 3 cannot use: its students leave out the 3s
/// or keep only the 7s and 8s, and report their errors on those test classes, so both sets must
/// hold all three (the table would otherwise train for nothing, or report errors on no 3s).
pub(crate) fn check_data(data: &DataDir) -> Result<()> {
    for (set, d) in [("training", &data.train), ("test", &data.test)] {
        for class in [3, 7, 8] {
            if !d.labels.contains(&class) {
                return Err(crate::error::Error::data(
                    d.labels_path.display().to_string(),
                    format!(
                        "{set} examples of class {class} (mnist --all distils students without \
                         the 3s and with only the 7s and 8s, and counts their test errors there)"
                    ),
                    "none",
                ));
            }
        }
    }
    Ok(())
}

/// The names of the cut students' checkpoints in a run folder.
pub(crate) const CUT_STUDENTS: [&str; 2] = ["omit3", "keep78"];

/// Refuses, before anything trains, a checkpoint of either cut student in `dir` that this run
/// could not continue, given the finished teacher's checksum.
pub(crate) fn check_cut_students_resumable(
    p: &Preset,
    teacher_sha256: &str,
    data: &DataDir,
    dir: &Path,
) -> Result<()> {
    let wanted = p.distilled.train_subset.unwrap_or(usize::MAX);
    for (name, filter, _, cfg) in cut_students(p, teacher_sha256) {
        if dir.join(format!("{name}.safetensors")).exists() {
            let (cut, _) = filter.cut(&data.train, wanted)?;
            check_resumable(name, &cfg, &cut, &data.test, dir)?;
        }
    }
    Ok(())
}

/// Seconds on the reference machine of [`Preset::seconds_per_epoch`] for what is left of section 3
/// in `dir`: the sweep's students not yet recorded for the folder's finished teacher, and the cut
/// students' epochs still to run. `teacher_done`: the folder's teacher has finished (the caller
/// has loaded its checkpoint already). A hint for the start-up line, so unreadable files count as
/// nothing done.
///
/// A sweep student's epoch costs the distilled net's in proportion to the products' work per
/// example ([`Arch::inference_flops`]), plus 5% of the distilled net's for what does not shrink with the width (batches,
/// loss, evaluation): priced from the 800-unit student's 4.45 s, 0.29, 1.30 and 4.45 s for 30, 300
/// and 800 units where the default preset's sweep took 0.31, 1.22 and 4.45 s
/// (docs/results/mnist-default/sweep/). A cut student's epoch
/// costs the distilled net's in proportion to the examples it keeps. The table's models on
/// translated test images are priced by [`translated_seconds`]; they run on every `--all`.
pub(crate) fn estimate(p: &Preset, dir: &Path, data: &DataDir, teacher_done: bool) -> f64 {
    let per_epoch = p.seconds_per_epoch[2];
    // What counts as done needs the finished teacher: students of another one train again.
    let sha = teacher_done
        .then(|| crate::io::read_regular(&dir.join("teacher.safetensors")).ok())
        .flatten()
        .map(|b| crate::checkpoint::sha256_hex(&b));
    let spec = sweep_spec(p);
    let records = match &sha {
        Some(_) => sweep::read_records(&dir.join("sweep").join("sweep.jsonl")).unwrap_or_default(),
        None => Vec::new(),
    };
    // As the sweep itself judges them; the data are hashed only where there are records to judge.
    let data_key = if records.is_empty() {
        String::new()
    } else {
        sweep::data_key(&data.train, &data.test)
    };
    let teacher_sha = sha.as_deref().unwrap_or("");
    let recorded = |r: &sweep::Run| {
        records
            .iter()
            .any(|d| d.run == *r && spec.counts(d, teacher_sha, &data_key))
    };
    let sweep: f64 = spec
        .runs()
        .iter()
        .filter(|r| !recorded(r))
        .map(|r| width_share(&p.distilled.arch, r.width) * p.sweep.epochs as f64 * per_epoch)
        .sum();
    let n = data
        .train
        .len()
        .min(p.distilled.train_subset.unwrap_or(usize::MAX));
    let cuts: f64 = cut_students(p, teacher_sha)
        .iter()
        .map(|(name, filter, _, cfg)| {
            let kept = data.train.labels[..n]
                .iter()
                .filter(|&&l| filter.keeps(l))
                .count();
            let done = match sha {
                Some(_) => Checkpoint::load(&dir.join(format!("{name}.safetensors")))
                    .map_or(0, |c| c.epoch),
                None => 0,
            };
            let left = cfg.schedule.epochs.saturating_sub(done);
            left as f64 * per_epoch * kept as f64 / n.max(1) as f64
        })
        .sum();
    // The translated evaluation runs on every `--all`, but a run with nothing left to train says
    // so rather than timing a re-evaluation of some seconds.
    let training = sweep + cuts;
    let translated = match data.test.check_shift(TRANSLATION) {
        Ok(()) if training > 0.0 => translated_seconds(p, n, data.test.len()),
        _ => 0.0,
    };
    training + translated
}

/// Seconds on the reference machine for the table's three models on every translation of `test`
/// images (see [`translated_means`]), where the distilled net's epoch trains on `train` examples
/// (its `train_subset` taken into account): each translation is a pass
/// over the test set per model, priced as the share of the distilled net's epoch that a test pass
/// takes (an epoch trains on the training set, 6 multiply-adds per weight and example, and
/// evaluates the test set, 2), scaled by each model's multiply-adds. About 22 s for the default
/// preset on MNIST.
fn translated_seconds(p: &Preset, train: usize, test: usize) -> f64 {
    let (train, test) = (train as f64, test as f64);
    let test_pass = 2.0 * test / (6.0 * train + 2.0 * test) * p.seconds_per_epoch[2];
    let per_translation: f64 = [&p.teacher.arch, &p.small.arch, &p.distilled.arch]
        .iter()
        .map(|a| a.inference_flops() / p.distilled.arch.inference_flops())
        .sum();
    TRANSLATION_GRID as f64 * per_translation * test_pass
}

/// A sweep student's epoch with two hidden layers of `width` units, as a share of an epoch of the
/// `distilled` net (see [`estimate`]).
fn width_share(distilled: &Arch, width: usize) -> f64 {
    let whole = distilled.inference_flops();
    let student =
        Arch(vec![distilled.inputs(), width, width, distilled.classes()]).inference_flops();
    (student + 0.05 * whole) / (1.05 * whole)
}

/// Runs what is not done yet of section 3 beyond the table; `table` is what [`super::mnist::run`]
/// returned. Returns the section's results (also written to `section3.json`).
pub fn run_rest(
    opts: &Options,
    device: Device,
    data: &DataDir,
    table: &Value,
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
) -> Result<Value> {
    let p = &opts.preset;
    let dir = &opts.dir;
    let _lock = crate::io::lock_folder(dir)?;
    let teacher_path = dir.join("teacher.safetensors");
    let wanted = p.distilled.train_subset.unwrap_or(usize::MAX);
    let (logits, _) = TeacherLogits::open_or_compute(
        &TeacherLogits::default_path(&teacher_path, 0),
        &teacher_path,
        &data.train,
        wanted,
        0,
        Stale::Recompute,
    )?;
    // (The table's run, just before, opened this cache and gave its numerics note, if any.)
    let sha = logits.key.teacher_sha256.clone();

    let spec = sweep_spec(p);
    if device != Device::Cpu {
        // Its 30 small students include matching logits, which the GPU path does not train.
        say(&format!(
            "the temperature sweep runs on the CPU (--device {device} trains the table's models and \
             section 3's two students)"
        ));
    }
    // The two cut students' settings first: a checkpoint of theirs that this run cannot continue
    // is refused now, not after the sweep (`mnist --all` asked this before the table too).
    let students = prepare_cut_students(p, &sha, data, wanted, logits.logits(), dir)?;

    let records = sweep::run(
        &spec,
        Device::Cpu,
        &dir.join("sweep"),
        &data.train,
        &data.test,
        logits.logits(),
        &sha,
        say,
        observer,
    )?;

    let cuts = train_cut_students(opts, device, data, students, say, observer)?;
    let translated = translated_means(dir, &data.test, say)?;

    let test_len = data.test.len();
    let threes = data.test.labels.iter().filter(|&&l| l == 3).count();
    let mut results = results_json(p, table, &records, &cuts, test_len, threes);
    results["translated"] = translated.as_ref().map_or(Value::Null, |t| {
        json!({
            "max_shift": TRANSLATION,
            "mean_errors": {"teacher": t[0], "small": t[1], "distilled": t[2]},
        })
    });
    write_atomic(
        &dir.join("section3.json"),
        format!("{results:#}\n").as_bytes(),
    )?;
    let report = report(
        p.name.as_str(),
        table,
        translated.as_ref(),
        &records,
        &cuts,
        test_len,
        threes,
        p.section3_alpha,
    );
    // The command lists paper.md with the table's files when it ends.
    write_atomic(&dir.join("paper.md"), report.as_bytes())?;
    Ok(results)
}

/// `section3.json`: the table's three numbers beside the sweep's runs and the two cut students,
/// with the test set's size and count of 3s that the latter's figures are read against.
fn results_json(
    p: &Preset,
    table: &Value,
    records: &[sweep::Record],
    cuts: &[CutResult],
    test_len: usize,
    threes: usize,
) -> Value {
    json!({
        "preset": p.name,
        "table": {
            "teacher": table["teacher"]["test_errors"],
            "small": table["small"]["test_errors"],
            "distilled": table["distilled"]["test_errors"],
        },
        "sweep": {
            "epochs": p.sweep.epochs,
            "alpha": crate::json::f32_value(p.section3_alpha),
            "runs": records.iter().map(|r| json!({
                "width": r.run.width,
                "temperature": temperature_name(r.run.temperature),
                "seed": r.run.seed,
                "test_errors": r.test_errors,
                "weights_sha256": r.weights_sha256,
            })).collect::<Vec<_>>(),
        },
        "omit3": cuts[0].to_json(),
        "keep78": cuts[1].to_json(),
        "test_examples": test_len,
        "test_threes": threes,
    })
}

/// A student made ready for training on a cut transfer set.
struct CutStudent {
    name: &'static str,
    filter: ClassFilter,
    /// The classes whose output bias the search shifts.
    shifted: Vec<u32>,
    /// The kept training examples and their teacher logits.
    transfer: Dataset,
    logits: Vec<f32>,
    cfg: TrainConfig,
}

/// Trains (or continues, or skips) the cut-transfer-set students, then searches each one's bias
/// shift on the test set.
fn train_cut_students(
    opts: &Options,
    device: Device,
    data: &DataDir,
    students: Vec<CutStudent>,
    say: &mut dyn FnMut(&str),
    observer: &mut dyn FnMut(&str, usize) -> Box<dyn Observer>,
) -> Result<Vec<CutResult>> {
    let (p, dir) = (&opts.preset, &opts.dir);
    let classes = p.distilled.arch.classes();
    let mut cuts = Vec::new();
    for CutStudent {
        name,
        filter,
        shifted,
        transfer,
        logits,
        cfg,
    } in students
    {
        let targets = Targets::Soft {
            teacher: &logits,
            t: p.temperature,
            alpha: p.section3_alpha,
        };
        say(&format!(
            "{name}: transfer set {} examples ({filter})",
            transfer.len()
        ));
        let site = TrainingSite {
            device,
            train: &transfer,
            test: &data.test,
            dir,
        };
        let m = train_model(name, &cfg, &targets, &site, say, observer, None)?;
        let ck = Checkpoint::load(&dir.join(format!("{name}.safetensors")))?;
        let test_logits = compute_logits(&ck, &data.test, data.test.len(), 0)?;
        let shift = best_shift(&test_logits, &data.test.labels, classes, &shifted);
        cuts.push(CutResult {
            filter,
            transfer_examples: transfer.len(),
            // From the same CPU evaluation of the test logits as the shift's rows beside it (a GPU
            // run's own count may differ on a near-tie).
            test_errors: shift.errors_before,
            epochs: m.epochs,
            seconds: m.seconds,
            shift,
            shifted,
            weights_sha256: m.weights_sha256,
        });
    }
    Ok(cuts)
}

#[allow(clippy::too_many_arguments)]
fn report(
    preset: &str,
    table: &Value,
    translated: Option<&[f64; 3]>,
    records: &[sweep::Record],
    cuts: &[CutResult],
    test_len: usize,
    threes: usize,
    alpha: f32,
) -> String {
    let mut s =
        format!("# Section 3 of the paper: our runs beside its numbers (preset {preset})\n\n");
    s.push_str(&format!(
        "Every number of the paper's MNIST section beside ours; test errors of {}. The students \
         of the sweep and of the cut transfer sets weigh the T²-scaled soft term (at T = inf, the \
         squared logit difference) by α = {alpha}.\n\n",
        words::thousands(test_len)
    ));
    s.push_str(&three_models_section(table));
    if let Some(t) = translated {
        s.push_str(&translated_section(t));
    }
    s.push_str(&sweep_section(records));
    s.push_str(&omit_3_section(&cuts[0], threes));
    s.push_str(&keep_7_8_section(&cuts[1], test_len));
    s.push_str(
        "The shifts are searched over the test set's logits, as the paper's \"appropriate amount\" \
         must have been; they are upper bounds on what a shift chosen on held-out data would give. \
         Our logits are on another scale than the paper's nets', so the shifts themselves are not \
         comparable, only the errors.\n",
    );
    s
}

/// The report's table of the three models (`table`: the table's `results.json`) beside the paper's.
fn three_models_section(table: &Value) -> String {
    let n = |k: &str| table[k]["test_errors"].as_u64().unwrap_or(0);
    let arch = |k: &str| table[k]["arch"].as_str().unwrap_or("?").to_string();
    let mut s = String::from("## The three models\n\n| model | ours | paper |\n|---|---:|---:|\n");
    s.push_str(&format!(
        "| teacher {} | {} | 67 |\n| small net alone {} | {} | 146 |\n| distilled {}, T = {} | {} | 74 |\n\n",
        arch("teacher"),
        n("teacher"),
        arch("small"),
        n("small"),
        arch("distilled"),
        table["distillation"]["temperature"]
            .as_f64()
            .map_or("?".to_string(), |t| t.to_string()),
        n("distilled")
    ));
    s.push_str("![test errors per epoch of the three models](errors.svg)\n\n");
    s
}

/// The largest translation, in pixels, of the test images the table's models are evaluated on: the
/// teacher's jitter.
const TRANSLATION: usize = 2;

/// The (2 × [`TRANSLATION`] + 1)² translations each model is evaluated under, the untranslated
/// one included.
const TRANSLATION_GRID: usize = (2 * TRANSLATION + 1) * (2 * TRANSLATION + 1);

/// The mean test errors of the table's teacher, small net and distilled net over the translations
/// of the test images by up to ±[`TRANSLATION`] pixels (as `eval --translated 2` counts them), or
/// `None` where the test items are not images of more than 2 × [`TRANSLATION`] pixels a side.
fn translated_means(
    dir: &Path,
    test: &Dataset,
    say: &mut dyn FnMut(&str),
) -> Result<Option<[f64; 3]>> {
    if test.check_shift(TRANSLATION).is_err() {
        say("the table's models on translated test images: skipped, the test items are not images");
        return Ok(None);
    }
    let mut means = [0.0; 3];
    for (mean, name) in means.iter_mut().zip(["teacher", "small", "distilled"]) {
        let ck = Checkpoint::load(&dir.join(format!("{name}.safetensors")))?;
        let mut ws = crate::nn::Workspace::new(&ck.mlp.arch, 500);
        *mean = TranslatedErrors::measure(&ck.mlp, test, TRANSLATION, &mut ws)?.mean();
    }
    Ok(Some(means))
}

/// The report's paragraph on translated test images: what the distilled net, whose transfer set
/// held none, learnt of them from the teacher's soft targets.
fn translated_section(t: &[f64; 3]) -> String {
    let [teacher, small, distilled] = *t;
    let closed = match () {
        _ if small <= teacher => String::new(),
        _ if distilled > small => ", more than the small net alone".to_string(),
        _ => format!(
            ": {:.0}% of the small net's gap to the teacher closed",
            100.0 * (small - distilled) / (small - teacher)
        ),
    };
    format!(
        "## Translations the transfer set never held\n\n\
         The paper: the soft targets carry \"the knowledge about how to generalize that is learned \
         from translated training data even though the transfer set does not contain any \
         translations\". Mean test errors over the {} translations of the test images by up to \
         ±{TRANSLATION} pixels (`distil eval --translated {TRANSLATION}` on each model): teacher \
         {teacher:.1}, small net alone {small:.1}, distilled {distilled:.1}{closed}.\n\n",
        TRANSLATION_GRID - 1
    )
}

/// The report's temperature sweep, with the paper's finding.
fn sweep_section(records: &[sweep::Record]) -> String {
    let mut s = String::from("## Temperature sweep\n\n");
    s.push_str(&format!(
        "Distilled students with two hidden layers of each width, trained {} epochs each from the same \
         teacher; T = inf is matching logits (section 2.1). The paper: with 300 or more units per \
         layer all temperatures above 8 give much the same result; with 30 units, temperatures from \
         2.5 to 4 work clearly better than higher or lower ones.\n\n",
        records.first().map_or(0, |r| r.epochs)
    ));
    s.push_str(&sweep::report(records));
    s.push_str("\n![test errors against temperature](sweep/sweep.svg)\n\n");
    s
}

/// The report's transfer set without 3s (`o`), beside the paper's numbers; `threes` test 3s.
fn omit_3_section(o: &CutResult, threes: usize) -> String {
    let (po_err, po_three, po_shift, po_after, po_three_after) = PAPER_OMIT3;
    let mut s = String::from("## The mythical digit 3: a transfer set without any 3s\n\n");
    s.push_str("| | ours | paper |\n|---|---:|---:|\n");
    s.push_str(&format!(
        "| transfer examples | {} | (all but the 3s) |\n| test errors | {} | {po_err} |\n\
         | errors on the {threes} test 3s | {} | {po_three} |\n| best shift of the 3's output bias | {:+.2} | {po_shift:+.1} |\n\
         | test errors after the shift | {} | {po_after} |\n| errors on 3s after the shift | {} | {po_three_after} |\n\n",
        o.transfer_examples,
        o.test_errors,
        o.shift.class_errors_before,
        o.shift.delta,
        o.shift.errors_after,
        o.shift.class_errors_after,
    ));
    s
}

/// The report's transfer set of only 7s and 8s (`k`), as error rates over `test_len` examples.
fn keep_7_8_section(k: &CutResult, test_len: usize) -> String {
    let pct = |e: usize| 100.0 * e as f64 / test_len.max(1) as f64;
    let (pk_rate, pk_shift, pk_after) = PAPER_KEEP78;
    let mut s = String::from("## Only 7s and 8s in the transfer set\n\n");
    s.push_str("| | ours | paper |\n|---|---:|---:|\n");
    s.push_str(&format!(
        "| transfer examples | {} | (the 7s and 8s) |\n| test error rate | {:.1}% | {pk_rate}% |\n\
         | best shift of the 7 and 8 output biases | {:+.2} | {pk_shift:+.1} |\n| test error rate after the shift | {:.1}% | {pk_after}% |\n\n",
        k.transfer_examples,
        pct(k.test_errors),
        k.shift.delta,
        pct(k.shift.errors_after),
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_students_epoch_is_priced_near_what_the_default_sweep_took() {
        // Seconds per epoch of the default preset's sweep (docs/results/mnist-default/sweep/):
        // the estimate's model must stay within a tenth of each.
        let p = Preset::get("default", 1).unwrap();
        let per_epoch = 4.45;
        for (width, measured) in [(30, 0.31), (300, 1.22), (800, 4.45)] {
            let priced = width_share(&p.distilled.arch, width) * per_epoch;
            assert!(
                (priced / measured - 1.0).abs() < 0.1,
                "width {width}: {priced:.2} s against {measured} s"
            );
        }
        // The distilled net's own width costs exactly its epoch.
        assert!((width_share(&p.distilled.arch, 800) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_translated_evaluation_is_priced_near_what_it_took() {
        // On the AVX-512 machine of docs/results/mnist-default-zen4-9107e03, whose distilled epochs
        // took 2.6 s at the end of the run (the reference machine's 4.3), `eval --translated 2`
        // took 7.3, 4.1 and 4.0 s on the teacher, small net and distilled net, loading included.
        let p = Preset::get("default", 1).unwrap();
        let here = translated_seconds(&p, 60_000, 10_000) * 2.6 / p.seconds_per_epoch[2];
        let measured = 7.3 + 4.1 + 4.0;
        assert!(
            (here / measured - 1.0).abs() < 0.25,
            "{here:.1} s against {measured} s"
        );
        // Twice the test images, twice the passes' cost (nearly: the epoch grows too).
        let double =
            translated_seconds(&p, 60_000, 20_000) / translated_seconds(&p, 60_000, 10_000);
        assert!((double - 2.0 * 380.0 / 400.0).abs() < 1e-9, "{double}");
    }
}
