//! Attendance as it ended: counts by status and by gender, and the people
//! behind the numbers (late, left early, excused, sick, absent) with why.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::lines::{flow, flow_after, hanging, heading};
use crate::domain::{Gender, Mark, Participant, Session, Status};
use crate::text::Text;
use crate::tui::theme;

pub(super) fn lines(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let mut out = counts(s, t, width);
    out.extend(genders(s, t, width));
    out.extend(disability(s, t, width));
    out.extend(late(s, t, width));
    out.extend(listed(s, t, width, t.left_early.to_string(), &[Status::LeftEarly]));
    let absences = [Status::Excused, Status::Sick, Status::Absent];
    out.extend(listed(s, t, width, t.review.absences.to_string(), &absences));
    out
}

fn code(status: Status) -> Span<'static> {
    Span::styled(format!("{:>3} ", status.code()), theme::status_style(status).add_modifier(Modifier::BOLD))
}

/// `H 20 present · T 3 late · …`
fn counts(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let count = s.attendance_count();
    let parts = Status::SHEET_ORDER
        .iter()
        .map(|&st| {
            let code = Span::styled(st.code(), theme::status_style(st).add_modifier(Modifier::BOLD));
            vec![code, Span::raw(format!(" {} {}", count.of(st), t.status(st)))]
        })
        .collect();
    flow(parts, width)
}

/// In the room out of those on the roster, for each gender on it.
fn genders(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let label = vec![Span::styled(format!("{}:", t.review.in_room_of_roster), theme::dim())];
    let mut parts = Vec::new();
    for g in [Gender::Female, Gender::Male, Gender::NotRecorded] {
        let all: Vec<&Participant> = s.roster.iter().filter(|p| p.gender == g).collect();
        if all.is_empty() {
            continue;
        }
        let in_room = all.iter().filter(|p| s.mark(&p.id).status.is_in_room()).count();
        parts.push(vec![Span::raw(format!("{} {in_room}/{}", t.gender(g), all.len()))]);
    }
    flow_after(label, parts, width)
}

/// Participants with a disability who were in the room, and what it is.
fn disability(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let present: Vec<&Participant> =
        s.roster.iter().filter(|p| p.has_disability() && s.mark(&p.id).status.is_in_room()).collect();
    let mut out = vec![Line::from(vec![
        Span::styled(format!("{}: ", t.review.disability_present), theme::dim()),
        Span::raw(present.len().to_string()),
    ])];
    for p in present {
        let what = p.disability.as_deref().unwrap_or_default();
        out.extend(hanging(vec![Span::raw("    ")], &format!("{} ({what})", p.name), Style::new(), width));
    }
    out
}

/// Late arrivals with their time and minutes late, against the actual start
/// (the planned one if the session never started), earliest first.
fn late(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let start = s.lateness_start();
    let mut late: Vec<(&Participant, Mark)> = s
        .roster
        .iter()
        .map(|p| (p, s.mark(&p.id)))
        .filter(|(_, m)| m.status.is_in_room() && m.arrived.is_some() && m.minutes_late(start) > 0)
        .collect();
    if late.is_empty() {
        return Vec::new();
    }
    late.sort_by_key(|(_, m)| m.arrived);
    let title =
        format!("{} ({}) · {} {}", t.late_arrivals, late.len(), t.start.to_lowercase(), t.hhmm(&start));
    let mut out = vec![heading(title)];
    for (p, m) in late {
        let when = m.arrived.map(|a| t.hhmm(&a)).unwrap_or_default();
        let lead = vec![
            code(m.status),
            Span::raw(format!("{when} ")),
            Span::styled(format!("+{}' ", m.minutes_late(start)), Style::new().fg(theme::WARN)),
        ];
        out.extend(hanging(lead, &with_reason(p, &m), Style::new(), width));
    }
    out
}

/// The people of some statuses under a heading, with when they left and why.
fn listed(s: &Session, t: &Text, width: usize, title: String, statuses: &[Status]) -> Vec<Line<'static>> {
    let mut people: Vec<(&Participant, Mark)> =
        s.roster.iter().map(|p| (p, s.mark(&p.id))).filter(|(_, m)| statuses.contains(&m.status)).collect();
    if people.is_empty() {
        return Vec::new();
    }
    people.sort_by_key(|(_, m)| statuses.iter().position(|st| *st == m.status));
    let mut out = vec![heading(format!("{title} ({})", people.len()))];
    for (p, m) in people {
        let mut lead = vec![code(m.status)];
        if let Some(left) = m.left {
            lead.push(Span::raw(format!("↦{} ", t.hhmm(&left))));
        }
        out.extend(hanging(lead, &with_reason(p, &m), Style::new(), width));
    }
    out
}

/// `Name — reason`.
fn with_reason(p: &Participant, m: &Mark) -> String {
    match m.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(why) => format!("{} — {why}", p.name),
        None => p.name.clone(),
    }
}
