//! `train` and `distill`: one network trained on labels, or on a teacher's soft targets.

use distil::checkpoint::{sha256_hex, Checkpoint};
use distil::data::{DataDir, Dataset};
use distil::device::{Device, Engine};
use distil::distill::{
    check_logits_memory, parse_classes, CacheKey, ClassFilter, Stale, TeacherLogits,
};
use distil::error::{Error, Result};
use distil::io::{folder_in_place_of_file, lock_output, require_writable_folder_of, OutputLock};
use distil::nn::optim::Optimizer;
use distil::nn::{Arch, Mlp};
use distil::train::{
    argmax, check_resumable, check_shape_and_kind, SoftSpec, Targets, TrainConfig,
};

use super::args::{
    check_default_cache_name, check_named_cache, note_unfinished_teacher, setup, setup_distill,
    train_config, DistillArgs, RunArgs,
};
use super::progress::Progress;

/// Where a student's soft targets come from.
pub enum TeacherSource {
    /// The teacher's logits over the untranslated transfer set, memory-mapped from the cache.
    Cached(TeacherLogits),
    /// The teacher itself, run on every batch as the student sees it (a jittered transfer set).
    Live { net: Mlp, sha256: String },
}

/// Soft targets for `train`: where they come from and the distillation settings.
pub struct Soft {
    source: TeacherSource,
    temperature: f32,
    alpha: f32,
    /// Cut the transfer set down to some classes.
    filter: Option<ClassFilter>,
}

/// `train`: checks every flag and the output path before it opens the data (whose first open
/// decompresses the .gz files), then trains.
pub fn train_labels(a: RunArgs) -> Result<()> {
    let device = a.device.get()?;
    Engine::check_config(&train_config(&a)?, device)?;
    let _lock = claim_out(&a)?;
    let data = setup(&a.common)?;
    train(a, data, None)
}

/// `distill`: checks every flag, opens or computes the teacher's logits cache, then trains as
/// `train` does with soft targets.
pub fn distill(a: DistillArgs) -> Result<()> {
    // Check every flag before the (possibly long) teacher pass.
    let device = a.run.device.get()?;
    let (cfg, filter) = distill_config(&a, device)?;
    let _lock = claim_out(&a.run)?;
    let mut data = setup_distill(&a)?;
    // The teacher against the student, the data, the cache's place and a student checkpoint to
    // resume: all before a teacher pass, which may write a logits cache.
    let (teacher, teacher_bytes) = Checkpoint::load_with_bytes(&a.teacher)?;
    check_student(&cfg.arch, &teacher.mlp.arch)?;
    note_unfinished_teacher(&a.teacher, &teacher);
    let cache = a
        .logits_cache
        .clone()
        .unwrap_or_else(|| TeacherLogits::default_path(&a.teacher, a.teacher_shifts));
    let source = soft_target_source(&a, &data, &cache, &teacher_bytes)?;
    // A student checkpoint of another teacher or shape is refused here; one made with other
    // settings or data below, once the data hold their labels, still before the cached pass
    // (which could replace a good cache for a run that stops).
    let resumed = check_resume_teacher(&a.run, &cfg.arch, &source)?;
    ready_transfer_set(&a, &cfg, &mut data, &teacher)?;
    if let Some(f) = &filter {
        f.check_keeps_any(&data.train, cfg.train_subset.unwrap_or(usize::MAX))?;
    }
    if a.run.jitter > 0 {
        return distill_jittered(a, data, teacher, &teacher_bytes);
    }
    if let Some(ck) = resumed {
        let soft = SoftSpec {
            teacher_sha256: source,
            ..cfg.soft.clone().expect("set by distill_config")
        };
        check_resume_settings(&ck, &a.run, &cfg, soft, filter.as_ref(), &data)?;
    }
    if !a.run.common.json {
        println!(
            "teacher {}: logits cache {}",
            a.teacher.display(),
            cache.display()
        );
    }
    let logits = open_or_compute_logits(&a, &cache, &data)?;
    if a.teacher_shifts > 0 {
        report_shift_averaging(&a, &data)?;
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

/// The student's settings with its soft targets, and the transfer set's class cut: the checks that
/// need no file, flag against flag, before the output is claimed and the data are read (the
/// cache's place, the shifts' fit and `--resume` need the data or the teacher, and come after).
fn distill_config(a: &DistillArgs, device: Device) -> Result<(TrainConfig, Option<ClassFilter>)> {
    // Else the existing file's advice (`--resume`, then `train --resume`) would lead to training
    // the teacher itself.
    if distil::io::same_path(&a.run.out, &a.teacher) {
        return Err(Error::config(
            "--out",
            format!(
                "{} is the --teacher file: choose another name for the student",
                a.run.out.display()
            ),
        ));
    }
    let mut cfg = train_config(&a.run)?;
    cfg.soft = Some(SoftSpec {
        temperature: a.temperature,
        alpha: a.alpha,
        teacher_sha256: String::new(),
    });
    cfg.validate()?;
    Engine::check_config(&cfg, device)?;
    let filter = class_filter(a, cfg.arch.classes())?;
    if a.run.jitter > 0 {
        check_jitter_flags(a, device)?;
    }
    if unlabelled(a) && a.alpha != 1.0 {
        let default = a.alpha == distil::experiments::preset::TABLE_ALPHA;
        return Err(Error::config(
            "--transfer-set",
            format!(
                "comes without --transfer-labels, so the hard term (weighted 1 − alpha) has no \
                 labels to learn: give --transfer-labels, or --alpha 1 for the soft targets \
                 alone; found --alpha {}{}",
                a.alpha,
                if default { " (its default)" } else { "" }
            ),
        ));
    }
    Ok((cfg, filter))
}

/// Whether the transfer set is `--transfer-set`'s images without labels.
fn unlabelled(a: &DistillArgs) -> bool {
    a.transfer_set.is_some() && a.transfer_labels.is_none()
}

/// Where the soft targets come from, as a student checkpoint records it: the cached logits of the
/// teacher (averaged over `--teacher-shifts`), whose cache's place and shifts are checked here, or
/// with `--jitter` the teacher itself, run on every batch.
fn soft_target_source(
    a: &DistillArgs,
    data: &DataDir,
    cache: &std::path::Path,
    teacher_bytes: &[u8],
) -> Result<String> {
    if a.run.jitter > 0 {
        return Ok(sha256_hex(teacher_bytes));
    }
    match &a.logits_cache {
        Some(named) => check_named_cache(named, &a.teacher, data)?,
        None => check_default_cache_name(cache)?,
    }
    check_cache_apart_from_out(a, cache)?;
    let transfer = if a.transfer_set.is_some() {
        "transfer-set"
    } else {
        "training"
    };
    check_shifts_fit(a.teacher_shifts, transfer, data)?;
    Ok(CacheKey::source_of(
        &sha256_hex(teacher_bytes),
        a.teacher_shifts,
    ))
}

/// The transfer set made ready: an unlabelled one labelled by the teacher ([`label_by_teacher`]),
/// the data checked against the student, and `--transfer-set`'s size and kind said.
fn ready_transfer_set(
    a: &DistillArgs,
    cfg: &TrainConfig,
    data: &mut DataDir,
    teacher: &Checkpoint,
) -> Result<()> {
    let examples = cfg.examples_used(data.train.len());
    if let (true, Some(images)) = (unlabelled(a), &a.transfer_set) {
        label_by_teacher(&mut data.train, teacher, images, examples, a.teacher_shifts)?;
    }
    check_data(cfg, data)?;
    if let Some(images) = &a.transfer_set {
        let how = if unlabelled(a) {
            ", unlabelled: the teacher's top class counts the training errors"
        } else {
            ""
        };
        let line = format!(
            "transfer set {}: {}{how}",
            images.display(),
            distil::words::count(examples, "example")
        );
        // Under --json stdout holds the epochs' JSON lines only, whose training errors this line
        // explains: it goes to stderr there.
        if a.run.common.json {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }
    Ok(())
}

/// Labels the first `examples` items of an unlabelled transfer set with the teacher's top class,
/// from the logits the soft targets come from (averaged over `shifts` where asked), so that the
/// training errors count disagreements with the teacher and `--omit-classes` and `--keep-classes`
/// cut by its classes. One teacher pass more than a labelled set takes, before the cached one:
/// the data's fingerprint, which keys the cache and a resumed student, must not depend on that
/// cache. The labels are a function of the teacher and the images, so the fingerprint is the
/// same on every run.
fn label_by_teacher(
    train: &mut Dataset,
    teacher: &Checkpoint,
    images: &std::path::Path,
    examples: usize,
    shifts: usize,
) -> Result<()> {
    let classes = teacher.mlp.arch.classes();
    check_logits_memory(&images.display().to_string(), examples, classes, 1)?;
    let logits = distil::distill::compute_logits(teacher, train, examples, shifts)?;
    for (label, z) in train.labels.iter_mut().zip(logits.chunks_exact(classes)) {
        *label = argmax(z) as u32;
    }
    train.labels_path = format!("{} (labelled by the teacher)", images.display()).into();
    Ok(())
}

/// The flags `distill --jitter` cannot take, refused with the other flag checks (before the data
/// and the teacher are read).
fn check_jitter_flags(a: &DistillArgs, device: Device) -> Result<()> {
    let not_with = |flag: &str, why: &str| {
        Error::config(
            flag,
            format!("cannot be combined with --jitter, where the teacher labels each translated image itself: {why}"),
        )
    };
    if device != Device::Cpu {
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
    Ok(())
}

/// `distill --jitter K`: a jittered transfer set, outside the paper's protocol (its transfer set
/// holds no translated images). Each batch is translated as in `train --jitter` and the teacher
/// labels the translated images itself, so there are no logits to cache.
pub fn distill_jittered(
    a: DistillArgs,
    data: DataDir,
    teacher: Checkpoint,
    teacher_bytes: &[u8],
) -> Result<()> {
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
                sha256: sha256_hex(teacher_bytes),
            },
            temperature: a.temperature,
            alpha: a.alpha,
            filter: None,
        }),
    )
}

/// `train`, and the training half of `distill`: checks the output path and the data against the
/// network before the first epoch, starts or resumes, and writes a checkpoint after every epoch.
pub fn train(a: RunArgs, mut data: DataDir, soft: Option<Soft>) -> Result<()> {
    let mut cfg = train_config(&a)?;
    let examples = data.train.len();
    if let Some(n) = cfg.train_subset.filter(|&n| n > examples) {
        eprintln!(
            "note: --train-subset {n} is more than the {examples} training examples: all of them \
             are used"
        );
    }
    // The teacher logits of a transfer set cut down to some classes, in memory.
    let cut_logits = match &soft {
        Some(s) => attach_soft(&mut cfg, &mut data, s, a.common.json)?,
        None => None,
    };
    check_out(&a)?;
    check_data(&cfg, &data)?;
    record_data(&mut cfg, &data.train, &data.test);
    distil::io::remove_stale_temps_of(&a.out, None);
    let device = a.device.get()?;
    let Some(mut trainer) = start_or_resume(&a, &cfg, device)? else {
        return Ok(());
    };
    let targets = targets(soft.as_ref(), cut_logits.as_deref());
    if !a.common.json {
        print_start(&cfg, data.train.len(), &trainer, &targets);
    }
    let mut obs = Progress::new(a.common.json, cfg.schedule.epochs);
    trainer.run(&data.train, &data.test, &targets, Some(&a.out), &mut obs)?;
    obs.finish();
    if let (Some(t), false) = (trainer.traffic(), a.common.json) {
        println!("device traffic: {t}");
    }
    if !a.common.json {
        let weights = trainer.weights_sha256();
        println!("weights sha256: {weights} (eval --model prints it too)");
    }
    Ok(())
}

/// What the student learns from: the labels, the cached teacher logits (or, for a transfer set
/// cut down to some classes, `cut`, the rows it keeps) or the teacher run on every batch.
fn targets<'a>(soft: Option<&'a Soft>, cut: Option<&'a [f32]>) -> Targets<'a> {
    match soft {
        None => Targets::Hard,
        Some(s) => match &s.source {
            TeacherSource::Cached(logits) => Targets::Soft {
                teacher: cut.unwrap_or(logits.logits()),
                t: s.temperature,
                alpha: s.alpha,
            },
            TeacherSource::Live { net, .. } => Targets::Teacher {
                net,
                t: s.temperature,
                alpha: s.alpha,
            },
        },
    }
}

/// The lines before the first epoch: what trains on what, and for cached soft targets the floor
/// under the loss's soft part (so that a loss that stops falling is not read as a fault).
fn print_start(cfg: &TrainConfig, examples: usize, trainer: &Engine, targets: &Targets) {
    // SGD, the default, goes unnamed, as the line always read.
    let adam = match cfg.optimizer {
        Optimizer::Adam { .. } => ", Adam",
        Optimizer::Sgd => "",
    };
    println!(
        "training {} on {}: {}, batch {}{adam}, {}",
        cfg.arch,
        distil::words::count(cfg.examples_used(examples), "example"),
        distil::words::count(cfg.schedule.epochs, "epoch"),
        cfg.batch,
        trainer.describe()
    );
    if let Targets::Soft { teacher, t, alpha } = targets {
        if t.is_finite() {
            let floor = distil::distill::soft_term_floor(teacher, cfg.arch.classes(), *t, *alpha);
            println!(
                "loss: α·T²·CE(teacher, student) + (1 − α)·CE(labels, student); its soft part \
                 cannot fall below {floor:.2}, α·T² times the teacher's own entropy at T = {t}"
            );
        }
    }
}

/// The trainer: a new one, or with `--resume` the one saved at `--out` (with a note where its last
/// epoch ran on other numerics). `None` where the saved run has all its epochs already, said so.
fn start_or_resume(a: &RunArgs, cfg: &TrainConfig, device: Device) -> Result<Option<Engine>> {
    if !(a.resume && holds_something(&a.out)) {
        return Engine::new(cfg.clone(), device).map(Some);
    }
    let t = Engine::resume(cfg.clone(), Checkpoint::load(&a.out)?, &a.out, device)
        .map_err(start_afresh)?;
    let epochs = cfg.schedule.epochs;
    if t.epoch() >= epochs {
        let last = t.history().last().map_or(String::new(), |h| {
            format!(": {} test errors of {}", h.test_errors, h.test_examples)
        });
        let done = format!(
            "{} is done ({} of {}{last}); nothing to train",
            a.out.display(),
            t.epoch(),
            distil::words::count(epochs, "epoch"),
        );
        // Under --json stdout holds JSON lines only: the status goes to stderr there.
        if a.common.json {
            eprintln!("{}", distil::error::escape_controls(&done));
        } else {
            println!("{done}");
        }
        return Ok(None);
    }
    if let Some(note) = t.numerics_note(&a.out) {
        eprintln!("{note}");
    }
    if !a.common.json {
        println!(
            "resuming {} after epoch {} of {epochs}",
            a.out.display(),
            t.epoch(),
        );
    }
    Ok(Some(t))
}

/// Records the soft targets' source and settings in `cfg` (checking the student against the
/// teacher) and, where the transfer set is cut down to some classes, cuts `data.train` and returns
/// the kept examples' teacher logits.
fn attach_soft(
    cfg: &mut TrainConfig,
    data: &mut DataDir,
    s: &Soft,
    json: bool,
) -> Result<Option<Vec<f32>>> {
    let source = match &s.source {
        TeacherSource::Cached(l) => {
            if l.key.classes != cfg.arch.classes() {
                return Err(student_classes_error(&cfg.arch, l.key.classes));
            }
            l.key.source()
        }
        TeacherSource::Live { net, sha256 } => {
            check_student(&cfg.arch, &net.arch)?;
            sha256.clone()
        }
    };
    cfg.soft = Some(SoftSpec {
        temperature: s.temperature,
        alpha: s.alpha,
        teacher_sha256: source,
    });
    cfg.validate()?;
    let (Some(f), TeacherSource::Cached(logits)) = (&s.filter, &s.source) else {
        return Ok(None);
    };
    let n = cfg.train_subset.unwrap_or(usize::MAX);
    let classes = cfg.arch.classes();
    let (cut, rows) = f.apply(&data.train, n, logits.logits(), classes)?;
    let examples = distil::words::count(n.min(data.train.len()), "example");
    let first = if n < data.train.len() { "first " } else { "" };
    let line = format!("transfer set: {} of its {first}{examples} ({f})", cut.len());
    // Under --json stdout holds the epochs' JSON lines only: the line goes to stderr there.
    if json {
        eprintln!("{line}");
    } else {
        println!("{line}");
    }
    data.train = cut;
    cfg.transfer_classes = Some(f.clone());
    Ok(Some(rows))
}

/// [`check_out`] with a hold on `--out` that keeps other runs from writing it until this one ends,
/// taken once its name and folder are checked and before its content is: two runs started together
/// must not both find it absent, nor two resumed runs train the same epochs into it.
fn claim_out(a: &RunArgs) -> Result<OutputLock> {
    check_out_name(&a.out)?;
    require_writable_folder_of(&a.out)?;
    let lock = lock_output(&a.out)?;
    check_existing_out(a)?;
    Ok(lock)
}

/// Whether `--out` holds anything to continue or to refuse overwriting: an empty file (`mktemp`'s)
/// is taken as no checkpoint yet, as `predict` takes it as no predictions yet.
fn holds_something(out: &std::path::Path) -> bool {
    std::fs::metadata(out).is_ok_and(|m| !m.is_file() || m.len() > 0)
}

/// Refuses a folder, or a name that can only be one's, as `--out`.
fn check_out_name(out: &std::path::Path) -> Result<()> {
    match folder_in_place_of_file(out) {
        Some(found) => Err(Error::data(
            format!("--out {}", out.display()),
            "a checkpoint file name",
            found,
        )),
        None => Ok(()),
    }
}

/// Checks `--out` before any work: a file name in an existing folder, new unless `--resume`. A
/// checkpoint that cannot be written would waste the first epoch.
fn check_out(a: &RunArgs) -> Result<()> {
    check_out_name(&a.out)?;
    check_existing_out(a)?;
    require_writable_folder_of(&a.out)
}

/// Refuses an `--out` that holds something, unless `--resume` continues it.
fn check_existing_out(a: &RunArgs) -> Result<()> {
    let out = &a.out;
    if holds_something(out) && !a.resume {
        return Err(Error::config(
            "--out",
            match Checkpoint::load(out) {
                Ok(_) => format!(
                    "{} already exists: pass --resume to continue it, or choose another file",
                    out.display()
                ),
                Err(_) => format!(
                    "{} already exists and is not a checkpoint: choose another file",
                    out.display()
                ),
            },
        ));
    }
    Ok(())
}

/// With `--resume` onto an existing checkpoint: refuses one of another architecture, one of plain
/// training, or one distilled from other soft targets (`source`, as [`CacheKey::source`] names
/// them) before the teacher pass that may compute and write a logits cache, with these errors. The
/// other settings and the data are compared by [`check_resume_settings`], also before the teacher
/// pass (with `--jitter`, which has none, where training resumes).
/// Returns the checkpoint it checked, for the other comparisons.
fn check_resume_teacher(a: &RunArgs, arch: &Arch, source: &str) -> Result<Option<Checkpoint>> {
    if !(a.resume && holds_something(&a.out)) {
        return Ok(None);
    }
    let ck = Checkpoint::load(&a.out)?;
    check_shape_and_kind(&ck, arch, true, &a.out).map_err(start_afresh)?;
    match ck.config["distill"]["teacher_sha256"].as_str() {
        Some(s) if s != source => Err(start_afresh(Error::checkpoint(
            &a.out,
            format!(
                "it was distilled from other soft targets (teacher {}, this run's {})",
                short_source(s),
                short_source(source)
            ),
        ))),
        _ => Ok(Some(ck)),
    }
}

/// The checkpoint `ck` that `--resume` continues, against every setting and the data that [`train`]
/// will compare when it resumes (`cfg` as [`train`] builds it, with the soft targets' `soft` and the
/// transfer set cut by `filter`), checked before the teacher pass.
fn check_resume_settings(
    ck: &Checkpoint,
    a: &RunArgs,
    cfg: &TrainConfig,
    soft: SoftSpec,
    filter: Option<&ClassFilter>,
    data: &DataDir,
) -> Result<()> {
    let mut cfg = cfg.clone();
    cfg.soft = Some(soft);
    let cut = match filter {
        Some(f) => {
            cfg.transfer_classes = Some(f.clone());
            Some(
                f.cut(&data.train, cfg.train_subset.unwrap_or(usize::MAX))?
                    .0,
            )
        }
        None => None,
    };
    record_data(&mut cfg, cut.as_ref().unwrap_or(&data.train), &data.test);
    check_resumable(&cfg, ck, &a.out).map_err(start_afresh)
}

/// Records in a run's settings the data it trains (the transfer set as cut) and tests on: a resume
/// must find the same.
fn record_data(cfg: &mut TrainConfig, train: &Dataset, test: &Dataset) {
    cfg.data_sha256 = Some(train.fingerprint());
    cfg.test_sha256 = Some(test.fingerprint());
}

/// A checkpoint a run cannot continue: the way out goes on its problem.
fn start_afresh(e: Error) -> Error {
    match e {
        Error::Checkpoint { path, problem } => Error::Checkpoint {
            path,
            problem: format!("{problem}; to start afresh, choose another --out"),
        },
        e => e,
    }
}

/// A soft-target source for people: the teacher checksum's first 12 digits, and its shifts.
fn short_source(s: &str) -> String {
    // By characters: a crafted checkpoint's record need not be hex (nor ASCII).
    let head = |t: &str| t.chars().take(12).collect::<String>();
    match s.split_once('+') {
        Some((sha, rest)) => format!("{}…+{rest}", head(sha)),
        None => format!("{}…", head(s)),
    }
}

/// The error for a translation flag on data that are not one-channel images.
fn not_images(flag: &str, set: &str, d: &distil::data::Dataset) -> Error {
    Error::config(
        flag,
        format!(
            "translates one-channel images, an IDX file of count × height × width; the {set} \
             images {} have dimensions {:?}",
            d.images.path.display(),
            d.images.dims()
        ),
    )
}

/// Checks the data against the network and the jitter against the images.
fn check_data(cfg: &TrainConfig, data: &DataDir) -> Result<()> {
    for d in [&data.train, &data.test] {
        d.check_fits(cfg.arch.inputs(), cfg.arch.classes())?;
    }
    if cfg.jitter > 0 {
        match data.train.image_hw() {
            None => return Err(not_images("--jitter", "training (transfer)", &data.train)),
            Some((h, w)) if cfg.jitter >= h.min(w) => {
                return Err(Error::config(
                    "--jitter",
                    format!(
                        "a shift smaller than the {h} × {w} images, not {}",
                        cfg.jitter
                    ),
                ))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// A student must take the teacher's inputs and give its classes.
fn check_student(student: &Arch, teacher: &Arch) -> Result<()> {
    if student.inputs() != teacher.inputs() {
        return Err(Error::config(
            "--arch",
            format!(
                "the student's {} inputs must match the teacher's {}",
                student.inputs(),
                teacher.inputs()
            ),
        ));
    }
    if student.classes() != teacher.classes() {
        return Err(student_classes_error(student, teacher.classes()));
    }
    Ok(())
}

fn student_classes_error(student: &Arch, teacher_classes: usize) -> Error {
    Error::config(
        "--arch",
        format!(
            "the student's {} outputs must match the teacher's {teacher_classes} classes",
            student.classes()
        ),
    )
}

/// `--omit-classes` or `--keep-classes` as a filter of the transfer set; omitting every class is
/// refused.
fn class_filter(a: &DistillArgs, classes: usize) -> Result<Option<ClassFilter>> {
    Ok(match (&a.omit_classes, &a.keep_classes) {
        (Some(l), None) => {
            let omit = parse_classes("--omit-classes", l, classes)?;
            if omit.len() == classes {
                return Err(Error::config(
                    "--omit-classes",
                    format!(
                        "at least one of the {classes} classes left in the transfer set, found \
                         all of them omitted: '{l}'"
                    ),
                ));
            }
            Some(ClassFilter::Omit(omit))
        }
        (None, Some(l)) => Some(ClassFilter::Keep(parse_classes(
            "--keep-classes",
            l,
            classes,
        )?)),
        _ => None,
    })
}

/// The logits cache and the student's checkpoint must be two files.
fn check_cache_apart_from_out(a: &DistillArgs, cache: &std::path::Path) -> Result<()> {
    if distil::io::same_path(cache, &a.run.out) {
        let (flag, what) = if a.logits_cache.is_some() {
            ("--logits-cache", "is also --out")
        } else {
            (
                "--out",
                "is where the teacher's logits cache goes (beside the teacher)",
            )
        };
        return Err(Error::config(
            flag,
            format!(
                "{} {what}: the cache and the student's checkpoint need two files{}",
                a.run.out.display(),
                if a.logits_cache.is_some() {
                    ""
                } else {
                    "; choose another --out, or name the cache with --logits-cache"
                }
            ),
        ));
    }
    Ok(())
}

/// `--teacher-shifts` translates both sets (the transfer set for the soft targets, the test set
/// for the teacher's own errors with and without the averaging): a shift must fit their images.
/// `transfer` names the transfer set in an error: "training", or "transfer-set" for `--transfer-set`.
fn check_shifts_fit(shifts: usize, transfer: &str, data: &DataDir) -> Result<()> {
    if shifts == 0 {
        return Ok(());
    }
    for (set, images) in [(transfer, &data.train), ("test", &data.test)] {
        match images.image_hw() {
            Some((h, w)) if shifts < h.min(w) => {}
            Some((h, w)) => {
                return Err(Error::config(
                    "--teacher-shifts",
                    format!("a shift smaller than the {h} × {w} {set} images, not {shifts}"),
                ))
            }
            None => return Err(not_images("--teacher-shifts", set, images)),
        }
    }
    Ok(())
}

/// What `--teacher-shifts`' averaging does to the teacher itself: its test errors with and
/// without it.
fn report_shift_averaging(a: &DistillArgs, data: &DataDir) -> Result<()> {
    let ck = Checkpoint::load(&a.teacher)?;
    let labels = &data.test.labels;
    let errors = |shifts| -> Result<usize> {
        let z = distil::distill::compute_logits(&ck, &data.test, labels.len(), shifts)?;
        let c = ck.mlp.arch.classes();
        Ok(z.chunks_exact(c)
            .zip(labels)
            .filter(|(row, &l)| argmax(row) != l as usize)
            .count())
    };
    let line = format!(
        "teacher test errors: {} as it is, {} averaged over shifts of up to ±{} px",
        errors(0)?,
        errors(a.teacher_shifts)?,
        a.teacher_shifts
    );
    // Under --json stdout holds the epochs' JSON lines only: the line goes to stderr there.
    if a.run.common.json {
        eprintln!("{line}");
    } else {
        println!("{line}");
    }
    Ok(())
}

/// The teacher's logits over the transfer set: the cache at `cache` where it is current, else
/// computed by the teacher and written there (or refused as stale where the user named it).
fn open_or_compute_logits(
    a: &DistillArgs,
    cache: &std::path::Path,
    data: &DataDir,
) -> Result<TeacherLogits> {
    // A cache the user named is theirs: refuse it when stale rather than overwrite it.
    let stale = if a.logits_cache.is_some() {
        Stale::Refuse
    } else {
        Stale::Recompute
    };
    // The transfer set: the training examples the student will see (all, or --train-subset).
    let wanted = a.run.train_subset.unwrap_or(usize::MAX);
    let (logits, computed) = TeacherLogits::open_or_compute(
        cache,
        &a.teacher,
        &data.train,
        wanted,
        a.teacher_shifts,
        stale,
    )
    .map_err(|e| match e {
        // The default place is beside the teacher, which may be read-only: say how to choose.
        Error::Io { path, op, source } if op == "write" && a.logits_cache.is_none() => Error::data(
            format!("logits cache {}", path.display()),
            "a place it can be written (beside the teacher unless --logits-cache names one)",
            format!("a place where writing fails: {source}"),
        ),
        e => e,
    })?;
    if !a.run.common.json && computed {
        println!(
            "computed the teacher's logits over {} transfer examples",
            logits.key.examples
        );
    }
    if let Some(note) = logits.numerics_note() {
        eprintln!("{note}");
    }
    Ok(logits)
}
