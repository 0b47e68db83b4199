//! Where things are on the screen, worked out once for both drawing and
//! mouse clicks, so a click lands on the row that is drawn under it.

use ratatui::layout::{Constraint, Layout, Rect};

/// The screen less the notice and footer lines at the bottom.
pub fn body(screen: Rect) -> Rect {
    let [body, _, _] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(1), Constraint::Length(1)]).areas(screen);
    body
}

/// The run view's parts: header line, banner line (when there is one),
/// then the agenda and timer above the attendance and notes.
pub struct RunAreas {
    pub header: Rect,
    pub banner: Rect,
    pub agenda: Rect,
    pub timer: Rect,
    pub people: Rect,
    pub notes: Rect,
}

pub fn run_areas(area: Rect, banner: bool) -> RunAreas {
    let [header, banner, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(u16::from(banner)), Constraint::Min(4)])
            .areas(area);
    let top_height = (body.height * 9 / 20).max(8);
    let [top, bottom] = Layout::vertical([Constraint::Length(top_height), Constraint::Min(3)]).areas(body);
    let [agenda, timer] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    let [people, notes] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    RunAreas { header, banner, agenda, timer, people, notes }
}

/// The home screen's header line and its bordered list.
pub fn home_areas(area: Rect) -> (Rect, Rect) {
    let [header, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    (header, list)
}

/// The line of a bordered one-line-per-row list that a click at `row`
/// falls on, given the selected line: the list scrolls just enough to show
/// the selection, as ratatui's `List` does with a fresh state.
pub fn clicked_line(list: Rect, selected: usize, row: u16) -> Option<usize> {
    let inner_top = list.y + 1;
    let height = list.height.saturating_sub(2) as usize;
    if row < inner_top || row >= inner_top + height as u16 || height == 0 {
        return None;
    }
    let offset = selected.saturating_sub(height - 1);
    Some(offset + (row - inner_top) as usize)
}

/// Whether a cell is inside an area.
pub fn contains(area: Rect, column: u16, row: u16) -> bool {
    column >= area.x && column < area.right() && row >= area.y && row < area.bottom()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_maps_to_the_line_drawn_there() {
        let list = Rect::new(0, 5, 40, 12); // ten inner lines, from row 6
        assert_eq!(clicked_line(list, 0, 6), Some(0));
        assert_eq!(clicked_line(list, 0, 15), Some(9));
        assert_eq!(clicked_line(list, 0, 5), None, "the border");
        assert_eq!(clicked_line(list, 0, 16), None, "the border");
        // Selection at 14: lines 5..=14 are shown.
        assert_eq!(clicked_line(list, 14, 6), Some(5));
    }
}
