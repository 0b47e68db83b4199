//! Merging the roster and the attendance sheet.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use super::{Resolution, canonical, no_time, pick, stable_hash, weave_ids};
use crate::domain::fold::fold;
use crate::domain::{Mark, Participant, ParticipantId, Session};

/// Find people who share an id but are not the same person (added in each
/// copy independently) and move one of them to a new id in its copy, with
/// their mark and the notes that mention them.
pub(super) fn separate_namesakes(
    base: Option<&Session>,
    ours: &Session,
    theirs: &Session,
    resolutions: &mut Vec<Resolution>,
) -> (Session, Session) {
    let (mut ours, mut theirs) = (ours.clone(), theirs.clone());
    let clashes: Vec<(Participant, Participant)> = ours
        .roster
        .iter()
        .filter(|p| base.is_none_or(|b| b.participant(&p.id).is_none()))
        .filter_map(|p| {
            let q = theirs.participant(&p.id)?;
            (fold(&p.name) != fold(&q.name)).then(|| (p.clone(), q.clone()))
        })
        .collect();
    for (p, q) in clashes {
        // The one whose name sorts last moves, whichever copy it is in.
        let (moving, copy) =
            if canonical(&p.name, &q.name) == Ordering::Greater { (p, &mut ours) } else { (q, &mut theirs) };
        let to = ParticipantId(format!("{}-{:04x}", moving.id, stable_hash(&moving.name) as u16));
        rename_participant(copy, &moving.id, &to);
        resolutions.push(Resolution::ParticipantRenamed { from: moving.id, to, name: moving.name });
    }
    (ours, theirs)
}

fn rename_participant(s: &mut Session, from: &ParticipantId, to: &ParticipantId) {
    for p in s.roster.iter_mut().filter(|p| &p.id == from) {
        p.id = to.clone();
    }
    if let Some(mark) = s.attendance.remove(from) {
        s.attendance.insert(to.clone(), mark);
    }
    let mentions =
        s.notes.iter_mut().map(|n| &mut n.mentions).chain(s.draft.iter_mut().map(|d| &mut d.mentions));
    for list in mentions {
        for id in list.iter_mut().filter(|id| *id == from) {
            *id = to.clone();
        }
    }
}

/// Everyone on either roster; a person in both is the same person, and an
/// edit made in one copy only is kept.
pub(super) fn merge_roster(base: Option<&Session>, ours: &Session, theirs: &Session) -> Vec<Participant> {
    let ids = |s: &Session| s.roster.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    weave_ids(&ids(ours), &ids(theirs), |_, _| false)
        .into_iter()
        .filter_map(|id| {
            let from_base = base.and_then(|b| b.participant(&id));
            match (ours.participant(&id), theirs.participant(&id)) {
                (Some(o), Some(t)) => Some(pick(from_base, o, t, no_time)),
                (o, t) => o.or(t).cloned(),
            }
        })
        .collect()
}

/// When a mark was given, for choosing the latest; no time is oldest.
fn mark_order(a: &Mark, b: &Mark) -> Ordering {
    a.marked_at.cmp(&b.marked_at)
}

pub(super) fn merge_attendance(
    base: Option<&Session>,
    ours: &Session,
    theirs: &Session,
) -> BTreeMap<ParticipantId, Mark> {
    let ids: BTreeSet<&ParticipantId> = ours.attendance.keys().chain(theirs.attendance.keys()).collect();
    ids.into_iter()
        .filter_map(|id| {
            let b = base.and_then(|b| b.attendance.get(id));
            let mark = match (ours.attendance.get(id), theirs.attendance.get(id)) {
                (Some(o), Some(t)) => pick(b, o, t, mark_order),
                // Present in one copy only: unmarked in the other since the
                // ancestor if the ancestor had it as it is.
                (Some(one), None) | (None, Some(one)) if b == Some(one) => return None,
                (o, t) => o.or(t)?.clone(),
            };
            Some((id.clone(), mark))
        })
        .collect()
}
