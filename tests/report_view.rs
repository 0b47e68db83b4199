//! The workshop report on screen: snapshots at both sizes, with the at-risk
//! filter, with the sessions pane focused and in Indonesian, and the keys
//! that change it. The workshop is built here with a fixed clock.

#[path = "support/builders.rs"]
mod builders;

use builders::{fresh_session, person};
use chrono::{DateTime, NaiveDate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sigap::domain::{Gender, Mark, Note, NoteId, NoteKind, ParticipantId, Session, Status, Timestamp};
use sigap::report::Standing;
use sigap::text::Lang;
use sigap::tui::app::{App, ReportPane, View};
use sigap::tui::command::Command;
use sigap::tui::message::{Message, ReportData, Update};
use sigap::tui::view::render;

/// 2017-05-`day` at `hm` in WIB (+07:00).
fn on(day: u32, hm: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(&format!("2017-05-{day:02}T{hm}:00+07:00")).unwrap()
}

fn pid(n: usize) -> ParticipantId {
    ParticipantId::numbered(n)
}

/// The fresh training day moved to `day`: 240 learning minutes, 08:00–13:30.
fn day(day: u32, title: &str) -> Session {
    let mut s = fresh_session();
    s.id = format!("201705{day:02}-0800-day{day}");
    s.title = title.into();
    s.planned_start = on(day, "08:00");
    s.roster[1].disability = Some("tunadaksa".into());
    s
}

fn held(mut s: Session, day: u32) -> Session {
    s.toggle_current(on(day, "08:00"));
    s.finish(on(day, "13:30"));
    s
}

fn action(day: u32, n: u64, text: &str, owner: Option<&str>, due: Option<u32>) -> Note {
    let at = on(day, "10:00");
    let mut note = Note::new(NoteId::new(at, n), at, NoteKind::Action, text);
    note.owner = owner.map(str::to_string);
    note.due = due.and_then(|d| NaiveDate::from_ymd_opt(2017, 5, d));
    note
}

fn mark(status: Status) -> Mark {
    Mark::with_status(status)
}

/// Three days: two held with late, izin, sakit, alpa and an early departure,
/// a walk-in from day 2 whose gender was not recorded, and a short day 3 to
/// come. Learning time 240 + 240 + 120 = 600 minutes, 480 for 80 %.
fn workshop() -> Vec<Session> {
    let mut d1 = held(day(8, "Hari 1: Kepemimpinan"), 8);
    let late = Mark { status: Status::Late, arrived: Some(on(8, "08:40")), ..Mark::default() };
    for (n, m) in [(1, mark(Status::Present)), (2, late), (3, mark(Status::Present))] {
        d1.set_mark(pid(n), m);
    }
    d1.set_mark(pid(4), mark(Status::Absent));
    d1.set_mark(pid(5), Mark { reason: Some("surat tugas".into()), ..mark(Status::Excused) });
    d1.notes = vec![action(8, 1, "Kirim proposal inovasi", Some("Imam Syafi'i"), Some(15))];

    let mut d2 = day(9, "Hari 2: Pelayanan dasar");
    d2.roster.push(person(6, "Rina Marlina", Gender::NotRecorded));
    let mut d2 = held(d2, 9);
    let left = Mark { status: Status::LeftEarly, left: Some(on(9, "12:30")), ..Mark::default() };
    for (n, m) in [(1, mark(Status::Present)), (2, mark(Status::Present)), (3, left)] {
        d2.set_mark(pid(n), m);
    }
    d2.set_mark(pid(4), mark(Status::Sick));
    d2.set_mark(pid(5), mark(Status::Present));
    d2.set_mark(pid(6), mark(Status::Present));
    let mut done = action(9, 4, "Sudah dikirim", Some("Agus P."), None);
    done.done = true;
    d2.notes = vec![
        action(9, 2, "Rekap daftar hadir\nke BPSDM Jatim", Some("Agus P."), Some(8)),
        action(9, 3, "Siapkan ruang pleno untuk presentasi rencana tindak lanjut hari 3", None, None),
        done,
    ];

    let mut d3 = day(10, "Hari 3: Rencana tindak lanjut");
    d3.roster.push(person(6, "Rina Marlina", Gender::NotRecorded));
    d3.agenda[3].planned_minutes = 15;
    vec![d1, d2, d3]
}

fn loaded(lang: Lang) -> App {
    let now = on(9, "18:00");
    let mut app = App::new(lang, now, 7);
    let data = ReportData {
        workshop: "Bimtek Sekcam Jatim 2017".into(),
        sessions: workshop(),
        skipped: vec!["x.ron:3:1: expected `(`".into()],
    };
    app.update(Message::ReportLoaded(Box::new(data)), now);
    app
}

fn press(app: &mut App, actions: impl IntoIterator<Item = impl Into<Update>>) {
    for a in actions {
        assert_eq!(app.update(a, on(9, "18:01")), None);
    }
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().to_string()
}

fn standings(app: &App) -> Vec<Standing> {
    let View::Report(view) = &app.view() else { panic!("not the report view") };
    view.report().participants.iter().map(|p| p.standing).collect()
}

#[test]
fn report_at_120x40() {
    insta::assert_snapshot!(draw(&loaded(Lang::En), 120, 40));
}

#[test]
fn report_at_80x24() {
    insta::assert_snapshot!(draw(&loaded(Lang::En), 80, 24));
}

#[test]
fn report_at_risk_only() {
    let mut app = loaded(Lang::En);
    press(&mut app, [Command::ToggleAtRisk]);
    insta::assert_snapshot!(draw(&app, 120, 40));
}

#[test]
fn report_sessions_pane_focused_at_120x40() {
    let mut app = loaded(Lang::En);
    press(&mut app, [Command::NextPane]);
    insta::assert_snapshot!(draw(&app, 120, 40));
}

#[test]
fn report_sessions_pane_focused_at_80x24() {
    let mut app = loaded(Lang::En);
    press(&mut app, [Command::NextPane]);
    insta::assert_snapshot!(draw(&app, 80, 24));
}

#[test]
fn report_actions_pane_focused_at_80x24() {
    let mut app = loaded(Lang::En);
    press(&mut app, [Command::NextPane, Command::NextPane, Command::Down]);
    insta::assert_snapshot!(draw(&app, 80, 24));
}

#[test]
fn report_in_indonesian() {
    insta::assert_snapshot!(draw(&loaded(Lang::Id), 120, 40));
}

#[test]
fn plus_raises_the_threshold_and_the_standings_follow() {
    use Standing::*;
    let mut app = loaded(Lang::En);
    // Siti attended 480 of 600 minutes: exactly 80 %.
    assert_eq!(standings(&app), vec![Reached, AtRisk, AtRisk, CannotReach, CannotReach, AtRisk]);
    press(&mut app, [Command::RaiseThreshold]);
    let View::Report(view) = &app.view() else { panic!("not the report view") };
    assert_eq!((view.threshold(), view.report().threshold_percent), (85, 85));
    // 510 needed: Siti can still reach it, but only by attending day 3 in full.
    assert_eq!(standings(&app), vec![AtRisk, AtRisk, AtRisk, CannotReach, CannotReach, AtRisk]);
    assert!(draw(&app, 120, 40).contains("certificate at 85%"));
    press(&mut app, [Command::LowerThreshold, Command::LowerThreshold]);
    assert_eq!(standings(&app)[0], Reached);
}

#[test]
fn the_cursor_stays_on_the_list_and_the_filter_narrows_it() {
    let mut app = loaded(Lang::En);
    press(&mut app, [Command::PageDown, Command::PageDown]);
    let View::Report(view) = &app.view() else { panic!("not the report view") };
    assert_eq!(view.scroll()[0], 5, "clamped to the last of six participants");
    press(&mut app, [Command::Up]);
    let View::Report(view) = &app.view() else { panic!("not the report view") };
    assert_eq!(view.scroll()[0], 4, "one step up moves at once");
    press(&mut app, [Command::ToggleAtRisk]);
    let View::Report(view) = &app.view() else { panic!("not the report view") };
    assert_eq!((view.visible_rows().len(), view.scroll()[0]), (5, 0));
    press(&mut app, [Command::NextPane, Command::NextPane]);
    let View::Report(view) = &app.view() else { panic!("not the report view") };
    assert_eq!(view.focus(), ReportPane::Actions);
}

#[test]
fn escape_goes_back_home() {
    let mut app = loaded(Lang::En);
    press(&mut app, [Command::Cancel]);
    assert!(matches!(app.view(), View::Home));
}

#[test]
fn a_narrow_terminal_drops_the_earliest_sessions_first() {
    let screen = draw(&loaded(Lang::En), 70, 24);
    assert!(screen.contains("‹ 1 earlier off screen"), "{screen}");
    assert!(screen.contains("480/600 10.7/13.3 80.0 ✓ reached"), "numbers stay whole: {screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn many_sessions_and_none_still_draw() {
    let now = on(20, "18:00");
    let many: Vec<Session> = (8..20).map(|d| held(day(d, &format!("Hari {}", d - 7)), d)).collect();
    let mut app = App::new(Lang::En, now, 7);
    let data = ReportData { workshop: "Bimtek".into(), sessions: many, skipped: vec![] };
    app.update(Message::ReportLoaded(Box::new(data)), now);
    for (w, h) in [(120, 40), (80, 24)] {
        let screen = draw(&app, w, h);
        assert!(screen.contains("05-19"), "the latest session shows at {w}×{h}: {screen}");
    }
    // Narrower than the app is made for: the numbers, no session column.
    assert!(draw(&app, 60, 20).contains("‹ 12 earlier off screen"));
    press(&mut app, [Command::NextPane, Command::PageDown]);
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Hari 12"), "{screen}");
    let mut empty = App::new(Lang::Id, now, 7);
    let data = ReportData { workshop: "Kosong".into(), sessions: vec![], skipped: vec![] };
    empty.update(Message::ReportLoaded(Box::new(data)), now);
    for pane in 0..3 {
        assert!(draw(&empty, 80, 24).contains("Rekapitulasi kehadiran: Kosong"), "pane {pane}");
        press(&mut empty, [Command::NextPane]);
    }
}
