//! A terminal event as the app's gesture: the one translation the runner
//! uses, so that tests which feed events meet the app exactly as people do.

use crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Size;

use super::app::App;
use super::command::{Command, Gesture};

/// The gesture an event makes in the app's current state, if any: keys
/// and pastes through the key table in force, the mouse by where it is on a
/// screen of `size`. Resizes and focus changes only redraw.
pub fn gesture_of_event(app: &App, event: Event, size: Size) -> Option<Gesture> {
    match event {
        Event::Mouse(mouse) => mouse_gesture(mouse, size),
        other => app.gesture_for(other),
    }
}

/// A click selects, the wheel moves the cursor; the rest of the mouse is ignored.
fn mouse_gesture(mouse: MouseEvent, size: Size) -> Option<Gesture> {
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Gesture::Click {
            column: mouse.column,
            row: mouse.row,
            width: size.width,
            height: size.height,
        }),
        MouseEventKind::ScrollUp => Some(Gesture::Command(Command::Up)),
        MouseEventKind::ScrollDown => Some(Gesture::Command(Command::Down)),
        _ => None,
    }
}
