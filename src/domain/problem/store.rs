//! Problems between sigap and the disk.

use std::error::Error;
use std::io;
use std::path::PathBuf;

use super::parse::ParseHint;
use super::target::TargetProblem;
use crate::domain::Timestamp;

/// What can go wrong between sigap and the disk, in terms a facilitator can act on.
#[derive(Debug)]
pub enum StoreError {
    Io {
        path: PathBuf,
        action: IoAction,
        source: io::Error,
    },
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        hint: ParseHint,
    },
    Newer {
        path: PathBuf,
        version: u32,
    },
    Encode {
        path: PathBuf,
        message: String,
    },
    ReadOnly {
        path: PathBuf,
        reason: ReadOnly,
    },
    Exists {
        path: PathBuf,
    },
    /// A target left as it was.
    Target {
        path: PathBuf,
        problem: TargetProblem,
    },
    /// A file git's line merge left conflict markers in.
    ConflictMarkers {
        path: PathBuf,
        line: usize,
    },
    ChangedOnDisk {
        path: PathBuf,
        change: DiskChange,
    },
    UnknownTemplate {
        name: String,
        dir: PathBuf,
        known: String,
    },
}

impl Error for StoreError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What sigap was doing with a file when the disk refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IoAction {
    Reading,
    Writing,
    Saving,
    Locking,
    CheckingBeforeSaving,
    CreatingTheFolder,
    SettingAside,
}

/// Trouble with the storage itself rather than with a file: it goes away
/// when the disk has room again, the folder is back or may be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    DiskFull,
    ReadOnlyFolder,
    PermissionDenied,
    FolderGone,
}

/// Why a session cannot be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    Locked,
    /// The path is a symbolic link: a save would replace the link by a copy.
    Link(PathBuf),
}

impl Error for ReadOnly {}

/// Why a session file changed on disk cannot be merged with the open one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskChange {
    Unreadable(String),
    OtherSession(String),
}

impl Error for DiskChange {}

/// How much a merge brought in: notes new or changed, marks changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Brought {
    pub notes: usize,
    pub marks: usize,
    pub conflicts: usize,
    /// Marks changed both here and on disk: this one's kept, the one from
    /// disk kept in a note.
    pub marks_replaced: usize,
}

/// Who holds a session's lock, as the holder wrote it into the side file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Holder {
    pub version: u32,
    pub user: String,
    pub host: String,
    pub pid: u32,
    pub since: Timestamp,
}
