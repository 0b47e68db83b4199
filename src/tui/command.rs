//! What a key can ask for: the commands of the key table, each with the
//! stable name the settings file and `sigap config` use.
//!
//! Commands carry no data typed by the person, so that any of them can be
//! bound to a key and written in the settings; what does carry such data (a
//! typed key, a paste, a click) is a [`Gesture`], which wraps a command when
//! it is one.

mod names;

use ratatui_textarea::Input;
use serde::{Deserialize, Serialize};

use crate::domain::Status;

/// The panes of the run view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Agenda,
    Attendance,
    Notes,
}

/// One command, named for what the person wants, not for the key they
/// pressed. Its `Debug` text (`Mark(Present)`, `ToggleTimer`) is the name
/// settings files used to write, and is still read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Command {
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
    /// Type the arrival (or departure) time of the participant just marked.
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
    /// Change the session's venue, facilitators, chair and note-taker.
    EditDetails,
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
    /// Write the minutes, sheet to sign and spreadsheet of this session to `exports/`.
    Export,
    /// Show or hide the full-screen clock for the room's projector.
    ToggleClock,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
}

impl Command {
    /// Every command, in the order of the help and of the keys doc.
    pub const ALL: [Command; 60] = [
        Command::Quit,
        Command::ToggleHelp,
        Command::Cancel,
        Command::Confirm,
        Command::Decline,
        Command::Up,
        Command::Down,
        Command::PageUp,
        Command::PageDown,
        Command::StartFilter,
        Command::NewSession,
        Command::NextField,
        Command::PreviousField,
        Command::NextChoice,
        Command::PreviousChoice,
        Command::ToggleTimer,
        Command::NextItem,
        Command::PreviousItem,
        Command::ExtendItem,
        Command::ShortenItem,
        Command::SkipItem,
        Command::Rebalance,
        Command::Focus(Pane::Agenda),
        Command::Focus(Pane::Attendance),
        Command::Focus(Pane::Notes),
        Command::NextPane,
        Command::Mark(Status::Present),
        Command::Mark(Status::Late),
        Command::Mark(Status::LeftEarly),
        Command::Mark(Status::Excused),
        Command::Mark(Status::Sick),
        Command::Mark(Status::Absent),
        Command::Mark(Status::Unmarked),
        Command::MarkRestAbsent,
        Command::AddWalkIn,
        Command::EditReason,
        Command::EditTime,
        Command::ToggleUnmarked,
        Command::NewNote,
        Command::EditNote,
        Command::DeleteNote,
        Command::ToggleActionDone,
        Command::CycleNoteKind,
        Command::SaveNote,
        Command::InsertNewline,
        Command::CloseEditor,
        Command::NextEditorField,
        Command::OpenReport,
        Command::EditSession,
        Command::EditDetails,
        Command::NextSession,
        Command::PreviousSession,
        Command::ToggleGrouping,
        Command::ToggleAtRisk,
        Command::RaiseThreshold,
        Command::LowerThreshold,
        Command::Export,
        Command::ToggleClock,
        Command::Undo,
        Command::Redo,
    ];

    /// How many lines a movement command moves, if it is one.
    pub fn scroll_step(self) -> Option<i32> {
        match self {
            Command::Up => Some(-1),
            Command::Down => Some(1),
            Command::PageUp => Some(-10),
            Command::PageDown => Some(10),
            _ => None,
        }
    }
}

/// What the person did, as the app's update takes it: a command from the
/// key table, or input that carries its own data and so is bound to no key.
#[derive(Clone, Debug, PartialEq)]
pub enum Gesture {
    /// A key the table binds, or the mouse wheel.
    Command(Command),
    /// A left click at a cell, with the screen's size to find what is drawn there.
    Click { column: u16, row: u16, width: u16, height: u16 },
    /// A key typed into the editor, a filter or a form field.
    Input(Input),
    /// Text pasted from the clipboard.
    Paste(String),
    /// A character key pressed in the run view, and what the key table makes
    /// of it there: kept together so that a burst of typing can be told from
    /// a roll call before it changes a record.
    Typed { key: char, then: Option<Box<Gesture>> },
}

impl From<Command> for Gesture {
    fn from(command: Command) -> Self {
        Gesture::Command(command)
    }
}

impl Gesture {
    /// The command, if the gesture is one.
    pub fn command(&self) -> Option<Command> {
        match self {
            Gesture::Command(command) => Some(*command),
            _ => None,
        }
    }
}
