//! The promises checked after the steps of a script: the session is
//! consistent, what is called saved is on disk, and undo and redo lead back
//! and forth.

use super::Drive;
use crate::domain::Session;
use crate::store::format;
use crate::tui::app::{SaveState, UNDO_DEPTH, View};
use crate::tui::command::Command;

impl Drive {
    /// The session in memory passes the checks of `sigap check`.
    pub(super) fn check_session(&self) {
        let session = match &self.app.view {
            View::Run(run) => &run.session,
            View::Review(review) => &review.session,
            _ => return,
        };
        let problems = crate::domain::validate::session_problems(session);
        assert!(problems.is_empty(), "after step {}: {problems:?}", self.steps);
    }

    /// What the header calls saved is what the file holds.
    pub(super) fn check_saved(&self) {
        let (Some(run), Some(file)) = (self.app.run(), self.disk.file()) else { return };
        if run.read_only.is_some() || !matches!(run.save, SaveState::Saved(_)) {
            return;
        }
        let on_disk = self.disk.store().read_bytes(file.path()).expect("the session file");
        assert!(
            on_disk == encode(&run.session).into_bytes(),
            "after step {}: saved, yet the file differs",
            self.steps
        );
    }

    /// Undoing every change comes back to the session as opened, byte for
    /// byte, and redoing them all comes forward to where it was.
    pub fn check_undo(&mut self) {
        let Some(opened) = self.opened.take() else { return };
        let Some(run) = self.app.run() else { return };
        let changes = run.can_undo();
        if run.read_only.is_some() || changes >= UNDO_DEPTH {
            return;
        }
        self.settle();
        let latest = self.app.run().map(|r| without_draft(&r.session)).unwrap_or_default();
        for _ in 0..changes {
            self.act(Command::Undo);
        }
        let undone = self.app.run().map(|r| without_draft(&r.session)).unwrap_or_default();
        let wanted = without_draft(&opened);
        assert!(
            undone == wanted,
            "after step {}: {changes} undos do not reach the opened session: {}",
            self.steps,
            first_difference(&undone, &wanted)
        );
        for _ in 0..changes {
            self.act(Command::Redo);
        }
        let redone = self.app.run().map(|r| without_draft(&r.session)).unwrap_or_default();
        assert!(redone == latest, "after step {}: {changes} redos do not come back", self.steps);
        self.check_saved();
        self.opened = Some(opened);
    }

    /// Close whatever is open over the run view, so that undo is heard.
    fn settle(&mut self) {
        for _ in 0..8 {
            let Some(run) = self.app.run() else { return };
            let action = if run.editor.is_some() {
                Command::CloseEditor
            } else if run.confirm == Some(crate::tui::app::Confirm::DropDetails) {
                // Yes, throw the form's typing away: it was never a change.
                Command::Confirm
            } else if run.prompt.is_some() || run.confirm.is_some() {
                Command::Cancel
            } else if run.people_filter.typing || run.notes_filter.typing {
                // `Esc` on an empty filter would leave the session.
                Command::Confirm
            } else if !run.is_idle() {
                Command::Cancel
            } else {
                return;
            };
            self.act(action);
        }
    }
}

/// The session without its draft, which undo never touches, as the store encodes it.
fn without_draft(session: &Session) -> String {
    let mut session = session.clone();
    session.draft = None;
    encode(&session)
}

/// The first line where two texts differ, for a message.
fn first_difference(a: &str, b: &str) -> String {
    let at = a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(0);
    let line = |t: &str| t.lines().nth(at).unwrap_or("").trim().to_string();
    format!("line {}: {:?} against {:?}", at + 1, line(a), line(b))
}

fn encode(session: &Session) -> String {
    format::encode(session).expect("a session encodes")
}
