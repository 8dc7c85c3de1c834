//! A full disk: training into a run folder on a small tmpfs that holds one checkpoint but not a
//! second beside it. The write of the second fails with a clear error, the first stays whole and
//! loadable, and no temporary file is left. Needs permission to mount a tmpfs (root, or
//! CAP_SYS_ADMIN); elsewhere the test says so and skips.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::bars_data;
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
