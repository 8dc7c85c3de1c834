//! Removing the temporary files (`.NAME.PID.N.tmp`) that killed runs of this tool left behind.

use std::path::Path;

use super::atomic::{temp_stem, TEMP_SUFFIX};
use super::paths::folder_of;

/// How old a dead-looking temporary file must be before a folder others may share loses it: its
/// process id may be a live process of another container, but no write takes an hour.
pub const SHARED_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes the temporary files that killed runs of this tool left in `dir` (`.NAME.PID.N.tmp` whose
/// process is gone), only those older than `min_age` if given (a folder others may share: see
/// [`SHARED_TEMP_AGE`]). Returns how many were removed.
pub fn remove_stale_temps(dir: &Path, min_age: Option<std::time::Duration>) -> usize {
    remove_dead_temps(dir, "", min_age)
}

/// Removes the temporary files of `path`'s name (or a longer name starting with it: its logits
/// cache's) that killed runs left beside it, those older than `min_age` if given, and returns how
/// many. Unlike [`remove_stale_temps`], it leaves the rest of the folder alone: `train --out` may
/// write into a folder it shares with anything. Every write calls it for its own target.
pub fn remove_stale_temps_of(path: &Path, min_age: Option<std::time::Duration>) -> usize {
    match temp_stem(path) {
        Some(stem) => remove_dead_temps(folder_of(path), &format!(".{stem}."), min_age),
        None => 0,
    }
}

/// Removes the temporary files in `dir` whose names start with `prefix`, whose process is gone and
/// (with `min_age`) that are older than that; returns how many.
fn remove_dead_temps(dir: &Path, prefix: &str, min_age: Option<std::time::Duration>) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = temp_owner(&name).filter(|_| name.starts_with(prefix)) else {
            continue;
        };
        let old_enough = min_age.is_none_or(|min| {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > min)
        });
        if old_enough
            && pid != std::process::id()
            && !process_alive(pid)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process id inside a temporary name made by `temp_path`, if `name` is one.
pub(super) fn temp_owner(name: &str) -> Option<u32> {
    let stem = name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let mut parts = stem.rsplitn(3, '.');
    let _counter: u64 = parts.next()?.parse().ok()?;
    let pid = parts.next()?.parse().ok()?;
    parts.next().filter(|n| !n.is_empty())?;
    Some(pid)
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true // cannot tell: keep the file
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::atomic::temp_path;

    #[test]
    fn temp_names_round_trip_their_owner() {
        let p = temp_path(Path::new("/x/teacher.safetensors"));
        let name = p.file_name().unwrap().to_str().unwrap();
        assert_eq!(temp_owner(name), Some(std::process::id()));
        assert_eq!(temp_owner("teacher.safetensors"), None);
        assert_eq!(temp_owner(".x.tmp"), None);
        assert_eq!(temp_owner(".a.b.12.3.tmp"), Some(12));
    }

    #[test]
    fn stale_temps_of_dead_processes_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        // pid 4194305 is above Linux's maximum pid, so no process has it.
        let dead = dir.path().join(".teacher.safetensors.4194305.0.tmp");
        let own = temp_path(&dir.path().join("small.safetensors"));
        let other = dir.path().join("notes.tmp");
        for f in [&dead, &own, &other] {
            std::fs::write(f, b"x").unwrap();
        }
        let removed = remove_stale_temps(dir.path(), None);
        assert_eq!(dead.exists(), !cfg!(target_os = "linux"));
        assert_eq!(removed, usize::from(cfg!(target_os = "linux")));
        assert!(own.exists() && other.exists());
    }
}
