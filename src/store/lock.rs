//! One writer per session file, by an OS advisory lock.
//!
//! The lock is taken on a hidden side file (`.NAME.ron.lock`), not on the
//! session file itself: every save renames a new file over the session, and a
//! lock on the old file would be left behind on a file no longer there.
//!
//! The holder writes who it is into the side file, so that a second sigap
//! can say who has the session open. The words are only a courtesy: the lock
//! itself is the OS's, and it dies with the process that held it.
//!
//! The side file can be deleted under a running sigap (`git clean -fX`, a
//! tidy-up), and a second sigap would then lock a new one. So the lock that
//! counts is a second one, outside the sessions folder (see [`outer`]),
//! keyed by the session's canonical path; the side file is re-made before a
//! save when it vanished.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

pub use crate::domain::problem::Holder;

use super::filesystem::{FileSystem, OsFileSystem};
use crate::domain::FORMAT_VERSION;

use super::outer_lock as outer;

/// Held while this process may write the session; released on drop.
#[derive(Debug)]
pub struct SessionLock {
    side: Mutex<File>,
    /// `None` when no folder for it could be made: the side file alone.
    outer: Option<outer::OuterLock>,
}

impl SessionLock {
    /// Whether only the side file keeps a second writer out.
    pub fn side_file_only(&self) -> bool {
        self.outer.is_none()
    }

    /// Make the side file again when it was deleted or replaced, so that a
    /// second sigap still learns who holds the session. A courtesy only: the
    /// outer lock is what keeps a second writer out.
    pub fn keep_side_file(&self, fs: &dyn FileSystem, path: &Path) {
        let side = lock_path(path);
        let mut held = self.side.lock().unwrap_or_else(PoisonError::into_inner);
        if outer::still_there(&side, &held) {
            return;
        }
        if let Ok(Some(file)) = fs.try_lock(&side) {
            write_holder(&file);
            *held = file;
        }
    }
}

/// Say who holds the lock in a lock file; a courtesy, so failing is no error.
fn write_holder(mut file: &File) {
    if let Ok(text) = super::format::encode(&Holder::this_process()) {
        let _ = file.set_len(0).and_then(|()| file.write_all(text.as_bytes()));
    }
}

impl Holder {
    /// This process, now.
    pub fn this_process() -> Holder {
        let user = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
            .or_else(user_of_this_process)
            .unwrap_or_else(|| "?".to_string());
        let host = fs::read_to_string("/proc/sys/kernel/hostname")
            .or_else(|_| fs::read_to_string("/etc/hostname"))
            .ok()
            .or_else(|| std::env::var("HOSTNAME").ok())
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "?".to_string());
        Holder { version: FORMAT_VERSION, user, host, pid: std::process::id(), since: crate::clock::now() }
    }
}

/// The login name of this process's user, from `/etc/passwd`, for when the
/// environment does not say (a service, a bare `env -i`).
fn user_of_this_process() -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = fs::metadata("/proc/self").ok()?.uid().to_string();
        let passwd = fs::read_to_string("/etc/passwd").ok()?;
        passwd
            .lines()
            .map(|l| l.split(':').collect::<Vec<_>>())
            .find_map(|f| (f.len() > 2 && f[2] == uid).then(|| f[0].to_string()))
    }
    #[cfg(not(unix))]
    None
}

/// The side file that carries the lock for `path`.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("session");
    path.with_file_name(format!(".{name}.lock"))
}

/// Try to become the one writer of `path`. `Ok(None)` when another process
/// holds the lock.
pub fn try_lock(path: &Path) -> io::Result<Option<SessionLock>> {
    try_lock_with(&OsFileSystem, path)
}

/// [`try_lock`] through the given file operations; on success this process
/// is written into the side file as the holder.
pub fn try_lock_with(fs: &dyn FileSystem, path: &Path) -> io::Result<Option<SessionLock>> {
    let Some(side) = fs.try_lock(&lock_path(path))? else {
        return Ok(None);
    };
    // The side file may be new because the holder's was deleted: only the
    // outer lock says whether someone else writes this session.
    let outer = match outer::try_lock(fs, path)? {
        outer::Taken::Held(outer) => Some(outer),
        outer::Taken::ByOther => return Ok(None),
        // Opening must still work; the side file is the lock then.
        outer::Taken::Nowhere => None,
    };
    write_holder(&side);
    if let Some(outer) = &outer {
        write_holder(outer.file());
    }
    Ok(Some(SessionLock { side: Mutex::new(side), outer }))
}

/// Who holds the lock of `path`, as the side file (or, when it was
/// deleted, the outer lock file) says.
pub fn holder(path: &Path) -> Option<Holder> {
    let read = |lock: PathBuf| -> Option<Holder> {
        let text = fs::read_to_string(&lock).ok()?;
        super::format::decode(&lock, &text).ok()
    };
    read(lock_path(path)).or_else(|| read(outer::lock_file(path)?))
}
