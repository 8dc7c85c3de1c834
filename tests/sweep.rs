//! `sweep` through the binary: a rerun skips what is recorded, another recipe into the same folder
//! is trained rather than reused, two shards into one folder make the whole table, and a record cut
//! short by a kill is trained again.

mod common;

use std::path::Path;

use common::{bars_teacher, distil, stderr};

/// `sweep` of students 16-W-W-4 from `teacher` on the bars data, one epoch each, with `extra`.
fn sweep(teacher: &Path, data: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let r = try_sweep(teacher, data, out, extra);
    assert!(r.status.success(), "{extra:?}: {}", stderr(&r));
    r
}

/// [`sweep`] without the check that it succeeded.
fn try_sweep(teacher: &Path, data: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "sweep",
        "--teacher",
        teacher.to_str().unwrap(),
        "--epochs",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    distil(&args)
}

/// The sweep.jsonl records that parse (a line cut short by a kill does not): (width, temperature,
/// seed, alpha, test errors, the student's weights' digest).
fn records(dir: &Path) -> Vec<(u64, String, u64, f64, u64, String)> {
    std::fs::read_to_string(dir.join("sweep.jsonl"))
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            (
                v["width"].as_u64().unwrap(),
                v["temperature"].to_string(),
                v["seed"].as_u64().unwrap(),
                v["alpha"].as_f64().unwrap(),
                v["test_errors"].as_u64().unwrap(),
                v["weights_sha256"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// What a run said, on either stream.
fn said(r: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&r.stdout), stderr(r))
}

#[test]
fn sweeps_skip_what_is_recorded_and_train_what_is_not() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let grid = ["--widths", "4,6", "--temperatures", "2,inf"];

    // Whole, in one process.
    let whole = tmp.path().join("whole");
    sweep(&teacher, &data, &whole, &grid);
    let all = records(&whole);
    assert_eq!(all.len(), 4, "{all:?}");
    let table = std::fs::read_to_string(whole.join("sweep.md")).unwrap();
    assert!(
        table.contains("| T = 2 | T = inf |")
            && table.contains("| 4-4 |")
            && table.contains("| 6-6 |"),
        "{table}"
    );

    // Rerun: nothing trained, nothing appended.
    let r = sweep(&teacher, &data, &whole, &grid);
    assert!(
        said(&r).contains("0 runs of 1 epoch to do (4 done)"),
        "{}",
        said(&r)
    );
    assert_eq!(records(&whole), all);

    // Another α into the same folder: its own four runs, the first four kept.
    let r = sweep(
        &teacher,
        &data,
        &whole,
        &[&grid[..], &["--alpha", "0.5"]].concat(),
    );
    assert!(
        said(&r).contains("4 runs of 1 epoch to do (0 done)"),
        "{}",
        said(&r)
    );
    let both = records(&whole);
    assert_eq!(both.len(), 8);
    assert_eq!(both[..4], all[..]);
    assert!(both[4..].iter().all(|r| r.3 == 0.5), "{both:?}");

    // Two shards into one folder, on 1 and 3 threads: together the same runs, errors and weights
    // as the whole sweep.
    let sharded = tmp.path().join("sharded");
    sweep(
        &teacher,
        &data,
        &sharded,
        &[&grid[..], &["--shard", "1/2", "--threads", "1"]].concat(),
    );
    assert_eq!(records(&sharded).len(), 2);
    sweep(
        &teacher,
        &data,
        &sharded,
        &[&grid[..], &["--shard", "2/2", "--threads", "3"]].concat(),
    );
    let mut got = records(&sharded);
    let mut want = all.clone();
    got.sort_by(|a, b| a.partial_cmp(b).unwrap());
    want.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(got, want);
    assert_eq!(
        std::fs::read_to_string(sharded.join("sweep.md")).unwrap(),
        table,
        "the second shard's table holds both shards' runs"
    );

    // A record cut short (a kill while appending) is not counted: that run is trained again, on
    // a line of its own.
    let path = whole.join("sweep.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let cut = format!(
        "{}\n{}",
        lines[..3].join("\n"),
        &lines[3][..lines[3].len() / 2]
    );
    std::fs::write(&path, cut).unwrap();
    let r = sweep(&teacher, &data, &whole, &grid);
    assert!(
        said(&r).contains("1 run of 1 epoch to do (3 done)"),
        "{}",
        said(&r)
    );
    let after = records(&whole);
    assert_eq!(after.len(), 4, "three whole records and the retrained one");
    assert_eq!(after[3], all[3]);
}

/// A sweep folder another process holds is refused at once, not trained into twice.
#[test]
fn a_sweep_into_a_busy_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let out = tmp.path().join("sweep");
    std::fs::create_dir(&out).unwrap();
    // This test process holds the folder, as a running sweep would.
    let held = distil::io::lock_folder(&out).unwrap();
    let r = try_sweep(
        &teacher,
        &data,
        &out,
        &["--widths", "4", "--temperatures", "2"],
    );
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(e.contains("another run is using"), "{e}");
    assert!(!out.join("sweep.jsonl").exists());
    drop(held);
    // A killed run's temporary file of the sweep's table (its process id above Linux's maximum,
    // so dead): removed by the next run that holds the folder, not kept until an hour old.
    let dead = out.join(".sweep.md.4194305.0.tmp");
    std::fs::write(&dead, b"half").unwrap();
    sweep(
        &teacher,
        &data,
        &out,
        &["--widths", "4", "--temperatures", "2"],
    );
    assert_eq!(records(&out).len(), 1);
    assert!(!dead.exists() || !cfg!(target_os = "linux"));
}

/// Lines of `sweep.jsonl` that are not records are ignored, and a note on stderr says how many,
/// in agreement with its count; a last line cut short by a kill is not counted (the next record
/// starts a line of its own).
#[test]
fn lines_that_are_not_records_are_noted_and_ignored() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let grid = ["--widths", "4", "--temperatures", "2"];
    let cases = [
        // Two complete lines that do not parse.
        (
            "not json\n{\"width\":\n",
            "2 lines",
            "are not sweep records",
        ),
        // One, and a last line cut short, which is not counted.
        (
            "not json\n{\"width\":4,\"tem",
            "1 line",
            "is not a sweep record",
        ),
    ];
    for (i, (lines, count, what)) in cases.into_iter().enumerate() {
        let out = tmp.path().join(format!("sweep-{i}"));
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("sweep.jsonl"), lines).unwrap();
        let r = sweep(&teacher, &data, &out, &grid);
        let e = stderr(&r);
        let is = what.split(' ').next().unwrap();
        assert!(
            e.contains(&format!("note: {count} of "))
                && e.contains(&format!(
                    "sweep.jsonl {what} this version reads and {is} ignored"
                )),
            "{e}"
        );
        // The student was trained and recorded all the same.
        assert_eq!(records(&out).len(), 1);
    }
}

/// Lines that parse but could not have been written by a sweep (a width of 0, a temperature that
/// is negative, NaN or 0) are not records: they are counted as other lines, and never reach a
/// table. A FIFO or a device in the place of the records is an error, not a read that blocks or
/// never ends.
#[test]
fn only_sound_records_are_read_and_only_from_a_regular_file() {
    use distil::experiments::sweep::read_records_counting;
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("sweep.jsonl");
    let line = |width: &str, t: &str| {
        format!(
            r#"{{"width":{width},"temperature":"{t}","seed":0,"epochs":3,"test_errors":9,"seconds":1.0,"teacher_sha256":"ab","alpha":0.9}}"#
        )
    };
    let lines = [
        line("30", "2"),
        line("30", "inf"),
        line("0", "2"),
        line("30", "-3"),
        line("30", "NaN"),
        line("30", "0"),
    ];
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let (records, other) = read_records_counting(&path).unwrap();
    let read: Vec<(usize, f32)> = records
        .iter()
        .map(|r| (r.run.width, r.run.temperature))
        .collect();
    assert_eq!(read, [(30, 2.0), (30, f32::INFINITY)]);
    assert_eq!(other, 4);

    let fifo = tmp.path().join("fifo.jsonl");
    if common::mkfifo(&fifo) {
        let named = fifo.clone();
        let r = common::within(60, move || {
            read_records_counting(&named).map_err(|e| e.to_string())
        });
        let e = r.expect("blocked on the FIFO").unwrap_err();
        assert!(e.contains("fifo.jsonl") && e.contains("FIFO"), "{e}");
    }
    let device = tmp.path().join("zero.jsonl");
    std::os::unix::fs::symlink("/dev/zero", &device).unwrap();
    let e = read_records_counting(&device).unwrap_err().to_string();
    assert!(e.contains("zero.jsonl") && e.contains("device"), "{e}");
}

/// `--logits-cache` puts the teacher's cache where it is named (a teacher in a read-only folder
/// needs this), and a rerun reads it there; a named cache of another teacher is refused rather
/// than overwritten, and so is one that names the teacher itself.
#[test]
fn a_named_logits_cache_is_used_and_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let cache = tmp.path().join("elsewhere.logits");
    let c = cache.to_str().unwrap();
    let grid = ["--widths", "4", "--temperatures", "2", "--logits-cache", c];
    sweep(&teacher, &data, &tmp.path().join("a"), &grid);
    assert!(cache.is_file());
    assert!(!tmp.path().join("t.safetensors.logits").exists());
    let made = std::fs::metadata(&cache).unwrap().modified().unwrap();
    let again = tmp.path().join("b");
    sweep(&teacher, &data, &again, &grid);
    assert_eq!(std::fs::metadata(&cache).unwrap().modified().unwrap(), made);
    assert_eq!(records(&again), records(&tmp.path().join("a")));

    // Another teacher (one more epoch) against that cache: refused, the cache as it was.
    let other = tmp.path().join("other.safetensors");
    let r = distil(&[
        "train",
        "--arch",
        "16-12-4",
        "--epochs",
        "4",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        other.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let before = std::fs::read(&cache).unwrap();
    let r = try_sweep(&other, &data, &tmp.path().join("c"), &grid);
    assert_eq!(r.status.code(), Some(1), "{}", stderr(&r));
    assert!(stderr(&r).contains("elsewhere.logits"), "{}", stderr(&r));
    assert_eq!(std::fs::read(&cache).unwrap(), before);

    let t = teacher.to_str().unwrap();
    let named_teacher = ["--widths", "4", "--temperatures", "2", "--logits-cache", t];
    let r = try_sweep(&teacher, &data, &tmp.path().join("d"), &named_teacher);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(
        stderr(&r).contains("is the --teacher file"),
        "{}",
        stderr(&r)
    );
}

/// Each record says where its student's arithmetic ran, as the epochs of `distill` do; on a GPU
/// (`--device cuda`) matching logits, which only the CPU trains, are refused by the flag that
/// asks for them before any folder is made, and a build without CUDA says how to get it.
#[test]
fn sweep_records_say_where_they_ran_and_a_gpu_sweep_refuses_matching_logits() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let out = tmp.path().join("sweep");
    let one = ["--widths", "4", "--temperatures", "2"];
    sweep(
        &teacher,
        &data,
        &out,
        &[&one[..], &["--device", "cpu"]].concat(),
    );
    let line = std::fs::read_to_string(out.join("sweep.jsonl")).unwrap();
    let record: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    let student = tmp.path().join("student.safetensors");
    let r = distil(&[
        "distill",
        "--teacher",
        teacher.to_str().unwrap(),
        "--arch",
        "16-4-4-4",
        "--epochs",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        student.to_str().unwrap(),
        "--json",
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let epoch: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(
        record["numerics"].as_str().unwrap().starts_with("cpu "),
        "{record}"
    );
    assert_eq!(record["numerics"], epoch["numerics"]);

    let gpu = tmp.path().join("gpu");
    let r = try_sweep(
        &teacher,
        &data,
        &gpu,
        &[
            "--widths",
            "4",
            "--temperatures",
            "2,inf",
            "--device",
            "cuda",
        ],
    );
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(
        e.starts_with("error: --temperatures: inf (matching logits) trains on the CPU only")
            && e.contains("drop it from the list")
            && e.contains("found --device cuda"),
        "{e}"
    );
    assert!(!gpu.exists());
    // The default list ends in inf: the error says which list to give instead.
    let r = try_sweep(
        &teacher,
        &data,
        &gpu,
        &["--widths", "4", "--device", "cuda"],
    );
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(
        e.contains("the default list ends in inf, so give --temperatures 1,2,2.5,3,4,5,8,10,20,"),
        "{e}"
    );
    assert!(!gpu.exists());
    if !cfg!(feature = "cuda") {
        let r = try_sweep(
            &teacher,
            &data,
            &gpu,
            &[&one[..], &["--device", "cuda"]].concat(),
        );
        assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
        assert!(stderr(&r).contains("--features cuda"), "{}", stderr(&r));
        assert!(!gpu.exists());
    }
}

/// A sweep's student of seed index 0 is the default preset's distilled student of that width and
/// temperature (`distill --init small --lr 0.02 --seed 3`, the sweep's α and epochs), bit for bit:
/// so `sweep --widths 800 --temperatures 20 --epochs 80 --alpha 0.5` trains the table's distilled
/// net first, then further student seeds of it.
#[test]
fn a_sweeps_first_student_is_the_presets_student() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let out = tmp.path().join("sweep");
    let grid = ["--widths", "6", "--temperatures", "2", "--alpha", "0.5"];
    sweep(
        &teacher,
        &data,
        &out,
        &[&grid[..], &["--seeds", "2"]].concat(),
    );
    let runs = records(&out);
    assert_eq!(runs.len(), 2);
    assert_ne!(runs[0].5, runs[1].5);
    let first = runs.iter().find(|r| r.2 == 0).unwrap().5.clone();
    let student = tmp.path().join("student.safetensors");
    let r = distil(&[
        "distill",
        "--teacher",
        teacher.to_str().unwrap(),
        "--arch",
        "16-6-6-4",
        "--temperature",
        "2",
        "--alpha",
        "0.5",
        "--init",
        "small",
        "--lr",
        "0.02",
        "--seed",
        "3",
        "--epochs",
        "1",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        student.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", stderr(&r));
    let ck = distil::checkpoint::Checkpoint::load(&student).unwrap();
    assert_eq!(ck.mlp.weights_sha256(), first);
}
