//! Workshop-level attendance: who attended how much of the learning time,
//! who can still reach the certificate threshold, and what was promised.
//!
//! Pure arithmetic over the sessions of one workshop: no disk, and "now" is
//! a parameter, so every rule can be tested with a fixed clock. The words
//! (a standing's label, the footer) are added in `crate::report`.
//!
//! The rules, as the footer states them to the reader:
//! - A session's time is its *learning minutes*: the planned minutes of the
//!   items whose kind [`ItemKind::is_learning`] and that were not skipped.
//!   Planned, not actual, minutes: a facilitator's overrun must not lower
//!   anyone's percentage.
//! - Present, late and left early attend the learning minutes less what they
//!   missed: arrival − actual start (or planned start) and planned end −
//!   departure, never below zero. Arrivals within the grace time after the
//!   start are not deducted; later arrivals lose every minute they were late.
//! - Excused and sick are excused but not attended; absent is unexcused. No
//!   mark in a session that is over counts as absent; in a session still to
//!   come it is to come. Over means finished, or started and past its
//!   planned end; a session never started is to come whatever its date.
//! - Copies of one session (the same id, in several files) count once, as
//!   their merge. Parallel classes are told apart by each session's class:
//!   a participant belongs to the class of the rosters they are on, so that
//!   `p001` of one class is not taken for `p001` of another.
//!
//! [`ItemKind::is_learning`]: crate::domain::ItemKind::is_learning

mod rows;
mod rules;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::{Minutes, Participant, Session, Status, Timestamp, lesson_hours};
use rows::{class_first, column, merge_copies, open_actions, row, union_of_rosters};
pub use rules::{cell, is_over, learning_minutes, minutes_attended, standing};

/// Minutes after the start within which an arrival is not deducted.
pub const GRACE_MINUTES: Minutes = 10;

/// The share of the planned learning time a certificate usually asks for.
pub const DEFAULT_THRESHOLD_PERCENT: u32 = 80;

/// Where a participant stands against the threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Has attended at least the threshold of the whole workshop's plan.
    Reached,
    /// Not yet, but can miss at least one remaining session and still reach it.
    OnTrack,
    /// Reaches the threshold only by attending every remaining session in full.
    AtRisk,
    /// Cannot reach the threshold even attending everything that remains.
    CannotReach,
}

impl Standing {
    pub const ALL: [Standing; 4] =
        [Standing::Reached, Standing::OnTrack, Standing::AtRisk, Standing::CannotReach];
}

/// What one session means for one participant's total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not on this session's roster (added to the workshop later).
    NotPlanned,
    /// In the room: the learning minutes attended.
    Attended(Minutes),
    /// *Izin* or *sakit*: excused, not attended.
    Excused,
    /// *Alpa*: absent without notice.
    Absent,
    /// No mark in a session that is over.
    AbsentUnmarked,
    /// No mark in a session that is not over yet.
    ToCome,
}

/// One cell of the participants × sessions matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub status: Status,
    pub outcome: Outcome,
}

impl Cell {
    /// The attendance-sheet code, or `None` when the session was not planned
    /// for the participant.
    pub fn code(&self) -> Option<&'static str> {
        (self.outcome != Outcome::NotPlanned).then(|| self.status.code())
    }
}

/// Head counts of one session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SessionTotals {
    pub roster: usize,
    /// Present, late or left early.
    pub in_room: usize,
    pub female: usize,
    pub male: usize,
    pub not_recorded: usize,
    /// People in the room who recorded a disability.
    pub disability: usize,
}

/// One session, as a column of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionColumn {
    pub id: String,
    pub title: String,
    /// The parallel class the session belongs to, if the workshop has several.
    pub class: Option<String>,
    pub planned_start: Timestamp,
    pub learning_minutes: Minutes,
    /// Finished, or past its planned end.
    pub over: bool,
    pub totals: SessionTotals,
}

impl SessionColumn {
    pub fn date(&self) -> NaiveDate {
        self.planned_start.date_naive()
    }

    /// The title after the class when there is one (`Kelas A · Hari 1`), so
    /// that a cut title still shows its class.
    pub fn heading(&self) -> String {
        class_first(self.class.as_deref(), &self.title)
    }
}

/// One participant, as a row of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct ParticipantRow {
    /// As on the latest roster the participant appears on.
    pub participant: Participant,
    /// The class whose rosters the participant is on.
    pub class: Option<String>,
    /// One cell per session column, in the same order.
    pub cells: Vec<Cell>,
    pub minutes_attended: Minutes,
    pub minutes_planned: Minutes,
    /// Learning minutes of the sessions still to come for this participant.
    pub minutes_to_come: Minutes,
    /// Sessions excused (*izin*, *sakit*).
    pub excused_sessions: usize,
    /// Sessions absent, marked (*alpa*) or unmarked in a session that is over.
    pub absent_sessions: usize,
    pub standing: Standing,
}

impl ParticipantRow {
    /// The name, with the class when there is one: `Siti · Kelas A`.
    pub fn heading(&self) -> String {
        match &self.class {
            Some(class) => format!("{} · {class}", self.participant.name),
            None => self.participant.name.clone(),
        }
    }

    pub fn lesson_hours_attended(&self) -> f64 {
        lesson_hours(self.minutes_attended)
    }

    pub fn lesson_hours_planned(&self) -> f64 {
        lesson_hours(self.minutes_planned)
    }

    /// Attended share of the plan, rounded *down* to one decimal so that a
    /// printed 80.0 % always means the threshold is reached. `None` when
    /// nothing was planned.
    pub fn percent(&self) -> Option<f64> {
        (self.minutes_planned > 0).then(|| {
            let tenths = self.minutes_attended * 1000 / self.minutes_planned;
            tenths as f64 / 10.0
        })
    }

    /// Whether the participant joined after the first session.
    pub fn joined_later(&self) -> bool {
        self.cells.first().is_some_and(|c| c.outcome == Outcome::NotPlanned)
    }
}

/// An action item still open.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenAction {
    pub session_title: String,
    /// When the note was taken.
    pub at: Timestamp,
    pub due: Option<NaiveDate>,
    pub text: String,
}

impl OpenAction {
    pub fn date(&self) -> NaiveDate {
        self.at.date_naive()
    }
}

/// The open actions of one owner (`None`: nobody was named).
#[derive(Clone, Debug, PartialEq)]
pub struct ActionGroup {
    pub owner: Option<String>,
    pub actions: Vec<OpenAction>,
}

/// The sessions as the report counts them, in the order of its columns:
/// copies of one session merged, then by planned start, class and id.
pub fn sessions_in_order(sessions: &[Session]) -> Vec<Session> {
    let mut merged = merge_copies(sessions);
    merged.sort_by(|a, b| {
        a.planned_start.cmp(&b.planned_start).then(a.class.cmp(&b.class)).then(a.id.cmp(&b.id))
    });
    merged
}

/// The whole workshop on one page.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopReport {
    /// The workshop's name as the latest session spells it.
    pub workshop: String,
    pub threshold_percent: u32,
    pub grace_minutes: Minutes,
    /// Sessions in order of planned start.
    pub sessions: Vec<SessionColumn>,
    /// Participants in order of first appearance.
    pub participants: Vec<ParticipantRow>,
    /// Owners A–Z, then actions without an owner.
    pub actions: Vec<ActionGroup>,
}

impl WorkshopReport {
    /// The report with the default grace time.
    pub fn build(sessions: &[Session], threshold_percent: u32, now: Timestamp) -> WorkshopReport {
        WorkshopReport::build_with(sessions, threshold_percent, now, GRACE_MINUTES)
    }

    /// The report with a grace time for late arrivals.
    pub fn build_with(
        sessions: &[Session],
        threshold_percent: u32,
        now: Timestamp,
        grace_minutes: Minutes,
    ) -> WorkshopReport {
        let merged = sessions_in_order(sessions);
        let ordered: Vec<&Session> = merged.iter().collect();
        let columns: Vec<SessionColumn> = ordered.iter().map(|s| column(s, now)).collect();
        let participants = union_of_rosters(&ordered)
            .into_iter()
            .map(|(class, p)| row(p, class, &ordered, &columns, threshold_percent, grace_minutes))
            .collect();
        WorkshopReport {
            workshop: ordered.last().map(|s| s.workshop.clone()).unwrap_or_default(),
            threshold_percent,
            grace_minutes,
            sessions: columns,
            participants,
            actions: open_actions(&ordered),
        }
    }

    /// Whether the sessions belong to parallel classes.
    pub fn has_classes(&self) -> bool {
        self.sessions.iter().any(|s| s.class.is_some())
    }

    /// Column labels by date (`05-08`); a second session on the same day
    /// gets a letter (`05-08b`) so that columns stay distinguishable.
    pub fn column_labels(&self, date_format: &str) -> Vec<String> {
        let mut seen: HashMap<NaiveDate, u8> = HashMap::new();
        self.sessions
            .iter()
            .map(|s| {
                let n = seen.entry(s.date()).or_insert(0);
                *n += 1;
                let label = s.date().format(date_format).to_string();
                match *n {
                    1 => label,
                    n => format!("{label}{}", char::from(b'a' + (n - 1).min(25))),
                }
            })
            .collect()
    }
}
