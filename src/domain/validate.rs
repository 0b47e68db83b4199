//! Consistency rules a file can break even when it parses: duplicate ids,
//! marks for people not on the roster, notes pointing at missing items.

use std::collections::HashSet;

use super::template::Template;
use super::{FORMAT_VERSION, Participant, Session};

pub use super::problem::validate::{Broken, IdOf, Problem};

impl Problem {
    fn at(anchor: &str, rule: Broken) -> Self {
        Problem { rule, anchor: Some(format!("\"{anchor}\"")) }
    }

    fn whole(rule: Broken) -> Self {
        Problem { rule, anchor: None }
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>, of: IdOf) -> Vec<Problem> {
    let mut seen = HashSet::new();
    ids.filter(|id| !seen.insert(*id))
        .map(|id| Problem::at(id, Broken::DuplicateId { of, id: id.to_string() }))
        .collect()
}

fn version_problem(version: u32) -> Option<Problem> {
    (version == 0 || version > FORMAT_VERSION).then(|| Problem::whole(Broken::UnknownVersion { version }))
}

/// Problems in a roster.
pub fn roster_problems(roster: &[Participant]) -> Vec<Problem> {
    let mut out = duplicates(roster.iter().map(|p| p.id.0.as_str()), IdOf::Participant);
    for p in roster.iter().filter(|p| p.name.trim().is_empty()) {
        out.push(Problem::at(&p.id.0, Broken::NoName { participant: p.id.clone() }));
    }
    out
}

/// Problems in a session.
pub fn session_problems(session: &Session) -> Vec<Problem> {
    let mut out: Vec<Problem> = version_problem(session.version).into_iter().collect();
    if session.id.trim().is_empty() {
        out.push(Problem::whole(Broken::NoSessionId));
    }
    out.extend(roster_problems(&session.roster));
    out.extend(duplicates(session.agenda.iter().map(|i| i.id.0.as_str()), IdOf::AgendaItem));
    out.extend(duplicates(session.notes.iter().map(|n| n.id.0.as_str()), IdOf::Note));
    for item in session.agenda.iter().filter(|i| i.planned_minutes <= 0) {
        out.push(Problem::at(&item.id.0, Broken::NoPlannedMinutes { item: item.id.clone() }));
    }
    let open = session.agenda.iter().filter(|i| i.is_open()).count();
    if open > 1 {
        out.push(Problem::whole(Broken::RunningAtOnce { count: open }));
    }
    for id in session.attendance.keys().filter(|id| session.participant(id).is_none()) {
        out.push(Problem::at(&id.0, Broken::MarkForStranger { participant: id.clone() }));
    }
    for note in &session.notes {
        if let Some(item) = note.item.as_ref().filter(|i| session.item(i).is_none()) {
            out.push(Problem::at(
                &note.id.0,
                Broken::NoteOnMissingItem { note: note.id.clone(), item: item.clone() },
            ));
        }
        for who in note.mentions.iter().filter(|p| session.participant(p).is_none()) {
            out.push(Problem::at(
                &note.id.0,
                Broken::NoteMentionsStranger { note: note.id.clone(), who: who.clone() },
            ));
        }
    }
    out
}

/// Problems in a template.
pub fn template_problems(template: &Template) -> Vec<Problem> {
    let mut out: Vec<Problem> = version_problem(template.version).into_iter().collect();
    for item in template.items.iter().filter(|i| i.minutes <= 0) {
        out.push(Problem::at(&item.title, Broken::TemplateItemNoMinutes { title: item.title.clone() }));
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
        assert!(problems[1].to_string().contains("p009"));
    }
}
