//! The attendance sheet as CSV, one row per participant, for the M&E
//! team's spreadsheets. In the plain CSV, column names and status words are
//! fixed English keys, whatever the interface language, so formulas and
//! scripts that read the sheet keep working; the CSV for Excel is for
//! people, in the interface language.

use super::table::csv_document;
use crate::domain::{Gender, Session, Status};
use crate::text::{Text, hhmm};

/// `nip` comes last, added after the others, so that formulas that name
/// the earlier columns by letter keep working.
pub const COLUMNS: [&str; 14] = [
    "no",
    "id",
    "name",
    "gender",
    "role",
    "organisation",
    "kecamatan",
    "kabupaten_kota",
    "status",
    "arrival",
    "departure",
    "late_minutes",
    "reason",
    "nip",
];

/// The machine-readable word for a status.
pub fn status_key(status: Status) -> &'static str {
    match status {
        Status::Present => "present",
        Status::Late => "late",
        Status::LeftEarly => "left_early",
        Status::Excused => "excused",
        Status::Sick => "sick",
        Status::Absent => "absent",
        Status::Unmarked => "unmarked",
    }
}

fn gender_key(gender: Gender) -> &'static str {
    match gender {
        Gender::Female => "female",
        Gender::Male => "male",
        Gender::NotRecorded => "",
    }
}

/// The sheet in roster order, plain RFC 4180. Arrival and departure are
/// local `HH:MM` on the session's date; minutes late are given for those
/// in the room.
pub fn csv(session: &Session) -> String {
    csv_document(&header(), rows(session, None))
}

/// The sheet for a double-click in Excel, split on `separator` (see
/// [`super::excel`]).
pub fn csv_for_excel(session: &Session, t: &Text) -> String {
    let header = t.export.sheet_columns.map(str::to_string).to_vec();
    super::excel::document(&header, rows(session, Some(t)), t.export.excel_separator)
}

/// A gender as written: the fixed key, or the language's word (`t`).
fn gender_word(gender: Gender, t: Option<&Text>) -> &'static str {
    match (gender, t) {
        (Gender::NotRecorded, _) => "",
        (_, Some(t)) => t.gender(gender),
        (_, None) => gender_key(gender),
    }
}

fn header() -> Vec<String> {
    COLUMNS.iter().map(|c| c.to_string()).collect()
}

/// The rows, with fixed keys for statuses and genders or (`t`) a language's words.
fn rows<'a>(session: &'a Session, t: Option<&'a Text>) -> impl Iterator<Item = Vec<String>> + 'a {
    let start = session.lateness_start();
    session.roster.iter().enumerate().map(move |(n, p)| {
        let mark = session.mark(&p.id);
        let late =
            if mark.status.is_in_room() { mark.minutes_late(start).to_string() } else { String::new() };
        vec![
            (n + 1).to_string(),
            p.id.to_string(),
            p.name.clone(),
            gender_word(p.gender, t).to_string(),
            p.role.clone(),
            p.organisation.clone(),
            p.kecamatan.clone(),
            p.kabupaten.clone(),
            t.map_or(status_key(mark.status), |t| t.status(mark.status)).to_string(),
            mark.arrived.map(|a| hhmm(&a)).unwrap_or_default(),
            mark.left.map(|l| hhmm(&l)).unwrap_or_default(),
            late,
            mark.reason.clone().unwrap_or_default(),
            p.nip.clone().unwrap_or_default(),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Mark, Participant, ParticipantId};
    use chrono::DateTime;

    #[test]
    fn one_row_per_participant_with_formulas_neutralised() {
        let at = |hm: &str| DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap();
        let mut s = Session::new("s", "W", "T", at("08:00"));
        let mut p = Participant::new(ParticipantId::numbered(1), "=cmd|' /C calc'!A0");
        p.gender = Gender::Female;
        s.roster.push(p);
        s.roster.push(Participant::new(ParticipantId::numbered(2), "Budi"));
        let late = Mark { status: Status::Late, arrived: Some(at("08:17")), ..Mark::default() };
        s.set_mark(ParticipantId::numbered(1), late);
        let sheet = csv(&s);
        let lines: Vec<&str> = sheet.lines().collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert_eq!(lines[1], "1,p001,'=cmd|' /C calc'!A0,female,,,,,late,08:17,,17,,");
        assert_eq!(lines[2], "2,p002,Budi,,,,,,unmarked,,,,,");
        assert_eq!(lines.len(), 3);
    }
}
