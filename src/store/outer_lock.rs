//! The lock that keeps a second writer out, kept outside the sessions
//! folder so that nothing done to that folder (a `git clean`, a tidy-up, a
//! sync tool) can delete it: one file per session in the user's runtime or
//! state folder, named after a hash of the session's canonical path.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use super::emergency::STATE_DIR_VAR;
use super::filesystem::FileSystem;

/// Held while this process writes the session; its file is removed on drop.
#[derive(Debug)]
pub struct OuterLock {
    file: File,
    path: PathBuf,
}

impl OuterLock {
    pub fn file(&self) -> &File {
        &self.file
    }
}

impl Drop for OuterLock {
    fn drop(&mut self) {
        // Removed while still held: a process that opened the old file
        // before this finds it no longer at the path and tries again.
        let _ = fs::remove_file(&self.path);
    }
}

/// The folder of outer locks: `$SIGAP_STATE_DIR/locks`, else the user's
/// runtime folder, else the state folder, else the system's temporary folder.
pub fn locks_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(STATE_DIR_VAR).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("locks");
    }
    let dirs = directories::ProjectDirs::from("", "", "sigap");
    dirs.as_ref()
        .and_then(|d| d.runtime_dir().or_else(|| d.state_dir()).map(|p| p.join("locks")))
        .unwrap_or_else(|| std::env::temp_dir().join("sigap-locks"))
}

/// The outer lock file of the session at `path` (which need not exist yet,
/// but its folder must).
pub fn lock_file(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let canonical = fs::canonicalize(folder).ok()?.join(name);
    let key = fnv1a(canonical.as_os_str().as_encoded_bytes());
    Some(locks_dir().join(format!("{key:016x}-{}.lock", name.to_string_lossy())))
}

/// A hash that every build of sigap computes alike.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Take the outer lock of `path`; `None` when another process holds it.
pub fn try_lock(fs: &dyn FileSystem, path: &Path) -> io::Result<Option<OuterLock>> {
    let lock = lock_file(path).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
    if let Some(dir) = lock.parent() {
        fs::create_dir_all(dir)?;
    }
    // A holder letting go removes the file; a file locked just as it went
    // is no lock at all, so lock again the one now at the path.
    for _ in 0..8 {
        let Some(file) = fs.try_lock(&lock)? else { return Ok(None) };
        if still_there(&lock, &file) {
            return Ok(Some(OuterLock { file, path: lock }));
        }
    }
    Err(io::Error::other("the session's lock kept being replaced"))
}

/// Whether `path` is still the file `file` has open.
pub(crate) fn still_there(path: &Path, file: &File) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::metadata(path), file.metadata()) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}
