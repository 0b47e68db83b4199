//! The projector clock: the current item and its time left, large enough
//! to read from the back of the room, with the state in words as well as
//! colour, and what comes next.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use super::clock_text;
use crate::domain::schedule::project;
use crate::domain::{ItemState, Phase, Session};
use crate::tui::app::App;
use crate::tui::theme;

/// What the clock shows, worked out before drawing.
struct Face {
    title: String,
    big: String,
    style: Style,
    state: String,
    next: Option<String>,
}

fn face(app: &App, s: &Session) -> Face {
    let t = app.text();
    let r = &t.room;
    let now = app.now;
    let current = s.current_index().map(|i| (i, &s.agenda[i]));
    match (s.phase(), current) {
        (Phase::Finished, _) => {
            let end = s.finished_at().or_else(|| s.agenda.iter().filter_map(|i| i.ended_at).max());
            Face {
                title: r.clock_finished.to_string(),
                big: end.map(|e| t.hhmm(&e)).unwrap_or_default(),
                style: Style::new().fg(theme::OK),
                state: format!("✓ {}", r.clock_finished),
                next: None,
            }
        }
        (_, Some((i, item))) if item.is_open() => {
            let remaining = item.remaining_seconds(now);
            let planned = item.planned_seconds();
            let style = theme::timer_style(remaining, planned);
            let (big, state) = if remaining < 0 {
                (
                    format!("+{}", clock_text(-remaining)),
                    format!("⚠ {} +{} {}", r.clock_over, item.overrun_minutes(now), t.minutes_short),
                )
            } else if remaining * 5 <= planned {
                (
                    clock_text(remaining),
                    format!("⚠ {} · {} {}", r.clock_almost, clock_text(remaining), r.clock_left),
                )
            } else {
                (clock_text(remaining), format!("{} {}", clock_text(remaining), r.clock_left))
            };
            let state = if item.state == ItemState::Paused {
                format!("‖ {} · {state}", r.clock_paused)
            } else {
                state
            };
            Face { title: item.title.clone(), big, style, state, next: next_line(app, s, i + 1) }
        }
        (_, Some((i, item))) => {
            let starts =
                if s.started_at().is_none() { s.planned_start } else { project(s, now).slots[i].start };
            Face {
                title: item.title.clone(),
                big: t.hhmm(&starts),
                style: Style::new().fg(theme::ACCENT),
                state: format!("{} · {} {}", r.clock_not_started, r.clock_starts_at, t.hhmm(&starts)),
                next: next_line(app, s, i + 1),
            }
        }
        (_, None) => Face {
            title: s.title.clone(),
            big: t.hhmm(&now),
            style: Style::new(),
            state: t.agenda_empty.to_string(),
            next: None,
        },
    }
}

/// "Next: Rehat kopi · 10:15", from the projected plan; or "Last item".
fn next_line(app: &App, s: &Session, from: usize) -> Option<String> {
    let r = &app.text().room;
    let projection = project(s, app.now);
    let next = (from..s.agenda.len()).find(|&n| s.agenda[n].state == ItemState::Pending);
    Some(match next {
        Some(n) => format!(
            "{}: {} · {}",
            r.clock_next,
            s.agenda[n].title,
            app.text().hhmm(&projection.slots[n].start)
        ),
        None => r.clock_last_item.to_string(),
    })
}

/// The largest digits that fit: 8 rows, 4 rows, or plain text.
fn big_size(text: &str, area: Rect) -> Option<(PixelSize, u16, u16)> {
    let chars = text.chars().count() as u16;
    [(PixelSize::Full, 8, 8), (PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)]
        .into_iter()
        .find(|(_, w, h)| chars * w <= area.width && *h + 4 <= area.height)
        .map(|(size, w, h)| (size, chars * w, h))
}

/// Draw the clock of `session`; `follows` names the file when this is a
/// second sigap following another one's saves.
pub fn render(
    app: &App,
    session: &Session,
    follows: Option<(&str, Option<&str>)>,
    frame: &mut Frame,
    area: Rect,
) {
    let r = &app.text().room;
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let time = app.text().notation.time_with_seconds(&app.now);
    let left = format!(" {} › {}", session.workshop, session.title);
    let room = (header.width as usize).saturating_sub(time.width() + 2);
    let left = crate::text::fit(&left, room);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(left, theme::dim()),
            Span::styled(format!(" {time} "), theme::title()),
        ])),
        header,
    );
    let face = face(app, session);
    let mut lines_after = vec![Line::styled(face.state.clone(), face.style.add_modifier(Modifier::BOLD))];
    if let Some(next) = &face.next {
        lines_after.push(Line::raw(""));
        lines_after.push(Line::styled(next.clone(), theme::dim()));
    }
    if let Some((file, problem)) = follows {
        lines_after.push(Line::raw(""));
        lines_after.push(Line::styled(format!("({} {file})", r.clock_follows), theme::dim()));
        if let Some(problem) = problem {
            let text = format!("⚠ {problem} · {}", r.clock_unreadable);
            lines_after.push(Line::styled(text, Style::new().fg(theme::WARN)));
        }
    }
    let big = big_size(&face.big, body);
    let title_height = 2;
    let big_height = big.map_or(1, |(_, _, h)| h);
    let total = title_height + 1 + big_height + 1 + lines_after.len() as u16;
    let top = body.y + body.height.saturating_sub(total) / 2;
    let mut y = top;
    let mut place = |height: u16| {
        let area =
            Rect { x: body.x, y, width: body.width, height: height.min(body.bottom().saturating_sub(y)) };
        y = y.saturating_add(height).min(body.bottom());
        area
    };
    let title = Paragraph::new(Line::styled(face.title.clone(), Style::new().add_modifier(Modifier::BOLD)))
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true });
    frame.render_widget(title, place(title_height));
    place(1);
    let big_area = place(big_height);
    match big {
        Some((size, width, height)) => {
            let x = big_area.x + big_area.width.saturating_sub(width) / 2;
            let widget = BigText::builder()
                .pixel_size(size)
                .style(face.style)
                .lines(vec![Line::raw(face.big.clone())])
                .build();
            frame.render_widget(
                widget,
                Rect {
                    x,
                    y: big_area.y,
                    width: width.min(big_area.width),
                    height: height.min(big_area.height),
                },
            );
        }
        None => frame.render_widget(
            Paragraph::new(Line::styled(face.big.clone(), face.style.add_modifier(Modifier::BOLD)))
                .alignment(Alignment::Center),
            big_area,
        ),
    }
    place(1);
    let rest = place(u16::MAX);
    frame.render_widget(
        Paragraph::new(lines_after).alignment(Alignment::Center).wrap(Wrap { trim: true }),
        rest,
    );
}
