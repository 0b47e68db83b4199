//! Process notes (*notulensi*): what was said, decided and promised.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ItemId, ParticipantId, Timestamp};

/// A note's id. Made of the moment it was taken and a random part, so that
/// notes from two facilitators' copies of a session never collide when merged.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub String);

impl NoteId {
    /// An id from the note's time and a random number supplied by the caller.
    pub fn new(at: Timestamp, random: u64) -> Self {
        NoteId(format!("n{}-{:08x}", at.format("%Y%m%d%H%M%S"), random as u32))
    }
}

impl std::fmt::Display for NoteId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a note records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum NoteKind {
    #[default]
    Note,
    Decision,
    Action,
    Question,
    ParkingLot,
}

impl NoteKind {
    pub const ALL: [NoteKind; 5] =
        [NoteKind::Note, NoteKind::Decision, NoteKind::Action, NoteKind::Question, NoteKind::ParkingLot];

    /// The next kind in the cycle note → decision → action → question → parking lot.
    pub fn next(self) -> Self {
        let i = NoteKind::ALL.iter().position(|k| *k == self).unwrap_or(0);
        NoteKind::ALL[(i + 1) % NoteKind::ALL.len()]
    }
}

/// One timestamped note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: NoteId,
    pub at: Timestamp,
    pub kind: NoteKind,
    /// The text, possibly over several lines.
    pub text: String,
    /// The agenda item running when the note was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemId>,
    /// Participants the note mentions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<ParticipantId>,
    /// Who carries out an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// When an action is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Whether an action has been carried out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
    /// When the note was last changed after it was taken; merging two copies
    /// of a session keeps the latest edit of each note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<Timestamp>,
}

impl Note {
    pub fn new(id: NoteId, at: Timestamp, kind: NoteKind, text: impl Into<String>) -> Self {
        Note {
            id,
            at,
            kind,
            text: text.into(),
            item: None,
            mentions: Vec::new(),
            owner: None,
            due: None,
            done: false,
            edited: None,
        }
    }

    /// When the note got its present content: its last edit, else when it was taken.
    pub fn last_change(&self) -> Timestamp {
        self.edited.unwrap_or(self.at)
    }

    /// An action that is still to be done.
    pub fn is_open_action(&self) -> bool {
        self.kind == NoteKind::Action && !self.done
    }

    /// The first line of the text, for one-line listings.
    pub fn first_line(&self) -> &str {
        self.text.lines().next().unwrap_or("")
    }
}

/// A note still being written, kept in the session file so that closing the
/// editor, a crash or a power cut never loses what was typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteDraft {
    /// When the note was begun: the moment it is about.
    pub at: Timestamp,
    pub kind: NoteKind,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemId>,
    /// The note being edited, if this is an edit rather than a new note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editing: Option<NoteId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<ParticipantId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The due date as typed, checked only when the note is saved.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn kinds_cycle_back_to_note() {
        let mut k = NoteKind::Note;
        for _ in 0..NoteKind::ALL.len() {
            k = k.next();
        }
        assert_eq!(k, NoteKind::Note);
        assert_eq!(NoteKind::Action.next(), NoteKind::Question);
    }

    #[test]
    fn ids_carry_time_and_random_part() {
        let at = DateTime::parse_from_rfc3339("2017-05-08T09:12:05+07:00").unwrap();
        assert_eq!(NoteId::new(at, 0xdead_beef).0, "n20170508091205-deadbeef");
    }
}
