//! Text typed into the wrong place: a burst of different letters, quicker
//! than anyone gives marks, is not a roll call. What the burst changed is
//! taken back in one step and the text is offered as a note.

use chrono::TimeDelta;

use crate::domain::Timestamp;
use crate::text::Text;
use crate::tui::action::{Action, Effect};

use super::{Confirm, Outcome, Run};

/// Keys closer together than this belong to one burst. Typing runs at
/// 100–250 ms a key; a mark follows a look at a face, well over this.
pub const BURST_GAP_MS: i64 = 350;
/// Different letters in one burst that make it typing, when one of its
/// keys means nothing in the pane. The same mark key pressed down a row
/// (`p p p p`), with `j`/`k` to pass someone, is one letter; three
/// different ones that fast, among them one no roll call uses, is a word.
pub const BURST_LETTERS: usize = 3;
/// Once text is recognised, keys this close to the last one are more of
/// it, whatever they would mean: a pause in the sentence is longer.
pub const TEXT_PAUSE_MS: i64 = 1500;

/// The keys of the burst under way, if it started where letters are commands.
#[derive(Debug, Default)]
pub struct Burst {
    keys: Vec<Key>,
    last: Option<Timestamp>,
    /// Changes the burst's keys made, to take back.
    changes: usize,
    people_cursor: usize,
    agenda_cursor: usize,
}

/// A key of a burst, and what it tells about it.
#[derive(Debug)]
struct Key {
    key: char,
    /// A letter that is not a cursor move: it counts toward a word.
    counts: bool,
    /// The key had no command here: only typing produces it.
    text: bool,
}

/// What the guard makes of a character key.
pub enum Guard {
    /// Let the key do what the table says.
    Pass,
    /// The key was text: this happened instead.
    Held(Outcome),
}

impl Run {
    /// Whether letters are commands here: nothing open on top.
    fn letters_are_commands(&self) -> bool {
        self.editor.is_none()
            && self.prompt.is_none()
            && self.confirm.is_none()
            && !self.clock
            && !self.people_filter.typing
            && !self.notes_filter.typing
    }

    /// Look at a character key before it acts.
    pub fn guard(&mut self, key: char, then: Option<&Action>, at: Timestamp) -> Guard {
        if let Some(Confirm::TypedText(text)) = &mut self.confirm {
            if self.burst.last.is_some_and(|l| at - l <= TimeDelta::milliseconds(TEXT_PAUSE_MS)) {
                text.push(key);
                self.burst.last = Some(at);
                return Guard::Held((None, None));
            }
            return Guard::Pass;
        }
        let fresh = self.burst.last.is_none_or(|l| at - l > TimeDelta::milliseconds(BURST_GAP_MS));
        if fresh {
            self.burst = Burst::default();
            if !self.letters_are_commands() {
                return Guard::Pass;
            }
            self.burst.people_cursor = self.people_cursor;
            self.burst.agenda_cursor = self.agenda_cursor;
        } else if self.burst.keys.is_empty() || self.editor.is_some() {
            // Typing into a box opened on purpose, or into a note: text.
            self.burst = Burst::default();
            return Guard::Pass;
        }
        // Words are letters; digits pick a pane, the space starts the
        // timer, and `j`/`k` pass someone in a fast roll call.
        let counts = key.is_alphabetic() && !matches!(then, Some(Action::Up | Action::Down));
        // A roll call uses command keys only: a key that means nothing
        // here, or lands in a box the burst opened, is text.
        let text = matches!(then, None | Some(Action::Input(_)));
        self.burst.keys.push(Key { key, counts, text });
        self.burst.last = Some(at);
        if self.is_typing() { Guard::Held(self.take_back()) } else { Guard::Pass }
    }

    /// Count a change made by a key of the burst under way.
    pub fn after_key(&mut self, effect: Option<&Effect>) {
        if !self.burst.keys.is_empty() && effect == Some(&Effect::Save) {
            self.burst.changes += 1;
        }
    }

    fn is_typing(&self) -> bool {
        let mut letters: Vec<char> = self.burst.keys.iter().filter(|k| k.counts).map(|k| k.key).collect();
        letters.sort_unstable();
        letters.dedup();
        letters.len() >= BURST_LETTERS && self.burst.keys.iter().any(|k| k.text)
    }

    /// Undo what the burst did, close what it opened, offer its text as a note.
    fn take_back(&mut self) -> Outcome {
        let text: String = self.burst.keys.iter().map(|k| k.key).collect();
        let changes = std::mem::take(&mut self.burst.changes);
        let effect = self.forget_changes(changes).then_some(Effect::Save);
        self.redo.clear();
        self.prompt = None;
        self.editor = None;
        self.people_cursor = self.burst.people_cursor;
        self.agenda_cursor = self.burst.agenda_cursor;
        self.burst.keys.clear();
        self.confirm = Some(Confirm::TypedText(text));
        (effect, None)
    }

    /// Drop the last `n` changes as if never made; true if any were.
    fn forget_changes(&mut self, n: usize) -> bool {
        let keep = self.undo.len().saturating_sub(n);
        let Some((_, mut before)) = self.undo.drain(keep..).next() else { return false };
        before.draft = self.session.draft.take();
        self.session = before;
        self.notes_in_order = super::notes_in_order(&self.session);
        self.save = super::SaveState::Pending;
        true
    }

    /// Open the note editor with text that was typed into the roll call.
    pub(super) fn note_from_typing(&mut self, text: &str, now: Timestamp, t: &Text) -> Outcome {
        let out = self.open_editor(None, now, t);
        if let Some(editor) = &mut self.editor {
            editor.text.insert_str(text);
            self.draft_unsaved = true;
        }
        out
    }
}
