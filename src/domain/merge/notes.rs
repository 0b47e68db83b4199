//! Merging notes, their tombstones and the note being written.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

use super::{Resolution, canonical, no_time, pick, stable_hash, weave_ids};
use crate::domain::notes::NoteDraft;
use crate::domain::{Note, NoteId, Session, Timestamp};

pub(super) fn tombstones(ours: &Session, theirs: &Session) -> BTreeMap<NoteId, Timestamp> {
    let mut deleted = ours.deleted_notes.clone();
    for (id, at) in &theirs.deleted_notes {
        deleted.entry(id.clone()).and_modify(|a| *a = (*a).min(*at)).or_insert(*at);
    }
    deleted
}

/// A copy's notes by id.
fn index(s: &Session) -> HashMap<&NoteId, &Note> {
    s.notes.iter().map(|n| (&n.id, n)).collect()
}

/// A note's content without when it was edited: what two edits may agree on.
fn content(n: &Note) -> Note {
    Note { edited: None, ..n.clone() }
}

pub(super) fn merge_notes(
    base: Option<&Session>,
    ours: &Session,
    theirs: &Session,
    deleted: &BTreeMap<NoteId, Timestamp>,
    resolutions: &mut Vec<Resolution>,
) -> (Vec<Note>, Option<NoteDraft>) {
    let ids = |s: &Session| s.notes.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
    let (in_base, in_ours, in_theirs) = (base.map(index).unwrap_or_default(), index(ours), index(theirs));
    let order = weave_ids(&ids(ours), &ids(theirs), |a, b| {
        let at = |id: &NoteId| in_ours.get(id).or_else(|| in_theirs.get(id)).map(|n| n.at);
        at(a) < at(b)
    });
    let mut notes = Vec::new();
    for id in order.iter().filter(|id| !deleted.contains_key(*id)) {
        let b = in_base.get(id).copied();
        match (in_ours.get(id).copied(), in_theirs.get(id).copied()) {
            (Some(o), Some(t)) => {
                // A copy kept beside a conflicting note by an earlier merge
                // comes in its own turn, or stays deleted.
                for n in merge_note(b, o, t, resolutions) {
                    let elsewhere = n.id != *id
                        && (in_ours.contains_key(&n.id)
                            || in_theirs.contains_key(&n.id)
                            || deleted.contains_key(&n.id));
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
