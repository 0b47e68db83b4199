//! Work for the runner: what the app's update asks to be done outside it.

use std::path::PathBuf;

use crate::domain::{NoteId, Session};

/// How a session is opened: to run (locked for writing) or to review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    Run,
    Review,
    /// The projector clock: read-only, read again as the file changes.
    Follow,
}

/// What a new session should be, as the form gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSessionSpec {
    pub workshop: String,
    pub title: String,
    pub date: chrono::NaiveDate,
    pub start: chrono::NaiveTime,
    pub template: Option<String>,
    pub roster: Option<String>,
}

/// Work for the runner: the only things that reach the disk or end the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Save the open session (and its draft) through the store.
    Save,
    /// Open a session file to run or to review, optionally at a note.
    Open { path: PathBuf, mode: OpenMode, note: Option<NoteId> },
    /// Read every session of a workshop for its report.
    LoadReport(String),
    /// Create a session file and open it.
    Create(NewSessionSpec),
    /// Read the session list again.
    LoadList,
    /// Write a session's exports for people next to the sessions; `path` is
    /// its file, whose name the exports take.
    Export { session: Box<Session>, path: PathBuf },
    /// Remember that the help has been seen, so the first-run hint stops.
    RememberHelpSeen,
    /// Merge an emergency copy into the open session, or set it aside.
    Copy { path: PathBuf, merge: bool },
    /// Leave.
    Quit,
}
