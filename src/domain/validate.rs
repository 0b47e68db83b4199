//! Consistency rules a file can break even when it parses: duplicate ids,
//! marks for people not on the roster, notes pointing at missing items.

use std::collections::HashSet;

use super::template::Template;
use super::{FORMAT_VERSION, Participant, Session};

/// One broken rule, with the text it is about so a caller can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    /// A quoted id or name to find in the file, for a line number.
    pub anchor: Option<String>,
}

impl Problem {
    fn at(anchor: &str, message: String) -> Self {
        Problem { message, anchor: Some(format!("\"{anchor}\"")) }
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>, what: &str) -> Vec<Problem> {
    let mut seen = HashSet::new();
    ids.filter(|id| !seen.insert(*id))
        .map(|id| Problem::at(id, format!("{what} id {id} is used twice")))
        .collect()
}

fn version_problem(version: u32) -> Option<Problem> {
    (version == 0 || version > FORMAT_VERSION).then(|| Problem {
        message: format!("format version {version} is not one this sigap reads (1 to {FORMAT_VERSION})"),
        anchor: None,
    })
}

/// Problems in a roster.
pub fn roster_problems(roster: &[Participant]) -> Vec<Problem> {
    let mut out = duplicates(roster.iter().map(|p| p.id.0.as_str()), "participant");
    for p in roster.iter().filter(|p| p.name.trim().is_empty()) {
        out.push(Problem::at(&p.id.0, format!("participant {} has no name", p.id)));
    }
    out
}

/// Problems in a session.
pub fn session_problems(session: &Session) -> Vec<Problem> {
    let mut out: Vec<Problem> = version_problem(session.version).into_iter().collect();
    if session.id.trim().is_empty() {
        out.push(Problem { message: "the session has no id".into(), anchor: None });
    }
    out.extend(roster_problems(&session.roster));
    out.extend(duplicates(session.agenda.iter().map(|i| i.id.0.as_str()), "agenda item"));
    out.extend(duplicates(session.notes.iter().map(|n| n.id.0.as_str()), "note"));
    for item in session.agenda.iter().filter(|i| i.planned_minutes <= 0) {
        out.push(Problem::at(&item.id.0, format!("agenda item {} has no planned minutes", item.id)));
    }
    let open = session.agenda.iter().filter(|i| i.is_open()).count();
    if open > 1 {
        out.push(Problem { message: format!("{open} agenda items are running at once"), anchor: None });
    }
    for id in session.attendance.keys().filter(|id| session.participant(id).is_none()) {
        out.push(Problem::at(&id.0, format!("attendance for {id}, who is not on the roster")));
    }
    for note in &session.notes {
        if let Some(item) = note.item.as_ref().filter(|i| session.item(i).is_none()) {
            out.push(Problem::at(
                &note.id.0,
                format!("note {} points at agenda item {item}, which does not exist", note.id),
            ));
        }
        for who in note.mentions.iter().filter(|p| session.participant(p).is_none()) {
            out.push(Problem::at(
                &note.id.0,
                format!("note {} mentions {who}, who is not on the roster", note.id),
            ));
        }
    }
    out
}

/// Problems in a template.
pub fn template_problems(template: &Template) -> Vec<Problem> {
    let mut out: Vec<Problem> = version_problem(template.version).into_iter().collect();
    for item in template.items.iter().filter(|i| i.minutes <= 0) {
        out.push(Problem::at(&item.title, format!("item \"{}\" has no minutes", item.title)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Mark, ParticipantId, Status};
    use chrono::DateTime;

    #[test]
    fn marks_for_unknown_people_and_duplicate_ids_are_problems() {
        let start = DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        let mut s = Session::new("s", "W", "T", start);
        s.roster.push(Participant::new(ParticipantId::numbered(1), "A"));
        s.roster.push(Participant::new(ParticipantId::numbered(1), "B"));
        s.attendance.insert(ParticipantId::numbered(9), Mark::with_status(Status::Present));
        let problems = session_problems(&s);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].anchor.as_deref(), Some("\"p001\""));
        assert!(problems[1].message.contains("p009"));
    }
}
