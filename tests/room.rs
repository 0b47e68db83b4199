//! Fitting the room: the projector clock, both languages, no colour, high
//! contrast, small windows, rebound keys, the late grace and the mouse.

#[path = "support/builders.rs"]
mod builders;

use std::collections::BTreeMap;
use std::path::PathBuf;

use builders::{at, fresh_session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use sigap::settings::{Settings, Theme};
use sigap::text::Lang;
use sigap::tui::app::{App, View};
use sigap::tui::command::{Command, Gesture, Pane};
use sigap::tui::effect::OpenMode;
use sigap::tui::keymap::{BINDINGS, Context, Keymap};
use sigap::tui::message::{Message, OpenedSession, Update};
use sigap::tui::view::render;

fn draw_buffer(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().buffer().clone()
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().to_string()
}

/// The fresh session started at 08:00 and on its second item, seen at `now`.
fn running(now: &str, lang: Lang, theme: Theme) -> App {
    let settings = Settings::default();
    let (mut app, problems) = App::new(lang, at("07:55"), 3).with_settings(&settings, theme);
    assert!(problems.is_empty());
    let opened = OpenedSession::to_run(PathBuf::from("s.ron"), fresh_session());
    app.update(Message::Opened(Box::new(opened)), at("07:55"));
    for (time, action) in [
        ("08:00", Update::from(Command::ToggleTimer)),
        ("08:15", Command::NextItem.into()),
        (now, Message::Tick.into()),
    ] {
        if app.update(action, at(time)).is_some() {
            app.update(Message::Saved, at(time));
        }
    }
    app
}

fn with_clock(mut app: App, now: &str) -> App {
    app.update(Command::ToggleClock, at(now));
    app
}

#[test]
fn projector_clock_in_english() {
    insta::assert_snapshot!(draw(&with_clock(running("08:45", Lang::En, Theme::Default), "08:45"), 100, 30));
}

#[test]
fn projector_clock_in_indonesian_when_time_is_almost_up() {
    insta::assert_snapshot!(draw(&with_clock(running("09:32", Lang::Id, Theme::Default), "09:32"), 100, 30));
}

#[test]
fn projector_clock_says_overtime_in_words_without_colour() {
    let app = with_clock(running("09:57", Lang::En, Theme::Monochrome), "09:57");
    let buffer = draw_buffer(&app, 100, 30);
    assert!(buffer.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    insta::assert_snapshot!(draw(&app, 100, 30));
}

#[test]
fn run_view_without_colour_keeps_every_state_readable() {
    let app = running("09:57", Lang::Id, Theme::Monochrome);
    let buffer = draw_buffer(&app, 120, 40);
    assert!(buffer.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    insta::assert_snapshot!(draw(&app, 120, 40));
}

#[test]
fn high_contrast_uses_bright_colours_only() {
    let app = running("09:57", Lang::En, Theme::HighContrast);
    let buffer = draw_buffer(&app, 120, 40);
    let dull = [Color::DarkGray, Color::Cyan, Color::Green, Color::Yellow, Color::Red, Color::Blue];
    assert!(buffer.content.iter().all(|c| !dull.contains(&c.fg)));
    assert!(buffer.content.iter().any(|c| c.fg == Color::LightRed), "the overrun is bright red");
}

#[test]
fn b_toggles_the_clock_and_the_timer_keys_still_work() {
    let mut app = running("08:45", Lang::En, Theme::Default);
    app.update(Command::ToggleClock, at("08:45"));
    assert_eq!(app.contexts(), [Context::Clock, Context::Global]);
    app.update(Command::ToggleTimer, at("08:46"));
    assert_eq!(app.run().unwrap().session().agenda[1].state, sigap::domain::ItemState::Paused);
    assert!(draw(&app, 100, 30).contains("PAUSED"));
    app.update(Command::ToggleClock, at("08:47"));
    assert!(!app.run().unwrap().clock());
}

#[test]
fn a_followed_session_is_read_again_when_its_file_changes() {
    let mut app = App::new(Lang::En, at("08:00"), 1);
    let opened = OpenedSession {
        mode: OpenMode::Follow,
        ..OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), fresh_session())
    };
    app.update(Message::Opened(Box::new(opened)), at("08:00"));
    assert!(matches!(app.view(), View::Clock(_)));
    assert!(draw(&app, 80, 24).contains("Not started yet"));
    let mut started = fresh_session();
    started.toggle_current(at("08:00"));
    app.update(Message::Reloaded(Box::new(started)), at("08:10"));
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("read-only, following s.ron"), "{screen}");
    assert!(screen.contains("5:00 left"), "{screen}");
    app.update(Message::ReloadFailed("s.ron:3:1: bad".into()), at("08:11"));
    assert!(draw(&app, 80, 24).contains("showing what was read last"));
    // Nothing here changes the session; Esc never quits, b (or q) leaves.
    assert_eq!(app.update(Command::ToggleTimer, at("08:12")), None);
    assert_eq!(app.update(Command::Cancel, at("08:12")), None);
    assert_eq!(app.update(Command::ToggleClock, at("08:12")), Some(sigap::tui::effect::Effect::Quit));
}

#[test]
fn a_window_too_small_says_so() {
    let app = running("08:45", Lang::Id, Theme::Default);
    let screen = draw(&app, 50, 15);
    assert!(screen.contains("Jendela berukuran 50×15"), "{screen}");
    assert!(screen.contains("60×18"), "{screen}");
    assert!(!draw(&app, 60, 18).contains("Jendela"), "60×18 still draws the run view");
    // The clock needs less room than the run view.
    let clock = with_clock(running("08:45", Lang::En, Theme::Default), "08:45");
    assert!(!draw(&clock, 50, 15).contains("needs at least"));
}

#[test]
fn every_action_of_the_key_table_has_help_in_both_languages() {
    for binding in BINDINGS {
        for lang in [Lang::En, Lang::Id] {
            let t = lang.text();
            let (short, long) = (binding.command.short(t), binding.command.long(t));
            assert!(!short.is_empty() && !long.is_empty(), "{:?} has no help in {lang:?}", binding.command);
            assert!(!binding.context.name(t).is_empty());
        }
        let (en, id) = (binding.command.long(Lang::En.text()), binding.command.long(Lang::Id.text()));
        assert!(en != id || en.starts_with(['+', '-']), "{:?} is not translated: {en}", binding.command);
    }
}

#[test]
fn rebound_keys_work_and_show_in_help() {
    let mut keys = BTreeMap::new();
    keys.insert("ToggleClock".to_string(), vec!["F5".to_string()]);
    keys.insert("Mark(Present)".to_string(), vec!["h".to_string()]);
    keys.insert("NoSuchAction".to_string(), vec!["x".to_string()]);
    keys.insert("Undo".to_string(), vec!["Hyper+z".to_string()]);
    let settings = Settings { keys, ..Settings::default() };
    let (mut app, problems) = App::new(Lang::En, at("07:55"), 3).with_settings(&settings, Theme::Default);
    let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("NoSuchAction") && problems[1].contains("Hyper+z"), "{problems:?}");
    let opened = OpenedSession::to_run(PathBuf::from("s.ron"), fresh_session());
    app.update(Message::Opened(Box::new(opened)), at("07:55"));
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let press = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let contexts = app.contexts();
    assert_eq!(
        app.keymap().from_event(&contexts, press(KeyCode::F(5))),
        Some(Gesture::Command(Command::ToggleClock))
    );
    assert_eq!(app.keymap().from_event(&contexts, press(KeyCode::Char('b'))), None, "the old key is free");
    assert_eq!(
        app.keymap().from_event(&contexts, press(KeyCode::Char('h'))),
        Some(Gesture::Command(Command::Mark(sigap::domain::Status::Present)))
    );
    app.update(Command::ToggleHelp, at("07:56"));
    let help = draw(&app, 120, 60);
    assert!(help.contains("F5 ") && help.contains("full-screen clock"), "{help}");
    assert!(help.contains("  h  ") || help.contains("  h "), "{help}");
}

#[test]
fn a_rebound_key_is_taken_from_the_action_that_had_it() {
    let mut keys = BTreeMap::new();
    keys.insert("ToggleClock".to_string(), vec!["n".to_string()]);
    let (map, problems) = Keymap::with_overrides(Lang::En, &keys);
    assert!(problems.is_empty());
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
    assert_eq!(
        map.lookup(&[Context::Attendance, Context::Run, Context::Global], n),
        Some(Gesture::Command(Command::ToggleClock))
    );
    assert!(
        map.bindings()
            .iter()
            .filter(|b| b.command == Command::NewNote && b.context == Context::Run)
            .all(|b| b.keys.is_empty())
    );
}

#[test]
fn clicks_select_panes_and_rows() {
    let mut app = running("08:45", Lang::En, Theme::Default);
    // At 120×40 the agenda pane starts under the header line, the
    // attendance pane in the lower left.
    let click = |column, row| Gesture::Click { column, row, width: 120, height: 40 };
    app.update(click(10, 4), at("08:46"));
    let run = app.run().unwrap();
    assert_eq!((run.focus(), run.agenda_cursor()), (Pane::Agenda, 2));
    app.update(click(10, 20), at("08:46"));
    let run = app.run().unwrap();
    assert_eq!((run.focus(), run.people_cursor()), (Pane::Attendance, 2));
    app.update(click(100, 30), at("08:46"));
    assert_eq!(app.run().unwrap().focus(), Pane::Notes);
    // A click on a border or outside any list changes no cursor.
    app.update(click(10, 1), at("08:46"));
    assert_eq!(app.run().unwrap().agenda_cursor(), 2);
}

#[test]
fn the_first_run_hint_shows_until_help_is_opened() {
    let mut app = running("08:45", Lang::Id, Theme::Default).with_first_run(true);
    app.clear_notice();
    assert!(draw(&app, 120, 40).contains("Tekan ? untuk melihat semua tombol"));
    assert_eq!(
        app.update(Command::ToggleHelp, at("08:46")),
        Some(sigap::tui::effect::Effect::RememberHelpSeen)
    );
    app.update(Command::ToggleHelp, at("08:46"));
    assert!(!draw(&app, 120, 40).contains("Tekan ?"));
}
