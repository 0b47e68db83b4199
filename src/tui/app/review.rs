//! Reviewing a past session: read-only until the facilitator asks to edit.

use std::path::PathBuf;

use super::{Notice, Outcome};
use crate::domain::{NoteId, Session, Timestamp};
use crate::text::Text;
use crate::tui::command::{Command, Gesture};
use crate::tui::effect::{Effect, OpenMode};
use crate::tui::keymap::Context;
use crate::tui::message::OpenedSession;

/// The panes of the review, in `Tab` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewPane {
    Agenda,
    Attendance,
    Notes,
    Actions,
}

/// A session under review.
#[derive(Debug)]
pub struct Review {
    pub(crate) session: Session,
    pub(crate) path: PathBuf,
    /// The sessions of the same workshop, oldest first (this one among them).
    pub(crate) siblings: Vec<PathBuf>,
    pub(crate) focus: ReviewPane,
    /// Lines scrolled in each pane, in `ReviewPane` order, from where the
    /// pane starts: its top, or for the notes the note opened at (so it can
    /// be negative there). The view clamps it to the content it draws, as
    /// only the view knows how many lines the wrapped text takes.
    pub(crate) scroll: [i32; 4],
    /// Notes grouped by kind rather than by agenda item.
    pub(crate) by_kind: bool,
    /// The note to show first (from a search hit).
    pub(crate) note: Option<NoteId>,
}

impl Review {
    pub fn open(opened: OpenedSession, siblings: Vec<PathBuf>) -> Self {
        let focus = if opened.note.is_some() { ReviewPane::Notes } else { ReviewPane::Agenda };
        Review {
            session: opened.session,
            path: opened.path,
            siblings,
            focus,
            scroll: [0; 4],
            by_kind: false,
            note: opened.note,
        }
    }

    pub fn contexts(&self) -> Vec<Context> {
        vec![Context::Review, Context::Global]
    }

    fn pane_index(&self) -> usize {
        self.focus as usize
    }

    /// The session `step` places away in the workshop, if there is one.
    fn sibling(&self, step: isize) -> Option<PathBuf> {
        let at = self.siblings.iter().position(|p| *p == self.path)?;
        self.siblings.get(at.checked_add_signed(step)?).cloned()
    }

    pub fn update(&mut self, gesture: Gesture, _now: Timestamp, t: &Text) -> Outcome {
        let Gesture::Command(command) = gesture else { return Outcome::NONE };
        if let Some(by) = command.scroll_step() {
            let i = self.pane_index();
            // Above the note opened at there is more to read; above a top, nothing.
            let floor = if self.focus == ReviewPane::Notes && self.note.is_some() { i32::MIN } else { 0 };
            self.scroll[i] = self.scroll[i].saturating_add(by).max(floor);
            return Outcome::NONE;
        }
        match command {
            Command::NextSession | Command::PreviousSession => {
                let step = if command == Command::NextSession { 1 } else { -1 };
                match self.sibling(step) {
                    Some(path) => Outcome::effect(Effect::Open { path, mode: OpenMode::Review, note: None }),
                    None => Outcome::notice(Notice::info(t.no_more_sessions.to_string())),
                }
            }
            Command::EditSession => Outcome::effect(Effect::Open {
                path: self.path.clone(),
                mode: OpenMode::Run,
                note: self.note.clone(),
            }),
            Command::OpenReport => Outcome::effect(Effect::LoadReport(self.session.workshop.clone())),
            Command::ToggleGrouping => {
                self.by_kind = !self.by_kind;
                self.scroll[ReviewPane::Notes as usize] = 0;
                Outcome::NONE
            }
            Command::NextPane => {
                self.focus = match self.focus {
                    ReviewPane::Agenda => ReviewPane::Attendance,
                    ReviewPane::Attendance => ReviewPane::Notes,
                    ReviewPane::Notes => ReviewPane::Actions,
                    ReviewPane::Actions => ReviewPane::Agenda,
                };
                Outcome::NONE
            }
            _ => Outcome::NONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn review(note: Option<NoteId>) -> Review {
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        let session = Session::new("s1", "Bimtek", "Hari 1", start);
        let opened =
            OpenedSession { note, mode: OpenMode::Review, ..OpenedSession::to_run("s.ron".into(), session) };
        Review::open(opened, vec![PathBuf::from("s.ron")])
    }

    #[test]
    fn scrolling_stops_at_the_top_but_not_above_a_note_opened_at() {
        let t = Lang::En.text();
        let now = chrono::DateTime::parse_from_rfc3339("2017-05-08T13:00:00+07:00").unwrap();
        let mut plain = review(None);
        let _ = plain.update(Gesture::Command(Command::Up), now, t);
        assert_eq!(plain.scroll, [0; 4]);
        let mut at_note = review(Some(NoteId("n1".into())));
        assert_eq!(at_note.focus, ReviewPane::Notes);
        let _ = at_note.update(Gesture::Command(Command::PageUp), now, t);
        assert_eq!(at_note.scroll[ReviewPane::Notes as usize], -10, "what came before the note can be read");
        let _ = at_note.update(Gesture::Command(Command::ToggleGrouping), now, t);
        assert_eq!(at_note.scroll[ReviewPane::Notes as usize], 0, "a new grouping starts at the note again");
    }
}
