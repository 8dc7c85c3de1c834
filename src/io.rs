//! Writing files so that a reader never sees half of one: write a temporary file beside the target,
//! sync it, rename it into place.
//!
//! For crash tests, `DISTIL_KILL_IN_WRITE=NAME:K` makes the process kill itself with SIGKILL halfway
//! through writing the temporary file of the K-th write (counting from 1) to a file named NAME, the
//! way a power cut or an OOM kill would: nothing is cleaned up, the target keeps its old content.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// The suffix of every temporary file this tool writes.
const TEMP_SUFFIX: &str = ".tmp";

/// A fresh temporary name beside `path`: hidden, unique to this process and call.
pub fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.{n}{TEMP_SUFFIX}", std::process::id()))
}

/// Removes the temporary files that killed runs of this tool left in `dir` (`.NAME.PID.N.tmp` whose
/// process is gone). Returns how many were removed.
pub fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = temp_owner(&name) else {
            continue;
        };
        if pid != std::process::id()
            && !process_alive(pid)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process id inside a temporary name made by `temp_path`, if `name` is one.
fn temp_owner(name: &str) -> Option<u32> {
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

/// What is wrong with reading `path` as a file, if anything: a folder, or a FIFO, socket or device,
/// which would block or never end. `None` for a regular file or one that does not exist (the open
/// that follows reports that).
pub fn not_a_regular_file(path: &Path) -> Option<&'static str> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_dir() {
        Some("a folder")
    } else if !meta.is_file() {
        Some("a FIFO, socket or device")
    } else {
        None
    }
}

/// Creates the output folder `dir` (and its parents) if it does not exist yet. A file in its place is
/// named as such, rather than reported as the operating system's "File exists".
pub fn create_folder(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::data(
            dir.display().to_string(),
            "a folder for the run's outputs",
            "a file",
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create folder", e))
}

/// The folder `path` lies in ("." for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Checks that the folder `path` would be written in exists, before any work goes into it.
pub fn require_folder_of(path: &Path) -> Result<()> {
    if folder_of(path).is_dir() {
        return Ok(());
    }
    Err(Error::io(
        path,
        "write",
        std::io::Error::new(std::io::ErrorKind::NotFound, "its folder does not exist"),
    ))
}

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames it over `path`, so `path`
/// always holds either the old or the new content. On failure the temporary file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_and_keep(path, bytes).map(drop)
}

/// [`write_atomic`], returning the file just written, open for reading. It stays this call's bytes
/// even if another process renames its own file over `path` a moment later, where opening `path`
/// again could find the other's.
pub fn write_atomic_and_keep(path: &Path, bytes: &[u8]) -> Result<std::fs::File> {
    require_folder_of(path)?;
    let tmp = temp_path(path);
    let kill = kill_point_reached(path);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        if kill {
            f.write_all(&bytes[..bytes.len() / 2])?;
            f.sync_all()?;
            kill_self();
        }
        f.write_all(bytes)?;
        f.sync_all()?;
        Ok(f)
    })();
    let f = result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, "write", e)
    })?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, "rename into place", e)
    })?;
    Ok(f)
}

/// Whether this write is the one `DISTIL_KILL_IN_WRITE` names.
fn kill_point_reached(path: &Path) -> bool {
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let Ok(spec) = std::env::var("DISTIL_KILL_IN_WRITE") else {
        return false;
    };
    let Some((name, k)) = spec.rsplit_once(':') else {
        return false;
    };
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if file.as_deref() != Some(name) {
        return false;
    }
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    seen.push(name.to_string());
    k.parse::<usize>() == Ok(seen.len())
}

/// Dies at once with SIGKILL: no destructors, no cleanup, as an outside kill would.
fn kill_self() -> ! {
    #[cfg(unix)]
    {
        extern "C" {
            fn raise(sig: i32) -> i32;
        }
        const SIGKILL: i32 = 9;
        // SAFETY: raise(3) from the C library std already links; SIGKILL cannot be caught.
        unsafe {
            raise(SIGKILL);
        }
    }
    std::process::abort()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let removed = remove_stale_temps(dir.path());
        assert_eq!(dead.exists(), !cfg!(target_os = "linux"));
        assert_eq!(removed, usize::from(cfg!(target_os = "linux")));
        assert!(own.exists() && other.exists());
    }
}
