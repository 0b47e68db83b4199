//! One workshop run as parallel classes, and a session copied onto two
//! laptops: the workshop report reads them all together.

#[path = "support/builders.rs"]
mod builders;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use builders::{at, fresh_session, person};
use predicates::prelude::*;
use sigap::domain::{Gender, Mark, ParticipantId, Session, Status};
use sigap::report::WorkshopReport;
use sigap::store::Store;

fn sigap(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.arg("--dir").arg(dir).arg("--lang").arg("en").env_remove("SIGAP_DIR").env_remove("SIGAP_LANG");
    cmd
}

/// A finished day of one class: its own people, numbered from p001.
fn class_day(id: &str, class: Option<&str>, names: &[&str]) -> Session {
    let mut s = fresh_session();
    s.id = id.into();
    s.class = class.map(str::to_string);
    s.roster = names.iter().enumerate().map(|(i, n)| person(i + 1, n, Gender::Female)).collect();
    s.toggle_current(at("08:00"));
    s.finish(at("16:00"));
    for i in 0..names.len() {
        s.record_mark(ParticipantId::numbered(i + 1), Mark::with_status(Status::Present), at("08:05"), "x");
    }
    s
}

#[test]
fn new_with_a_class_files_the_session_in_the_class_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = sigap(dir.path())
        .args(["new", "--workshop", "Bimtek Desa", "--title", "Hari 1", "--date", "2017-05-08"])
        .args(["--start", "08:00", "--utc-offset", "+07:00", "--class", "Kelas B"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let path = String::from_utf8(out).unwrap();
    let path = Path::new(path.trim());
    assert!(path.starts_with(dir.path().join("bimtek-desa/kelas-b")), "{}", path.display());
    let session = Store::new(dir.path()).read(path).unwrap();
    assert_eq!(session.class.as_deref(), Some("Kelas B"));
}

#[test]
fn parallel_classes_appear_together_and_keep_their_people_apart() {
    let a = class_day("kelas-a-1", Some("Kelas A"), &["Siti", "Rina"]);
    let b = class_day("kelas-b-1", Some("Kelas B"), &["Made", "Joko", "Ayu"]);
    let report = WorkshopReport::build(&[b, a], 80, at("18:00"));
    let headings: Vec<String> = report.sessions.iter().map(|s| s.heading()).collect();
    assert_eq!(headings, ["Kelas A · Hari 2: Pelayanan dasar", "Kelas B · Hari 2: Pelayanan dasar"]);
    let rows: Vec<String> = report.participants.iter().map(|p| p.heading()).collect();
    assert_eq!(
        rows,
        ["Siti · Kelas A", "Rina · Kelas A", "Made · Kelas B", "Joko · Kelas B", "Ayu · Kelas B"]
    );
    // Siti (p001 of class A) is planned only for class A's session, not for
    // Made's, who is p001 of class B.
    let siti = &report.participants[0];
    assert_eq!(siti.minutes_planned, report.sessions[0].learning_minutes);
    assert_eq!(siti.percent(), Some(100.0));
}

#[test]
fn two_copies_of_one_session_count_once_with_both_copies_work() {
    let mut a = class_day("hari-1", None, &["Siti", "Rina"]);
    let mut b = a.clone();
    a.record_mark(ParticipantId::numbered(2), Mark::with_status(Status::Sick), at("09:00"), "Ratna");
    b.notes.push(sigap::domain::Note::new(
        sigap::domain::NoteId("n1".into()),
        at("09:30"),
        sigap::domain::NoteKind::Action,
        "Kirim RTL",
    ));
    let report = WorkshopReport::build(&[a, b], 80, at("18:00"));
    assert_eq!(report.sessions.len(), 1, "one column, not two");
    assert_eq!(report.participants[1].excused_sessions, 1, "the mark from one copy");
    assert_eq!(report.actions.len(), 1, "the action from the other");
}

#[test]
fn the_report_names_each_class_from_the_file_or_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&class_day("kelas-a-1", Some("Kelas A"), &["Siti", "Rina"])).unwrap();
    // A file without a class, copied into a class folder by hand.
    let b = class_day("kelas-b-1", None, &["Made"]);
    let (path, lock) = store.create(&b).unwrap();
    drop(lock);
    let folder = dir.path().join("bimtek-sekcam-jatim-2017/ruang-melati");
    fs::create_dir_all(&folder).unwrap();
    fs::rename(&path, folder.join("hari-2.ron")).unwrap();
    sigap(dir.path())
        .args(["report", "Bimtek Sekcam"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Kelas A · Hari 2: Pelayanan"))
        .stdout(predicate::str::contains("ruang-melati · Hari 2"))
        .stdout(predicate::str::contains("Made · ruang-melati"));
}

#[test]
fn the_report_screen_names_the_classes() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use sigap::text::Lang;
    use sigap::tui::app::App;
    use sigap::tui::command::Command;
    use sigap::tui::message::{Message, ReportData};

    let now = at("18:00");
    let mut app = App::new(Lang::En, now, 7);
    let sessions = vec![
        class_day("kelas-a-1", Some("Kelas A"), &["Siti", "Rina"]),
        class_day("kelas-b-1", Some("Kelas B"), &["Made"]),
    ];
    let data = ReportData { workshop: "Bimtek".into(), sessions, skipped: Vec::new() };
    app.update(Message::ReportLoaded(Box::new(data)), now);
    let draw = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|frame| sigap::tui::view::render(app, frame)).unwrap();
        terminal.backend().to_string()
    };
    let participants = draw(&app);
    assert!(participants.contains("Made · Kelas B"), "{participants}");
    app.update(Command::NextPane, now);
    let sessions = draw(&app);
    assert!(sessions.contains("Kelas A · Hari 2"), "{sessions}");
    assert!(sessions.contains("Kelas B · Hari 2"), "{sessions}");
}
