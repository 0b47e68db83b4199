//! What is already at the place a command writes to, when it must stay.

use std::path::PathBuf;

/// The kind of file found at a target, or written there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    Session,
    Roster,
    Template,
    /// Anything else, known by its extension (lower case, may be empty):
    /// an export is of the same kind as another of the same format.
    Other {
        extension: String,
    },
}

/// What a target is when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Folder,
    Device,
    Pipe,
    Socket,
    Unknown,
}

/// Why a target was left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetProblem {
    /// A file of another kind than the one being written.
    OtherKind { found: FileKind },
    /// Another sigap holds its lock.
    Held,
    /// A folder, a device node, a pipe or a socket.
    NotRegular { node: NodeKind },
    /// A symbolic link: writing would replace the link by a copy.
    Link { to: PathBuf },
}

impl std::error::Error for TargetProblem {}
