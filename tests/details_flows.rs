//! The session details form over the run view: opened with `D`, typed
//! into, saved as one undoable change, and drawn in both languages.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui_textarea::{Input, Key};
use sigap::domain::{DetailField, Session, Timestamp};
use sigap::text::Lang;
use sigap::tui::app::{App, Confirm, Run};
use sigap::tui::command::{Command, Gesture};
use sigap::tui::effect::Effect;
use sigap::tui::message::{Message, OpenedSession, Update};
use sigap::tui::view::render;

fn session() -> Session {
    let mut s = fresh_session();
    s.venue = "Aula Kecamatan".into();
    s.facilitators = vec!["Dr. Ratna Kusumawardani, M.Si.".into()];
    s
}

fn open(session: Session, lang: Lang, read_only: Option<&str>) -> App {
    let mut app = App::new(lang, at("07:50"), 7);
    let opened = OpenedSession {
        read_only: read_only.map(str::to_string),
        ..OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), session)
    };
    app.update(Message::Opened(Box::new(opened)), at("07:50"));
    app
}

fn run(app: &App) -> &Run {
    app.run().expect("the run view is open")
}

/// Feed actions at one moment; the effects asked for, a save answered as
/// the runner would.
fn feed(app: &mut App, now: Timestamp, actions: impl IntoIterator<Item = impl Into<Update>>) -> Vec<Effect> {
    let mut effects = Vec::new();
    for action in actions {
        if let Some(effect) = app.update(action, now) {
            if effect == Effect::Save {
                app.update(Message::Saved, now);
            }
            effects.push(effect);
        }
    }
    effects
}

fn key(k: Key) -> Update {
    Gesture::Input(Input { key: k, ..Input::default() }).into()
}

fn typed(text: &str) -> Vec<Update> {
    text.chars().map(|c| key(Key::Char(c))).collect()
}

/// Typed in the run view as the runner hands keys over: each character
/// with what the key table makes of it in the form.
fn typed_by_hand(app: &mut App, text: &str, from: Timestamp) {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut now = from;
    for c in text.chars() {
        let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        let gesture = app.gesture_for(event).expect("a key in the form is a gesture");
        app.update(gesture, now);
        now += chrono::TimeDelta::milliseconds(120);
    }
}

fn clear_field(app: &mut App) {
    let n = run(app).details_form().map_or(0, |f| f.text(f.field).chars().count());
    feed(app, at("08:00"), (0..n).map(|_| key(Key::Backspace)));
}

#[test]
fn the_form_saves_every_field_as_one_undoable_change() {
    let mut app = open(session(), Lang::En, None);
    feed(&mut app, at("08:00"), [Command::EditDetails]);
    let form = run(&app).details_form().expect("D opens the form");
    assert_eq!(form.field, DetailField::Venue);
    assert_eq!(form.text(DetailField::Facilitators), "Dr. Ratna Kusumawardani, M.Si.");
    feed(&mut app, at("08:00"), typed(", Surabaya"));
    feed(&mut app, at("08:00"), [Command::NextField]);
    feed(&mut app, at("08:00"), typed("; Agus Prasetyo, S.IP., MPA"));
    feed(&mut app, at("08:00"), [Command::NextField]);
    feed(&mut app, at("08:00"), typed("Drs. Hariyanto Wibisono, M.Si."));
    feed(&mut app, at("08:00"), [Command::NextField]);
    feed(&mut app, at("08:00"), typed("  Rina Marlina, S.Sos. "));
    let before = run(&app).session().clone();
    let effects = feed(&mut app, at("08:01"), [Command::Confirm]);
    assert_eq!(effects, [Effect::Save], "saved like every other change");
    assert!(run(&app).details_form().is_none(), "Enter closes the form");
    let s = run(&app).session();
    assert_eq!(s.venue, "Aula Kecamatan, Surabaya");
    assert_eq!(s.facilitators, ["Dr. Ratna Kusumawardani, M.Si.", "Agus Prasetyo, S.IP., MPA"]);
    assert_eq!(s.chair, "Drs. Hariyanto Wibisono, M.Si.");
    assert_eq!(s.note_taker, "Rina Marlina, S.Sos.", "trimmed");
    assert_eq!(s.log, before.log, "not an event of the session");
    let effects = feed(&mut app, at("08:02"), [Command::Undo]);
    assert_eq!(effects, [Effect::Save]);
    assert_eq!(run(&app).session(), &before, "undo restores the old details");
    feed(&mut app, at("08:02"), [Command::Redo]);
    assert_eq!(run(&app).session().chair, "Drs. Hariyanto Wibisono, M.Si.");
}

#[test]
fn a_form_saved_unchanged_asks_no_save() {
    let mut app = open(session(), Lang::En, None);
    let effects = feed(&mut app, at("08:00"), [Command::EditDetails, Command::Confirm]);
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(run(&app).can_undo(), 0);
}

#[test]
fn esc_on_a_changed_form_asks_before_throwing_it_away() {
    let mut app = open(session(), Lang::En, None);
    feed(&mut app, at("08:00"), [Command::EditDetails]);
    feed(&mut app, at("08:00"), [Command::Cancel]);
    assert!(run(&app).details_form().is_none(), "an unchanged form just closes");
    feed(&mut app, at("08:00"), [Command::EditDetails]);
    feed(&mut app, at("08:00"), [Command::NextField, Command::NextField]);
    feed(&mut app, at("08:00"), typed("Budi"));
    feed(&mut app, at("08:00"), [Command::Cancel]);
    assert_eq!(run(&app).confirm(), Some(Confirm::DropDetails));
    feed(&mut app, at("08:00"), [Command::Decline]);
    assert_eq!(run(&app).confirm(), None);
    assert_eq!(run(&app).details_form().map(|f| f.chair.as_str()), Some("Budi"), "no: go on editing");
    feed(&mut app, at("08:00"), [Command::Cancel, Command::Confirm]);
    assert!(run(&app).details_form().is_none(), "yes: thrown away");
    assert!(run(&app).session().chair.is_empty());
}

#[test]
fn keys_typed_into_the_form_are_text_not_commands() {
    let mut app = open(session(), Lang::En, None);
    feed(&mut app, at("08:00"), [Command::EditDetails]);
    clear_field(&mut app);
    typed_by_hand(&mut app, "q D p?", at("08:01"));
    assert!(app.run().is_some(), "q did not quit");
    assert_eq!(run(&app).details_form().map(|f| f.venue.as_str()), Some("q D p?"));
    assert!(run(&app).session().attendance.is_empty(), "p marked nobody");
}

#[test]
fn a_read_only_session_opens_no_form() {
    let mut app = open(session(), Lang::En, Some("another sigap has it open"));
    feed(&mut app, at("08:00"), [Command::EditDetails]);
    assert!(run(&app).details_form().is_none());
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().to_string()
}

fn form_open(lang: Lang) -> App {
    let mut s = session();
    s.chair = "Drs. Hariyanto Wibisono, M.Si.".into();
    s.note_taker = "Rina Marlina, S.Sos.".into();
    let mut app = open(s, lang, None);
    feed(&mut app, at("08:00"), [Command::EditDetails, Command::NextField]);
    feed(&mut app, at("08:00"), typed("; Agus Prasetyo, S.IP., MPA"));
    app
}

#[test]
fn the_form_is_drawn_in_both_languages() {
    for lang in [Lang::En, Lang::Id] {
        for (w, h) in [(80, 24), (120, 40)] {
            let name = format!("details_form_{lang:?}_{w}x{h}").to_lowercase();
            insta::assert_snapshot!(name, draw(&form_open(lang), w, h));
        }
    }
}

#[test]
fn the_timer_names_the_chair_and_note_taker_where_there_is_room() {
    let mut app = form_open(Lang::Id);
    feed(&mut app, at("08:00"), [Command::Confirm]);
    let wide = draw(&app, 120, 40);
    assert!(wide.contains("│Pimpinan rapat: Drs. Hariyanto Wibisono, M.Si."), "{wide}");
    assert!(wide.contains("│Notulis: Rina Marlina, S.Sos."), "{wide}");
    // Once an item runs, the timer's own lines come first at 80×24: the
    // names give way rather than push them out.
    feed(&mut app, at("08:01"), [Command::ToggleTimer]);
    let narrow = draw(&app, 80, 24);
    assert!(!narrow.contains("Notulis:"), "no room at 80×24:\n{narrow}");
    assert!(narrow.contains("15:00 tersisa") && narrow.contains("3 Notulensi"), "{narrow}");
}
