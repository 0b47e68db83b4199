//! Taking in what a save found on disk: another program's changes, merged.

use crate::domain::Timestamp;
use crate::domain::merge::merge3;
use crate::text::Text;
use crate::tui::action::{CopyNews, Effect, FromDisk};

use super::{Confirm, Outcome, Run, SaveState, notes_in_order};

impl Run {
    /// The file had changed on disk and the save wrote the merge: show it.
    /// Changes made here since the snapshot are merged onto it and saved.
    pub(super) fn merged_from_disk(&mut self, from: FromDisk, now: Timestamp, t: &Text) -> Outcome {
        let brought = from.brought;
        let again = self.adopt(from);
        let words = (t.disk.merged_from_disk)(brought);
        if again {
            self.save = SaveState::Pending;
            return (Some(Effect::Save), Some((words, brought.conflicts > 0)));
        }
        self.save = SaveState::Saved(Some(now));
        self.draft_unsaved = false;
        (None, Some((words, brought.conflicts > 0)))
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
    /// since; true when that leaves something still to save.
    fn adopt(&mut self, from: FromDisk) -> bool {
        let FromDisk { snapshot, merged, .. } = from;
        let adopted = if self.session == snapshot {
            merged.clone()
        } else {
            merge3(&snapshot, &self.session, &merged).map_or_else(|_| self.session.clone(), |m| m.session)
        };
        let again = adopted != merged;
        self.session = adopted;
        self.notes_in_order = notes_in_order(&self.session);
        // An undo would bring back a session without what was merged in,
        // and the next save would remove it from the file.
        self.undo.clear();
        self.redo.clear();
        again
    }

    /// An emergency copy: offered when found, saved once merged, named once set aside.
    pub(super) fn copy_news(&mut self, news: CopyNews, t: &Text) -> Outcome {
        match news {
            CopyNews::Found { path, brought, old_name } => {
                self.confirm = Some(Confirm::Copy { path, brought, old_name });
                (None, None)
            }
            CopyNews::Merged(from) => {
                let brought = from.brought;
                // Merged in memory only: saved now, whatever it changed.
                self.adopt(*from);
                self.save = SaveState::Pending;
                (Some(Effect::Save), Some(((t.disk.copy_merged)(brought), brought.conflicts > 0)))
            }
            CopyNews::SetAside(to) => (None, Some(((t.disk.copy_set_aside)(&to), false))),
        }
    }
}
