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

/// The folders an outer lock may go in, in order: `$SIGAP_STATE_DIR/locks`,
/// the user's runtime folder, the state folder, the system's temporary
/// folder. The first that exists or can be made is used; every sigap of
/// the same user walks them alike.
pub fn locks_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os(STATE_DIR_VAR).filter(|d| !d.is_empty()) {
        dirs.push(PathBuf::from(dir).join("locks"));
    }
    if let Some(d) = directories::ProjectDirs::from("", "", "sigap") {
        dirs.extend(d.runtime_dir().map(|p| p.join("locks")));
        dirs.extend(d.state_dir().map(|p| p.join("locks")));
    }
    dirs.push(std::env::temp_dir().join("sigap-locks"));
    dirs.dedup();
    dirs
}

/// The name of the outer lock file of the session at `path` (which need
/// not exist yet, but its folder must).
fn lock_name(path: &Path) -> Option<String> {
    let name = path.file_name()?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let canonical = fs::canonicalize(folder).ok()?.join(name);
    let key = fnv1a(canonical.as_os_str().as_encoded_bytes());
    Some(format!("{key:016x}-{}.lock", name.to_string_lossy()))
}

/// The outer lock file of the session at `path`, in the first folder of
/// [`locks_dirs`] that is there.
pub fn lock_file(path: &Path) -> Option<PathBuf> {
    let name = lock_name(path)?;
    locks_dirs().into_iter().find(|d| d.is_dir()).map(|d| d.join(name))
}

/// A hash that every build of sigap computes alike.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// What taking the outer lock came to.
#[derive(Debug)]
pub enum Taken {
    Held(OuterLock),
    /// Another process holds it.
    ByOther,
    /// No folder for it could be made: only the side file keeps a second
    /// writer out.
    Nowhere,
}

/// Take the outer lock of `path`, in the first folder for locks that can be made.
pub fn try_lock(fs: &dyn FileSystem, path: &Path) -> io::Result<Taken> {
    let name = lock_name(path).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
    let Some(lock) = locks_dirs().into_iter().find(|d| fs::create_dir_all(d).is_ok()).map(|d| d.join(name))
    else {
        return Ok(Taken::Nowhere);
    };
    // A holder letting go removes the file; a file locked just as it went
    // is no lock at all, so lock again the one now at the path.
    for _ in 0..8 {
        let Some(file) = fs.try_lock(&lock)? else { return Ok(Taken::ByOther) };
        if still_there(&lock, &file) {
            return Ok(Taken::Held(OuterLock { file, path: lock }));
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
