//! Why a session could not be created, or a subcommand do its work.

use std::error::Error;
use std::io;
use std::path::PathBuf;

use super::import::ImportError;
use super::store::StoreError;
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
    Output(io::Error),
    Merge(MergeError),
    NoFolder {
        path: PathBuf,
    },
    NotInGit {
        path: PathBuf,
    },
    Git {
        message: String,
    },
    /// Where this program is cannot be known, so git could not run it.
    NoProgramPath,
}

impl Error for CommandError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            CommandError::Store(e) => e.source(),
            CommandError::Create(e) => e.source(),
            CommandError::Merge(e) => e.source(),
            CommandError::Roster { source, .. } => Some(source),
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
