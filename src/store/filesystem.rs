//! The narrow door every save and lock goes through, so that tests can make
//! any one of these operations fail (a full disk, a lost folder, a refused
//! rename) and check that nothing on disk is damaged.

use std::fmt;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The file operations of a save and of taking the lock, one call each.
pub trait FileSystem: Send + Sync + fmt::Debug {
    /// A new, empty file in `dir` named `.{name}.XXXXXX.tmp`, kept until renamed or removed.
    fn create_temp(&self, dir: &Path, name: &str) -> io::Result<(File, PathBuf)>;
    /// Write all of `bytes` to `file`.
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    /// Give `file` the permissions of `like`; when `like` does not exist the
    /// new file keeps those it was made with (0600 less the umask).
    fn copy_permissions(&self, like: &Path, file: &File) -> io::Result<()>;
    /// Flush `file` to the disk.
    fn sync_file(&self, file: &File) -> io::Result<()>;
    /// Put `from` in the place of `to`, in one step.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Flush the folder itself, so that a rename survives a power cut.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Open (creating it) the lock side file and try to take its advisory
    /// lock; `None` when another process holds it.
    fn try_lock(&self, lock_file: &Path) -> io::Result<Option<File>>;
    /// The bytes of a file: a session opened or read, or the same file
    /// read again before a save to see whether something else wrote it since.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }
}

/// The operating system's files, as they are.
#[derive(Clone, Copy, Debug, Default)]
pub struct OsFileSystem;

impl FileSystem for OsFileSystem {
    fn create_temp(&self, dir: &Path, name: &str) -> io::Result<(File, PathBuf)> {
        // Made 0600 less the umask: sessions, rosters and exports hold NIPs
        // and phone numbers, never more open than their owner's unless the
        // file they replace was.
        let tmp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir)?;
        tmp.keep().map_err(|e| e.error)
    }

    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn copy_permissions(&self, like: &Path, file: &File) -> io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(meta) = fs::metadata(like) {
                file.set_permissions(fs::Permissions::from_mode(meta.permissions().mode()))?;
            }
        }
        #[cfg(not(unix))]
        let _ = (like, file);
        Ok(())
    }

    fn sync_file(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }

    fn try_lock(&self, lock_file: &Path) -> io::Result<Option<File>> {
        let file = OpenOptions::new().create(true).truncate(false).read(true).write(true).open(lock_file)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(e),
        }
    }
}
