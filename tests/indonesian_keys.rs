//! The roll call's keys are the letters of the codes the attendance pane
//! shows: in Indonesian `h t p i s a` (Hadir, Terlambat, Pulang sebelum
//! waktunya, Izin, Sakit, Alpa), in English `p l o e s a`; the arrival
//! time is typed with `J` in Indonesian, where `t` is Terlambat. One key
//! table holds both, and a key rebound in the settings is rebound in both.

#[path = "support/builders.rs"]
mod builders;

use std::collections::BTreeMap;
use std::path::PathBuf;

use builders::{at, fresh_session};
use chrono::Duration;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sigap::domain::{ParticipantId, Status, Timestamp};
use sigap::settings::{Settings, Theme};
use sigap::text::Lang;
use sigap::tui::app::{App, Confirm, Run};
use sigap::tui::command::{Command, Gesture};
use sigap::tui::effect::Effect;
use sigap::tui::keymap::{Context, Keymap};
use sigap::tui::message::{Message, OpenedSession};
use sigap::tui::view::render;

fn open_with(lang: Lang, settings: &Settings) -> App {
    let (mut app, problems) = App::new(lang, at("07:50"), 7).with_settings(settings, Theme::Default);
    assert!(problems.is_empty(), "{problems:?}");
    let opened = OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), fresh_session());
    app.update(Message::Opened(Box::new(opened)), at("07:50"));
    app
}

fn open(lang: Lang) -> App {
    open_with(lang, &Settings::default())
}

fn run(app: &App) -> &Run {
    app.run().expect("the run view is open")
}

fn status_of(app: &App, n: usize) -> Status {
    run(app).session().mark(&ParticipantId::numbered(n)).status
}

/// One key pressed at `now`, as the runner passes it on; saves answered.
fn press(app: &mut App, c: char, now: Timestamp) -> Option<Effect> {
    let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    let action = app.gesture_for(Event::Key(KeyEvent::new(KeyCode::Char(c), mods)))?;
    let effect = app.update(action, now);
    if effect == Some(Effect::Save) {
        app.update(Message::Saved, now);
    }
    effect
}

/// Type `text` one key every `every_ms` milliseconds from `from`.
fn type_keys(app: &mut App, text: &str, from: Timestamp, every_ms: i64) {
    for (i, c) in text.chars().enumerate() {
        press(app, c, from + Duration::milliseconds(every_ms * i as i64));
    }
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().to_string()
}

const STATUSES: [Status; 6] =
    [Status::Present, Status::Late, Status::LeftEarly, Status::Excused, Status::Sick, Status::Absent];

#[test]
fn each_status_has_the_key_of_its_code_in_each_language() {
    for (lang, keys) in [(Lang::Id, "htpisa"), (Lang::En, "ploesa")] {
        for (key, status) in keys.chars().zip(STATUSES) {
            let mut app = open(lang);
            press(&mut app, key, at("08:10"));
            assert_eq!(status_of(&app, 1), status, "{lang:?} {key}");
            assert_eq!(run(&app).session().attendance.len(), 1, "{lang:?} {key}: one mark");
        }
    }
}

#[test]
fn the_keys_of_the_other_language_do_nothing_harmful() {
    // `h` and `i` are no keys in English: nothing is marked.
    let mut app = open(Lang::En);
    press(&mut app, 'h', at("08:10"));
    press(&mut app, 'i', at("08:10") + Duration::seconds(5));
    assert!((1..=5).all(|n| status_of(&app, n) == Status::Unmarked));
    assert!(run(&app).confirm().is_none() && run(&app).prompt().is_none());
    // In Indonesian, `l`, `o` and `e` mark nobody either.
    let mut app = open(Lang::Id);
    for (i, c) in "loe".chars().enumerate() {
        press(&mut app, c, at("08:10") + Duration::seconds(5 * i as i64));
    }
    assert!((1..=5).all(|n| status_of(&app, n) == Status::Unmarked));
}

#[test]
fn the_arrival_time_and_the_reason_have_their_keys_in_each_language() {
    for (lang, late, time) in [(Lang::Id, 't', 'J'), (Lang::En, 'l', 't')] {
        let mut app = open(lang);
        press(&mut app, late, at("08:30"));
        assert_eq!(status_of(&app, 1), Status::Late);
        type_keys(&mut app, &format!("{time}07:40"), at("08:31"), 100);
        assert!(run(&app).confirm().is_none(), "{lang:?}");
        assert!(run(&app).prompt().as_ref().is_some_and(|p| p.text.ends_with("07:40")), "{lang:?}");
        let mut app = open(lang);
        press(&mut app, if lang == Lang::Id { 'i' } else { 'e' }, at("08:30"));
        type_keys(&mut app, "rsurat dinas", at("08:31"), 100);
        assert!(run(&app).prompt().as_ref().is_some_and(|p| p.text == "surat dinas"), "{lang:?}");
    }
}

#[test]
fn an_indonesian_roll_call_is_told_from_typing() {
    let mut app = open(Lang::Id);
    type_keys(&mut app, "hhhh", at("08:05"), 150);
    assert_eq!((1..=5).filter(|n| status_of(&app, *n) == Status::Present).count(), 4);
    assert!(run(&app).confirm().is_none());
    // Hadir, skip one with j, hadir, quickly: still a roll call.
    let mut app = open(Lang::Id);
    type_keys(&mut app, "hjhh", at("08:05"), 150);
    let marked: Vec<Status> = (1..=5).map(|n| status_of(&app, n)).collect();
    assert_eq!(
        marked,
        [Status::Present, Status::Unmarked, Status::Present, Status::Present, Status::Unmarked]
    );
    // With spaces between, as a facilitator taps along the list.
    let mut app = open(Lang::Id);
    type_keys(&mut app, "h h h h", at("08:05"), 150);
    assert_eq!((1..=5).filter(|n| status_of(&app, *n) == Status::Present).count(), 4);
    assert!(run(&app).confirm().is_none());
    // A sentence full of the Indonesian keys is text, offered as a note.
    let mut app = open(Lang::Id);
    let before = run(&app).session().attendance.clone();
    type_keys(&mut app, "hadir tapi sakit", at("08:05"), 110);
    assert_eq!(run(&app).session().attendance, before, "typing is not a roll call");
    assert_eq!(run(&app).confirm(), Some(Confirm::TypedText("hadir tapi sakit".into())));
}

#[test]
fn the_footer_and_the_help_show_the_keys_in_force() {
    let app = open(Lang::Id);
    let screen = draw(&app, 160, 40);
    let footer = screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default().to_string();
    assert!(footer.contains(" h hadir "), "{footer}");
    assert!(footer.contains(" t terlambat "), "{footer}");
    assert!(!footer.contains(" p hadir "), "{footer}");
    let mut app = open(Lang::Id);
    app.update(Command::ToggleHelp, at("08:00"));
    let help = draw(&app, 140, 80);
    for wanted in ["h ", "t ", "p ", "i ", "J "] {
        assert!(help.contains(wanted), "{wanted:?} in {help}");
    }
    let mut app = open(Lang::En);
    app.update(Command::ToggleHelp, at("08:00"));
    let help = draw(&app, 140, 80);
    assert!(!help.lines().any(|l| l.contains(" h ") && l.contains("present")), "{help}");
}

#[test]
fn a_rebound_mark_key_works_in_both_languages() {
    let mut keys = BTreeMap::new();
    keys.insert("mark_present".to_string(), vec!["y".to_string()]);
    let settings = Settings { keys, ..Settings::default() };
    for lang in [Lang::En, Lang::Id] {
        let mut app = open_with(lang, &settings);
        press(&mut app, 'y', at("08:10"));
        assert_eq!(status_of(&app, 1), Status::Present, "{lang:?}");
        let contexts = app.contexts();
        let old = if lang == Lang::Id { 'h' } else { 'p' };
        let event = Event::Key(KeyEvent::new(KeyCode::Char(old), KeyModifiers::NONE));
        assert_ne!(
            app.keymap().from_event(&contexts, event),
            Some(Gesture::Command(Command::Mark(Status::Present))),
            "{lang:?}: the default key gave way"
        );
    }
}

#[test]
fn no_two_commands_share_a_key_where_they_are_consulted_together() {
    use Context as C;
    let stacks: &[&[Context]] = &[
        &[C::Attendance, C::Run, C::Global],
        &[C::Agenda, C::Run, C::Global],
        &[C::Notes, C::Run, C::Global],
        &[C::Home, C::Global],
        &[C::Review, C::Global],
        &[C::Report, C::Global],
        &[C::Clock, C::Global],
        &[C::Follow, C::Global],
        &[C::Form],
        &[C::Filter],
        &[C::Editor],
        &[C::Mention],
        &[C::Prompt],
        &[C::Confirm],
    ];
    for lang in [Lang::En, Lang::Id] {
        let map = Keymap::for_lang(lang);
        for stack in stacks {
            let bindings: Vec<_> = map.bindings_of(stack).collect();
            for (i, a) in bindings.iter().enumerate() {
                for b in &bindings[i + 1..] {
                    for k in &a.keys {
                        assert!(
                            !b.keys.contains(k) || a.command == b.command,
                            "{lang:?}: {k:?} is {:?} in {:?} and {:?} in {:?}",
                            a.command,
                            a.context,
                            b.command,
                            b.context
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn sigap_config_prints_the_keys_of_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("no-settings.ron");
    let keys_of = |lang: &str, command: &str| -> String {
        let out = assert_cmd::Command::cargo_bin("sigap")
            .unwrap()
            .env("SIGAP_CONFIG", &config)
            .env_remove("SIGAP_DIR")
            .env_remove("SIGAP_LANG")
            .args(["--dir", dir.path().to_str().unwrap(), "--lang", lang, "config"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let line =
            text.lines().find(|l| l.trim_start().starts_with(&format!("{command} "))).unwrap_or_default();
        line.split_whitespace().last().unwrap_or_default().to_string()
    };
    assert_eq!(keys_of("id", "mark_present"), "h");
    assert_eq!(keys_of("id", "edit_time"), "J");
    assert_eq!(keys_of("en", "mark_present"), "p");
    assert_eq!(keys_of("en", "edit_time"), "t");
}
