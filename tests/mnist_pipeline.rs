//! The `mnist` command end to end on its `tiny` preset: killed at several points (SIGKILL, at a
//! random moment within an epoch) and rerun, on other thread counts, it finishes with exactly the
//! weights and results of an uninterrupted one-thread run, and keeps the epochs it had finished.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use distil::checkpoint::Checkpoint;

/// `mnist --preset tiny` into `dir` on `threads` threads.
fn mnist_on(dir: &Path, threads: usize, extra: &[&str]) -> Command {
    let mut c = common::distil_bin();
    c.args(["mnist", "--preset", "tiny", "--threads"])
        .arg(threads.to_string())
        .arg("--out")
        .arg(dir)
        .args(extra);
    c.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    c
}

/// `mnist --preset tiny` into `dir` on one thread.
fn mnist(dir: &Path, extra: &[&str]) -> Command {
    mnist_on(dir, 1, extra)
}

fn lines(p: &Path) -> usize {
    std::fs::read_to_string(p)
        .map(|s| s.lines().count())
        .unwrap_or(0)
}

/// Starts `c`, one of this file's `mnist` commands; waits until `file` in `dir` has at least `n`
/// lines, then `share` (below 1) of the time the epoch of its last line took (so the kill falls
/// inside the next epoch, whatever the machine's speed), then kills the process. Every line it
/// printed before the kill must read right (`common::read_right`).
fn kill_when(mut c: Command, dir: &Path, file: &str, n: usize, share: f64) {
    let mut child = c
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = common::drain(child.stdout.take().unwrap());
    let stderr = common::drain(child.stderr.take().unwrap());
    let start = Instant::now();
    while lines(&dir.join(file)) < n {
        if let Some(status) = child.try_wait().unwrap() {
            let said = String::from_utf8_lossy(&stderr.join().unwrap()).into_owned();
            panic!("the run ended ({status}) before {file} had {n} lines: {said}");
        }
        if start.elapsed() > Duration::from_secs(120) {
            // Not left running after the test.
            let _ = child.kill();
            let _ = child.wait();
            panic!("timed out waiting for {file}");
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let last = line_list(&dir.join(file)).pop().unwrap();
    let seconds = serde_json::from_str::<serde_json::Value>(&last).unwrap()["seconds"]
        .as_f64()
        .unwrap();
    std::thread::sleep(Duration::from_secs_f64(share * seconds));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed mid-run");
    common::read_right(&std::process::Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    });
}

/// Runs `c`, one of this file's `mnist` commands, with its output captured; every line it prints
/// must read right (`common::read_right`).
fn output(mut c: Command) -> std::process::Output {
    let r = c
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    common::read_right(&r);
    r
}

/// Runs `c` (see [`output`]), which must succeed.
fn succeeds(c: Command) {
    let r = output(c);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
}

/// Runs `mnist` into `dir` (see [`output`]); returns its exit status, stdout and stderr.
fn run_mnist(dir: &Path, extra: &[&str]) -> (Option<i32>, String, String) {
    let r = output(mnist(dir, extra));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (r.status.code(), text(&r.stdout), text(&r.stderr))
}

/// Runs `mnist` into `dir` expecting it to refuse (exit status 1); returns what it said.
fn refused(dir: &Path, extra: &[&str]) -> String {
    let (code, _, e) = run_mnist(dir, extra);
    assert_eq!(code, Some(1), "{e}");
    e
}

/// Runs `mnist` into `dir`, which must succeed, and returns its start-up line on stdout (the preset
/// and the expected duration).
fn start_line(dir: &Path, extra: &[&str]) -> String {
    let (code, out, e) = run_mnist(dir, extra);
    assert_eq!(code, Some(0), "{e}");
    out.lines()
        .find(|l| l.starts_with("preset "))
        .unwrap_or_else(|| panic!("no start-up line: {out}"))
        .to_string()
}

fn params(dir: &Path, name: &str) -> Vec<u32> {
    let ck = Checkpoint::load(&dir.join(format!("{name}.safetensors"))).unwrap();
    ck.mlp.params.iter().map(|v| v.to_bits()).collect()
}

/// The complete lines of a file (none if it is missing).
fn line_list(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

#[test]
fn killed_runs_resume_to_the_same_result() {
    let tmp = tempfile::tempdir().unwrap();
    let whole = tmp.path().join("whole");
    let cut = tmp.path().join("cut");
    succeeds(mnist(&whole, &[]));

    // Kill inside the teacher, inside the small net, inside the distilled net, a random share of an
    // epoch's time after an epoch's line; rerun each time on another thread count. The lines already written record each epoch's seconds: a run that trained them again
    // would change them, so keeping them shows that the rerun resumed.
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mut kept: Vec<(String, Vec<String>)> = Vec::new();
    for (i, (file, n)) in [
        ("teacher.jsonl", 2),
        ("small.jsonl", 1),
        ("distilled.jsonl", 2),
    ]
    .into_iter()
    .enumerate()
    {
        let share = f64::from(seed.rotate_left(8 * i as u32) % 1000) / 1250.0;
        kill_when(mnist_on(&cut, 2 + i % 2, &[]), &cut, file, n, share);
        assert!(!cut.join("results.json").exists());
        kept.push((
            format!("{file} (killed {share:.3} of an epoch after line {n})"),
            line_list(&cut.join(file)),
        ));
    }
    succeeds(mnist_on(&cut, 2, &[]));
    for ((what, before), file) in
        kept.iter()
            .zip(["teacher.jsonl", "small.jsonl", "distilled.jsonl"])
    {
        let after = line_list(&cut.join(file));
        assert!(!before.is_empty(), "{what}: lines before the kill");
        assert_eq!(
            &after[..before.len()],
            &before[..],
            "{what}: finished epochs kept"
        );
    }

    // Killed and resumed on 2 and 3 threads, the same bits as one uninterrupted thread, at every
    // epoch (the digest in each line) and at the end.
    let digests = |d: &Path, name: &str| -> Vec<serde_json::Value> {
        line_list(&d.join(format!("{name}.jsonl")))
            .iter()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["weights_sha256"].clone()
            })
            .collect()
    };
    for name in ["teacher", "small", "distilled"] {
        assert_eq!(params(&cut, name), params(&whole, name), "{name} weights");
        let per_epoch = digests(&whole, name);
        assert_eq!(digests(&cut, name), per_epoch, "{name} digests per epoch");
        assert!(per_epoch
            .iter()
            .all(|d| d.as_str().is_some_and(|s| s.len() == 64)));
        assert_ne!(per_epoch[0], per_epoch[1], "{name}: the weights move");
        assert_eq!(
            lines(&cut.join(format!("{name}.jsonl"))),
            4,
            "{name}.jsonl holds one line per epoch"
        );
    }
    let read = |d: &Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(d.join("results.json")).unwrap()).unwrap()
    };
    let (a, b) = (read(&whole), read(&cut));
    for m in ["teacher", "small", "distilled"] {
        assert_eq!(a[m]["test_errors"], b[m]["test_errors"], "{m}");
        assert_eq!(
            a[m]["test_errors_per_epoch"], b[m]["test_errors_per_epoch"],
            "{m}"
        );
        // Four epochs on 2,000 images: far better than chance (9,000 errors), far from good.
        assert!(a[m]["test_errors"].as_u64().unwrap() < 3_000, "{m}");
        assert_eq!(a[m]["epochs"], 4);
        // The weights' digest: the same across thread counts and interruptions, and the
        // checkpoint's weights'.
        let ck = Checkpoint::load(&cut.join(format!("{m}.safetensors"))).unwrap();
        assert_eq!(b[m]["weights_sha256"], ck.mlp.weights_sha256(), "{m}");
        assert_eq!(a[m]["weights_sha256"], b[m]["weights_sha256"], "{m}");
        assert_eq!(
            digests(&cut, m).last(),
            Some(&b[m]["weights_sha256"]),
            "{m}"
        );
        // Interrupted or not, every epoch ran on this process's one numeric path (the children
        // inherit this process's DISTIL_SIMD and DISTIL_GEMM).
        let path = distil::train::cpu_numerics();
        assert_eq!(a[m]["numerics"], serde_json::json!([path]), "{m}");
        assert_eq!(b[m]["numerics"], a[m]["numerics"], "{m}");
    }
    assert!(a["machine"].is_string() && a["simd"].is_string() && a["threads"] == 1);
    let report = std::fs::read_to_string(whole.join("report.md")).unwrap();
    assert!(report.contains("| teacher | 784-64-64-10 |") && report.contains("errors.svg"));
    // Every epoch on the process's own path: its threads and SIMD level.
    assert!(report.contains("thread, SIMD "), "{report}");
    assert!(std::fs::read_to_string(whole.join("errors.svg"))
        .unwrap()
        .contains("<polyline"));

    // A finished run is not retrained: a rerun changes no checkpoint.
    let before = std::fs::read(cut.join("teacher.safetensors")).unwrap();
    succeeds(mnist(&cut, &[]));
    assert_eq!(
        std::fs::read(cut.join("teacher.safetensors")).unwrap(),
        before
    );
    // Another preset over this folder is refused before any training, as another run's folder
    // (a usage error: the flags do not fit the folder), with the way out.
    let r = common::distil(&["mnist", "--preset", "quick", "--out", cut.to_str().unwrap()]);
    let e = common::stderr(&r);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(
        e.contains("holds another run") && e.contains("784-1200-1200-10") && e.contains("--fresh"),
        "{e}"
    );
    // --fresh starts over (every epoch trained again, so new seconds in every line) and, being
    // seeded, lands on the same weights.
    let before = line_list(&cut.join("teacher.jsonl"));
    succeeds(mnist(&cut, &["--fresh"]));
    let after = line_list(&cut.join("teacher.jsonl"));
    assert_eq!(after.len(), before.len());
    assert!(
        after.iter().zip(&before).all(|(a, b)| a != b),
        "--fresh retrains every epoch: {after:?}"
    );
    assert_eq!(params(&cut, "distilled"), params(&whole, "distilled"));
    for e in std::fs::read_dir(&cut).unwrap() {
        assert!(!e.unwrap().file_name().to_string_lossy().ends_with(".tmp"));
    }
}

/// A run killed on the scalar path and resumed on this CPU's own records both, in order, for the
/// model that crossed, in results.json and in its epochs' lines.
#[test]
fn a_run_resumed_on_another_numeric_path_records_both() {
    // This CPU's own path, as a run without DISTIL_SIMD takes it (on a CPU without AVX2 the
    // scalar kernels with a faster product than the forced path's reference).
    let own = distil::train::detected_numerics();
    if own == "cpu scalar" {
        println!("skipped: this CPU's own path is the forced scalar path's");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    let mut forced = mnist(&dir, &[]);
    forced.env("DISTIL_SIMD", "scalar");
    kill_when(forced, &dir, "teacher.jsonl", 2, 0.0);
    let mut rerun = mnist(&dir, &[]);
    rerun.env_remove("DISTIL_SIMD");
    succeeds(rerun);
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("results.json")).unwrap()).unwrap();
    assert_eq!(
        r["teacher"]["numerics"],
        serde_json::json!(["cpu scalar", own])
    );
    for m in ["small", "distilled"] {
        assert_eq!(r[m]["numerics"], serde_json::json!([own]), "{m}");
    }
    let paths: Vec<String> = line_list(&dir.join("teacher.jsonl"))
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["numerics"].to_string())
        .collect();
    // Two epochs at least on the scalar path (the kill came after the second's line), the rest on
    // this CPU's.
    let scalar = paths.iter().take_while(|p| *p == "\"cpu scalar\"").count();
    assert!(paths.len() == 4 && (2..4).contains(&scalar), "{paths:?}");
    assert!(
        paths[scalar..].iter().all(|p| *p == format!("{own:?}")),
        "{paths:?}"
    );
    // The report names both paths, not the rerun's threads and SIMD level.
    let report = std::fs::read_to_string(dir.join("report.md")).unwrap();
    assert!(
        report.contains(&format!("Seed 1, on cpu scalar, then {own}; host ")),
        "{report}"
    );
}

/// Ctrl-C (SIGINT) or a closed terminal (SIGHUP) mid-run: the process still ends by that signal,
/// after a line saying how to go on; the rerun continues.
#[test]
fn an_interrupt_says_how_to_continue() {
    for (name, number) in [("INT", 2), ("HUP", 1)] {
        interrupted_by(name, number);
    }
}

fn interrupted_by(name: &str, number: i32) {
    use std::os::unix::process::ExitStatusExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    // The tiny run lasts about a second: on a loaded machine it may finish before the signal
    // lands, and is then started again in an empty folder for another try (where the last try's
    // lines would end the wait for the first epoch before the new run is under way).
    let mut tries = 0;
    let out = loop {
        tries += 1;
        let _ = std::fs::remove_dir_all(&dir);
        let mut c = mnist(&dir, &[]);
        c.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        // As in a terminal: a test run as a shell's background job inherits SIGINT ignored, which
        // the binary rightly leaves alone.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut c, || {
                common::default_signals();
                Ok(())
            });
        }
        let child = c.spawn().unwrap();
        let start = Instant::now();
        while lines(&dir.join("teacher.jsonl")) < 1 {
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "no epoch finished"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        let sent = Command::new("kill")
            .args([&format!("-{name}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let out = child.wait_with_output().unwrap();
        // Every try's lines, a run that finished before the signal as much as the last.
        common::read_right(&out);
        if !(out.status.success() && tries < 5) {
            break out;
        }
    };
    let e = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.signal(),
        Some(number),
        "ended by SIG{name} ({}, try {tries}): {e}",
        out.status
    );
    assert!(
        e.contains("interrupted: every epoch reported above is saved"),
        "{e}"
    );
    let kept = line_list(&dir.join("teacher.jsonl"));
    succeeds(mnist(&dir, &[]));
    assert_eq!(
        line_list(&dir.join("teacher.jsonl"))[..kept.len()],
        kept[..]
    );
}

/// As the first process of a PID namespace (a container without an init), where the kernel drops
/// a signal left to its default action, SIGTERM still ends the run (status 128 + 15, as a shell
/// reports it) instead of leaving it training. Needs `unshare` and the right to make a namespace
/// (root); skipped elsewhere.
#[test]
fn a_terminated_first_process_of_a_namespace_stops() {
    if common::under_emulator() {
        println!("skipped: under an emulator");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    // The tiny run lasts about a second: on a loaded machine it may finish before the signal
    // lands, and is then started again in an empty folder for another try (as in
    // `interrupted_by`).
    let mut tries = 0;
    let out = loop {
        tries += 1;
        let _ = std::fs::remove_dir_all(&dir);
        let mut c = Command::new("unshare");
        c.args(["--pid", "--fork", "--"])
            .args(common::distil_argv())
            .args(["mnist", "--preset", "tiny", "--threads", "1", "--out"])
            .arg(&dir)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let Ok(mut child) = c.spawn() else {
            common::skip_privileged("no unshare here");
            return;
        };
        let start = Instant::now();
        while lines(&dir.join("teacher.jsonl")) < 1 {
            if let Some(status) = child.try_wait().unwrap() {
                common::skip_privileged(&format!(
                    "unshare --pid --fork is not allowed here ({status})"
                ));
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "no epoch finished"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        // The binary is unshare's child, the namespace's process 1 (gone if the run has
        // finished: then nothing is sent, and the run is tried again).
        let children = format!("/proc/{0}/task/{0}/children", child.id());
        let pid = std::fs::read_to_string(children).unwrap_or_default();
        if !pid.trim().is_empty() {
            let _ = Command::new("kill").args(["-TERM", pid.trim()]).status();
        }
        let out = child.wait_with_output().unwrap();
        let e = String::from_utf8_lossy(&out.stderr);
        // If the signal landed, its handler said so, and a run that went on is the failure.
        assert!(
            !(out.status.success() && e.contains("interrupted")),
            "the run went on after SIGTERM: {e}"
        );
        // Every try's lines, a run that finished before the signal as much as the last.
        common::read_right(&out);
        if !(out.status.success() && tries < 5) {
            break out;
        }
    };
    let e = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(128 + 15), "{e}");
    assert!(
        e.contains("interrupted: every epoch reported above is saved"),
        "{e}"
    );
}

/// The start-up line gives the whole run's expected duration on this machine, from a few timed
/// teacher steps; a run that would take under a minute on the reference machine is not timed.
#[test]
fn the_start_line_estimates_the_duration_on_this_machine() {
    use std::io::BufRead;
    let tmp = tempfile::tempdir().unwrap();
    let first_line = |preset: &str| {
        let mut child = common::distil_bin()
            .args(["mnist", "--preset", preset, "--threads", "1", "--out"])
            .arg(tmp.path().join(preset))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        child.kill().unwrap();
        let out = child.wait_with_output().unwrap();
        // What it printed must read right: the first line, and whatever reached stderr.
        common::read_right(&std::process::Output {
            stdout: line.clone().into_bytes(),
            ..out.clone()
        });
        // A run that failed before its first line says why on stderr.
        line + &String::from_utf8_lossy(&out.stderr)
    };
    let line = first_line("default");
    let minutes = line
        .split("expected duration about ")
        .nth(1)
        .and_then(|rest| {
            rest.split(" min on this machine, from a few timed teacher steps")
                .next()
        })
        .unwrap_or_else(|| panic!("{line}"));
    assert!(
        line.starts_with("preset default: teacher 200 epochs, small net 40, distilled 80; ")
            && line.contains(" min on this machine, from a few timed teacher steps"),
        "{line}"
    );
    // "about 12 min" or "about 1 h 05 min": a whole, positive number of minutes (never "NaN"
    // or 0, which the default preset's 320 epochs cannot take).
    let whole_minutes = match minutes.split_once(" h ") {
        Some((h, m)) => h
            .parse::<u64>()
            .ok()
            .zip(m.parse::<u64>().ok().filter(|&m| m < 60)),
        None => minutes.parse::<u64>().ok().map(|m| (0, m)),
    }
    .map(|(h, m)| 60 * h + m);
    assert!(whole_minutes.is_some_and(|m| m > 0), "{line}");
    let tiny = first_line("tiny");
    assert!(
        tiny.contains("expected duration under a minute on a 2-core AVX2 machine"),
        "{tiny}"
    );
}

/// A folder with work done says how far each model got; a model laid out over another number of
/// epochs than the preset's (another preset's, say) is refused in the preset's words, naming both
/// numbers and the way out (it said "expected 8: …/small.safetensors was started for 8 epochs",
/// the answer to a flag that `mnist` does not have, and the path twice).
#[test]
fn a_checkpoint_of_another_schedule_is_refused_in_the_presets_words() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    succeeds(mnist(&dir, &[]));
    let line = start_line(&dir, &[]);
    assert!(
        line.ends_with("(continuing from the epochs done: teacher 4, small net 4, distilled 4)"),
        "{line}"
    );
    // The small net's cosine schedule is laid out over its epochs (the teacher's decay is not).
    let path = dir.join("small.safetensors");
    let mut ck = Checkpoint::load(&path).unwrap();
    ck.config["epochs"] = 8.into();
    ck.save(&path).unwrap();
    let e = refused(&dir, &[]);
    assert!(
        e.contains(
            "small.safetensors: unusable checkpoint: it was trained on a schedule of 8 epochs \
             (4 done), where this preset's schedule is 4; delete it to train this model again"
        ),
        "{e}"
    );
}

/// A checkpoint the run could not continue is refused before anything trains: here the distilled
/// net of another run, found while the small net is still to train.
#[test]
fn a_checkpoint_of_other_settings_is_refused_before_anything_trains() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, other) = (tmp.path().join("run"), tmp.path().join("other"));
    succeeds(mnist(&dir, &[]));
    succeeds(mnist(&other, &["--seed", "2"]));
    for f in ["small.safetensors", "small.jsonl"] {
        std::fs::remove_file(dir.join(f)).unwrap();
    }
    std::fs::copy(
        other.join("distilled.safetensors"),
        dir.join("distilled.safetensors"),
    )
    .unwrap();
    let e = refused(&dir, &[]);
    assert!(
        e.contains("distilled.safetensors: unusable checkpoint: it was made with other settings")
            && e.contains("delete it to train this model again, or rerun with --fresh"),
        "{e}"
    );
    assert!(
        !dir.join("small.safetensors").exists(),
        "the small net was not trained"
    );

    // A distilled net whose teacher is still to train cannot be continued: refused at once too.
    for f in ["teacher.safetensors", "teacher.jsonl"] {
        std::fs::remove_file(dir.join(f)).unwrap();
    }
    let e = refused(&dir, &[]);
    assert!(
        e.contains("distilled.safetensors: unusable checkpoint: its soft targets came from a finished teacher, and this folder's will train again (")
            && e.contains("teacher.safetensors is missing); delete it"),
        "{e}"
    );
    assert!(
        !dir.join("teacher.safetensors").exists(),
        "the teacher was not trained"
    );
}

/// Section 3's students are checked before the sweep, and with `--all` before the table: one the
/// run cannot continue is refused at once, not after the sweep's runs or the table's models.
#[test]
fn a_section_3_checkpoint_of_other_settings_is_refused_before_the_sweep() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    succeeds(mnist(&dir, &["--all"]));
    std::fs::copy(
        dir.join("keep78.safetensors"),
        dir.join("omit3.safetensors"),
    )
    .unwrap();
    std::fs::remove_file(dir.join("sweep/sweep.jsonl")).unwrap();
    let e = refused(&dir, &["--all"]);
    assert!(
        e.contains("omit3.safetensors: unusable checkpoint: it was made with other settings"),
        "{e}"
    );
    assert!(
        !dir.join("sweep/sweep.jsonl").exists(),
        "the sweep did not run"
    );

    // With the distilled net still to train, the cut student is refused before it trains.
    for f in ["distilled.safetensors", "distilled.jsonl"] {
        std::fs::remove_file(dir.join(f)).unwrap();
    }
    let e = refused(&dir, &["--all"]);
    assert!(
        e.contains("omit3.safetensors: unusable checkpoint: it was made with other settings"),
        "{e}"
    );
    assert!(
        !dir.join("distilled.safetensors").exists(),
        "the distilled net was not trained"
    );
    // With the teacher to train again, no cut student can be continued: refused before it trains.
    for f in ["teacher.safetensors", "teacher.jsonl"] {
        std::fs::remove_file(dir.join(f)).unwrap();
    }
    let e = refused(&dir, &["--all"]);
    assert!(
        e.contains("omit3.safetensors: unusable checkpoint: its soft targets came from a finished teacher, and this folder's will train again (")
            && e.contains("teacher.safetensors is missing); delete it"),
        "{e}"
    );
    assert!(
        !dir.join("teacher.safetensors").exists(),
        "the teacher was not trained"
    );
}

#[test]
fn a_stale_logits_cache_is_recomputed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    succeeds(mnist(&dir, &[]));
    let cache = dir.join("teacher.safetensors.logits");
    let good = std::fs::read(&cache).unwrap();
    // Damage the body: refused with an error naming the cache.
    let mut bad = good.clone();
    let n = bad.len();
    bad[n - 3] ^= 0x20;
    std::fs::write(&cache, &bad).unwrap();
    std::fs::remove_file(dir.join("distilled.safetensors")).unwrap();
    let err = refused(&dir, &[]);
    assert!(
        err.contains("teacher.safetensors.logits") && err.contains("checksum"),
        "{err}"
    );
    // A cache made for another teacher (a changed key) is stale: recomputed, not trusted.
    let mut other = good.clone();
    let pos = other
        .windows(14)
        .position(|w| w == b"teacher_sha256")
        .unwrap()
        + 17;
    other[pos] = if other[pos] == b'0' { b'1' } else { b'0' };
    std::fs::write(&cache, &other).unwrap();
    succeeds(mnist(&dir, &[]));
    assert_eq!(std::fs::read(&cache).unwrap(), good);
}

/// Checks that `path`, if present, is a complete file of its kind.
fn whole_file(path: &Path) -> Result<(), String> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(());
    };
    let name = path.file_name().unwrap().to_string_lossy();
    let text = || String::from_utf8(bytes.clone()).map_err(|e| e.to_string());
    if name.ends_with(".safetensors") {
        Checkpoint::from_bytes(path, &bytes)
            .map(|_| ())
            .map_err(|e| e.to_string())
    } else if name.ends_with(".logits") {
        distil::distill::parse(path, &bytes)
            .map(|_| ())
            .map_err(|e| e.to_string())
    } else if name.ends_with(".jsonl") {
        let t = text()?;
        if !t.ends_with('\n') {
            return Err("no final newline".into());
        }
        t.lines()
            .try_for_each(|l| serde_json::from_str::<serde_json::Value>(l).map(|_| ()))
            .map_err(|e| e.to_string())
    } else if name.ends_with(".json") {
        serde_json::from_str::<serde_json::Value>(&text()?)
            .map(|_| ())
            .map_err(|e| e.to_string())
    } else if name.ends_with(".svg") {
        text()?
            .trim_end()
            .ends_with("</svg>")
            .then_some(())
            .ok_or("cut short".into())
    } else {
        let t = text()?;
        t.ends_with('\n').then_some(()).ok_or("cut short".into())
    }
}

/// Temporary files in `dir` (a write that was killed leaves one).
fn temps(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn killed_while_writing_each_file_keeps_the_last_good_one_and_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let whole = tmp.path().join("whole");
    let cut = tmp.path().join("cut");
    succeeds(mnist(&whole, &[]));

    // Each run dies (SIGKILL) halfway through writing the K-th copy of one file; the next run
    // starts where the last one stopped. Together they cover every kind of file the table writes
    // (small.jsonl is written as the other histories are).
    let kill_points = [
        ("teacher.safetensors", 2),
        ("teacher.jsonl", 2),
        ("small.safetensors", 1),
        ("teacher.safetensors.logits", 1),
        ("distilled.safetensors", 2),
        ("distilled.jsonl", 1),
        ("results.json", 1),
        ("errors.svg", 1),
        ("report.md", 1),
    ];
    for (file, k) in kill_points {
        let mut c = mnist(&cut, &[]);
        c.env("DISTIL_KILL_IN_WRITE", format!("{file}:{k}"));
        let status = output(c).status;
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "{file}:{k}: killed by SIGKILL");
        // The half-written copy is a temporary file; every file in the folder is whole.
        let left = temps(&cut);
        assert!(
            left.iter().any(|t| t.starts_with(&format!(".{file}."))),
            "{file}: a half-written temporary file: {left:?}"
        );
        for f in distil::experiments::mnist::files() {
            if let Err(e) = whole_file(&cut.join(f)) {
                panic!("after the kill in {file}: {f} is not whole: {e}");
            }
        }
    }
    succeeds(mnist(&cut, &[]));
    assert!(temps(&cut).is_empty(), "stale temporary files are removed");
    for name in ["teacher", "small", "distilled"] {
        assert_eq!(params(&cut, name), params(&whole, name), "{name} weights");
    }
    // The cached logits (their header names the teacher file's checksum, which covers timings).
    let body = |d: &Path| {
        let p = d.join("teacher.safetensors.logits");
        let bytes = std::fs::read(&p).unwrap();
        let h = distil::distill::parse(&p, &bytes).unwrap();
        bytes[h.offset..].to_vec()
    };
    assert!(body(&cut) == body(&whole), "the same teacher logits");
    // Per-epoch lines: the same losses and errors (seconds differ).
    for f in ["teacher.jsonl", "small.jsonl", "distilled.jsonl"] {
        let fields = |d: &Path| -> Vec<(serde_json::Value, serde_json::Value)> {
            std::fs::read_to_string(d.join(f))
                .unwrap()
                .lines()
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    (v["train_loss"].clone(), v["test_errors"].clone())
                })
                .collect()
        };
        assert_eq!(fields(&cut), fields(&whole), "{f}");
    }
    let errors = |d: &Path| -> Vec<serde_json::Value> {
        let r: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(d.join("results.json")).unwrap())
                .unwrap();
        ["teacher", "small", "distilled"]
            .iter()
            .map(|m| r[m]["test_errors_per_epoch"].clone())
            .collect()
    };
    assert_eq!(errors(&cut), errors(&whole));
}

/// `json` without its `seconds` fields, at any depth (timings differ between runs).
fn without_seconds(json: &mut serde_json::Value) {
    match json {
        serde_json::Value::Object(m) => {
            m.remove("seconds");
            m.values_mut().for_each(without_seconds);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_seconds),
        _ => {}
    }
}

#[test]
fn killed_while_writing_each_section_3_file_keeps_the_last_good_one_and_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let whole = tmp.path().join("whole");
    let cut = tmp.path().join("cut");
    succeeds(mnist(&whole, &["--all"]));
    // In the order `--all` writes them, after the table: the sweep's table and plot, then the
    // two transfer-set students' checkpoints and histories (K counts within each process), then
    // the section's results and report.
    let kill_points = [
        ("sweep.md", 1),
        ("sweep.svg", 1),
        ("omit3.safetensors", 2),
        ("omit3.jsonl", 1),
        ("keep78.safetensors", 1),
        ("keep78.jsonl", 3),
        ("section3.json", 1),
        ("paper.md", 1),
    ];
    for (file, k) in kill_points {
        let mut c = mnist(&cut, &["--all"]);
        c.env("DISTIL_KILL_IN_WRITE", format!("{file}:{k}"));
        let status = output(c).status;
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "{file}:{k}: killed by SIGKILL");
        let left = [temps(&cut), temps(&cut.join("sweep"))].concat();
        assert!(
            left.iter().any(|t| t.starts_with(&format!(".{file}."))),
            "{file}: a half-written temporary file: {left:?}"
        );
        for f in distil::experiments::mnist::files() {
            if let Err(e) = whole_file(&cut.join(f)) {
                panic!("after the kill in {file}: {f} is not whole: {e}");
            }
        }
    }
    // The sweep's half-written files of the kills in sweep.md and sweep.svg were removed by the
    // next runs, which hold `sweep/` (a locked folder's dead temporary files go at once; they used
    // to stay until an hour old, surviving every rerun).
    let sweep = cut.join("sweep");
    assert!(temps(&sweep).is_empty(), "{:?}", temps(&sweep));
    succeeds(mnist(&cut, &["--all"]));
    assert!(temps(&cut).is_empty() && temps(&sweep).is_empty());
    for name in ["omit3", "keep78"] {
        assert_eq!(params(&cut, name), params(&whole, name), "{name} weights");
    }
    let read = |d: &Path| {
        let mut j: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(d.join("section3.json")).unwrap())
                .unwrap();
        without_seconds(&mut j);
        j
    };
    assert_eq!(read(&cut), read(&whole));
    for f in ["paper.md", "sweep/sweep.md"] {
        assert_eq!(
            std::fs::read_to_string(cut.join(f)).unwrap(),
            std::fs::read_to_string(whole.join(f)).unwrap(),
            "{f}"
        );
    }
}

/// `mnist --all` on the tiny preset: every paper number of section 3 in `paper.md` beside ours,
/// each model's recorded figures those of its checkpoint, and a rerun that finds nothing left to
/// train (a run killed in the middle of section 3 and resumed is the test above).
#[test]
fn all_of_section_3_reports_every_paper_number_and_a_rerun_trains_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    let line = start_line(&dir, &["--all"]);
    assert!(
        line.contains("(the table under a minute, then section 3 under a minute)"),
        "{line}"
    );
    let sweep_lines = || lines(&dir.join("sweep/sweep.jsonl"));
    // tiny sweeps widths 16 and 32 at T = 2 and matching logits.
    assert_eq!(sweep_lines(), 4);
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("section3.json")).unwrap()).unwrap();
    // Each sweep run with its student's digest, as sweep.jsonl records it.
    let runs = j["sweep"]["runs"].as_array().unwrap();
    let recorded = std::fs::read_to_string(dir.join("sweep").join("sweep.jsonl")).unwrap();
    assert_eq!(runs.len(), 4);
    for r in runs {
        let d = r["weights_sha256"].as_str().unwrap();
        assert!(d.len() == 64 && recorded.contains(d), "{r}");
    }
    assert_eq!(j["omit3"]["transfer_set"], "omit 3");
    assert_eq!(j["keep78"]["transfer_set"], "keep 7,8");
    for k in ["omit3", "keep78"] {
        let before = j[k]["test_errors_before_shift"].as_u64().unwrap();
        assert_eq!(j[k]["test_errors"].as_u64().unwrap(), before, "{k}");
        // The shift's evaluation of the test logits counts what training's last epoch counted.
        let history = std::fs::read_to_string(dir.join(format!("{k}.jsonl"))).unwrap();
        let last: serde_json::Value =
            serde_json::from_str(history.lines().last().unwrap()).unwrap();
        assert_eq!(last["test_errors"].as_u64().unwrap(), before, "{k}");
        // The student's digest: its last epoch's and its checkpoint's (the shift is not saved).
        let ck = Checkpoint::load(&dir.join(format!("{k}.safetensors"))).unwrap();
        assert_eq!(j[k]["weights_sha256"], ck.mlp.weights_sha256(), "{k}");
        assert_eq!(j[k]["weights_sha256"], last["weights_sha256"], "{k}");
        assert!(
            j[k]["test_errors_after_shift"].as_u64().unwrap() <= before,
            "{k}"
        );
    }
    assert_eq!(j["test_threes"], 1010);
    // The table's models on translated test images: the means `eval --translated 2` gives.
    assert_eq!(j["translated"]["max_shift"], 2);
    let mut means = Vec::new();
    for m in ["teacher", "small", "distilled"] {
        let ck = dir.join(format!("{m}.safetensors"));
        let r = common::distil(&[
            "eval",
            "--model",
            ck.to_str().unwrap(),
            "--translated",
            "2",
            "--json",
        ]);
        assert!(r.status.success(), "{}", common::stderr(&r));
        let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        assert_eq!(
            j["translated"]["mean_errors"][m], v["translated"]["mean_errors"],
            "{m}"
        );
        means.push(v["translated"]["mean_errors"].as_f64().unwrap());
    }
    let paper = std::fs::read_to_string(dir.join("paper.md")).unwrap();
    let said = format!(
        "teacher {:.1}, small net alone {:.1}, distilled {:.1}",
        means[0], means[1], means[2]
    );
    assert!(paper.contains(&said), "paper.md lacks '{said}'");
    for number in [
        "| 67 |", "| 146 |", "| 74 |", "| 206 |", "| 133 |", "| 109 |", "| 14 |", "47.3%", "13.2%",
        "T = inf",
    ] {
        assert!(paper.contains(number), "paper.md lacks {number}");
    }
    assert!(std::fs::read_to_string(dir.join("sweep/sweep.svg"))
        .unwrap()
        .contains("<polyline"));
    // A second run retrains nothing: the sweep file and the students' checkpoints stay as they are.
    // Its start-up line knows: the sweep's records and the students' checkpoints count as done.
    let omit3 = std::fs::read(dir.join("omit3.safetensors")).unwrap();
    let line = start_line(&dir, &["--all"]);
    assert!(line.contains("; nothing left to train"), "{line}");
    assert_eq!(sweep_lines(), 4);
    assert!(std::fs::read(dir.join("omit3.safetensors")).unwrap() == omit3);
    // One student gone: what is left is section 3's alone.
    std::fs::remove_file(dir.join("keep78.safetensors")).unwrap();
    let line = start_line(&dir, &["--all"]);
    assert!(line.contains(", all of it section 3's"), "{line}");
    // --fresh clears section 3 too.
    succeeds(mnist(&dir, &["--fresh"]));
    assert!(!dir.join("paper.md").exists() && !dir.join("sweep/sweep.jsonl").exists());
}

/// A run folder in use is refused at once, `--fresh` included, and nothing in it is touched; once
/// the other run is gone the folder is free again.
#[test]
fn a_second_run_into_a_busy_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("results.json"), b"{}").unwrap();
    let held = distil::io::lock_folder(&dir).unwrap();
    for extra in [&[][..], &["--fresh"][..]] {
        let r = output(mnist(&dir, extra));
        let e = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{e}");
        assert!(e.contains("another run is using"), "{e}");
        assert_eq!(std::fs::read(dir.join("results.json")).unwrap(), b"{}");
        assert!(!dir.join("teacher.safetensors").exists());
    }
    drop(held);
    succeeds(mnist(&dir, &["--fresh"]));
    assert!(dir.join("distilled.safetensors").exists());
}

/// The teacher's jitter translates images: data of MNIST's width stored as flat rows (or with a
/// channel axis) are refused before anything trains, where they used to train the teacher
/// untranslated while its checkpoint recorded the jitter.
#[test]
fn data_the_teacher_cannot_translate_are_refused() {
    use distil::data::idx::{encode, ElemType};
    let tmp = tempfile::tempdir().unwrap();
    for (i, shape) in [&[784u32][..], &[1, 28, 28][..]].into_iter().enumerate() {
        let data = tmp.path().join(format!("data{i}"));
        std::fs::create_dir(&data).unwrap();
        let n = 50u32;
        let dims: Vec<u32> = [n].iter().chain(shape).copied().collect();
        let pixels: Vec<u8> = (0..n * 784).map(|j| (j % 251) as u8).collect();
        let labels: Vec<u8> = (0..n).map(|j| (j % 10) as u8).collect();
        for pair in [[0, 1], [2, 3]] {
            let [images, labels_name] = pair.map(|k| data.join(distil::data::MNIST_NAMES[k]));
            std::fs::write(images, encode(ElemType::U8, &dims, &pixels)).unwrap();
            std::fs::write(labels_name, encode(ElemType::U8, &[n], &labels)).unwrap();
        }
        // Refused before the run folder is made, with --all (which holds it through section 3)
        // as without.
        for all in [&[][..], &["--all"][..]] {
            let dir = tmp.path().join(format!("run{i}"));
            let e = refused(
                &dir,
                &[&["--data-dir", data.to_str().unwrap()], all].concat(),
            );
            assert!(e.contains(distil::data::MNIST_NAMES[0]), "{e}");
            assert!(e.contains("translation"), "{e}");
            assert!(!dir.exists(), "{all:?}");
        }
    }
}

/// `--all` needs 3s, 7s and 8s in both sets (section 3 leaves out the 3s, keeps only the 7s and
/// 8s, and counts test errors on them): data without them are refused before the table trains,
/// where they used to fail after it.
#[test]
fn section_3_refuses_data_without_its_classes_before_training() {
    use distil::data::idx::{encode, ElemType};
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let n = 60u32;
    let pixels: Vec<u8> = (0..n * 784).map(|j| (j % 251) as u8).collect();
    // Classes 0 to 5 only.
    let labels: Vec<u8> = (0..n).map(|j| (j % 6) as u8).collect();
    for pair in [[0, 1], [2, 3]] {
        let [images, labels_name] = pair.map(|k| data.join(distil::data::MNIST_NAMES[k]));
        std::fs::write(images, encode(ElemType::U8, &[n, 28, 28], &pixels)).unwrap();
        std::fs::write(labels_name, encode(ElemType::U8, &[n], &labels)).unwrap();
    }
    let dir = tmp.path().join("run");
    let e = refused(&dir, &["--all", "--data-dir", data.to_str().unwrap()]);
    assert!(e.contains(distil::data::MNIST_NAMES[1]), "{e}");
    assert!(e.contains("training examples of class 7"), "{e}");
    assert!(!dir.exists());
}

/// A folder where one of the run's files goes (or, with `--all`, a file where its `sweep/`
/// folder goes) is refused before anything trains: the run would fail there only after its
/// training, and `--fresh` could not clear it. Section 3's names are the run's only with `--all`.
#[test]
fn a_folder_in_place_of_a_run_file_is_refused_before_training() {
    let tmp = tempfile::tempdir().unwrap();
    for (i, (name, is_dir)) in [("results.json", true), ("paper.md", true), ("sweep", false)]
        .into_iter()
        .enumerate()
    {
        let dir = tmp.path().join(format!("run{i}"));
        std::fs::create_dir(&dir).unwrap();
        if is_dir {
            std::fs::create_dir(dir.join(name)).unwrap();
        } else {
            std::fs::write(dir.join(name), b"mine").unwrap();
        }
        let section3 = name != "results.json";
        let all: &[&str] = if section3 { &["--all"] } else { &[] };
        for fresh in [&[][..], &["--fresh"][..]] {
            let extra = [all, fresh].concat();
            let e = refused(&dir, &extra);
            assert!(e.contains(name), "{e}");
            assert!(
                e.contains(if is_dir { "a folder" } else { "a file" }),
                "{e}"
            );
            assert!(!dir.join("teacher.safetensors").exists());
        }
    }
    // Without --all, section 3's names are not the run's: it trains, and --fresh leaves them.
    let dir = tmp.path().join("table-only");
    std::fs::create_dir_all(dir.join("paper.md")).unwrap();
    std::fs::write(dir.join("sweep"), b"mine").unwrap();
    succeeds(mnist(&dir, &["--fresh"]));
    assert!(dir.join("results.json").is_file() && dir.join("paper.md").is_dir());
    assert_eq!(std::fs::read(dir.join("sweep")).unwrap(), b"mine");
}

/// A checkpoint the run cannot read is a read error, not a checkpoint to delete: the advice to
/// delete it goes only on the checkpoint's own problems. Run as an unprivileged user (root reads
/// any file), with the finished small net's checkpoint unreadable to it.
#[cfg(target_os = "linux")]
#[test]
fn an_unreadable_checkpoint_is_a_read_error_not_advice_to_delete_it() {
    use std::os::unix::fs::PermissionsExt;
    let root = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("Uid:"))?.to_string();
            line.split_whitespace().nth(2)?.parse::<u32>().ok()
        })
        == Some(0);
    if common::under_emulator() {
        println!("skipped: under an emulator, which nobody may not be able to run");
        return;
    }
    if root && !Path::new("/usr/bin/setpriv").exists() {
        common::skip_privileged("root reads any file and setpriv is missing");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("run");
    succeeds(mnist(&dir, &[]));
    // Everything open to the other user but the one checkpoint.
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    mode(tmp.path(), 0o777).unwrap();
    mode(&dir, 0o777).unwrap();
    for e in std::fs::read_dir(&dir).unwrap() {
        mode(&e.unwrap().path(), 0o666).unwrap();
    }
    let small = dir.join("small.safetensors");
    mode(&small, 0o000).unwrap();
    let mut c = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .args(common::distil_argv());
        c
    } else {
        common::distil_bin()
    };
    let r = c
        .args(["mnist", "--preset", "tiny", "--threads", "1", "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    common::read_right(&r);
    let e = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(
        e.contains("small.safetensors: cannot read") && e.contains("Permission denied"),
        "{e}"
    );
    assert!(!e.contains("delete it"), "{e}");
}

/// Without `--out` a run goes to runs/mnist-PRESET, or for a seed other than 1 to
/// runs/mnist-PRESET-seedN. A folder holding another run (its teacher another seed's or
/// preset's) is refused whole, naming the difference, before anything is read or trained: each
/// model refused in turn with the advice to delete it would have led to deleting a finished run.
#[test]
fn another_runs_folder_is_refused_whole_and_other_seeds_default_elsewhere() {
    let tmp = tempfile::tempdir().unwrap();
    for seed in ["1", "3"] {
        let mut c = common::distil_bin();
        c.current_dir(tmp.path()).args([
            "mnist",
            "--preset",
            "tiny",
            "--threads",
            "1",
            "--seed",
            seed,
        ]);
        succeeds(c);
    }
    let one = tmp.path().join("runs/mnist-tiny");
    assert!(one.join("results.json").is_file());
    assert!(tmp
        .path()
        .join("runs/mnist-tiny-seed3/results.json")
        .is_file());
    let before: Vec<Vec<u8>> = ["teacher", "small", "distilled"]
        .iter()
        .map(|m| std::fs::read(one.join(format!("{m}.safetensors"))).unwrap())
        .collect();
    let (code, _, e) = run_mnist(&one, &["--seed", "2"]);
    assert_eq!(code, Some(2), "{e}");
    assert!(
        e.contains("--out: ")
            && e.contains("holds another run, with seed 1 (this run 2)")
            && e.contains("seed 2 runs in runs/mnist-tiny-seed2")
            && e.contains("--fresh to replace that run"),
        "{e}"
    );
    let mut quick = common::distil_bin();
    quick.args(["mnist", "--preset", "quick", "--threads", "1", "--out"]);
    quick.arg(&one).current_dir(tmp.path());
    let r = output(quick);
    let e = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(
        e.contains("holds another run, with a 784-64-64-10 teacher (this preset's is 784-1200-1200-10), a teacher of 4 epochs (this preset's has 25)")
            && !e.contains("seed"),
        "{e}"
    );
    for (m, bytes) in ["teacher", "small", "distilled"].iter().zip(&before) {
        assert_eq!(
            &std::fs::read(one.join(format!("{m}.safetensors"))).unwrap(),
            bytes
        );
    }
    // A default folder that holds another seed's run (made before seeds had folders of their
    // own): no advice to run without --out, which is what led there.
    let old = tempfile::tempdir().unwrap();
    let run_in_old = |extra: &[&str]| {
        let mut c = common::distil_bin();
        c.current_dir(old.path())
            .args(["mnist", "--preset", "tiny", "--threads", "1"])
            .args(extra);
        output(c)
    };
    let r = run_in_old(&["--seed", "3", "--out", "runs/mnist-tiny"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let r = run_in_old(&[]);
    let e = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{e}");
    assert!(
        e.contains("runs/mnist-tiny holds another run, with seed 3 (this run 1): choose another --out, or rerun with --fresh"),
        "{e}"
    );
}
