//! The locks that keep two runs out of one run folder ([`FolderLock`]: `mnist`, `sweep`) or one
//! output file ([`OutputLock`]: `train`, `distill`), and each kind out of the other's.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::paths::{folder_of, not_a_regular_file, NAME_MAX};
use super::signal::{Published, HELD_LOCK};
use crate::error::{Error, Result};
use crate::words::count;

/// An exclusive hold on a run folder while the value lives, so that two runs never train into the
/// same files (the second would, say, distil from the first's half-trained teacher). The operating
/// system releases it when the process ends, however it ends: a killed run leaves only the empty
/// `.lock` file, which the next run reuses. Within one process it is re-entrant: a command that
/// holds its folder across several steps can call steps that take it too.
pub struct FolderLock {
    /// The folder, canonical; `None` where its file system cannot lock.
    dir: Option<PathBuf>,
}

impl FolderLock {
    /// Whether the folder is locked for real (not on a file system without locks).
    pub fn held(&self) -> bool {
        self.dir.is_some()
    }
}

/// The folders this process holds: (folder, holders, the locked `.lock` file).
static HELD: Mutex<Vec<(PathBuf, usize, std::fs::File)>> = Mutex::new(Vec::new());

impl Drop for FolderLock {
    fn drop(&mut self) {
        let Some(dir) = &self.dir else { return };
        let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = held.iter().position(|h| &h.0 == dir) {
            held[i].1 -= 1;
            if held[i].1 == 0 {
                held.swap_remove(i); // closing the file releases the lock
            }
        }
    }
}

/// Takes `dir`'s [`FolderLock`] (the folder must exist), or says that another process holds it,
/// or that a `train` or `distill` run holds an output lock in it ([`lock_output`]).
/// On a file system without locks (some network mounts) it goes on unlocked, with a note.
pub fn lock_folder(dir: &Path) -> Result<FolderLock> {
    let path = dir.join(".lock");
    let key = dir
        .canonicalize()
        .map_err(|e| Error::io(dir, "open folder", e))?;
    let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(h) = held.iter_mut().find(|h| h.0 == key) {
        h.1 += 1;
        return Ok(FolderLock { dir: Some(key) });
    }
    match try_lock_file(&path, "the run folder's lock")? {
        Tried::Held(file, created) => {
            // A `train` or `distill` writing into the folder holds its output's lock, taken
            // before it looks at this one: whichever of the two comes second sees the other.
            if let Some(lock) = output_locked_in(dir) {
                // A refused run leaves no lock file of its own behind. Removed while locked, so a
                // run that opened it meanwhile fails its try or finds it gone.
                if created {
                    let _ = std::fs::remove_file(&path);
                }
                return Err(busy(
                    &path,
                    format!(
                        "another run (train or distill) is writing into {}, holding {}: wait for \
                         it to end, or choose another folder",
                        dir.display(),
                        lock.display()
                    ),
                ));
            }
            held.push((key.clone(), 1, file));
            Ok(FolderLock { dir: Some(key) })
        }
        Tried::NoLocks(e) => {
            note_no_locks(&path, &e, "no other run uses this folder");
            Ok(FolderLock { dir: None })
        }
        Tried::Busy => Err(busy(
            &path,
            format!(
                "another run is using {}: wait for it to end, or choose another folder",
                dir.display()
            ),
        )),
    }
}

/// An exclusive hold on an output file of `train` or `distill` while the value lives: two runs
/// writing one checkpoint would each train to the end, and the file would hold whichever wrote
/// last (two fresh runs would both find no file to refuse). The hold is a lock on `.NAME.lock`
/// beside the output (`lock_path`), which is removed when the value is dropped; a killed run
/// leaves it empty, and the next run takes it over.
pub struct OutputLock {
    /// The lock file, its open, locked handle and its publication for an interrupt handler to
    /// remove; `None` where the file system cannot lock.
    held: Option<(PathBuf, std::fs::File, Published)>,
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        if let Some((path, file, published)) = self.held.take() {
            drop(published);
            // Removed while still locked, then closed: a run that opened the old file meanwhile
            // finds it gone once it has the lock, and starts over on a new one.
            let _ = std::fs::remove_file(&path);
            drop(file);
        }
    }
}

/// Takes `out`'s [`OutputLock`] (its folder must exist), or says that another run is writing it,
/// or that an `mnist` or `sweep` run holds its folder ([`lock_folder`], which in turn refuses a
/// folder where an output lock is held).
pub fn lock_output(out: &Path) -> Result<OutputLock> {
    let path = lock_path(out);
    match try_lock_file(&path, &format!("the lock of {}", out.display()))? {
        Tried::Held(file, _) => {
            let published = HELD_LOCK.publish(&path);
            let lock = OutputLock {
                held: Some((path, file, published)),
            };
            // An `mnist` or `sweep` run holding the folder writes its own files there.
            let dir = folder_of(out);
            if folder_held_by_another(dir) {
                return Err(busy(
                    out,
                    format!(
                        "another run (mnist or sweep) is using {}: wait for it to end, or choose \
                         another --out",
                        dir.display()
                    ),
                ));
            }
            Ok(lock)
        }
        Tried::NoLocks(e) => {
            note_no_locks(&path, &e, &format!("no other run writes {}", out.display()));
            Ok(OutputLock { held: None })
        }
        Tried::Busy => Err(busy(
            out,
            "another run is writing it: wait for it to end, or choose another --out",
        )),
    }
}

/// What trying a lock file gave.
enum Tried {
    /// Locked: the open file, and whether this try created it.
    Held(std::fs::File, bool),
    /// The file system has no locks (some network mounts): the error, for the note.
    NoLocks(std::io::Error),
    /// Another open file holds it.
    Busy,
}

/// Opens (creating it if need be) and tries the lock file `path`, `what` it is naming it in
/// errors; again where the file it opened was removed before the try (by a holder letting go, or
/// a refused run), so that the lock taken is always on the file at `path`.
fn try_lock_file(path: &Path, what: &str) -> Result<Tried> {
    loop {
        let created = !path.exists();
        let file = open_lock_file(path, what)?;
        return match file.try_lock() {
            Ok(()) if !same_file(&file, path) => continue,
            Ok(()) => Ok(Tried::Held(file, created)),
            Err(std::fs::TryLockError::Error(e)) if cannot_lock_here(&e) => Ok(Tried::NoLocks(e)),
            Err(std::fs::TryLockError::WouldBlock) => Ok(Tried::Busy),
            Err(std::fs::TryLockError::Error(e)) => Err(Error::io(path, "lock", e)),
        };
    }
}

/// The note for a lock file that cannot be locked: the run goes on unlocked, and the user makes
/// sure of `what` instead.
fn note_no_locks(path: &Path, e: &std::io::Error, what: &str) {
    let note = format!(
        "note: {} cannot be locked ({e}); make sure {what}",
        path.display()
    );
    eprintln!("{}", crate::error::escape_controls(&note));
}

/// Whether another process holds the run-folder lock of `dir` ([`lock_folder`]). A folder without
/// one, or whose lock cannot be tried, counts as free.
pub fn folder_held_by_another(dir: &Path) -> bool {
    let held_here = dir.canonicalize().is_ok_and(|key| {
        let held = HELD.lock().unwrap_or_else(|e| e.into_inner());
        held.iter().any(|h| h.0 == key)
    });
    !held_here && is_locked(&dir.join(".lock"))
}

/// An output lock ([`lock_output`]) that another process holds in `dir`, if any. (Any `.NAME.lock`
/// locked by another program counts too: a run folder is not shared with one.)
fn output_locked_in(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir).ok()?.flatten().find_map(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let lock = name != ".lock" && name.starts_with('.') && name.ends_with(".lock");
        (lock && is_locked(&entry.path())).then(|| entry.path())
    })
}

/// Whether the regular file `path` is locked by another open file (a probe: taken and let go).
fn is_locked(path: &Path) -> bool {
    // Only a regular file is opened: opening a FIFO would wait for its other end for ever.
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    // Opened for writing where it can be: NFS turns flock into a byte-range lock, whose exclusive
    // form needs a file open for writing (read-only, the try would fail and look free).
    let opened = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .or_else(|_| std::fs::File::open(path));
    opened.is_ok_and(|f| matches!(f.try_lock(), Err(std::fs::TryLockError::WouldBlock)))
}

/// The lock file of the output `out`: `.NAME.lock` beside it, the name kept byte for byte (two
/// outputs must not share a lock, as names cut short or made valid UTF-8 could); a name too long
/// for that keeps its first bytes and a hash of the whole name.
fn lock_path(out: &Path) -> PathBuf {
    let name = out.file_name().unwrap_or_default();
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(name).to_vec();
    #[cfg(not(unix))]
    let bytes = name.to_string_lossy().into_owned().into_bytes();
    const SUFFIX: &[u8] = b".lock";
    let mut lock = b".".to_vec();
    if 1 + bytes.len() + SUFFIX.len() <= NAME_MAX {
        lock.extend(&bytes);
    } else {
        let hash = crate::checkpoint::sha256_hex(&bytes);
        let mut keep = NAME_MAX - (1 + 1 + 16 + SUFFIX.len());
        // Not inside a UTF-8 sequence (some file systems take only valid UTF-8 names).
        while keep > 0 && bytes[keep] & 0xC0 == 0x80 {
            keep -= 1;
        }
        lock.extend(&bytes[..keep]);
        lock.push(b'.');
        lock.extend(&hash.as_bytes()[..16]);
    }
    lock.extend(SUFFIX);
    #[cfg(unix)]
    let lock = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&lock).to_os_string();
    #[cfg(not(unix))]
    let lock = String::from_utf8_lossy(&lock).into_owned();
    out.with_file_name(lock)
}

/// Opens (creating it if need be) the lock file `path`, `what` it is naming it in the error for
/// anything but a regular file: opening a FIFO for writing would wait for a reader for ever.
fn open_lock_file(path: &Path, what: &str) -> Result<std::fs::File> {
    // This tool's lock files are empty regular files: anything else there is someone else's, not
    // to be used as a lock (and removed with it), nor followed if a link.
    let found = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Some("a symbolic link".to_string()),
        Ok(m) if !m.is_file() => not_a_regular_file(path).map(str::to_string),
        Ok(m) if m.len() > 0 => Some(format!("a file of {}", count(m.len(), "byte"))),
        _ => None,
    };
    if let Some(found) = found {
        return Err(Error::data(
            path.display().to_string(),
            format!("an empty regular file ({what})"),
            found,
        ));
    }
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, "create", e))
}

/// Whether the open `file` is still the one at `path` (not removed or replaced since it was opened).
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// The error for a lock that another run holds on `path`'s behalf: `why`, and what to do.
pub fn busy(path: &Path, why: impl Into<String>) -> Error {
    let why: String = why.into();
    Error::io(
        path,
        "lock",
        std::io::Error::new(std::io::ErrorKind::WouldBlock, why),
    )
}

/// Whether a lock failed because the file system has no locks: unsupported, or ENOLCK (what NFS
/// without a lock manager answers; its number differs between systems).
fn cannot_lock_here(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    let no_locks = e.raw_os_error() == Some(libc::ENOLCK);
    #[cfg(not(unix))]
    let no_locks = false;
    no_locks || e.kind() == std::io::ErrorKind::Unsupported
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two outputs have two locks: names that agree in their first 250 bytes (the lock's name
    /// keeps a hash of a long name), and names that differ only in bytes that are not UTF-8.
    #[cfg(unix)]
    #[test]
    fn lock_names_are_one_per_output() {
        use std::os::unix::ffi::OsStrExt;
        let long = |end: &str| PathBuf::from(format!("{}{end}", "a".repeat(250)));
        let (one, two) = (lock_path(&long("_one")), lock_path(&long("_two")));
        assert_ne!(one, two);
        assert!(one.as_os_str().len() <= NAME_MAX);
        assert!(
            one.to_string_lossy().ends_with(".lock") && !one.to_string_lossy().contains("_one")
        );
        // A long name of 2-byte characters is not cut inside one.
        let accented = lock_path(Path::new(&"é".repeat(127)));
        assert!(
            accented.to_str().is_some_and(|n| n.len() <= NAME_MAX),
            "{accented:?}"
        );
        let raw = |b: &[u8]| lock_path(Path::new(std::ffi::OsStr::from_bytes(b)));
        assert_ne!(raw(b"\xff.st"), raw(b"\xfe.st"));
        assert_eq!(lock_path(Path::new("d/m.st")), Path::new("d/.m.st.lock"));
    }

    /// Within one process the lock is re-entrant and held until its last holder goes (that
    /// another process is refused is tests/mnist_pipeline.rs's).
    #[test]
    fn a_run_folder_lock_is_reentrant_and_released_with_its_last_holder() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock_folder(dir.path()).unwrap();
        let second = lock_folder(dir.path()).unwrap();
        let held = || {
            let key = dir.path().canonicalize().unwrap();
            let held = HELD.lock().unwrap();
            held.iter().find(|h| h.0 == key).map(|h| h.1)
        };
        assert_eq!(held(), Some(2));
        drop(first);
        assert_eq!(held(), Some(1));
        drop(second);
        assert_eq!(held(), None);
    }
}
