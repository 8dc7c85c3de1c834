//! The checks made on folders and files before any work goes into them: what stands where an
//! output goes, whether its folder exists and can be written, whether two paths name one file.

use std::path::Path;

use super::atomic::create_temp_beside;
use crate::error::{Error, Result};

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
pub(super) fn require_output_path(path: &Path) -> Result<()> {
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
