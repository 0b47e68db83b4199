//! The note editor: multi-line text, a kind, `@` to mention a participant,
//! and for actions an owner and a due date. What is typed is a draft in the
//! session file until the note is saved.

use ratatui_textarea::TextArea;

use crate::domain::{ItemId, NoteDraft, NoteId, NoteKind, Participant, ParticipantId, Timestamp};
use crate::fold::fold;

/// Which part of the note the keys go to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorField {
    Text,
    Owner,
    Due,
}

/// Choosing a participant after `@`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// What was typed after the `@`.
    pub query: String,
    /// Index into the matches.
    pub choice: usize,
}

/// A note being written.
#[derive(Debug)]
pub struct NoteEditor {
    pub text: TextArea<'static>,
    pub kind: NoteKind,
    pub at: Timestamp,
    pub item: Option<ItemId>,
    pub editing: Option<NoteId>,
    pub mentions: Vec<ParticipantId>,
    pub owner: String,
    pub due: String,
    pub field: EditorField,
    pub mention: Option<Mention>,
    pub error: Option<String>,
}

/// How many names the `@` list offers.
pub const MENTION_CHOICES: usize = 6;

impl NoteEditor {
    pub(super) fn from_draft(d: NoteDraft) -> Self {
        let lines: Vec<String> = d.text.split('\n').map(str::to_string).collect();
        let mut text = TextArea::new(lines);
        text.move_cursor(ratatui_textarea::CursorMove::Bottom);
        text.move_cursor(ratatui_textarea::CursorMove::End);
        NoteEditor {
            text,
            kind: d.kind,
            at: d.at,
            item: d.item,
            editing: d.editing,
            mentions: d.mentions,
            owner: d.owner,
            due: d.due,
            field: EditorField::Text,
            mention: None,
            error: None,
        }
    }

    /// The editor's content as a draft to keep.
    pub fn draft(&self) -> NoteDraft {
        NoteDraft {
            at: self.at,
            kind: self.kind,
            text: self.text.lines().join("\n"),
            item: self.item.clone(),
            editing: self.editing.clone(),
            mentions: self.mentions.clone(),
            owner: self.owner.clone(),
            due: self.due.clone(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.editing.is_none() && self.text.lines().iter().all(|l| l.trim().is_empty())
    }
}

/// Participants whose names match a mention query, best first.
pub fn mention_matches<'a>(roster: &'a [Participant], query: &str) -> Vec<&'a Participant> {
    let q = fold(query);
    let q = q.trim();
    let mut hits: Vec<_> = roster.iter().filter(|p| fold(&p.name).contains(q)).collect();
    // Names with a word that starts with the query come first ("s" → Siti).
    hits.sort_by_key(|p| !fold(&p.name).split([' ', '.', ',']).any(|w| w.starts_with(q)));
    hits.truncate(MENTION_CHOICES);
    hits
}
