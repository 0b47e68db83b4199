//! Atomic, durable replacement of a file: a reader sees the old bytes or the
//! new ones, never half of each, and a power cut keeps one of the two.

use std::fs;
use std::io;
use std::path::Path;

use super::filesystem::{FileSystem, OsFileSystem};

/// Write `bytes` to `path`: a temporary file in the same folder, fsync,
/// rename over the target, fsync the folder. A target that is not a regular
/// file (a link, a device node such as `/dev/null`, a folder) is refused: a
/// rename would replace the node itself, or turn a link into a copy.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(&OsFileSystem, path, bytes)
}

/// [`write_atomic`] through the given file operations.
pub fn write_atomic_with(fs: &dyn FileSystem, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    super::target::regular_or_new(path).map_err(io::Error::other)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("session");
    let (mut file, tmp) = fs.create_temp(dir, name)?;
    let written = fs
        .write(&mut file, bytes)
        .and_then(|()| fs.copy_permissions(path, &file))
        .and_then(|()| fs.sync_file(&file));
    drop(file);
    if let Err(e) = written.and_then(|()| fs.rename(&tmp, path)) {
        // Cleaning up is not part of the seam: it runs only after a fault,
        // and a leftover `.tmp` never stands in the session's place.
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    fs.sync_dir(dir)
}
