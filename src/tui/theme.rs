//! Colours and symbols. Every state has a symbol as well as a colour, so the
//! screen reads on a monochrome projector and for colour-blind eyes.

use ratatui::style::{Color, Modifier, Style};

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
