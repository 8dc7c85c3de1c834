//! `mnist` (the paper's table, and with --all the rest of its section 3) and `sweep` (the
//! temperature sweep).

use std::path::Path;

use distil::checkpoint::Checkpoint;
use distil::data::DataDir;
use distil::device::Device;
use distil::distill::{Stale, TeacherLogits};
use distil::error::{Error, Result};
use distil::experiments::preset::Preset;
use distil::experiments::{mnist, section3, sweep};
use distil::nn::Arch;

use super::args::{
    check_default_cache_name, check_named_cache, distinct, note_unfinished_teacher, positive_list,
    rename_flag, setup, MnistArgs, SweepArgs, SWEEP_TEMPERATURES,
};
use super::progress::printers;

/// More seeds than any sweep needs; a bound keeps a typo from planning billions of runs.
const MAX_SEEDS: usize = 1000;

/// `mnist`: the table in its run folder (resumed where it stopped), then with `--all` section 3.
pub fn mnist(a: MnistArgs) -> Result<()> {
    let device = a.device.get()?;
    let preset = Preset::get(&a.preset, a.seed)?;
    let dir = a
        .out
        .clone()
        .unwrap_or_else(|| mnist::default_folder(&preset.name, a.seed));
    let data = setup(&a.common)?;
    let opts = mnist::Options {
        preset,
        dir: dir.clone(),
        fresh: a.fresh,
        all: a.all,
    };
    let json = a.common.json;
    let (mut say, mut observer) = printers(json);
    // With --all the folder stays held from the table through section 3 (each takes it too, and
    // the lock is re-entrant), so no other run can slip in between them; a run refused before any
    // checkpoint is read leaves no folder. `sweep/`'s hold first: a tuple drops its fields in
    // order, and the run folder's must go last, as a run that finds it free must find `sweep/`
    // free too.
    let _held = if a.all {
        mnist::check_run(&opts, device, &data)?;
        distil::io::create_folder(&dir)?;
        let run = distil::io::lock_folder(&dir)?;
        Some((mnist::hold_sweep_folder(&dir)?, run))
    } else {
        None
    };
    let results = mnist::run_on(&opts, device, &data, &mut say, &mut observer)?;
    let rest = if a.all {
        Some(section3::run_rest(
            &opts,
            device,
            &data,
            &results,
            &mut say,
            &mut observer,
        )?)
    } else {
        None
    };
    if json {
        println!("{}", rest.unwrap_or(results));
    } else {
        println!("results: {}", dir.join("results.json").display());
        println!("report:  {}", dir.join("report.md").display());
        println!("plot:    {}", dir.join("errors.svg").display());
        if rest.is_some() {
            println!("section 3: {}", dir.join("paper.md").display());
        }
    }
    Ok(())
}

/// `sweep`: students of several widths at several temperatures from one teacher's cached logits.
pub fn sweep(a: SweepArgs) -> Result<()> {
    let temperatures = sweep::parse_temperatures(&a.temperatures)?;
    distinct("--temperatures", &temperatures)?;
    check_matching_on_cpu(&a, &temperatures)?;
    let device = a.device.get()?;
    // A GPU that cannot be opened, before the teacher pass and the sweep's folder.
    device.check_usable()?;
    let widths = positive_list("--widths", &a.widths)?;
    if !(1..=MAX_SEEDS).contains(&a.seeds) {
        return Err(Error::config(
            "--seeds",
            format!("expected 1 to {MAX_SEEDS} seeds, found {}", a.seeds),
        ));
    }
    let data = setup(&a.common)?;
    let teacher = load_sweep_teacher(&a.teacher, &data)?;
    let arch = &teacher.mlp.arch;
    let spec = spec_from_flags(&a, temperatures, widths, arch.inputs(), arch.classes())?;
    if let Some(named) = &a.logits_cache {
        check_named_cache(named, &a.teacher, &data)?;
    }
    let cache = a
        .logits_cache
        .clone()
        .unwrap_or_else(|| TeacherLogits::default_path(&a.teacher, 0));
    if a.logits_cache.is_none() {
        check_default_cache_name(&cache)?;
    }
    // The output folder before the teacher pass: its problems would waste it.
    let _held = sweep::hold_folder(&a.out)?;
    // A cache the user named is theirs: refused when stale rather than overwritten.
    let stale = if a.logits_cache.is_some() {
        Stale::Refuse
    } else {
        Stale::Recompute
    };
    let (logits, _) =
        TeacherLogits::open_or_compute(&cache, &a.teacher, &data.train, usize::MAX, 0, stale)?;
    if let Some(note) = logits.numerics_note() {
        eprintln!("{note}");
    }
    let json = a.common.json;
    let (mut say, mut observer) = printers(json);
    let records = sweep::run(
        &spec,
        device,
        &a.out,
        &data.train,
        &data.test,
        logits.logits(),
        &logits.key.teacher_sha256,
        &mut say,
        &mut observer,
    )?;
    if !json {
        println!("{}", sweep::report(&records));
        println!("table: {}", a.out.join("sweep.md").display());
    }
    Ok(())
}

/// Matching logits (`inf`) only on the CPU: refused with another device by the flag that holds it,
/// before the device is opened (or refused by a build without CUDA), saying what to give instead.
fn check_matching_on_cpu(a: &SweepArgs, temperatures: &[f32]) -> Result<()> {
    if a.device.device == Device::Cpu || !temperatures.contains(&f32::INFINITY) {
        return Ok(());
    }
    let list = match a.temperatures.as_str() {
        SWEEP_TEMPERATURES => format!(
            "the default list ends in inf, so give --temperatures {}",
            SWEEP_TEMPERATURES.trim_end_matches(",inf")
        ),
        _ => "drop it from the list".into(),
    };
    Err(Error::config(
        "--temperatures",
        format!(
            "inf (matching logits) trains on the CPU only: {list}, or use --device cpu; found \
             --device {}",
            a.device.device
        ),
    ))
}

/// The sweep's teacher at `path`, refused unless its students (of its input and output widths)
/// can learn from it on `data`.
fn load_sweep_teacher(path: &Path, data: &DataDir) -> Result<Checkpoint> {
    let teacher = Checkpoint::load(path)?;
    note_unfinished_teacher(path, &teacher);
    // The students' classes are the teacher's: a teacher of one (a constant softmax) would
    // otherwise be refused under --widths, by spec_from_flags.
    if teacher.mlp.arch.classes() < 2 {
        return Err(Error::checkpoint(
            path,
            format!(
                "a sweep needs a teacher of at least 2 classes (its students' softmax over one \
                 would be constant); this one is {}",
                teacher.mlp.arch
            ),
        ));
    }
    // The students take the teacher's input and output widths; the data must fit them.
    let (inputs, classes) = (teacher.mlp.arch.inputs(), teacher.mlp.arch.classes());
    for d in [&data.train, &data.test] {
        d.check_fits(inputs, classes)?;
    }
    Ok(teacher)
}

/// The sweep's plan from its flags, for students of `inputs` and `classes` (the teacher's widths).
fn spec_from_flags(
    a: &SweepArgs,
    temperatures: Vec<f32>,
    widths: Vec<usize>,
    inputs: usize,
    classes: usize,
) -> Result<sweep::Spec> {
    let mut base = Preset::get("default", 1)?.distilled;
    base.arch = Arch(vec![inputs, 800, 800, classes]);
    base.schedule.epochs = a.epochs;
    let spec = sweep::Spec {
        temperatures,
        widths,
        seeds: a.seeds,
        base,
        alpha: a.alpha,
        shard: sweep::parse_shard(&a.shard)?,
    };
    // The students' architectures come from --widths: name that flag, not --arch. Their memory
    // is checked here too, before the run folder is made; every width's, even where this shard
    // trains none, so that a flag's error does not depend on the shard.
    spec.validate()
        .and_then(|()| {
            // Memory depends on the width alone (validate has checked the lists are not empty).
            spec.widths.iter().try_for_each(|&width| {
                let run = sweep::Run {
                    width,
                    temperature: spec.temperatures[0],
                    seed: 0,
                };
                distil::train::check_memory(&spec.config(&run, ""))
            })
        })
        .map_err(|e| rename_flag(e, "--arch", "--widths"))?;
    Ok(spec)
}
