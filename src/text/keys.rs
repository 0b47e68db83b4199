//! What each command and key context of the key table is called, in each
//! language: one field per command, so that a missing word is a compile
//! error. The key table itself lives in `tui`, which maps its commands and
//! contexts onto these fields.

mod en;
mod id;

pub use en::EN;
pub use id::ID;

/// A command's words: a short one for the footer, a long one for the help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    pub short: &'static str,
    pub long: &'static str,
}

/// The words of every command a key can be bound to, named as the
/// settings file names the command.
#[derive(Debug)]
pub struct KeyWords {
    pub quit: Words,
    pub toggle_help: Words,
    pub cancel: Words,
    pub confirm: Words,
    pub decline: Words,
    pub up: Words,
    pub down: Words,
    pub page_up: Words,
    pub page_down: Words,
    pub start_filter: Words,
    pub new_session: Words,
    pub next_field: Words,
    pub previous_field: Words,
    pub next_choice: Words,
    pub previous_choice: Words,
    pub toggle_timer: Words,
    pub next_item: Words,
    pub previous_item: Words,
    pub extend_item: Words,
    pub shorten_item: Words,
    pub skip_item: Words,
    pub rebalance: Words,
    pub focus_agenda: Words,
    pub focus_attendance: Words,
    pub focus_notes: Words,
    pub next_pane: Words,
    pub mark_present: Words,
    pub mark_late: Words,
    pub mark_left_early: Words,
    pub mark_excused: Words,
    pub mark_sick: Words,
    pub mark_absent: Words,
    pub mark_unmarked: Words,
    pub mark_rest_absent: Words,
    pub add_walk_in: Words,
    pub edit_reason: Words,
    pub edit_time: Words,
    pub toggle_unmarked: Words,
    pub new_note: Words,
    pub edit_note: Words,
    pub delete_note: Words,
    pub toggle_action_done: Words,
    pub cycle_note_kind: Words,
    pub save_note: Words,
    pub insert_newline: Words,
    pub close_editor: Words,
    pub next_editor_field: Words,
    pub open_report: Words,
    pub edit_session: Words,
    pub edit_details: Words,
    pub next_session: Words,
    pub previous_session: Words,
    pub toggle_grouping: Words,
    pub toggle_at_risk: Words,
    pub raise_threshold: Words,
    pub lower_threshold: Words,
    pub export: Words,
    pub toggle_clock: Words,
    pub undo: Words,
    pub redo: Words,
    /// Headings of the help screen, one per key context.
    pub contexts: ContextWords,
}

/// The name of each key context, as a help heading.
#[derive(Debug)]
pub struct ContextWords {
    pub global: &'static str,
    pub home: &'static str,
    pub form: &'static str,
    pub run: &'static str,
    pub agenda: &'static str,
    pub attendance: &'static str,
    pub notes: &'static str,
    pub filter: &'static str,
    pub editor: &'static str,
    pub mention: &'static str,
    pub prompt: &'static str,
    pub confirm: &'static str,
    pub help: &'static str,
    pub review: &'static str,
    pub report: &'static str,
    pub clock: &'static str,
    pub follow: &'static str,
}
