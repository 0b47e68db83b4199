//! What a workshop session *is*: no terminal, no clock, no disk.
//!
//! Every function that needs the time takes `now` as a parameter, so each rule
//! can be tested with a fixed clock.

pub mod agenda;
pub mod attendance;
pub mod details;
pub mod fold;
pub mod merge;
pub mod notes;
pub mod problem;
pub mod report;
pub mod roster;
pub mod schedule;
pub mod session;
pub mod template;
pub mod validate;

use chrono::{DateTime, FixedOffset};

pub use agenda::{AgendaItem, ItemId, ItemKind, ItemState};
pub use attendance::{Mark, Status};
pub use details::{DetailField, Details};
pub use notes::{Note, NoteDraft, NoteId, NoteKind};
pub use roster::{Gender, Participant, ParticipantId};
pub use session::{Event, LogEntry, Phase, Session};
pub use template::{RosterFile, Template, TemplateItem};

/// The version of the file format this build writes. Files with a higher
/// version are opened read-only, never written over.
///
/// Version 2 added what merging two copies of a session needs: when a note
/// was last edited, tombstones of deleted notes, when and by whom each mark
/// was given, and the session's class. Version 3 added the chair and the
/// note-taker, who sign the minutes.
pub const FORMAT_VERSION: u32 = 3;

/// A moment with its UTC offset, stored as RFC 3339 (`2017-05-08T08:00:00+07:00`).
pub type Timestamp = DateTime<FixedOffset>;

/// Whole minutes: planned durations, overruns, minutes late.
pub type Minutes = i64;

/// Minutes in one lesson hour (*jam pelajaran*, JP).
pub const MINUTES_PER_LESSON_HOUR: i64 = 45;

/// Lesson hours (JP) in a number of minutes, to one decimal place.
pub fn lesson_hours(minutes: Minutes) -> f64 {
    (minutes as f64 / MINUTES_PER_LESSON_HOUR as f64 * 10.0).round() / 10.0
}

/// Whole seconds between two moments (negative when `to` is before `from`).
pub(crate) fn seconds_between(from: Timestamp, to: Timestamp) -> i64 {
    (to - from).num_seconds()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lesson_hours_are_45_minutes() {
        assert_eq!(lesson_hours(90), 2.0);
        assert_eq!(lesson_hours(45), 1.0);
        assert_eq!(lesson_hours(60), 1.3);
        assert_eq!(lesson_hours(0), 0.0);
    }
}
