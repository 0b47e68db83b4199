//! Every intent a facilitator can express, and what the runner must do next.

use std::path::PathBuf;

use ratatui_textarea::Input;

use crate::domain::{NoteId, Session, Status};
use crate::store::SessionSummary;

/// The panes of the run view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Agenda,
    Attendance,
    Notes,
}

/// One intent, named for what the person wants, not for the key they pressed.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The clock moved on: redraw the timer, autosave a draft, retry a failed save.
    Tick,
    /// Leave sigap; everything is already saved.
    Quit,
    /// Show or hide the keys of the current view.
    ToggleHelp,
    /// Close what is open on top (a prompt, a filter, a preview), or go back.
    Cancel,
    /// Accept: open the selected session, confirm a prompt, keep a filter.
    Confirm,
    /// Answer no to a question (where no is not the same as cancel).
    Decline,
    /// Move the cursor up in the focused list.
    Up,
    /// Move the cursor down in the focused list.
    Down,
    /// Move the cursor a page up.
    PageUp,
    /// Move the cursor a page down.
    PageDown,
    /// Start filtering the focused list as you type.
    StartFilter,
    /// Open the form for a new session.
    NewSession,
    /// Move to the next field of a form or prompt.
    NextField,
    /// Move to the previous field of a form.
    PreviousField,
    /// Choose the next option of a choice field.
    NextChoice,
    /// Choose the previous option of a choice field.
    PreviousChoice,
    /// Start or pause the current agenda item (the first start starts the session).
    ToggleTimer,
    /// Finish the current item and start the next.
    NextItem,
    /// Go back one agenda item.
    PreviousItem,
    /// Give the current item 5 more minutes.
    ExtendItem,
    /// Take 5 minutes from the current item.
    ShortenItem,
    /// Skip the agenda item under the cursor.
    SkipItem,
    /// Preview shrinking the remaining flexible items so the session ends on time.
    Rebalance,
    /// Focus a pane of the run view.
    Focus(Pane),
    /// Focus the next pane of the run view.
    NextPane,
    /// Mark the participant under the cursor and move to the next.
    Mark(Status),
    /// Mark everyone still unmarked as absent (asks first).
    MarkRestAbsent,
    /// Add a participant who walked in.
    AddWalkIn,
    /// Write why the participant under the cursor is late, excused, sick or absent.
    EditReason,
    /// Type the arrival (or, for left early, the departure) time of the
    /// participant just marked or under the cursor.
    EditTime,
    /// Show only the participants still unmarked, or everyone.
    ToggleUnmarked,
    /// Open the note editor (restoring a draft if there is one).
    NewNote,
    /// Edit the note under the cursor.
    EditNote,
    /// Delete the note under the cursor.
    DeleteNote,
    /// Mark the action under the cursor done, or open again.
    ToggleActionDone,
    /// Cycle the kind of the note being written.
    CycleNoteKind,
    /// Save the note being written.
    SaveNote,
    /// Start a new line in the note.
    InsertNewline,
    /// Close the editor, keeping the text as a draft.
    CloseEditor,
    /// Move between the note's text, owner and due date.
    NextEditorField,
    /// Open the attendance report of the selected session's workshop.
    OpenReport,
    /// Open the reviewed session for editing in the run view.
    EditSession,
    /// Review the next session of the same workshop.
    NextSession,
    /// Review the previous session of the same workshop.
    PreviousSession,
    /// Group the review's notes by agenda item or by kind.
    ToggleGrouping,
    /// Show only the participants below the certificate threshold, or everyone.
    ToggleAtRisk,
    /// Raise the certificate threshold by 5 percentage points.
    RaiseThreshold,
    /// Lower the certificate threshold by 5 percentage points.
    LowerThreshold,
    /// Write the minutes, the sheet to sign and the spreadsheet of this session to `exports/`.
    Export,
    /// Show or hide the full-screen clock for the room's projector.
    ToggleClock,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// A left click at a cell, with the screen's size to find what is drawn there.
    Click { column: u16, row: u16, width: u16, height: u16 },
    /// A key typed into the editor, a filter or a form field.
    Input(Input),
    /// Text pasted from the clipboard.
    Paste(String),
    /// A character key pressed in the run view, and what the key table makes
    /// of it there: kept together so that a burst of typing can be told from
    /// a roll call before it changes a record.
    Typed { key: char, then: Option<Box<Action>> },
    /// The session list was read from disk.
    ListLoaded(HomeData),
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
}

impl Action {
    /// How many lines a movement action moves, if it is one.
    pub fn scroll_step(&self) -> Option<i32> {
        match self {
            Action::Up => Some(-1),
            Action::Down => Some(1),
            Action::PageUp => Some(-10),
            Action::PageDown => Some(10),
            _ => None,
        }
    }
}

/// A line of the home list: a session, or a file that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct HomeRow {
    pub path: PathBuf,
    pub summary: Result<SessionSummary, String>,
}

/// How a session is opened: to run (locked for writing) or to review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    Run,
    Review,
    /// The projector clock: read-only, read again as the file changes.
    Follow,
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
