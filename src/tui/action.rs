//! Every intent a facilitator can express, and what the runner must do next.

use std::path::PathBuf;

use ratatui_textarea::Input;

use crate::domain::{Session, Status};
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
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// A key typed into the editor, a filter or a form field.
    Input(Input),
    /// Text pasted from the clipboard.
    Paste(String),
    /// The session list was read from disk.
    ListLoaded(HomeData),
    /// A session was opened from disk.
    Opened(Box<OpenedSession>),
    /// Opening or creating a session failed.
    OpenFailed(String),
    /// The session was saved.
    Saved,
    /// Saving failed; the changes are kept in memory.
    SaveFailed(String),
    /// The system asked sigap to stop (SIGTERM, SIGHUP).
    Shutdown,
}

/// What the runner reads from disk for the home screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HomeData {
    pub rows: Vec<HomeRow>,
    pub templates: Vec<String>,
    pub rosters: Vec<String>,
    pub last_template: Option<String>,
    pub last_roster: Option<String>,
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
    /// Open a session file.
    Open(PathBuf),
    /// Create a session file and open it.
    Create(NewSessionSpec),
    /// Read the session list again.
    LoadList,
    /// Leave.
    Quit,
}
