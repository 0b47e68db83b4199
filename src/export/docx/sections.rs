//! The parts of the Word minutes in reading order: title, the key/value
//! block, the agenda, the notes under their items, decisions, action
//! items, questions and the signatures.

use docx_rs::{AlignmentType, LineSpacing, Paragraph, Run, Table};

use super::parts::{self, blank, bold, columns, grid, heading, text, text_run};
use crate::domain::{ItemState, Note, NoteKind, Session};
use crate::export::minutes::content::{self, of_kind};
use crate::text::{Text, fill};

/// A block of the document's body, boxed: a paragraph and a table differ
/// in size by kilobytes.
pub enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl From<Table> for Block {
    fn from(t: Table) -> Self {
        Block::Table(Box::new(t))
    }
}

impl From<Paragraph> for Block {
    fn from(p: Paragraph) -> Self {
        Block::Paragraph(Box::new(p))
    }
}

pub fn body(s: &Session, t: &Text) -> Vec<Block> {
    let mut blocks = title(s, t);
    blocks.push(Block::from(facts(s, t)));
    blocks.extend(agenda(s, t));
    blocks.extend(notes(s, t));
    blocks.extend(decisions(s, t));
    blocks.extend(actions(s, t));
    blocks.extend(questions(s, t));
    blocks.push(Block::from(signatures(s, t)));
    blocks
}

fn title(s: &Session, t: &Text) -> Vec<Block> {
    let d = &t.export.minutes_doc;
    let mut blocks =
        vec![Block::from(parts::centred(d.title, 28)), Block::from(parts::centred(&s.title, 24))];
    if !s.workshop.is_empty() {
        blocks.push(Block::from(parts::centred(&s.workshop, 22)));
    }
    blocks.push(Block::from(blank()));
    blocks
}

/// "hadir 84 dari 90 orang (laki-laki 50, perempuan 34)".
fn present(s: &Session, t: &Text) -> String {
    let count = s.attendance_count();
    let present = fill(
        t.export.minutes_doc.present_of,
        &[
            ("present", &t.notation.number(count.in_room as i64)),
            ("roster", &t.notation.number(count.roster as i64)),
        ],
    );
    let genders: Vec<String> = content::in_room_by_gender(s)
        .into_iter()
        .map(|(g, in_room, _)| format!("{} {}", t.gender(g), t.notation.number(in_room as i64)))
        .collect();
    if genders.is_empty() { present } else { format!("{present} ({})", genders.join(", ")) }
}

/// The key/value block: day and date, time, place, chair, facilitators,
/// note-taker and how many were present; a field not filled in is left out.
fn facts(s: &Session, t: &Text) -> Table {
    let d = &t.export.minutes_doc;
    let fields = [
        (d.day_and_date, t.notation.long_date(s.date())),
        (t.export.time, content::stated_time(s, t)),
        (t.venue, s.venue.clone()),
        (d.chair, s.chair.clone()),
        (t.facilitators, s.facilitators.join(", ")),
        (d.note_taker, s.note_taker.clone()),
        (d.participants, present(s, t)),
    ];
    let rows = fields
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| vec![text(label), text(":"), text(&value)])
        .collect();
    grid(rows, &columns(&[8, 1, 23]))
}

fn agenda(s: &Session, t: &Text) -> Vec<Block> {
    let (d, e) = (&t.export.minutes_doc, &t.export);
    let agenda = content::agenda(s);
    let rows = agenda
        .rows
        .iter()
        .map(|row| {
            let item = row.item;
            let planned = format!(
                "{}–{} ({}')",
                t.hhmm(&row.planned_start),
                t.hhmm(&(row.planned_start + chrono::Duration::minutes(item.planned_minutes))),
                item.planned_minutes
            );
            let actual = match (row.started, row.ended) {
                (Some(a), Some((b, m))) => format!("{}–{} ({m}')", t.hhmm(&a), t.hhmm(&b)),
                (Some(a), None) => format!("{}–", t.hhmm(&a)),
                _ if item.state == ItemState::Skipped => t.item_state(item.state).to_string(),
                _ => String::new(),
            };
            let speaker = item.facilitator.clone().unwrap_or_default();
            vec![row.number.to_string(), item.title.clone(), speaker, planned, actual]
        })
        .collect();
    let headings = [e.number, e.item, d.speaker, d.planned, d.actual];
    let totals = format!(
        "{} {} {} ({} {}), {} {} {}.",
        d.planned,
        t.notation.number(agenda.planned),
        t.minutes_short,
        t.notation.decimal(agenda.lesson_hours(), 1),
        t.lesson_hours,
        t.actual,
        t.notation.number(agenda.actual),
        t.minutes_short
    );
    vec![
        Block::from(heading(d.agenda)),
        Block::from(parts::table(&headings, rows, &columns(&[3, 12, 8, 7, 7]))),
        Block::from(text(&totals)),
    ]
}

/// A note as a paragraph: its time, its kind unless a plain note, its
/// text with its own lines, and an action's owner and due date.
fn note(n: &Note, t: &Text) -> Paragraph {
    let mut p = Paragraph::new().add_run(Run::new().add_text(format!("{} ", t.hhmm(&n.at))));
    if n.kind != NoteKind::Note {
        p = p.add_run(Run::new().add_text(format!("{} ", t.note_kind(n.kind))).italic());
    }
    p = p.add_run(text_run(&n.text));
    let extra: Vec<String> = [
        n.owner.as_deref().map(|o| format!("{}: {}", t.owner, crate::shown::visible(o))),
        n.due.map(|due| format!("{}: {}", t.due, t.notation.short_date(due))),
        n.done.then(|| t.review.done.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !extra.is_empty() {
        p = p.add_run(Run::new().add_text(format!(" ({})", extra.join(", "))));
    }
    p.line_spacing(LineSpacing::new().after(80))
}

fn notes(s: &Session, t: &Text) -> Vec<Block> {
    let mut blocks = vec![Block::from(heading(t.export.minutes_doc.discussion))];
    let groups = content::note_groups(s);
    if groups.is_empty() {
        blocks.push(Block::from(text(t.export.nothing_recorded)));
    }
    for group in groups {
        let title = match group.item {
            Some((number, item)) => format!("{number}. {}", item.title),
            None => t.no_item.to_string(),
        };
        blocks.push(Block::from(
            bold(&title).keep_next(true).line_spacing(LineSpacing::new().before(160).after(60)),
        ));
        blocks.extend(group.notes.into_iter().map(|n| Block::from(note(n, t))));
    }
    blocks
}

fn decisions(s: &Session, t: &Text) -> Vec<Block> {
    let mut blocks = vec![Block::from(heading(t.export.decisions))];
    let notes = of_kind(s, &[NoteKind::Decision]);
    if notes.is_empty() {
        blocks.push(Block::from(text(t.export.nothing_recorded)));
    }
    for (n, note) in notes.into_iter().enumerate() {
        let p = Paragraph::new()
            .add_run(Run::new().add_text(format!("{}. ", n + 1)))
            .add_run(text_run(&note.text))
            .line_spacing(LineSpacing::new().after(80));
        blocks.push(Block::from(p));
    }
    blocks
}

fn actions(s: &Session, t: &Text) -> Vec<Block> {
    let e = &t.export;
    let mut blocks = vec![Block::from(heading(e.action_items))];
    let notes = of_kind(s, &[NoteKind::Action]);
    if notes.is_empty() {
        blocks.push(Block::from(text(e.nothing_recorded)));
        return blocks;
    }
    let rows = notes
        .iter()
        .enumerate()
        .map(|(n, note)| {
            vec![
                (n + 1).to_string(),
                note.text.clone(),
                note.owner.clone().unwrap_or_default(),
                note.due.map(|d| t.notation.short_date(d)).unwrap_or_default(),
                if note.done { t.review.done } else { t.review.open }.to_string(),
            ]
        })
        .collect();
    let headings = [e.number, e.what, &capital(t.owner), &capital(t.due), e.state];
    blocks.push(Block::from(parts::table(&headings, rows, &columns(&[3, 13, 8, 6, 4]))));
    blocks
}

fn questions(s: &Session, t: &Text) -> Vec<Block> {
    let notes = of_kind(s, &[NoteKind::Question, NoteKind::ParkingLot]);
    if notes.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::from(heading(t.export.questions))];
    blocks.extend(notes.into_iter().map(|n| Block::from(note(n, t))));
    blocks
}

/// A column heading starts with a capital, whatever case the word has in a sentence.
fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The town the session was held in: the last part of its venue
/// (`BPSDM Provinsi Jawa Timur, Surabaya`).
fn town(venue: &str) -> &str {
    venue.rsplit(',').next().unwrap_or_default().trim()
}

/// The chair (or, without one, the first facilitator) acknowledges on the
/// left; the note-taker signs on the right under the place and date. A
/// name not filled in leaves a dotted line to write it by hand.
fn signatures(s: &Session, t: &Text) -> Table {
    let d = &t.export.minutes_doc;
    let (role, name) = match (s.chair.trim(), s.facilitators.first()) {
        ("", Some(facilitator)) => (t.export.facilitator, facilitator.as_str()),
        (chair, _) => (d.chair, chair),
    };
    let place = town(&s.venue);
    let date = t.notation.short_date(s.date());
    let dated = if place.is_empty() { date } else { format!("{place}, {date}") };
    let name_line = |name: &str| {
        let shown = if name.trim().is_empty() {
            "(.................................)".to_string()
        } else {
            name.to_string()
        };
        text(&shown).align(AlignmentType::Center)
    };
    let centred = |words: &str| text(words).align(AlignmentType::Center);
    let rows = vec![
        vec![blank(), blank()],
        vec![centred(&format!("{},", t.export.acknowledged)), centred(&dated)],
        vec![centred(&format!("{role},")), centred(&format!("{},", d.note_taker))],
        vec![blank(), blank()],
        vec![blank(), blank()],
        vec![blank(), blank()],
        vec![name_line(name), name_line(&s.note_taker)],
    ];
    // The block stays on one page: each line keeps with the next.
    let last = rows.len() - 1;
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(n, row)| row.into_iter().map(|p| p.keep_next(n < last)).collect())
        .collect();
    grid(rows, &columns(&[1, 1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Gender, Mark, Participant, ParticipantId, Status};

    #[test]
    fn those_present_are_counted_of_the_roster_men_first() {
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-09T07:45:00+07:00").unwrap();
        let mut s = Session::new("s", "Bimtek", "Hari 2", start);
        let genders = [Gender::Female, Gender::Male, Gender::Male, Gender::Female];
        for (n, gender) in genders.into_iter().enumerate() {
            let mut p = Participant::new(ParticipantId::numbered(n + 1), format!("P{n}"));
            p.gender = gender;
            s.roster.push(p);
        }
        for n in [1, 2, 3] {
            s.set_mark(ParticipantId::numbered(n), Mark { status: Status::Present, ..Mark::default() });
        }
        assert_eq!(present(&s, &crate::text::ID), "hadir 3 dari 4 orang (laki-laki 2, perempuan 1)");
        assert_eq!(present(&s, &crate::text::EN), "3 of 4 present (male 2, female 1)");
    }

    #[test]
    fn the_town_is_the_venue_after_its_last_comma() {
        assert_eq!(town("BPSDM Provinsi Jawa Timur, Surabaya"), "Surabaya");
        assert_eq!(town("Pendopo Kabupaten"), "Pendopo Kabupaten");
        assert_eq!(town(""), "");
    }
}
