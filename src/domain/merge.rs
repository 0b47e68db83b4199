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
//! - Agenda: the run (each item's state, start, end and pauses) comes whole
//!   from one copy, so that no two items end up running at once: the copy
//!   that ran the agenda since the ancestor, or, when both did (or without
//!   the ancestor), the one whose log has the latest step. The plan of each
//!   item (title, kind, minutes, facilitator, fixed time) is merged item by
//!   item: a change in one copy wins; changed in both, the copy whose log
//!   changed that item's plan last.
//! - Log: the union; entries in both copies appear once, and entries only in
//!   one are woven in by time, each copy's own order kept. Knowing the
//!   ancestor, an entry one copy removed (a finished session stepped back
//!   into) stays removed.
//! - The heading (title, venue, class, facilitators, chair, note-taker,
//!   planned start): a change
//!   in one copy wins; the planned start follows the latest plan move.
//!
//! Whenever no rule decides, the choice falls on a fixed order of the values
//! themselves, never on which copy was given first: `merge(a, b)` and
//! `merge(b, a)` are the same session, saved as the same bytes.

mod agenda;
mod notes;
mod people;

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::hash::Hash;

use super::{FORMAT_VERSION, NoteId, ParticipantId, Session};
use agenda::{last_move, merge_agenda, merge_log};
use notes::{merge_notes, tombstones};
use people::{merge_attendance, merge_roster, separate_namesakes};

/// Why two files cannot be merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    DifferentSessions { ours: String, theirs: String },
}

impl std::error::Error for MergeError {}

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
        facilitators: weave_ids(&ours.facilitators, &theirs.facilitators, |_, _| false),
        chair: pick(base.map(|b| &b.chair), &ours.chair, &theirs.chair, no_time),
        note_taker: pick(base.map(|b| &b.note_taker), &ours.note_taker, &theirs.note_taker, no_time),
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
    // Copies mostly share a long beginning and often an end: only the
    // middle needs the quadratic table.
    let head = x.iter().zip(y).take_while(|(p, q)| p == q).count();
    let (x_rest, y_rest) = (&x[head..], &y[head..]);
    let tail = x_rest.iter().rev().zip(y_rest.iter().rev()).take_while(|(p, q)| p == q).count();
    let (x_mid, y_mid) = (&x_rest[..x_rest.len() - tail], &y_rest[..y_rest.len() - tail]);
    let mut out = x[..head].to_vec();
    out.extend(weave_middle(x_mid, y_mid, before));
    out.extend_from_slice(&x_rest[x_rest.len() - tail..]);
    out
}

/// [`weave`] for lists of ids: an id the two lists hold in different orders
/// appears once, where it first comes.
///
/// Ids are unique within each list, so the common part is found as the
/// longest run of shared ids whose places in the second list increase, in
/// O(n log n) rather than through [`weave`]'s quadratic table: a session with
/// thousands of notes merges in milliseconds.
fn weave_ids<T: Clone + Eq + Hash + Debug>(a: &[T], b: &[T], before: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let (x, y) = if canonical(&a, &b) == Ordering::Greater { (b, a) } else { (a, b) };
    let place_in_y: HashMap<&T, usize> = y.iter().enumerate().map(|(j, id)| (id, j)).collect();
    let shared: Vec<(usize, usize)> =
        x.iter().enumerate().filter_map(|(i, id)| place_in_y.get(id).map(|&j| (i, j))).collect();
    // Longest increasing subsequence of the places in `y` (patience sorting).
    let mut tops: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; shared.len()];
    for (k, &(_, j)) in shared.iter().enumerate() {
        let pile = tops.partition_point(|&t| shared[t].1 < j);
        previous[k] = pile.checked_sub(1).map(|p| tops[p]);
        if pile == tops.len() {
            tops.push(k);
        } else {
            tops[pile] = k;
        }
    }
    let mut anchors = Vec::with_capacity(tops.len());
    let mut k = tops.last().copied();
    while let Some(at) = k {
        anchors.push(shared[at]);
        k = previous[at];
    }
    anchors.reverse();
    let mut out = Vec::with_capacity(x.len().max(y.len()));
    let (mut i, mut j) = (0, 0);
    for (ai, aj) in anchors.into_iter().chain([(x.len(), y.len())]) {
        out.extend(interleave(&x[i..ai], &y[j..aj], &before));
        if ai < x.len() {
            out.push(x[ai].clone());
        }
        (i, j) = (ai + 1, aj + 1);
    }
    // A shared id off the common run sits in both runs: keep it where it first comes.
    let mut seen = HashSet::new();
    out.into_iter().filter(|id| seen.insert(id.clone())).collect()
}

/// Two runs as one, each in its own order; an element of `y` goes first
/// only when `before` says so.
fn interleave<T: Clone>(x: &[T], y: &[T], before: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut out = Vec::with_capacity(x.len() + y.len());
    let (mut p, mut q) = (0, 0);
    while p < x.len() || q < y.len() {
        if q < y.len() && (p == x.len() || before(&y[q], &x[p])) {
            out.push(y[q].clone());
            q += 1;
        } else {
            out.push(x[p].clone());
            p += 1;
        }
    }
    out
}

fn weave_middle<T: Clone + PartialEq>(x: &[T], y: &[T], before: impl Fn(&T, &T) -> bool) -> Vec<T> {
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
    let (mut run_x, mut run_y): (Vec<T>, Vec<T>) = (Vec::new(), Vec::new());
    let flush = |out: &mut Vec<T>, run_x: &mut Vec<T>, run_y: &mut Vec<T>| {
        out.extend(interleave(run_x, run_y, &before));
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
            run_x.push(x[i].clone());
            i += 1;
        } else {
            run_y.push(y[j].clone());
            j += 1;
        }
    }
    flush(&mut out, &mut run_x, &mut run_y);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weaving_keeps_each_sides_order_and_shares_common_parts_once() {
        let a = [1, 2, 5, 6];
        let b = [1, 3, 5, 7];
        let by_value = |x: &i32, y: &i32| x < y;
        assert_eq!(weave(&a, &b, by_value), [1, 2, 3, 5, 6, 7]);
        assert_eq!(weave(&b, &a, by_value), weave(&a, &b, by_value));
        assert_eq!(weave(&a, &a, by_value), a);
        // Without an order between them, one side's run comes whole before the other's.
        assert_eq!(weave(&[9, 1], &[4], |_, _| false), [4, 9, 1]);
    }

    /// Unique ids in any order.
    fn ids() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        prop::collection::hash_set(0u8..30, 0..20)
            .prop_flat_map(|set| Just(set.into_iter().collect::<Vec<_>>()).prop_shuffle())
    }

    proptest::proptest! {
        #[test]
        fn woven_ids_hold_both_lists_once_whichever_comes_first(a in ids(), b in ids()) {
            let woven = weave_ids(&a, &b, |x, y| x < y);
            proptest::prop_assert_eq!(&woven, &weave_ids(&b, &a, |x, y| x < y));
            let mut sorted = woven.clone();
            sorted.sort();
            sorted.dedup();
            proptest::prop_assert_eq!(sorted.len(), woven.len(), "no id twice");
            proptest::prop_assert!(a.iter().chain(&b).all(|id| woven.contains(id)));
            proptest::prop_assert_eq!(weave_ids(&a, &a, |x, y| x < y), a.clone());
            // Ids the lists share in the same order keep that order.
            let in_order = |list: &[u8]| {
                let places: Vec<usize> = list.iter().map(|id| woven.iter().position(|w| w == id).unwrap()).collect();
                places.windows(2).all(|w| w[0] < w[1])
            };
            if a.iter().all(|id| !b.contains(id)) {
                proptest::prop_assert!(in_order(&a) && in_order(&b));
            }
        }
    }

    #[test]
    fn ids_held_in_different_orders_appear_once() {
        let woven = weave_ids(&[1, 2, 3], &[3, 2, 1], |_, _| false);
        assert_eq!(woven.len(), 3, "{woven:?}");
        assert_eq!(weave_ids(&[3, 2, 1], &[1, 2, 3], |_, _| false), woven);
    }

    #[test]
    fn picking_prefers_the_changed_side_then_the_later_then_a_fixed_order() {
        assert_eq!(pick(Some(&1), &1, &2, no_time), 2);
        assert_eq!(pick(Some(&1), &3, &1, no_time), 3);
        assert_eq!(pick(Some(&1), &3, &2, |a: &i32, b: &i32| b.cmp(a)), 2, "the later by the given order");
        assert_eq!(pick(None, &3, &2, no_time), pick(None, &2, &3, no_time));
    }

    #[test]
    fn the_stable_hash_is_fnv_1a() {
        assert_eq!(stable_hash(""), 0x811c_9dc5);
        assert_eq!(stable_hash("a"), 0xe40c_292c);
    }
}
