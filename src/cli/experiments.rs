//! `mnist` (the paper's table, and with --all the rest of its section 3) and `sweep` (the
//! temperature sweep).

use std::path::PathBuf;

use distil::distill::{Stale, TeacherLogits};
use distil::error::{Error, Result};
use distil::experiments::{mnist, section3, sweep};

use super::args::{positive_list, setup, MnistArgs, SweepArgs};
use super::progress::printers;

/// `mnist`: the table in its run folder (resumed where it stopped), then with `--all` section 3.
pub fn mnist(a: MnistArgs) -> Result<()> {
    let device = a.device.get()?;
    let preset = mnist::Preset::get(&a.preset, a.seed)?;
    let dir = a
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("runs/mnist-{}", preset.name)));
    let data = setup(&a.common)?;
    let opts = mnist::Options {
        preset,
        dir: dir.clone(),
        fresh: a.fresh,
    };
    let json = a.common.json;
    let (mut say, mut observer) = printers(json);
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
        if rest.is_some() {
            println!("section 3: {}", dir.join("paper.md").display());
        }
    }
    Ok(())
}

/// `sweep`: students of several widths at several temperatures from one teacher's cached logits.
pub fn sweep(a: SweepArgs) -> Result<()> {
    let temperatures = sweep::parse_temperatures(&a.temperatures)?;
    let widths = positive_list("--widths", &a.widths)?;
    if a.seeds == 0 {
        return Err(Error::config(
            "--seeds",
            "expected at least 1 seed, found 0",
        ));
    }
    let mut base = mnist::Preset::get("default", 1)?.distilled;
    base.schedule.epochs = a.epochs;
    let spec = sweep::Spec {
        temperatures,
        widths,
        seeds: a.seeds,
        base,
        alpha: a.alpha,
        shard: sweep::parse_shard(&a.shard)?,
    };
    for r in spec.runs() {
        spec.config(&r, "").validate()?;
    }
    let data = setup(&a.common)?;
    let cache = TeacherLogits::default_path(&a.teacher, 0);
    let (logits, _) = TeacherLogits::open_or_compute(
        &cache,
        &a.teacher,
        &data.train,
        usize::MAX,
        0,
        Stale::Recompute,
    )?;
    let json = a.common.json;
    let (mut say, mut observer) = printers(json);
    let records = sweep::run(
        &spec,
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
