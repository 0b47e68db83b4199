//! Workshop-level attendance: who attended how much of the learning time,
//! who can still reach the certificate threshold, and what was promised.
//!
//! Pure arithmetic over the sessions of one workshop: no disk, and "now" is
//! a parameter, so every rule can be tested with a fixed clock.
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

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::fold::fold;
use crate::domain::merge::merge;
use crate::domain::schedule::planned_end;
use crate::domain::session::Phase;
use crate::domain::{
    Gender, ItemState, Mark, Minutes, Participant, ParticipantId, Session, Status, Timestamp, lesson_hours,
};
use crate::text::Text;

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

    /// The word for the standing in the interface language.
    pub fn label(self, t: &Text) -> &'static str {
        let i = Standing::ALL.iter().position(|s| *s == self).unwrap_or(0);
        t.report.standing[i]
    }
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
        let merged = merge_copies(sessions);
        let mut ordered: Vec<&Session> = merged.iter().collect();
        ordered.sort_by(|a, b| {
            a.planned_start.cmp(&b.planned_start).then(a.class.cmp(&b.class)).then(a.id.cmp(&b.id))
        });
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

    /// The counting rules in words, with this report's numbers filled in.
    pub fn footer(&self, t: &Text) -> Vec<String> {
        t.report
            .rule_lines
            .iter()
            .map(|line| {
                line.replace("{grace}", &self.grace_minutes.to_string())
                    .replace("{threshold}", &self.threshold_percent.to_string())
            })
            .collect()
    }
}

/// Learning minutes of a session: planned minutes of its learning items that
/// were not skipped.
pub fn learning_minutes(session: &Session) -> Minutes {
    session
        .agenda
        .iter()
        .filter(|i| i.kind.is_learning() && i.state != ItemState::Skipped)
        .map(|i| i.planned_minutes)
        .sum()
}

/// Whether a session is over at `now`: finished, or started and past its
/// planned end (a day run without pressing "finish" did happen). A session
/// never started is still to come whatever its date: nothing says it was held.
pub fn is_over(session: &Session, now: Timestamp) -> bool {
    match session.phase() {
        Phase::Finished => true,
        Phase::Running => planned_end(session) <= now,
        Phase::Planned => false,
    }
}

/// Learning minutes a mark attended: the session's learning minutes less the
/// minutes missed by arriving late (beyond the grace time) and by leaving
/// before the planned end; nothing for anyone not in the room.
pub fn minutes_attended(session: &Session, mark: &Mark, grace_minutes: Minutes) -> Minutes {
    if !mark.status.is_in_room() {
        return 0;
    }
    let late = session.minutes_late(mark);
    let late = if late <= grace_minutes { 0 } else { late };
    let early = mark.minutes_left_early(planned_end(session));
    (learning_minutes(session) - late - early).max(0)
}

/// The cell of one mark in one session.
pub fn cell(session: &Session, over: bool, mark: &Mark, grace_minutes: Minutes) -> Cell {
    let outcome = match mark.status {
        Status::Present | Status::Late | Status::LeftEarly => {
            Outcome::Attended(minutes_attended(session, mark, grace_minutes))
        }
        Status::Excused | Status::Sick => Outcome::Excused,
        Status::Absent => Outcome::Absent,
        Status::Unmarked if over => Outcome::AbsentUnmarked,
        Status::Unmarked => Outcome::ToCome,
    };
    Cell { status: mark.status, outcome }
}

/// Where someone stands, from minutes attended and planned and the learning
/// minutes of each session still to come for them. Integer arithmetic, so
/// that exactly the threshold reaches it.
pub fn standing(
    attended: Minutes,
    planned: Minutes,
    to_come: &[Minutes],
    threshold_percent: u32,
) -> Standing {
    let threshold = Minutes::from(threshold_percent);
    let reaches = |minutes: Minutes| minutes * 100 >= threshold * planned;
    let best = attended + to_come.iter().sum::<Minutes>();
    // Missing the shortest remaining session is the smallest slip possible.
    let smallest_slip = to_come.iter().copied().filter(|m| *m > 0).min().unwrap_or(0);
    if reaches(attended) {
        Standing::Reached
    } else if !reaches(best) {
        Standing::CannotReach
    } else if smallest_slip == 0 || !reaches(best - smallest_slip) {
        Standing::AtRisk
    } else {
        Standing::OnTrack
    }
}

/// A session's title after its class, if it has one.
fn class_first(class: Option<&str>, title: &str) -> String {
    match class {
        Some(class) => format!("{class} · {title}"),
        None => title.to_string(),
    }
}

/// One session per id: copies of a session found in several files (two
/// laptops' files not merged yet) are merged, so nothing counts twice.
fn merge_copies(sessions: &[Session]) -> Vec<Session> {
    let mut by_id: Vec<Session> = Vec::with_capacity(sessions.len());
    for s in sessions {
        match by_id.iter_mut().find(|m| m.id == s.id) {
            Some(m) => {
                if let Ok(merged) = merge(m, s) {
                    *m = merged.session;
                }
            }
            None => by_id.push(s.clone()),
        }
    }
    by_id
}

fn column(session: &Session, now: Timestamp) -> SessionColumn {
    SessionColumn {
        id: session.id.clone(),
        title: session.title.clone(),
        class: session.class.clone(),
        planned_start: session.planned_start,
        learning_minutes: learning_minutes(session),
        over: is_over(session, now),
        totals: totals(session),
    }
}

fn totals(session: &Session) -> SessionTotals {
    let mut t = SessionTotals { roster: session.roster.len(), ..SessionTotals::default() };
    for p in session.roster.iter().filter(|p| session.mark(&p.id).status.is_in_room()) {
        t.in_room += 1;
        match p.gender {
            Gender::Female => t.female += 1,
            Gender::Male => t.male += 1,
            Gender::NotRecorded => t.not_recorded += 1,
        }
        if p.has_disability() {
            t.disability += 1;
        }
    }
    t
}

/// Everyone on any roster with their class, in order of first appearance,
/// each as the latest roster records them (names and units get corrected
/// during a workshop).
fn union_of_rosters(ordered: &[&Session]) -> Vec<(Option<String>, Participant)> {
    let mut people: Vec<(Option<String>, Participant)> = Vec::new();
    let mut index: HashMap<(Option<String>, ParticipantId), usize> = HashMap::new();
    for (class, p) in ordered.iter().flat_map(|s| s.roster.iter().map(|p| (&s.class, p))) {
        match index.get(&(class.clone(), p.id.clone())) {
            Some(&i) => people[i].1 = p.clone(),
            None => {
                index.insert((class.clone(), p.id.clone()), people.len());
                people.push((class.clone(), p.clone()));
            }
        }
    }
    people
}

fn row(
    participant: Participant,
    class: Option<String>,
    ordered: &[&Session],
    columns: &[SessionColumn],
    threshold_percent: u32,
    grace_minutes: Minutes,
) -> ParticipantRow {
    let mut r = ParticipantRow {
        participant,
        class,
        cells: Vec::with_capacity(ordered.len()),
        minutes_attended: 0,
        minutes_planned: 0,
        minutes_to_come: 0,
        excused_sessions: 0,
        absent_sessions: 0,
        standing: Standing::Reached,
    };
    let mut to_come = Vec::new();
    for (session, col) in ordered.iter().zip(columns) {
        let id = &r.participant.id;
        let c = match session.participant(id).filter(|_| session.class == r.class) {
            Some(_) => cell(session, col.over, &session.mark(id), grace_minutes),
            None => Cell { status: Status::Unmarked, outcome: Outcome::NotPlanned },
        };
        if c.outcome != Outcome::NotPlanned {
            r.minutes_planned += col.learning_minutes;
        }
        match c.outcome {
            Outcome::Attended(m) => r.minutes_attended += m,
            Outcome::Excused => r.excused_sessions += 1,
            Outcome::Absent | Outcome::AbsentUnmarked => r.absent_sessions += 1,
            Outcome::ToCome => to_come.push(col.learning_minutes),
            Outcome::NotPlanned => {}
        }
        r.cells.push(c);
    }
    r.minutes_to_come = to_come.iter().sum();
    r.standing = standing(r.minutes_attended, r.minutes_planned, &to_come, threshold_percent);
    r
}

/// Open actions of all sessions, grouped by owner. Owners are matched
/// folded, so "Imam Syafi'i" and "imam syafii" are one person; the group
/// keeps the first spelling met.
fn open_actions(ordered: &[&Session]) -> Vec<ActionGroup> {
    let mut groups: Vec<(Option<String>, ActionGroup)> = Vec::new();
    for session in ordered {
        for note in session.notes.iter().filter(|n| n.is_open_action()) {
            let owner = note.owner.as_deref().map(str::trim).filter(|o| !o.is_empty());
            let key = owner.map(fold);
            let action = OpenAction {
                session_title: class_first(session.class.as_deref(), &session.title),
                at: note.at,
                due: note.due,
                text: note.text.clone(),
            };
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, g)) => g.actions.push(action),
                None => groups
                    .push((key, ActionGroup { owner: owner.map(str::to_string), actions: vec![action] })),
            }
        }
    }
    // Named owners A–Z, "no owner" last; within an owner, the earliest due first.
    groups.sort_by(|(a, _), (b, _)| a.is_none().cmp(&b.is_none()).then(a.cmp(b)));
    groups
        .into_iter()
        .map(|(_, mut g)| {
            g.actions.sort_by_key(|a| (a.due.is_none(), a.due, a.at));
            g
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AgendaItem, ItemId, ItemKind, Note, NoteId, NoteKind};
    use chrono::DateTime;

    fn at(day: u32, hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-{day:02}T{hm}:00+07:00")).unwrap()
    }

    fn pid(n: usize) -> ParticipantId {
        ParticipantId::numbered(n)
    }

    /// A day from 08:00: registration 15 (admin), input 90, break 15, group
    /// work 60: 150 learning minutes, planned end 11:00.
    fn day(n: u32, people: &[usize]) -> Session {
        let mut s = Session::new(format!("s{n}"), "Bimtek Sekcam", format!("Hari {n}"), at(n, "08:00"));
        let items = [
            ("Registrasi", ItemKind::Admin, 15),
            ("Materi", ItemKind::Input, 90),
            ("Rehat", ItemKind::Break, 15),
            ("Kerja kelompok", ItemKind::GroupWork, 60),
        ];
        for (i, (title, kind, minutes)) in items.into_iter().enumerate() {
            s.agenda.push(AgendaItem::new(ItemId::numbered(i + 1), title, kind, minutes));
        }
        s.roster = people.iter().map(|&p| Participant::new(pid(p), format!("Peserta {p}"))).collect();
        s
    }

    /// The day run from `start` to its end.
    fn run(mut s: Session, start: Timestamp) -> Session {
        s.toggle_current(start);
        s.finish(start + chrono::Duration::minutes(180));
        s
    }

    fn mark(status: Status) -> Mark {
        Mark::with_status(status)
    }

    fn late(day: u32, hm: &str) -> Mark {
        Mark { status: Status::Late, arrived: Some(at(day, hm)), ..Mark::default() }
    }

    #[test]
    fn learning_minutes_leave_out_breaks_admin_and_skipped_items() {
        let mut s = day(8, &[]);
        assert_eq!(learning_minutes(&s), 150);
        s.skip(3, at(8, "07:00"));
        assert_eq!(learning_minutes(&s), 90);
    }

    #[test]
    fn late_arrival_counts_from_the_actual_start() {
        let mut s = run(day(8, &[1]), at(8, "08:10"));
        s.set_mark(pid(1), late(8, "08:25"));
        let r = WorkshopReport::build_with(&[s], 80, at(9, "07:00"), 0);
        assert_eq!(r.participants[0].minutes_attended, 150 - 15);
        assert_eq!(r.participants[0].cells[0].code(), Some("T"));
    }

    #[test]
    fn late_by_exactly_the_grace_time_deducts_nothing() {
        let mut s = run(day(8, &[1, 2]), at(8, "08:00"));
        s.set_mark(pid(1), late(8, "08:10"));
        s.set_mark(pid(2), late(8, "08:11"));
        let r = WorkshopReport::build_with(&[s.clone()], 80, at(9, "07:00"), 10);
        assert_eq!(r.participants[0].minutes_attended, 150);
        assert_eq!(r.participants[1].minutes_attended, 150 - 11, "past the grace, every minute counts");
        let without_grace = WorkshopReport::build_with(&[s], 80, at(9, "07:00"), 0);
        assert_eq!(without_grace.participants[0].minutes_attended, 140);
    }

    #[test]
    fn leaving_early_counts_to_the_planned_end() {
        let mut s = run(day(8, &[1]), at(8, "08:00"));
        let m = Mark { status: Status::LeftEarly, left: Some(at(8, "10:15")), ..Mark::default() };
        s.set_mark(pid(1), m);
        let r = WorkshopReport::build(&[s], 80, at(9, "07:00"));
        assert_eq!(r.participants[0].minutes_attended, 150 - 45);
        assert_eq!(r.participants[0].cells[0].code(), Some("PSW"));
    }

    #[test]
    fn missing_more_than_the_learning_time_attends_nothing() {
        let mut s = run(day(8, &[1]), at(8, "08:00"));
        s.set_mark(pid(1), late(8, "10:50"));
        assert_eq!(minutes_attended(&s, &s.mark(&pid(1)), 0), 0);
    }

    #[test]
    fn excused_is_counted_apart_from_absent_and_unmarked_after_the_end_is_absent() {
        let mut s = run(day(8, &[1, 2, 3, 4]), at(8, "08:00"));
        s.set_mark(pid(1), mark(Status::Excused));
        s.set_mark(pid(2), mark(Status::Sick));
        s.set_mark(pid(3), mark(Status::Absent));
        let r = WorkshopReport::build(&[s], 80, at(9, "07:00"));
        let counts: Vec<(usize, usize, Minutes)> = r
            .participants
            .iter()
            .map(|p| (p.excused_sessions, p.absent_sessions, p.minutes_attended))
            .collect();
        assert_eq!(counts, vec![(1, 0, 0), (1, 0, 0), (0, 1, 0), (0, 1, 0)]);
        assert_eq!(r.participants[3].cells[0].outcome, Outcome::AbsentUnmarked);
        assert_eq!(r.participants[3].cells[0].code(), Some("–"));
    }

    #[test]
    fn unmarked_in_a_session_to_come_is_to_come() {
        let s = day(9, &[1]);
        let r = WorkshopReport::build(std::slice::from_ref(&s), 80, at(8, "12:00"));
        assert_eq!(r.participants[0].cells[0].outcome, Outcome::ToCome);
        assert_eq!(r.participants[0].minutes_to_come, 150);
        // Never started: still to come, even after its date.
        let r = WorkshopReport::build(std::slice::from_ref(&s), 80, at(10, "07:00"));
        assert_eq!(r.participants[0].cells[0].outcome, Outcome::ToCome);
        // Started but never finished: over once its planned end has passed.
        let mut started = s;
        started.toggle_current(at(9, "08:00"));
        let during = WorkshopReport::build(&[started.clone()], 80, at(9, "10:00"));
        assert_eq!(during.participants[0].cells[0].outcome, Outcome::ToCome);
        let after = WorkshopReport::build(&[started], 80, at(9, "11:00"));
        assert_eq!(after.participants[0].cells[0].outcome, Outcome::AbsentUnmarked);
    }

    #[test]
    fn someone_added_mid_workshop_is_planned_only_from_then() {
        let mut d1 = run(day(8, &[1]), at(8, "08:00"));
        d1.set_mark(pid(1), mark(Status::Present));
        let mut d2 = run(day(9, &[1, 2]), at(9, "08:00"));
        d2.set_mark(pid(1), mark(Status::Present));
        d2.set_mark(pid(2), mark(Status::Present));
        let r = WorkshopReport::build(&[d2, d1], 80, at(10, "07:00"));
        let newcomer = &r.participants[1];
        assert_eq!(newcomer.participant.id, pid(2));
        assert_eq!(newcomer.cells[0].code(), None);
        assert_eq!(newcomer.cells[1].code(), Some("H"));
        assert_eq!((newcomer.minutes_attended, newcomer.minutes_planned), (150, 150));
        assert_eq!(newcomer.percent(), Some(100.0));
        assert!(newcomer.joined_later() && !r.participants[0].joined_later());
        assert_eq!(r.participants[0].minutes_planned, 300);
    }

    #[test]
    fn exactly_the_threshold_reaches_it() {
        assert_eq!(standing(400, 500, &[], 80), Standing::Reached);
        assert_eq!(standing(399, 500, &[], 80), Standing::CannotReach);
        // 600 of 750 minutes: exactly 80 %.
        let mut days: Vec<Session> = (8..=12).map(|d| run(day(d, &[1]), at(d, "08:00"))).collect();
        for d in &mut days[..4] {
            d.set_mark(pid(1), mark(Status::Present));
        }
        let r = WorkshopReport::build(&days, 80, at(13, "07:00"));
        let p = &r.participants[0];
        assert_eq!((p.minutes_attended, p.minutes_planned), (600, 750));
        assert_eq!(p.percent(), Some(80.0));
        assert_eq!(p.standing, Standing::Reached);
        assert_eq!((p.lesson_hours_attended(), p.lesson_hours_planned()), (13.3, 16.7));
    }

    #[test]
    fn percentages_round_down() {
        let days: Vec<Session> = (8..=10).map(|d| run(day(d, &[1]), at(d, "08:00"))).collect();
        let mut r = WorkshopReport::build(&days, 80, at(11, "07:00"));
        r.participants[0].minutes_attended = 299;
        assert_eq!(r.participants[0].percent(), Some(66.4));
    }

    #[test]
    fn at_risk_needs_every_remaining_session_and_cannot_reach_is_beyond_that() {
        // Five days of 150 minutes: 600 needed for 80 %.
        // Days 8 and 9 were run; 10 to 12 are still to come.
        let mut days: Vec<Session> = (8..=12)
            .map(|d| if d <= 9 { run(day(d, &[1, 2, 3]), at(d, "08:00")) } else { day(d, &[1, 2, 3]) })
            .collect();
        for d in &mut days[..2] {
            d.set_mark(pid(1), mark(Status::Present));
        }
        days[0].set_mark(pid(2), mark(Status::Present));
        days[1].set_mark(pid(2), mark(Status::Sick));
        days[0].set_mark(pid(3), mark(Status::Absent));
        days[1].set_mark(pid(3), mark(Status::Absent));
        let r = WorkshopReport::build(&days, 80, at(10, "07:00"));
        let standings: Vec<Standing> = r.participants.iter().map(|p| p.standing).collect();
        // p1: 300 + 450 to come, can miss one day. p2: 150 + 450 = 600, no slack.
        // p3: 0 + 450 < 600.
        assert_eq!(standings, vec![Standing::OnTrack, Standing::AtRisk, Standing::CannotReach]);
    }

    #[test]
    fn totals_count_the_room_by_gender_and_disability() {
        let mut s = run(day(8, &[1, 2, 3, 4]), at(8, "08:00"));
        s.roster[0].gender = Gender::Female;
        s.roster[1].gender = Gender::Male;
        s.roster[1].disability = Some("tunanetra".into());
        s.roster[3].gender = Gender::Female;
        for n in 1..=3 {
            s.set_mark(pid(n), mark(Status::Present));
        }
        s.set_mark(pid(4), mark(Status::Excused));
        let r = WorkshopReport::build(&[s], 80, at(9, "07:00"));
        let t = r.sessions[0].totals;
        assert_eq!((t.roster, t.in_room, t.female, t.male, t.not_recorded, t.disability), (4, 3, 1, 1, 1, 1));
    }

    #[test]
    fn open_actions_are_grouped_by_owner_with_no_owner_last() {
        let mut s = day(8, &[]);
        let action = |n: u64, text: &str, owner: Option<&str>, due: Option<u32>| {
            let mut note = Note::new(NoteId::new(at(8, "09:00"), n), at(8, "09:00"), NoteKind::Action, text);
            note.owner = owner.map(str::to_string);
            note.due = due.and_then(|d| NaiveDate::from_ymd_opt(2017, 5, d));
            note
        };
        let mut done = action(4, "Sudah", Some("Ratna"), None);
        done.done = true;
        s.notes = vec![
            action(1, "Kirim proposal", Some("Imam Syafi'i"), Some(20)),
            action(2, "Siapkan ruang", None, None),
            action(3, "Rekap nilai", Some("imam syafii"), Some(15)),
            done,
            action(5, "Undang camat", Some("Agus"), None),
        ];
        let r = WorkshopReport::build(&[s], 80, at(8, "12:00"));
        let owners: Vec<Option<&str>> = r.actions.iter().map(|g| g.owner.as_deref()).collect();
        assert_eq!(owners, vec![Some("Agus"), Some("Imam Syafi'i"), None]);
        let imam: Vec<&str> = r.actions[1].actions.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(imam, vec!["Rekap nilai", "Kirim proposal"]);
        assert_eq!(r.actions[1].actions[0].session_title, "Hari 8");
    }

    #[test]
    fn two_sessions_on_one_day_get_distinct_labels_and_the_footer_has_the_numbers() {
        let mut afternoon = day(8, &[]);
        afternoon.planned_start = at(8, "13:00");
        afternoon.id = "s8b".into();
        let r = WorkshopReport::build_with(&[day(8, &[]), afternoon, day(9, &[])], 75, at(8, "07:00"), 5);
        assert_eq!(r.column_labels("%m-%d"), vec!["05-08", "05-08b", "05-09"]);
        let footer = r.footer(&crate::text::EN).join("\n");
        assert!(footer.contains("up to 5 min") && footer.contains("exactly 75 %"), "{footer}");
        assert!(!footer.contains('{'));
    }
}
