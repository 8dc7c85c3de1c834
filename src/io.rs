//! Writing files so that a reader never sees half of one: write a temporary file beside the target,
//! sync it, rename it into place (never over or through a symbolic link, FIFO or device). Also
//! what goes with it: removing the temporaries of killed runs, the locks that keep two runs out of
//! one folder or one output (and each kind out of the other's), and the checks made on folders and
//! files before any work starts.
//!
//! For crash tests, `DISTIL_KILL_IN_WRITE=NAME:K` makes the process kill itself with SIGKILL halfway
//! through writing the temporary file of the K-th write (counting from 1) to a file named NAME, the
//! way a power cut or an OOM kill would: nothing is cleaned up, the target keeps its old content.
//! `NAME:K:INT` (or `:TERM`) sends SIGINT (SIGTERM) instead, as Ctrl-C at that moment would.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// The suffix of every temporary file this tool writes.
const TEMP_SUFFIX: &str = ".tmp";

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
fn temp_stem(path: &Path) -> Option<String> {
    // '.' + stem + '.' + pid (at most 10 digits) + '.' + counter (at most 20) + ".tmp"
    const ROOM: usize = NAME_MAX - (1 + 1 + 10 + 1 + 20 + TEMP_SUFFIX.len());
    let name = path.file_name()?.to_string_lossy().into_owned();
    let mut end = name.len().min(ROOM);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    Some(name[..end].to_string())
}

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
        Ok(m) if m.len() > 0 => Some(format!("a file of {} bytes", m.len())),
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
/// without a lock manager answers; 37 on Linux, 77 on macOS).
fn cannot_lock_here(e: &std::io::Error) -> bool {
    const ENOLCK: i32 = if cfg!(target_os = "macos") { 77 } else { 37 };
    e.kind() == std::io::ErrorKind::Unsupported || e.raw_os_error() == Some(ENOLCK)
}

/// How old a dead-looking temporary file must be before a folder others may share loses it: its
/// process id may be a live process of another container, but no write takes an hour.
pub const SHARED_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes the temporary files that killed runs of this tool left in `dir` (`.NAME.PID.N.tmp` whose
/// process is gone), only those older than `min_age` if given (a folder others may share: see
/// [`SHARED_TEMP_AGE`]). Returns how many were removed.
pub fn remove_stale_temps(dir: &Path, min_age: Option<std::time::Duration>) -> usize {
    remove_dead_temps(dir, "", min_age)
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

/// `std::fs::read`, refusing anything but a regular file: a FIFO in the place of a bookkeeping file
/// would block the read for ever, and a device such as `/dev/zero` never end it.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    match not_a_regular_file(path) {
        Some(kind) => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("expected a regular file, found {kind}"),
        )),
        None => std::fs::read(path),
    }
}

/// Whether `path` can only name a folder: it ends in `/`, `.` or `..` (`d/`, `d/.`), where a file
/// name is needed. (`Path` reads `d/.` as `d` itself, so such a name passes other checks and fails
/// only at the rename, after the work.)
pub fn is_folder_name(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    let last = bytes.rsplit(|&b| b == b'/').next().unwrap_or_default();
    matches!(last, b"" | b"." | b"..")
}

/// What stands where an output file is to go, if it is a folder: an existing one, or a name that
/// can only be a folder's ([`is_folder_name`]).
pub fn folder_in_place_of_file(path: &Path) -> Option<&'static str> {
    if path.is_dir() {
        Some("a folder")
    } else if is_folder_name(path) {
        Some("a folder's name (ending in '/', '.' or '..')")
    } else {
        None
    }
}

/// Refuses anything but a regular file standing where one of the files `names` of the folder `dir`
/// is to be written ([`not_a_file_to_replace`]; `expected` says what belongs there): a folder
/// would fail its rename only after the work that makes it, and a link or device must not be
/// replaced (nor a file appended to through a link).
pub fn refuse_non_files_at<'a>(
    dir: &Path,
    names: impl IntoIterator<Item = &'a str>,
    expected: &str,
) -> Result<()> {
    for path in names.into_iter().map(|n| dir.join(n)) {
        if let Some(found) = not_a_file_to_replace(&path) {
            return Err(Error::data(path.display().to_string(), expected, found));
        }
    }
    Ok(())
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
    if let (false, Ok(to)) = (dir.exists(), std::fs::read_link(dir)) {
        return Err(Error::data(
            dir.display().to_string(),
            "a folder for the run's outputs",
            format!("a symbolic link to {}, which does not exist", to.display()),
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create folder", e))
}

/// Whether two paths name the same file, existing or not: an existing one by its canonical path
/// (through symbolic links: an input named by a link is destroyed by an output written under its
/// target's name), another
/// as an absolute path through its canonical folder where that exists (so `d/x` and
/// `./d/../d/x` match).
pub fn same_path(a: &Path, b: &Path) -> bool {
    let key = |p: &Path| {
        if let Ok(real) = p.canonicalize() {
            return real;
        }
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        match (
            abs.parent().and_then(|d| d.canonicalize().ok()),
            abs.file_name(),
        ) {
            (Some(dir), Some(name)) => dir.join(name),
            _ => abs,
        }
    };
    key(a) == key(b)
}

/// The folder `path` lies in ("." for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// The longest file name (one path component) most file systems take, in bytes: Linux's and
/// macOS's NAME_MAX.
pub const NAME_MAX: usize = 255;

/// The length in bytes of `path`'s file name, where it is longer than [`NAME_MAX`]: the write would
/// fail with "File name too long" only once the work is done.
pub fn name_over_limit(path: &Path) -> Option<usize> {
    let bytes = path.file_name()?.len();
    (bytes > NAME_MAX).then_some(bytes)
}

/// Checks that `path` is a file name and that the folder it would be written in exists, before any
/// work goes into it.
pub fn require_folder_of(path: &Path) -> Result<()> {
    if let Some(found) = folder_in_place_of_file(path) {
        return Err(Error::data(
            path.display().to_string(),
            "a file name",
            found,
        ));
    }
    if let Some(bytes) = name_over_limit(path) {
        return Err(Error::data(
            path.display().to_string(),
            format!("a file name of at most {NAME_MAX} bytes"),
            format!("one of {bytes}"),
        ));
    }
    let folder = folder_of(path);
    if folder.is_dir() {
        return Ok(());
    }
    let problem = if folder.exists() {
        format!("{} is not a folder", folder.display())
    } else {
        "its folder does not exist".to_string()
    };
    Err(Error::io(
        path,
        "write",
        std::io::Error::new(std::io::ErrorKind::NotFound, problem),
    ))
}

/// What stands at an output's path that a write must not replace, if anything: a folder, or a name
/// only a folder can have; a symbolic link, which the rename would replace (and writing through
/// it would put the output wherever it points, an input included); a FIFO, socket or device.
pub fn not_a_file_to_replace(path: &Path) -> Option<String> {
    if let Some(found) = folder_in_place_of_file(path) {
        return Some(found.to_string());
    }
    let meta = std::fs::symlink_metadata(path).ok()?;
    if meta.file_type().is_symlink() {
        let to = std::fs::read_link(path).map(|t| format!(" to {}", t.display()));
        return Some(format!("a symbolic link{}", to.unwrap_or_default()));
    }
    (!meta.is_file()).then(|| "a FIFO, socket or device".to_string())
}

/// [`require_folder_of`], and nothing at `path` that a write must not replace
/// ([`not_a_file_to_replace`]).
fn require_output_path(path: &Path) -> Result<()> {
    require_folder_of(path)?;
    match not_a_file_to_replace(path) {
        Some(found) => {
            let hint = if found.starts_with("a symbolic link") {
                " (name the file it points to, if that is the one to replace)"
            } else {
                ""
            };
            Err(Error::data(
                path.display().to_string(),
                "a regular file to replace, or nothing",
                format!("{found}{hint}"),
            ))
        }
        None => Ok(()),
    }
}

/// [`require_folder_of`], and that a file can be created there (a read-only folder or file system
/// fails here, before training, rather than at the first checkpoint).
pub fn require_writable_folder_of(path: &Path) -> Result<()> {
    require_output_path(path)?;
    let (probe, opened, _in_flight) = create_temp_beside(path);
    opened.map_err(|e| Error::io(path, "write", e))?;
    // Best effort: a probe that cannot be removed is a dead temporary file the next run removes.
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// Creates a new temporary file beside `path` under a name no one else holds: another process with
/// the same id and count (a container's PID 1 writing into a shared folder) must not write into
/// the same file, nor a name left by one make this fail for good. Returns its name and the file
/// (open to read and write), or why it could not be created.
/// A created file's name stays published for [`remove_on_interrupt`] while the returned guard
/// lives. It is published only once created: a name that exists already is someone else's.
fn create_temp_beside(path: &Path) -> (PathBuf, std::io::Result<std::fs::File>, Option<Published>) {
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

/// A path published so that an interrupt handler can remove its file ([`remove_on_interrupt`])
/// before the process ends: Ctrl-C or SIGTERM in the middle of a checkpoint's write would otherwise
/// leave its temporary file behind until the next run, and a `train` run its output's lock file.
/// A signal handler may neither lock nor allocate, so the path lives in a fixed buffer of atomics,
/// published under a sequence number that is odd while it changes (a seqlock). One path per
/// buffer: this tool writes one file at a time, and holds at most one output lock.
struct SignalSafePath {
    bytes: [AtomicU8; SIGNAL_PATH_CAP],
    seq: AtomicU64,
    writers: Mutex<()>,
}

const SIGNAL_PATH_CAP: usize = 4096;

/// The temporary file being written now; cleared when its guard is dropped (after the rename).
static IN_FLIGHT: SignalSafePath = SignalSafePath::new();
/// The lock file of the output `train` or `distill` holds; cleared when the lock is dropped.
static HELD_LOCK: SignalSafePath = SignalSafePath::new();

/// A publication in a [`SignalSafePath`], withdrawn when dropped.
struct Published(&'static SignalSafePath, u64);

impl SignalSafePath {
    const fn new() -> Self {
        SignalSafePath {
            bytes: [const { AtomicU8::new(0) }; SIGNAL_PATH_CAP],
            seq: AtomicU64::new(0),
            writers: Mutex::new(()),
        }
    }

    fn publish(&'static self, path: &Path) -> Published {
        let _w = self.writers.lock().unwrap_or_else(|e| e.into_inner());
        #[cfg(unix)]
        let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str());
        #[cfg(not(unix))]
        let bytes: &[u8] = {
            let _ = path;
            &[]
        };
        // A path too long for the buffer (or holding a NUL) is not published: best effort.
        let n = if bytes.len() < SIGNAL_PATH_CAP && !bytes.contains(&0) {
            bytes.len()
        } else {
            0
        };
        self.seq.fetch_add(1, Ordering::SeqCst);
        // The odd number is seen before any byte it guards (the reader's fence pairs with this).
        std::sync::atomic::fence(Ordering::Release);
        for (slot, &b) in self.bytes.iter().zip(&bytes[..n]) {
            slot.store(b, Ordering::Relaxed);
        }
        self.bytes[n].store(0, Ordering::Relaxed);
        Published(self, self.seq.fetch_add(1, Ordering::SeqCst) + 1)
    }

    /// Removes the published file, if any. Async-signal-safe: only atomic loads, a buffer on the
    /// stack and unlink(2).
    fn unlink(&self) {
        #[cfg(unix)]
        {
            extern "C" {
                fn unlink(path: *const std::ffi::c_char) -> i32;
            }
            let seq = self.seq.load(Ordering::SeqCst);
            if seq % 2 == 1 {
                return; // being changed: the handler may have interrupted the publication itself
            }
            let mut buf = [0u8; SIGNAL_PATH_CAP];
            for (b, slot) in buf.iter_mut().zip(&self.bytes) {
                *b = slot.load(Ordering::Relaxed);
                if *b == 0 {
                    break;
                }
            }
            buf[SIGNAL_PATH_CAP - 1] = 0;
            std::sync::atomic::fence(Ordering::Acquire);
            if buf[0] == 0 || self.seq.load(Ordering::SeqCst) != seq {
                return;
            }
            // SAFETY: buf is NUL-terminated (its last byte was just set to 0, whatever was read);
            // unlink only reads it. The unchanged sequence number rules out a torn read, so the
            // path is the one published, not a mix of two.
            unsafe {
                unlink(buf.as_ptr().cast());
            }
        }
    }
}

impl Drop for Published {
    fn drop(&mut self) {
        let Published(buffer, seq) = *self;
        let _w = buffer.writers.lock().unwrap_or_else(|e| e.into_inner());
        // Only this guard's own publication: a later one is another write's.
        if buffer.seq.load(Ordering::SeqCst) == seq {
            buffer.seq.fetch_add(1, Ordering::SeqCst);
            std::sync::atomic::fence(Ordering::Release);
            buffer.bytes[0].store(0, Ordering::Relaxed);
            buffer.seq.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Removes the temporary file being written now and the output lock held, if any (see
/// `SignalSafePath`). Async-signal-safe, for a SIGINT, SIGTERM or SIGHUP handler, and for an exit
/// that skips destructors.
pub fn remove_on_interrupt() {
    IN_FLIGHT.unlink();
    HELD_LOCK.unlink();
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

/// The signal to end the process with, if this write to `path` is the one `DISTIL_KILL_IN_WRITE`
/// names (see the module's note).
fn kill_point_reached(path: &Path) -> Option<i32> {
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let spec = std::env::var("DISTIL_KILL_IN_WRITE").ok()?;
    let mut parts = spec.split(':');
    let (name, k) = (parts.next()?, parts.next()?);
    let signal = match parts.next() {
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
        extern "C" {
            fn raise(sig: i32) -> i32;
        }
        // SAFETY: raise(3) from the C library std already links.
        unsafe {
            raise(signal);
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
        let removed = remove_stale_temps(dir.path(), None);
        assert_eq!(dead.exists(), !cfg!(target_os = "linux"));
        assert_eq!(removed, usize::from(cfg!(target_os = "linux")));
        assert!(own.exists() && other.exists());
    }

    /// An output named by a symbolic link is refused, before the work (the writability check) as
    /// at the write, and neither the link nor the file it names changes: replacing the link cut it
    /// loose, and writing through it let a run folder's link overwrite the run's own inputs.
    /// Devices and FIFOs are refused too; lock files are used only when empty and regular.
    #[cfg(unix)]
    #[test]
    fn outputs_named_by_links_are_refused_and_left_alone() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("input"), b"data").unwrap();
        symlink("input", d.join("link")).unwrap();
        symlink("missing", d.join("dangling")).unwrap();
        symlink("loop", d.join("loop")).unwrap();
        for link in ["link", "dangling", "loop"] {
            for e in [
                require_writable_folder_of(&d.join(link)).unwrap_err(),
                write_atomic(&d.join(link), b"x").unwrap_err(),
            ] {
                let e = e.to_string();
                assert!(e.contains("found a symbolic link to"), "{e}");
            }
            assert!(d
                .join(link)
                .symlink_metadata()
                .unwrap()
                .file_type()
                .is_symlink());
        }
        assert_eq!(std::fs::read(d.join("input")).unwrap(), b"data");
        assert!(!d.join("missing").exists());
        let e = refuse_non_files_at(d, ["input", "link"], "a file of the run").unwrap_err();
        assert!(
            e.to_string().contains("link: expected a file of the run"),
            "{e}"
        );

        // Lock files: someone's non-empty file or link under a lock's name is not taken over.
        std::fs::write(d.join(".notes.lock"), b"mine").unwrap();
        let e = lock_output(&d.join("notes")).err().unwrap().to_string();
        assert!(e.contains("found a file of 4 bytes"), "{e}");
        symlink("elsewhere", d.join(".x.lock")).unwrap();
        let e = lock_output(&d.join("x")).err().unwrap().to_string();
        assert!(e.contains("found a symbolic link"), "{e}");
        assert!(!d.join("elsewhere").exists());
    }

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
