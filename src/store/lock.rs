//! One writer per session file, by an OS advisory lock.
//!
//! The lock is taken on a hidden side file (`.NAME.ron.lock`), not on the
//! session file itself: every save renames a new file over the session, and a
//! lock on the old file would be left behind on a file no longer there.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Held while this process may write the session; released on drop.
#[derive(Debug)]
pub struct SessionLock {
    _file: File,
}

/// The side file that carries the lock for `path`.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("session");
    path.with_file_name(format!(".{name}.lock"))
}

/// Try to become the one writer of `path`. `Ok(None)` when another process
/// holds the lock.
pub fn try_lock(path: &Path) -> io::Result<Option<SessionLock>> {
    let file = OpenOptions::new().create(true).truncate(false).write(true).open(lock_path(path))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(SessionLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(e),
    }
}
