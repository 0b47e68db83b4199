//! Search hits on the home screen: `j`/`k` move through them once the
//! search is kept, and each names its workshop.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui_textarea::{Input, Key};
use sigap::domain::{Note, NoteId, NoteKind};
use sigap::text::Lang;
use sigap::tui::app::{App, HomeItem};
use sigap::tui::command::{Command, Gesture};
use sigap::tui::message::{HomeData, HomeRow, Message};
use sigap::tui::view::render;

fn with_note(workshop: &str, id: &str, text: &str) -> sigap::domain::Session {
    let mut s = fresh_session();
    s.workshop = workshop.into();
    s.notes.push(Note::new(NoteId(id.into()), at("09:12"), NoteKind::Note, text));
    s
}

fn key(app: &mut App, c: char) {
    let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    if let Some(action) = app.gesture_for(event) {
        app.update(action, at("07:52"));
    }
}

#[test]
fn j_and_k_move_through_hits_that_name_their_workshop() {
    let sessions = [
        (PathBuf::from("sessions/a/h1.ron"), with_note("Bimtek Sekcam Jatim", "n1", "Posyandu keliling")),
        (PathBuf::from("sessions/b/h1.ron"), with_note("Pelatihan Kader Desa", "n2", "Posyandu remaja")),
    ];
    let corpus = sigap::search::Corpus::of_sessions(&sessions);
    let rows = sessions.iter().map(|(p, _)| HomeRow { path: p.clone(), summary: Err("-".into()) }).collect();
    let mut app = App::new(Lang::En, at("07:52"), 1);
    app.update(Message::ListLoaded(HomeData { rows, corpus, ..HomeData::default() }), at("07:52"));
    app.update(Command::StartFilter, at("07:52"));
    for c in "posyandu".chars() {
        app.update(Gesture::Input(Input { key: Key::Char(c), ..Input::default() }), at("07:52"));
    }
    app.update(Command::Confirm, at("07:52"));
    let hits = app.home().items().iter().filter(|i| matches!(i, HomeItem::Note(_))).count();
    assert_eq!(hits, 2);
    let first = app.home().cursor();
    key(&mut app, 'j');
    assert_eq!(app.home().cursor(), first + 1, "j moves down the hits");
    key(&mut app, 'k');
    assert_eq!(app.home().cursor(), first);
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
    terminal.draw(|frame| render(&app, frame)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("Bimtek Sekcam Jatim"), "{screen}");
    assert!(screen.contains("Pelatihan Kader Desa"), "{screen}");
}
