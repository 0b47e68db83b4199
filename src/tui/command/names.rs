//! The stable names of the commands and where their words are: the one
//! exhaustive match from a command to each, so that a new command cannot
//! be left unnamed or unworded.

use super::{Command, Pane};
use crate::domain::Status;
use crate::text::Text;
use crate::text::keys::{KeyWords, Words};

impl Command {
    /// The name of the command in the settings file and in `sigap config`:
    /// `mark_present`, `toggle_timer`. Never changes once released.
    pub fn name(self) -> &'static str {
        match self {
            Command::Quit => "quit",
            Command::ToggleHelp => "toggle_help",
            Command::Cancel => "cancel",
            Command::Confirm => "confirm",
            Command::Decline => "decline",
            Command::Up => "up",
            Command::Down => "down",
            Command::PageUp => "page_up",
            Command::PageDown => "page_down",
            Command::StartFilter => "start_filter",
            Command::NewSession => "new_session",
            Command::NextField => "next_field",
            Command::PreviousField => "previous_field",
            Command::NextChoice => "next_choice",
            Command::PreviousChoice => "previous_choice",
            Command::ToggleTimer => "toggle_timer",
            Command::NextItem => "next_item",
            Command::PreviousItem => "previous_item",
            Command::ExtendItem => "extend_item",
            Command::ShortenItem => "shorten_item",
            Command::SkipItem => "skip_item",
            Command::Rebalance => "rebalance",
            Command::Focus(Pane::Agenda) => "focus_agenda",
            Command::Focus(Pane::Attendance) => "focus_attendance",
            Command::Focus(Pane::Notes) => "focus_notes",
            Command::NextPane => "next_pane",
            Command::Mark(Status::Present) => "mark_present",
            Command::Mark(Status::Late) => "mark_late",
            Command::Mark(Status::LeftEarly) => "mark_left_early",
            Command::Mark(Status::Excused) => "mark_excused",
            Command::Mark(Status::Sick) => "mark_sick",
            Command::Mark(Status::Absent) => "mark_absent",
            Command::Mark(Status::Unmarked) => "mark_unmarked",
            Command::MarkRestAbsent => "mark_rest_absent",
            Command::AddWalkIn => "add_walk_in",
            Command::EditReason => "edit_reason",
            Command::EditTime => "edit_time",
            Command::ToggleUnmarked => "toggle_unmarked",
            Command::NewNote => "new_note",
            Command::EditNote => "edit_note",
            Command::DeleteNote => "delete_note",
            Command::ToggleActionDone => "toggle_action_done",
            Command::CycleNoteKind => "cycle_note_kind",
            Command::SaveNote => "save_note",
            Command::InsertNewline => "insert_newline",
            Command::CloseEditor => "close_editor",
            Command::NextEditorField => "next_editor_field",
            Command::OpenReport => "open_report",
            Command::EditSession => "edit_session",
            Command::EditDetails => "edit_details",
            Command::NextSession => "next_session",
            Command::PreviousSession => "previous_session",
            Command::ToggleGrouping => "toggle_grouping",
            Command::ToggleAtRisk => "toggle_at_risk",
            Command::RaiseThreshold => "raise_threshold",
            Command::LowerThreshold => "lower_threshold",
            Command::Export => "export",
            Command::ToggleClock => "toggle_clock",
            Command::Undo => "undo",
            Command::Redo => "redo",
        }
    }

    /// The command a settings file names: by its stable name, or by the
    /// `Debug` text older settings files were written with (`Mark(Present)`).
    pub fn from_name(name: &str) -> Option<Command> {
        Command::ALL.into_iter().find(|c| c.name() == name || format!("{c:?}") == name)
    }

    /// The command's words in a language.
    pub fn words(self, k: &KeyWords) -> &Words {
        match self {
            Command::Quit => &k.quit,
            Command::ToggleHelp => &k.toggle_help,
            Command::Cancel => &k.cancel,
            Command::Confirm => &k.confirm,
            Command::Decline => &k.decline,
            Command::Up => &k.up,
            Command::Down => &k.down,
            Command::PageUp => &k.page_up,
            Command::PageDown => &k.page_down,
            Command::StartFilter => &k.start_filter,
            Command::NewSession => &k.new_session,
            Command::NextField => &k.next_field,
            Command::PreviousField => &k.previous_field,
            Command::NextChoice => &k.next_choice,
            Command::PreviousChoice => &k.previous_choice,
            Command::ToggleTimer => &k.toggle_timer,
            Command::NextItem => &k.next_item,
            Command::PreviousItem => &k.previous_item,
            Command::ExtendItem => &k.extend_item,
            Command::ShortenItem => &k.shorten_item,
            Command::SkipItem => &k.skip_item,
            Command::Rebalance => &k.rebalance,
            Command::Focus(Pane::Agenda) => &k.focus_agenda,
            Command::Focus(Pane::Attendance) => &k.focus_attendance,
            Command::Focus(Pane::Notes) => &k.focus_notes,
            Command::NextPane => &k.next_pane,
            Command::Mark(Status::Present) => &k.mark_present,
            Command::Mark(Status::Late) => &k.mark_late,
            Command::Mark(Status::LeftEarly) => &k.mark_left_early,
            Command::Mark(Status::Excused) => &k.mark_excused,
            Command::Mark(Status::Sick) => &k.mark_sick,
            Command::Mark(Status::Absent) => &k.mark_absent,
            Command::Mark(Status::Unmarked) => &k.mark_unmarked,
            Command::MarkRestAbsent => &k.mark_rest_absent,
            Command::AddWalkIn => &k.add_walk_in,
            Command::EditReason => &k.edit_reason,
            Command::EditTime => &k.edit_time,
            Command::ToggleUnmarked => &k.toggle_unmarked,
            Command::NewNote => &k.new_note,
            Command::EditNote => &k.edit_note,
            Command::DeleteNote => &k.delete_note,
            Command::ToggleActionDone => &k.toggle_action_done,
            Command::CycleNoteKind => &k.cycle_note_kind,
            Command::SaveNote => &k.save_note,
            Command::InsertNewline => &k.insert_newline,
            Command::CloseEditor => &k.close_editor,
            Command::NextEditorField => &k.next_editor_field,
            Command::OpenReport => &k.open_report,
            Command::EditSession => &k.edit_session,
            Command::EditDetails => &k.edit_details,
            Command::NextSession => &k.next_session,
            Command::PreviousSession => &k.previous_session,
            Command::ToggleGrouping => &k.toggle_grouping,
            Command::ToggleAtRisk => &k.toggle_at_risk,
            Command::RaiseThreshold => &k.raise_threshold,
            Command::LowerThreshold => &k.lower_threshold,
            Command::Export => &k.export,
            Command::ToggleClock => &k.toggle_clock,
            Command::Undo => &k.undo,
            Command::Redo => &k.redo,
        }
    }

    /// The short words, for the footer.
    pub fn short(self, t: &Text) -> &'static str {
        self.words(t.keys).short
    }

    /// The long words, for the help screen.
    pub fn long(self, t: &Text) -> &'static str {
        self.words(t.keys).long
    }
}

impl From<Command> for &'static str {
    fn from(command: Command) -> Self {
        command.name()
    }
}

impl TryFrom<String> for Command {
    type Error = String;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        Command::from_name(&name).ok_or_else(|| format!("\"{name}\" is not a command of the key table"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_unique_name_that_reads_back() {
        let mut names: Vec<&str> = Command::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Command::ALL.len(), "two commands share a name");
        for command in Command::ALL {
            let written = serde_json::to_string(&command).unwrap();
            assert_eq!(written, format!("\"{}\"", command.name()));
            assert_eq!(serde_json::from_str::<Command>(&written).unwrap(), command);
            assert_eq!(ron::from_str::<Command>(&ron::to_string(&command).unwrap()).unwrap(), command);
            assert_eq!(Command::from_name(command.name()), Some(command));
        }
    }

    #[test]
    fn the_names_older_settings_used_still_read() {
        assert_eq!(Command::from_name("Mark(Present)"), Some(Command::Mark(Status::Present)));
        assert_eq!(Command::from_name("ToggleTimer"), Some(Command::ToggleTimer));
        assert_eq!(Command::from_name("Focus(Notes)"), Some(Command::Focus(Pane::Notes)));
        assert_eq!(Command::from_name("NoSuchCommand"), None);
        // A name is read as written, as older versions read it: a stray
        // space is a mistake to report, not a name to guess.
        assert_eq!(Command::from_name(" ToggleTimer"), None);
        assert_eq!(Command::from_name("toggle_timer "), None);
        assert!(serde_json::from_str::<Command>("\"no_such_command\"").is_err());
    }

    #[test]
    fn every_command_of_the_key_table_is_listed_once() {
        for binding in crate::tui::keymap::BINDINGS {
            assert!(Command::ALL.contains(&binding.command), "{:?} is not in Command::ALL", binding.command);
        }
        for (i, command) in Command::ALL.iter().enumerate() {
            assert!(!Command::ALL[i + 1..].contains(command), "{command:?} is listed twice");
        }
    }
}
