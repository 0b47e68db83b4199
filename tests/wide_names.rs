//! Names in Chinese, Arabic and emoji joined with zero-width joiners keep the
//! attendance table's columns where they belong: what follows a name starts
//! at the same column on every row, and the pane's border stays put.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use sigap::domain::Status;
use sigap::text::{Lang, fit};
use sigap::tui::app::App;
use sigap::tui::command::Command;
use sigap::tui::message::{Message, OpenedSession};
use sigap::tui::view::render;

const NAMES: [&str; 6] = [
    "王小明",
    "محمد عبد الله الأنصاري",
    "👩‍👩‍👧‍👦 Keluarga Wédari",
    "José 👨🏽‍💻 Ramos",
    "🏳️‍🌈 Siti Aminah dengan nama yang panjang sekali sampai terpotong",
    "歐陽娜娜 (Ouyang Nana) 👩‍🔬👩‍🔬👩‍🔬👩‍🔬👩‍🔬👩‍🔬",
];

fn drawn(width: u16, height: u16) -> Buffer {
    let mut session = fresh_session();
    let mut people = session.roster[0].clone();
    session.roster = NAMES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            people.id = sigap::domain::ParticipantId::numbered(i + 1);
            people.name = (*name).to_string();
            people.clone()
        })
        .collect();
    let mut app = App::new(Lang::En, at("07:55"), 3);
    app.update(
        Message::Opened(Box::new(OpenedSession::to_run(PathBuf::from("s.ron"), session))),
        at("07:55"),
    );
    for action in [Command::ToggleTimer] {
        if app.update(action, at("08:00")).is_some() {
            app.update(Message::Saved, at("08:00"));
        }
    }
    // Everyone arrives late, so that every row has a second column.
    for _ in NAMES {
        if app.update(Command::Mark(Status::Late), at("08:20")).is_some() {
            app.update(Message::Saved, at("08:20"));
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(&app, frame)).unwrap();
    terminal.backend().buffer().clone()
}

/// The columns, on the row of `name`'s first visible character, where
/// the late arrival (`+20'`) starts and where the next `│` border stands.
fn columns_of(buffer: &Buffer, row: u16) -> (u16, u16) {
    let half = buffer.area.width / 2;
    let plus = (0..half)
        .find(|&x| buffer[(x, row)].symbol() == "+")
        .unwrap_or_else(|| panic!("no late arrival on row {row}"));
    let border = (plus..half).find(|&x| buffer[(x, row)].symbol() == "│").expect("the pane's border");
    (plus, border)
}

#[test]
fn wide_and_joined_names_keep_the_attendance_columns_aligned() {
    for (width, height) in [(120, 40), (80, 24), (100, 30)] {
        let buffer = drawn(width, height);
        // The attendance pane is the lower left one.
        let rows: Vec<u16> = (height / 3..height)
            .filter(|&y| (0..width / 2).any(|x| buffer[(x, y)].symbol() == "+"))
            .collect();
        assert!(rows.len() >= 4, "{width}x{height}: the rows of late arrivals: {rows:?}");
        let first = columns_of(&buffer, rows[0]);
        for &y in &rows {
            assert_eq!(columns_of(&buffer, y), first, "{width}x{height}: row {y} is out of line");
        }
    }
}

#[test]
fn fit_measures_a_joined_emoji_as_the_terminal_draws_it() {
    use unicode_width::UnicodeWidthStr;
    // Cells as ratatui counts them when it places the next span.
    let cells = |s: &str| s.width();
    for name in NAMES {
        for width in [0, 1, 2, 5, 10, 20, 40] {
            let fitted = fit(name, width);
            assert_eq!(cells(&fitted), width, "fit({name:?}, {width}) = {fitted:?}");
        }
    }
    assert_eq!(fit("👩‍👩‍👧‍👦", 4), "👩‍👩‍👧‍👦  ");
}
