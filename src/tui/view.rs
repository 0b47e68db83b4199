//! Pure drawing: `render(&App, frame)` reads the app and draws; it changes
//! nothing, so every screen can be snapshot-tested.

mod clock;
mod details;
mod home;
mod overlay;
mod report;
mod review;
mod run;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, View};
use super::theme;

/// The smallest window the views are laid out for (the clock needs less).
pub const MIN_SIZE: (u16, u16) = (60, 18);
const MIN_CLOCK_SIZE: (u16, u16) = (30, 8);

/// Draw the whole screen, then fit its colours to the theme.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let clock = matches!(&app.view, View::Clock(_)) || app.run().is_some_and(|r| r.clock);
    let (min_width, min_height) = if clock { MIN_CLOCK_SIZE } else { MIN_SIZE };
    if area.width < min_width || area.height < min_height {
        too_small(app, frame, (min_width, min_height));
    } else {
        render_views(app, frame);
    }
    theme::apply(app.theme, frame.buffer_mut());
}

fn render_views(app: &App, frame: &mut Frame) {
    let [_, notice, footer] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(1), Constraint::Length(1)])
            .areas(frame.area());
    let body = super::layout::body(frame.area());
    match &app.view {
        View::Home => home::render(app, &app.home, frame, body),
        View::Run(run) if run.clock => {
            clock::render(app, &run.session, None, frame, body);
            overlay::run_overlays(app, run, frame);
        }
        View::Run(run) => run::render(app, run, frame, body),
        View::Review(review) => review::render(app, review, frame, body),
        View::Report(report) => report::render(app, report, frame, body),
        View::Clock(c) => {
            let file = c.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            clock::render(app, &c.session, Some((&file, c.problem.as_deref())), frame, body);
        }
    }
    render_notice(app, frame, notice);
    render_footer(app, frame, footer);
    if app.help {
        overlay::help(app, frame);
    }
}

/// Instead of a layout squeezed into garbage: the size, and what is needed.
fn too_small(app: &App, frame: &mut Frame, (min_width, min_height): (u16, u16)) {
    let area = frame.area();
    let text = crate::text::fill(
        app.text().room.too_small,
        &[
            ("width", &area.width.to_string()),
            ("height", &area.height.to_string()),
            ("min_width", &min_width.to_string()),
            ("min_height", &min_height.to_string()),
        ],
    );
    let paragraph =
        Paragraph::new(text).style(Style::new().fg(theme::WARN)).wrap(ratatui::widgets::Wrap { trim: true });
    frame.render_widget(paragraph, area);
}

fn render_notice(app: &App, frame: &mut Frame, area: Rect) {
    if app.first_run() && app.notice.is_none() {
        let hint = format!(" {}", app.text().room.first_run);
        frame.render_widget(Paragraph::new(Line::styled(hint, theme::title())), area);
        return;
    }
    let Some(n) = &app.notice else { return };
    let style = if n.problem { Style::new().fg(theme::ALERT) } else { Style::new().fg(theme::ACCENT) };
    frame.render_widget(Paragraph::new(Line::styled(format!(" {}", n.text), style)), area);
}

/// A command's footer word, where a context asks for another one: a
/// question's Enter answers yes, and the clock's own key goes back (or,
/// following another sigap, quits).
fn footer_word(b: &crate::tui::keymap::Binding, t: &crate::text::Text) -> &'static str {
    use crate::tui::command::Command;
    use crate::tui::keymap::Context;
    match (b.context, b.command) {
        (Context::Confirm, Command::Confirm) => t.answer_yes,
        (Context::Clock, Command::ToggleClock) => t.keys.cancel.short,
        // `sigap clock` has nothing to go back to: its `b` ends it.
        (Context::Follow, Command::ToggleClock) => t.keys.quit.short,
        _ => b.command.short(t),
    }
}

/// Key hints from the key table, as many as fit; those of the most general
/// context (help, quit) always show.
fn render_footer(app: &App, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let contexts = app.contexts();
    let general = contexts.last().copied();
    let mut hints: Vec<(String, &str, bool)> = Vec::new();
    // A key a nearer context takes (`q` closing a question) is not shown
    // for the farther one (`q` quit), where it would not work.
    let mut taken: Vec<crate::tui::keymap::Chord> = Vec::new();
    for b in app.keymap.bindings_of(&contexts) {
        let keys: Vec<String> = b.keys.iter().filter(|k| !taken.contains(k)).map(|k| k.label()).collect();
        taken.extend(&b.keys);
        let label = footer_word(b, t);
        if b.hint && !keys.is_empty() && hints.iter().all(|h| h.1 != label) {
            hints.push((keys.join("/"), label, Some(b.context) == general));
        }
    }
    let width_of = |h: &(String, &str, bool)| h.0.chars().count() + h.1.chars().count() + 3;
    let reserved: usize = hints.iter().filter(|h| h.2).map(width_of).sum();
    let mut room = (area.width as usize).saturating_sub(reserved);
    let mut spans = Vec::new();
    for hint in &hints {
        if !hint.2 {
            if width_of(hint) > room {
                room = 0;
                continue;
            }
            room -= width_of(hint);
        }
        spans.push(Span::styled(format!(" {}", hint.0), theme::title()));
        spans.push(Span::styled(format!(" {} ", hint.1), theme::dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A bordered box over what is drawn, titled; the area inside it.
pub(crate) fn popup(frame: &mut Frame, area: Rect, title: String) -> Rect {
    frame.render_widget(ratatui::widgets::Clear, area);
    let block = ratatui::widgets::Block::bordered()
        .border_style(ratatui::style::Style::new().fg(theme::ACCENT))
        .title(ratatui::text::Span::styled(format!(" {title} "), theme::title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// A rectangle of `width` × `height` centred in `area` (clipped to it).
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

/// Minutes and seconds of a number of seconds: `42:07`, `-3:10`.
pub(crate) fn clock_text(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, (s % 3600) / 60, s % 60)
    } else {
        format!("{sign}{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_text_reads_like_a_stopwatch() {
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(2527), "42:07");
        assert_eq!(clock_text(-190), "-3:10");
        assert_eq!(clock_text(5400), "1:30:00");
    }
}
