//! `sigap report`: a workshop's attendance report as aligned plain text,
//! Markdown, or CSV for a spreadsheet.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::table::{Table, csv_document, md_text};

use crate::domain::{Gender, lesson_hours};
use crate::report::{OpenAction, ParticipantRow, WorkshopReport};
use crate::text::{Text, fit};

/// How the matrix shows a session that was not planned for a participant.
const NOT_PLANNED: &str = "·";

/// Names and titles longer than this are cut in the text tables.
const NAME_WIDTH: usize = 32;

/// The counting rules are wrapped to this many columns in plain text.
const FOOTER_WIDTH: usize = 100;

/// The report as aligned plain-text tables: the attendance matrix, the
/// totals per session, the open actions by owner and the counting rules.
pub fn text(report: &WorkshopReport, t: &Text) -> String {
    let labels = report.column_labels(t.notation.day_month);
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", t.report.title, report.workshop);
    let _ = writeln!(out, "{}\n", overview(report, t));
    out.push_str(&matrix(report, t, &labels, Some(NAME_WIDTH)).to_text());
    let _ = writeln!(out, "\n{}", t.report.per_session);
    out.push_str(&per_session(report, t, &labels, Some(NAME_WIDTH)).to_text());
    let _ = writeln!(out, "\n{}", t.report.open_actions);
    if report.actions.is_empty() {
        let _ = writeln!(out, "  {}", t.none);
    }
    for group in &report.actions {
        let _ = writeln!(out, "  {}", owner(group.owner.as_deref(), t));
        for a in &group.actions {
            let _ = writeln!(out, "    {}", action_line(a, t));
        }
    }
    let _ = writeln!(out, "\n{}", t.report.rules);
    for line in report.footer(t) {
        out.push_str(&wrap(&line, FOOTER_WIDTH));
    }
    out
}

/// `text` in lines of at most `width` columns, indented by two, the lines
/// after the first by four; a word longer than a line stays whole.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::from("  ");
    for word in text.split_whitespace() {
        let fresh = line.trim().is_empty();
        if !fresh && line.width() + 1 + word.width() > width {
            let _ = writeln!(out, "{line}");
            line = String::from("    ");
        } else if !fresh {
            line.push(' ');
        }
        line.push_str(word);
    }
    let _ = writeln!(out, "{line}");
    out
}

/// The same report as Markdown: headings, tables and lists.
pub fn markdown(report: &WorkshopReport, t: &Text) -> String {
    let labels = report.column_labels(t.notation.day_month);
    let mut out = String::new();
    let _ = writeln!(out, "# {}: {}\n", t.report.title, md_text(&report.workshop));
    let _ = writeln!(out, "{}\n", overview(report, t));
    let _ = writeln!(out, "## {}\n", t.attendance);
    out.push_str(&matrix(report, t, &labels, None).to_markdown());
    let _ = writeln!(out, "\n## {}\n", t.report.per_session);
    out.push_str(&per_session(report, t, &labels, None).to_markdown());
    let _ = writeln!(out, "\n## {}\n", t.report.open_actions);
    if report.actions.is_empty() {
        let _ = writeln!(out, "{}", t.none);
    }
    for group in &report.actions {
        let _ = writeln!(out, "### {}\n", md_text(&owner(group.owner.as_deref(), t)));
        for a in &group.actions {
            let _ = writeln!(out, "- {}", md_text(&action_line(a, t)));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", t.report.rules);
    for line in report.footer(t) {
        let _ = writeln!(out, "- {}", md_text(&line));
    }
    out
}

/// One CSV row per participant: who they are, a code per session (dated
/// `2017-05-08`; empty when not planned for them), then minutes, lesson
/// hours, percent and standing. UTF-8 with a header row; numbers keep a
/// decimal point in every language, for the spreadsheet to read.
pub fn csv(report: &WorkshopReport, t: &Text) -> String {
    let point = |x: f64| format!("{x:.1}");
    csv_document(&csv_header(report, t), report.participants.iter().map(|p| csv_row(p, t, &point)))
}

/// The CSV for a double-click in Excel (`--excel`): the interface
/// language's list separator and decimal mark (see [`super::excel`]).
pub fn csv_for_excel(report: &WorkshopReport, t: &Text) -> String {
    let mark = |x: f64| t.notation.decimal(x, 1);
    let rows = report.participants.iter().map(|p| csv_row(p, t, &mark));
    let text = super::excel::document(&csv_header(report, t), rows, t.export.excel_separator);
    crate::shown::visible(&text).into_owned()
}

fn csv_header(report: &WorkshopReport, t: &Text) -> Vec<String> {
    let r = &t.report;
    let mut header: Vec<String> =
        [r.id, r.name, r.gender, r.organisation, r.kecamatan, r.kabupaten].map(str::to_string).to_vec();
    // A session column names its class, since the CSV has no session table.
    let labels = report.column_labels("%Y-%m-%d").into_iter().zip(&report.sessions);
    header
        .extend(labels.map(|(label, s)| s.class.as_ref().map_or(label.clone(), |c| format!("{label} {c}"))));
    header.extend([
        r.attended_minutes.to_string(),
        r.planned_minutes.to_string(),
        format!("{} {}", t.lesson_hours, r.attended),
        format!("{} {}", t.lesson_hours, r.planned),
        r.percent.to_string(),
        r.standing_label.to_string(),
    ]);
    header
}

fn csv_row(p: &ParticipantRow, t: &Text, decimal: &dyn Fn(f64) -> String) -> Vec<String> {
    let who = &p.participant;
    let mut row = vec![
        who.id.to_string(),
        who.name.clone(),
        t.gender(who.gender).to_string(),
        who.organisation.clone(),
        who.kecamatan.clone(),
        who.kabupaten.clone(),
    ];
    row.extend(p.cells.iter().map(|c| c.code().unwrap_or("").to_string()));
    row.extend([
        p.minutes_attended.to_string(),
        p.minutes_planned.to_string(),
        decimal(p.lesson_hours_attended()),
        decimal(p.lesson_hours_planned()),
        p.percent().map(decimal).unwrap_or_default(),
        p.standing.label(t).to_string(),
    ]);
    row
}

/// "sessions: 4 · participants: 30 · threshold: 80 %".
fn overview(report: &WorkshopReport, t: &Text) -> String {
    format!(
        "{}: {} · {}: {} · {}: {}",
        t.report.sessions,
        t.notation.number(report.sessions.len() as i64),
        t.report.participants,
        t.notation.number(report.participants.len() as i64),
        t.report.threshold,
        t.notation.whole_percent(i64::from(report.threshold_percent))
    )
}

fn owner(owner: Option<&str>, t: &Text) -> String {
    owner.map_or_else(|| format!("({})", t.report.no_owner), str::to_string)
}

/// "2017-05-08  Hari 1 — due 2017-05-15: text", the text on one line.
fn action_line(a: &OpenAction, t: &Text) -> String {
    let due = a.due.map(|d| format!(" — {} {}", t.due, t.notation.short_date(d))).unwrap_or_default();
    let text: Vec<&str> = a.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    format!("{}  {}{}: {}", t.notation.short_date(a.date()), a.session_title, due, text.join(" / "))
}

/// The participants × sessions matrix; names cut to `width` when given.
fn matrix(report: &WorkshopReport, t: &Text, labels: &[String], width: Option<usize>) -> Table {
    let r = &t.report;
    let mut headers = vec![r.id.to_string(), r.name.to_string()];
    headers.extend(labels.iter().cloned());
    headers.extend([
        r.attended_minutes.to_string(),
        r.planned_minutes.to_string(),
        t.lesson_hours.to_string(),
        r.percent.to_string(),
        r.standing_label.to_string(),
    ]);
    // Words and codes left, numbers right, the standing (a word) left again.
    let right = [vec![false; 2 + labels.len()], vec![true; 4], vec![false]].concat();
    let n = &t.notation;
    let mut table = Table::new(headers, right);
    for p in &report.participants {
        let mut row = vec![p.participant.id.to_string(), cut(&p.heading(), width)];
        row.extend(p.cells.iter().map(|c| c.code().unwrap_or(NOT_PLANNED).to_string()));
        row.extend([
            n.number(p.minutes_attended),
            n.number(p.minutes_planned),
            format!("{}/{}", n.decimal(p.lesson_hours_attended(), 1), n.decimal(p.lesson_hours_planned(), 1)),
            p.percent().map_or_else(|| "–".to_string(), |x| n.decimal(x, 1)),
            p.standing.label(t).to_string(),
        ]);
        table.rows.push(row);
    }
    table
}

/// Head counts per session; titles cut to `width` when given.
fn per_session(report: &WorkshopReport, t: &Text, labels: &[String], width: Option<usize>) -> Table {
    let headers = vec![
        t.date.to_string(),
        t.title.to_string(),
        format!("{} {}", t.report.learning, t.minutes_short),
        t.lesson_hours.to_string(),
        t.roster.to_string(),
        t.report.in_room.to_string(),
        t.gender(Gender::Female).to_string(),
        t.gender(Gender::Male).to_string(),
        t.gender(Gender::NotRecorded).to_string(),
        t.disability.to_string(),
    ];
    let mut table = Table::new(headers, [vec![false; 2], vec![true; 8]].concat());
    for (s, label) in report.sessions.iter().zip(labels) {
        let n = s.totals;
        let mut row = vec![label.clone(), cut(&s.heading(), width)];
        row.extend(
            [t.notation.number(s.learning_minutes), t.notation.decimal(lesson_hours(s.learning_minutes), 1)]
                .into_iter()
                .chain(
                    [n.roster, n.in_room, n.female, n.male, n.not_recorded, n.disability]
                        .map(|x| t.notation.number(x as i64)),
                ),
        );
        table.rows.push(row);
    }
    table
}

/// A name cut to `width` columns (if given), without padding.
fn cut(name: &str, width: Option<usize>) -> String {
    width.map_or_else(|| name.to_string(), |w| fit(name, w).trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AgendaItem, ItemId, ItemKind, Mark, Participant, ParticipantId, Session, Status};
    use chrono::DateTime;

    fn report() -> WorkshopReport {
        let start = DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        let mut s = Session::new("s1", "Bimtek | Jatim", "Hari 1", start);
        s.agenda.push(AgendaItem::new(ItemId::numbered(1), "Materi", ItemKind::Input, 90));
        s.roster.push(Participant::new(ParticipantId::numbered(1), "Imam Syafi'i, S.Sos."));
        s.set_mark(ParticipantId::numbered(1), Mark::with_status(Status::Present));
        s.toggle_current(start);
        s.finish(start + chrono::Duration::minutes(90));
        WorkshopReport::build(&[s], 80, start + chrono::Duration::days(1))
    }

    #[test]
    fn text_aligns_the_matrix_and_states_the_rules() {
        let out = text(&report(), &crate::text::EN);
        assert!(
            out.contains(
                "  ID    Name                  05-08  attended min  planned min       JP      %  Standing\n"
            ),
            "{out}"
        );
        assert!(
            out.contains(
                "  p001  Imam Syafi'i, S.Sos.  H                90           90  2.0/2.0  100.0  reached\n"
            ),
            "{out}"
        );
        assert!(out.contains("How this is counted") && out.contains("exactly 80 %"));
        assert!(out.lines().all(|l| l.width() <= 100), "{out}");
    }

    #[test]
    fn markdown_escapes_pipes_and_csv_quotes_commas() {
        let md = markdown(&report(), &crate::text::EN);
        assert!(md.starts_with("# Attendance report: Bimtek \\| Jatim\n"), "{md}");
        assert!(md.contains("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"), "{md}");
        let csv = csv(&report(), &crate::text::EN);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some(
                "ID,Name,Gender,Organisation,Kecamatan,Regency/city,2017-05-08,attended min,planned min,JP attended,JP planned,%,Standing"
            )
        );
        assert_eq!(
            lines.next(),
            Some("p001,\"Imam Syafi'i, S.Sos.\",not recorded,,,,H,90,90,2.0,2.0,100.0,reached")
        );
    }
}
