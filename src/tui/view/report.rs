//! The workshop report view: a header with the threshold and the counts by
//! standing, then three panes — participants, totals per session, open
//! actions with the counting rules.

mod actions;
mod participants;
mod sessions;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::report::Standing;
use crate::text::{Text, fit};
use crate::tui::app::{App, ReportPane, ReportView};
use crate::tui::theme;

/// Below this many rows for the panes, only the focused pane opens and the
/// others shrink to their title line, so that 80×24 still shows a useful
/// table rather than three slivers.
const ROWS_FOR_ALL_PANES: u16 = 28;

/// Rows the sessions and actions panes keep when all panes show: enough for
/// the chart and a few lines of the table under it.
const BOTTOM_MIN_ROWS: u16 = 14;

const PANES: [ReportPane; 3] = [ReportPane::Participants, ReportPane::Sessions, ReportPane::Actions];

pub fn render(app: &App, view: &ReportView, frame: &mut Frame, area: Rect) {
    let header = header_lines(app.text(), view, area.width as usize);
    let [head, body] =
        Layout::vertical([Constraint::Length(header.len() as u16), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(header), head);
    if body.height >= ROWS_FOR_ALL_PANES {
        render_all(app, view, frame, body);
    } else {
        render_focused(app, view, frame, body);
    }
}

/// Participants on top, as tall as the list needs while the panes below
/// keep their rows; sessions and actions side by side below.
fn render_all(app: &App, view: &ReportView, frame: &mut Frame, area: Rect) {
    // Everyone's rows, not the filtered ones, so that `f` does not move the panes.
    let wanted = view.report.participants.len().max(1) as u16 + 3;
    let top = wanted.min(area.height.saturating_sub(BOTTOM_MIN_ROWS));
    let [top_area, bottom] = Layout::vertical([Constraint::Length(top), Constraint::Min(0)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    for (pane, pane_area) in PANES.into_iter().zip([top_area, left, right]) {
        render_pane(app, view, pane, frame, pane_area);
    }
}

/// The focused pane takes the room; the others show only their title line.
fn render_focused(app: &App, view: &ReportView, frame: &mut Frame, area: Rect) {
    let constraints = PANES.map(|p| if p == view.focus { Constraint::Min(3) } else { Constraint::Length(1) });
    let areas = Layout::vertical(constraints).split(area);
    for (pane, pane_area) in PANES.into_iter().zip(areas.iter().copied()) {
        if pane == view.focus {
            render_pane(app, view, pane, frame, pane_area);
        } else {
            let title = Span::styled(format!(" {} ", pane_title(app.text(), view, pane)), theme::dim());
            let line = Block::new().borders(Borders::TOP).border_style(theme::border(false)).title(title);
            frame.render_widget(line, pane_area);
        }
    }
}

fn render_pane(app: &App, view: &ReportView, pane: ReportPane, frame: &mut Frame, area: Rect) {
    let focused = view.focus == pane;
    match pane {
        ReportPane::Participants => participants::render(app, view, frame, area, focused),
        ReportPane::Sessions => sessions::render(app, view, frame, area, focused),
        ReportPane::Actions => actions::render(app, view, frame, area, focused),
    }
}

/// A pane's title, as its frame and its collapsed line show it.
fn pane_title(t: &Text, view: &ReportView, pane: ReportPane) -> String {
    match pane {
        ReportPane::Participants => participants::title(t, view, 0),
        ReportPane::Sessions => format!("{} ({})", t.report.per_session, view.report.sessions.len()),
        ReportPane::Actions => {
            let open: usize = view.report.actions.iter().map(|g| g.actions.len()).sum();
            format!("{} ({open}) · {}", t.report.open_actions, t.report.rules)
        }
    }
}

/// A pane's frame: the accent border when it has the keys.
fn pane_block<'a>(title: String, focused: bool) -> Block<'a> {
    Block::bordered()
        .border_style(theme::border(focused))
        .title(Span::styled(format!(" {title} "), theme::title()))
}

/// Title and size of the workshop, the threshold and the counts by
/// standing, and the files that could not be read.
fn header_lines(t: &Text, view: &ReportView, width: usize) -> Vec<Line<'static>> {
    let r = &view.report;
    let name = if r.workshop.is_empty() { view.workshop.as_str() } else { r.workshop.as_str() };
    let size = format!(
        " · {} {} · {} {}",
        r.sessions.len(),
        t.report.sessions,
        r.participants.len(),
        t.report.participants
    );
    let lead = format!(" {}: ", t.report.title);
    let room = width.saturating_sub(lead.width() + size.width());
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{lead}{}", cut(name, room)), theme::title()),
        Span::styled(size, theme::dim()),
    ])];
    lines.push(standing_line(t, view, width));
    if !view.skipped.is_empty() {
        let text = format!(
            " ⚠ {}, {} ({}): {}",
            t.unreadable_files,
            t.report.skipped,
            view.skipped.len(),
            view.skipped.join(" · ")
        );
        lines.push(Line::styled(cut(&text, width), Style::new().fg(theme::ALERT)));
    }
    lines
}

/// "certificate at 80% · +/- changes   ✓ 2 reached  → 0 on track …"; the
/// words of the standings go first when the line is too wide.
fn standing_line(t: &Text, view: &ReportView, width: usize) -> Line<'static> {
    let threshold = format!(" {} {}% · {}", t.report.certificate_at, view.threshold, t.report.threshold_keys);
    let count = |s: Standing| view.report.participants.iter().filter(|p| p.standing == s).count();
    let counts = |words: bool| -> Vec<Span<'static>> {
        Standing::ALL
            .iter()
            .map(|&s| {
                let word = if words { format!(" {}", s.label(t)) } else { String::new() };
                Span::styled(format!("  {} {}{word}", standing_symbol(s), count(s)), standing_style(s))
            })
            .collect()
    };
    let mut spans = counts(true);
    let used: usize = threshold.width() + 2 + spans.iter().map(|s| s.content.width()).sum::<usize>();
    if used > width {
        spans = counts(false);
    }
    spans.insert(0, Span::styled(threshold, Style::new().add_modifier(Modifier::BOLD)));
    spans.insert(1, Span::raw(" "));
    Line::from(spans)
}

pub(super) fn standing_symbol(s: Standing) -> &'static str {
    match s {
        Standing::Reached => "✓",
        Standing::OnTrack => "→",
        Standing::AtRisk => "⚠",
        Standing::CannotReach => "✗",
    }
}

pub(super) fn standing_style(s: Standing) -> Style {
    match s {
        Standing::Reached => Style::new().fg(theme::OK).add_modifier(Modifier::BOLD),
        Standing::OnTrack => Style::new().fg(theme::OK),
        Standing::AtRisk => Style::new().fg(theme::WARN).add_modifier(Modifier::BOLD),
        Standing::CannotReach => Style::new().fg(theme::ALERT).add_modifier(Modifier::BOLD),
    }
}

/// `text` cut to `width` columns with `…`, not padded.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width { text.to_string() } else { fit(text, width) }
}
