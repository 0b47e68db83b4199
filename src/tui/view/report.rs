//! The workshop report view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph};

use crate::export::report::text;
use crate::tui::app::{App, ReportView};
use crate::tui::theme;

pub fn render(app: &App, view: &ReportView, frame: &mut Frame, area: Rect) {
    let body = text(&view.report, app.text());
    let block = Block::bordered().border_style(theme::border(true));
    frame.render_widget(Paragraph::new(body).block(block).scroll((view.scroll[0], 0)), area);
}
