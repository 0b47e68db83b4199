//! The agenda's keys that end or pass things: `]` on the last item asks
//! before ending the session, `]` past an item that never ran records it
//! as skipped, and skipping an item fixed to a time of day asks first.

use crate::domain::schedule::fixed_moment;
use crate::domain::{Event, ItemKind, ItemState, Timestamp};
use crate::text::Text;

use super::{Confirm, MOVE_PLAN_AFTER_MINUTES, Outcome, Run, say};
use crate::domain::Session;
use crate::domain::schedule::rebalance;
use crate::tui::command::Command;

/// An item `]` started and `]` passes again within this many seconds never
/// really ran: it is recorded as skipped, not as done in 0 minutes.
pub const NEVER_RAN_SECONDS: i64 = 60;
/// `]` starting an item fixed to a time of day more than this many minutes
/// before that time asks first: lunch is not begun by walking past items.
pub const FIXED_EARLY_MINUTES: i64 = 15;

impl Run {
    /// The agenda's commands: the timer, the items, the plan.
    pub(super) fn agenda_command(&mut self, command: Command, now: Timestamp, t: &Text) -> Outcome {
        match command {
            Command::ToggleTimer if self.far_from_plan(now) => {
                self.confirm = Some(Confirm::MovePlan);
                Outcome::NONE
            }
            Command::ToggleTimer => self.agenda_step(t.log_toggle, now, t, |s, now| s.toggle_current(now)),
            Command::NextItem => self.next_item(now, t),
            Command::PreviousItem => self.agenda_step(t.log_back, now, t, |s, now| s.step_back(now)),
            Command::ExtendItem => self.agenda_step(t.log_extend, now, t, |s, now| s.adjust_current(5, now)),
            Command::ShortenItem => {
                self.agenda_step(t.log_shorten, now, t, |s, now| s.adjust_current(-5, now))
            }
            Command::SkipItem => self.skip_item(now, t),
            Command::Rebalance => match rebalance(&self.session, now) {
                Some(plan) if !plan.changes.is_empty() => {
                    self.confirm = Some(Confirm::Rebalance(plan));
                    Outcome::NONE
                }
                Some(_) => say(t.rebalance_no_room),
                None => say(t.rebalance_on_time),
            },
            _ => Outcome::NONE,
        }
    }

    /// A first start more than an hour from the planned start (or on
    /// another day): the plan should probably move.
    fn far_from_plan(&self, now: Timestamp) -> bool {
        self.read_only.is_none()
            && self.session.started_at().is_none()
            && (now - self.session.planned_start).num_minutes().abs() > MOVE_PLAN_AFTER_MINUTES
    }

    pub(super) fn agenda_step(
        &mut self,
        label: &str,
        now: Timestamp,
        t: &Text,
        step: impl FnOnce(&mut Session, Timestamp),
    ) -> Outcome {
        let out = self.change(label.into(), t, |s| step(s, now));
        if let Some(i) = self.session.current_index() {
            self.agenda_cursor = i;
        }
        out
    }

    /// `]`: finish the current item and start the next; the last asks first.
    pub(super) fn next_item(&mut self, now: Timestamp, t: &Text) -> Outcome {
        let s = &self.session;
        if let Some(i) = s.current_index()
            && self.read_only.is_none()
        {
            // The item `]` would start, whether it passes or finishes this one.
            let next = if s.agenda[i].is_open() {
                s.agenda.iter().skip(i + 1).position(|it| it.state == ItemState::Pending).map(|k| k + i + 1)
            } else {
                Some(i)
            };
            let early = next.and_then(|j| s.agenda[j].fixed_start.map(|f| (j, fixed_moment(s, f))));
            if let Some((j, at)) = early
                && (at - now).num_minutes() > FIXED_EARLY_MINUTES
            {
                self.confirm = Some(Confirm::StartFixed(j));
                return Outcome::NONE;
            }
        }
        self.step_next(now, t)
    }

    /// `]` once nothing needs asking about the item it starts.
    pub(super) fn step_next(&mut self, now: Timestamp, t: &Text) -> Outcome {
        let s = &self.session;
        let Some(i) = s.current_index() else { return Outcome::NONE };
        let open = s.agenda[i].is_open();
        let more = s.agenda.iter().skip(i + 1).any(|it| it.state == ItemState::Pending);
        if open && !more && self.read_only.is_none() {
            self.confirm = Some(Confirm::EndSession);
            return Outcome::NONE;
        }
        if open && self.started_by_next(i) && s.agenda[i].elapsed_seconds(now) < NEVER_RAN_SECONDS {
            return self.agenda_step(t.roll.log_passed, now, t, |s, now| {
                s.skip(i, now);
                s.toggle_current(now);
            });
        }
        self.agenda_step(t.log_next, now, t, |s, now| s.advance(now))
    }

    /// Whether item `i` was started by `]` passing the item before it (not
    /// by Space): pressed again at once, `]` is walking past items.
    fn started_by_next(&self, i: usize) -> bool {
        let log = &self.session.log;
        let id = &self.session.agenda[i].id;
        let started = log.iter().rposition(|e| matches!(&e.event, Event::ItemStarted(s) if s == id));
        started.is_some_and(|k| {
            k > 0 && matches!(log[k - 1].event, Event::ItemFinished(_) | Event::ItemSkipped(_))
        })
    }

    /// `s` in the agenda: skip the item under the cursor; a fixed one asks.
    pub(super) fn skip_item(&mut self, now: Timestamp, t: &Text) -> Outcome {
        let i = self.agenda_cursor;
        let fixed = self.session.agenda.get(i).is_some_and(|it| {
            !it.is_closed() && (it.fixed_start.is_some() || it.kind == ItemKind::MealPrayer)
        });
        if fixed && self.read_only.is_none() {
            self.confirm = Some(Confirm::SkipFixed(i));
            return Outcome::NONE;
        }
        self.change(t.log_skip.into(), t, |s| s.skip(i, now))
    }
}
