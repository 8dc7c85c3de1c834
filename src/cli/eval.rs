//! `eval`: test errors, confusion matrix, the bias-shift search of section 3, and fidelity to a
//! teacher.

use distil::checkpoint::Checkpoint;
use distil::data::Dataset;
use distil::distill::{check_logits_memory, parse_classes};
use distil::error::{Error, Result};
use distil::experiments::bias;
use distil::fidelity;
use distil::nn::Workspace;
use distil::train::{evaluate, Evaluation, TranslatedErrors};

use super::args::{setup_eval, EvalArgs};

/// Above this many classes the text output lists only the classes with errors, and no confusion
/// matrix.
const MAX_LISTED_CLASSES: usize = 100;

/// `eval`: checks the flags and the teacher's shape before the data are read, then prints (or
/// writes as one JSON object) everything measured.
pub fn eval(a: EvalArgs) -> Result<()> {
    distil::distill::check_temperature("--temperature", a.temperature, false)?;
    if a.translated == Some(0) {
        return Err(Error::config(
            "--translated",
            "a translation of at least 1 pixel (the untranslated test set is counted anyway), \
             found 0",
        ));
    }
    let ck = Checkpoint::load(&a.model)?;
    let teacher = a
        .teacher
        .as_deref()
        .map(|p| load_teacher(p, &ck))
        .transpose()?;
    let arch = &ck.mlp.arch;
    // Checked before any evaluation runs.
    let shift_classes = a
        .shift_classes
        .as_deref()
        .map(|list| parse_shift_classes(list, arch.classes()))
        .transpose()?;
    // Fidelity is measured on the transfer set too; without a teacher the test set is all that is
    // needed.
    let (transfer, test) = setup_eval(&a.common, teacher.is_some(), a.transfer_set.as_deref())?;
    let fidelity_sets = teacher.as_ref().zip(transfer.as_ref());
    let shift = shift_classes.is_some();
    check_sets(&ck, &test, fidelity_sets.map(|(_, set)| set), shift)?;
    if let Some(k) = a.translated {
        test.check_shift(k)?;
    }
    let mut ws = Workspace::new(arch, 500);
    let ev = evaluate(&ck.mlp, &test, &mut ws)?;
    let translated = a
        .translated
        .map(|k| TranslatedErrors::measure(&ck.mlp, &test, k, &mut ws))
        .transpose()?;
    let fid = fidelity_sets
        .map(|(t, transfer)| -> Result<_> {
            let on = |set| fidelity_on(t, &ck, set, a.temperature);
            Ok((on(transfer)?, on(&test)?))
        })
        .transpose()?;
    let shift = match shift_classes {
        None => None,
        Some(classes) => {
            let logits = distil::distill::compute_logits(&ck, &test, test.len(), 0)?;
            let s = bias::best_shift(&logits, &test.labels, arch.classes(), &classes);
            Some((classes, s))
        }
    };
    let report = Report {
        a: &a,
        ck: &ck,
        ev: &ev,
        shift: shift.as_ref(),
        fid: fid.as_ref(),
        translated: translated.as_ref(),
    };
    if a.common.json {
        println!("{}", report.to_json());
    } else {
        report.print();
    }
    Ok(())
}

/// The sets checked against the model, and the memory of the logits held whole below (a
/// teacher's and the model's at once for fidelity, on the transfer set and the test set; the
/// model's on the test set for the bias search), before any evaluation runs, as predict's and
/// distill's.
fn check_sets(
    ck: &Checkpoint,
    test: &Dataset,
    transfer: Option<&Dataset>,
    shift: bool,
) -> Result<()> {
    let arch = &ck.mlp.arch;
    test.check_fits(arch.inputs(), arch.classes())?;
    let memory_for = |set: &Dataset, copies| {
        let what = set.images.path.display().to_string();
        check_logits_memory(&what, set.len(), arch.classes(), copies)
    };
    if let Some(transfer) = transfer {
        transfer.check_fits(arch.inputs(), arch.classes())?;
        memory_for(transfer, 2)?;
        memory_for(test, 2)?;
    }
    if shift {
        memory_for(test, 1)?;
    }
    Ok(())
}

/// How closely the model `ck` reproduces the teacher `t` on `set`, at temperature `t_kl`.
fn fidelity_on(
    t: &Checkpoint,
    ck: &Checkpoint,
    set: &Dataset,
    t_kl: f32,
) -> Result<fidelity::Fidelity> {
    let logits_of = |net| distil::distill::compute_logits(net, set, set.len(), 0);
    let (v, z) = (logits_of(t)?, logits_of(ck)?);
    Ok(fidelity::measure(&v, &z, ck.mlp.arch.classes(), t_kl))
}

/// `--translated`'s grid as text, then the mean over the translations.
fn print_translated(t: &TranslatedErrors) {
    println!("test errors with the images translated by dx (columns) and dy (rows), in pixels:");
    let k = t.max_shift as i64;
    print!("{:>6}", "");
    for dx in -k..=k {
        print!("{dx:>7}");
    }
    println!();
    for (dy, row) in (-k..=k).zip(&t.errors) {
        print!("{dy:>6}");
        for e in row {
            print!("{e:>7}");
        }
        println!();
    }
    println!(
        "mean over the {} translations: {:.1}",
        t.translations(),
        t.mean()
    );
}

/// `--teacher`'s checkpoint, which must have the model's inputs and classes.
fn load_teacher(path: &std::path::Path, ck: &Checkpoint) -> Result<Checkpoint> {
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
    Ok(t)
}

/// `--shift-classes` as a list of classes; shifting every class is refused.
fn parse_shift_classes(list: &str, classes_in_model: usize) -> Result<Vec<u32>> {
    let classes = parse_classes("--shift-classes", list, classes_in_model)?;
    if classes.len() == classes_in_model {
        return Err(Error::config(
            "--shift-classes",
            format!(
                "at least one of the {classes_in_model} classes left unshifted (shifting every \
                 output bias by one amount changes no prediction), found all of them: '{list}'"
            ),
        ));
    }
    Ok(classes)
}

/// Everything `eval` measured, with what it was measured on.
struct Report<'a> {
    a: &'a EvalArgs,
    ck: &'a Checkpoint,
    ev: &'a Evaluation,
    /// The shifted classes and the bias search's outcome, with `--shift-classes`.
    shift: Option<&'a (Vec<u32>, bias::Shift)>,
    /// Fidelity to `--teacher` on the (transfer, test) sets.
    fid: Option<&'a (fidelity::Fidelity, fidelity::Fidelity)>,
    /// The test errors on translated test images, with `--translated`.
    translated: Option<&'a TranslatedErrors>,
}

impl Report<'_> {
    /// As `--json`'s one object.
    fn to_json(&self) -> serde_json::Value {
        let Report {
            a,
            ck,
            ev,
            shift,
            fid,
            translated,
        } = *self;
        serde_json::json!({
            "model": a.model.display().to_string(),
            "arch": ck.mlp.arch.to_string(),
            "weights_sha256": ck.mlp.weights_sha256(),
            "test_errors": ev.errors,
            "test_examples": ev.examples,
            "per_class_errors": ev.per_class_errors,
            "confusion": ev.confusion,
            "shift": shift.map(|(c, s)| serde_json::json!({
                "classes": c,
                "delta": distil::json::f32_value(s.delta),
                "errors_before": s.errors_before,
                "errors_after": s.errors_after,
                "class_errors_before": s.class_errors_before,
                "class_errors_after": s.class_errors_after,
            })),
            // Rows dy, columns dx, each from −max_shift to +max_shift.
            "translated": translated.map(|t| serde_json::json!({
                "max_shift": t.max_shift,
                "errors": t.errors,
                "mean_errors": t.mean(),
            })),
            "fidelity": fid.map(|(train, test)| {
                let one = |f: &fidelity::Fidelity| serde_json::json!({
                    "examples": f.examples,
                    "disagreements": f.disagreements,
                    "kl_t2": f.kl_t2,
                });
                // "train" is the transfer set: the training set's, or --transfer-set's images.
                serde_json::json!({
                    "teacher": a.teacher.as_ref().map(|p| p.display().to_string()),
                    "temperature": distil::json::f32_value(a.temperature),
                    "transfer_set": a.transfer_set.as_ref().map(|p| p.display().to_string()),
                    "train": one(train),
                    "test": one(test),
                })
            }),
        })
    }

    /// As text: the errors, the per-class errors, the shift, the fidelity and the confusion
    /// matrix (up to [`MAX_LISTED_CLASSES`] classes).
    fn print(&self) {
        let Report {
            a,
            ck,
            ev,
            shift,
            fid,
            translated,
        } = *self;
        println!(
            "{}: {} test errors of {} ({:.2}%)",
            a.model.display(),
            ev.errors,
            ev.examples,
            100.0 * ev.errors as f64 / ev.examples.max(1) as f64
        );
        println!("weights sha256: {}", ck.mlp.weights_sha256());
        println!("{}", per_class("errors", &ev.per_class_errors));
        if let Some((c, s)) = shift {
            println!(
                "best shift of the output bias of class(es) {c:?}: {:+.3}; test errors {} → {} (on those classes {} → {})",
                s.delta, s.errors_before, s.errors_after, s.class_errors_before, s.class_errors_after
            );
        }
        if let Some(t) = translated {
            print_translated(t);
        }
        if let (Some((train, test)), Some(path)) = (fid, &a.teacher) {
            let (transfer, images) = match &a.transfer_set {
                Some(p) => (
                    "transfer set",
                    format!(" on the transfer set {}", p.display()),
                ),
                None => ("training set", String::new()),
            };
            println!(
                "fidelity to teacher {} (T = {}){images}: disagreements / T²·KL(teacher ‖ model)",
                path.display(),
                a.temperature
            );
            for (name, f) in [(transfer, train), ("test set", test)] {
                println!(
                    "  {name:<12} {:>6} of {:>6}   {:.4}",
                    f.disagreements, f.examples, f.kl_t2
                );
            }
        }
        print_confusion(ev.confusion.as_deref());
    }
}

/// The confusion matrix as text (rows: true class, columns: predicted), or where it is not printed
/// (not kept, or above [`MAX_LISTED_CLASSES`] classes) a line that says so.
fn print_confusion(confusion: Option<&[Vec<usize>]>) {
    let Some(confusion) = confusion else {
        println!(
            "confusion matrix: not kept above {} classes",
            distil::train::MAX_CONFUSION_CLASSES
        );
        return;
    };
    if confusion.len() > MAX_LISTED_CLASSES {
        println!(
            "confusion matrix: {0} × {0}, in --json's output (printed up to {MAX_LISTED_CLASSES} \
             classes)",
            confusion.len()
        );
        return;
    }
    println!("confusion matrix (rows: true class, columns: predicted):");
    print!("{:>6}", "");
    for c in 0..confusion.len() {
        print!("{c:>6}");
    }
    println!();
    for (t, row) in confusion.iter().enumerate() {
        print!("{t:>6}");
        for v in row {
            print!("{v:>6}");
        }
        println!();
    }
}

/// `counts` per class as one line: every class's, or beyond [`MAX_LISTED_CLASSES`] (thousands of
/// classes, most of them with none) the first [`MAX_LISTED_CLASSES`] of those with any (`--json`
/// has them all).
pub fn per_class(what: &str, counts: &[usize]) -> String {
    if counts.len() <= MAX_LISTED_CLASSES {
        return format!("{what} per class: {counts:?}");
    }
    let with: Vec<(usize, usize)> = counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(c, &n)| (c, n))
        .collect();
    let listed: Vec<String> = with
        .iter()
        .take(MAX_LISTED_CLASSES)
        .map(|(c, n)| format!("{c}: {n}"))
        .collect();
    let more = match with.len().saturating_sub(MAX_LISTED_CLASSES) {
        0 => String::new(),
        m => format!(" and {m} more"),
    };
    format!(
        "{what} per class, the {} of {} classes with any: {}{more}",
        with.len(),
        counts.len(),
        listed.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_classes_are_listed_by_those_with_any_up_to_a_bound() {
        assert_eq!(
            per_class("errors", &[1, 0, 2]),
            "errors per class: [1, 0, 2]"
        );
        let mut counts = vec![0; 70_000];
        for c in (0..70_000).step_by(500) {
            counts[c] = 2;
        }
        let line = per_class("predicted", &counts);
        assert!(
            line.starts_with(
                "predicted per class, the 140 of 70000 classes with any: 0: 2, 500: 2,"
            ),
            "{line}"
        );
        assert!(line.ends_with("49500: 2 and 40 more"), "{line}");
    }
}
