//! What the runner reports about the open session: saves, and what a save
//! found on disk (another program's changes, merged), and the passing of time.

use std::collections::BTreeSet;

use crate::domain::merge::merge3;
use crate::domain::{NoteId, ParticipantId, Session, Timestamp};
use crate::text::Text;
use crate::tui::effect::Effect;
use crate::tui::message::{CopyNews, FromDisk, Message};

use super::{Confirm, Notice, Outcome, Run, SaveState, notes_in_order};

impl Run {
    /// What the runner reports, whatever is open on top.
    pub fn on_message(&mut self, message: Message, now: Timestamp, t: &Text) -> Outcome {
        match message {
            Message::Saved => {
                self.save = SaveState::Saved(Some(now));
                self.draft_unsaved = false;
                Outcome::NONE
            }
            Message::SaveFailed(message) => {
                self.save = SaveState::Failed { message, last_try: now };
                Outcome::NONE
            }
            Message::MergedFromDisk(from) => self.merged_from_disk(*from, now, t),
            Message::Copy(news) => self.copy_news(news, t),
            Message::Tick => self.on_tick(now),
            _ => Outcome::NONE,
        }
    }

    /// The clock moved on: a draft typed in the editor is kept, a failed
    /// save is retried; while a filter is typed nothing happens.
    fn on_tick(&mut self, now: Timestamp) -> Outcome {
        if self.editor.is_some() && self.draft_unsaved {
            self.keep_draft();
            return self.save_draft_now();
        }
        if self.editor.is_none()
            && self.prompt.is_none()
            && self.confirm.is_none()
            && (self.people_filter.typing || self.notes_filter.typing)
        {
            return Outcome::NONE;
        }
        self.tick(now)
    }

    /// The file had changed on disk and the save wrote the merge: show it.
    /// Changes made here since the snapshot are merged onto it and saved.
    pub(super) fn merged_from_disk(&mut self, from: FromDisk, now: Timestamp, t: &Text) -> Outcome {
        let brought = from.brought;
        let (again, kept) = self.adopt(from);
        let mut words = (t.disk.merged_from_disk)(brought);
        if !kept {
            words = format!("{words}; {}", t.disk.undo_cleared);
        }
        if again {
            self.save = SaveState::Pending;
            return Outcome::new(Some(Effect::Save), Some(Notice::new(words, brought.conflicts > 0)));
        }
        self.save = SaveState::Saved(Some(now));
        self.draft_unsaved = false;
        Outcome::notice(Notice::new(words, brought.conflicts > 0))
    }
}

impl Run {
    /// The lock is this sigap's now: take the file as just read (the other
    /// sigap may have changed it) and allow changes. Nothing could be
    /// changed while read-only, so nothing here is lost.
    pub(crate) fn now_writer(&mut self, session: crate::domain::Session) {
        self.session = session;
        self.notes_in_order = notes_in_order(&self.session);
        self.read_only = None;
        self.undo.clear();
        self.redo.clear();
    }

    /// Take in `merged`, made from `snapshot`, keeping what changed here
    /// since; true when that leaves something still to save, and whether
    /// the undo history could be kept.
    fn adopt(&mut self, from: FromDisk) -> (bool, bool) {
        let FromDisk { snapshot, merged, .. } = from;
        let adopted = if self.session == snapshot {
            merged.clone()
        } else {
            merge3(&snapshot, &self.session, &merged).map_or_else(|_| self.session.clone(), |m| m.session)
        };
        let again = adopted != merged;
        self.session = adopted;
        self.notes_in_order = notes_in_order(&self.session);
        // An undo as it was would bring back a session without what was
        // merged in, and the next save would remove it from the file: each
        // step is moved onto the merge, or, where that cannot be done
        // cleanly, the history is cleared.
        let kept = match (rebase(&self.undo, &snapshot, &merged), rebase(&self.redo, &snapshot, &merged)) {
            (Some(undo), Some(redo)) => {
                self.undo = undo;
                self.redo = redo;
                true
            }
            _ => {
                let had = !self.undo.is_empty() || !self.redo.is_empty();
                self.undo.clear();
                self.redo.clear();
                !had
            }
        };
        (again, kept)
    }

    /// An emergency copy: offered when found, saved once merged, named once set aside.
    pub(super) fn copy_news(&mut self, news: CopyNews, t: &Text) -> Outcome {
        match news {
            CopyNews::Found { path, brought, old_name } => {
                self.confirm = Some(Confirm::Copy { path, brought, old_name });
                Outcome::NONE
            }
            CopyNews::Merged(from) => {
                let brought = from.brought;
                // Merged in memory only: saved now, whatever it changed.
                let _ = self.adopt(*from);
                self.save = SaveState::Pending;
                Outcome::new(
                    Some(Effect::Save),
                    Some(Notice::new((t.disk.copy_merged)(brought), brought.conflicts > 0)),
                )
            }
            CopyNews::SetAside(to) => Outcome::notice(Notice::info((t.disk.copy_set_aside)(&to))),
        }
    }
}

/// A part of a session that a merge or an undo step changes as a whole.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Field(&'static str),
    Mark(ParticipantId),
    Note(NoteId),
}

/// The parts in which `a` and `b` differ (the draft aside: undo never touches it).
fn differ(a: &Session, b: &Session) -> BTreeSet<Part> {
    let mut parts = BTreeSet::new();
    let fields: [(&'static str, bool); 12] = [
        ("version", a.version == b.version),
        ("id", a.id == b.id),
        ("workshop", a.workshop == b.workshop),
        ("title", a.title == b.title),
        ("venue", a.venue == b.venue),
        ("planned_start", a.planned_start == b.planned_start),
        ("facilitators", a.facilitators == b.facilitators),
        ("class", a.class == b.class),
        ("agenda", a.agenda == b.agenda),
        ("roster", a.roster == b.roster),
        ("deleted_notes", a.deleted_notes == b.deleted_notes),
        ("log", a.log == b.log),
    ];
    parts.extend(fields.iter().filter(|(_, same)| !same).map(|(name, _)| Part::Field(name)));
    if a.notes.iter().map(|n| &n.id).ne(b.notes.iter().map(|n| &n.id)) {
        // Their order is part of the session too.
        parts.insert(Part::Field("notes order"));
    }
    let ids: BTreeSet<&ParticipantId> = a.attendance.keys().chain(b.attendance.keys()).collect();
    let marks = ids.into_iter().filter(|id| a.attendance.get(*id) != b.attendance.get(*id));
    parts.extend(marks.map(|id| Part::Mark(id.clone())));
    let note = |s: &Session, id: &NoteId| s.notes.iter().find(|n| &n.id == id).cloned();
    let notes: BTreeSet<&NoteId> = a.notes.iter().chain(&b.notes).map(|n| &n.id).collect();
    parts.extend(notes.into_iter().filter(|id| note(a, id) != note(b, id)).map(|id| Part::Note(id.clone())));
    parts
}

/// The undo (or redo) steps moved onto a merge from disk: each state made
/// from `snapshot` with what `merged` brought in, checked part by part to
/// undo exactly what it undid and keep exactly what came from disk; `None`
/// when any step cannot be (the two touched the same part).
fn rebase(
    steps: &[(String, Session)],
    snapshot: &Session,
    merged: &Session,
) -> Option<Vec<(String, Session)>> {
    let from_disk = differ(snapshot, merged);
    steps
        .iter()
        .map(|(label, state)| {
            let undone = differ(snapshot, state);
            if !undone.is_disjoint(&from_disk) {
                return None;
            }
            let moved = merge3(snapshot, state, merged).ok()?.session;
            let ok = differ(&moved, state).is_disjoint(&undone)
                && differ(&moved, merged).is_disjoint(&from_disk)
                && differ(&moved, snapshot).iter().all(|p| undone.contains(p) || from_disk.contains(p));
            ok.then(|| (label.clone(), Session { draft: state.draft.clone(), ..moved }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        Session::new("s1", "Bimtek", "Hari 1", start)
    }

    #[test]
    fn an_undo_step_moves_onto_a_merge_that_touched_other_parts_and_not_onto_one_that_touched_the_same() {
        let before = session();
        let mut snapshot = before.clone();
        snapshot.title = "Hari 1 (revisi)".into();
        let mut merged = snapshot.clone();
        merged.venue = "Aula".into();
        let steps = vec![("title".to_string(), before.clone())];
        let moved = rebase(&steps, &snapshot, &merged).unwrap();
        assert_eq!((moved[0].1.title.as_str(), moved[0].1.venue.as_str()), ("Hari 1", "Aula"));
        // Disk changed the title too: undoing would drop it, so the step cannot be kept.
        merged.title = "Hari 1 (dari laptop B)".into();
        assert_eq!(rebase(&steps, &snapshot, &merged), None);
    }
}
