//! The minutes (*notulensi*) of a session as Markdown, to hand to the
//! organiser or paste into the training report.

pub mod content;

use std::fmt::Write;

use self::content::of_kind;
use super::markdown::note_block;
use super::table::{Table, md_text};
use crate::domain::{ItemState, Note, NoteKind, Session, Status};
use crate::text::Text;

/// Header, attendance summary, agenda planned vs actual, notes under their
/// agenda item, then decisions, action items and open questions.
pub fn markdown(session: &Session, t: &Text) -> String {
    let mut out = String::new();
    header(&mut out, session, t);
    attendance(&mut out, session, t);
    agenda(&mut out, session, t);
    notes(&mut out, session, t);
    decisions(&mut out, session, t);
    actions(&mut out, session, t);
    questions(&mut out, session, t);
    out
}

fn header(out: &mut String, s: &Session, t: &Text) {
    let e = &t.export;
    let _ = writeln!(out, "# {}: {}\n", e.minutes, md_text(&s.title));
    let mut fields = vec![(t.workshop, md_text(&s.workshop)), (e.session, md_text(&s.title))];
    let date = s.date();
    fields.push((t.date, t.notation.long_date(date)));
    fields.push((e.time, content::stated_time(s, t)));
    if !s.venue.is_empty() {
        fields.push((t.venue, md_text(&s.venue)));
    }
    if !s.facilitators.is_empty() {
        fields.push((t.facilitators, md_text(&s.facilitators.join(", "))));
    }
    for (label, value) in fields {
        let _ = writeln!(out, "- **{label}:** {value}");
    }
}

fn attendance(out: &mut String, s: &Session, t: &Text) {
    let e = &t.export;
    let count = s.attendance_count();
    let _ = writeln!(out, "\n## {}\n", t.attendance);
    let _ = writeln!(out, "{} {}, {} {}.\n", count.roster, e.on_roster, count.in_room, e.in_room);
    let mut table = Table::new(headings(&[e.status, t.total]), vec![false, true]);
    for status in Status::SHEET_ORDER {
        if count.of(status) > 0 {
            table.rows.push(vec![
                format!("{} ({})", t.status(status), status.code()),
                count.of(status).to_string(),
            ]);
        }
    }
    out.push_str(&table.to_markdown());
    let genders = super::summary::in_room_by_gender(s, t);
    if !genders.is_empty() {
        let _ = writeln!(out, "\n{}: {}.", t.by_gender, genders.join(", "));
    }
    let start = s.lateness_start();
    let mut absent = Vec::new();
    for p in &s.roster {
        let m = s.mark(&p.id);
        let mut parts = Vec::new();
        if let Some(arrived) = m.arrived.filter(|_| m.minutes_late(start) > 0) {
            let late = crate::text::fill(e.late_minutes, &[("minutes", &m.minutes_late(start).to_string())]);
            parts.push(format!("{} {}, {late}", e.arrival, t.hhmm(&arrived)));
        }
        if let Some(left) = m.left.filter(|_| m.status == Status::LeftEarly) {
            parts.push(format!("{} {}", e.departure, t.hhmm(&left)));
        }
        if let Some(reason) = m.reason.as_deref().filter(|r| !r.trim().is_empty()) {
            parts.push(md_text(reason));
        }
        let listed = matches!(
            m.status,
            Status::Late | Status::LeftEarly | Status::Excused | Status::Sick | Status::Absent
        );
        if listed {
            let detail = if parts.is_empty() { String::new() } else { format!(": {}", parts.join("; ")) };
            absent.push(format!("- {} ({}){detail}", md_text(&p.name), t.status(m.status)));
        }
    }
    if !absent.is_empty() {
        let _ = writeln!(out);
        for line in absent {
            let _ = writeln!(out, "{line}");
        }
    }
}

/// Column headings start with a capital, whatever case the label has in a sentence.
fn headings(labels: &[&str]) -> Vec<String> {
    labels
        .iter()
        .map(|l| {
            let mut chars = l.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        })
        .collect()
}

fn signed(m: i64) -> String {
    if m > 0 { format!("+{m}") } else { m.to_string() }
}

fn agenda(out: &mut String, s: &Session, t: &Text) {
    let e = &t.export;
    let _ = writeln!(out, "\n## {} ({} / {})\n", t.agenda, t.planned, t.actual);
    let headers = [e.number, e.time, e.item, e.kind, t.planned, t.actual, e.difference, e.state];
    let mut table = Table::new(headings(&headers), vec![true, false, false, false, true, false, true, false]);
    let agenda = content::agenda(s);
    for row in &agenda.rows {
        let item = row.item;
        let fixed = if item.fixed_start.is_some() { " ⚓" } else { "" };
        let held = match (row.started, row.ended) {
            (Some(a), Some((b, m))) => format!("{}–{} ({m}')", t.hhmm(&a), t.hhmm(&b)),
            (Some(a), None) => format!("{}–", t.hhmm(&a)),
            _ => String::new(),
        };
        let state = match item.state {
            ItemState::Skipped => format!("↷ {}", t.item_state(item.state)),
            other => t.item_state(other).to_string(),
        };
        table.rows.push(vec![
            row.number.to_string(),
            format!("{}{fixed}", t.hhmm(&row.planned_start)),
            item.title.clone(),
            t.item_kind(item.kind).to_string(),
            format!("{}'", item.planned_minutes),
            held,
            row.difference().map(signed).unwrap_or_default(),
            state,
        ]);
    }
    out.push_str(&table.to_markdown());
    let _ = writeln!(
        out,
        "\n{} {} {} ({} {}), {} {} {}.",
        t.planned,
        agenda.planned,
        t.minutes_short,
        t.notation.decimal(agenda.lesson_hours(), 1),
        t.lesson_hours,
        t.actual,
        agenda.actual,
        t.minutes_short
    );
}

/// A note as a list item: time, kind (unless a plain note), text, and the
/// owner and due date of an action; the note's own lines and lists under it.
fn note_item(n: &Note, t: &Text) -> String {
    let kind = if n.kind == NoteKind::Note { String::new() } else { format!(" *{}*", t.note_kind(n.kind)) };
    let mut extra: Vec<String> = Vec::new();
    if let Some(owner) = &n.owner {
        extra.push(format!("{}: {}", t.owner, md_text(owner)));
    }
    if let Some(due) = n.due {
        extra.push(format!("{}: {}", t.due, t.notation.short_date(due)));
    }
    if n.done {
        extra.push(t.done.to_string());
    }
    let extra = if extra.is_empty() { String::new() } else { format!(" ({})", extra.join(", ")) };
    let note = note_block(&n.text, "  ");
    let head = format!("- {}{kind}", t.hhmm(&n.at));
    match (note.starts_with_list, note.ends_with_list) {
        (true, _) => format!("{head}{extra}\n  {}", note.text),
        (false, true) => format!("{head}{extra} {}", note.text),
        (false, false) => format!("{head} {}{extra}", note.text),
    }
}

fn notes(out: &mut String, s: &Session, t: &Text) {
    let _ = writeln!(out, "\n## {}\n", t.notes);
    if s.notes.is_empty() {
        let _ = writeln!(out, "{}", t.export.nothing_recorded);
        return;
    }
    for (n, group) in content::note_groups(s).into_iter().enumerate() {
        let title = match group.item {
            Some((number, item)) => format!("{number}. {}", md_text(&item.title)),
            None => t.no_item.to_string(),
        };
        let _ = writeln!(out, "{}### {title}\n", if n == 0 { "" } else { "\n" });
        for note in group.notes {
            let _ = writeln!(out, "{}", note_item(note, t));
        }
    }
}

fn decisions(out: &mut String, s: &Session, t: &Text) {
    let _ = writeln!(out, "\n## {}\n", t.export.decisions);
    let notes = of_kind(s, &[NoteKind::Decision]);
    if notes.is_empty() {
        let _ = writeln!(out, "{}", t.export.nothing_recorded);
    }
    for (n, note) in notes.iter().enumerate() {
        let number = format!("{}.", n + 1);
        let indent = " ".repeat(number.len() + 1);
        let block = note_block(&note.text, &indent);
        let gap = if block.starts_with_list { format!("\n{indent}") } else { " ".to_string() };
        let _ = writeln!(out, "{number}{gap}{}", block.text);
    }
}

fn actions(out: &mut String, s: &Session, t: &Text) {
    let e = &t.export;
    let _ = writeln!(out, "\n## {}\n", e.action_items);
    let notes = of_kind(s, &[NoteKind::Action]);
    if notes.is_empty() {
        let _ = writeln!(out, "{}", e.nothing_recorded);
        return;
    }
    let headers = [e.number, e.what, t.owner, t.due, e.state];
    let mut table = Table::new(headings(&headers), vec![true, false, false, false, false]);
    for (n, note) in notes.iter().enumerate() {
        table.rows.push(vec![
            (n + 1).to_string(),
            note.text.clone(),
            note.owner.clone().unwrap_or_default(),
            note.due.map(|d| t.notation.short_date(d)).unwrap_or_default(),
            if note.done { t.review.done } else { t.review.open }.to_string(),
        ]);
    }
    out.push_str(&table.to_markdown());
}

fn questions(out: &mut String, s: &Session, t: &Text) {
    let _ = writeln!(out, "\n## {}\n", t.export.questions);
    let notes = of_kind(s, &[NoteKind::Question, NoteKind::ParkingLot]);
    if notes.is_empty() {
        let _ = writeln!(out, "{}", t.export.nothing_recorded);
    }
    for note in notes {
        let _ = writeln!(out, "{}", note_item(note, t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AgendaItem, ItemId, ItemKind, NoteId};
    use chrono::DateTime;

    #[test]
    fn notes_go_under_their_item_and_actions_into_the_table() {
        let at = |hm: &str| DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap();
        let mut s = Session::new("s", "Bimtek", "Hari 1", at("08:00"));
        s.agenda.push(AgendaItem::new(ItemId::numbered(1), "Materi | inti", ItemKind::Input, 60));
        let mut action =
            Note::new(NoteId("n1".into()), at("08:30"), NoteKind::Action, "Kirim data\nke Bappeda");
        action.item = Some(ItemId::numbered(1));
        action.owner = Some("Camat Panekan".into());
        s.notes.push(action);
        let md = markdown(&s, &crate::text::ID);
        assert!(md.starts_with("# Notulensi: Hari 1\n"), "{md}");
        assert!(
            md.contains("- **Tanggal:** Senin, 8 Mei 2017\n- **Waktu:** pukul 08.00–09.00 WIB (rencana)\n"),
            "{md}"
        );
        assert!(
            md.contains("### 1. Materi \\| inti\n\n- 08.30 *tindak lanjut* Kirim data\\\n  ke Bappeda ("),
            "{md}"
        );
        assert!(md.contains("| 1 | Kirim data<br>ke Bappeda | Camat Panekan |  | terbuka |"), "{md}");
        assert!(md.contains("| 1 | 08.00 | Materi \\| inti |"), "{md}");
    }
}
