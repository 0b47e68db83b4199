//! The review of a finished session: snapshots of what the facilitator reads
//! back, and the keys that move between sessions, panes and groupings.

#[path = "support/builders.rs"]
mod builders;

use std::path::PathBuf;

use builders::{at, fresh_session, person};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sigap::domain::session::Phase;
use sigap::domain::{Gender, ItemId, Mark, Note, NoteId, NoteKind, ParticipantId, Session, Status};
use sigap::store::SessionSummary;
use sigap::text::Lang;
use sigap::tui::app::{App, Review, ReviewPane, View};
use sigap::tui::command::Command;
use sigap::tui::effect::{Effect, OpenMode};
use sigap::tui::message::{HomeData, HomeRow, Message, OpenedSession};
use sigap::tui::view::render;

const WORKSHOP: &str = "Bimtek Sekcam Jatim 2017";

fn path(day: u32) -> PathBuf {
    PathBuf::from(format!("sessions/bimtek/2017-05-{day:02}.ron"))
}

fn note(hm: &str, n: u64, kind: NoteKind, item: Option<usize>, text: &str) -> Note {
    let mut note = Note::new(NoteId::new(at(hm), n), at(hm), kind, text);
    note.item = item.map(ItemId::numbered);
    note
}

/// Day 2 as it was run: a long opening and input, the coffee break skipped,
/// group work short, lunch over, the reflection never held.
fn finished_session() -> Session {
    let mut s = fresh_session();
    s.toggle_current(at("08:02"));
    s.advance(at("08:20"));
    s.advance(at("10:02"));
    s.skip(2, at("10:02"));
    s.advance(at("10:02"));
    s.advance(at("12:10"));
    s.finish(at("13:12"));
    s.roster[1].disability = Some("tunadaksa".into());
    s.roster.push(person(6, "Agus Prasetyo, S.IP.", Gender::Male));
    s.roster.push(person(7, "Rina Marlina", Gender::NotRecorded));
    let mark = |status, arrived: Option<&str>, left: Option<&str>, reason: Option<&str>| Mark {
        status,
        arrived: arrived.map(at),
        left: left.map(at),
        reason: reason.map(String::from),
        ..Mark::default()
    };
    let marks = [
        mark(Status::Present, None, None, None),
        mark(Status::Late, Some("08:25"), None, Some("macet di Maospati")),
        mark(Status::LeftEarly, None, Some("11:30"), Some("dipanggil camat")),
        mark(Status::Sick, None, None, Some("demam")),
        mark(Status::Late, Some("08:40"), None, None),
        mark(Status::Absent, None, None, None),
    ];
    for (n, m) in marks.into_iter().enumerate() {
        s.set_mark(ParticipantId::numbered(n + 1), m);
    }
    let mut action = note("10:45", 4, NoteKind::Action, Some(4), "Kirim data posyandu aktif per desa");
    action.owner = Some("Imam Syafi'i".into());
    action.due = NaiveDate::from_ymd_opt(2017, 5, 15);
    let mut done = note("11:20", 5, NoteKind::Action, Some(4), "Bagikan bahan tayang ke grup WA");
    done.done = true;
    s.notes = vec![
        note("08:10", 1, NoteKind::Note, Some(1), "Dibuka oleh Kepala Bakorwil Madiun."),
        note("08:40", 2, NoteKind::Decision, Some(2), "PATEN ditetapkan dengan perbup sebelum akhir tahun."),
        note(
            "09:30",
            3,
            NoteKind::Question,
            Some(2),
            "Bolehkah akta kelahiran dilayani di kecamatan?\nJawaban: lewat jemput bola bersama Dispendukcapil.",
        ),
        action,
        done,
        note("12:30", 6, NoteKind::ParkingLot, None, "Dana Desa untuk sarana ramah disabilitas?"),
        // Taken earlier than the decision, added later: shown in time order.
        note("08:25", 7, NoteKind::Note, Some(2), "Peserta aktif bertanya tentang pelimpahan kewenangan."),
    ];
    s
}

fn row(day: u32, title: &str, phase: Phase) -> HomeRow {
    let start = at("08:00") + chrono::Duration::days(i64::from(day) - 8);
    HomeRow {
        path: path(day),
        summary: Ok(SessionSummary {
            path: path(day),
            id: format!("id{day}"),
            workshop: WORKSHOP.into(),
            title: title.into(),
            venue: String::new(),
            planned_start: start,
            phase,
            roster: 7,
            in_room: 5,
            marked: 6,
            notes: 7,
            agenda_items: 6,
        }),
    }
}

/// An app that listed three days of the workshop and opened the one of
/// `day` for review, at `note` if given.
fn reviewing(lang: Lang, day: u32, note: Option<NoteId>) -> App {
    let mut app = App::new(lang, at("13:30"), 7);
    let rows = vec![
        row(10, "Hari 3: Inovasi", Phase::Planned),
        row(9, "Hari 2: Pelayanan dasar", Phase::Finished),
        row(8, "Hari 1: Kepemimpinan", Phase::Finished),
    ];
    app.update(Message::ListLoaded(HomeData { rows, ..HomeData::default() }), at("13:30"));
    let opened = OpenedSession {
        path: path(day),
        session: finished_session(),
        read_only: None,
        notice: None,
        mode: OpenMode::Review,
        note,
    };
    app.update(Message::Opened(Box::new(opened)), at("13:30"));
    app
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(app, frame)).unwrap();
    terminal.backend().to_string()
}

fn review(app: &App) -> &Review {
    match &app.view() {
        View::Review(review) => review,
        other => panic!("not reviewing: {other:?}"),
    }
}

#[test]
fn review_at_120x40() {
    insta::assert_snapshot!(draw(&reviewing(Lang::En, 9, None), 120, 40));
}

#[test]
fn review_at_80x24() {
    insta::assert_snapshot!(draw(&reviewing(Lang::En, 9, None), 80, 24));
}

#[test]
fn review_notes_by_kind_at_120x40() {
    let mut app = reviewing(Lang::En, 9, None);
    app.update(Command::ToggleGrouping, at("13:30"));
    insta::assert_snapshot!(draw(&app, 120, 40));
}

#[test]
fn review_opened_at_a_note_at_80x24() {
    let app = reviewing(Lang::En, 9, Some(NoteId::new(at("12:30"), 6)));
    insta::assert_snapshot!(draw(&app, 80, 24));
}

#[test]
fn review_in_indonesian_at_120x40() {
    insta::assert_snapshot!(draw(&reviewing(Lang::Id, 9, None), 120, 40));
}

#[test]
fn scrolling_stops_at_the_end_of_a_pane() {
    let mut app = reviewing(Lang::En, 9, None);
    app.update(Command::NextPane, at("13:30"));
    let before = draw(&app, 80, 24);
    for _ in 0..3 {
        app.update(Command::PageDown, at("13:30"));
    }
    let far = draw(&app, 80, 24);
    assert_ne!(before, far, "the attendance scrolls");
    app.update(Command::PageDown, at("13:30"));
    assert_eq!(far, draw(&app, 80, 24), "nothing is drawn past the end");
}

#[test]
fn brackets_move_between_the_sessions_of_the_workshop() {
    let mut app = reviewing(Lang::En, 9, None);
    assert_eq!(review(&app).siblings(), [path(8), path(9), path(10)]);
    let next = app.update(Command::NextSession, at("13:30"));
    assert_eq!(next, Some(Effect::Open { path: path(10), mode: OpenMode::Review, note: None }));
    let previous = app.update(Command::PreviousSession, at("13:30"));
    assert_eq!(previous, Some(Effect::Open { path: path(8), mode: OpenMode::Review, note: None }));
}

#[test]
fn there_is_nothing_before_the_first_session() {
    let mut app = reviewing(Lang::En, 8, None);
    assert_eq!(app.update(Command::PreviousSession, at("13:30")), None);
    let notice = app.notice().as_ref().map(|n| n.text().as_str());
    assert_eq!(notice, Some(app.text().no_more_sessions));
    assert!(matches!(app.view(), View::Review(_)), "still reviewing");
}

#[test]
fn e_opens_the_session_to_run_at_the_same_note() {
    let note = NoteId::new(at("12:30"), 6);
    let mut app = reviewing(Lang::En, 9, Some(note.clone()));
    let effect = app.update(Command::EditSession, at("13:30"));
    assert_eq!(effect, Some(Effect::Open { path: path(9), mode: OpenMode::Run, note: Some(note) }));
}

#[test]
fn g_toggles_the_grouping_of_the_notes() {
    let mut app = reviewing(Lang::En, 9, None);
    assert!(!review(&app).by_kind());
    assert_eq!(app.update(Command::ToggleGrouping, at("13:30")), None);
    assert!(review(&app).by_kind());
    app.update(Command::ToggleGrouping, at("13:30"));
    assert!(!review(&app).by_kind());
}

#[test]
fn tab_cycles_the_panes_and_a_note_opens_in_the_notes() {
    let mut app = reviewing(Lang::En, 9, None);
    let mut seen = vec![review(&app).focus()];
    for _ in 0..4 {
        app.update(Command::NextPane, at("13:30"));
        seen.push(review(&app).focus());
    }
    use ReviewPane::*;
    assert_eq!(seen, [Agenda, Attendance, Notes, Actions, Agenda]);
    let at_note = reviewing(Lang::En, 9, Some(NoteId::new(at("12:30"), 6)));
    assert_eq!(review(&at_note).focus(), Notes);
}

#[test]
fn r_loads_the_workshop_report_and_esc_goes_home() {
    let mut app = reviewing(Lang::En, 9, None);
    assert_eq!(app.update(Command::OpenReport, at("13:30")), Some(Effect::LoadReport(WORKSHOP.into())));
    app.update(Command::Cancel, at("13:30"));
    assert!(matches!(app.view(), View::Home));
    assert_eq!(app.home().siblings(&path(9)).len(), 3, "the list is as it was left");
}
