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
use sigap::tui::action::{Action, Effect, OpenMode, OpenedSession, Pane};
use sigap::tui::app::{App, Confirm, Run};

fn open(session: Session) -> App {
    let mut app = App::new(Lang::En, at("07:50"), 7);
    let opened = OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), session);
    app.update(Action::Opened(Box::new(opened)), at("07:50"));
    app
}

fn run(app: &App) -> &Run {
    app.run().expect("the run view is open")
}

fn status_of(app: &App, n: usize) -> Status {
    run(app).session.mark(&ParticipantId::numbered(n)).status
}

fn notice(app: &App) -> String {
    app.notice.as_ref().map(|n| n.text.clone()).unwrap_or_default()
}

/// One key pressed at `now`, as the runner passes it on; saves answered.
fn press(app: &mut App, code: KeyCode, now: Timestamp) -> Option<Effect> {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let action = app.action_for(event)?;
    let effect = app.update(action, now);
    if effect == Some(Effect::Save) {
        app.update(Action::Saved, now);
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

fn feed(app: &mut App, now: Timestamp, actions: impl IntoIterator<Item = Action>) {
    for action in actions {
        if app.update(action, now) == Some(Effect::Save) {
            app.update(Action::Saved, now);
        }
    }
}

#[test]
fn a_sentence_typed_into_the_roll_call_changes_no_mark_and_becomes_a_note() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Action::ToggleTimer]);
    let before = run(&app).session.attendance.clone();
    let effects = type_keys(&mut app, "Peserta minta materi", at("08:05"), 120);
    assert!(!effects.contains(&Effect::Quit));
    let r = run(&app);
    assert_eq!(r.session.attendance, before, "typing is not a roll call");
    assert!(r.prompt.is_none(), "no reason box is left open");
    assert_eq!(r.agenda_cursor, 0);
    assert_eq!(r.session.agenda[0].state, ItemState::Running, "the spaces did not pause the timer");
    assert_eq!(r.confirm, Some(Confirm::TypedText("Peserta minta materi".into())));
    // A moment later, Enter takes the offer: the note starts with the text.
    press(&mut app, KeyCode::Enter, at("08:06"));
    let editor = run(&app).editor.as_ref().expect("the note editor is open");
    assert_eq!(editor.text.lines().join("\n"), "Peserta minta materi");
}

#[test]
fn the_offer_can_be_dropped_and_leaves_nothing_behind() {
    let mut app = open(fresh_session());
    type_keys(&mut app, "Ayo kita mulai", at("08:05"), 90);
    assert_eq!(run(&app).session.attendance, fresh_session().attendance, "A then y marked nobody absent");
    assert!(matches!(run(&app).confirm, Some(Confirm::TypedText(_))));
    press(&mut app, KeyCode::Esc, at("08:06"));
    assert!(run(&app).confirm.is_none());
    assert!(run(&app).editor.is_none());
    assert_eq!(run(&app).can_undo(), 0, "nothing the burst did is left to undo");
}

#[test]
fn the_same_mark_key_pressed_quickly_down_the_list_is_a_roll_call() {
    let mut app = open(fresh_session());
    type_keys(&mut app, "pppp", at("08:05"), 150);
    assert_eq!((1..=5).map(|n| status_of(&app, n)).filter(|s| *s == Status::Present).count(), 4);
    assert!(run(&app).confirm.is_none());
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
    feed(&mut app, at("08:00"), [Action::Mark(Status::Present), Action::Mark(Status::Present)]);
    feed(&mut app, at("08:30"), [Action::MarkRestAbsent, Action::Confirm]);
    assert_eq!(
        notice(&app),
        "3 marked absent: Ni Luh Putu Wédari, S.STP., Bambang Setiyono, Yuli Kurniawati, S.E. · u undoes"
    );
}

#[test]
fn q_closes_a_dialog_and_never_the_app() {
    let mut app = open(fresh_session());
    press(&mut app, KeyCode::Char('A'), at("08:00"));
    assert!(matches!(run(&app).confirm, Some(Confirm::RestAbsent(5))));
    assert_eq!(press(&mut app, KeyCode::Char('q'), at("08:01")), None);
    assert!(run(&app).confirm.is_none(), "q closed the question");
    assert_eq!(status_of(&app, 1), Status::Unmarked);
    press(&mut app, KeyCode::Char('?'), at("08:02"));
    assert!(app.help);
    assert_eq!(press(&mut app, KeyCode::Char('q'), at("08:03")), None);
    assert!(!app.help, "q closed the help");
    press(&mut app, KeyCode::Char('w'), at("08:04"));
    press(&mut app, KeyCode::Char('q'), at("08:05"));
    assert_eq!(run(&app).prompt.as_ref().map(|p| p.text.as_str()), Some("q"), "q is a letter of a name");
    press(&mut app, KeyCode::Esc, at("08:06"));
    assert!(run(&app).prompt.is_none());
    // The room's clock, followed from another sigap: Esc does not quit.
    let mut clock = App::new(Lang::En, at("07:50"), 7);
    let opened = OpenedSession {
        mode: OpenMode::Follow,
        ..OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), fresh_session())
    };
    clock.update(Action::Opened(Box::new(opened)), at("07:50"));
    assert_ne!(press(&mut clock, KeyCode::Esc, at("07:51")), Some(Effect::Quit));
}

fn on_the_last_item() -> App {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Action::ToggleTimer]);
    let n = run(&app).session.agenda.len();
    for (i, hm) in ["08:15", "09:45", "10:00", "12:15", "13:15"].into_iter().enumerate().take(n - 1) {
        feed(&mut app, at(hm), [Action::NextItem]);
        assert_eq!(run(&app).session.current_index(), Some(i + 1));
    }
    app
}

#[test]
fn the_last_item_asks_before_ending_the_session_and_can_be_undone() {
    let mut app = on_the_last_item();
    feed(&mut app, at("13:30"), [Action::NextItem]);
    assert_eq!(run(&app).confirm, Some(Confirm::EndSession));
    assert!(run(&app).session.finished_at().is_none(), "nothing ended yet");
    feed(&mut app, at("13:30"), [Action::Cancel]);
    assert!(run(&app).session.finished_at().is_none());
    feed(&mut app, at("13:31"), [Action::NextItem, Action::Confirm]);
    assert_eq!(run(&app).session.finished_at(), Some(at("13:31")));
    feed(&mut app, at("13:32"), [Action::Undo]);
    assert!(run(&app).session.finished_at().is_none());
}

#[test]
fn items_passed_without_running_are_skipped_not_done_in_no_time() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Action::ToggleTimer]);
    feed(&mut app, at("08:15"), [Action::NextItem, Action::NextItem]);
    let s = &run(&app).session;
    assert_eq!(s.agenda[0].state, ItemState::Done);
    assert_eq!(s.agenda[1].state, ItemState::Skipped, "Materi never ran");
    assert_eq!(s.agenda[2].state, ItemState::Running);
    feed(&mut app, at("08:16"), [Action::Undo]);
    assert_eq!(run(&app).session.agenda[1].state, ItemState::Running);
}

#[test]
fn skipping_a_fixed_item_asks_first() {
    let mut app = open(fresh_session());
    feed(&mut app, at("08:00"), [Action::Focus(Pane::Agenda), Action::Down, Action::Down, Action::Down]);
    feed(&mut app, at("08:00"), [Action::Down, Action::SkipItem]);
    assert!(matches!(run(&app).confirm, Some(Confirm::SkipFixed(4))));
    assert_eq!(run(&app).session.agenda[4].state, ItemState::Pending);
    feed(&mut app, at("08:00"), [Action::Confirm]);
    assert_eq!(run(&app).session.agenda[4].state, ItemState::Skipped);
    feed(&mut app, at("08:00"), [Action::Undo]);
    assert_eq!(run(&app).session.agenda[4].state, ItemState::Pending);
}
