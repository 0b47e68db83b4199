//! Taking in what a save found on disk: another program's changes, merged.

use crate::domain::Timestamp;
use crate::domain::merge::merge3;
use crate::text::Text;
use crate::tui::action::{Effect, FromDisk};

use super::{Outcome, Run, SaveState, notes_in_order};

impl Run {
    /// The file had changed on disk and the save wrote the merge: show it.
    /// Changes made here since the snapshot are merged onto it and saved.
    pub(super) fn merged_from_disk(&mut self, from: FromDisk, now: Timestamp, t: &Text) -> Outcome {
        let FromDisk { snapshot, merged, brought } = from;
        let adopted = if self.session == snapshot {
            merged.clone()
        } else {
            merge3(&snapshot, &self.session, &merged).map_or_else(|_| self.session.clone(), |m| m.session)
        };
        let again = adopted != merged;
        self.session = adopted;
        self.notes_in_order = notes_in_order(&self.session);
        // An undo would bring back a session without what came from disk,
        // and the next save would remove it from the file.
        self.undo.clear();
        self.redo.clear();
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
