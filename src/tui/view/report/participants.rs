//! The participants pane: one row per person, a narrow column per session
//! with the attendance code, then minutes, lesson hours, percentage and
//! standing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::{pane_block, standing_style, standing_symbol};
use crate::report::{Outcome, ParticipantRow, Standing};
use crate::text::{Text, fit};
use crate::tui::app::{App, ReportView};
use crate::tui::theme;

/// How the matrix shows a session that was not planned for a participant.
const NOT_PLANNED: &str = "·";

/// Names get at least this many columns before any session column shows…
const NAME_MIN: usize = 18;
/// …and never more than this many.
const NAME_MAX: usize = 32;

/// The columns that fit the pane. Session columns are dropped from the left
/// (the earliest first) before any number is cut.
struct Columns {
    name: usize,
    /// Index of the first session shown; those before it are off screen.
    first_session: usize,
    sessions: Vec<usize>,
    minutes: usize,
    hours: usize,
    percent: usize,
    standing: usize,
    /// False when only the symbol of the standing fits.
    standing_words: bool,
}

pub(super) fn render(app: &App, view: &ReportView, frame: &mut Frame, area: Rect, focused: bool) {
    let t = app.text();
    let labels = view.report.column_labels(t.notation.day_month);
    let cols = Columns::fit(view, t, &labels, area.width.saturating_sub(2) as usize);
    let block = pane_block(title(t, view, cols.first_session), focused);
    let rows = view.visible_rows();
    if rows.is_empty() {
        let text = if view.report.participants.is_empty() { t.none } else { t.report.nobody_below };
        frame.render_widget(Paragraph::new(Line::styled(text, theme::dim())).block(block), area);
        return;
    }
    let body: Vec<Row> = rows.iter().map(|p| Row::new(cols.cells(p, t))).collect();
    let header = Row::new(cols.header(t, &labels)).style(theme::dim().add_modifier(Modifier::BOLD));
    let table = Table::new(body, cols.widths())
        .header(header)
        .column_spacing(1)
        .block(block)
        .row_highlight_style(if focused { theme::selected() } else { Style::new() });
    let cursor = usize::from(view.scroll[0]).min(rows.len() - 1);
    let mut state = TableState::default().with_selected(Some(cursor));
    frame.render_stateful_widget(table, area, &mut state);
}

/// "Participants 6", or "Participants 2/6 · only those below the threshold",
/// and how many earlier sessions are off screen.
pub(super) fn title(t: &Text, view: &ReportView, hidden: usize) -> String {
    let all = view.report.participants.len();
    let mut title = if view.at_risk_only {
        format!(
            "{} {}/{all} · {}",
            t.report.participants_pane,
            view.visible_rows().len(),
            t.report.below_only
        )
    } else {
        format!("{} {all}", t.report.participants_pane)
    };
    if hidden > 0 {
        title.push_str(&format!(" · ‹ {hidden} {}", t.report.earlier_hidden));
    }
    title
}

fn minutes_text(p: &ParticipantRow, t: &Text) -> String {
    let n = &t.notation;
    format!("{}/{}", n.number(p.minutes_attended), n.number(p.minutes_planned))
}

fn hours_text(p: &ParticipantRow, t: &Text) -> String {
    let n = &t.notation;
    format!("{}/{}", n.decimal(p.lesson_hours_attended(), 1), n.decimal(p.lesson_hours_planned(), 1))
}

fn percent_text(p: &ParticipantRow, t: &Text) -> String {
    p.percent().map_or_else(|| "–".to_string(), |x| t.notation.decimal(x, 1))
}

fn widest<'a>(
    header: &str,
    values: impl Iterator<Item = &'a ParticipantRow>,
    t: &Text,
    f: fn(&ParticipantRow, &Text) -> String,
) -> usize {
    values.map(|p| f(p, t).width()).chain([header.width()]).max().unwrap_or(0)
}

impl Columns {
    fn fit(view: &ReportView, t: &Text, labels: &[String], width: usize) -> Columns {
        let people = &view.report.participants;
        let minutes = widest(t.minutes_short, people.iter(), t, minutes_text);
        let hours = widest(t.lesson_hours, people.iter(), t, hours_text);
        let percent = widest(t.report.percent, people.iter(), t, percent_text);
        // Every standing's word, so that the layout does not jump with `f` or `+`.
        let words = Standing::ALL.iter().map(|s| s.label(t).width() + 2).max().unwrap_or(0);
        let fixed = |standing: usize| minutes + hours + percent + standing + 4;
        let standing_words = width >= NAME_MIN + fixed(words);
        let standing = if standing_words { words } else { 1 };
        let mut room = width.saturating_sub(NAME_MIN + fixed(standing));
        let mut first_session = labels.len();
        while first_session > 0 && labels[first_session - 1].width() < room {
            room -= labels[first_session - 1].width() + 1;
            first_session -= 1;
        }
        let natural = people.iter().map(|p| p.heading().width()).max().unwrap_or(0);
        let name = (NAME_MIN + room).min(natural.clamp(t.report.name.width(), NAME_MAX));
        let name = name.min(width.saturating_sub(fixed(standing))).max(1);
        let sessions = labels[first_session..].iter().map(|l| l.width()).collect();
        Columns { name, first_session, sessions, minutes, hours, percent, standing, standing_words }
    }

    fn widths(&self) -> Vec<Constraint> {
        let mut w = vec![self.name];
        w.extend(&self.sessions);
        w.extend([self.minutes, self.hours, self.percent, self.standing]);
        w.into_iter().map(|w| Constraint::Length(w as u16)).collect()
    }

    fn header<'a>(&self, t: &Text, labels: &[String]) -> Vec<Cell<'a>> {
        let mut cells = vec![Cell::from(fit(t.report.name, self.name))];
        cells.extend(labels[self.first_session..].iter().map(|l| Cell::from(l.clone())));
        cells.extend([
            Cell::from(format!("{:>w$}", t.minutes_short, w = self.minutes)),
            Cell::from(format!("{:>w$}", t.lesson_hours, w = self.hours)),
            Cell::from(format!("{:>w$}", t.report.percent, w = self.percent)),
            Cell::from(if self.standing_words { t.report.standing_label } else { "" }),
        ]);
        cells
    }

    fn cells<'a>(&self, p: &ParticipantRow, t: &Text) -> Vec<Cell<'a>> {
        let mut cells = vec![Cell::from(fit(&p.heading(), self.name))];
        cells.extend(p.cells[self.first_session..].iter().map(|c| {
            let style = match c.outcome {
                Outcome::NotPlanned | Outcome::ToCome => theme::dim(),
                // No mark in a session that is over counts as absent.
                Outcome::AbsentUnmarked => Style::new().fg(theme::ALERT),
                _ => theme::status_style(c.status).add_modifier(Modifier::BOLD),
            };
            Cell::from(c.code().unwrap_or(NOT_PLANNED)).style(style)
        }));
        let style = standing_style(p.standing);
        let standing = if self.standing_words {
            format!("{} {}", standing_symbol(p.standing), p.standing.label(t))
        } else {
            standing_symbol(p.standing).to_string()
        };
        cells.extend([
            Cell::from(format!("{:>w$}", minutes_text(p, t), w = self.minutes)),
            Cell::from(format!("{:>w$}", hours_text(p, t), w = self.hours)),
            Cell::from(format!("{:>w$}", percent_text(p, t), w = self.percent)).style(style),
            Cell::from(standing).style(style),
        ]);
        cells
    }
}
