//! The binary: commands, their output, exit statuses and error lines.

mod common;

use std::path::Path;
use std::process::Output;

use common::{
    bars_data, bits, distil, gz, no_temp_files, rewrite_as_floats, stderr, train_16_12_4,
    BLOWS_UP_IN_EPOCH_2,
};

/// The digest `train` prints at the end, on 1 and 3 threads, and `eval`'s of the checkpoint: one
/// value, which a change of one weight changes; with `--json`, each epoch's.
#[test]
fn the_weights_digest_is_the_same_on_any_thread_count_and_in_eval() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let d = data.to_str().unwrap();
    // Two epochs on `threads` threads into a checkpoint named `out`; its stdout.
    let train = |threads: &str, out: &str, json: bool| -> String {
        let out = tmp.path().join(out);
        let mut args = vec![
            "train",
            "--arch",
            "16-12-4",
            "--epochs",
            "2",
            "--batch",
            "20",
            "--threads",
            threads,
            "--data-dir",
            d,
            "--out",
            out.to_str().unwrap(),
        ];
        if json {
            args.push("--json");
        }
        let r = distil(&args);
        assert!(r.status.success(), "{}", stderr(&r));
        String::from_utf8_lossy(&r.stdout).into_owned()
    };
    let digest_line = |threads: &str| -> String {
        // Each run's checkpoint is named by its thread count.
        let text = train(threads, threads, false);
        let line = text.lines().find(|l| l.starts_with("weights sha256: "));
        line.unwrap_or_else(|| panic!("no digest: {text}"))[16..80].to_string()
    };
    let (one, three) = (digest_line("1"), digest_line("3"));
    assert_eq!(one, three);
    assert!(one.bytes().all(|b| b.is_ascii_hexdigit()), "{one}");
    let eval = |m: &Path| -> String {
        let r = distil(&[
            "eval",
            "--model",
            m.to_str().unwrap(),
            "--data-dir",
            d,
            "--json",
        ]);
        assert!(r.status.success(), "{}", stderr(&r));
        let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        j["weights_sha256"].as_str().unwrap().to_string()
    };
    assert_eq!(eval(&tmp.path().join("3")), one);
    // With --json, each epoch's line carries the digest of its weights: the last one is the same
    // value on 2 threads.
    let per_epoch: Vec<String> = train("2", "json", true)
        .lines()
        .map(|l| {
            let j: serde_json::Value = serde_json::from_str(l).unwrap();
            j["weights_sha256"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(per_epoch.len(), 2);
    assert_ne!(per_epoch[0], per_epoch[1]);
    assert_eq!(per_epoch[1], one);
    let mut ck = distil::checkpoint::Checkpoint::load(&tmp.path().join("3")).unwrap();
    ck.mlp.params[0] = f32::from_bits(ck.mlp.params[0].to_bits() ^ 1);
    let edited = tmp.path().join("edited");
    ck.save(&edited).unwrap();
    assert_ne!(eval(&edited), one);
}

#[test]
fn train_then_eval_on_own_idx_data() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let out = tmp.path().join("bars.safetensors");
    let (d, o) = (data.to_str().unwrap(), out.to_str().unwrap());
    // A constant rate: a cosine schedule is laid out over the run and cannot grow on resume.
    let r = distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "3",
        "--batch",
        "20",
        "--lr",
        "0.2",
        "--lr-schedule",
        "constant",
        "--data-dir",
        d,
        "--out",
        o,
        "--json",
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&r.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["epoch"], 3);
    assert_eq!(lines[2]["test_examples"], 40);
    // The bars are trivially separable.
    assert_eq!(lines[2]["test_errors"], 0, "{lines:?}");

    let r = distil(&["eval", "--model", o, "--data-dir", d, "--json"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(j["test_errors"], 0);
    assert_eq!(j["per_class_errors"].as_array().unwrap().len(), 4);
    let confusion = j["confusion"].as_array().unwrap();
    let total: u64 = confusion
        .iter()
        .flat_map(|row| row.as_array().unwrap())
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total, 40);

    // Running again without --resume refuses to overwrite the finished run.
    let r = distil(&["train", "--arch", "16-12-4", "--data-dir", d, "--out", o]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--resume"), "{}", stderr(&r));
    // --resume with more epochs continues from epoch 3.
    let r = distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "4",
        "--batch",
        "20",
        "--lr",
        "0.2",
        "--lr-schedule",
        "constant",
        "--data-dir",
        d,
        "--out",
        o,
        "--resume",
        "--json",
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let lines: Vec<&str> = std::str::from_utf8(&r.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "only epoch 4 runs");
    assert!(lines[0].contains("\"epoch\":4"));
    // Resuming with another architecture is refused, naming the checkpoint.
    let r = distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "5",
        "--data-dir",
        d,
        "--out",
        o,
        "--resume",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("bars.safetensors") && stderr(&r).contains("architecture 16-12-4"),
        "{}",
        stderr(&r)
    );

    // Distillation from that teacher: the logits are computed once, then reused from the cache.
    let student = tmp.path().join("student.st");
    let st = student.to_str().unwrap();
    let args = [
        "distill",
        "--teacher",
        o,
        "--arch",
        "16-8-4",
        "--temperature",
        "2",
        "--epochs",
        "2",
        "--batch",
        "20",
        "--lr",
        "0.2",
        "--data-dir",
        d,
    ];
    let r = distil(&[&args[..], &["--out", st]].concat());
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(String::from_utf8_lossy(&r.stdout).contains("computed the teacher's logits over 200"));
    assert!(tmp.path().join("bars.safetensors.logits").is_file());
    // The floor under the loss's soft part: α·T² times the teacher's mean entropy at T, which for
    // 4 classes lies between 0 and ln 4 (α = 0.5, the default, and T = 2 here).
    let out = String::from_utf8_lossy(&r.stdout).into_owned();
    let floor: f64 = out
        .split("cannot fall below ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("no floor in: {out}"));
    assert!(floor > 0.0 && floor < 0.5 * 4.0 * 4f64.ln(), "{floor}");
    let r = distil(
        &[
            &args[..],
            &["--out", tmp.path().join("s2.st").to_str().unwrap()],
        ]
        .concat(),
    );
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        !String::from_utf8_lossy(&r.stdout).contains("computed"),
        "the cache is reused"
    );
    // Fidelity: a net measured against itself agrees everywhere; the two-epoch student does not
    // match its teacher's soft targets exactly, on the transfer set or the test set.
    let fidelity = |model: &str, temperature: &str| {
        let r = distil(&[
            "eval",
            "--model",
            model,
            "--teacher",
            o,
            "--temperature",
            temperature,
            "--data-dir",
            d,
            "--json",
        ]);
        assert!(r.status.success(), "{}", stderr(&r));
        let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        j["fidelity"].clone()
    };
    let own = fidelity(o, "2");
    for set in ["train", "test"] {
        assert_eq!(own[set]["disagreements"], 0, "{own}");
        assert!(own[set]["kl_t2"].as_f64().unwrap().abs() < 1e-9, "{own}");
    }
    assert_eq!(own["train"]["examples"], 200);
    assert_eq!(own["test"]["examples"], 40);
    let f = fidelity(st, "2");
    assert!(f["train"]["kl_t2"].as_f64().unwrap() > 1e-4, "{f}");
    assert!(f["test"]["kl_t2"].as_f64().unwrap() > 1e-4, "{f}");
    let r = distil(&[
        "eval",
        "--model",
        st,
        "--teacher",
        o,
        "--temperature",
        "0",
        "--data-dir",
        d,
    ]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--temperature"), "{}", stderr(&r));
    // A student with other outputs than the teacher's classes is refused.
    let r = distil(&[
        "distill",
        "--teacher",
        o,
        "--arch",
        "16-8-3",
        "--data-dir",
        d,
        "--out",
        tmp.path().join("s3.st").to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("teacher's 4 classes"), "{}", stderr(&r));
    // A student written over its own teacher is refused, with or without --resume, and the
    // teacher's file is left as it was.
    let before = std::fs::read(o).unwrap();
    for resume in [&[][..], &["--resume"][..]] {
        let r = distil(&[&args[..], &["--out", o], resume].concat());
        assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
        assert!(
            stderr(&r).contains("--out") && stderr(&r).contains("is the --teacher file"),
            "{}",
            stderr(&r)
        );
    }
    assert_eq!(std::fs::read(o).unwrap(), before);
    no_temp_files(tmp.path());
}

/// A learning rate that blows up in the second epoch: the run stops in the step where the loss goes
/// non-finite, names the epoch, batch and layer, exits 1, and the first epoch's checkpoint stays.
#[test]
fn a_numerical_fault_stops_the_run_and_keeps_the_last_good_checkpoint() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let out = tmp.path().join("m.safetensors");
    let r = train_16_12_4(&data, &out, &BLOWS_UP_IN_EPOCH_2);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert_eq!(e.trim_end().lines().count(), 1, "{e}");
    assert!(
        e.starts_with("error: numerical fault:")
            && e.contains("epoch 2, batch ")
            && e.contains("layer"),
        "{e}"
    );
    let ck = distil::checkpoint::Checkpoint::load(&out).unwrap();
    assert_eq!(ck.epoch, 1);
    assert!(ck.mlp.params.iter().all(|w| w.is_finite()));
    no_temp_files(tmp.path());
}

/// Float images of the bars data as stored 0–255 values, one of them 1e30: opening them notes the
/// magnitude (only u8 is scaled); training overflows in its first epoch, and the error says that
/// no checkpoint exists yet rather than that one is kept.
#[test]
fn huge_float_inputs_get_a_note_and_a_first_epoch_fault_keeps_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let images = data.join(distil::data::MNIST_NAMES[0]);
    rewrite_as_floats(&images, |v| v[5] = 1e30);
    let out = tmp.path().join("m.safetensors");
    let r = train_16_12_4(&data, &out, &["--epochs", "2"]);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(
        e.contains("note: ")
            && e.contains(&images.display().to_string())
            && e.contains("values up to 1.000e30 in magnitude"),
        "{e}"
    );
    let fault = e.lines().last().unwrap();
    assert!(
        fault.starts_with("error: numerical fault:")
            && fault.contains("epoch 1, batch ")
            && fault.ends_with("no epoch had finished, so no checkpoint was written"),
        "{e}"
    );
    assert!(!out.exists());
    no_temp_files(tmp.path());
}

/// `bench --json` on a few examples: one object whose figures agree with each other (GFLOP/s is
/// the products' FLOP per example × examples / seconds, the peak share is that over the measured
/// peak).
#[test]
fn bench_reports_consistent_figures() {
    if common::under_emulator() {
        println!("skipped: timings under an emulator are slow and meaningless");
        return;
    }
    let r = distil(&["bench", "--epochs", "1", "--examples", "300", "--json"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let peak = j["fma_peak_gflops"].as_f64().unwrap();
    assert!(peak > 0.0);
    // The products' work per example: 2·Σ i·o forward, as much for the weight gradients, and the
    // input gradients of every layer but the first (784·1200 and 784·800 multiply-adds fewer).
    for (m, flops) in [
        ("teacher", 12_475_200.0),
        ("small", 6_396_800.0),
        ("distill", 6_396_800.0),
    ] {
        let o = &j[m];
        assert_eq!(o["examples_per_epoch"], 300, "{m}");
        let secs = o["seconds_per_epoch"].as_f64().unwrap();
        let gflops = o["gflops"].as_f64().unwrap();
        assert!(
            (gflops - flops * 300.0 / secs / 1e9).abs() < 1e-6 * gflops,
            "{m}"
        );
        assert!(
            (o["peak_share"].as_f64().unwrap() - gflops / peak).abs() < 1e-9,
            "{m}"
        );
        assert!(o["peak_rss_mb"].as_f64().unwrap() > 0.0, "{m}");
    }
    assert!(j["inference_ms"].as_f64().unwrap() > 0.0);
    let r = distil(&["bench", "--epochs", "0"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--epochs"));
}

/// `bench --scaling` on a tiny grid beside a made-up reference: one row per (width, batch) scaled
/// to a 60,000-example epoch, the table's ratios are the reference's seconds over ours, and the
/// three files land in --out. A reference without rows is refused, naming the file.
#[test]
fn bench_scaling_writes_a_table_with_ratios() {
    if common::under_emulator() {
        println!("skipped: timings under an emulator are slow and meaningless");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let reference = tmp.path().join("ref.json");
    let rows: Vec<serde_json::Value> = [(8, 10), (8, 20), (16, 10), (16, 20)]
        .iter()
        .map(|&(w, b)| serde_json::json!({"width": w, "batch": b, "seconds_per_epoch": 1000.0}))
        .collect();
    std::fs::write(
        &reference,
        serde_json::json!({"engine": "Ref", "rows": rows}).to_string(),
    )
    .unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let args = [
        "bench",
        "--scaling",
        "--widths",
        "8,16",
        "--batches",
        "10,20",
        "--examples",
        "200",
        "--epochs",
        "1",
        "--compare",
    ];
    let mut argv: Vec<&str> = args.to_vec();
    argv.extend([reference.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let r = distil(&argv);
    assert!(r.status.success(), "{}", stderr(&r));
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("scaling.json")).unwrap()).unwrap();
    let got = j["rows"].as_array().unwrap();
    assert_eq!(got.len(), 4);
    let md = std::fs::read_to_string(out.join("scaling.md")).unwrap();
    assert!(
        md.contains("| Ref, batch 10 |") || md.contains(" Ref, batch 10 |"),
        "{md}"
    );
    for row in got {
        let secs = row["seconds_per_epoch"].as_f64().unwrap();
        assert!(secs > 0.0);
        // The ratio column holds 1000 / ours, to two decimals.
        assert!(md.contains(&format!("{:.2}×", 1000.0 / secs)), "{md}");
    }
    let svg = std::fs::read_to_string(out.join("scaling.svg")).unwrap();
    assert_eq!(
        svg.matches("<polyline").count(),
        4,
        "two engines × two batch sizes"
    );
    std::fs::write(&reference, "{\"engine\": \"Ref\"}").unwrap();
    let r = distil(&argv);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("ref.json") && stderr(&r).contains("rows"),
        "{}",
        stderr(&r)
    );
    let r = distil(&["bench", "--scaling", "--batches", "10,0"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--batches"), "{}", stderr(&r));
    // Rows that are not timings are refused, naming the row.
    std::fs::write(
        &reference,
        r#"{"engine": "Ref", "rows": [{"width": 8, "batch": 10, "seconds_per_epoch": -1}]}"#,
    )
    .unwrap();
    let r = distil(&argv);
    assert_eq!(r.status.code(), Some(1));
    assert!(stderr(&r).contains("row 0:"), "{}", stderr(&r));
    // A second row of one width and batch would be ignored: refused, naming both.
    let row = |w: u32, b: u32| format!(r#"{{"width": {w}, "batch": {b}, "seconds_per_epoch": 9}}"#);
    let twice = format!(
        r#"{{"rows": [{}, {}, {}]}}"#,
        row(8, 10),
        row(16, 10),
        row(8, 10)
    );
    std::fs::write(&reference, twice).unwrap();
    let r = distil(&argv);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).contains("rows 0 and 2 both of width 8 and batch 10"),
        "{}",
        stderr(&r)
    );
    // Rows of other widths only: the run goes on, with a note that their columns stay empty.
    std::fs::write(&reference, format!(r#"{{"rows": [{}]}}"#, row(64, 10))).unwrap();
    let r = distil(&argv);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("has no row of a width and batch measured here"),
        "{}",
        stderr(&r)
    );
    // A device would be read without end: refused before reading, as is a folder.
    for (path, found) in [
        ("/dev/zero", "FIFO, socket or device"),
        ("/tmp", "a folder"),
    ] {
        let n = argv.len();
        argv[n - 3] = path;
        let r = distil(&argv);
        assert_eq!(r.status.code(), Some(1), "{path}");
        assert!(stderr(&r).contains(found), "{}", stderr(&r));
    }
}

/// A run resumed on another numeric path (here the forced scalar path, then the automatic one)
/// continues, says so once on stderr, and records each epoch's path.
#[test]
fn a_run_resumed_on_another_simd_path_says_so_and_records_each_epochs_path() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let out = tmp.path().join("m.safetensors");
    let (d, o) = (data.to_str().unwrap(), out.to_str().unwrap());
    let run = |epochs: &str, simd: Option<&str>| {
        let mut c = common::distil_bin();
        c.args(["train", "--arch", "16-12-4", "--batch", "20", "--lr", "0.2"]);
        c.args([
            "--lr-schedule",
            "constant",
            "--epochs",
            epochs,
            "--json",
            "--resume",
        ]);
        c.args(["--data-dir", d, "--out", o]);
        match simd {
            Some(isa) => c.env("DISTIL_SIMD", isa),
            None => c.env_remove("DISTIL_SIMD"),
        };
        let r = c.output().unwrap();
        common::read_right(&r);
        assert!(r.status.success(), "{}", stderr(&r));
        let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&r.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, stderr(&r))
    };
    let (lines, err) = run("2", Some("scalar"));
    assert!(
        lines.iter().all(|l| l["numerics"] == "cpu scalar"),
        "{lines:?}"
    );
    assert!(!err.contains("note:"), "{err}");
    let auto = ::distil::train::detected_numerics();
    let (lines, err) = run("3", None);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["numerics"], auto.as_str());
    if auto != "cpu scalar" {
        assert!(
            err.contains("note:")
                && err.contains("epoch 2 of ")
                && err.contains("m.safetensors ran on cpu scalar")
                && err.contains(&format!("continues on {auto}")),
            "{err}"
        );
    }
    // Continuing on the same path again says nothing.
    let (_, err) = run("4", None);
    assert!(!err.contains("note:"), "{err}");
}

/// `bench --gemm --json`: every training-step product once per backend this CPU runs, with a
/// positive rate each and each packed backend's ratio to matrixmultiply, on the threads asked for.
#[test]
fn bench_gemm_compares_backends_on_every_product() {
    if common::under_emulator() {
        println!("skipped: timings under an emulator are slow and meaningless");
        return;
    }
    // On the forced scalar path: the products still run their vector tiles, so the peak they are
    // measured against must be the machine's, not the scalar path's (they read up to 1263% of it).
    let r = common::distil_bin()
        .args([
            "bench",
            "--gemm",
            "--rounds",
            "1",
            "--threads",
            "1",
            "--json",
        ])
        .env("DISTIL_SIMD", "scalar")
        .output()
        .unwrap();
    common::read_right(&r);
    assert!(r.status.success(), "{}", stderr(&r));
    let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(j["threads"], 1, "--threads is applied");
    let rows = j["rows"].as_array().unwrap();
    assert_eq!(rows.len(), ::distil::bench::GEMM_SHAPES.len());
    let backends = ::distil::gemm::available_backends();
    for row in rows {
        let mm = row["matrixmultiply"].as_f64().unwrap();
        assert!(mm > 0.0, "{row}");
        let ratios = row["ratio_to_matrixmultiply"].as_object().unwrap();
        for be in &backends[2..] {
            let p = row[be.name()].as_f64().unwrap();
            let ratio = ratios[be.name()].as_f64().unwrap();
            assert!((ratio - p / mm).abs() < 1e-9, "{row}");
        }
        assert_eq!(ratios.len(), backends.len() - 2, "{row}");
    }
    // Each register tile alone, against one core's peak: both positive rates. (No bound between
    // the two: each is a timing, and on a shared machine either can be descheduled.)
    let kernels = j["kernel_alone"].as_array().unwrap();
    assert_eq!(kernels.len(), backends.len() - 2);
    for (k, be) in kernels.iter().zip(&backends[2..]) {
        assert_eq!(k["backend"], be.name());
        let (g, peak) = (
            k["gflops"].as_f64().unwrap(),
            k["one_core_peak_gflops"].as_f64().unwrap(),
        );
        assert!(g > 0.0 && peak > 0.0, "{k}");
    }
    let r = distil(&["bench", "--gemm", "--rounds", "0"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--rounds"), "{}", stderr(&r));
    // Flags --gemm has no use for are refused, not ignored.
    for extra in [
        &["--epochs", "2"][..],
        &["--examples", "100"],
        &["--data-dir", "x"],
    ] {
        let mut args = vec!["bench", "--gemm", "--rounds", "1"];
        args.extend(extra);
        let r = distil(&args);
        assert_eq!(r.status.code(), Some(2), "{extra:?}: {}", stderr(&r));
        assert!(stderr(&r).contains(extra[0]), "{}", stderr(&r));
    }
}

/// `mnist --fresh` checks the data before it deletes anything: a data folder that does not fit the
/// paper's networks leaves the run folder's results as they were.
#[test]
fn mnist_fresh_with_unusable_data_deletes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let run = tmp.path().join("run");
    std::fs::create_dir(&run).unwrap();
    std::fs::write(run.join("results.json"), "{}").unwrap();
    let r = distil(&[
        "mnist",
        "--fresh",
        "--preset",
        "tiny",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        run.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("expected items of 784 values"),
        "{}",
        stderr(&r)
    );
    assert_eq!(
        std::fs::read_to_string(run.join("results.json")).unwrap(),
        "{}"
    );
}

/// IDX files under names of one's own (one of them gzip'd) train exactly the model the same files
/// give from a folder under MNIST's names; the four flags come together, except the test pair alone
/// for eval.
#[test]
fn idx_files_named_by_flags_train_the_same_model_as_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let own = tmp.path().join("own");
    std::fs::create_dir(&own).unwrap();
    let names = ["a.idx", "b.idx", "c.idx", "d.idx.gz"];
    for (mnist, mine) in distil::data::MNIST_NAMES.iter().zip(names) {
        let bytes = std::fs::read(data.join(mnist)).unwrap();
        let bytes = if mine.ends_with(".gz") {
            gz(&bytes)
        } else {
            bytes
        };
        std::fs::write(own.join(mine), bytes).unwrap();
    }
    let files: Vec<String> = names
        .iter()
        .map(|n| own.join(n).to_str().unwrap().to_owned())
        .collect();
    let train = |data_flags: &[&str], out: &str| {
        let o = tmp.path().join(out);
        let mut args = vec!["train", "--arch", "16-12-4", "--epochs", "2", "--out"];
        args.push(o.to_str().unwrap());
        args.extend(data_flags);
        let r = distil(&args);
        (r, o)
    };
    let (r, from_folder) = train(&["--data-dir", data.to_str().unwrap()], "folder.st");
    assert!(r.status.success(), "{}", stderr(&r));
    let flags = [
        "--train-images",
        &files[0],
        "--train-labels",
        &files[1],
        "--test-images",
        &files[2],
        "--test-labels",
        &files[3],
    ];
    let (r, from_files) = train(&flags, "files.st");
    assert!(r.status.success(), "{}", stderr(&r));
    let load = |p: &std::path::Path| distil::checkpoint::Checkpoint::load(p).unwrap();
    let (a, b) = (load(&from_folder), load(&from_files));
    assert_eq!(bits(&a.mlp.params), bits(&b.mlp.params));
    assert_eq!(a.config, b.config);

    // Three of the four, or the four with --data-dir, are refused before anything is written.
    let (r, o) = train(&flags[..6], "three.st");
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--test-labels"), "{}", stderr(&r));
    assert!(!o.exists());
    let mut both = flags.to_vec();
    both.extend(["--data-dir", data.to_str().unwrap()]);
    let (r, o) = train(&both, "both.st");
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("--data-dir"), "{}", stderr(&r));
    assert!(!o.exists());

    // The test pair alone: enough for eval (the same figures as from the folder), not for
    // training, nor for eval's fidelity to a teacher, which is measured on the training set too.
    let test_pair = &flags[4..];
    let (r, o) = train(test_pair, "test-only.st");
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(stderr(&r).contains("--test-images"), "{}", stderr(&r));
    assert!(stderr(&r).contains("--train-images"), "{}", stderr(&r));
    assert!(!o.exists());
    let model = from_folder.to_str().unwrap();
    let eval = |data_flags: &[&str], extra: &[&str]| {
        let mut args = vec!["eval", "--model", model, "--json"];
        args.extend(data_flags);
        args.extend(extra);
        distil(&args)
    };
    let figures = |r: &Output| {
        assert!(r.status.success(), "{}", stderr(r));
        let mut j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        j.as_object_mut().unwrap().remove("model");
        j
    };
    let from_dir = figures(&eval(&["--data-dir", data.to_str().unwrap()], &[]));
    assert!(from_dir["test_examples"].as_u64().unwrap() > 0);
    assert_eq!(figures(&eval(test_pair, &[])), from_dir);
    assert_eq!(
        figures(&eval(test_pair, &["--shift-classes", "1"]))["shift"],
        figures(&eval(
            &["--data-dir", data.to_str().unwrap()],
            &["--shift-classes", "1"]
        ))["shift"]
    );
    let r = eval(test_pair, &["--teacher", model]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(
        stderr(&r).starts_with("error: --teacher:"),
        "{}",
        stderr(&r)
    );
    assert!(r.stdout.is_empty());
    let r = eval(&flags[4..6], &[]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(stderr(&r).contains("--test-labels"), "{}", stderr(&r));

    // A folder holding the test pair alone is enough for eval too, and its training files, where
    // present, are not read (a damaged one goes unnoticed); with a teacher they are needed.
    let tests_only = tmp.path().join("tests-only");
    std::fs::create_dir(&tests_only).unwrap();
    for name in &distil::data::MNIST_NAMES[2..] {
        std::fs::copy(data.join(name), tests_only.join(name)).unwrap();
    }
    let dir_flags = ["--data-dir", tests_only.to_str().unwrap()];
    assert_eq!(figures(&eval(&dir_flags, &[])), from_dir);
    let r = eval(&dir_flags, &["--teacher", model]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains(distil::data::MNIST_NAMES[0]),
        "{}",
        stderr(&r)
    );
    std::fs::write(tests_only.join(distil::data::MNIST_NAMES[0]), b"not IDX").unwrap();
    assert_eq!(figures(&eval(&dir_flags, &[])), from_dir);
}

/// `train` checks its flags and its output path before it opens the data: a typo costs no
/// decompression, and the data folder is left as it was.
#[test]
fn train_checks_flags_before_opening_the_data() {
    let tmp = tempfile::tempdir().unwrap();
    let raw = tmp.path().join("raw");
    std::fs::create_dir(&raw).unwrap();
    common::bars_dir(&raw);
    let data = tmp.path().join("gz");
    std::fs::create_dir(&data).unwrap();
    for name in distil::data::MNIST_NAMES {
        let bytes = std::fs::read(raw.join(name)).unwrap();
        std::fs::write(data.join(format!("{name}.gz")), gz(&bytes)).unwrap();
    }
    let listing = |d: &std::path::Path| {
        let mut v: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        v.sort();
        v
    };
    let before = listing(&data);
    let existing = tmp.path().join("existing.safetensors");
    std::fs::write(&existing, b"not a checkpoint").unwrap();
    let out = tmp.path().join("new.safetensors");
    let (d, o, e) = (
        data.to_str().unwrap(),
        out.to_str().unwrap(),
        existing.to_str().unwrap(),
    );
    for (args, flag) in [
        (vec!["--arch", "16-x-4", "--out", o], "--arch"),
        (
            vec!["--arch", "16-8-4", "--lr-schedule", "bogus", "--out", o],
            "--lr-schedule",
        ),
        (
            vec![
                "--arch",
                "16-8-4",
                "--lr-schedule",
                "exponential:0",
                "--out",
                o,
            ],
            "--lr-schedule",
        ),
        (
            vec!["--arch", "16-8-4", "--lr-schedule", "step:2:0", "--out", o],
            "--lr-schedule",
        ),
        (
            vec!["--arch", "16-8-4", "--momentum-epochs", "3", "--out", o],
            "--momentum-start",
        ),
        (vec!["--arch", "16-8-4", "--out", e], "--out"),
    ] {
        let mut argv = vec!["train", "--data-dir", d];
        argv.extend(args);
        let r = distil(&argv);
        assert_eq!(r.status.code(), Some(2), "{argv:?}: {}", stderr(&r));
        assert!(stderr(&r).contains(flag), "{argv:?}: {}", stderr(&r));
        assert_eq!(listing(&data), before, "{argv:?} touched the data folder");
    }
    assert!(!out.exists());
}

/// Output piped into a reader that has gone (`distil train … | head -1`) ends the process by
/// SIGPIPE, as other Unix tools end, not by a panic, and quietly; it removes its output's lock on
/// the way, as an interrupt does.
#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    // A pipe whose reading end is closed before the run starts, so its first print meets it.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = common::distil_bin()
        .args(["train", "--arch", "16-8-4", "--epochs", "3", "--data-dir"])
        .arg(&data)
        .arg("--out")
        .arg(tmp.path().join("m.safetensors"))
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    common::read_right(&out);
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(!e.contains("panicked") && !e.contains("interrupted"), "{e}");
    assert_eq!(out.status.signal(), Some(13), "{:?}: {e}", out.status);
    assert!(!tmp.path().join(".m.safetensors.lock").exists());
    no_temp_files(tmp.path());
}

/// Runs `c` with SIGINT and SIGTERM at their default actions, as from a terminal, however the
/// tests were started.
fn with_default_signals(mut c: std::process::Command) -> Output {
    // SAFETY: only signal(2) between fork and exec.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut c, || {
            common::default_signals();
            Ok(())
        });
    }
    let o = c.output().unwrap();
    common::read_right(&o);
    o
}

/// Ctrl-C or SIGTERM while a checkpoint is being written: the process ends by that signal, removes
/// the temporary file it was writing, and the checkpoint keeps its last whole version.
#[test]
fn an_interrupt_mid_write_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    for (name, signal) in [("INT", 2), ("TERM", 15)] {
        let tmp = tempfile::tempdir().unwrap();
        let data = bars_data(tmp.path());
        let out = tmp.path().join("m.safetensors");
        let mut c = common::distil_bin();
        c.args(["train", "--arch", "16-8-4", "--epochs", "3", "--data-dir"])
            .arg(&data)
            .arg("--out")
            .arg(&out)
            .env("DISTIL_KILL_IN_WRITE", format!("m.safetensors:2:{name}"));
        let r = with_default_signals(c);
        assert_eq!(r.status.signal(), Some(signal), "{name}: {}", stderr(&r));
        assert!(stderr(&r).contains("interrupted"), "{name}: {}", stderr(&r));
        no_temp_files(tmp.path());
        // The handler removes the output's lock too.
        assert!(!tmp.path().join(".m.safetensors.lock").exists(), "{name}");
        // The first epoch's checkpoint, whole.
        assert_eq!(
            distil::checkpoint::Checkpoint::load(&out).unwrap().epoch,
            1,
            "{name}"
        );

        // predict, interrupted in its one write: no file, no temporary file, no training's line.
        let preds = tmp.path().join("p.idx");
        let mut c = common::distil_bin();
        c.args(["predict", "--model"])
            .arg(&out)
            .arg("--images")
            .arg(data.join(distil::data::MNIST_NAMES[2]))
            .arg("--out")
            .arg(&preds)
            .env("DISTIL_KILL_IN_WRITE", format!("p.idx:1:{name}"));
        let r = with_default_signals(c);
        assert_eq!(r.status.signal(), Some(signal), "{name}: {}", stderr(&r));
        assert!(
            !stderr(&r).contains("interrupted"),
            "{name}: {}",
            stderr(&r)
        );
        assert!(!preds.exists());
        no_temp_files(tmp.path());
    }
}

/// A network whose buffers this process cannot allocate (here under a 1.5 GB address-space limit)
/// is refused with how much it needs, where the first failed allocation used to abort the process;
/// so are predictions and a teacher's logits too large to hold.
/// `sweep` and `bench --scaling` name their own flag, and refuse before making any folder.
#[cfg(target_os = "linux")]
#[test]
fn a_network_too_large_for_memory_is_an_error_not_an_abort() {
    if common::under_emulator() {
        println!("skipped: an emulator needs its own address space");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let out = tmp.path().join("m.safetensors");
    let folder = tmp.path().join("sweep");
    let (o, f) = (out.to_str().unwrap(), folder.to_str().unwrap());
    // predict: a net of 100,000 classes (trained here, unlimited) over 5,000 items, whose logits
    // would take 2 GB.
    let wide = tmp.path().join("wide.st");
    let w = wide.to_str().unwrap();
    let r = distil(&[
        "train",
        "--arch",
        "16-100000",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        w,
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let items = tmp.path().join("items.idx");
    let pixels: Vec<u8> = (0..5000 * 16).map(|i| (i % 251) as u8).collect();
    let idx = distil::data::idx::encode(distil::data::idx::ElemType::U8, &[5000, 4, 4], &pixels);
    std::fs::write(&items, idx).unwrap();
    let predicted = tmp.path().join("predicted.idx");
    let (i, p) = (items.to_str().unwrap(), predicted.to_str().unwrap());
    // distill: the same net as teacher and student over those 5,000 items as the transfer set
    // (labels 0 to 3); the student's buffers fit, the teacher's logits (4 GB with the cache's
    // copy) do not.
    let labels = tmp.path().join("labels.idx");
    let classes: Vec<u8> = (0..5000).map(|i| (i % 4) as u8).collect();
    let idx = distil::data::idx::encode(distil::data::idx::ElemType::U8, &[5000], &classes);
    std::fs::write(&labels, idx).unwrap();
    let test_images = data.join(distil::data::MNIST_NAMES[2]);
    let test_labels = data.join(distil::data::MNIST_NAMES[3]);
    let cache = tmp.path().join("wide.st.logits");
    let cases: [(&[&str], &str, i32); 6] = [
        (
            &[
                "train",
                "--arch",
                "16-2000000-4",
                "--epochs",
                "1",
                "--data-dir",
                d,
                "--out",
                o,
            ],
            "--arch: 16-2000000-4 with batches of 100 needs about",
            2,
        ),
        (
            &[
                "sweep",
                "--teacher",
                t,
                "--widths",
                "20000",
                "--temperatures",
                "2",
            ]
            .iter()
            .chain(&["--data-dir", d, "--out", f])
            .copied()
            .collect::<Vec<_>>(),
            "--widths: 16-20000-20000-4 with batches of 100 needs about",
            2,
        ),
        (
            &[
                "bench",
                "--scaling",
                "--widths",
                "20000",
                "--batches",
                "10",
                "--examples",
                "20",
            ],
            "--widths: 784-20000-20000-10 with batches of 10 needs about",
            2,
        ),
        (
            &["predict", "--model", w, "--images", i, "--out", p],
            "5000 items of 100000 classes, needing about",
            1,
        ),
        (
            &[
                "distill",
                "--teacher",
                w,
                "--arch",
                "16-100000",
                "--train-images",
                i,
                "--train-labels",
                labels.to_str().unwrap(),
                "--test-images",
                test_images.to_str().unwrap(),
                "--test-labels",
                test_labels.to_str().unwrap(),
                "--out",
                o,
            ],
            "5000 items of 100000 classes, needing about",
            1,
        ),
        // eval's bias search holds the test set's logits whole, as predict does.
        (
            &[
                "eval",
                "--model",
                w,
                "--test-images",
                i,
                "--test-labels",
                labels.to_str().unwrap(),
                "--shift-classes",
                "1",
            ],
            "5000 items of 100000 classes, needing about",
            1,
        ),
    ];
    for (args, expected, code) in cases {
        let mut c = common::distil_bin();
        c.args(args);
        // SAFETY: only setrlimit(2) between fork and exec.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut c, || {
                let limit = libc::rlimit {
                    rlim_cur: 1_500_000_000,
                    rlim_max: 1_500_000_000,
                };
                libc::setrlimit(libc::RLIMIT_AS, &limit);
                Ok(())
            });
        }
        let r = c.output().unwrap();
        common::read_right(&r);
        let e = stderr(&r);
        assert_eq!(r.status.code(), Some(code), "{args:?}: {e}");
        assert!(e.contains(expected) && e.contains("MiB"), "{args:?}: {e}");
        assert!(
            !out.exists() && !folder.exists() && !predicted.exists() && !cache.exists(),
            "{args:?} left its output"
        );
    }
    no_temp_files(tmp.path());
}

/// A data folder that cannot be searched says "Permission denied" on the file, not that the files
/// are missing. As root (who passes every permission check) the binary runs as `nobody`.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_data_folder_says_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    if common::under_emulator() {
        println!("skipped: under an emulator, which nobody may not be able to run");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = bars_data(tmp.path());
    let model = tmp.path().join("m.safetensors");
    let r = distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        model.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    std::fs::set_permissions(&model, std::fs::Permissions::from_mode(0o644)).unwrap();
    // As nobody when root: the binary, then the same command on the unreadable folder.
    let as_user = |args: &[&std::ffi::OsStr]| {
        let mut c = common::distil_bin();
        c.args(args);
        // SAFETY: geteuid, setgroups, setgid and setuid are plain system calls; only they run
        // between fork and exec.
        if unsafe { libc::geteuid() } == 0 {
            unsafe {
                std::os::unix::process::CommandExt::pre_exec(&mut c, || {
                    if libc::setgroups(0, std::ptr::null()) != 0
                        || libc::setgid(65534) != 0
                        || libc::setuid(65534) != 0
                    {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        c.output()
    };
    // SAFETY: a plain system call.
    let root = unsafe { libc::geteuid() } == 0;
    // The same command on the readable folder must work. As root, run as nobody, it may not: the
    // binary or the test's folder out of nobody's reach (a checkout under /root) leaves nothing to
    // test here. As anyone else it is the command itself, and a failure is a failure.
    match as_user(&[
        "eval".as_ref(),
        "--model".as_ref(),
        model.as_os_str(),
        "--data-dir".as_ref(),
        data.as_os_str(),
    ]) {
        Ok(r) if r.status.success() => common::read_right(&r),
        r if root => {
            println!("skipped: the binary cannot run as nobody here ({r:?})");
            return;
        }
        r => panic!("eval on the readable folder failed: {r:?}"),
    }
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o000)).unwrap();
    let r = as_user(&[
        "eval".as_ref(),
        "--model".as_ref(),
        model.as_os_str(),
        "--data-dir".as_ref(),
        data.as_os_str(),
    ]);
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let r = r.unwrap();
    common::read_right(&r);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(
        // eval without a teacher opens the test pair alone.
        e.contains("t10k-images-idx3-ubyte: cannot open: Permission denied"),
        "{e}"
    );
}

/// `RAYON_NUM_THREADS`, which sizes the pool when `--threads` is not given, is held to the same
/// range: 100,000 used to start that many threads before anything ran. Set but empty, it is unset.
#[test]
fn rayon_num_threads_is_checked_like_threads() {
    if common::under_emulator() {
        println!("skipped: bench under an emulator is slow");
        return;
    }
    for (value, ok) in [
        ("100000", false),
        ("abc", false),
        ("2", true),
        ("0", true),
        ("", true),
    ] {
        let r = common::distil_bin()
            .args(["bench", "--examples", "100", "--epochs", "1", "--json"])
            .env("RAYON_NUM_THREADS", value)
            .output()
            .unwrap();
        common::read_right(&r);
        let e = stderr(&r);
        if ok {
            assert!(r.status.success(), "{value}: {e}");
        } else {
            assert_eq!(r.status.code(), Some(2), "{value}: {e}");
            assert!(e.contains("RAYON_NUM_THREADS: expected 1 to 1024"), "{e}");
        }
    }
}

/// A FIFO where a run folder's `.lock` file goes is refused; opening it would wait for ever.
#[test]
fn a_fifo_in_place_of_the_lock_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    std::fs::create_dir(&dir).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join(".lock"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        println!("skipped: no mkfifo here");
        return;
    }
    let r = distil(&["mnist", "--preset", "tiny", "--out", dir.to_str().unwrap()]);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(e.contains(".lock: expected an empty regular file"), "{e}");
    // `train` into that folder looks whether an `mnist` run holds it: the FIFO is no held lock,
    // and is not opened (the probe used to open it, waiting for ever for its other end).
    let data = bars_data(tmp.path());
    let (d, out) = (data.to_str().unwrap().to_owned(), dir.join("m.safetensors"));
    let o = out.to_str().unwrap().to_owned();
    let r = common::within(60, move || {
        distil(&[
            "train",
            "--arch",
            "16-8-4",
            "--epochs",
            "1",
            "--data-dir",
            &d,
            "--out",
            &o,
        ])
    })
    .expect("train blocked on the FIFO");
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(out.exists());
}

/// An output that cannot be written (a full disk: `/dev/full`) is an error with status 1, not a
/// panic; a usage error whose message cannot be written keeps its status 2.
#[test]
fn an_unwritable_output_is_an_error_not_a_panic() {
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full");
    if full().is_err() {
        eprintln!("skipped: no /dev/full here");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let model = tmp.path().join("m.safetensors");
    let train = |stdout: std::process::Stdio| {
        common::distil_bin()
            .args(["train", "--arch", "16-8-4", "--epochs", "2", "--data-dir"])
            .arg(&data)
            .arg("--out")
            .arg(&model)
            .stdout(stdout)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap()
    };
    let out = train(full().unwrap().into());
    common::read_right(&out);
    let e = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert!(!e.contains("panicked"), "{e}");
    assert!(
        e.contains("standard output: cannot write: No space left on device"),
        "{e}"
    );
    no_temp_files(tmp.path());
    for (args, code) in [(&["--help"][..], 1), (&["train", "--bogus"][..], 2)] {
        let (stdout, stderr) = if code == 1 {
            (full().unwrap().into(), std::process::Stdio::piped())
        } else {
            (std::process::Stdio::null(), full().unwrap().into())
        };
        let out = common::distil_bin()
            .args(args)
            .stdout(stdout)
            .stderr(stderr)
            .output()
            .unwrap();
        common::read_right(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
}

/// `--resume` on a checkpoint of the other command says which command made it; on a finished
/// run it says so and trains nothing.
#[test]
fn resume_names_the_command_that_made_the_checkpoint_and_a_finished_run() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let student = tmp.path().join("s.safetensors");
    let s = student.to_str().unwrap();
    let distill_args = [
        "distill",
        "--teacher",
        t,
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        s,
    ];
    let r = distil(&distill_args);
    assert!(r.status.success(), "{}", stderr(&r));

    let r = distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--resume",
        "--data-dir",
        d,
        "--out",
        s,
    ]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("distilled net's checkpoint: resume it with `distill --resume`"));
    let other = tmp.path().join("t2.safetensors");
    std::fs::copy(&teacher, &other).unwrap();
    let r = distil(&[
        "distill",
        "--teacher",
        t,
        "--arch",
        "16-12-4",
        "--epochs",
        "3",
        "--resume",
        "--data-dir",
        d,
        "--out",
        other.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("plain training, not of a distillation"),
        "{}",
        stderr(&r)
    );

    let before = std::fs::read(&teacher).unwrap();
    let resume_finished = |extra: &[&str]| {
        let mut args = vec!["train", "--arch", "16-12-4", "--epochs", "3", "--resume"];
        args.extend(["--data-dir", d, "--out", t]);
        args.extend(extra);
        distil(&args)
    };
    let r = resume_finished(&[]);
    assert!(r.status.success(), "{}", stderr(&r));
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(
        out.contains("is done (3 of 3 epochs: ") && out.contains("nothing to train"),
        "{out}"
    );
    assert_eq!(std::fs::read(&teacher).unwrap(), before);
    // Under --json the same status goes to stderr, stdout keeping to JSON lines (none here).
    let r = resume_finished(&["--json"]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        r.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&r.stdout)
    );
    assert!(
        stderr(&r).contains("is done (3 of 3 epochs: "),
        "{}",
        stderr(&r)
    );
    assert_eq!(std::fs::read(&teacher).unwrap(), before);
}

/// A raw IDX file this tool did not make, beside a .gz of other data modified after it, is used
/// (it may be the user's own), with a note naming both.
#[test]
fn a_gz_newer_than_its_raw_copy_gets_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let labels = data.join(distil::data::MNIST_NAMES[1]);
    let gz_labels = data.join(format!("{}.gz", distil::data::MNIST_NAMES[1]));
    let raw = std::fs::read(&labels).unwrap();
    let mut other = raw.clone();
    let last = other.len() - 1;
    other[last] = (other[last] + 1) % 4;
    std::fs::write(&gz_labels, gz(&other)).unwrap();
    let old = std::fs::metadata(&gz_labels).unwrap().modified().unwrap();
    std::fs::File::options()
        .write(true)
        .open(&labels)
        .unwrap()
        .set_modified(old - std::time::Duration::from_secs(60))
        .unwrap();
    let d = data.to_str().unwrap();
    let out = tmp.path().join("m.safetensors");
    let r = distil(&[
        "train",
        "--arch",
        "16-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let e = stderr(&r);
    assert!(
        e.contains("note: ") && e.contains(".gz was modified after") && e.contains("which is used"),
        "{e}"
    );
    // Used, not replaced by the .gz's other labels.
    assert_eq!(std::fs::read(&labels).unwrap(), raw);
}

/// An epoch's line is printed once its checkpoint is on disk (and, for `mnist`, its history line):
/// a process killed while writing them has not printed it, so a line on screen is never lost.
#[test]
fn an_epoch_is_reported_only_once_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let out = tmp.path().join("m.safetensors");
    let r = common::distil_bin()
        .args(["train", "--arch", "16-8-4", "--epochs", "2", "--data-dir"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .env("DISTIL_KILL_IN_WRITE", "m.safetensors:1")
        .output()
        .unwrap();
    common::read_right(&r);
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(r.status.signal(), Some(9), "{}", stderr(&r));
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(printed.contains("training 16-8-4"), "{printed}");
    assert!(!printed.contains("epoch 1/2"), "{printed}");

    let r = common::distil_bin()
        .args(["mnist", "--preset", "tiny", "--out"])
        .arg(tmp.path().join("run"))
        .env("DISTIL_KILL_IN_WRITE", "teacher.jsonl:1")
        .output()
        .unwrap();
    common::read_right(&r);
    assert_eq!(r.status.signal(), Some(9), "{}", stderr(&r));
    let printed = String::from_utf8_lossy(&r.stdout);
    assert!(
        printed.contains("teacher 784-64-64-10: epochs 1..4"),
        "{printed}"
    );
    assert!(!printed.contains("teacher epoch 1/4"), "{printed}");
    // Not killed, every model reports every epoch, once.
    let r = distil(&[
        "mnist",
        "--preset",
        "tiny",
        "--out",
        tmp.path().join("run2").to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let printed = String::from_utf8_lossy(&r.stdout);
    for m in ["teacher", "small", "distilled"] {
        for e in 1..=4 {
            let line = format!("{m} epoch {e}/4:");
            assert_eq!(printed.matches(&line).count(), 1, "{line}\n{printed}");
        }
    }
}

/// `bench --scaling --out` into a folder where no file can be created fails before the timings
/// (which take minutes on the default grid), not after them. /proc/sys is such a folder on Linux.
#[cfg(target_os = "linux")]
#[test]
fn bench_refuses_an_unwritable_out_before_timing() {
    let dir = std::path::Path::new("/proc/sys");
    if !dir.is_dir() || std::fs::File::create(dir.join("distil-probe")).is_ok() {
        println!("skipped: no /proc/sys that refuses new files here");
        return;
    }
    let r = distil(&[
        "bench",
        "--scaling",
        "--widths",
        "8",
        "--batches",
        "10",
        "--examples",
        "20",
        "--epochs",
        "1",
        "--out",
        "/proc/sys",
    ]);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(e.contains("/proc/sys/scaling.json: cannot write"), "{e}");
    assert!(
        r.stdout.is_empty(),
        "timed before refusing: {}",
        String::from_utf8_lossy(&r.stdout)
    );
}

/// `predict` writes the classes `eval` counts: as many disagree with the labels as eval reports
/// errors, per class as many as eval's confusion matrix has in each column; `--logits` writes the
/// logits those classes are the largest of, the same bits on one thread and two. It refuses to
/// write over its input.
#[test]
fn predict_writes_the_classes_eval_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let path = |name: &str| tmp.path().join(name).to_str().unwrap().to_owned();
    let model = path("m.st");
    let r = distil(&[
        "train",
        "--arch",
        "784-10",
        "--epochs",
        "1",
        "--train-subset",
        "1000",
        "--out",
        &model,
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let r = distil(&["eval", "--model", &model, "--json"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let ev: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let errors = ev["test_errors"].as_u64().unwrap() as usize;
    assert!(errors > 0, "a model of one short epoch errs");
    let column_sums: Vec<u64> = (0..10)
        .map(|c| {
            let rows = ev["confusion"].as_array().unwrap();
            rows.iter().map(|row| row[c].as_u64().unwrap()).sum()
        })
        .collect();

    let data = distil::data::default_data_dir();
    let images = data.join("t10k-images-idx3-ubyte.gz");
    let images = images.to_str().unwrap();
    let predict = |out: &str, extra: &[&str]| {
        let mut args = vec![
            "predict", "--model", &model, "--images", images, "--out", out,
        ];
        args.extend(extra);
        let r = distil(&args);
        assert!(r.status.success(), "{}", stderr(&r));
        r
    };
    let classes_out = path("classes.idx");
    let r = predict(&classes_out, &["--json"]);
    let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(j["items"], 10_000);
    let per_class = u64s(&j["predicted_per_class"]);
    assert_eq!(per_class, column_sums);
    let file = distil::data::idx::IdxFile::open(Path::new(&classes_out)).unwrap();
    assert_eq!(file.dims(), &[10_000]);
    let predicted = file.as_u8().expect("unsigned bytes").to_vec();
    let labels = &common::mnist().test.labels;
    let wrong = predicted
        .iter()
        .zip(labels)
        .filter(|(&p, &l)| p as u32 != l)
        .count();
    assert_eq!(wrong, errors);
    // A file of one item: its class is the one predicted for it among the 10,000, and the line
    // counts it in the singular.
    let one = path("one.idx");
    let test_images = &common::mnist().test.images;
    let first = &test_images.data()[..28 * 28];
    std::fs::write(
        &one,
        distil::data::idx::encode(test_images.elem(), &[1, 28, 28], first),
    )
    .unwrap();
    let one_out = path("one-class.idx");
    let r = distil(&[
        "predict", "--model", &model, "--images", &one, "--out", &one_out,
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let said = String::from_utf8_lossy(&r.stdout);
    assert!(said.contains("wrote the classes of 1 item of "), "{said}");
    let file = distil::data::idx::IdxFile::open(Path::new(&one_out)).unwrap();
    assert_eq!(file.as_u8().expect("unsigned bytes"), &predicted[..1]);

    let logits = |threads: &str| {
        let out = path(&format!("logits{threads}.idx"));
        predict(&out, &["--logits", "--threads", threads]);
        std::fs::read(&out).unwrap()
    };
    let one = logits("1");
    assert_eq!(one, logits("2"));
    let file = distil::data::idx::IdxFile::open(Path::new(&path("logits1.idx"))).unwrap();
    assert_eq!(file.dims(), &[10_000, 10]);
    let z: Vec<f32> = (0..100_000).map(|i| file.get_f64(i) as f32).collect();
    let top: Vec<u8> = z
        .chunks_exact(10)
        .map(|row| distil::train::argmax(row) as u8)
        .collect();
    assert_eq!(top, predicted);

    // Above 256 classes the classes are 32-bit integers.
    let bars = bars_data(tmp.path());
    let wide = path("wide.st");
    let r = distil(&[
        "train",
        "--arch",
        "16-300",
        "--epochs",
        "1",
        "--data-dir",
        bars.to_str().unwrap(),
        "--out",
        &wide,
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let bars_items = bars.join(distil::data::MNIST_NAMES[2]);
    let wide_out = |name: &str, extra: &[&str]| {
        let out = path(name);
        let mut args = vec!["predict", "--model", &wide, "--out", &out, "--images"];
        args.push(bars_items.to_str().unwrap());
        args.extend(extra);
        let r = distil(&args);
        assert!(r.status.success(), "{}", stderr(&r));
        distil::data::idx::IdxFile::open(Path::new(&out)).unwrap()
    };
    let (classes, logits) = (
        wide_out("wide.idx", &[]),
        wide_out("wide-z.idx", &["--logits"]),
    );
    assert_eq!(classes.elem(), distil::data::idx::ElemType::I32);
    assert_eq!(logits.dims(), &[classes.count(), 300]);
    let z: Vec<f32> = (0..logits.count() * 300)
        .map(|i| logits.get_f64(i) as f32)
        .collect();
    for (i, row) in z.chunks_exact(300).enumerate() {
        assert_eq!(classes.get_f64(i), distil::train::argmax(row) as f64);
    }

    // Its own inputs as output: refused, the input unchanged.
    let items = path("items.idx");
    let test_images = &common::mnist().test.images;
    let dims: Vec<u32> = test_images.dims().iter().map(|&d| d as u32).collect();
    let bytes = distil::data::idx::encode(test_images.elem(), &dims, test_images.data());
    std::fs::write(&items, bytes).unwrap();
    let before = std::fs::read(&items).unwrap();
    let r = distil(&[
        "predict", "--model", &model, "--images", &items, "--out", &items,
    ]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("is the --images file"),
        "{}",
        stderr(&r)
    );
    assert_eq!(std::fs::read(&items).unwrap(), before);
    // The .gz a raw input would be read from, and the model.
    let gz_source = format!("{items}.gz");
    for (out, says) in [
        (gz_source.as_str(), "is the --images file's .gz source"),
        (model.as_str(), "is the --model file"),
    ] {
        let r = distil(&[
            "predict", "--model", &model, "--images", &items, "--out", out,
        ]);
        assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
        assert!(stderr(&r).contains(says), "{}", stderr(&r));
    }
    assert!(!Path::new(&gz_source).exists());
    // Through a symbolic link: predictions written under the target's name would destroy the
    // model the link names, and the other way round (an output named by a link is refused).
    let link = path("link.safetensors");
    std::os::unix::fs::symlink(&model, &link).unwrap();
    let model_bytes = std::fs::read(&model).unwrap();
    for (m, out) in [
        (link.as_str(), model.as_str()),
        (model.as_str(), link.as_str()),
    ] {
        let r = distil(&["predict", "--model", m, "--images", &items, "--out", out]);
        assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
        assert!(stderr(&r).contains("is the --model file"), "{}", stderr(&r));
    }
    assert_eq!(std::fs::read(&model).unwrap(), model_bytes);
    no_temp_files(tmp.path());
}

/// Above 1,024 classes eval keeps no confusion matrix (100,000 classes would take 80 GB, and every
/// epoch's evaluation used to build one) and lists only the classes with errors; the errors are
/// counted as before.
#[test]
fn many_classes_are_evaluated_without_a_confusion_matrix() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let d = data.to_str().unwrap();
    for classes in ["1024", "1025"] {
        let out = tmp.path().join(format!("m{classes}.st"));
        let o = out.to_str().unwrap();
        let arch = format!("16-{classes}");
        let r = distil(&[
            "train",
            "--arch",
            &arch,
            "--epochs",
            "1",
            "--data-dir",
            d,
            "--out",
            o,
        ]);
        assert!(r.status.success(), "{}", stderr(&r));
        let r = distil(&["eval", "--model", o, "--data-dir", d, "--json"]);
        assert!(r.status.success(), "{}", stderr(&r));
        let j: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        let per_class = u64s(&j["per_class_errors"]);
        assert_eq!(per_class.len().to_string(), classes);
        assert_eq!(
            per_class.iter().sum::<u64>(),
            j["test_errors"].as_u64().unwrap()
        );
        assert!(
            j["test_errors"].as_u64().unwrap() > 0,
            "one epoch of 1,000 classes errs"
        );
        let text =
            String::from_utf8(distil(&["eval", "--model", o, "--data-dir", d]).stdout).unwrap();
        if classes == "1024" {
            let rows = j["confusion"].as_array().unwrap();
            assert_eq!(rows.len(), 1024);
            let hits: u64 = (0..1024).map(|c| rows[c][c].as_u64().unwrap()).sum();
            assert_eq!(hits + j["test_errors"].as_u64().unwrap(), 40);
            assert!(
                text.contains("confusion matrix: 1024 × 1024, in --json"),
                "{text}"
            );
        } else {
            assert!(j["confusion"].is_null());
            assert!(
                text.contains("confusion matrix: not kept above 1024 classes"),
                "{text}"
            );
        }
        // Only the classes with errors are listed (the bars have 4).
        assert!(text.contains("classes with any: "), "{text}");
        assert!(text.len() < 2000, "{} bytes", text.len());
    }
}

/// A JSON array of counts.
fn u64s(v: &serde_json::Value) -> Vec<u64> {
    let a = v.as_array().unwrap_or_else(|| panic!("not an array: {v}"));
    a.iter().map(|x| x.as_u64().unwrap()).collect()
}

/// `train --optimizer adam` through the binary: the start line names Adam; an Adam run stopped
/// after one epoch and continued with `--resume` writes the weights of an uninterrupted one (its
/// second moments carried in the checkpoint file); resuming it as an SGD run is refused, naming
/// the optimiser.
#[test]
fn adam_runs_resume_through_their_checkpoint_files() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let d = data.to_str().unwrap();
    let run = |out: &Path, epochs: &str, extra: &[&str]| {
        let mut args = vec![
            "train",
            "--arch",
            "16-8-4",
            "--optimizer",
            "adam",
            "--lr",
            "0.01",
            "--lr-schedule",
            "constant",
            "--epochs",
            epochs,
            "--data-dir",
            d,
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(extra);
        distil(&args)
    };
    let whole = tmp.path().join("whole.st");
    let r = run(&whole, "3", &[]);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        String::from_utf8_lossy(&r.stdout).contains("batch 100, Adam,"),
        "{}",
        String::from_utf8_lossy(&r.stdout)
    );
    let parts = tmp.path().join("parts.st");
    let r = run(&parts, "1", &[]);
    assert!(r.status.success(), "{}", stderr(&r));
    let r = run(&parts, "3", &["--resume"]);
    assert!(r.status.success(), "{}", stderr(&r));
    let load = |p: &Path| distil::checkpoint::Checkpoint::load(p).unwrap();
    let (a, b) = (load(&whole), load(&parts));
    assert_eq!(b.epoch, 3);
    assert_eq!(bits(&a.mlp.params), bits(&b.mlp.params));
    assert_eq!(a.second_moment, b.second_moment);
    assert!(a.second_moment.is_some());

    let r = distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--lr",
        "0.01",
        "--lr-schedule",
        "constant",
        "--epochs",
        "4",
        "--data-dir",
        d,
        "--out",
        parts.to_str().unwrap(),
        "--resume",
    ]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("other settings") && stderr(&r).contains("optimizer"),
        "{}",
        stderr(&r)
    );
}

/// A teacher whose run stopped before its last epoch (killed, and never resumed) still teaches,
/// with a note saying so; a finished one gets no note.
#[test]
fn an_unfinished_teacher_is_noted() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    // The same weights, as a run that had planned 5 epochs would have left them after 3.
    let mut ck = distil::checkpoint::Checkpoint::load(&teacher).unwrap();
    assert_eq!(ck.unfinished(), None);
    ck.config["epochs"] = serde_json::json!(5);
    assert_eq!(ck.unfinished(), Some((3, 5)));
    let cut = tmp.path().join("cut.safetensors");
    ck.save(&cut).unwrap();
    for (t, noted) in [(&teacher, false), (&cut, true)] {
        for command in ["distill", "sweep"] {
            let out = tmp.path().join(format!("{command}-{noted}"));
            let out_flag = if command == "sweep" {
                out.to_str().unwrap().to_owned()
            } else {
                format!("{}.safetensors", out.display())
            };
            let mut args = vec![
                command,
                "--teacher",
                t.to_str().unwrap(),
                "--epochs",
                "1",
                "--data-dir",
                data.to_str().unwrap(),
                "--out",
                &out_flag,
            ];
            args.extend(if command == "sweep" {
                ["--widths", "4", "--temperatures", "2"]
            } else {
                ["--arch", "16-4", "--temperature", "2"]
            });
            let r = distil(&args);
            assert!(r.status.success(), "{}", stderr(&r));
            let says = format!(
                "note: teacher {} trained 3 of its 5 epochs (an interrupted run: the command \
                 that made it, run again, with --resume for train and distill, finishes it)\n",
                t.display()
            );
            assert_eq!(
                stderr(&r).contains(&says),
                noted,
                "{command}: {}",
                stderr(&r)
            );
        }
    }
}

/// Item values within f32 whose sums with the weights overflow are an error in `predict` and
/// `eval`: a NaN sum became 0 at the next ReLU, and the logits (the output biases alone, or ±∞)
/// looked plausible, with exit status 0.
#[test]
fn items_whose_sums_overflow_are_an_error_not_a_prediction() {
    use distil::data::idx::{encode, ElemType};
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    let huge = |n: u32| {
        let body: Vec<u8> = (0..n * 16).flat_map(|_| 3e38f32.to_be_bytes()).collect();
        encode(ElemType::F32, &[n, 4, 4], &body)
    };
    let items = tmp.path().join("huge.idx");
    std::fs::write(&items, huge(5)).unwrap();
    let out = tmp.path().join("p.idx");
    let (t, i, o) = (
        teacher.to_str().unwrap(),
        items.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    for extra in [&[][..], &["--logits"]] {
        let mut args = vec!["predict", "--model", t, "--images", i, "--out", o];
        args.extend(extra);
        let r = distil(&args);
        let e = stderr(&r);
        assert_eq!(r.status.code(), Some(1), "{e}");
        let last = e.lines().last().unwrap();
        assert!(
            last.starts_with("error: ")
                && last.contains("huge.idx item 0")
                && last.contains("overflow to ±∞ or NaN in layer 1 (16→12): values too large"),
            "{e}"
        );
        assert!(!out.exists());
    }
    // Training items that overflow: eval alone does not read them; its fidelity to a teacher,
    // measured on them, and distillation from a teacher, cached or on translated items, stop.
    let d = data.to_str().unwrap();
    let train_images = data.join(distil::data::MNIST_NAMES[0]);
    let kept = std::fs::read(&train_images).unwrap();
    std::fs::write(&train_images, huge(200)).unwrap();
    let r = distil(&["eval", "--model", t, "--data-dir", d]);
    assert!(r.status.success(), "{}", stderr(&r));
    let student = tmp.path().join("s.st");
    let s = student.to_str().unwrap();
    let distil_args = [
        "distill",
        "--teacher",
        t,
        "--arch",
        "16-4",
        "--data-dir",
        d,
        "--out",
        s,
    ];
    for args in [
        &["eval", "--model", t, "--data-dir", d, "--teacher", t][..],
        &distil_args,
        &[&distil_args[..], &["--jitter", "1"]].concat(),
    ] {
        let r = distil(args);
        let e = stderr(&r);
        assert_eq!(r.status.code(), Some(1), "{args:?}: {e}");
        assert!(
            e.contains(&format!("{} item", distil::data::MNIST_NAMES[0])) && e.contains("overflow"),
            "{args:?}: {e}"
        );
        assert!(!student.exists());
    }
    std::fs::write(&train_images, kept).unwrap();
    // The test items under eval, alone and with a teacher.
    std::fs::write(data.join(distil::data::MNIST_NAMES[2]), huge(40)).unwrap();
    for extra in [&[][..], &["--teacher", t]] {
        let mut args = vec!["eval", "--model", t, "--data-dir", d];
        args.extend(extra);
        let r = distil(&args);
        let e = stderr(&r);
        assert_eq!(r.status.code(), Some(1), "{e}");
        assert!(e.contains("item 0") && e.contains("overflow"), "{e}");
        assert!(
            r.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&r.stdout)
        );
    }
}

/// A name the file system would refuse (over 255 bytes) is refused before the work: an `--out`,
/// and the default logits cache `TEACHER.logits` of a legal teacher name of 250 bytes, which used
/// to fail with "File name too long" after the teacher pass. So is an output named by a symbolic
/// link (its rename replaced the link, cutting it loose from the file it named).
#[test]
fn long_names_and_links_as_outputs_are_refused_up_front() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    let d = data.to_str().unwrap();
    let train_to = |out: &Path| {
        let o = out.to_str().unwrap();
        distil(&[
            "train",
            "--arch",
            "16-8-4",
            "--epochs",
            "1",
            "--data-dir",
            d,
            "--out",
            o,
        ])
    };
    let r = train_to(&tmp.path().join("t".repeat(256)));
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("at most 255 bytes, found one of 256"),
        "{}",
        stderr(&r)
    );
    assert!(!stderr(&r).contains("epoch"), "{}", stderr(&r));
    // A device or a FIFO as the output: refused before the epoch, and left as it was.
    let fifo = tmp.path().join("fifo.safetensors");
    let c_path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a NUL-terminated path that lives across the call.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
    for out in [Path::new("/dev/null"), fifo.as_path()] {
        let r = train_to(out);
        assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
        assert!(
            stderr(&r).contains("found a FIFO, socket or device") && !stderr(&r).contains("epoch"),
            "{}",
            stderr(&r)
        );
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());

    let legal = tmp.path().join("t".repeat(250));
    std::fs::copy(&teacher, &legal).unwrap();
    let student = tmp.path().join("s.safetensors");
    let distill = |extra: &[&str]| {
        let mut args = vec![
            "distill",
            "--arch",
            "16-8-4",
            "--epochs",
            "1",
            "--data-dir",
            d,
            "--teacher",
            legal.to_str().unwrap(),
            "--out",
            student.to_str().unwrap(),
        ];
        args.extend(extra);
        distil(&args)
    };
    let r = distill(&[]);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("--logits-cache") && stderr(&r).contains("257 bytes"),
        "{}",
        stderr(&r)
    );
    assert!(!student.exists());
    let cache = tmp.path().join("named.logits");
    let r = distill(&["--logits-cache", cache.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    assert!(cache.exists() && student.exists());

    // An output named by a symbolic link is refused, the link and its target left as they were.
    let target = tmp.path().join("kept.safetensors");
    std::fs::copy(&teacher, &target).unwrap();
    let link = tmp.path().join("latest.safetensors");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let r = train_to(&link);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("found a symbolic link to"),
        "{}",
        stderr(&r)
    );
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(
        std::fs::read(&target).unwrap(),
        std::fs::read(&teacher).unwrap()
    );
    no_temp_files(tmp.path());
}

/// `train` and `distill` hold their `--out` while they run: a second run into the same file is
/// refused at once (two fresh runs would both have found no file, and both trained to the end).
/// The lock file goes when the run ends, normally or by Ctrl-C; one left by a killed run is taken
/// over by the next.
#[test]
fn a_second_run_into_the_same_out_is_refused() {
    use std::io::BufRead;
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let out = tmp.path().join("m.safetensors");
    let lock = tmp.path().join(".m.safetensors.lock");
    let train = |epochs: &str, extra: &[&str]| {
        let mut c = common::distil_bin();
        c.args([
            "train",
            "--arch",
            "16-8-4",
            "--json",
            "--epochs",
            epochs,
            "--data-dir",
        ])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .args(extra);
        c
    };
    // Runs one to the end; what it printed must read right.
    let finished = |mut c: std::process::Command| {
        let r = c.output().unwrap();
        common::read_right(&r);
        r
    };
    // A long run, held until it has reported (and saved) its first epoch.
    let mut c = train("100000", &[]);
    // SAFETY: only signal(2) between fork and exec.
    unsafe {
        c.pre_exec(|| {
            common::default_signals();
            Ok(())
        });
    }
    let mut first = c
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let first_stderr = common::drain(first.stderr.take().unwrap());
    let mut lines = std::io::BufReader::new(first.stdout.take().unwrap()).lines();
    let first_line = lines.next().unwrap().unwrap();
    assert!(first_line.contains("\"epoch\""), "{first_line}");
    assert!(lock.exists());
    for extra in [&[][..], &["--resume"][..]] {
        let r = finished(train("1", extra));
        assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
        assert!(
            stderr(&r).contains("m.safetensors: cannot lock: another run is writing it"),
            "{}",
            stderr(&r)
        );
    }
    // Nor may an `mnist` run take the folder meanwhile (it would write its own files there).
    let r = distil(&[
        "mnist",
        "--preset",
        "tiny",
        "--out",
        tmp.path().to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("another run (train or distill) is writing into")
            && stderr(&r).contains(".m.safetensors.lock"),
        "{}",
        stderr(&r)
    );
    // Refused, it leaves no folder lock of its own behind.
    assert!(!tmp.path().join(".lock").exists());
    // Ctrl-C removes the lock file with the process.
    // SAFETY: kill(2) on our own child.
    unsafe { libc::kill(first.id() as i32, libc::SIGINT) };
    let status = first.wait().unwrap();
    assert!(!lock.exists());
    // What the interrupted run printed must read right too.
    let stdout: Vec<String> = std::iter::once(Ok(first_line))
        .chain(lines)
        .map(Result::unwrap)
        .collect();
    common::read_right(&std::process::Output {
        status,
        stdout: stdout.join("\n").into_bytes(),
        stderr: first_stderr.join().unwrap(),
    });
    // A lock file left by SIGKILL (no handler runs) is taken over; a run that ends removes it.
    std::fs::remove_file(&out).unwrap();
    std::fs::write(&lock, b"").unwrap();
    let r = finished(train("1", &[]));
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(!lock.exists());
    // A folder an `mnist` or `sweep` run holds (its `.lock` locked, here by this test) is refused.
    let folder_lock = std::fs::File::create(tmp.path().join(".lock")).unwrap();
    folder_lock.lock().unwrap();
    let r = finished(train("1", &["--resume"]));
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("(mnist or sweep) is using"),
        "{}",
        stderr(&r)
    );
    assert!(!lock.exists());
    drop(folder_lock);
    no_temp_files(tmp.path());
}

/// An empty `--out` (a `mktemp` file) is no checkpoint yet: `train` and `train --resume` start
/// afresh into it, as `predict` writes into an empty `--out`; it used to be refused as "not a
/// checkpoint".
#[test]
fn an_empty_out_is_no_checkpoint_yet() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    let d = data.to_str().unwrap();
    for extra in [&[][..], &["--resume"][..]] {
        let out = tmp.path().join(format!("empty{}.safetensors", extra.len()));
        std::fs::write(&out, b"").unwrap();
        let mut args = vec![
            "train",
            "--arch",
            "16-8-4",
            "--epochs",
            "2",
            "--data-dir",
            d,
        ];
        args.extend(["--out", out.to_str().unwrap()]);
        args.extend(extra);
        let r = distil(&args);
        assert!(r.status.success(), "{extra:?}: {}", stderr(&r));
        let ck = distil::checkpoint::Checkpoint::load(&out).unwrap();
        assert_eq!(ck.epoch, 2, "{extra:?}");
    }
}

/// Where a teacher pass or a whole table would be wasted, links and held folders are refused
/// first: a logits cache that is a link (dangling or not, default or named), a sweep's `--out`
/// that cannot be its folder, a default cache in a folder an `mnist` or `sweep` run holds (the
/// cache is one of its files), and an `mnist` run folder whose `sweep` is a link (`--fresh` deleted
/// the files of the folder it named).
#[test]
fn links_and_held_folders_are_refused_before_the_teacher_pass() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = common::bars_teacher(tmp.path());
    let (d, t) = (data.to_str().unwrap(), teacher.to_str().unwrap());
    let cache = tmp.path().join("t.safetensors.logits");
    // The student goes elsewhere: its folder is not the teacher's, held below.
    std::fs::create_dir(tmp.path().join("students")).unwrap();
    let student = tmp.path().join("students/s.safetensors");
    let s = student.to_str().unwrap();
    let distill = |extra: &[&str]| {
        let mut args = vec![
            "distill",
            "--arch",
            "16-8-4",
            "--epochs",
            "1",
            "--data-dir",
            d,
        ];
        args.extend(["--teacher", t, "--out", s]);
        args.extend(extra);
        distil(&args)
    };
    std::os::unix::fs::symlink("nowhere", &cache).unwrap();
    let named = tmp.path().join("named.logits");
    std::os::unix::fs::symlink("nowhere", &named).unwrap();
    for (extra, says) in [
        (&[][..], "the teacher's logits cache"),
        (
            &["--logits-cache", named.to_str().unwrap()][..],
            "--logits-cache",
        ),
    ] {
        let r = distill(extra);
        assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
        assert!(
            stderr(&r).contains(says) && stderr(&r).contains("found a symbolic link to nowhere"),
            "{}",
            stderr(&r)
        );
    }
    std::fs::remove_file(&cache).unwrap();

    // A sweep's --out that is a file: refused before the teacher pass writes the cache.
    let not_a_folder = tmp.path().join("file");
    std::fs::write(&not_a_folder, b"x").unwrap();
    let r = distil(&[
        "sweep",
        "--teacher",
        t,
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--widths",
        "4",
        "--temperatures",
        "2",
        "--out",
        not_a_folder.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("expected a folder for the run's outputs"),
        "{}",
        stderr(&r)
    );
    assert!(!cache.exists(), "{}", stderr(&r));

    // The teacher's folder held by another run (here by this test, as mnist or sweep would).
    let folder_lock = std::fs::File::create(tmp.path().join(".lock")).unwrap();
    folder_lock.lock().unwrap();
    let r = distill(&[]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("which another run (mnist or sweep) holds"),
        "{}",
        stderr(&r)
    );
    assert!(!cache.exists() && !student.exists());
    drop(folder_lock);

    // mnist: a `sweep` link in its run folder (with --fresh, with --all, with neither), and a link
    // in place of one of its files.
    let run = tmp.path().join("run");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&run).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("sweep.jsonl"), b"{}\n").unwrap();
    std::os::unix::fs::symlink(&elsewhere, run.join("sweep")).unwrap();
    for extra in [&["--fresh"][..], &["--all"][..], &[][..]] {
        let mut args = vec!["mnist", "--preset", "tiny", "--out", run.to_str().unwrap()];
        args.extend(extra);
        let r = distil(&args);
        assert_eq!(r.status.code(), Some(1), "{extra:?}: {}", stderr(&r));
        assert!(
            stderr(&r).contains("found a symbolic link to"),
            "{}",
            stderr(&r)
        );
    }
    assert!(elsewhere.join("sweep.jsonl").exists());
    assert!(!run.join("teacher.safetensors").exists());
    std::fs::remove_file(run.join("sweep")).unwrap();
    let labels = data.join(distil::data::MNIST_NAMES[3]);
    std::os::unix::fs::symlink(&labels, run.join("report.md")).unwrap();
    let before = std::fs::read(&labels).unwrap();
    let r = distil(&["mnist", "--preset", "tiny", "--out", run.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    let says = "report.md: expected one of the run's files, or nothing, found a symbolic link";
    assert!(stderr(&r).contains(says), "{}", stderr(&r));
    assert_eq!(std::fs::read(&labels).unwrap(), before);
}

/// A variable that forces a SIMD path or a product backend and is not UTF-8 is a usage error that
/// names it once, its bytes escaped (it read `DISTIL_SIMD: DISTIL_SIMD="\xFF": not valid UTF-8`).
#[cfg(unix)]
#[test]
fn forcing_variables_that_are_not_utf8_are_named_once() {
    use std::os::unix::ffi::OsStrExt;
    for (var, other) in [
        ("DISTIL_SIMD", "DISTIL_GEMM"),
        ("DISTIL_GEMM", "DISTIL_SIMD"),
    ] {
        let r = common::distil_bin()
            .args(["eval", "--model", "absent.safetensors"])
            .env(var, std::ffi::OsStr::from_bytes(b"a\xff"))
            .env_remove(other)
            .output()
            .unwrap();
        common::read_right(&r);
        let e = stderr(&r);
        assert_eq!(r.status.code(), Some(2), "{e}");
        assert_eq!(
            e.trim_end(),
            format!("error: {var}: expected a name in UTF-8, found \"a\\xFF\"")
        );
    }
}

/// A CPU without AVX2 (qemu's Nehalem model, where `qemu-x86_64` is installed) takes the scalar
/// kernels with matrixmultiply's product, and says so in its numerics; forcing the scalar path
/// keeps the reference product, whose bits are the same emulated or not (the golden values').
/// `.ci/run` installs qemu-user and sets `DISTIL_REQUIRE_QEMU=1`: there a missing qemu fails.
#[cfg(target_arch = "x86_64")]
#[test]
fn a_cpu_without_avx2_keeps_a_fast_product() {
    use std::process::Command;
    if common::under_emulator() {
        println!("skipped: already under an emulator");
        return;
    }
    if Command::new("qemu-x86_64")
        .arg("--version")
        .output()
        .is_err()
    {
        common::skip_unless_required(
            "DISTIL_REQUIRE_QEMU",
            "no qemu-x86_64 to emulate a CPU without AVX2",
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let train = |emulated: bool, simd: Option<&str>, out: &str| -> serde_json::Value {
        let exe = env!("CARGO_BIN_EXE_distil");
        let mut c = Command::new(if emulated { "qemu-x86_64" } else { exe });
        if emulated {
            c.args(["-cpu", "Nehalem", exe]);
        }
        c.args([
            "train",
            "--arch",
            "784-10",
            "--epochs",
            "1",
            "--train-subset",
            "1000",
        ])
        .args(["--json", "--out"])
        .arg(tmp.path().join(out))
        .env_remove("DISTIL_SIMD")
        .env_remove("DISTIL_GEMM");
        if let Some(isa) = simd {
            c.env("DISTIL_SIMD", isa);
        }
        let r = c.output().unwrap();
        assert!(r.status.success(), "{}", stderr(&r));
        common::read_right(&r);
        serde_json::from_slice(&r.stdout).unwrap()
    };
    let nehalem = train(true, None, "nehalem.safetensors");
    assert_eq!(nehalem["numerics"], "cpu scalar, matrixmultiply product");
    let forced = train(false, Some("scalar"), "forced.safetensors");
    assert_eq!(forced["numerics"], "cpu scalar");
    let forced_nehalem = train(true, Some("scalar"), "forced-nehalem.safetensors");
    assert_eq!(forced_nehalem["numerics"], "cpu scalar");
    assert_eq!(forced_nehalem["weights_sha256"], forced["weights_sha256"]);
    // The emulated CPU's own run did not take the reference product: its sums round otherwise.
    assert_ne!(nehalem["weights_sha256"], forced["weights_sha256"]);
    let errors = |j: &serde_json::Value| j["test_errors"].as_i64().unwrap();
    assert!((errors(&nehalem) - errors(&forced)).abs() <= 20);
}
