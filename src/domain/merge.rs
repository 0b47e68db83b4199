//! Combining copies of one session kept on different computers: a facilitator
//! running the agenda and the roll call on one laptop, a note-taker writing
//! on another, each saving their own file.
//!
//! [`merge`] combines two copies; [`merge3`] also knows their common
//! ancestor (as git does), so that a change made in only one copy wins over
//! the unchanged other, and a removal is told apart from an addition.
//!
//! The rules, part by part:
//! - Notes: the union, by id. A note in both copies keeps its latest edit
//!   (its `edited` time, else when it was taken). A note with a tombstone in
//!   either copy stays deleted. When the copies cannot be ordered by time
//!   (the same edit time, or, knowing the ancestor, both copies changed the
//!   same part of the note since), both versions are kept: the later one
//!   under the note's id, the other beside it under an id derived from it,
//!   and the merge reports a conflict.
//! - Attendance: for each participant the latest mark (`marked_at`; a mark
//!   without a time is older than any with one).
//! - Roster: the union, by participant id. Two different people added with
//!   the same id in the two copies (a walk-in on each laptop) are both kept:
//!   one of them, with their mark and mentions, moves to an id derived from
//!   their name.
//! - Agenda: item by item, the plan (title, kind, minutes, facilitator,
//!   fixed time) and the timing (state, start, end, pauses) are merged
//!   apart: a part changed in one copy only is taken from it; a part changed
//!   in both (or different, without the ancestor) is taken from the copy
//!   that touched it last — the timing by the item's latest start, pause or
//!   end, the plan by the latest plan change in that copy's log.
//! - Log: the union; entries in both copies appear once, and entries only in
//!   one are woven in by time, each copy's own order kept. Knowing the
//!   ancestor, an entry one copy removed (a finished session stepped back
//!   into) stays removed.
//! - The heading (title, venue, class, facilitators, planned start): a change
//!   in one copy wins; the planned start follows the latest plan move.
//!
//! Whenever no rule decides, the choice falls on a fixed order of the values
//! themselves, never on which copy was given first: `merge(a, b)` and
//! `merge(b, a)` are the same session, saved as the same bytes.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;

use thiserror::Error;

use super::notes::NoteDraft;
use super::{
    AgendaItem, Event, FORMAT_VERSION, ItemId, LogEntry, Mark, Note, NoteId, Participant, ParticipantId,
    Session, Timestamp,
};
use crate::fold::fold;

/// Why two files cannot be merged.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MergeError {
    #[error(
        "these are two different sessions (ids \"{ours}\" and \"{theirs}\"); only copies of the same session can be merged"
    )]
    DifferentSessions { ours: String, theirs: String },
}

/// Something the merge decided that a person should know of.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Resolution {
    /// The same note was changed in both copies in ways time cannot order:
    /// both versions are kept, the other one as a new note `copy`.
    NoteChangedInBoth { note: NoteId, copy: NoteId },
    /// Two different people had the same id; the one named `name` now has `to`.
    ParticipantRenamed { from: ParticipantId, to: ParticipantId, name: String },
    /// Both copies had a note being written; the other one was saved as a note.
    DraftKeptAsNote { note: NoteId },
}

impl Resolution {
    /// Whether a person has to look: two versions of one note were kept.
    pub fn is_conflict(&self) -> bool {
        matches!(self, Resolution::NoteChangedInBoth { .. })
    }
}

/// The merged session and what the merge had to decide.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub session: Session,
    /// In a fixed order.
    pub resolutions: Vec<Resolution>,
}

impl Merged {
    pub fn conflicts(&self) -> impl Iterator<Item = &Resolution> {
        self.resolutions.iter().filter(|r| r.is_conflict())
    }

    pub fn has_conflicts(&self) -> bool {
        self.conflicts().next().is_some()
    }
}

/// Merge two copies of one session without knowing their common ancestor.
pub fn merge(ours: &Session, theirs: &Session) -> Result<Merged, MergeError> {
    merge_with(None, ours, theirs)
}

/// Merge two copies of one session that both grew from `base`.
pub fn merge3(base: &Session, ours: &Session, theirs: &Session) -> Result<Merged, MergeError> {
    // An ancestor of another session (a file renamed over another) tells nothing.
    let base = (base.id == ours.id).then_some(base);
    merge_with(base, ours, theirs)
}

fn merge_with(base: Option<&Session>, ours: &Session, theirs: &Session) -> Result<Merged, MergeError> {
    if ours.id != theirs.id {
        return Err(MergeError::DifferentSessions { ours: ours.id.clone(), theirs: theirs.id.clone() });
    }
    if ours == theirs {
        return Ok(Merged { session: ours.clone(), resolutions: Vec::new() });
    }
    let mut resolutions = Vec::new();
    let (ours, theirs) = separate_namesakes(base, ours, theirs, &mut resolutions);
    let (ours, theirs) = (&ours, &theirs);
    let deleted = tombstones(ours, theirs);
    let (notes, draft) = merge_notes(base, ours, theirs, &deleted, &mut resolutions);
    let session = Session {
        version: FORMAT_VERSION,
        id: ours.id.clone(),
        workshop: pick(base.map(|b| &b.workshop), &ours.workshop, &theirs.workshop, no_time),
        title: pick(base.map(|b| &b.title), &ours.title, &theirs.title, no_time),
        venue: pick(base.map(|b| &b.venue), &ours.venue, &theirs.venue, no_time),
        planned_start: pick(
            base.map(|b| &b.planned_start),
            &ours.planned_start,
            &theirs.planned_start,
            |a, b| {
                // The copy that moved the plan last knows where it is.
                last_move(if *a == ours.planned_start { ours } else { theirs })
                    .cmp(&last_move(if *b == ours.planned_start { ours } else { theirs }))
            },
        ),
        facilitators: weave(&ours.facilitators, &theirs.facilitators, |_, _| false),
        class: pick(base.map(|b| &b.class), &ours.class, &theirs.class, no_time),
        agenda: merge_agenda(base, ours, theirs),
        roster: merge_roster(base, ours, theirs),
        attendance: merge_attendance(base, ours, theirs),
        notes,
        deleted_notes: deleted,
        log: merge_log(base, ours, theirs),
        draft,
    };
    resolutions.sort();
    resolutions.dedup();
    Ok(Merged { session, resolutions })
}

/// A fixed order of any two values, for choices no rule decides.
fn canonical<T: Debug>(a: &T, b: &T) -> Ordering {
    format!("{a:?}").cmp(&format!("{b:?}"))
}

fn no_time<T>(_: &T, _: &T) -> Ordering {
    Ordering::Equal
}

/// One value from two copies: the same in both, or the one changed since
/// the ancestor, or else the one `later` puts last (a fixed order on a tie).
fn pick<T: Clone + PartialEq + Debug>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    later: impl Fn(&T, &T) -> Ordering,
) -> T {
    if ours == theirs || base == Some(theirs) {
        return ours.clone();
    }
    if base == Some(ours) {
        return theirs.clone();
    }
    match later(ours, theirs).then_with(|| canonical(ours, theirs)) {
        Ordering::Less => theirs.clone(),
        _ => ours.clone(),
    }
}

/// A stable 32-bit hash (FNV-1a), the same on every computer and every
/// build, for ids derived from content.
fn stable_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Both sequences as one: what they share once, in their common order, and
/// between shared parts the rest of each, woven so that an element of the
/// second goes first only when `before` says so. The two are put in a fixed
/// order first, so the result does not depend on which copy is which.
fn weave<T: Clone + PartialEq + Debug>(a: &[T], b: &[T], before: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let (x, y) = if canonical(&a, &b) == Ordering::Greater { (b, a) } else { (a, b) };
    // Longest common subsequence, by the classic table from the ends.
    let (n, m) = (x.len(), y.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if x[i] == y[j] {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let mut out = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (0, 0);
    let (mut run_x, mut run_y): (Vec<&T>, Vec<&T>) = (Vec::new(), Vec::new());
    let flush = |out: &mut Vec<T>, run_x: &mut Vec<&T>, run_y: &mut Vec<&T>| {
        let (mut p, mut q) = (0, 0);
        while p < run_x.len() || q < run_y.len() {
            let take_y = q < run_y.len() && (p == run_x.len() || before(run_y[q], run_x[p]));
            if take_y {
                out.push(run_y[q].clone());
                q += 1;
            } else {
                out.push(run_x[p].clone());
                p += 1;
            }
        }
        run_x.clear();
        run_y.clear();
    };
    while i < n || j < m {
        if i < n && j < m && x[i] == y[j] {
            flush(&mut out, &mut run_x, &mut run_y);
            out.push(x[i].clone());
            i += 1;
            j += 1;
        } else if j == m || (i < n && table[at(i + 1, j)] >= table[at(i, j + 1)]) {
            run_x.push(&x[i]);
            i += 1;
        } else {
            run_y.push(&y[j]);
            j += 1;
        }
    }
    flush(&mut out, &mut run_x, &mut run_y);
    out
}

// ----- roster and attendance -----

/// Find people who share an id but are not the same person (added in each
/// copy independently) and move one of them to a new id in its copy, with
/// their mark and the notes that mention them.
fn separate_namesakes(
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
fn merge_roster(base: Option<&Session>, ours: &Session, theirs: &Session) -> Vec<Participant> {
    let ids = |s: &Session| s.roster.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    weave(&ids(ours), &ids(theirs), |_, _| false)
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

fn merge_attendance(
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

// ----- notes -----

fn tombstones(ours: &Session, theirs: &Session) -> BTreeMap<NoteId, Timestamp> {
    let mut deleted = ours.deleted_notes.clone();
    for (id, at) in &theirs.deleted_notes {
        deleted.entry(id.clone()).and_modify(|a| *a = (*a).min(*at)).or_insert(*at);
    }
    deleted
}

fn find<'a>(s: &'a Session, id: &NoteId) -> Option<&'a Note> {
    s.notes.iter().find(|n| &n.id == id)
}

/// A note's content without when it was edited: what two edits may agree on.
fn content(n: &Note) -> Note {
    Note { edited: None, ..n.clone() }
}

fn merge_notes(
    base: Option<&Session>,
    ours: &Session,
    theirs: &Session,
    deleted: &BTreeMap<NoteId, Timestamp>,
    resolutions: &mut Vec<Resolution>,
) -> (Vec<Note>, Option<NoteDraft>) {
    let ids = |s: &Session| s.notes.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
    let order = weave(&ids(ours), &ids(theirs), |a, b| {
        let at = |id: &NoteId| find(ours, id).or_else(|| find(theirs, id)).map(|n| n.at);
        at(a) < at(b)
    });
    let mut notes = Vec::new();
    for id in order.iter().filter(|id| !deleted.contains_key(*id)) {
        let b = base.and_then(|b| find(b, id));
        match (find(ours, id), find(theirs, id)) {
            (Some(o), Some(t)) => {
                // A copy kept beside a conflicting note by an earlier merge
                // comes in its own turn, or stays deleted.
                for n in merge_note(b, o, t, resolutions) {
                    let elsewhere = n.id != *id && (order.contains(&n.id) || deleted.contains_key(&n.id));
                    if !elsewhere {
                        notes.push(n);
                    }
                }
            }
            // In one copy only: deleted from the other (by a sigap that kept
            // no tombstone) if the ancestor had it unchanged.
            (Some(one), None) | (None, Some(one)) if b == Some(one) => {}
            (o, t) => notes.extend(o.or(t).cloned()),
        }
    }
    let base_draft = base.map(|b| &b.draft);
    let draft = pick(base_draft, &ours.draft, &theirs.draft, |a, b| {
        a.as_ref().map(|d| d.at).cmp(&b.as_ref().map(|d| d.at))
    });
    // A draft that lost is typed text all the same: keep it as a note.
    for other in [&ours.draft, &theirs.draft] {
        if let Some(d) = other
            && draft.as_ref() != Some(d)
            && base_draft != Some(other)
            && !d.text.trim().is_empty()
        {
            let id = NoteId(format!("n{}-{:08x}", d.at.format("%Y%m%d%H%M%S"), stable_hash(&d.text)));
            if !deleted.contains_key(&id) && !notes.iter().any(|n| n.id == id) {
                let mut note = Note::new(id.clone(), d.at, d.kind, d.text.trim());
                note.item = d.item.clone();
                note.mentions = d.mentions.clone();
                notes.push(note);
                resolutions.push(Resolution::DraftKeptAsNote { note: id });
            }
        }
    }
    (notes, draft)
}

/// One note from its two versions: one note, or two when both versions
/// must be kept.
fn merge_note(
    base: Option<&Note>,
    ours: &Note,
    theirs: &Note,
    resolutions: &mut Vec<Resolution>,
) -> Vec<Note> {
    if ours == theirs {
        return vec![ours.clone()];
    }
    let latest = |a: &Note, b: &Note| a.last_change().cmp(&b.last_change());
    let (newer, older) = match latest(ours, theirs).then_with(|| canonical(ours, theirs)) {
        Ordering::Less => (theirs, ours),
        _ => (ours, theirs),
    };
    let concurrent = match base {
        // Knowing the ancestor: a part changed in both copies, differently.
        Some(b) => {
            let (o, t, b) = (content(ours), content(theirs), content(b));
            let clash = |part: fn(&Note) -> String| {
                part(&o) != part(&t) && part(&o) != part(&b) && part(&t) != part(&b)
            };
            let parts: [fn(&Note) -> String; 6] = [
                |n| n.text.clone(),
                |n| format!("{:?}", n.kind),
                |n| format!("{:?}", n.item),
                |n| format!("{:?}", n.mentions),
                |n| format!("{:?}{:?}", n.owner, n.due),
                |n| n.done.to_string(),
            ];
            if !parts.iter().any(|p| clash(*p)) {
                return vec![merge_note_parts(&b, ours, theirs)];
            }
            true
        }
        None => latest(ours, theirs) == Ordering::Equal && content(ours) != content(theirs),
    };
    if !concurrent {
        return vec![newer.clone()];
    }
    let copy_id = NoteId(format!("{}-{:08x}", ours.id, stable_hash(&format!("{:?}", content(older)))));
    let mut copy = older.clone();
    copy.id = copy_id.clone();
    resolutions.push(Resolution::NoteChangedInBoth { note: ours.id.clone(), copy: copy_id });
    vec![newer.clone(), copy]
}

fn part<T: Clone + PartialEq + Debug>(base: &T, ours: &T, theirs: &T) -> T {
    pick(Some(base), ours, theirs, no_time)
}

/// A note whose parts were changed in one copy or the other, never both:
/// each part from the copy that changed it.
fn merge_note_parts(base: &Note, ours: &Note, theirs: &Note) -> Note {
    Note {
        id: ours.id.clone(),
        at: part(&base.at, &ours.at, &theirs.at),
        kind: part(&base.kind, &ours.kind, &theirs.kind),
        text: part(&base.text, &ours.text, &theirs.text),
        item: part(&base.item, &ours.item, &theirs.item),
        mentions: part(&base.mentions, &ours.mentions, &theirs.mentions),
        owner: part(&base.owner, &ours.owner, &theirs.owner),
        due: part(&base.due, &ours.due, &theirs.due),
        done: part(&base.done, &ours.done, &theirs.done),
        edited: ours.edited.max(theirs.edited),
    }
}

// ----- agenda and log -----

type Plan = (String, super::ItemKind, super::Minutes, Option<String>, Option<chrono::NaiveTime>);
type Timing = (super::ItemState, Option<Timestamp>, Option<Timestamp>, i64, Option<Timestamp>);

fn plan_of(i: &AgendaItem) -> Plan {
    (i.title.clone(), i.kind, i.planned_minutes, i.facilitator.clone(), i.fixed_start)
}

fn timing_of(i: &AgendaItem) -> Timing {
    (i.state, i.started_at, i.ended_at, i.paused_seconds, i.paused_at)
}

/// The last time an item was worked on: started, paused or ended.
fn last_activity(t: &Timing) -> Option<Timestamp> {
    [t.1, t.2, t.4].into_iter().flatten().max()
}

/// The last time a copy's log changed an item's plan.
fn last_plan_change(s: &Session, item: &ItemId) -> Option<Timestamp> {
    s.log
        .iter()
        .filter(|e| matches!(&e.event, Event::PlanChanged { item: i, .. } | Event::FixedReleased { item: i, .. } if i == item))
        .map(|e| e.at)
        .max()
}

fn last_move(s: &Session) -> Option<Timestamp> {
    s.log.iter().filter(|e| matches!(e.event, Event::PlanMoved { .. })).map(|e| e.at).max()
}

fn merge_agenda(base: Option<&Session>, ours: &Session, theirs: &Session) -> Vec<AgendaItem> {
    let ids = |s: &Session| s.agenda.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    weave(&ids(ours), &ids(theirs), |_, _| false)
        .into_iter()
        .filter_map(|id| {
            let (o, t) = match (ours.item(&id), theirs.item(&id)) {
                (Some(o), Some(t)) => (o, t),
                (o, t) => return o.or(t).cloned(),
            };
            let b = base.and_then(|b| b.item(&id));
            let plan = pick(b.map(plan_of).as_ref(), &plan_of(o), &plan_of(t), |x, y| {
                let when = |p: &Plan| {
                    if *p == plan_of(o) { last_plan_change(ours, &id) } else { last_plan_change(theirs, &id) }
                };
                when(x).cmp(&when(y))
            });
            let timing = pick(b.map(timing_of).as_ref(), &timing_of(o), &timing_of(t), |x, y| {
                last_activity(x).cmp(&last_activity(y))
            });
            let (title, kind, planned_minutes, facilitator, fixed_start) = plan;
            let (state, started_at, ended_at, paused_seconds, paused_at) = timing;
            Some(AgendaItem {
                id,
                title,
                kind,
                planned_minutes,
                facilitator,
                fixed_start,
                state,
                started_at,
                ended_at,
                paused_seconds,
                paused_at,
            })
        })
        .collect()
}

fn merge_log(base: Option<&Session>, ours: &Session, theirs: &Session) -> Vec<LogEntry> {
    let mut log = weave(&ours.log, &theirs.log, |a, b| a.at < b.at);
    let Some(base) = base else { return log };
    // An entry of the ancestor that a copy no longer has was removed there:
    // keep as many as both copies kept, plus what either added.
    let count = |list: &[LogEntry], e: &LogEntry| list.iter().filter(|x| *x == e).count();
    let mut seen: Vec<&LogEntry> = Vec::new();
    for e in &base.log {
        if seen.contains(&e) {
            continue;
        }
        seen.push(e);
        let (b, o, t) = (count(&base.log, e), count(&ours.log, e), count(&theirs.log, e));
        let wanted = b.min(o).min(t) + o.saturating_sub(b).max(t.saturating_sub(b));
        let mut extra = count(&log, e).saturating_sub(wanted);
        log.retain(|x| {
            if extra > 0 && x == e {
                extra -= 1;
                false
            } else {
                true
            }
        });
    }
    log
}
