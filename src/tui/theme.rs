//! Colours and symbols. Every state has a symbol as well as a colour, so the
//! screen reads on a monochrome projector and for colour-blind eyes.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::settings::Theme;

use crate::domain::{ItemState, NoteKind, Status};

pub const ACCENT: Color = Color::Cyan;
pub const OK: Color = Color::Green;
pub const WARN: Color = Color::Yellow;
pub const ALERT: Color = Color::Red;
pub const DIM: Color = Color::DarkGray;

pub fn title() -> Style {
    Style::new().fg(ACCENT).add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(DIM)
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn border(focused: bool) -> Style {
    if focused { Style::new().fg(ACCENT) } else { Style::new().fg(DIM) }
}

pub fn item_symbol(state: ItemState) -> &'static str {
    match state {
        ItemState::Pending => "·",
        ItemState::Running => "▶",
        ItemState::Paused => "‖",
        ItemState::Done => "✓",
        ItemState::Skipped => "↷",
    }
}

pub fn item_style(state: ItemState) -> Style {
    match state {
        ItemState::Pending => Style::new(),
        ItemState::Running => Style::new().fg(OK).add_modifier(Modifier::BOLD),
        ItemState::Paused => Style::new().fg(WARN).add_modifier(Modifier::BOLD),
        ItemState::Done => Style::new().fg(DIM),
        ItemState::Skipped => Style::new().fg(DIM).add_modifier(Modifier::CROSSED_OUT),
    }
}

pub fn status_style(status: Status) -> Style {
    match status {
        Status::Unmarked => Style::new().fg(DIM),
        Status::Present => Style::new().fg(OK),
        Status::Late | Status::LeftEarly => Style::new().fg(WARN),
        Status::Excused | Status::Sick => Style::new().fg(Color::Blue),
        Status::Absent => Style::new().fg(ALERT),
    }
}

pub fn note_style(kind: NoteKind) -> Style {
    match kind {
        NoteKind::Note => Style::new(),
        NoteKind::Decision => Style::new().fg(OK),
        NoteKind::Action => Style::new().fg(WARN),
        NoteKind::Question => Style::new().fg(Color::Magenta),
        NoteKind::ParkingLot => Style::new().fg(Color::Blue),
    }
}

/// The timer's colour: normal, warning at 20% of the plan left, alert when over.
pub fn timer_style(remaining: i64, planned: i64) -> Style {
    if remaining < 0 {
        Style::new().fg(ALERT).add_modifier(Modifier::BOLD)
    } else if remaining * 5 <= planned {
        Style::new().fg(WARN).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(OK)
    }
}

/// Fit a drawn frame to the theme. Views draw in the default colours; a
/// monochrome screen drops every colour (dim text stays dim by its
/// modifier), a high-contrast one brightens them and makes coloured text
/// bold. Symbols and words already carry every state, so nothing is lost.
pub fn apply(theme: Theme, buffer: &mut Buffer) {
    if theme == Theme::Default {
        return;
    }
    for cell in buffer.content.iter_mut() {
        match theme {
            Theme::Monochrome => {
                if cell.fg == DIM {
                    cell.modifier |= Modifier::DIM;
                }
                cell.fg = Color::Reset;
                cell.bg = Color::Reset;
            }
            Theme::HighContrast => {
                let bright = match cell.fg {
                    DIM => Some(Color::Gray),
                    Color::Cyan => Some(Color::LightCyan),
                    Color::Green => Some(Color::LightGreen),
                    Color::Yellow => Some(Color::LightYellow),
                    Color::Red => Some(Color::LightRed),
                    Color::Blue => Some(Color::LightBlue),
                    Color::Magenta => Some(Color::LightMagenta),
                    _ => None,
                };
                if let Some(color) = bright {
                    cell.fg = color;
                    cell.modifier |= Modifier::BOLD;
                }
            }
            Theme::Default => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn monochrome_drops_colour_and_keeps_dim_text_dim() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 3, 1));
        buffer[(0, 0)].set_fg(ALERT).set_symbol("A");
        buffer[(1, 0)].set_fg(DIM).set_symbol("d");
        buffer[(2, 0)].set_style(Style::new().add_modifier(Modifier::REVERSED));
        apply(Theme::Monochrome, &mut buffer);
        assert_eq!(buffer[(0, 0)].fg, Color::Reset);
        assert!(buffer[(1, 0)].modifier.contains(Modifier::DIM));
        assert!(buffer[(2, 0)].modifier.contains(Modifier::REVERSED));
        assert!(buffer.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    }

    #[test]
    fn high_contrast_brightens_and_bolds() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 1, 1));
        buffer[(0, 0)].set_fg(WARN);
        apply(Theme::HighContrast, &mut buffer);
        assert_eq!(buffer[(0, 0)].fg, Color::LightYellow);
        assert!(buffer[(0, 0)].modifier.contains(Modifier::BOLD));
    }
}
