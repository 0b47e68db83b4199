//! What is already at the place a command writes to. No command writes over
//! a session file, a file another sigap holds, a folder, a device or a link,
//! or a file of another kind than its own.

use std::fs;
use std::io;
use std::path::Path;

use super::{StoreError, format, lock};
pub use crate::domain::problem::{FileKind, NodeKind, TargetProblem};
use crate::domain::{RosterFile, Session, Template};
use crate::store::IoAction;

impl FileKind {
    /// An export (or any other file that is not sigap's RON) at `path`.
    pub fn export_at(path: &Path) -> FileKind {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
        FileKind::Other { extension }
    }
}

/// The node at `path`, refused unless it is a regular file or nothing yet.
/// Checked by the atomic writer, so that every writer gets it.
pub fn regular_or_new(path: &Path) -> Result<(), TargetProblem> {
    let Ok(meta) = fs::symlink_metadata(path) else { return Ok(()) };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_symlink() {
        return Err(TargetProblem::Link { to: fs::read_link(path).unwrap_or_default() });
    }
    Err(TargetProblem::NotRegular { node: node_kind(&kind) })
}

fn node_kind(kind: &fs::FileType) -> NodeKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_block_device() || kind.is_char_device() {
            return NodeKind::Device;
        }
        if kind.is_fifo() {
            return NodeKind::Pipe;
        }
        if kind.is_socket() {
            return NodeKind::Socket;
        }
    }
    if kind.is_dir() { NodeKind::Folder } else { NodeKind::Unknown }
}

/// May a file of kind `writing` go to `path`? A new path may; an existing
/// file only when it is a regular file of the same kind that no other sigap
/// holds, and `replace` is given ([`StoreError::Exists`] otherwise).
pub fn check(path: &Path, writing: &FileKind, replace: bool) -> Result<(), StoreError> {
    let refuse = |problem| StoreError::Target { path: path.to_path_buf(), problem };
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(path, IoAction::Reading)(e)),
        Ok(_) => {}
    }
    regular_or_new(path).map_err(refuse)?;
    if held(path) {
        return Err(refuse(TargetProblem::Held));
    }
    let found = kind_of(path);
    if found == FileKind::Session || found != *writing {
        return Err(refuse(TargetProblem::OtherKind { found }));
    }
    if !replace {
        return Err(StoreError::Exists { path: path.to_path_buf() });
    }
    Ok(())
}

/// The extensions of the formats sigap exports.
const EXPORT_EXTENSIONS: [&str; 8] = ["md", "csv", "json", "html", "htm", "txt", "xlsx", "docx"];

/// May an export with the file extension `format` go to `path`? Besides
/// [`check`], a file of another export format is left alone (CSV over a
/// `.md` file); a file named otherwise is taken for an earlier export.
pub fn check_export(path: &Path, format: &str) -> Result<(), StoreError> {
    check(path, &FileKind::export_at(path), true)?;
    // A text export replaces text; a workbook or Word file replaces only a
    // document sigap marked as its own. Anything else (an organiser's own
    // workbook, a PDF) was never one of ours, whatever its name.
    if path.is_file() && !replaceable(&fs::read(path).unwrap_or_default(), format) {
        let found = FileKind::export_at(path);
        return Err(StoreError::Target {
            path: path.to_path_buf(),
            problem: TargetProblem::OtherKind { found },
        });
    }
    match kind_of_if_there(path) {
        Some(FileKind::Other { extension })
            if extension != format && EXPORT_EXTENSIONS.contains(&extension.as_str()) =>
        {
            let found = FileKind::Other { extension };
            Err(StoreError::Target { path: path.to_path_buf(), problem: TargetProblem::OtherKind { found } })
        }
        _ => Ok(()),
    }
}

/// A participant list in CSV, as offices keep them; the attendance sheet
/// sigap exports (`no,id,name,gender,…`) is one too for the importer, but
/// writing a newer sheet over it loses nothing.
fn is_roster_csv(bytes: &[u8]) -> bool {
    let head = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or_default();
    let sheet = String::from_utf8_lossy(first_line).to_lowercase().starts_with("no,id,name,gender,");
    !sheet && crate::import::roster_from_csv(bytes).is_ok()
}

/// What an export in `format` may write over: text for a text export, a
/// document sigap wrote for a workbook or Word file (a text file named
/// `notes` is no earlier workbook of ours).
fn replaceable(bytes: &[u8], format: &str) -> bool {
    match format {
        "xlsx" | "docx" => super::document_mark::is_sigaps_document(bytes),
        _ => is_text(bytes),
    }
}

/// Text as sigap writes it: UTF-8 without NUL bytes.
fn is_text(bytes: &[u8]) -> bool {
    !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok()
}

fn kind_of_if_there(path: &Path) -> Option<FileKind> {
    path.is_file().then(|| kind_of(path))
}

/// Whether another process holds the lock of `path` (its side file is
/// never created here).
pub fn held(path: &Path) -> bool {
    let side = lock::lock_path(path);
    side.exists() && matches!(super::FileSystem::try_lock(&super::OsFileSystem, &side), Ok(None))
}

/// What the regular file at `path` holds: sigap's RON is read to know
/// which, whatever its name; a CSV a roster can be imported from is a
/// roster (an attendance sheet sigap wrote is not); anything else goes by
/// its extension.
pub fn kind_of(path: &Path) -> FileKind {
    let bytes = fs::read(path).unwrap_or_default();
    if FileKind::export_at(path) == (FileKind::Other { extension: "csv".into() }) && is_roster_csv(&bytes) {
        return FileKind::Roster;
    }
    let text = String::from_utf8(bytes).unwrap_or_default();
    if text.trim_start().starts_with('(') {
        if format::decode::<Session>(path, &text).is_ok() {
            return FileKind::Session;
        }
        if format::decode::<RosterFile>(path, &text).is_ok() {
            return FileKind::Roster;
        }
        if format::decode::<Template>(path, &text).is_ok() {
            return FileKind::Template;
        }
    }
    FileKind::export_at(path)
}
