//! The home screen: sessions grouped by workshop, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};

use crate::text::{fit, hhmm};
use crate::tui::app::{App, Home};
use crate::tui::theme;

pub fn render(app: &App, home: &Home, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let [header, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let mut title = vec![
        Span::styled(" sigap ", theme::title()),
        Span::styled(format!("· {} ", t.home_title), Style::new().add_modifier(Modifier::BOLD)),
    ];
    if home.filter.is_active() || home.filter.typing {
        let cursor = if home.filter.typing { "▏" } else { "" };
        title.push(Span::styled(format!("  / {}{cursor}", home.filter.text), theme::title()));
    }
    frame.render_widget(Paragraph::new(Line::from(title)), header);
    let rows = home.visible();
    if rows.is_empty() {
        let empty = if home.data.rows.is_empty() { t.home_empty } else { t.home_no_match };
        frame.render_widget(Paragraph::new(format!("\n  {empty}")).style(theme::dim()), list);
    } else {
        let (items, selected) = lines(app, home, list.width.saturating_sub(2) as usize);
        let mut state = ListState::default().with_selected(Some(selected));
        let widget = List::new(items)
            .block(Block::bordered().border_style(theme::border(true)))
            .highlight_style(theme::selected());
        frame.render_stateful_widget(widget, list, &mut state);
    }
    if let Some(form) = &home.form {
        super::overlay::form(app, home, form, frame);
    }
}

/// The list lines with a heading before each workshop, and the index of the
/// selected session among them.
fn lines<'a>(app: &App, home: &Home, width: usize) -> (Vec<ListItem<'a>>, usize) {
    let t = app.text();
    let mut items = Vec::new();
    let mut selected = 0;
    let mut workshop: Option<String> = None;
    for (i, row) in home.visible().into_iter().enumerate() {
        let line = match &row.summary {
            Ok(s) => {
                if workshop.as_deref() != Some(s.workshop.as_str()) {
                    workshop = Some(s.workshop.clone());
                    items.push(ListItem::new(Line::styled(s.workshop.clone(), theme::title())));
                }
                let attendance = format!("{:>3}/{:<3}", s.in_room, s.roster);
                // Date, time, attendance, phase and notes take fixed widths; the title the rest.
                let fixed = 21 + 2 + 7 + 2 + 12 + 5 + t.notes_short.chars().count();
                let room = width.saturating_sub(fixed).max(10);
                let phase_style = match s.phase {
                    crate::domain::Phase::Running => Style::new().fg(theme::OK),
                    crate::domain::Phase::Finished => theme::dim(),
                    crate::domain::Phase::Planned => Style::new(),
                };
                Line::from(vec![
                    Span::raw(format!(
                        "  {}  {}  ",
                        s.planned_start.format("%a %d %b"),
                        hhmm(&s.planned_start)
                    )),
                    Span::styled(fit(&s.title, room), Style::new().add_modifier(Modifier::BOLD)),
                    Span::raw(format!("  {attendance}  ")),
                    Span::styled(fit(t.phase(s.phase), 12), phase_style),
                    Span::styled(format!(" {:>3} {}", s.notes, t.notes_short), theme::dim()),
                ])
            }
            Err(e) => {
                if workshop.as_deref() != Some("") {
                    workshop = Some(String::new());
                    items
                        .push(ListItem::new(Line::styled(t.unreadable_files, Style::new().fg(theme::ALERT))));
                }
                Line::styled(
                    format!("  ✗ {}", fit(e, width.saturating_sub(4))),
                    Style::new().fg(theme::ALERT),
                )
            }
        };
        if i == home.cursor {
            selected = items.len();
        }
        items.push(ListItem::new(line));
    }
    (items, selected)
}
