//! The run view's questions and prompts, the answers to them, and the list
//! filters.

use std::path::PathBuf;

use crate::domain::schedule::Rebalance;
use crate::domain::{Gender, Minutes, ParticipantId, Status, Timestamp};
use crate::text::Text;
use crate::tui::command::{Command, Gesture, Pane};
use crate::tui::effect::Effect;

use super::super::Filter;
use super::{Outcome, Run};

/// A one-line question for the facilitator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// The name (and gender, cycled with Tab) of someone who walked in.
    WalkIn { gender: Gender },
    /// Why a participant is late, excused, sick or absent.
    Reason(ParticipantId),
    /// When a participant arrived (or, having left early, left): `07:40`.
    Time(ParticipantId),
}

/// A yes/no question before a change that touches many things.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    RestAbsent(usize),
    Rebalance(Rebalance),
    /// Starting far from the planned time: move the plan to now (yes), start
    /// on the old plan (no), or not start (cancel).
    MovePlan,
    /// A copy of unsaved work newer than the file: merge it in (yes), set
    /// it aside (no), or decide later (cancel).
    Copy {
        path: PathBuf,
        brought: crate::store::Brought,
        /// Named the old way: it may come from another sessions folder.
        old_name: bool,
    },
    /// Marked present after the start and the grace: late with the
    /// arrival now (yes), present all the same (no), or nothing (cancel).
    LateOffer {
        person: ParticipantId,
        minutes: Minutes,
    },
    /// Keys that came as fast as typing: start a note with them?
    TypedText(String),
    /// `]` on the last item: finish it and end the session?
    EndSession,
    /// Skipping an item fixed to a time of day (lunch, prayer).
    SkipFixed(usize),
    /// `]` would start an item fixed to a time of day well before it.
    StartFixed(usize),
    /// `q` while a session runs: quit (yes), or anything else to stay.
    Quit,
    /// Esc on a changed details form: throw the changes away (yes), or
    /// go on editing.
    DropDetails,
}

impl Run {
    /// A gesture while a question is open: yes, no, cancel, or nothing.
    pub(super) fn answer(&mut self, confirm: Confirm, gesture: Gesture, now: Timestamp, t: &Text) -> Outcome {
        match gesture.command() {
            Some(Command::Confirm) => self.confirmed(confirm, now, t),
            Some(Command::Decline) if confirm == Confirm::MovePlan => {
                self.agenda_step(t.log_toggle, now, t, |s, now| s.toggle_current(now))
            }
            Some(Command::Decline) if matches!(confirm, Confirm::LateOffer { .. }) => {
                self.mark(Status::Present, now, t)
            }
            Some(Command::Decline) if let Confirm::Copy { path, .. } = confirm => {
                Outcome::effect(Effect::Copy { path, merge: false })
            }
            Some(Command::Cancel | Command::Decline) => Outcome::NONE,
            // Anything but yes closes the quit question.
            _ if confirm == Confirm::Quit => Outcome::NONE,
            _ => {
                self.confirm = Some(confirm);
                Outcome::NONE
            }
        }
    }

    pub(super) fn confirmed(&mut self, confirm: Confirm, now: Timestamp, t: &Text) -> Outcome {
        match confirm {
            Confirm::RestAbsent(_) => self.rest_absent(now, t),
            Confirm::TypedText(text) => self.note_from_typing(&text, now, t),
            Confirm::EndSession => self.agenda_step(t.roll.log_end, now, t, |s, now| s.advance(now)),
            Confirm::StartFixed(_) => self.step_next(now, t),
            // The app quits before the question gets here.
            Confirm::Quit => Outcome::effect(Effect::Quit),
            Confirm::DropDetails => {
                self.details = None;
                Outcome::NONE
            }
            Confirm::SkipFixed(i) => self.change(t.log_skip.into(), t, |s| s.skip(i, now)),
            Confirm::LateOffer { .. } => self.mark(Status::Late, now, t),
            Confirm::Copy { path, .. } => Outcome::effect(Effect::Copy { path, merge: true }),
            Confirm::MovePlan => self.agenda_step(t.log_move_plan, now, t, |s, now| {
                s.move_plan(now, now);
                s.toggle_current(now);
            }),
            Confirm::Rebalance(plan) => self.change(t.log_rebalance.into(), t, |s| {
                for (i, minutes) in plan.changes {
                    s.set_planned_minutes(i, minutes, now);
                }
            }),
        }
    }

    /// `/`: a new filter, not more words on the one kept.
    pub(super) fn start_filter(&mut self) -> Outcome {
        let fresh = Filter { text: String::new(), typing: true };
        match self.focus {
            Pane::Notes => self.notes_filter = fresh,
            _ => {
                self.focus = Pane::Attendance;
                self.people_filter = fresh;
                self.people_cursor = 0;
            }
        }
        Outcome::NONE
    }

    pub(super) fn update_filter(&mut self, gesture: Gesture) -> Outcome {
        let notes = self.notes_filter.typing;
        let (filter, cursor) = if notes {
            (&mut self.notes_filter, &mut self.notes_cursor)
        } else {
            (&mut self.people_filter, &mut self.people_cursor)
        };
        match gesture {
            Gesture::Input(input) => {
                filter.type_key(&input);
                *cursor = 0;
            }
            Gesture::Command(Command::Confirm) => filter.typing = false,
            Gesture::Command(Command::Cancel) => *filter = Filter::default(),
            Gesture::Command(Command::Up) => return self.move_cursor(-1),
            Gesture::Command(Command::Down) => return self.move_cursor(1),
            _ => {}
        }
        Outcome::NONE
    }
}
