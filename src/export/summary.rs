//! `sigap show`: a session on one screen of plain text.

use std::fmt::Write;

use crate::domain::schedule::planned_slots;
use crate::domain::{Gender, ItemState, Minutes, Session, Status, lesson_hours};
use crate::text::{Text, fit};

/// A readable summary: header, agenda planned vs actual, attendance by
/// status and by gender, notes by agenda item.
pub fn session_summary(session: &Session, t: &Text) -> String {
    let mut out = String::new();
    header(&mut out, session, t);
    agenda(&mut out, session, t);
    attendance(&mut out, session, t);
    notes(&mut out, session, t);
    out
}

fn header(out: &mut String, s: &Session, t: &Text) {
    let _ = writeln!(out, "{}", s.title);
    let _ = writeln!(out, "{}: {}", t.workshop, s.workshop);
    if !s.venue.is_empty() {
        let _ = writeln!(out, "{}: {}", t.venue, s.venue);
    }
    let _ = writeln!(
        out,
        "{}: {}, {} · {}",
        t.date,
        t.notation.long_date(s.date()),
        t.notation.stated_time(&s.planned_start),
        t.phase(s.phase())
    );
    if !s.facilitators.is_empty() {
        let _ = writeln!(out, "{}: {}", t.facilitators, s.facilitators.join(", "));
    }
}

fn signed(m: Minutes) -> String {
    if m > 0 { format!("+{m}") } else { m.to_string() }
}

fn agenda(out: &mut String, s: &Session, t: &Text) {
    let _ = writeln!(out, "\n{} ({} / {})", t.agenda, t.planned, t.actual);
    let slots = planned_slots(s);
    let (mut planned_total, mut actual_total, mut learning) = (0, 0, 0);
    for (item, slot) in s.agenda.iter().zip(&slots) {
        planned_total += item.planned_minutes;
        if item.kind.is_learning() {
            learning += item.planned_minutes;
        }
        let actual = match (item.started_at, item.ended_at, item.actual_minutes()) {
            (Some(a), Some(b), Some(m)) => {
                actual_total += m;
                format!("{}–{} {:>4}' {:>4}", t.hhmm(&a), t.hhmm(&b), m, signed(m - item.planned_minutes))
            }
            (Some(a), None, _) => format!("{}–", t.hhmm(&a)),
            _ => String::new(),
        };
        let fixed = if item.fixed_start.is_some() { "⚓" } else { " " };
        let _ = writeln!(
            out,
            "  {}{} {} {} {:>4}'  {} {}",
            t.hhmm(&slot.start),
            fixed,
            fit(&item.title, 44),
            fit(t.item_kind(item.kind), 14),
            item.planned_minutes,
            fit(&actual, 24),
            t.item_state(item.state)
        );
    }
    let done = s.agenda.iter().filter(|i| i.state == ItemState::Done).count();
    let _ = writeln!(
        out,
        "  {}: {} {} ({} {}); {}: {} {} ({}/{})",
        t.planned,
        t.notation.number(planned_total),
        t.minutes_short,
        t.notation.decimal(lesson_hours(learning), 1),
        t.lesson_hours,
        t.actual,
        t.notation.number(actual_total),
        t.minutes_short,
        done,
        s.agenda.len()
    );
}

fn attendance(out: &mut String, s: &Session, t: &Text) {
    let count = s.attendance_count();
    let _ = writeln!(out, "\n{} ({} {})", t.attendance, count.roster, t.roster);
    let by_status: Vec<String> =
        Status::SHEET_ORDER.iter().map(|st| format!("{} {}", t.status(*st), count.of(*st))).collect();
    let _ = writeln!(out, "  {}", by_status.join(" · "));
    let _ = writeln!(out, "  {}: {}", t.by_gender, in_room_by_gender(s, t).join(" · "));
    let start = s.lateness_start();
    let late: Vec<String> = s
        .roster
        .iter()
        .filter_map(|p| {
            let m = s.mark(&p.id);
            let arrived = m.arrived.filter(|_| m.status == Status::Late || m.status == Status::LeftEarly)?;
            let minutes = m.minutes_late(start);
            (minutes > 0)
                .then(|| format!("{} ({}, +{} {})", p.name, t.hhmm(&arrived), minutes, t.minutes_short))
        })
        .collect();
    if !late.is_empty() {
        let _ = writeln!(out, "  {}: {}", t.late_arrivals, late.join("; "));
    }
    for p in &s.roster {
        let m = s.mark(&p.id);
        if matches!(m.status, Status::LeftEarly | Status::Excused | Status::Sick | Status::Absent) {
            let when = m.left.map(|l| format!(" {}", t.hhmm(&l))).unwrap_or_default();
            let why = m.reason.as_deref().map(|r| format!(" — {r}")).unwrap_or_default();
            let _ = writeln!(out, "  {}: {}{}{}", t.status(m.status), p.name, when, why);
        }
    }
}

/// "female 11/12", "male 17/18": in the room of those on the roster, for
/// each gender that has anyone.
pub(crate) fn in_room_by_gender(s: &Session, t: &Text) -> Vec<String> {
    [Gender::Female, Gender::Male, Gender::NotRecorded]
        .iter()
        .filter_map(|g| {
            let all: Vec<_> = s.roster.iter().filter(|p| p.gender == *g).collect();
            let in_room = all.iter().filter(|p| s.mark(&p.id).status.is_in_room()).count();
            (!all.is_empty()).then(|| format!("{} {}/{}", t.gender(*g), in_room, all.len()))
        })
        .collect()
}

fn notes(out: &mut String, s: &Session, t: &Text) {
    let _ = writeln!(out, "\n{} ({})", t.notes, s.notes.len());
    let groups =
        s.agenda.iter().map(|i| (Some(&i.id), i.title.as_str())).chain(std::iter::once((None, t.no_item)));
    for (id, title) in groups {
        let mut notes: Vec<_> = s.notes_of(id).collect();
        if notes.is_empty() {
            continue;
        }
        notes.sort_by_key(|n| n.at);
        let _ = writeln!(out, "  {title}");
        for n in notes {
            let mut lines = n.text.lines();
            let _ = writeln!(
                out,
                "    {} [{}] {}",
                t.hhmm(&n.at),
                t.note_kind(n.kind),
                lines.next().unwrap_or("")
            );
            for line in lines {
                let _ = writeln!(out, "          {line}");
            }
            let action: Vec<String> = [
                n.owner.as_ref().map(|o| format!("{}: {o}", t.owner)),
                n.due.map(|d| format!("{}: {d}", t.due)),
                n.done.then(|| t.done.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !action.is_empty() {
                let _ = writeln!(out, "          ({})", action.join(", "));
            }
        }
    }
}
