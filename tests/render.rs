//! Snapshots of what a facilitator sees, drawn on a test terminal with a
//! fixed clock. Review a changed snapshot as carefully as changed code.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui_textarea::{Input, Key};
use sigap::domain::session::Phase;
use sigap::domain::{Note, NoteId, NoteKind, ParticipantId, Session, Status, Timestamp};
use sigap::store::SessionSummary;
use sigap::text::Lang;
use sigap::tui::app::App;
use sigap::tui::command::{Command, Gesture, Pane};
use sigap::tui::message::{HomeData, HomeRow, Message, OpenedSession, Update};
use sigap::tui::view::render;

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().to_string()
}

fn feed(app: &mut App, now: Timestamp, actions: impl IntoIterator<Item = impl Into<Update>>) {
    for action in actions {
        if app.update(action, now).is_some() {
            app.update(Message::Saved, now);
        }
    }
}

/// The fresh session, started at 08:00, with marks and notes, viewed at `now`.
fn running(now: &str, lang: Lang) -> App {
    let mut app = App::new(lang, at("07:55"), 3);
    let opened = OpenedSession::to_run(PathBuf::from("s.ron"), fresh_session());
    app.update(Message::Opened(Box::new(opened)), at("07:55"));
    feed(&mut app, at("08:00"), [Command::ToggleTimer]);
    feed(&mut app, at("08:15"), [Command::NextItem]);
    feed(&mut app, at("08:05"), [Command::Mark(Status::Present), Command::Mark(Status::Present)]);
    feed(&mut app, at("08:23"), [Command::Mark(Status::Late)]);
    feed(&mut app, at("08:24"), [Command::Mark(Status::Excused)]);
    let s: &mut Session = app.run_mut().unwrap().session_mut();
    let mut note = Note::new(
        NoteId::new(at("08:40"), 1),
        at("08:40"),
        NoteKind::Decision,
        "PATEN ditetapkan dengan perbup sebelum akhir tahun",
    );
    note.item = Some(s.agenda[1].id.clone());
    let mut action = Note::new(
        NoteId::new(at("08:50"), 2),
        at("08:50"),
        NoteKind::Action,
        "Kirim data posyandu aktif\nper desa",
    );
    action.owner = Some("Imam Syafi'i".into());
    action.mentions = vec![ParticipantId::numbered(2)];
    s.notes = vec![note, action];
    feed(&mut app, at(now), [Message::Tick]);
    app
}

#[test]
fn run_view_timer_normal_at_120x40() {
    insta::assert_snapshot!(draw(&running("08:45", Lang::En), 120, 40));
}

#[test]
fn run_view_timer_warning_at_120x40() {
    // 77 of 90 minutes gone: under 20% left.
    insta::assert_snapshot!(draw(&running("09:32", Lang::En), 120, 40));
}

#[test]
fn run_view_timer_overrun_at_120x40() {
    insta::assert_snapshot!(draw(&running("09:57", Lang::En), 120, 40));
}

#[test]
fn run_view_timer_normal_at_80x24() {
    insta::assert_snapshot!(draw(&running("08:45", Lang::En), 80, 24));
}

#[test]
fn run_view_timer_warning_at_80x24() {
    insta::assert_snapshot!(draw(&running("09:32", Lang::En), 80, 24));
}

#[test]
fn run_view_timer_overrun_at_80x24() {
    insta::assert_snapshot!(draw(&running("09:57", Lang::En), 80, 24));
}

#[test]
fn run_view_in_indonesian_at_120x40() {
    insta::assert_snapshot!(draw(&running("09:57", Lang::Id), 120, 40));
}

#[test]
fn help_overlay_lists_the_keys_of_the_view() {
    let mut app = running("08:45", Lang::En);
    feed(&mut app, at("08:45"), [Command::ToggleHelp]);
    insta::assert_snapshot!(draw(&app, 120, 40));
}

#[test]
fn note_editor_with_a_name_to_choose() {
    let mut app = running("08:45", Lang::En);
    let mut actions = vec![Update::from(Command::Focus(Pane::Notes)), Update::from(Command::NewNote)];
    actions.extend(
        "Usul dari @s"
            .chars()
            .map(|c| Gesture::Input(Input { key: Key::Char(c), ..Input::default() }).into()),
    );
    feed(&mut app, at("08:45"), actions);
    insta::assert_snapshot!(draw(&app, 120, 40));
}

fn summary(title: &str, day: u32, phase: Phase, in_room: usize, notes: usize) -> HomeRow {
    let start = at("07:45") + chrono::Duration::days(i64::from(day) - 8);
    HomeRow {
        path: PathBuf::from(format!("sessions/bimtek/{day}.ron")),
        summary: Ok(SessionSummary {
            path: PathBuf::from(format!("sessions/bimtek/{day}.ron")),
            id: format!("id{day}"),
            workshop: "Bimtek Sekcam Jawa Timur 2017".into(),
            title: title.into(),
            venue: "BPSDM Jatim".into(),
            planned_start: start,
            phase,
            roster: 30,
            in_room,
            marked: in_room,
            notes,
            agenda_items: 11,
        }),
    }
}

#[test]
fn home_lists_sessions_by_workshop_newest_first() {
    let mut app = App::new(Lang::En, at("07:30"), 1);
    let rows = vec![
        summary("Hari 3: Inovasi dan kolaborasi lintas sektor", 10, Phase::Running, 12, 4),
        summary("Hari 2: Pelayanan publik yang inklusif", 9, Phase::Finished, 28, 10),
        summary("Hari 1: Kepemimpinan dan akuntabilitas sosial", 8, Phase::Finished, 29, 10),
        HomeRow {
            path: PathBuf::from("sessions/bimtek/rusak.ron"),
            summary: Err(
                "sessions/bimtek/rusak.ron:12:5: a comma is missing here; the file was not changed".into()
            ),
        },
    ];
    app.update(Message::ListLoaded(HomeData { rows, ..HomeData::default() }), at("07:30"));
    insta::assert_snapshot!(draw(&app, 120, 24));
}

/// Every screen draws on a terminal far too small for it without failing.
#[test]
fn tiny_terminals_never_fail() {
    let mut app = running("09:57", Lang::En);
    for (w, h) in [(1, 1), (10, 3), (20, 5), (40, 10), (79, 23)] {
        draw(&app, w, h);
    }
    feed(&mut app, at("09:57"), [Command::ToggleHelp]);
    draw(&app, 12, 4);
    feed(&mut app, at("09:57"), [Command::ToggleHelp, Command::NewNote]);
    draw(&app, 15, 6);
    let mut home = App::new(Lang::Id, at("07:30"), 1);
    home.update(
        Message::ListLoaded(HomeData {
            rows: vec![summary("Hari 1", 8, Phase::Finished, 29, 10)],
            ..HomeData::default()
        }),
        at("07:30"),
    );
    for (w, h) in [(1, 1), (10, 3), (30, 6)] {
        draw(&home, w, h);
    }
    home.update(Command::NewSession, at("07:30"));
    draw(&home, 20, 5);
}

#[test]
fn tiny_terminals_never_fail_in_review_and_report() {
    let mut session = fresh_session();
    session.toggle_current(at("08:00"));
    session.advance(at("08:20"));
    session.finish(at("10:00"));
    let mut app = App::new(Lang::En, at("12:00"), 1);
    let opened = OpenedSession {
        mode: sigap::tui::effect::OpenMode::Review,
        ..OpenedSession::to_run(PathBuf::from("s.ron"), session.clone())
    };
    app.update(Message::Opened(Box::new(opened)), at("12:00"));
    for (w, h) in [(1, 1), (10, 3), (25, 6), (50, 12)] {
        draw(&app, w, h);
    }
    let data = sigap::tui::message::ReportData {
        workshop: session.workshop.clone(),
        sessions: vec![session],
        skipped: vec![],
    };
    app.update(Message::ReportLoaded(Box::new(data)), at("12:00"));
    for (w, h) in [(1, 1), (10, 3), (25, 6), (50, 12)] {
        draw(&app, w, h);
    }
}

/// A question's words are wrapped inside its box, never cut, at any usual size.
#[test]
fn a_question_is_shown_whole_at_every_usual_size() {
    for lang in [Lang::En, Lang::Id] {
        let mut app = App::new(lang, at("07:55"), 3);
        let opened = OpenedSession::to_run(PathBuf::from("s.ron"), fresh_session());
        app.update(Message::Opened(Box::new(opened)), at("07:55"));
        // Far from the planned start, the first Space asks to move the plan.
        app.update(Command::ToggleTimer, at("13:30"));
        let t = lang.text();
        for (width, height) in [(80, 24), (120, 40)] {
            let screen: String = draw(&app, width, height)
                .chars()
                .filter(|c| !"│─┌┐└┘\"\n".contains(*c))
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for words in [t.move_plan_fixed, t.move_plan_keys] {
                for word in words.split_whitespace() {
                    assert!(screen.contains(word), "{lang:?} {width}x{height}: {word:?} of {words:?} is cut");
                }
            }
        }
    }
}
