//! The roll call: a mark per participant, the rest marked absent, walk-ins
//! and reasons.

use crate::domain::roster::next_participant_id;
use crate::domain::{Gender, Mark, Participant, ParticipantId, Status, Timestamp};
use crate::text::{Text, fill};
use crate::tui::command::{Command, Gesture};

use super::super::{Filter, edit_line};
use super::{Confirm, Notice, Outcome, Prompt, PromptKind, Run, say};

impl Run {
    /// The roll call's commands: marks, and what asks before or after one.
    pub(super) fn roll_call_command(
        &mut self,
        command: Command,
        just_marked: Option<ParticipantId>,
        now: Timestamp,
        t: &Text,
    ) -> Outcome {
        match command {
            Command::Mark(Status::Present) if self.late_offer(now).is_some() => {
                self.confirm = self.late_offer(now);
                Outcome::NONE
            }
            Command::Mark(status) => self.mark(status, now, t),
            _ => self.ask_roll_call(command, just_marked, t),
        }
    }

    /// Open the question or prompt a roll-call command needs.
    pub(super) fn ask_roll_call(
        &mut self,
        command: Command,
        just: Option<ParticipantId>,
        t: &Text,
    ) -> Outcome {
        // After a mark the cursor has moved on: the reason or time is for
        // the person just marked, unless the cursor was moved since.
        let target = just.or_else(|| self.selected_person().map(|p| p.id.clone()));
        match command {
            Command::MarkRestAbsent => {
                let unmarked = self.session.attendance_count().of(Status::Unmarked);
                if unmarked == 0 {
                    return say(t.everyone_marked);
                }
                self.confirm = Some(Confirm::RestAbsent(unmarked));
                Outcome::NONE
            }
            Command::AddWalkIn => {
                self.prompt = Some(Prompt {
                    kind: PromptKind::WalkIn { gender: Gender::NotRecorded },
                    text: String::new(),
                });
                Outcome::NONE
            }
            Command::EditReason => {
                let Some(id) = target else { return Outcome::NONE };
                let text = self.session.mark(&id).reason.unwrap_or_default();
                self.prompt = Some(Prompt { kind: PromptKind::Reason(id), text });
                Outcome::NONE
            }
            Command::EditTime => {
                let Some(id) = target else { return Outcome::NONE };
                let text = self.time_to_correct(&id);
                self.prompt = Some(Prompt { kind: PromptKind::Time(id), text });
                Outcome::NONE
            }
            Command::ToggleUnmarked => {
                self.only_unmarked = !self.only_unmarked;
                self.people_cursor = 0;
                Outcome::NONE
            }
            _ => Outcome::NONE,
        }
    }

    /// Marking the selected person present now asks whether they came late:
    /// when the session started more than the grace minutes ago and they
    /// have no mark yet (changing a mark is a correction, not an arrival).
    pub(super) fn late_offer(&self, now: Timestamp) -> Option<Confirm> {
        self.session.started_at()?;
        let person = self.selected_person()?;
        if self.session.mark(&person.id).status != Status::Unmarked || self.roll_call_under_way(now) {
            return None;
        }
        let late = Mark { status: Status::Late, arrived: Some(now), ..Mark::default() };
        let minutes = self.session.minutes_late(&late);
        (minutes > self.grace_minutes).then(|| Confirm::LateOffer { person: person.id.clone(), minutes })
    }

    /// Mark the selected participant and move to the next. Late records the
    /// arrival now; left early records the departure now.
    pub(super) fn mark(&mut self, status: Status, now: Timestamp, t: &Text) -> Outcome {
        let Some(person) = self.selected_person().cloned() else { return Outcome::NONE };
        let mut mark = self.session.mark(&person.id);
        let was = mark.status;
        match status {
            Status::Unmarked => mark = Mark::default(),
            Status::Late => {
                mark.arrived = Some(now);
                mark.left = None;
            }
            Status::LeftEarly => mark.left = Some(now),
            _ => {
                mark.arrived = None;
                mark.left = None;
            }
        }
        mark.status = status;
        let label = format!("{}: {}", person.name, t.status(status));
        let by = self.author.clone();
        let Outcome { effect, notice } =
            self.change(label, t, |s| s.record_mark(person.id.clone(), mark, now, &by));
        if effect.is_none() {
            return Outcome { effect, notice };
        }
        self.just_marked = Some(person.id.clone());
        // Listing only the unmarked, the person just marked leaves the list
        // and the next one is already under the cursor.
        let step = usize::from(!self.only_unmarked);
        let len = self.visible_people().len();
        self.people_cursor = (self.people_cursor + step).min(len.saturating_sub(1));
        // A correction is said aloud: a stray key must not change a mark unseen.
        let corrected = (was != Status::Unmarked && was != status).then(|| {
            let (from, to) = (was.code(), status.code());
            let pairs =
                [("name", person.name.as_str()), ("from", from), ("to", to), ("undo", &self.undo_key)];
            Notice::info(fill(t.roll.corrected, &pairs))
        });
        Outcome { effect, notice: notice.or(corrected) }
    }

    /// Mark everyone still unmarked absent, saying how many and who.
    pub(super) fn rest_absent(&mut self, now: Timestamp, t: &Text) -> Outcome {
        let unmarked: Vec<Participant> = self
            .session
            .roster
            .iter()
            .filter(|p| self.session.mark(&p.id).status == Status::Unmarked)
            .cloned()
            .collect();
        let by = self.author.clone();
        let Outcome { effect, notice } = self.change(t.log_rest_absent.into(), t, |s| {
            for p in &unmarked {
                let mark = Mark { status: Status::Absent, ..s.mark(&p.id) };
                s.record_mark(p.id.clone(), mark, now, &by);
            }
        });
        if effect.is_none() {
            return Outcome { effect, notice };
        }
        let names: Vec<&str> = unmarked.iter().map(|p| p.name.as_str()).collect();
        let n = unmarked.len().to_string();
        let pairs = [("n", n.as_str()), ("names", &names.join(", ")), ("undo", &self.undo_key)];
        Outcome::new(effect, Some(Notice::info(fill(t.roll.rest_absent_done, &pairs))))
    }

    pub(super) fn update_prompt(&mut self, gesture: Gesture, now: Timestamp, t: &Text) -> Outcome {
        let Some(prompt) = self.prompt.as_mut() else { return Outcome::NONE };
        match gesture {
            Gesture::Input(input) => {
                edit_line(&mut prompt.text, &input);
            }
            Gesture::Paste(text) => prompt.text.push_str(text.lines().next().unwrap_or("")),
            Gesture::Command(Command::NextField) => {
                if let PromptKind::WalkIn { gender } = &mut prompt.kind {
                    *gender = match gender {
                        Gender::NotRecorded => Gender::Female,
                        Gender::Female => Gender::Male,
                        Gender::Male => Gender::NotRecorded,
                    };
                }
            }
            Gesture::Command(Command::Cancel) => self.prompt = None,
            Gesture::Command(Command::Confirm) => {
                let Some(prompt) = self.prompt.take() else { return Outcome::NONE };
                return self.prompt_done(prompt, now, t);
            }
            _ => {}
        }
        Outcome::NONE
    }

    fn prompt_done(&mut self, prompt: Prompt, now: Timestamp, t: &Text) -> Outcome {
        let text = prompt.text.trim().to_string();
        match prompt.kind {
            PromptKind::Reason(id) => {
                let mut mark = self.session.mark(&id);
                mark.reason = (!text.is_empty()).then_some(text);
                let by = self.author.clone();
                self.change(t.log_reason.into(), t, |s| s.record_mark(id, mark, now, &by))
            }
            PromptKind::Time(id) => self.set_time(id, &text, now, t),
            PromptKind::WalkIn { gender } => {
                if text.is_empty() {
                    return Outcome::NONE;
                }
                let late = now > self.session.lateness_start();
                let label = format!("{}: {}", t.log_walk_in, text);
                let by = self.author.clone();
                let out = self.change(label, t, |s| {
                    let mut person = Participant::new(next_participant_id(&s.roster), text);
                    person.gender = gender;
                    let mark = if late {
                        Mark { status: Status::Late, arrived: Some(now), ..Mark::default() }
                    } else {
                        Mark::with_status(Status::Present)
                    };
                    s.record_mark(person.id.clone(), mark, now, &by);
                    s.roster.push(person);
                });
                self.people_filter = Filter::default();
                self.people_cursor = self.session.roster.len().saturating_sub(1);
                out
            }
        }
    }
}
