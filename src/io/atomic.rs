//! Writing a file so that a reader never sees half of one: write a temporary file beside the
//! target, sync it, rename it into place (never over or through a symbolic link, FIFO or
//! device).
//!
//! For crash tests, `DISTIL_KILL_IN_WRITE=NAME:K` makes the process kill itself with SIGKILL halfway
//! through writing the temporary file of the K-th write (counting from 1) to a file named NAME, the
//! way a power cut or an OOM kill would: nothing is cleaned up, the target keeps its old content.
//! `NAME:K:INT` (or `:TERM`) sends SIGINT (SIGTERM) instead, as Ctrl-C at that moment would.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use super::cleanup::{remove_stale_temps_of, SHARED_TEMP_AGE};
use super::paths::{folder_of, require_output_path, NAME_MAX};
use super::signal::{Published, IN_FLIGHT};
use crate::error::{Error, Result};

/// The suffix of every temporary file this tool writes.
pub(super) const TEMP_SUFFIX: &str = ".tmp";

/// A fresh temporary name beside `path`: hidden, unique to this process and call.
pub fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let stem = temp_stem(path).unwrap_or_default();
    path.with_file_name(format!(".{stem}.{}.{n}{TEMP_SUFFIX}", std::process::id()))
}

/// The part of `path`'s file name its temporary names carry: all of it, or as much as leaves room
/// for the rest (`.`, the process id, the counter, `.tmp`) within the [`NAME_MAX`] bytes most file
/// systems allow a name. A legal name of 250 bytes must not fail for its temporary file's sake.
pub(super) fn temp_stem(path: &Path) -> Option<String> {
    // '.' + stem + '.' + pid (at most 10 digits) + '.' + counter (at most 20) + ".tmp"
    const ROOM: usize = NAME_MAX - (1 + 1 + 10 + 1 + 20 + TEMP_SUFFIX.len());
    let name = path.file_name()?.to_string_lossy().into_owned();
    let mut end = name.len().min(ROOM);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    Some(name[..end].to_string())
}

/// Creates a new temporary file beside `path` under a name no one else holds: another process with
/// the same id and count (a container's PID 1 writing into a shared folder) must not write into
/// the same file, nor a name left by one make this fail for good. Returns its name and the file
/// (open to read and write), or why it could not be created.
/// A created file's name stays published for [`remove_on_interrupt`](super::remove_on_interrupt)
/// while the returned guard lives. It is published only once created: a name that exists already
/// is someone else's.
pub(super) fn create_temp_beside(
    path: &Path,
) -> (PathBuf, std::io::Result<std::fs::File>, Option<Published>) {
    loop {
        let tmp = temp_path(path);
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            r => {
                let guard = r.is_ok().then(|| IN_FLIGHT.publish(&tmp));
                return (tmp, r, guard);
            }
        }
    }
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
    require_output_path(path)?;
    let kill = kill_point_reached(path);
    // On every write, in whatever folder: it may be shared.
    remove_stale_temps_of(path, Some(SHARED_TEMP_AGE));
    let (tmp, opened, _in_flight) = create_temp_beside(path);
    let result = (|| {
        let mut f = opened?;
        if let Some(signal) = kill {
            f.write_all(&bytes[..bytes.len() / 2])?;
            f.sync_all()?;
            kill_self(signal);
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
    // The rename itself reaches the disk with the folder's entry: without this a power cut could
    // bring back the old file (never a half-written one). Not every file system syncs folders.
    if let Ok(dir) = std::fs::File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
    Ok(f)
}

/// The signal to end the process with, if this write to `path` is the one `DISTIL_KILL_IN_WRITE`
/// names (see the module's note).
fn kill_point_reached(path: &Path) -> Option<i32> {
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let spec = std::env::var("DISTIL_KILL_IN_WRITE").ok()?;
    let mut parts = spec.split(':');
    let (name, k) = (parts.next()?, parts.next()?);
    let signal = match parts.next() {
        // SIGKILL, SIGINT, SIGTERM: the same numbers on every Unix (POSIX).
        None => 9,
        Some("INT") => 2,
        Some("TERM") => 15,
        Some(_) => return None,
    };
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if file.as_deref() != Some(name) {
        return None;
    }
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    seen.push(name.to_string());
    (k.parse::<usize>() == Ok(seen.len())).then_some(signal)
}

/// Sends this process `signal`: SIGKILL dies at once, with no destructors and no cleanup, as an
/// outside kill would; SIGINT and SIGTERM go through the handlers a terminal's Ctrl-C would meet.
fn kill_self(signal: i32) -> ! {
    #[cfg(unix)]
    {
        // SAFETY: raise(3).
        unsafe {
            libc::raise(signal);
        }
    }
    std::process::abort()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::cleanup::temp_owner;

    /// A legal name of up to 255 bytes is written: its temporary name keeps as much of it as
    /// fits, still parses as a temporary file, and is still found as that target's.
    #[test]
    fn names_up_to_the_limit_are_written() {
        let dir = tempfile::tempdir().unwrap();
        // Two-byte characters, and three-byte ones whose cut falls inside one.
        let names = [200, 243, 255]
            .map(|len| "é".repeat(len / 2) + &"x".repeat(len % 2))
            .into_iter()
            .chain(["x".to_string() + &"€".repeat(84)]);
        for name in names {
            let len = name.len();
            let target = dir.path().join(name);
            let tmp = temp_path(&target);
            let name = tmp.file_name().unwrap().to_string_lossy().into_owned();
            assert!(name.len() <= 255, "{len}: {} bytes", name.len());
            assert_eq!(temp_owner(&name), Some(std::process::id()));
            write_atomic(&target, b"ok").unwrap();
            assert_eq!(std::fs::read(&target).unwrap(), b"ok");
            // A dead run's temporary file of this target, an hour old, goes at the next write.
            let dead =
                tmp.with_file_name(name.replace(&format!(".{}.", std::process::id()), ".4194305."));
            std::fs::write(&dead, b"x").unwrap();
            let old = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
            std::fs::File::options()
                .write(true)
                .open(&dead)
                .unwrap()
                .set_modified(old)
                .unwrap();
            write_atomic(&target, b"again").unwrap();
            assert_eq!(dead.exists(), !cfg!(target_os = "linux"), "{len}");
        }
    }

    #[test]
    fn a_write_removes_its_own_old_stale_temps_and_no_others() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.md");
        let dead_old = dir.path().join(".report.md.4194305.0.tmp");
        let dead_young = dir.path().join(".report.md.4194305.1.tmp");
        let dead_other = dir.path().join(".results.json.4194305.0.tmp");
        for f in [&dead_old, &dead_young, &dead_other] {
            std::fs::write(f, b"x").unwrap();
        }
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for f in [&dead_old, &dead_other] {
            let file = std::fs::File::options().write(true).open(f).unwrap();
            file.set_modified(two_hours_ago).unwrap();
        }
        write_atomic(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        assert_eq!(dead_old.exists(), !cfg!(target_os = "linux"));
        assert!(
            dead_young.exists(),
            "a young one may be another container's live write"
        );
        assert!(dead_other.exists(), "another target's");
        // At a run's start (`train`), without the age rule: still only this target's.
        let removed = remove_stale_temps_of(&target, None);
        assert_eq!(removed, usize::from(cfg!(target_os = "linux")));
        assert_eq!(dead_young.exists(), !cfg!(target_os = "linux"));
        assert!(dead_other.exists());
    }
}
