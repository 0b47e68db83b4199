//! Why a session could not be created, or a subcommand do its work.

use std::error::Error;
use std::io;
use std::path::PathBuf;

use super::import::ImportError;
use super::store::StoreError;
use super::timetable::TimetableError;
use crate::domain::merge::MergeError;

/// Why a session could not be created; nothing was written.
#[derive(Debug)]
pub enum CreateError {
    Store(StoreError),
    Roster { path: PathBuf, source: ImportError },
    NoRoster { path: PathBuf, dir: PathBuf },
    NoTitle,
    NoWorkshop,
}

impl Error for CreateError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            CreateError::Store(e) => e.source(),
            CreateError::Roster { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<StoreError> for CreateError {
    fn from(e: StoreError) -> Self {
        CreateError::Store(e)
    }
}

/// Where the name of the sessions folder came from, so that a mistyped one
/// can be found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderSource {
    /// `--dir`.
    Flag,
    /// `SIGAP_DIR`.
    Variable,
    /// `sessions_dir` in the settings file.
    Settings,
    /// `./sessions`, for want of any other.
    Default,
}

/// The kind of file a refused write would have replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    Template,
    Roster,
}

/// Why a subcommand could not do its work.
#[derive(Debug)]
pub enum CommandError {
    Store(StoreError),
    Create(CreateError),
    NoFile {
        path: PathBuf,
    },
    Roster {
        path: PathBuf,
        source: ImportError,
    },
    /// `template import`: the timetable gave no template.
    Timetable {
        path: PathBuf,
        source: TimetableError,
    },
    Output(io::Error),
    Merge(MergeError),
    /// The sessions folder does not exist, or is a file.
    NoFolder {
        path: PathBuf,
        named_by: FolderSource,
        is_file: bool,
    },
    /// `report`: no workshop has that name; the workshops there are.
    NoWorkshop {
        wanted: String,
        known: Vec<String>,
    },
    /// `report`: the name matches these workshops, more than one.
    SeveralWorkshops {
        wanted: String,
        matching: Vec<String>,
    },
    /// A file that exists was left alone: no `--force`.
    Exists {
        path: PathBuf,
        kind: Kept,
    },
    /// `template save`: the session has no agenda to keep.
    NoItems {
        path: PathBuf,
    },
    /// Files that could not be read, each already named.
    Unreadable {
        count: usize,
    },
    NotInGit {
        path: PathBuf,
    },
    Git {
        message: String,
    },
    /// Where this program is cannot be known, so git could not run it.
    NoProgramPath,
    /// `search`: the words given fold to nothing at all.
    NothingToFind,
    /// A workbook or Word file asked for on a terminal, which it would garble.
    BinaryToTerminal {
        extension: &'static str,
    },
    /// `details`: another sigap holds the session; nothing was written.
    Held {
        path: PathBuf,
        holder: Option<super::store::Holder>,
    },
    /// `details`: a value holding control characters or direction marks.
    ControlChars {
        field: crate::domain::DetailField,
    },
}

impl Error for CommandError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            CommandError::Store(e) => e.source(),
            CommandError::Create(e) => e.source(),
            CommandError::Merge(e) => e.source(),
            CommandError::Roster { source, .. } => Some(source),
            CommandError::Timetable { source, .. } => Some(source),
            CommandError::Output(e) => Some(e),
            _ => None,
        }
    }
}

impl From<StoreError> for CommandError {
    fn from(e: StoreError) -> Self {
        CommandError::Store(e)
    }
}

impl From<CreateError> for CommandError {
    fn from(e: CreateError) -> Self {
        CommandError::Create(e)
    }
}

impl From<io::Error> for CommandError {
    fn from(e: io::Error) -> Self {
        CommandError::Output(e)
    }
}

impl From<MergeError> for CommandError {
    fn from(e: MergeError) -> Self {
        CommandError::Merge(e)
    }
}
