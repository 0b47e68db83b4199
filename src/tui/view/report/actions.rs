//! The actions pane: open action items by owner, then the rules by which
//! the report counts, so that every number on screen can be checked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::pane_block;
use crate::report::OpenAction;
use crate::tui::app::{App, ReportPane, ReportView};
use crate::tui::theme;

/// One scroll step: a heading, an action or a rule, wrapped to the pane.
type Entry = Vec<Line<'static>>;

pub(super) fn render(app: &App, view: &ReportView, frame: &mut Frame, area: Rect, focused: bool) {
    let block = pane_block(super::pane_title(app.text(), view, ReportPane::Actions), focused);
    let inner = block.inner(area);
    let entries = entries(app, view, inner.width as usize);
    // The last entries fill the pane at the furthest scroll, not one line.
    let mut tail = 0;
    let mut last_start = entries.len();
    while last_start > 0 && tail + entries[last_start - 1].len() <= usize::from(inner.height) {
        tail += entries[last_start - 1].len();
        last_start -= 1;
    }
    let start = usize::from(view.scroll[2]).min(last_start);
    let lines: Vec<Line> = entries.into_iter().skip(start).flatten().collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn entries(app: &App, view: &ReportView, width: usize) -> Vec<Entry> {
    let t = app.text();
    let mut out: Vec<Entry> = Vec::new();
    if view.report.actions.is_empty() {
        out.push(vec![Line::styled(t.none, theme::dim())]);
    }
    for group in &view.report.actions {
        let owner = group.owner.clone().unwrap_or_else(|| format!("({})", t.report.no_owner));
        out.push(vec![Line::from(vec![
            Span::styled(owner, Style::new().add_modifier(Modifier::BOLD)),
            Span::styled(format!(" ({})", group.actions.len()), theme::dim()),
        ])]);
        out.extend(group.actions.iter().map(|a| action_entry(app, a, width)));
    }
    out.push(vec![Line::raw("")]);
    out.push(vec![Line::styled(t.report.rules, theme::title())]);
    for rule in view.report.footer(t) {
        out.push(wrap(&[(rule, theme::dim())], width));
    }
    out
}

/// "05-08 · Hari 1 · due 05-15 · text" (Indonesian: "08/05 · …"); a due date already past in red.
fn action_entry(app: &App, a: &OpenAction, width: usize) -> Entry {
    let t = app.text();
    let mut parts =
        vec![(format!("{} · {} ·", a.date().format(t.notation.day_month), a.session_title), theme::dim())];
    if let Some(due) = a.due {
        let style = if due < app.now.date_naive() { Style::new().fg(theme::ALERT) } else { theme::dim() };
        parts.push((format!("{} {} ·", t.due, due.format(t.notation.day_month)), style));
    }
    let text: Vec<&str> = a.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    parts.push((text.join(" / "), Style::new()));
    wrap(&parts, width)
}

/// Styled words in lines of at most `width` columns, indented by two, the
/// lines after the first by four; a word longer than a line stays whole.
fn wrap(parts: &[(String, Style)], width: usize) -> Entry {
    let mut lines: Entry = Vec::new();
    let mut line: Vec<Span<'static>> = vec![Span::raw("  ")];
    let mut used = 2;
    for (text, style) in parts {
        for word in text.split_whitespace() {
            let fresh = line.len() == 1;
            if !fresh && used + 1 + word.width() > width {
                lines.push(Line::from(std::mem::replace(&mut line, vec![Span::raw("    ")])));
                used = 4;
            } else if !fresh {
                line.push(Span::styled(" ", *style));
                used += 1;
            }
            line.push(Span::styled(word.to_string(), *style));
            used += word.width();
        }
    }
    lines.push(Line::from(line));
    lines
}
