//! The review of a past session.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph};

use crate::export::summary::session_summary;
use crate::tui::app::{App, Review};
use crate::tui::theme;

pub fn render(app: &App, review: &Review, frame: &mut Frame, area: Rect) {
    let text = session_summary(&review.session, app.text());
    let block = Block::bordered().border_style(theme::border(true));
    frame.render_widget(Paragraph::new(text).block(block).scroll((review.scroll[0], 0)), area);
}
