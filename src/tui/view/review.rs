//! The review of a past session: how the agenda went against the plan, who
//! came, what was said and what was promised. Read-only until `e`.
//!
//! Left: the agenda chart over the attendance; right: the notes over the
//! action items. Each pane scrolls on its own; the focused one has the
//! accent border.

mod agenda;
mod lines;
mod notes;
mod people;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use self::lines::width_of;
use crate::domain::NoteKind;
use crate::domain::session::Phase;
use crate::text::fit;
use crate::tui::app::{App, Review, ReviewPane};
use crate::tui::theme;

/// Rows the attendance keeps however long the agenda is: its counts.
const ATTENDANCE_MIN: u16 = 6;

/// A pane's content and where its scrolling starts.
struct Pane {
    which: ReviewPane,
    title: String,
    lines: Vec<Line<'static>>,
    /// The line shown at the top before any scrolling.
    anchor: usize,
}

pub fn render(app: &App, review: &Review, frame: &mut Frame, area: Rect) {
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    render_header(app, review, frame, header);
    let [left, right] = Layout::horizontal([Constraint::Percentage(50); 2]).areas(body);
    render_left(app, review, frame, left);
    render_right(app, review, frame, right);
}

/// Columns inside a pane's border.
fn inner_width(area: Rect) -> usize {
    area.width.saturating_sub(2) as usize
}

/// The agenda chart, as tall as it needs within what the attendance leaves
/// it, over the attendance.
fn render_left(app: &App, review: &Review, frame: &mut Frame, area: Rect) {
    let (t, s) = (app.text(), &review.session);
    let chart = agenda::lines(s, t, inner_width(area));
    let height = (chart.len() as u16 + 2).min(area.height.saturating_sub(ATTENDANCE_MIN)).max(3);
    let [chart_area, people_area] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
    let title = t.review.chart_title.to_string();
    render_pane(
        review,
        Pane { which: ReviewPane::Agenda, title, lines: chart, anchor: 0 },
        frame,
        chart_area,
    );
    let count = s.attendance_count();
    let title = format!("{} {}/{}", t.attendance, count.in_room, count.roster);
    let lines = people::lines(s, t, inner_width(area));
    render_pane(review, Pane { which: ReviewPane::Attendance, title, lines, anchor: 0 }, frame, people_area);
}

/// The notes over the action items, which take at most two fifths.
fn render_right(app: &App, review: &Review, frame: &mut Frame, area: Rect) {
    let (t, s) = (app.text(), &review.session);
    let actions = notes::actions(s, t, inner_width(area));
    let height = (actions.len() as u16 + 2).min(area.height * 2 / 5).max(3);
    let [notes_area, actions_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
    let grouping = if review.by_kind { t.review.by_kind } else { t.review.by_item };
    let title = format!("{} ({}) · {grouping}", t.notes, s.notes.len());
    let notes = notes::lines(review, t, inner_width(area));
    // A note opened from a search hit starts the pane, a line of what came before above it.
    let anchor = notes.shown_at.map_or(0, |at| at.saturating_sub(1));
    let pane = Pane { which: ReviewPane::Notes, title, lines: notes.lines, anchor };
    render_pane(review, pane, frame, notes_area);
    let all = s.notes.iter().filter(|n| n.kind == NoteKind::Action).count();
    let open = s.notes.iter().filter(|n| n.is_open_action()).count();
    let title = format!("{} ({all}) · {open} {}", t.review.actions, t.review.open);
    render_pane(
        review,
        Pane { which: ReviewPane::Actions, title, lines: actions, anchor: 0 },
        frame,
        actions_area,
    );
}

/// Workshop › title on the left; date and start, end, place among the
/// workshop's sessions and the read-only hint on the right.
fn render_header(app: &App, review: &Review, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let s = &review.session;
    let gap = || Span::raw("  ");
    let mut right =
        vec![Span::raw(format!("{} {}", t.notation.short_date(s.date()), t.hhmm(&s.planned_start))), gap()];
    match s.phase() {
        Phase::Finished => {
            let end = s.finished_at().or_else(|| s.agenda.iter().filter_map(|i| i.ended_at).max());
            let end = end.map(|e| format!(" {}", t.hhmm(&e))).unwrap_or_default();
            right.push(Span::styled(format!("✓ {}{end}", t.review.finished), Style::new().fg(theme::OK)));
        }
        phase => {
            let symbol = if phase == Phase::Running { "▶" } else { "·" };
            right.push(Span::styled(format!("{symbol} {}", t.phase(phase)), Style::new().fg(theme::WARN)));
        }
    }
    if let Some(at) = review.siblings.iter().position(|p| *p == review.path) {
        right.extend([gap(), Span::styled(format!("{}/{}", at + 1, review.siblings.len()), theme::title())]);
    }
    right.extend([gap(), Span::styled(format!("⊘ {} ", t.review.read_only_hint), theme::dim())]);
    let room = (area.width as usize).saturating_sub(width_of(&right) + 3);
    // The session's own title matters more than its workshop's when both do not fit.
    let full = format!("{} › {}", s.workshop, s.title);
    let title = if full.width() <= room { full } else { s.title.clone() };
    let title = fit(&title, room);
    let mut line = vec![Span::styled(format!(" {title}"), theme::title()), gap()];
    line.extend(right);
    frame.render_widget(Paragraph::new(Line::from(line)), area);
}

/// A pane's frame and its lines, scrolled by the facilitator from its anchor
/// but never past either end; arrows on the bottom edge tell how much more
/// there is above and below.
fn render_pane(review: &Review, pane: Pane, frame: &mut Frame, area: Rect) {
    let focused = review.focus == pane.which;
    let height = area.height.saturating_sub(2) as usize;
    let last_top = pane.lines.len().saturating_sub(height);
    let wanted = pane.anchor as i64 + i64::from(review.scroll[pane.which as usize]);
    let top = wanted.clamp(0, last_top as i64) as usize;
    let mut more = Vec::new();
    if top > 0 {
        more.push(format!("↑{top}"));
    }
    if top < last_top {
        more.push(format!("↓{}", last_top - top));
    }
    let title_style = if focused { theme::title() } else { Style::new().add_modifier(Modifier::BOLD) };
    let mut block = Block::bordered()
        .border_style(theme::border(focused))
        .title(Span::styled(format!(" {} ", pane.title), title_style));
    if !more.is_empty() {
        block =
            block.title_bottom(Line::styled(format!(" {} ", more.join(" ")), theme::dim()).right_aligned());
    }
    let top = u16::try_from(top).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(pane.lines).block(block).scroll((top, 0)), area);
}
