//! A full disk: training into a run folder on a small tmpfs that holds one checkpoint but not a
//! second beside it. The write of the second fails with a clear error, the first stays whole and
//! loadable, and no temporary file is left. A read-only file system: refused before training.
//! Needs permission to mount a tmpfs (root, or CAP_SYS_ADMIN); elsewhere the tests say so and skip.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{bars_data, bars_teacher, distil, stderr};
use distil::checkpoint::Checkpoint;

/// A tmpfs of `kib` KiB mounted on a fresh folder, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, kib: usize) -> Option<Tmpfs> {
        fs::create_dir_all(at).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(at.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_is_a_clear_error_and_keeps_the_last_checkpoint() {
    let tmp = tempfile::tempdir().unwrap();
    let data = bars_data(tmp.path());
    // 16-2000-4 with momentum: about 330 KiB per checkpoint; the folder holds 512 KiB.
    let Some(disk) = Tmpfs::mount(&tmp.path().join("disk"), 512) else {
        common::skip_privileged("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
        return;
    };
    let out = disk.0.join("model.safetensors");
    let r = common::distil_bin()
        .args([
            "train",
            "--arch",
            "16-2000-4",
            "--epochs",
            "3",
            "--data-dir",
        ])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    common::read_right(&r);
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("model.safetensors") && err.contains("No space left on device"),
        "{err}"
    );
    let ck = Checkpoint::load(&out).expect("the last good checkpoint loads");
    assert_eq!(ck.epoch, 1);
    let names: Vec<String> = fs::read_dir(&disk.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["model.safetensors"], "no temporary file left");
}

/// Training into a read-only folder fails before the first epoch, naming the file; distilling from
/// a teacher in one says how to put the logits cache elsewhere, and does so when told.
#[test]
fn a_read_only_folder_is_refused_before_training() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, teacher) = bars_teacher(tmp.path());
    let Some(disk) = Tmpfs::mount(&tmp.path().join("ro"), 1024) else {
        common::skip_privileged("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
        return;
    };
    let ro_teacher = disk.0.join("t.safetensors");
    fs::copy(&teacher, &ro_teacher).unwrap();
    let remounted = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(&disk.0)
        .status()
        .is_ok_and(|s| s.success());
    assert!(remounted, "remount read-only");
    let d = data.to_str().unwrap();

    let out = disk.0.join("m.safetensors");
    let r = distil(&[
        "train",
        "--arch",
        "16-8-4",
        "--epochs",
        "2",
        "--data-dir",
        d,
        "--out",
        out.to_str().unwrap(),
    ]);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(
        e.contains("m.safetensors: cannot write: Read-only file system"),
        "{e}"
    );
    assert!(
        !String::from_utf8_lossy(&r.stdout).contains("epoch 1/"),
        "no epoch trained"
    );

    let student = tmp.path().join("s.safetensors");
    let args = [
        "distill",
        "--teacher",
        ro_teacher.to_str().unwrap(),
        "--arch",
        "16-8-4",
        "--epochs",
        "1",
        "--data-dir",
        d,
        "--out",
        student.to_str().unwrap(),
    ];
    let r = distil(&args);
    let e = stderr(&r);
    assert_eq!(r.status.code(), Some(1), "{e}");
    assert!(
        e.contains("t.safetensors.logits") && e.contains("--logits-cache"),
        "{e}"
    );
    let cache = tmp.path().join("t.logits");
    let r = distil(&[&args[..], &["--logits-cache", cache.to_str().unwrap()]].concat());
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(cache.is_file() && student.is_file());
}
