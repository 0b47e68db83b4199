//! What the runner reports back to the app: what it read, wrote or failed
//! to, and the passing of time.

use std::path::PathBuf;

use super::command::Gesture;
use super::effect::OpenMode;
use crate::domain::{NoteId, Session};
use crate::store::SessionSummary;

/// One report from the runner, for the app's update.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// The clock moved on: redraw the timer, autosave a draft, retry a failed save.
    Tick,
    /// The session list was read from disk.
    ListLoaded(HomeData),
    /// A first reading of the sessions folder has read `done` of `total`
    /// files.
    ListProgress { done: usize, total: usize },
    /// A session was opened from disk.
    Opened(Box<OpenedSession>),
    /// Opening or creating a session failed.
    OpenFailed(String),
    /// The sessions of a workshop were read for its report.
    ReportLoaded(Box<ReportData>),
    /// The session was saved.
    Saved,
    /// Saving failed; the changes are kept in memory.
    SaveFailed(String),
    /// The file had changed on disk: the save merged it in and wrote the merge.
    MergedFromDisk(Box<FromDisk>),
    /// About a copy of unsaved work newer than the open file.
    Copy(CopyNews),
    /// The exports were written to these files.
    Exported(Vec<PathBuf>),
    /// Writing an export failed; why.
    ExportFailed(String),
    /// The session open read-only because another sigap held it is now
    /// this one's to write: the file as read again once the lock was taken.
    NowWriter(Box<Session>),
    /// The followed session changed on disk and was read again.
    Reloaded(Box<Session>),
    /// The followed session could not be read again; why.
    ReloadFailed(String),
    /// The system asked sigap to stop (SIGTERM, SIGHUP).
    Shutdown,
}

/// What the app's update takes: what the person did, or what the runner reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Update {
    Gesture(Gesture),
    Message(Message),
}

impl From<Gesture> for Update {
    fn from(gesture: Gesture) -> Self {
        Update::Gesture(gesture)
    }
}

impl From<super::command::Command> for Update {
    fn from(command: super::command::Command) -> Self {
        Update::Gesture(Gesture::Command(command))
    }
}

impl From<Message> for Update {
    fn from(message: Message) -> Self {
        Update::Message(message)
    }
}

/// A save that found the file changed on disk and merged it in.
#[derive(Clone, Debug, PartialEq)]
pub struct FromDisk {
    /// The snapshot the app handed over.
    pub snapshot: Session,
    /// What was written: the snapshot merged with the file on disk.
    pub merged: Session,
    pub brought: crate::store::Brought,
}

/// About an emergency copy of the open session, newer than its file.
#[derive(Clone, Debug, PartialEq)]
pub enum CopyNews {
    /// Found on opening, with what it has that the file has not.
    /// `old_name`: named without its file's path, so perhaps from another folder.
    Found { path: PathBuf, brought: crate::store::Brought, old_name: bool },
    /// Merged into the open session (not saved yet).
    Merged(Box<FromDisk>),
    /// Moved out of the way, to this path.
    SetAside(PathBuf),
}

/// What the runner reads from disk for the home screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HomeData {
    pub rows: Vec<HomeRow>,
    /// Titles and notes of every readable session, for searching.
    pub corpus: crate::search::Corpus,
    pub templates: Vec<String>,
    pub rosters: Vec<String>,
    pub last_template: Option<String>,
    pub last_roster: Option<String>,
    /// The sessions folder, when it does not exist yet (a first run).
    pub missing_folder: Option<PathBuf>,
}

/// A line of the home list: a session, or a file that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct HomeRow {
    pub path: PathBuf,
    pub summary: Result<SessionSummary, String>,
}

/// A session fresh from disk, and why it may only be read, if so.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedSession {
    pub path: PathBuf,
    pub session: Session,
    pub read_only: Option<String>,
    pub notice: Option<String>,
    pub mode: OpenMode,
    /// A note to show first (opened from a search hit).
    pub note: Option<NoteId>,
}

impl OpenedSession {
    /// A session opened to run, writable, at no particular note.
    pub fn to_run(path: PathBuf, session: Session) -> Self {
        OpenedSession { path, session, read_only: None, notice: None, mode: OpenMode::Run, note: None }
    }
}

/// The readable sessions of one workshop, for its report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportData {
    pub workshop: String,
    pub sessions: Vec<Session>,
    /// Files of the folder that could not be read, with why.
    pub skipped: Vec<String>,
}
