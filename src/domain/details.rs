//! The heading of a session that people fill in after creating it: where
//! it is held, who facilitates, who chairs and who takes the minutes.

use super::Session;

/// The session's heading fields a person may change at any time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    pub venue: String,
    pub facilitators: Vec<String>,
    pub chair: String,
    pub note_taker: String,
}

/// One field of [`Details`], to say which changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailField {
    Venue,
    Facilitators,
    Chair,
    NoteTaker,
}

impl DetailField {
    pub const ALL: [DetailField; 4] =
        [DetailField::Venue, DetailField::Facilitators, DetailField::Chair, DetailField::NoteTaker];
}

impl Details {
    /// The heading as the session has it.
    pub fn of(session: &Session) -> Details {
        Details {
            venue: session.venue.clone(),
            facilitators: session.facilitators.clone(),
            chair: session.chair.clone(),
            note_taker: session.note_taker.clone(),
        }
    }

    /// The same details with names trimmed and empty facilitators dropped,
    /// as they are kept.
    pub fn tidied(self) -> Details {
        Details {
            venue: self.venue.trim().to_string(),
            facilitators: self
                .facilitators
                .iter()
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect(),
            chair: self.chair.trim().to_string(),
            note_taker: self.note_taker.trim().to_string(),
        }
    }

    /// Put these details into `session`. Not logged: the log records what
    /// happened while the session ran, and naming its note-taker is no
    /// event of the session (as the venue never was).
    pub fn apply(&self, session: &mut Session) {
        session.venue.clone_from(&self.venue);
        session.facilitators.clone_from(&self.facilitators);
        session.chair.clone_from(&self.chair);
        session.note_taker.clone_from(&self.note_taker);
    }

    /// The fields that differ from `other`, in [`DetailField::ALL`] order.
    pub fn changed_from(&self, other: &Details) -> Vec<DetailField> {
        DetailField::ALL.into_iter().filter(|f| self.field(*f) != other.field(*f)).collect()
    }

    /// A field as one line: facilitators joined by semicolons, since their
    /// names hold commas before academic degrees (`Dr. Ratna, M.Si.`).
    pub fn field(&self, field: DetailField) -> String {
        match field {
            DetailField::Venue => self.venue.clone(),
            DetailField::Facilitators => self.facilitators.join("; "),
            DetailField::Chair => self.chair.clone(),
            DetailField::NoteTaker => self.note_taker.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn session() -> Session {
        let start = DateTime::parse_from_rfc3339("2017-05-08T07:45:00+07:00").unwrap();
        let mut s = Session::new("s", "Bimtek", "Hari 1", start);
        s.venue = "Surabaya".into();
        s
    }

    #[test]
    fn tidied_details_trim_and_drop_empty_facilitators() {
        let d = Details {
            venue: "  Aula ".into(),
            facilitators: vec![" Sri ".into(), "".into(), "  ".into()],
            chair: " Budi".into(),
            note_taker: "Ani ".into(),
        }
        .tidied();
        assert_eq!(d.venue, "Aula");
        assert_eq!(d.facilitators, ["Sri"]);
        assert_eq!((d.chair.as_str(), d.note_taker.as_str()), ("Budi", "Ani"));
    }

    #[test]
    fn applying_details_changes_only_them_and_logs_nothing() {
        let before = session();
        let mut after = before.clone();
        let details = Details { chair: "Budi".into(), ..Details::of(&before) };
        details.apply(&mut after);
        assert_eq!(after.chair, "Budi");
        assert!(after.log.is_empty());
        assert_eq!(Details::of(&after).changed_from(&Details::of(&before)), [DetailField::Chair]);
        assert_eq!(Session { chair: String::new(), ..after }, before);
    }
}
