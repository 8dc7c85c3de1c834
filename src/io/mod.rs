//! Files this tool writes, and what goes with writing them safely:
//! - `atomic`: a file is written whole or not at all: a temporary file beside the target,
//!   synced and renamed into place (never over or through a symbolic link, FIFO or device);
//! - `signal`: what an interrupt handler removes before the process ends (the temporary file
//!   being written, `train`'s or `distill`'s output lock);
//! - `cleanup`: the temporary files that killed runs left behind;
//! - `lock`: the locks that keep two runs out of one folder or one output (and each kind out of
//!   the other's);
//! - `paths`: the checks made on folders and files before any work starts.
//!
//! Everything public is re-exported here: callers write `io::write_atomic`, `io::lock_folder`.

mod atomic;
mod cleanup;
mod lock;
mod paths;
mod signal;

pub use atomic::{temp_path, write_atomic, write_atomic_and_keep};
pub use cleanup::{remove_stale_temps, remove_stale_temps_of, SHARED_TEMP_AGE};
pub use lock::{busy, folder_held_by_another, lock_folder, lock_output, FolderLock, OutputLock};
pub use paths::{
    create_folder, folder_in_place_of_file, folder_of, is_folder_name, name_over_limit,
    not_a_file_to_replace, not_a_regular_file, read_regular, refuse_non_files_at,
    require_folder_of, require_writable_folder_of, same_path, NAME_MAX,
};
pub use signal::remove_on_interrupt;

#[cfg(test)]
mod tests {
    use super::*;

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

        // A FIFO (a write to it would block) and a device (`/dev/null`, whose folder the writability
        // probe must not even try): refused, and left as they were.
        let fifo = d.join("fifo");
        let c_path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a NUL-terminated path that lives across the call.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
        for path in [fifo.as_path(), std::path::Path::new("/dev/null")] {
            for e in [
                require_writable_folder_of(path).unwrap_err(),
                write_atomic(path, b"x").unwrap_err(),
            ] {
                let e = e.to_string();
                assert!(e.contains("found a FIFO, socket or device"), "{e}");
            }
        }
        use std::os::unix::fs::FileTypeExt;
        assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());
        assert!(std::path::Path::new("/dev/null")
            .metadata()
            .unwrap()
            .file_type()
            .is_char_device());

        // Lock files: someone's non-empty file or link under a lock's name is not taken over.
        std::fs::write(d.join(".notes.lock"), b"mine").unwrap();
        let e = lock_output(&d.join("notes")).err().unwrap().to_string();
        assert!(e.contains("found a file of 4 bytes"), "{e}");
        symlink("elsewhere", d.join(".x.lock")).unwrap();
        let e = lock_output(&d.join("x")).err().unwrap().to_string();
        assert!(e.contains("found a symbolic link"), "{e}");
        assert!(!d.join("elsewhere").exists());
    }
}
