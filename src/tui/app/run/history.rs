//! The session's history: every change remembered for undo and redo.

use crate::domain::Session;
use crate::text::Text;
use crate::tui::effect::Effect;

use super::super::{Notice, Outcome};
use super::{Run, SaveState, UNDO_DEPTH, notes_in_order, say};

impl Run {
    /// Apply a change to the session, remembering the old state for undo.
    /// Refused when read-only; a change that changes nothing is not recorded.
    pub(in crate::tui::app) fn change(
        &mut self,
        label: String,
        t: &Text,
        f: impl FnOnce(&mut Session),
    ) -> Outcome {
        if let Some(why) = &self.read_only {
            return Outcome::notice(Notice::problem(format!(
                "{}: {why}; {}",
                t.read_only, t.nothing_changed
            )));
        }
        let before = self.session.clone();
        f(&mut self.session);
        if self.session == before {
            return Outcome::NONE;
        }
        self.notes_in_order = notes_in_order(&self.session);
        self.undo.push((label, before));
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.save = SaveState::Pending;
        Outcome::effect(Effect::Save)
    }

    pub(super) fn undo(&mut self, t: &Text) -> Outcome {
        self.restore(true, t)
    }

    pub(super) fn redo(&mut self, t: &Text) -> Outcome {
        self.restore(false, t)
    }

    /// Step through history; the draft in progress is never undone.
    fn restore(&mut self, undo: bool, t: &Text) -> Outcome {
        if let Some(why) = &self.read_only {
            return Outcome::notice(Notice::problem(format!("{}: {why}", t.read_only)));
        }
        let (from, to) =
            if undo { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        let Some((label, mut session)) = from.pop() else {
            return say(if undo { t.nothing_to_undo } else { t.nothing_to_redo });
        };
        session.draft = self.session.draft.take();
        let current = std::mem::replace(&mut self.session, session);
        self.notes_in_order = notes_in_order(&self.session);
        to.push((label.clone(), current));
        self.save = SaveState::Pending;
        let word = if undo { t.undone } else { t.redone };
        Outcome::new(Some(Effect::Save), Some(Notice::info(format!("{word}: {label}"))))
    }
}
