//! The session details form over the run view: venue, facilitators, chair
//! and note-taker, saved as one change that undo takes back.

use crate::domain::{DetailField, Details};
use crate::text::Text;
use crate::tui::command::{Command, Gesture};

use super::super::{Notice, Outcome, edit_line};
use super::{Confirm, Run};

/// What separates facilitators in the form: their names hold commas
/// before academic degrees (`Dr. Ratna Kusumawardani, M.Si.`).
pub const SEPARATOR: char = ';';

/// The details form as typed so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailsForm {
    pub venue: String,
    /// Facilitators separated by [`SEPARATOR`].
    pub facilitators: String,
    pub chair: String,
    pub note_taker: String,
    pub field: DetailField,
    /// The details as the form was opened with, to know a changed form.
    opened: Details,
}

impl DetailsForm {
    pub fn of(details: Details) -> DetailsForm {
        DetailsForm {
            venue: details.venue.clone(),
            facilitators: details.field(DetailField::Facilitators),
            chair: details.chair.clone(),
            note_taker: details.note_taker.clone(),
            field: DetailField::Venue,
            opened: details,
        }
    }

    /// The details the form holds, tidied as they are kept.
    pub fn details(&self) -> Details {
        Details {
            venue: self.venue.clone(),
            facilitators: self.facilitators.split(SEPARATOR).map(str::to_string).collect(),
            chair: self.chair.clone(),
            note_taker: self.note_taker.clone(),
        }
        .tidied()
    }

    /// Whether closing the form would lose something typed.
    pub fn is_changed(&self) -> bool {
        self.details() != self.opened
    }

    pub fn text(&self, field: DetailField) -> &str {
        match field {
            DetailField::Venue => &self.venue,
            DetailField::Facilitators => &self.facilitators,
            DetailField::Chair => &self.chair,
            DetailField::NoteTaker => &self.note_taker,
        }
    }

    fn text_mut(&mut self) -> &mut String {
        match self.field {
            DetailField::Venue => &mut self.venue,
            DetailField::Facilitators => &mut self.facilitators,
            DetailField::Chair => &mut self.chair,
            DetailField::NoteTaker => &mut self.note_taker,
        }
    }

    fn step(&mut self, by: usize) {
        let all = DetailField::ALL;
        let at = all.iter().position(|f| *f == self.field).unwrap_or(0);
        self.field = all[(at + by) % all.len()];
    }
}

impl Run {
    /// Open the form on the session's details; refused when read-only.
    pub(super) fn open_details(&mut self, t: &Text) -> Outcome {
        if let Some(why) = &self.read_only {
            return Outcome::notice(Notice::problem(format!("{}: {why}", t.read_only)));
        }
        self.details = Some(DetailsForm::of(Details::of(&self.session)));
        Outcome::NONE
    }

    /// A gesture while the form is open: typing, moving between fields,
    /// saving, or closing (asking first when something was typed).
    pub(super) fn update_details(&mut self, gesture: Gesture, t: &Text) -> Outcome {
        let Some(form) = self.details.as_mut() else { return Outcome::NONE };
        match gesture {
            Gesture::Input(input) => {
                edit_line(form.text_mut(), &input);
            }
            Gesture::Paste(text) => form.text_mut().push_str(text.lines().next().unwrap_or("")),
            Gesture::Command(Command::NextField) => form.step(1),
            Gesture::Command(Command::PreviousField) => form.step(DetailField::ALL.len() - 1),
            Gesture::Command(Command::Cancel) if form.is_changed() => {
                self.confirm = Some(Confirm::DropDetails);
            }
            Gesture::Command(Command::Cancel) => self.details = None,
            Gesture::Command(Command::Confirm) => {
                let details = form.details();
                self.details = None;
                return self.change(t.details.log_details.into(), t, |s| details.apply(s));
            }
            _ => {}
        }
        Outcome::NONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facilitators_are_split_at_semicolons_keeping_their_degrees() {
        let opened = Details {
            facilitators: vec!["Dr. Ratna Kusumawardani, M.Si.".into(), "Agus Prasetyo, S.IP., MPA".into()],
            ..Details::default()
        };
        let mut form = DetailsForm::of(opened.clone());
        assert_eq!(form.facilitators, "Dr. Ratna Kusumawardani, M.Si.; Agus Prasetyo, S.IP., MPA");
        assert_eq!(form.details(), opened);
        assert!(!form.is_changed());
        form.facilitators.push_str(";  ");
        assert!(!form.is_changed(), "an empty name is no change");
        form.step(3);
        assert_eq!(form.field, DetailField::NoteTaker);
        form.step(1);
        assert_eq!(form.field, DetailField::Venue);
    }
}
