//! A terminal event as the app's intent: the one translation the runner
//! uses, so that tests which feed events meet the app exactly as people do.

use crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Size;

use super::action::Action;
use super::app::App;

/// The action an event asks for in the app's current state, if any: keys
/// and pastes through the key table in force, the mouse by where it is on a
/// screen of `size`. Resizes and focus changes only redraw.
pub fn action_of_event(app: &App, event: Event, size: Size) -> Option<Action> {
    match event {
        Event::Mouse(mouse) => mouse_action(mouse, size),
        other => app.action_for(other),
    }
}

/// A click selects, the wheel moves the cursor; the rest of the mouse is ignored.
fn mouse_action(mouse: MouseEvent, size: Size) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
            column: mouse.column,
            row: mouse.row,
            width: size.width,
            height: size.height,
        }),
        MouseEventKind::ScrollUp => Some(Action::Up),
        MouseEventKind::ScrollDown => Some(Action::Down),
        _ => None,
    }
}
