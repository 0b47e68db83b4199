//! `sigap search` and `sigap report` on a workshop written for the test:
//! three days of 150 learning minutes each, two run and one to come.
//!
//! - p001 Siti: present, present → 300 of 450 minutes.
//! - p002 Imam: late by exactly the grace time (nothing deducted), then
//!   excused → 150 of 450.
//! - p003 Wédari: left 45 minutes before the planned end, then present →
//!   105 + 150 = 255 of 450.
//! - p004 Budi: added on day 2, present → 150 of 300 (day 1 not planned).

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;
use chrono::{DateTime, Duration, NaiveDate};
use command::sigap;
use predicates::prelude::*;
use sigap::domain::{
    AgendaItem, Gender, ItemId, ItemKind, Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session,
    Status, Timestamp,
};
use sigap::report::GRACE_MINUTES;
use sigap::store::Store;

fn at(day: u32, hm: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(&format!("2017-05-{day:02}T{hm}:00+07:00")).unwrap()
}

fn pid(n: usize) -> ParticipantId {
    ParticipantId::numbered(n)
}

fn person(n: usize, name: &str, gender: Gender) -> Participant {
    let mut p = Participant::new(pid(n), name);
    p.gender = gender;
    p.organisation = format!("Kecamatan K{n}");
    p.kecamatan = format!("K{n}");
    p.kabupaten = "Kab. Magetan".into();
    p
}

fn roster(people: &[usize]) -> Vec<Participant> {
    let mut imam = person(2, "Imam Syafi'i, S.Sos.", Gender::Male);
    imam.disability = Some("tunadaksa".into());
    let all = [
        person(1, "Siti Aminah", Gender::Female),
        imam,
        person(3, "Ni Luh Wédari", Gender::NotRecorded),
        person(4, "Budi Santoso", Gender::Male),
    ];
    people.iter().map(|&n| all[n - 1].clone()).collect()
}

/// A day from 08:00: registration 15, input 90, break 15, discussion 60:
/// 150 learning minutes, planned end 11:00.
fn day(n: u32, workshop: &str, people: &[usize]) -> Session {
    let mut s = Session::new(format!("d{n}"), workshop, format!("Hari {}", n - 7), at(n, "08:00"));
    let items = [
        ("Registrasi", ItemKind::Admin, 15),
        ("Materi", ItemKind::Input, 90),
        ("Rehat", ItemKind::Break, 15),
        ("Diskusi", ItemKind::Discussion, 60),
    ];
    for (i, (title, kind, minutes)) in items.into_iter().enumerate() {
        s.agenda.push(AgendaItem::new(ItemId::numbered(i + 1), title, kind, minutes));
    }
    s.roster = roster(people);
    s
}

fn run(s: &mut Session, n: u32) {
    s.toggle_current(at(n, "08:00"));
    s.finish(at(n, "11:00"));
}

fn note(n: u64, when: Timestamp, kind: NoteKind, text: &str) -> Note {
    Note::new(NoteId::new(when, n), when, kind, text)
}

fn day_one() -> Session {
    let mut s = day(8, "Pelatihan Kepala Desa", &[1, 2, 3]);
    run(&mut s, 8);
    s.set_mark(pid(1), Mark::with_status(Status::Present));
    let arrived = at(8, "08:00") + Duration::minutes(GRACE_MINUTES);
    s.set_mark(pid(2), Mark { status: Status::Late, arrived: Some(arrived), ..Mark::default() });
    s.set_mark(pid(3), Mark { status: Status::LeftEarly, left: Some(at(8, "10:15")), ..Mark::default() });
    s
}

fn day_two() -> Session {
    let mut s = day(9, "Pelatihan Kepala Desa", &[1, 2, 3, 4]);
    run(&mut s, 9);
    for n in [1, 3, 4] {
        s.set_mark(pid(n), Mark::with_status(Status::Present));
    }
    s.set_mark(pid(2), Mark::with_status(Status::Excused));
    let mut action = note(1, at(9, "09:00"), NoteKind::Action, "Kirim proposal inovasi");
    action.owner = Some("Imam Syafi'i".into());
    action.due = NaiveDate::from_ymd_opt(2017, 5, 15);
    let mut done = note(2, at(9, "09:10"), NoteKind::Action, "Bagikan materi");
    done.done = true;
    s.notes = vec![
        note(
            3,
            at(9, "08:30"),
            NoteKind::Note,
            "Diskusi anggaran desa\nImam Syafi'i bertanya soal Dana Desa",
        ),
        action,
        done,
        note(4, at(9, "09:20"), NoteKind::Decision, "Bu Wédari menjadi ketua kelompok"),
        note(5, at(9, "09:30"), NoteKind::Action, "Siapkan ruang presentasi"),
    ];
    s
}

/// The workshop, another workshop that also talks about budgets, and a
/// file that cannot be read. Returns the folder and day 2's path.
fn workshop() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&day_one()).unwrap();
    let (day2, _) = store.create(&day_two()).unwrap();
    store.create(&day(10, "Pelatihan Kepala Desa", &[1, 2, 3, 4])).unwrap();
    let mut other = Session::new("o1", "Lokakarya Anggaran", "Pembukaan", at(12, "13:00"));
    other.notes = vec![note(6, at(12, "13:30"), NoteKind::Question, "Berapa anggaran desa tahun ini?")];
    store.create(&other).unwrap();
    (dir, day2)
}

/// The workshop with a file that no longer parses among its sessions.
fn workshop_with_a_broken_file() -> (tempfile::TempDir, PathBuf) {
    let (dir, day2) = workshop();
    fs::write(dir.path().join("pelatihan-kepala-desa/broken.ron"), "(version: 1, id: ").unwrap();
    (dir, day2)
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn search_prints_one_hit_a_line_and_skips_the_broken_file() {
    let (dir, day2) = workshop_with_a_broken_file();
    let d2 = day2.display();
    // As grep: every hit is printed, and the file it could not read makes
    // the exit code 2.
    sigap(dir.path())
        .args(["search", "syafii"])
        .assert()
        .code(2)
        .stdout(format!("{d2}: 08:30 [note] Imam Syafi'i bertanya soal Dana Desa\n"))
        .stderr(predicate::str::contains("broken.ron").and(predicate::str::contains("(skipped)")));
    sigap(dir.path())
        .args(["search", "WEDARI"])
        .assert()
        .code(2)
        .stdout(format!("{d2}: 09:20 [decision] Bu Wédari menjadi ketua kelompok\n"));
    sigap(dir.path())
        .args(["search", "hari 2"])
        .assert()
        .code(2)
        .stdout(format!("{d2}: 08:00 [session] Hari 2\n"));
}

#[test]
fn search_words_must_all_match_and_nothing_found_exits_1() {
    let (dir, day2) = workshop();
    sigap(dir.path())
        .args(["search", "desa imam"])
        .assert()
        .success()
        .stdout(format!("{}: 08:30 [note] Imam Syafi'i bertanya soal Dana Desa\n", day2.display()));
    sigap(dir.path()).args(["search", "imam lokakarya"]).assert().code(1).stdout("");
    sigap(dir.path()).args(["search", "tidak ada di mana pun"]).assert().code(1).stdout("");
}

#[test]
fn search_filters_by_kind_in_either_language_and_by_workshop() {
    let (dir, day2) = workshop();
    let both = stdout_of(sigap(dir.path()).args(["search", "anggaran"]));
    assert_eq!(both.lines().count(), 2, "{both}");
    let other = stdout_of(sigap(dir.path()).args(["search", "anggaran", "--workshop", "lokakarya"]));
    assert!(other.contains("[question] Berapa anggaran desa tahun ini?"), "{other}");
    assert_eq!(other.lines().count(), 1);
    let by_slug =
        stdout_of(sigap(dir.path()).args(["search", "anggaran", "--workshop", "pelatihan-kepala-desa"]));
    assert!(by_slug.starts_with(&day2.display().to_string()), "{by_slug}");
    sigap(dir.path())
        .args(["search", "ruang", "--kind", "action"])
        .assert()
        .success()
        .stdout(format!("{}: 09:30 [action] Siapkan ruang presentasi\n", day2.display()));
    sigap(dir.path()).args(["search", "proposal", "--kind", "tindak-lanjut"]).assert().success();
    sigap(dir.path()).args(["search", "proposal", "--kind", "keputusan"]).assert().code(1);
    sigap(dir.path())
        .args(["search", "proposal", "--kind", "lunch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"lunch\" is not a note kind"));
}

#[test]
fn search_speaks_indonesian_when_asked() {
    let (dir, day2) = workshop();
    Command::cargo_bin("sigap")
        .unwrap()
        .arg("--dir")
        .arg(dir.path())
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env("SIGAP_LANG", "id")
        .args(["search", "ruang"])
        .assert()
        .success()
        .stdout(format!("{}: 09.30 [tindak lanjut] Siapkan ruang presentasi\n", day2.display()));
}

#[test]
fn report_as_text_shows_the_matrix_totals_actions_and_rules() {
    let (dir, _) = workshop();
    let out = stdout_of(sigap(dir.path()).args(["report", "kepala desa"]));
    let row = |id: &str| out.lines().find(|l| l.trim_start().starts_with(id)).unwrap_or_default().to_string();
    let words = |line: String| line.split_whitespace().map(str::to_string).collect::<Vec<_>>().join(" ");
    assert!(out.starts_with("Attendance report: Pelatihan Kepala Desa\n"), "{out}");
    assert!(out.contains("05-08  05-09  05-10"), "{out}");
    assert_eq!(words(row("p001")), "p001 Siti Aminah H H – 300 450 6.7/10.0 66.6 at risk");
    assert_eq!(words(row("p002")), "p002 Imam Syafi'i, S.Sos. T I – 150 450 3.3/10.0 33.3 cannot reach");
    assert_eq!(words(row("p003")), "p003 Ni Luh Wédari PSW H – 255 450 5.7/10.0 56.6 at risk");
    assert_eq!(words(row("p004")), "p004 Budi Santoso · H – 150 300 3.3/6.7 50.0 at risk");
    assert_eq!(words(row("05-08")), "05-08 Hari 1 150 3.3 3 3 1 1 1 1");
    assert_eq!(words(row("05-09")), "05-09 Hari 2 150 3.3 4 3 1 1 1 0");
    assert!(
        out.contains(
            "Open actions\n  Imam Syafi'i\n    2017-05-09  Hari 2 — due 2017-05-15: Kirim proposal inovasi\n  (no owner)\n    2017-05-09  Hari 2: Siapkan ruang presentasi\n"
        ),
        "{out}"
    );
    assert!(!out.contains("Bagikan materi"), "done actions are not open");
    assert!(out.contains("How this is counted") && out.contains("exactly 80 %"), "{out}");
}

#[test]
fn report_as_csv_parses_back_with_the_numbers() {
    let (dir, _) = workshop();
    let mut cmd = sigap(dir.path());
    cmd.args(["report", "pelatihan-kepala-desa", "--format", "csv", "--threshold", "50"]);
    let out = stdout_of(&mut cmd);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "ID",
            "Name",
            "Gender",
            "Organisation",
            "Kecamatan",
            "Regency/city",
            "2017-05-08",
            "2017-05-09",
            "2017-05-10",
            "attended min",
            "planned min",
            "JP attended",
            "JP planned",
            "%",
            "Standing"
        ]
    );
    let rows: Vec<Vec<String>> =
        reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1][..6], ["p002", "Imam Syafi'i, S.Sos.", "male", "Kecamatan K2", "K2", "Kab. Magetan"]);
    let tail = |r: &Vec<String>| r[6..].join("|");
    assert_eq!(tail(&rows[0]), "H|H|–|300|450|6.7|10.0|66.6|reached");
    assert_eq!(tail(&rows[1]), "T|I|–|150|450|3.3|10.0|33.3|at risk");
    assert_eq!(tail(&rows[2]), "PSW|H|–|255|450|5.7|10.0|56.6|reached");
    // Exactly 50 % of the plan reaches a 50 % threshold.
    assert_eq!(tail(&rows[3]), "|H|–|150|300|3.3|6.7|50.0|reached");
}

#[test]
fn report_for_excel_uses_the_language_separator_and_decimal_mark() {
    let (dir, _) = workshop();
    for (lang, separator, tail) in [
        ("id", b';', "H|H|–|300|450|6,7|10,0|66,6|tercapai"),
        ("en", b',', "H|H|–|300|450|6.7|10.0|66.6|reached"),
    ] {
        let mut cmd = Command::cargo_bin("sigap").unwrap();
        cmd.arg("--dir").arg(dir.path()).args(["--lang", lang]).env("SIGAP_CONFIG", "no-such-settings.ron");
        cmd.args(["report", "pelatihan-kepala-desa", "--format", "csv", "--excel", "--threshold", "50"]);
        let out = cmd.assert().success().get_output().stdout.clone();
        assert_eq!(&out[..3], b"\xEF\xBB\xBF", "{lang}");
        let mut reader = csv::ReaderBuilder::new().delimiter(separator).from_reader(&out[3..]);
        assert_eq!(reader.headers().unwrap().len(), 15, "{lang}");
        let first = reader.records().next().unwrap().unwrap();
        assert_eq!(first.iter().skip(6).collect::<Vec<_>>().join("|"), tail, "{lang}");
    }
}

#[test]
fn report_as_markdown_has_tables_and_the_rules() {
    let (dir, _) = workshop();
    let out = stdout_of(sigap(dir.path()).args(["report", "Kepala", "--format", "md"]));
    assert!(out.starts_with("# Attendance report: Pelatihan Kepala Desa\n"), "{out}");
    assert!(
        out.contains("| p004 | Budi Santoso | · | H | – | 150 | 300 | 3.3/6.7 | 50.0 | at risk |"),
        "{out}"
    );
    assert!(out.contains("| 05-08 | Hari 1 | 150 | 3.3 | 3 | 3 | 1 | 1 | 1 | 1 |"), "{out}");
    assert!(
        out.contains("### Imam Syafi'i\n\n- 2017-05-09  Hari 2 — due 2017-05-15: Kirim proposal inovasi")
    );
    assert!(out.contains("## How this is counted\n\n- A session's time"), "{out}");
}

#[test]
fn report_on_an_unknown_workshop_says_so_in_one_line() {
    let (dir, _) = workshop();
    sigap(dir.path()).args(["report", "bimtek"]).assert().code(2).stdout("").stderr(
        predicate::str::contains(
            "sigap: no workshop matches \"bimtek\" (known: Lokakarya Anggaran, Pelatihan Kepala Desa)\n",
        ),
    );
    sigap(dir.path())
        .args(["report", "a"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"a\" matches more than one workshop"));
    sigap(dir.path()).args(["report", "desa", "--threshold", "120"]).assert().code(2);
}
