//! Keys and clicks as the runner hands them over: in the run view a
//! character key travels with its meaning, so that typing can be told from
//! a roll call.

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::run::Guard;
use super::{App, HomeLine, Outcome, View};
use crate::domain::Timestamp;
use crate::tui::command::{Command, Gesture};
use crate::tui::effect::Effect;
use crate::tui::layout;

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

    /// A click selects the pane and the row under it; with anything open
    /// on top (help, a form, the editor, a question) it does nothing.
    pub(super) fn click(&mut self, column: u16, row: u16, screen: ratatui::layout::Rect) {
        if self.help {
            return;
        }
        let t = self.text();
        let body = layout::body(screen);
        match &mut self.view {
            View::Home if self.home.form.is_none() && !self.home.filter.typing => {
                let (_, list) = layout::home_areas(body);
                let lines = self.home.lines(t);
                let selected = lines.iter().position(|l| *l == HomeLine::Item(self.home.cursor)).unwrap_or(0);
                if layout::contains(list, column, row)
                    && let Some(line) = layout::clicked_line(list, selected, row)
                {
                    self.home.click_line(t, line);
                }
            }
            View::Run(run) if run.is_idle() && !run.clock => run.click(column, row, body, t),
            _ => {}
        }
    }
}
