//! Keys as the runner hands them over: in the run view a character key
//! travels with its meaning, so that typing can be told from a roll call.

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::run::Guard;
use super::{App, Outcome, View};
use crate::domain::Timestamp;
use crate::tui::command::{Command, Gesture};
use crate::tui::effect::Effect;

impl App {
    /// The gesture a terminal event makes in the view showing now.
    pub fn gesture_for(&self, event: Event) -> Option<Gesture> {
        let gesture = self.keymap.from_event(&self.contexts(), event.clone());
        if !matches!(self.view, View::Run(_)) || self.help {
            return gesture;
        }
        match event {
            Event::Key(key)
                if key.kind == KeyEventKind::Press
                    && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                match key.code {
                    KeyCode::Char(c) => Some(Gesture::Typed { key: c, then: gesture.map(Box::new) }),
                    _ => gesture,
                }
            }
            _ => gesture,
        }
    }

    /// The first key of a command as the help writes it.
    pub(super) fn key_of(&self, command: Command) -> String {
        let binding = self.keymap.bindings().iter().find(|b| b.command == command && !b.keys.is_empty());
        binding.and_then(|b| b.keys.first()).map(|k| k.label()).unwrap_or_default()
    }

    /// A character key in the run view: the guard decides whether it acts.
    pub(super) fn typed(&mut self, key: char, then: Option<Gesture>, at: Timestamp) -> Option<Effect> {
        // A key held back for a burst that never came acts first.
        let due = self.run_mut().and_then(|run| run.due(at));
        let earlier = due.and_then(|command| self.update(command, at));
        let guard = match &mut self.view {
            View::Run(run) if !self.help => run.guard(key, then.as_ref(), at),
            _ => Guard::Pass,
        };
        let effect = match guard {
            Guard::Pass => {
                let effect = then.and_then(|g| self.update(g, at));
                if let Some(run) = self.run_mut() {
                    run.after_key();
                }
                effect
            }
            Guard::Held(Outcome { effect, notice }) => {
                if notice.is_some() {
                    self.notice = notice;
                }
                effect
            }
            Guard::TakenBack(effect) => {
                // Whatever the burst's keys said is no longer so.
                self.notice = None;
                effect
            }
            Guard::Quit => self.quit(),
        };
        effect.or(earlier)
    }

    /// A tick: a key held back for a burst acts once none came.
    pub(super) fn tick_held(&mut self, at: Timestamp) -> Option<Effect> {
        let due = self.run_mut().and_then(|run| run.due(at))?;
        self.update(due, at)
    }
}
