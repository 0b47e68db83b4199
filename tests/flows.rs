//! Flows: lists of actions fed to `App::update` with a fixed clock, checking
//! the session and the effects the runner would carry out.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use ratatui_textarea::{Input, Key};
use sigap::domain::{Event, ItemState, NoteKind, ParticipantId, Session, Status, Timestamp};
use sigap::text::Lang;
use sigap::tui::app::{App, Confirm, Run, SaveState, View};
use sigap::tui::command::{Command, Gesture, Pane};
use sigap::tui::effect::{Effect, OpenMode};
use sigap::tui::message::{HomeData, HomeRow, Message, OpenedSession, Update};

fn open(session: Session, read_only: Option<&str>) -> App {
    let mut app = App::new(Lang::En, at("07:50"), 7);
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

/// Feed actions at one moment; a save effect is answered as the runner would.
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

fn typed(text: &str) -> Vec<Update> {
    text.chars().map(|c| Gesture::Input(Input { key: Key::Char(c), ..Input::default() }).into()).collect()
}

fn status_of(app: &App, n: usize) -> Status {
    run(app).session().mark(&ParticipantId::numbered(n)).status
}

#[test]
fn the_first_space_starts_the_session_and_every_change_is_saved() {
    let mut app = open(fresh_session(), None);
    assert_eq!(run(&app).save(), SaveState::Saved(None));
    let effect = app.update(Command::ToggleTimer, at("08:02"));
    assert_eq!(effect, Some(Effect::Save), "a change asks to be saved");
    assert_eq!(run(&app).save(), SaveState::Pending, "the header must not say saved before the store has");
    app.update(Message::Saved, at("08:02"));
    assert_eq!(run(&app).save(), SaveState::Saved(Some(at("08:02"))));
    let s = &run(&app).session();
    assert_eq!(s.started_at(), Some(at("08:02")));
    assert_eq!(s.agenda[0].state, ItemState::Running);
    feed(&mut app, at("08:05"), [Command::ToggleTimer]);
    assert_eq!(run(&app).session().agenda[0].state, ItemState::Paused);
    feed(&mut app, at("08:06"), [Command::ToggleTimer]);
    assert_eq!(run(&app).session().agenda[0].state, ItemState::Running);
    assert_eq!(run(&app).session().agenda[0].paused_seconds, 60);
}

#[test]
fn agenda_steps_are_recorded_in_the_log() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:15"), [Command::NextItem]);
    feed(&mut app, at("08:16"), [Command::ExtendItem, Command::ExtendItem, Command::ShortenItem]);
    assert_eq!(run(&app).session().agenda[1].planned_minutes, 95);
    feed(&mut app, at("08:20"), [Command::PreviousItem]);
    let s = &run(&app).session();
    assert_eq!(s.agenda[0].state, ItemState::Running);
    assert_eq!(s.agenda[1].state, ItemState::Pending);
    feed(&mut app, at("08:21"), [Command::NextItem]);
    let events: Vec<&Event> = run(&app).session().log.iter().map(|e| &e.event).collect();
    assert!(
        matches!(
            events[..],
            [
                Event::SessionStarted,
                Event::ItemStarted(_),
                Event::ItemFinished(_),
                Event::ItemStarted(_),
                Event::PlanChanged { .. },
                Event::PlanChanged { .. },
                Event::PlanChanged { .. },
                Event::ItemReset(_),
                Event::ItemReopened(_),
                Event::ItemFinished(_),
                Event::ItemStarted(_)
            ]
        ),
        "{events:?}"
    );
    assert!(run(&app).session().log.iter().all(|e| e.at >= at("08:00")));
}

#[test]
fn skip_takes_the_item_under_the_agenda_cursor() {
    let mut app = open(fresh_session(), None);
    feed(
        &mut app,
        at("08:00"),
        [Command::Focus(Pane::Agenda), Command::Down, Command::Down, Command::SkipItem],
    );
    assert_eq!(run(&app).session().agenda[2].state, ItemState::Skipped);
    assert_eq!(run(&app).focus(), Pane::Agenda);
    feed(&mut app, at("08:00"), [Command::NextPane]);
    assert_eq!(run(&app).focus(), Pane::Attendance);
}

#[test]
fn rebalance_previews_the_new_end_before_changing_anything() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:15"), [Command::NextItem]);
    feed(&mut app, at("10:05"), [Command::Rebalance]); // the input ran 20' over
    let Some(Confirm::Rebalance(plan)) = run(&app).confirm().clone() else { panic!("a preview is shown") };
    assert_eq!(plan.end.format("%H:%M").to_string(), "13:30");
    assert_eq!(
        run(&app).session().agenda[3].planned_minutes,
        135,
        "nothing changes before the preview is confirmed"
    );
    feed(&mut app, at("10:05"), [Command::Confirm]);
    let s = &run(&app).session();
    let total: i64 = s.agenda[2..4].iter().map(|i| i.planned_minutes).sum();
    assert_eq!(total, 150 - 20, "the squeezed items gave back the overrun");
    assert!(s.log.iter().any(|e| matches!(e.event, Event::PlanChanged { .. })));
    feed(&mut app, at("10:06"), [Command::Rebalance, Command::Cancel]);
    assert!(run(&app).confirm().is_none());
}

#[test]
fn roll_call_marks_and_moves_to_the_next_person() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:01"), [Command::Mark(Status::Present), Command::Mark(Status::Present)]);
    feed(&mut app, at("08:17"), [Command::Mark(Status::Late)]);
    feed(&mut app, at("08:20"), [Command::Mark(Status::Excused), Command::Mark(Status::Sick)]);
    assert_eq!(
        (1..=5).map(|n| status_of(&app, n)).collect::<Vec<_>>(),
        [Status::Present, Status::Present, Status::Late, Status::Excused, Status::Sick]
    );
    let wedari = run(&app).session().mark(&ParticipantId::numbered(3));
    assert_eq!(wedari.arrived, Some(at("08:17")));
    assert_eq!(run(&app).session().minutes_late(&wedari), 17);
    feed(&mut app, at("10:00"), [Command::Up, Command::Up, Command::Up, Command::Mark(Status::LeftEarly)]);
    let left = run(&app).session().mark(&ParticipantId::numbered(2));
    assert_eq!((left.status, left.left), (Status::LeftEarly, Some(at("10:00"))));
    feed(
        &mut app,
        at("10:01"),
        [
            Command::Up,
            Command::Mark(Status::Absent),
            Command::Up,
            Command::Up,
            Command::Mark(Status::Unmarked),
        ],
    );
    assert_eq!(status_of(&app, 1), Status::Unmarked);
    assert_eq!(status_of(&app, 2), Status::Absent);
    let cleared = &run(&app).session().attendance[&ParticipantId::numbered(1)];
    assert_eq!(
        (cleared.status, cleared.marked_at),
        (Status::Unmarked, Some(at("10:01"))),
        "clearing is kept with its time, so that a merge does not bring the old mark back"
    );
}

#[test]
fn marks_record_who_gave_them_and_when() {
    assert_eq!(open(fresh_session(), None).author(), "unknown", "nobody said who is at the computer");
    let mut app = App::new(Lang::En, at("07:50"), 7).with_author("Agus");
    let opened = OpenedSession::to_run(PathBuf::from("sessions/w/s.ron"), fresh_session());
    app.update(Message::Opened(Box::new(opened)), at("07:50"));
    feed(&mut app, at("08:03"), [Command::Mark(Status::Present)]);
    feed(&mut app, at("08:20"), [Command::Mark(Status::Late)]);
    let s = &run(&app).session();
    let first = s.mark(&ParticipantId::numbered(1));
    assert_eq!((first.marked_at, first.marked_by.as_deref()), (Some(at("08:03")), Some("Agus")));
    assert_eq!(s.mark(&ParticipantId::numbered(2)).marked_at, Some(at("08:20")));
    feed(&mut app, at("08:30"), [Command::MarkRestAbsent, Command::Confirm]);
    let rest = run(&app).session().mark(&ParticipantId::numbered(5));
    assert_eq!((rest.status, rest.marked_at), (Status::Absent, Some(at("08:30"))));
}

#[test]
fn the_filter_finds_people_by_name_organisation_or_region_ignoring_accents() {
    let mut app = open(fresh_session(), None);
    let mut actions = vec![Update::from(Command::StartFilter)];
    actions.extend(typed("wedari"));
    actions.push(Command::Confirm.into());
    feed(&mut app, at("08:00"), actions);
    assert_eq!(run(&app).visible_people(), vec![2]);
    feed(&mut app, at("08:00"), [Command::Mark(Status::Present)]);
    assert_eq!(status_of(&app, 3), Status::Present);
    feed(&mut app, at("08:00"), [Command::Cancel]);
    assert_eq!(run(&app).visible_people().len(), 5);
    let mut by_org = vec![Update::from(Command::StartFilter)];
    by_org.extend(typed("tegalombo"));
    feed(&mut app, at("08:00"), by_org);
    assert_eq!(run(&app).visible_people(), vec![2]);
}

#[test]
fn the_rest_are_marked_absent_only_after_confirmation() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::Mark(Status::Present), Command::MarkRestAbsent]);
    assert_eq!(run(&app).confirm(), Some(Confirm::RestAbsent(4)));
    assert_eq!(status_of(&app, 2), Status::Unmarked);
    feed(&mut app, at("08:00"), [Command::Confirm]);
    assert_eq!((1..=5).map(|n| status_of(&app, n)).filter(|s| *s == Status::Absent).count(), 4);
    assert_eq!(status_of(&app, 1), Status::Present);
}

#[test]
fn a_walk_in_joins_the_roster_and_is_late_after_the_start() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    let mut actions = vec![Update::from(Command::AddWalkIn)];
    actions.extend(typed("Rina Marlina"));
    actions.extend([Command::NextField, Command::Confirm].map(Update::from));
    feed(&mut app, at("08:40"), actions);
    let s = &run(&app).session();
    let rina = s.roster.last().unwrap();
    assert_eq!((rina.id.0.as_str(), rina.name.as_str()), ("p006", "Rina Marlina"));
    assert_eq!(rina.gender, sigap::domain::Gender::Female);
    let mark = s.mark(&rina.id);
    assert_eq!((mark.status, mark.arrived), (Status::Late, Some(at("08:40"))));
    assert_eq!(run(&app).selected_person().map(|p| p.name.as_str()), Some("Rina Marlina"));
}

#[test]
fn a_reason_is_written_for_the_person_under_the_cursor() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::Mark(Status::Excused), Command::Up, Command::EditReason]);
    let mut actions = typed("dinas luar");
    actions.push(Command::Confirm.into());
    feed(&mut app, at("08:01"), actions);
    let mark = run(&app).session().mark(&ParticipantId::numbered(1));
    assert_eq!((mark.status, mark.reason.as_deref()), (Status::Excused, Some("dinas luar")));
}

#[test]
fn a_note_takes_its_time_item_kind_and_mentions() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:10"), [Command::NewNote]);
    let mut actions = typed("Kirim data posyandu @wed");
    actions.push(Command::Confirm.into()); // choose the name offered for @wed
    actions.extend([Command::InsertNewline].map(Update::from));
    actions.extend(typed("ke kecamatan"));
    actions.extend([Command::CycleNoteKind, Command::CycleNoteKind].map(Update::from));
    feed(&mut app, at("08:11"), actions);
    let effects = feed(&mut app, at("08:12"), [Command::SaveNote]);
    assert!(effects.contains(&Effect::Save));
    let note = run(&app).session().notes.last().cloned().expect("saved");
    assert_eq!(note.at, at("08:10"), "the note keeps the time it was begun");
    assert_eq!(note.kind, NoteKind::Action);
    assert_eq!(note.text, "Kirim data posyandu Ni Luh Putu Wédari, S.STP.\nke kecamatan");
    assert_eq!(note.item, Some(run(&app).session().agenda[0].id.clone()));
    assert_eq!(note.mentions, vec![ParticipantId::numbered(3)]);
    assert_eq!(
        note.owner.as_deref(),
        Some("Ni Luh Putu Wédari, S.STP."),
        "an action is owned by the first person mentioned"
    );
    assert!(run(&app).editor().is_none());
    assert!(run(&app).session().draft.is_none());
}

#[test]
fn an_action_can_have_an_owner_and_due_date_typed() {
    let mut app = open(fresh_session(), None);
    let mut actions = vec![Update::from(Command::NewNote)];
    actions.extend(typed("Susun RTL"));
    actions
        .extend([Command::CycleNoteKind, Command::CycleNoteKind, Command::NextEditorField].map(Update::from));
    actions.extend(typed("Panitia"));
    actions.push(Command::NextEditorField.into());
    actions.extend(typed("2017-05-"));
    actions.push(Command::SaveNote.into());
    feed(&mut app, at("08:00"), actions);
    assert!(
        run(&app).editor().as_ref().and_then(|e| e.error.as_ref()).is_some(),
        "a bad date keeps the editor open"
    );
    feed(&mut app, at("08:00"), typed("31").into_iter().chain([Update::from(Command::SaveNote)]));
    let note = &run(&app).session().notes[0];
    assert_eq!(
        (note.owner.as_deref(), note.due.map(|d| d.to_string())),
        (Some("Panitia"), Some("2017-05-31".into()))
    );
}

#[test]
fn escape_keeps_a_draft_on_disk_and_n_restores_it() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::NewNote]);
    let effects = feed(&mut app, at("08:00"), typed("Setengah kalimat"));
    assert!(effects.is_empty(), "typing is not saved on every key");
    assert!(run(&app).draft_unsaved());
    let tick = feed(&mut app, at("08:01"), [Message::Tick]);
    assert_eq!(tick, vec![Effect::Save], "the next tick (within a second) saves the draft");
    assert_eq!(run(&app).session().draft.as_ref().map(|d| d.text.as_str()), Some("Setengah kalimat"));
    feed(&mut app, at("08:02"), typed(" lagi"));
    let close = feed(&mut app, at("08:02"), [Command::CloseEditor]);
    assert_eq!(close, vec![Effect::Save]);
    assert!(run(&app).editor().is_none());
    assert_eq!(run(&app).session().draft.as_ref().map(|d| d.text.as_str()), Some("Setengah kalimat lagi"));
    feed(&mut app, at("08:30"), [Command::NewNote]);
    let editor = run(&app).editor().as_ref().expect("open");
    assert_eq!(editor.text.lines().join("\n"), "Setengah kalimat lagi");
    assert_eq!(editor.at, at("08:00"), "the draft keeps its first time");
}

#[test]
fn notes_are_edited_deleted_and_actions_ticked_off() {
    let mut app = open(fresh_session(), None);
    let mut actions = vec![Update::from(Command::NewNote)];
    actions.extend(typed("Catatan pertama"));
    actions.push(Command::SaveNote.into());
    feed(&mut app, at("08:00"), actions);
    let id = run(&app).session().notes[0].id.clone();
    let mut edit = vec![Update::from(Command::Focus(Pane::Notes)), Update::from(Command::EditNote)];
    edit.extend(typed(" (revisi)"));
    edit.extend([Command::CycleNoteKind, Command::CycleNoteKind, Command::SaveNote].map(Update::from));
    feed(&mut app, at("08:05"), edit);
    let s = &run(&app).session();
    assert_eq!(s.notes.len(), 1);
    assert_eq!(
        (s.notes[0].id.clone(), s.notes[0].text.as_str(), s.notes[0].at),
        (id.clone(), "Catatan pertama (revisi)", at("08:00"))
    );
    assert_eq!(s.notes[0].edited, Some(at("08:05")));
    feed(&mut app, at("08:06"), [Command::ToggleActionDone]);
    assert!(run(&app).session().notes[0].done);
    assert_eq!(run(&app).session().notes[0].edited, Some(at("08:06")), "an edit records its time");
    feed(&mut app, at("08:07"), [Command::DeleteNote]);
    assert!(run(&app).session().notes.is_empty());
    assert_eq!(
        run(&app).session().deleted_notes.get(&id),
        Some(&at("08:07")),
        "a deleted note leaves a tombstone"
    );
    feed(&mut app, at("08:08"), [Command::Undo]);
    assert_eq!(run(&app).session().notes.len(), 1, "undo brings a deleted note back");
    assert!(run(&app).session().deleted_notes.is_empty(), "and takes its tombstone away");
}

#[test]
fn undo_and_redo_reach_back_at_least_fifty_changes() {
    let mut app = open(fresh_session(), None);
    let original = run(&app).session().clone();
    for i in 0..60 {
        let status = if i % 2 == 0 { Status::Present } else { Status::Late };
        feed(&mut app, at("08:00"), [Command::Mark(status), Command::Up]);
    }
    let marked = run(&app).session().clone();
    assert_eq!(run(&app).can_undo(), 60);
    feed(&mut app, at("08:01"), (0..60).map(|_| Command::Undo));
    assert_eq!(*run(&app).session(), original);
    feed(&mut app, at("08:02"), (0..60).map(|_| Command::Redo));
    assert_eq!(*run(&app).session(), marked);
    feed(&mut app, at("08:03"), [Command::Undo, Command::Mark(Status::Sick), Command::Redo]);
    assert_eq!(
        app.notice().as_ref().map(|n| n.text().as_str()),
        Some("Nothing to redo."),
        "a new change clears redo"
    );
}

#[test]
fn a_failed_save_is_shown_retried_and_guards_quit() {
    let mut app = open(fresh_session(), None);
    assert_eq!(app.update(Command::Mark(Status::Present), at("08:00")), Some(Effect::Save));
    app.update(Message::SaveFailed("disk full".into()), at("08:00"));
    assert!(matches!(run(&app).save(), SaveState::Failed { .. }));
    assert_eq!(status_of(&app, 1), Status::Present, "the change stays in memory");
    assert_eq!(app.update(Message::Tick, at("08:00") + chrono::Duration::seconds(2)), None);
    assert_eq!(app.update(Message::Tick, at("08:00") + chrono::Duration::seconds(5)), Some(Effect::Save));
    assert_eq!(app.update(Command::Quit, at("08:01")), None, "the first q warns");
    assert!(app.notice().as_ref().is_some_and(|n| n.is_problem()));
    assert_eq!(app.update(Command::Quit, at("08:01")), Some(Effect::Quit));
}

#[test]
fn a_read_only_session_refuses_every_change() {
    let mut app = open(fresh_session(), Some("another sigap has it open"));
    let before = run(&app).session().clone();
    let effects = feed(
        &mut app,
        at("08:00"),
        [Command::ToggleTimer, Command::Mark(Status::Present), Command::NewNote, Command::Undo],
    );
    assert!(effects.is_empty());
    assert_eq!(*run(&app).session(), before);
    assert!(run(&app).editor().is_none());
    assert!(app.notice().as_ref().is_some_and(|n| n.is_problem() && n.text().contains("read-only")));
}

#[test]
fn help_toggles_and_quit_quits() {
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleHelp]);
    assert!(app.help());
    assert_eq!(app.contexts()[0], sigap::tui::keymap::Context::Help);
    feed(&mut app, at("08:00"), [Command::Cancel]);
    assert!(!app.help());
    assert_eq!(app.update(Command::Quit, at("08:00")), Some(Effect::Quit));
}

#[test]
fn escape_in_the_run_view_goes_home_and_reloads_the_list() {
    let mut app = open(fresh_session(), None);
    assert_eq!(app.update(Command::Cancel, at("08:00")), Some(Effect::LoadList));
    assert!(matches!(app.view(), View::Home));
}

fn home_with_rows() -> App {
    let mut app = App::new(Lang::En, at("07:52"), 1);
    let dir = tempfile::tempdir().unwrap();
    let store = sigap::store::Store::new(dir.path());
    let (path, _) = store.create(&fresh_session()).unwrap();
    let rows = store
        .list()
        .into_iter()
        .map(|e| HomeRow { path: e.path, summary: e.summary.map_err(|e| e.to_string()) })
        .collect();
    let data = HomeData {
        rows,
        templates: vec!["bimtek-hari".into(), "half-day-workshop".into()],
        rosters: vec!["sekcam.csv".into()],
        last_template: Some("half-day-workshop".into()),
        last_roster: None,
        ..HomeData::default()
    };
    app.update(Message::ListLoaded(data), at("07:52"));
    assert!(path.exists());
    app
}

#[test]
fn home_opens_the_selected_session_and_filters_as_you_type() {
    let mut app = home_with_rows();
    let Some(Effect::Open { path, mode, note: None }) = app.update(Command::Confirm, at("07:52")) else {
        panic!("opens")
    };
    assert_eq!(mode, OpenMode::Run, "a session not yet finished opens to run");
    assert!(path.ends_with("2017-05-08-0800-hari-2-pelayanan-dasar.ron"));
    let mut actions = vec![Update::from(Command::StartFilter)];
    actions.extend(typed("zzz"));
    feed(&mut app, at("07:52"), actions);
    let home = &app.home();
    assert!(home.visible().is_empty());
}

#[test]
fn the_new_session_form_is_prefilled_and_asks_the_runner_to_create() {
    let mut app = home_with_rows();
    feed(&mut app, at("07:52"), [Command::NewSession]);
    let home = &app.home();
    let form = home.form().as_ref().expect("open");
    assert_eq!((form.date.as_str(), form.start.as_str()), ("2017-05-08", "08:00"));
    assert_eq!(form.workshop, "Bimtek Sekcam Jatim 2017", "the selected session's workshop");
    assert_eq!(form.template, Some(1), "the template used last");
    let mut actions = typed("Hari 3");
    actions.extend(
        [
            Command::NextField,
            Command::NextField,
            Command::NextField,
            Command::PreviousChoice,
            Command::NextField,
            Command::NextChoice,
        ]
        .map(Update::from),
    );
    feed(&mut app, at("07:52"), actions);
    let Some(Effect::Create(spec)) = app.update(Command::Confirm, at("07:52")) else { panic!("creates") };
    assert_eq!(spec.title, "Hari 3");
    assert_eq!(spec.template.as_deref(), Some("bimtek-hari"));
    assert_eq!(spec.roster.as_deref(), Some("sekcam.csv"));
    app.update(Message::OpenFailed("disk full".into()), at("07:52"));
    let home = &app.home();
    assert_eq!(
        home.form().as_ref().and_then(|f| f.error.as_deref()),
        Some("disk full"),
        "the form stays open with the error"
    );
}

#[test]
fn home_search_finds_notes_of_every_session_and_opens_at_the_note() {
    let mut session = fresh_session();
    let mut note = sigap::domain::Note::new(
        sigap::domain::NoteId("n-posyandu".into()),
        at("09:12"),
        NoteKind::Decision,
        "Rapat koordinasi\nPosyandu keliling tiap Kamis di Kec. Tegalombo",
    );
    note.item = Some(session.agenda[1].id.clone());
    session.notes.push(note);
    let path = PathBuf::from("sessions/bimtek/hari-2.ron");
    let corpus = sigap::search::Corpus::of_sessions(&[(path.clone(), session.clone())]);
    let row = HomeRow { path: path.clone(), summary: Err("not needed".into()) };
    let mut app = App::new(Lang::En, at("07:52"), 1);
    app.update(Message::ListLoaded(HomeData { rows: vec![row], corpus, ..HomeData::default() }), at("07:52"));
    let mut actions = vec![Update::from(Command::StartFilter)];
    actions.extend(typed("POSYANDU kamis"));
    feed(&mut app, at("07:52"), actions);
    assert_eq!(app.home().hits().len(), 1, "every word, any case, any order");
    assert_eq!(
        app.home().hits()[0].line,
        "Posyandu keliling tiap Kamis di Kec. Tegalombo",
        "the matching line"
    );
    assert_eq!(app.home().items().len(), 1, "no session title matches; the note does");
    feed(&mut app, at("07:52"), [Command::Confirm]);
    assert!(!app.home().filter().typing, "Enter keeps the filter");
    // Opening the hit asks for the note: the row here is unreadable, so the
    // session comes straight from a run-view open as the runner would do it.
    let opened = OpenedSession {
        note: Some(sigap::domain::NoteId("n-posyandu".into())),
        ..OpenedSession::to_run(path, session)
    };
    app.update(Message::Opened(Box::new(opened)), at("07:53"));
    assert_eq!(run(&app).focus(), Pane::Notes);
    assert_eq!(run(&app).selected_note().map(|n| n.id.0.as_str()), Some("n-posyandu"));
}

#[test]
fn enter_on_a_note_hit_opens_its_session_at_that_note() {
    let mut app = home_with_rows();
    let session = fresh_session();
    let path = app.home().data().rows[0].path.clone();
    let mut with_note = session.clone();
    with_note.notes.push(sigap::domain::Note::new(
        sigap::domain::NoteId("n1".into()),
        at("08:30"),
        NoteKind::Question,
        "Bagaimana dengan Syafi'i?",
    ));
    app.home_mut().set_corpus(sigap::search::Corpus::of_sessions(&[(path.clone(), with_note)]));
    let mut actions = vec![Update::from(Command::StartFilter)];
    actions.extend(typed("syafii"));
    actions.push(Command::Confirm.into());
    feed(&mut app, at("07:52"), actions);
    assert_eq!(app.home().items().len(), 1);
    let effect = app.update(Command::Confirm, at("07:52"));
    assert_eq!(
        effect,
        Some(Effect::Open { path, mode: OpenMode::Run, note: Some(sigap::domain::NoteId("n1".into())) })
    );
}

#[test]
fn starting_on_another_day_offers_to_move_the_plan() {
    let next_week = at("10:30") + chrono::Duration::days(7);
    let mut app = open(fresh_session(), None);
    feed(&mut app, next_week, [Command::ToggleTimer]);
    assert_eq!(run(&app).confirm(), Some(Confirm::MovePlan));
    assert!(run(&app).session().started_at().is_none(), "nothing starts before the answer");
    feed(&mut app, next_week, [Command::Cancel]);
    assert!(run(&app).confirm().is_none() && run(&app).session().started_at().is_none());
    feed(&mut app, next_week, [Command::ToggleTimer, Command::Confirm]);
    let s = &run(&app).session();
    assert_eq!((s.planned_start, s.started_at()), (next_week, Some(next_week)));
    assert_eq!(
        s.agenda[4].fixed_start.map(|t| t.to_string()).as_deref(),
        Some("12:15:00"),
        "lunch keeps its time"
    );
    assert!(s.log.iter().any(|e| matches!(e.event, Event::PlanMoved { .. })));
    let p = sigap::domain::schedule::project(s, next_week);
    assert!(p.squeezes.iter().all(|sq| sq.fixed == 4), "only lunch can be squeezed");

    let mut old_plan = open(fresh_session(), None);
    feed(&mut old_plan, next_week, [Command::ToggleTimer, Command::Decline]);
    let s = &run(&old_plan).session();
    assert_eq!((s.planned_start, s.started_at()), (at("08:00"), Some(next_week)), "n starts on the old plan");
}

#[test]
fn going_home_is_refused_while_a_change_is_not_on_disk() {
    let mut app = open(fresh_session(), None);
    app.update(Command::Mark(Status::Present), at("08:00"));
    app.update(Message::SaveFailed("disk full".into()), at("08:00"));
    assert_eq!(app.update(Command::Cancel, at("08:00")), None);
    assert!(app.run().is_some(), "the session stays open with its change");
    assert!(app.notice().as_ref().is_some_and(|n| n.is_problem()));
    app.update(Message::Saved, at("08:01"));
    assert_eq!(app.update(Command::Cancel, at("08:01")), Some(Effect::LoadList));
}

#[test]
fn a_failed_save_is_retried_while_the_editor_is_open() {
    let mut app = open(fresh_session(), None);
    app.update(Command::Mark(Status::Present), at("08:00"));
    app.update(Message::SaveFailed("disk full".into()), at("08:00"));
    app.update(Command::NewNote, at("08:00"));
    assert_eq!(app.update(Message::Tick, at("08:00") + chrono::Duration::seconds(6)), Some(Effect::Save));
}

#[test]
fn e_exports_the_open_session_and_the_notice_says_where() {
    use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};
    let mut app = open(fresh_session(), None);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    // The key table sends Shift+E in the run view to the export.
    let key = TermEvent::Key(KeyEvent::new(KeyCode::Char('E'), KeyModifiers::SHIFT));
    assert_eq!(sigap::tui::keymap::from_event(&app.contexts(), key), Some(Gesture::Command(Command::Export)));
    let effect = app.update(Command::Export, at("08:01"));
    let Some(Effect::Export { session, path }) = effect else { panic!("{effect:?}") };
    assert_eq!(path, PathBuf::from("sessions/w/s.ron"));
    assert_eq!(*session, *run(&app).session());
    let written = ["s-minutes.md", "s-attendance.html", "s-attendance.csv"]
        .map(|n| PathBuf::from("sessions/exports").join(n))
        .to_vec();
    app.update(Message::Exported(written), at("08:01"));
    let notice = app.notice().clone().unwrap();
    assert_eq!(
        notice.text(),
        "Exported to sessions/exports/: s-minutes.md, -attendance.html, -attendance.csv"
    );
    assert!(!notice.is_problem());
    app.update(Message::ExportFailed("disk full".into()), at("08:02"));
    assert!(app.notice().clone().unwrap().is_problem());
    // On the home screen there is nothing to export.
    app.update(Command::Cancel, at("08:03"));
    assert_eq!(app.update(Command::Export, at("08:03")), None);
}

#[test]
fn present_after_the_grace_offers_late_with_the_minutes() {
    let mut app = open(fresh_session(), None);
    app.run_mut().unwrap().set_grace_minutes(10);
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    // Within the grace: present, no question.
    feed(&mut app, at("08:10"), [Command::Mark(Status::Present)]);
    assert_eq!(status_of(&app, 1), Status::Present);
    // After it, and after the roll call that began at 08:10: the question,
    // with the minutes.
    feed(&mut app, at("08:27"), [Command::Mark(Status::Present)]);
    assert!(
        matches!(run(&app).confirm(), Some(Confirm::LateOffer { minutes: 27, .. })),
        "{:?}",
        run(&app).confirm()
    );
    assert_eq!(status_of(&app, 2), Status::Unmarked);
    feed(&mut app, at("08:27"), [Command::Confirm]);
    let mark = run(&app).session().mark(&ParticipantId::numbered(2));
    assert_eq!((mark.status, mark.arrived), (Status::Late, Some(at("08:27"))));
    // No: present all the same. Esc: nothing.
    feed(&mut app, at("08:30"), [Command::Mark(Status::Present), Command::Decline]);
    assert_eq!(status_of(&app, 3), Status::Present);
    feed(&mut app, at("08:31"), [Command::Mark(Status::Present), Command::Cancel]);
    assert_eq!(status_of(&app, 4), Status::Unmarked);
    // Correcting a mark is not an arrival: no question.
    feed(&mut app, at("08:32"), [Command::Up, Command::Up, Command::Mark(Status::Present)]);
    assert!(run(&app).confirm().is_none());
    assert_eq!(status_of(&app, 2), Status::Present);
}
