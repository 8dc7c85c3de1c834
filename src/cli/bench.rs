//! `bench`: the speed and memory measurements (docs/speed.md).

use distil::device::Device;
use distil::error::{Error, Result};
use distil::io::write_atomic;
use distil::nn::Arch;
use distil::train::TrainConfig;

use super::args::{positive_list, rename_flag, setup, BenchArgs};
use super::progress::printers;

/// `bench`: the three models' epochs (the default), `--gemm` (each matrix-product backend on the
/// training step's products) or `--scaling` (widths × batches, optionally beside another engine's
/// figures).
pub fn bench(a: BenchArgs) -> Result<()> {
    if !(1..=1000).contains(&a.epochs) {
        return Err(Error::config(
            "--epochs",
            format!("expected 1 to 1000 timed epochs, found {}", a.epochs),
        ));
    }
    let examples = a.examples.unwrap_or(if a.scaling { 6_000 } else { 60_000 });
    if examples == 0 {
        return Err(Error::config(
            "--examples",
            "expected a positive number of examples, found 0",
        ));
    }
    let device = a.device.get()?;
    let json = a.common.json;
    let opts = distil::bench::Options {
        epochs: a.epochs,
        examples,
        device,
    };
    let (mut say, _) = printers(json);
    if a.gemm {
        return bench_gemm(&a, device, &mut say);
    }
    if a.scaling {
        return bench_scaling(&a, &opts, &mut say);
    }
    let mut data = setup(&a.common)?;
    let result = distil::bench::run(&mut data, &opts, &mut say)?;
    if json {
        println!("{result}");
    } else {
        println!(
            "peak resident memory: {:.0} MiB",
            result["peak_rss_mb"].as_f64().unwrap_or(0.0)
        );
    }
    Ok(())
}

/// `bench --gemm`: each matrix-product backend on the training step's shapes, side by side.
fn bench_gemm(a: &BenchArgs, device: Device, say: &mut dyn FnMut(&str)) -> Result<()> {
    if device != Device::Cpu {
        return Err(Error::config(
            "--gemm",
            format!(
                "times this CPU's product backends; it does not run on {device}: drop \
                 --device, or drop --gemm to time training epochs on {device}"
            ),
        ));
    }
    if !(1..=1000).contains(&a.rounds) {
        return Err(Error::config(
            "--rounds",
            format!("expected 1 to 1000 rounds, found {}", a.rounds),
        ));
    }
    // Data flags are shared by every command; here they would be ignored without a word.
    let c = &a.common;
    if let Some(flag) = [
        (c.data_dir.is_some(), "--data-dir"),
        (c.train_images.is_some(), "--train-images"),
        (c.test_images.is_some(), "--test-images"),
    ]
    .into_iter()
    .find_map(|(given, flag)| given.then_some(flag))
    {
        return Err(Error::config(
            flag,
            "--gemm times the products on the training step's shapes and reads no data",
        ));
    }
    let result = distil::bench::gemm_comparison(a.rounds, say);
    if a.common.json {
        println!("{result}");
    }
    Ok(())
}

/// `bench --scaling`: 784-W-W-10 nets over a grid of widths and batches, optionally beside
/// another engine's figures (`--compare`), written to `--out` if given.
fn bench_scaling(
    a: &BenchArgs,
    opts: &distil::bench::Options,
    say: &mut dyn FnMut(&str),
) -> Result<()> {
    let widths = positive_list("--widths", &a.widths)?;
    let batches = positive_list("--batches", &a.batches)?;
    // Every net of the grid is checked before the first (long) measurement: its shape and its
    // memory here, and below, once the data are read, a batch that an epoch can fill (a
    // larger one would time a whole epoch's batch under another batch's name).
    for &w in &widths {
        for &b in &batches {
            let mut cfg = TrainConfig::new(Arch(vec![784, w, w, 10]));
            cfg.batch = b;
            cfg.validate()
                .and_then(|()| distil::train::check_memory(&cfg))
                .map_err(|e| {
                    rename_flag(rename_flag(e, "--arch", "--widths"), "--batch", "--batches")
                })?;
        }
    }
    let reference = match &a.compare {
        Some(path) => Some(read_comparison(path, &widths, &batches, a)?),
        None => None,
    };
    let mut data = setup(&a.common)?;
    // An epoch holds --examples or the whole training set if that is smaller.
    let epoch = opts.examples.min(data.train.len());
    if let Some(&b) = batches.iter().find(|&&b| b > epoch) {
        return Err(Error::config(
            "--batches",
            format!(
                "expected batches of at most the {epoch} examples of an epoch (--examples, \
                 or the training set if smaller), found {b}"
            ),
        ));
    }
    if let Some(dir) = &a.out {
        // Made and tried now, as `mnist` and `sweep` do with theirs: a bad path or a folder
        // that cannot be written fails before the timings.
        distil::io::create_folder(dir)?;
        distil::io::require_writable_folder_of(&dir.join("scaling.json"))?;
        // A folder under an output's name would fail its rename after the timings, with the
        // files before it written; a link or device is not to be replaced.
        distil::io::refuse_non_files_at(
            dir,
            ["scaling.json", "scaling.md", "scaling.svg"],
            "a file to replace, or nothing",
        )?;
    }
    let result = distil::bench::scaling(&mut data, &widths, &batches, opts, say)?;
    let name = reference
        .as_ref()
        .map(|r| r["engine"].as_str().unwrap_or("reference").to_string());
    let (md, svg) = distil::bench::scaling_report(&result, name.as_deref().zip(reference.as_ref()));
    if let Some(dir) = &a.out {
        write_atomic(
            &dir.join("scaling.json"),
            format!("{result:#}\n").as_bytes(),
        )?;
        write_atomic(&dir.join("scaling.md"), md.as_bytes())?;
        write_atomic(&dir.join("scaling.svg"), svg.as_bytes())?;
    }
    if a.common.json {
        println!("{result}");
    } else {
        print!("{md}");
    }
    Ok(())
}

/// Reads `--compare`'s table (scripts/pytorch_epoch.py --model scaling --json) and checks its rows
/// before any timing: one positive width, batch and seconds per row, one row per width and batch.
fn read_comparison(
    path: &std::path::Path,
    widths: &[usize],
    batches: &[usize],
    a: &BenchArgs,
) -> Result<serde_json::Value> {
    let v = read_comparison_json(path)?;
    let seen = scaling_rows(path, &v)?;
    let measured =
        |&(w, b): &(u64, u64)| widths.contains(&(w as usize)) && batches.contains(&(b as usize));
    if !seen.iter().any(measured) {
        eprintln!(
            "{}",
            distil::error::escape_controls(&format!(
                "note: --compare {} has no row of a width and batch measured here \
                 (--widths {}, --batches {}): its columns will be empty",
                path.display(),
                a.widths,
                a.batches
            ))
        );
    }
    Ok(v)
}

/// The comparison file's JSON, read whole from a regular file of at most 16 MiB.
fn read_comparison_json(path: &std::path::Path) -> Result<serde_json::Value> {
    // A table of a few rows: a device, a FIFO or a huge file is not one, and reading
    // it would hang or fill memory.
    const LIMIT: u64 = 16 << 20;
    let expected = "a JSON file from pytorch_epoch.py --model scaling --json";
    if let Some(kind) = distil::io::not_a_regular_file(path) {
        return Err(Error::data(path.display().to_string(), expected, kind));
    }
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, "read", e))?
        .len();
    if size > LIMIT {
        return Err(Error::data(
            path.display().to_string(),
            format!("{expected} (at most {} MiB)", LIMIT >> 20),
            format!("{size} bytes"),
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, "read", e))?;
    serde_json::from_str(&text).map_err(|e| {
        Error::data(
            path.display().to_string(),
            "a JSON object from pytorch_epoch.py --model scaling --json",
            format!("text that is not JSON ({e})"),
        )
    })
}

/// The (width, batch) of each row of a comparison's `rows`, checked: a positive whole width and
/// batch and positive, finite seconds, one row per width and batch (a second row of the same
/// width and batch is an error: the table's lookup would use only the first, without a word).
fn scaling_rows(path: &std::path::Path, v: &serde_json::Value) -> Result<Vec<(u64, u64)>> {
    let Some(rows) = v["rows"].as_array().filter(|r| !r.is_empty()) else {
        return Err(Error::data(
            path.display().to_string(),
            "an object with a \"rows\" list",
            "no \"rows\" list, or an empty one",
        ));
    };
    let mut seen: Vec<(u64, u64)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let whole = |k: &str| row[k].as_u64().filter(|&n| n > 0);
        let seconds = row["seconds_per_epoch"]
            .as_f64()
            .is_some_and(|s| s > 0.0 && s.is_finite());
        let (Some(w), Some(b), true) = (whole("width"), whole("batch"), seconds) else {
            return Err(Error::data(
                path.display().to_string(),
                "rows of a positive whole \"width\" and \"batch\" and a positive, \
                 finite \"seconds_per_epoch\"",
                format!("row {i}: {row}"),
            ));
        };
        if let Some(j) = seen.iter().position(|&p| p == (w, b)) {
            return Err(Error::data(
                path.display().to_string(),
                "one row per width and batch",
                format!("rows {j} and {i} both of width {w} and batch {b}"),
            ));
        }
        seen.push((w, b));
    }
    Ok(seen)
}
