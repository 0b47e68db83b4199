//! Stray keys never change a record silently: text typed into the roll
//! call, corrections, dialogs and `q`, and the agenda's keys that end or
//! skip things. Keys go through the real key table, with times to the
//! millisecond, as the runner hands them over.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use chrono::Duration;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use sigap::domain::{ItemState, ParticipantId, Session, Status, Timestamp};
use sigap::text::Lang;
use sigap::tui::app::{App, Confirm, Run};
use sigap::tui::command::{Command, Pane};
use sigap::tui::effect::{Effect, OpenMode};
use sigap::tui::message::{Message, OpenedSession, Update};

fn open(session: Session) -> App {
    let mut app = App::new(Lang::En, at("07:50"), 7);
    let opened = OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), session);
    app.update(Message::Opened(Box::new(opened)), at("07:50"));
    app
}

fn run(app: &App) -> &Run {
    app.run().expect("the run view is open")
}

fn status_of(app: &App, n: usize) -> Status {
    run(app).session().mark(&ParticipantId::numbered(n)).status
}

fn notice(app: &App) -> String {
    app.notice().as_ref().map(|n| n.text().clone()).unwrap_or_default()
}

/// One key pressed at `now`, as the runner passes it on; saves answered.
fn press(app: &mut App, code: KeyCode, now: Timestamp) -> Option<Effect> {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let action = app.gesture_for(event)?;
    let effect = app.update(action, now);
    if effect == Some(Effect::Save) {
        app.update(Message::Saved, now);
    }
    effect
}

/// Type `text` one key every `every_ms` milliseconds from `from`.
fn type_keys(app: &mut App, text: &str, from: Timestamp, every_ms: i64) -> Vec<Effect> {
    let mut effects = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let now = from + Duration::milliseconds(every_ms * i as i64);
        effects.extend(press(app, KeyCode::Char(c), now));
    }
    effects
}

fn feed(app: &mut App, now: Timestamp, actions: impl IntoIterator<Item = impl Into<Update>>) {
    for action in actions {
        if app.update(action, now) == Some(Effect::Save) {
            app.update(Message::Saved, now);
        }
    }
}

#[test]
fn a_sentence_typed_into_the_roll_call_changes_no_mark_and_becomes_a_note() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    let before = run(&app).session().attendance.clone();
    let effects = type_keys(&mut app, "Peserta minta materi", at("08:05"), 120);
    assert!(!effects.contains(&Effect::Quit));
    let r = run(&app);
    assert_eq!(r.session().attendance, before, "typing is not a roll call");
    assert!(r.prompt().is_none(), "no reason box is left open");
    assert_eq!(r.agenda_cursor(), 0);
    assert_eq!(r.session().agenda[0].state, ItemState::Running, "the spaces did not pause the timer");
    assert_eq!(r.confirm(), Some(Confirm::TypedText("Peserta minta materi".into())));
    // A moment later, Enter takes the offer: the note starts with the text.
    press(&mut app, KeyCode::Enter, at("08:06"));
    let editor = run(&app).editor().as_ref().expect("the note editor is open");
    assert_eq!(editor.text.lines().join("\n"), "Peserta minta materi");
}

#[test]
fn the_offer_can_be_dropped_and_leaves_nothing_behind() {
    let mut app = open(fresh_session());
    type_keys(&mut app, "Ayo kita mulai", at("08:05"), 90);
    assert_eq!(run(&app).session().attendance, fresh_session().attendance, "A then y marked nobody absent");
    assert!(matches!(run(&app).confirm(), Some(Confirm::TypedText(_))));
    press(&mut app, KeyCode::Esc, at("08:06"));
    assert!(run(&app).confirm().is_none());
    assert!(run(&app).editor().is_none());
    assert_eq!(run(&app).can_undo(), 0, "nothing the burst did is left to undo");
}

#[test]
fn the_same_mark_key_pressed_quickly_down_the_list_is_a_roll_call() {
    let mut app = open(fresh_session());
    type_keys(&mut app, "pppp", at("08:05"), 150);
    assert_eq!((1..=5).map(|n| status_of(&app, n)).filter(|s| *s == Status::Present).count(), 4);
    assert!(run(&app).confirm().is_none());
    // Present, skip one with j, present, quickly: still a roll call.
    let mut app = open(fresh_session());
    type_keys(&mut app, "pjpp", at("08:05"), 150);
    assert_eq!(
        (1..=5).map(|n| status_of(&app, n)).collect::<Vec<_>>(),
        [Status::Present, Status::Unmarked, Status::Present, Status::Present, Status::Unmarked]
    );
}

#[test]
fn a_correction_says_what_changed_and_how_to_undo_it() {
    let mut app = open(fresh_session());
    press(&mut app, KeyCode::Char('p'), at("08:05"));
    press(&mut app, KeyCode::Char('k'), at("08:07"));
    press(&mut app, KeyCode::Char('s'), at("08:09"));
    assert_eq!(status_of(&app, 1), Status::Sick);
    assert_eq!(notice(&app), "Dra. Siti Aminah, M.Si.: H → S · u undoes");
    press(&mut app, KeyCode::Char('u'), at("08:10"));
    assert_eq!(status_of(&app, 1), Status::Present);
}

#[test]
fn marking_the_rest_absent_says_how_many_and_who() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::Mark(Status::Present), Command::Mark(Status::Present)]);
    feed(&mut app, at("08:30"), [Command::MarkRestAbsent, Command::Confirm]);
    assert_eq!(
        notice(&app),
        "3 marked absent: Ni Luh Putu Wédari, S.STP., Bambang Setiyono, Yuli Kurniawati, S.E. · u undoes"
    );
}

#[test]
fn q_closes_a_dialog_and_never_the_app() {
    let mut app = open(fresh_session());
    press(&mut app, KeyCode::Char('A'), at("08:00"));
    assert!(matches!(run(&app).confirm(), Some(Confirm::RestAbsent(5))));
    assert_eq!(press(&mut app, KeyCode::Char('q'), at("08:01")), None);
    assert!(run(&app).confirm().is_none(), "q closed the question");
    assert_eq!(status_of(&app, 1), Status::Unmarked);
    press(&mut app, KeyCode::Char('?'), at("08:02"));
    assert!(app.help());
    assert_eq!(press(&mut app, KeyCode::Char('q'), at("08:03")), None);
    assert!(!app.help(), "q closed the help");
    press(&mut app, KeyCode::Char('w'), at("08:04"));
    press(&mut app, KeyCode::Char('q'), at("08:05"));
    assert_eq!(run(&app).prompt().as_ref().map(|p| p.text.as_str()), Some("q"), "q is a letter of a name");
    press(&mut app, KeyCode::Esc, at("08:06"));
    assert!(run(&app).prompt().is_none());
    // The room's clock, followed from another sigap: Esc does not quit.
    let mut clock = App::new(Lang::En, at("07:50"), 7);
    let opened = OpenedSession {
        mode: OpenMode::Follow,
        ..OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), fresh_session())
    };
    clock.update(Message::Opened(Box::new(opened)), at("07:50"));
    assert_ne!(press(&mut clock, KeyCode::Esc, at("07:51")), Some(Effect::Quit));
}

fn on_the_last_item() -> App {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    let n = run(&app).session().agenda.len();
    for (i, hm) in ["08:15", "09:45", "10:00", "12:15", "13:15"].into_iter().enumerate().take(n - 1) {
        feed(&mut app, at(hm), [Command::NextItem]);
        assert_eq!(run(&app).session().current_index(), Some(i + 1));
    }
    app
}

#[test]
fn the_last_item_asks_before_ending_the_session_and_can_be_undone() {
    let mut app = on_the_last_item();
    feed(&mut app, at("13:30"), [Command::NextItem]);
    assert_eq!(run(&app).confirm(), Some(Confirm::EndSession));
    assert!(run(&app).session().finished_at().is_none(), "nothing ended yet");
    feed(&mut app, at("13:30"), [Command::Cancel]);
    assert!(run(&app).session().finished_at().is_none());
    feed(&mut app, at("13:31"), [Command::NextItem, Command::Confirm]);
    assert_eq!(run(&app).session().finished_at(), Some(at("13:31")));
    feed(&mut app, at("13:32"), [Command::Undo]);
    assert!(run(&app).session().finished_at().is_none());
}

#[test]
fn items_passed_without_running_are_skipped_not_done_in_no_time() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:15"), [Command::NextItem, Command::NextItem]);
    let s = &run(&app).session();
    assert_eq!(s.agenda[0].state, ItemState::Done);
    assert_eq!(s.agenda[1].state, ItemState::Skipped, "Materi never ran");
    assert_eq!(s.agenda[2].state, ItemState::Running);
    feed(&mut app, at("08:16"), [Command::Undo]);
    assert_eq!(run(&app).session().agenda[1].state, ItemState::Running);
}

#[test]
fn skipping_a_fixed_item_asks_first() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::Focus(Pane::Agenda), Command::Down, Command::Down, Command::Down]);
    feed(&mut app, at("08:00"), [Command::Down, Command::SkipItem]);
    assert!(matches!(run(&app).confirm(), Some(Confirm::SkipFixed(4))));
    assert_eq!(run(&app).session().agenda[4].state, ItemState::Pending);
    feed(&mut app, at("08:00"), [Command::Confirm]);
    assert_eq!(run(&app).session().agenda[4].state, ItemState::Skipped);
    feed(&mut app, at("08:00"), [Command::Undo]);
    assert_eq!(run(&app).session().agenda[4].state, ItemState::Pending);
}

fn marks(app: &App) -> Vec<Status> {
    (1..=5).map(|n| status_of(app, n)).collect()
}

/// Three people marked present a second apart, then `text` typed fast.
fn three_marked_then(text: &str) -> App {
    let mut app = open(fresh_session());
    for i in 0..3 {
        press(&mut app, KeyCode::Char('p'), at("08:05") + Duration::seconds(i as i64));
        assert_eq!(status_of(&app, i + 1), Status::Present);
    }
    type_keys(&mut app, text, at("08:05") + Duration::seconds(10), 110);
    app
}

#[test]
fn a_burst_with_an_undo_in_it_leaves_the_marks_before_it_alone() {
    let app = three_marked_then("sudah");
    assert!(matches!(run(&app).confirm(), Some(Confirm::TypedText(_))));
    assert_eq!(&marks(&app)[..3], [Status::Present; 3], "the earlier marks stay");
    assert_eq!(run(&app).can_undo(), 3, "every earlier step can still be undone");
    let mut app = app;
    press(&mut app, KeyCode::Esc, at("08:06"));
    feed(&mut app, at("08:07"), [Command::Undo]);
    assert_eq!(&marks(&app)[..3], [Status::Present, Status::Present, Status::Unmarked]);
    feed(&mut app, at("08:07"), [Command::Redo]);
    assert_eq!(&marks(&app)[..3], [Status::Present; 3], "redo brings back what undo took");
}

#[test]
fn a_burst_in_the_agenda_takes_back_exactly_its_own_steps() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    press(&mut app, KeyCode::Char('p'), at("08:01"));
    press(&mut app, KeyCode::Char('1'), at("08:02"));
    let before = run(&app).session().clone();
    let undo = run(&app).can_undo();
    type_keys(&mut app, "sudah selesai", at("08:03"), 110);
    assert!(matches!(run(&app).confirm(), Some(Confirm::TypedText(_))));
    assert_eq!(run(&app).session().attendance, before.attendance);
    assert_eq!(run(&app).session().agenda, before.agenda);
    assert_eq!(run(&app).can_undo(), undo);
}

#[test]
fn sentences_of_mark_keys_and_answers_are_text() {
    let mut app = open(fresh_session());
    type_keys(&mut app, "pesan untuk panitia", at("08:05"), 110);
    assert_eq!(marks(&app), [Status::Unmarked; 5], "p e s a marked nobody");
    assert!(run(&app).editor().is_none());
    assert_eq!(run(&app).confirm(), Some(Confirm::TypedText("pesan untuk panitia".into())));
    // Space would ask to move the plan (far from 08:00), y would answer.
    let mut app = open(fresh_session());
    type_keys(&mut app, "ok ya", at("10:05"), 110);
    assert_eq!(marks(&app), [Status::Unmarked; 5]);
    assert!(run(&app).session().started_at().is_none(), "nothing started");
    assert_eq!(run(&app).session().planned_start, fresh_session().planned_start, "the plan did not move");
    assert_eq!(run(&app).confirm(), Some(Confirm::TypedText("ok ya".into())));
    // Pasted without brackets: keys a few milliseconds apart.
    let mut app = open(fresh_session());
    type_keys(&mut app, "pp ok", at("08:05"), 2);
    assert_eq!(marks(&app), [Status::Unmarked; 5], "a paste marks nobody");
    assert!(matches!(run(&app).confirm(), Some(Confirm::TypedText(_))));
}

#[test]
fn a_fast_roll_call_with_spaces_between_marks_keeps_the_timer_running() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    type_keys(&mut app, "p p p p", at("08:05"), 150);
    assert_eq!(marks(&app).iter().filter(|s| **s == Status::Present).count(), 4);
    assert_eq!(run(&app).session().agenda[0].state, ItemState::Running, "the spaces did not pause it");
    assert!(run(&app).confirm().is_none());
    // A pane's digit and Space at once: the timer starts as meant.
    let mut app = open(fresh_session());
    type_keys(&mut app, "1 ", at("08:00"), 150);
    assert_eq!(run(&app).session().agenda[0].state, ItemState::Running);
    let mut app = open(fresh_session());
    type_keys(&mut app, "pjpp", at("08:05"), 120);
    assert_eq!(marks(&app).iter().filter(|s| **s == Status::Present).count(), 3);
}

#[test]
fn a_box_opened_on_purpose_keeps_the_keys_typed_into_it() {
    let mut app = open(fresh_session());
    type_keys(&mut app, "/imam", at("08:05"), 100);
    assert!(run(&app).confirm().is_none());
    assert_eq!(run(&app).people_filter().text, "imam");
    let mut app = open(fresh_session());
    type_keys(&mut app, "wBudi Tamu", at("08:05"), 100);
    assert_eq!(run(&app).prompt().as_ref().map(|p| p.text.as_str()), Some("Budi Tamu"));
    let mut app = open(fresh_session());
    type_keys(&mut app, "ersurat izin dinas", at("08:05"), 100);
    press(&mut app, KeyCode::Enter, at("08:06"));
    assert!(run(&app).confirm().is_none());
    let mark = run(&app).session().mark(&ParticipantId::numbered(1)).clone();
    assert_eq!(mark.status, Status::Excused);
    assert_eq!(mark.reason.as_deref(), Some("surat izin dinas"));
    let mut app = open(fresh_session());
    press(&mut app, KeyCode::Char('l'), at("08:30"));
    type_keys(&mut app, "t07:40", at("08:31"), 100);
    assert!(run(&app).confirm().is_none());
    assert!(run(&app).prompt().as_ref().is_some_and(|p| p.text.ends_with("07:40")));
}

#[test]
fn export_and_the_clock_never_act_inside_a_burst() {
    let mut app = open(fresh_session());
    let effects = type_keys(&mut app, "Eko datang", at("08:05"), 110);
    assert!(!effects.iter().any(|e| matches!(e, Effect::Export { .. })), "{effects:?}");
    assert_eq!(app.update(Message::Tick, at("08:07")), None, "the held export was dropped");
    let mut app = open(fresh_session());
    type_keys(&mut app, "bapak", at("08:05"), 110);
    assert!(!run(&app).clock(), "the clock is not left open");
    // On its own, E exports once the moment for a burst has passed.
    let mut app = open(fresh_session());
    assert_eq!(press(&mut app, KeyCode::Char('E'), at("08:05")), None);
    assert!(matches!(app.update(Message::Tick, at("08:06")), Some(Effect::Export { .. })));
    press(&mut app, KeyCode::Char('b'), at("08:07"));
    app.update(Message::Tick, at("08:08"));
    assert!(run(&app).clock());
}

#[test]
fn q_in_a_running_session_asks_and_a_sentence_becomes_text() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    let effects = type_keys(&mut app, "quick ls", at("08:05"), 110);
    assert!(!effects.contains(&Effect::Quit));
    assert_eq!(run(&app).confirm(), Some(Confirm::TypedText("quick ls".into())));
    assert_eq!(run(&app).session().agenda[0].state, ItemState::Running);
    // Asked on purpose: y quits, another key stays.
    press(&mut app, KeyCode::Esc, at("08:06"));
    assert_eq!(press(&mut app, KeyCode::Char('q'), at("08:07")), None);
    assert_eq!(run(&app).confirm(), Some(Confirm::Quit));
    assert_eq!(press(&mut app, KeyCode::Char('x'), at("08:08")), None);
    assert!(run(&app).confirm().is_none());
    press(&mut app, KeyCode::Char('q'), at("08:09"));
    assert_eq!(press(&mut app, KeyCode::Char('y'), at("08:10")), Some(Effect::Quit));
    press(&mut app, KeyCode::Char('q'), at("08:11"));
    assert_eq!(press(&mut app, KeyCode::Enter, at("08:12")), Some(Effect::Quit));
    // Ctrl+C quits at once.
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let action = app.gesture_for(ctrl_c).unwrap();
    assert_eq!(app.update(action, at("08:13")), Some(Effect::Quit));
}

#[test]
fn fast_next_keys_ask_before_starting_a_fixed_item_early() {
    let mut app = open(fresh_session());
    press(&mut app, KeyCode::Char('1'), at("08:00"));
    press(&mut app, KeyCode::Char(' '), at("08:00") + Duration::seconds(1));
    type_keys(&mut app, "]]]]]]]]]]", at("08:00") + Duration::seconds(3), 120);
    let s = &run(&app).session();
    assert!(matches!(run(&app).confirm(), Some(Confirm::StartFixed(4))));
    assert_eq!(s.agenda[4].state, ItemState::Pending, "ISHOMA neither skipped nor started");
    // Yes starts it all the same.
    feed(&mut app, at("08:01"), [Command::Confirm]);
    assert_eq!(run(&app).session().agenda[4].state, ItemState::Running);
}

#[test]
fn after_a_take_back_the_status_line_says_nothing_stale() {
    let mut app = open(fresh_session());
    press(&mut app, KeyCode::Char('p'), at("08:05"));
    press(&mut app, KeyCode::Char('k'), at("08:07"));
    type_keys(&mut app, "sip", at("08:09"), 100);
    assert_eq!(status_of(&app, 1), Status::Present);
    assert!(!notice(&app).contains("undoes"), "{}", notice(&app));
    press(&mut app, KeyCode::Esc, at("08:10"));
    press(&mut app, KeyCode::Char('u'), at("08:11"));
    assert_eq!(status_of(&app, 1), Status::Unmarked, "u undoes the mark before the burst");
}

#[test]
fn q_right_after_a_mark_quits_once_the_keys_stop() {
    let mut app = open(fresh_session());
    let effects = type_keys(&mut app, "2pq", at("08:05"), 30);
    assert!(!effects.contains(&Effect::Quit));
    assert_eq!(app.update(Message::Tick, at("08:05") + Duration::seconds(1)), Some(Effect::Quit));
}
