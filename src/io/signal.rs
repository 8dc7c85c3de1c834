//! What an interrupt handler removes before the process ends: the temporary file being written
//! and the output lock held, published where a signal handler can read them.

use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::Mutex;

/// A path published so that an interrupt handler can remove its file ([`remove_on_interrupt`])
/// before the process ends: Ctrl-C or SIGTERM in the middle of a checkpoint's write would otherwise
/// leave its temporary file behind until the next run, and a `train` run its output's lock file.
/// A signal handler may neither lock nor allocate, so the path lives in a fixed buffer of atomics,
/// published under a sequence number that is odd while it changes (a seqlock). One path per
/// buffer: this tool writes one file at a time, and holds at most one output lock.
pub(super) struct SignalSafePath {
    bytes: [AtomicU8; SIGNAL_PATH_CAP],
    seq: AtomicU64,
    writers: Mutex<()>,
}

const SIGNAL_PATH_CAP: usize = 4096;

/// The temporary file being written now; cleared when its guard is dropped (after the rename).
pub(super) static IN_FLIGHT: SignalSafePath = SignalSafePath::new();
/// The lock file of the output `train` or `distill` holds; cleared when the lock is dropped.
pub(super) static HELD_LOCK: SignalSafePath = SignalSafePath::new();

/// A publication in a [`SignalSafePath`], withdrawn when dropped.
pub(super) struct Published(&'static SignalSafePath, u64);

impl SignalSafePath {
    const fn new() -> Self {
        SignalSafePath {
            bytes: [const { AtomicU8::new(0) }; SIGNAL_PATH_CAP],
            seq: AtomicU64::new(0),
            writers: Mutex::new(()),
        }
    }

    pub(super) fn publish(&'static self, path: &Path) -> Published {
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
                libc::unlink(buf.as_ptr().cast());
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
/// `SignalSafePath`). Async-signal-safe, for a SIGINT, SIGTERM, SIGHUP or SIGPIPE handler, and for
/// an exit that skips destructors.
pub fn remove_on_interrupt() {
    IN_FLIGHT.unlink();
    HELD_LOCK.unlink();
}
