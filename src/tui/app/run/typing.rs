//! Text typed into the wrong place: a burst of different letters, quicker
//! than anyone gives marks, is not a roll call. What the burst changed is
//! taken back in one step and the text is offered as a note.

use chrono::TimeDelta;

use crate::domain::{ParticipantId, Session, Timestamp};
use crate::text::Text;
use crate::tui::command::{Command, Gesture, Pane};
use crate::tui::effect::Effect;

use super::{Confirm, Outcome, Run};

/// Keys closer together than this belong to one burst. Typing runs at
/// 100–250 ms a key; a mark follows a look at a face, well over this.
pub const BURST_GAP_MS: i64 = 350;
/// Different letters in one burst that make it typing, whatever they are
/// bound to. The same mark key pressed down a row (`p p p p`), with
/// `j`/`k` to pass someone, is one letter; three different ones that fast
/// is a word.
pub const BURST_LETTERS: usize = 3;
/// Keys closer than this come from a paste or a program, not a hand.
pub const PASTE_GAP_MS: i64 = 15;
/// Two such gaps in a row (three keys) make it text.
pub const PASTE_GAPS: usize = 2;
/// Once text is recognised, keys this close to the last one are more of
/// it, whatever they would mean: a pause in the sentence is longer.
pub const TEXT_PAUSE_MS: i64 = 1500;

/// The keys of the burst under way, if it started where letters are commands.
#[derive(Debug, Default)]
pub struct Burst {
    keys: Vec<Key>,
    last: Option<Timestamp>,
    /// Gaps in a row shorter than a hand makes.
    quick: usize,
    /// Everything as it was before the burst's first key: taking the burst
    /// back restores this, whatever its keys did (undo and redo included).
    before: Option<Box<Before>>,
    /// A key acting outside the session (export, quit), held until
    /// the burst is over so that typing never sets it off.
    pending: Option<Command>,
}

#[derive(Debug)]
struct Before {
    session: Session,
    undo: Vec<(String, Session)>,
    redo: Vec<(String, Session)>,
    people_cursor: usize,
    agenda_cursor: usize,
    focus: Pane,
    clock: bool,
    only_unmarked: bool,
    just_marked: Option<ParticipantId>,
}

/// A key of a burst, and what it tells about it.
#[derive(Debug)]
struct Key {
    key: char,
    /// A letter that is not a cursor move: it counts toward a word.
    counts: bool,
}

/// What the guard makes of a character key.
pub enum Guard {
    /// Let the key do what the table says.
    Pass,
    /// The key was text, or waits: this happened instead.
    Held(Outcome),
    /// The burst was text: everything it did is taken back.
    TakenBack(Option<Effect>),
    /// `q` was answered yes.
    Quit,
}

/// Keys whose effect reaches outside the session: never set off by typing.
fn acts_outside(command: Option<Command>) -> bool {
    matches!(command, Some(Command::Export | Command::ToggleClock | Command::ToggleHelp | Command::Quit))
}

impl Run {
    /// Whether letters are commands here: nothing open on top.
    fn letters_are_commands(&self) -> bool {
        self.editor.is_none()
            && self.prompt.is_none()
            && self.confirm.is_none()
            && self.details.is_none()
            && !self.clock
            && !self.people_filter.typing
            && !self.notes_filter.typing
    }

    /// A box for words is open: its keys are its own, never a burst.
    fn box_open(&self) -> bool {
        self.editor.is_some()
            || self.prompt.is_some()
            || self.details.is_some()
            || self.people_filter.typing
            || self.notes_filter.typing
    }

    /// A started session asks before `q` quits, so that a sentence which
    /// starts with it stays in sigap; a failed save has its own warning,
    /// which says what is at stake, so it is not asked over.
    fn asks_before_quitting(&self) -> bool {
        self.session.started_at().is_some() && !matches!(self.save, super::super::SaveState::Failed { .. })
    }

    fn within_gap(&self, at: Timestamp) -> bool {
        self.burst.last.is_some_and(|l| at - l <= TimeDelta::milliseconds(BURST_GAP_MS))
    }

    /// A key held back while a burst was possible, now that none came.
    pub fn due(&mut self, at: Timestamp) -> Option<Command> {
        if self.burst.pending.is_none() || self.within_gap(at) {
            return None;
        }
        let command = self.burst.pending.take()?;
        if command == Command::Quit && self.asks_before_quitting() {
            self.confirm = Some(Confirm::Quit);
            return None;
        }
        Some(command)
    }

    /// Look at a character key before it acts.
    pub fn guard(&mut self, key: char, then: Option<&Gesture>, at: Timestamp) -> Guard {
        let command = then.and_then(Gesture::command);
        let more = self.within_gap_of(at, TEXT_PAUSE_MS);
        if let Some(Confirm::TypedText(text)) = &mut self.confirm {
            if more {
                text.push(key);
                self.burst.last = Some(at);
                return Guard::Held(Outcome::NONE);
            }
            return Guard::Pass;
        }
        let fresh = !self.within_gap(at);
        if self.confirm == Some(Confirm::Quit) {
            // Yes quits; anything else closes the question, and a key
            // inside the burst goes on as part of it.
            self.confirm = None;
            if command == Some(Command::Confirm) {
                return Guard::Quit;
            }
            if fresh {
                self.burst = Burst::default();
                return Guard::Held(Outcome::NONE);
            }
        } else if self.box_open() {
            self.burst = Burst::default();
            return Guard::Pass;
        }
        if fresh {
            self.burst = Burst::default();
            if !self.letters_are_commands() {
                return Guard::Pass;
            }
            self.burst.before = Some(Box::new(self.before()));
        } else if self.burst.keys.is_empty() {
            self.burst = Burst::default();
            return Guard::Pass;
        } else if self.burst.last.is_some_and(|l| at - l < TimeDelta::milliseconds(PASTE_GAP_MS)) {
            self.burst.quick += 1;
        } else {
            self.burst.quick = 0;
        }
        // Words are letters; digits pick a pane, and `j`/`k` pass someone
        // in a fast roll call.
        let counts = key.is_alphabetic() && !matches!(command, Some(Command::Up | Command::Down));
        self.burst.keys.push(Key { key, counts });
        self.burst.last = Some(at);
        if self.is_typing() {
            return Guard::TakenBack(self.take_back());
        }
        if fresh {
            // In a started session `q` asks: a sentence that starts with it
            // must not drop the rest into the shell.
            if command == Some(Command::Quit) && self.asks_before_quitting() {
                self.confirm = Some(Confirm::Quit);
                return Guard::Held(Outcome::NONE);
            }
            // Files written cannot be taken back: the export waits for the
            // burst's gap. Help and the clock only show things, and taking
            // the burst back closes the clock.
            if command == Some(Command::Export) {
                self.burst.pending = command;
                return Guard::Held(Outcome::NONE);
            }
            return Guard::Pass;
        }
        // Inside a burst only roll-call keys act: the timer, a question a
        // key of the burst opened, and what reaches outside wait for a
        // person's pace. Export and quit come back once the burst is over
        // (unless it was text); help and the clock are dropped.
        if matches!(command, Some(Command::Export | Command::Quit)) {
            self.burst.pending = command;
            return Guard::Held(Outcome::NONE);
        }
        // Space after a letter is a word's space or a slip between marks;
        // after a pane's digit it starts the timer as meant.
        let after_letter = self.burst.keys.iter().any(|k| k.counts);
        let held = acts_outside(command)
            || self.confirm.is_some()
            || (command == Some(Command::ToggleTimer) && after_letter)
            || matches!(then, None | Some(Gesture::Input(_)));
        if held { Guard::Held(Outcome::NONE) } else { Guard::Pass }
    }

    /// A key opened a box on purpose: what follows is its text, and the
    /// burst so far was the way to it.
    pub fn after_key(&mut self) {
        if self.box_open() {
            self.burst = Burst::default();
        }
    }

    fn within_gap_of(&self, at: Timestamp, ms: i64) -> bool {
        self.burst.last.is_some_and(|l| at - l <= TimeDelta::milliseconds(ms))
    }

    fn before(&self) -> Before {
        Before {
            session: self.session.clone(),
            undo: self.undo.clone(),
            redo: self.redo.clone(),
            people_cursor: self.people_cursor,
            agenda_cursor: self.agenda_cursor,
            focus: self.focus,
            clock: self.clock,
            only_unmarked: self.only_unmarked,
            just_marked: self.just_marked.clone(),
        }
    }

    fn is_typing(&self) -> bool {
        let mut letters: Vec<char> = self.burst.keys.iter().filter(|k| k.counts).map(|k| k.key).collect();
        letters.sort_unstable();
        letters.dedup();
        letters.len() >= BURST_LETTERS || self.burst.quick >= PASTE_GAPS
    }

    /// Put back everything as it was before the burst's first key, close
    /// what it opened, offer its text as a note. Nothing from before the
    /// burst is touched: its undo and redo steps come back as they were.
    fn take_back(&mut self) -> Option<Effect> {
        let text: String = self.burst.keys.iter().map(|k| k.key).collect();
        self.burst.keys.clear();
        self.burst.pending = None;
        self.prompt = None;
        self.editor = None;
        self.confirm = Some(Confirm::TypedText(text));
        let before = *self.burst.before.take()?;
        self.undo = before.undo;
        self.redo = before.redo;
        self.people_cursor = before.people_cursor;
        self.agenda_cursor = before.agenda_cursor;
        self.focus = before.focus;
        self.clock = before.clock;
        self.only_unmarked = before.only_unmarked;
        self.just_marked = before.just_marked;
        if before.session == self.session {
            return None;
        }
        let mut session = before.session;
        session.draft = self.session.draft.take();
        self.session = session;
        self.notes_in_order = super::notes_in_order(&self.session);
        self.save = super::SaveState::Pending;
        Some(Effect::Save)
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
