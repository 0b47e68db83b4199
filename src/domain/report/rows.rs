//! The report's columns, rows and action groups, assembled from the
//! sessions of a workshop.

use std::collections::HashMap;

use super::{ActionGroup, Cell, OpenAction, Outcome, ParticipantRow, SessionColumn, SessionTotals, Standing};
use super::{cell, is_over, learning_minutes, standing};
use crate::domain::fold::fold;
use crate::domain::merge::merge;
use crate::domain::{Gender, Minutes, Participant, ParticipantId, Session, Status, Timestamp};

/// A session's title after its class, if it has one.
pub(super) fn class_first(class: Option<&str>, title: &str) -> String {
    match class {
        Some(class) => format!("{class} · {title}"),
        None => title.to_string(),
    }
}

/// One session per id: copies of a session found in several files (two
/// laptops' files not merged yet) are merged, so nothing counts twice.
pub(super) fn merge_copies(sessions: &[Session]) -> Vec<Session> {
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

pub(super) fn column(session: &Session, now: Timestamp) -> SessionColumn {
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
pub(super) fn union_of_rosters(ordered: &[&Session]) -> Vec<(Option<String>, Participant)> {
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

pub(super) fn row(
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
pub(super) fn open_actions(ordered: &[&Session]) -> Vec<ActionGroup> {
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
