//! Consistency rules a file can break even when it parses.

use crate::domain::{ItemId, NoteId, ParticipantId};

/// One broken rule, with the text it is about so a caller can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub rule: Broken,
    /// A quoted id or name to find in the file, for a line number.
    pub anchor: Option<String>,
}

/// What an id names, when one is used twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdOf {
    Participant,
    AgendaItem,
    Note,
}

/// Which rule a file breaks, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Broken {
    DuplicateId { of: IdOf, id: String },
    UnknownVersion { version: u32 },
    NoSessionId,
    NoName { participant: ParticipantId },
    NoPlannedMinutes { item: ItemId },
    RunningAtOnce { count: usize },
    MarkForStranger { participant: ParticipantId },
    NoteOnMissingItem { note: NoteId, item: ItemId },
    NoteMentionsStranger { note: NoteId, who: ParticipantId },
    TemplateItemNoMinutes { title: String },
}

impl Broken {
    /// Whether the anchor to point at is the second use of an id.
    pub fn is_duplicate(&self) -> bool {
        matches!(self, Broken::DuplicateId { .. })
    }
}
