//! Under `--lang id` every message is Indonesian, and numbers, dates and
//! times are written the Indonesian way.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use chrono::{FixedOffset, NaiveDate, TimeZone};
use sigap::export::Format;
use sigap::text::{EN, ID};

/// Words that give away an English message.
const ENGLISH: [&str; 11] = [
    "expected",
    "found",
    "line",
    "row",
    "not found",
    "already exists",
    "error",
    "invalid",
    "missing",
    "minutes",
    "attendance",
];

const ROSTER_CSV: &str = "Nama;Jenis Kelamin\nSiti Aminah;P\n";

/// sigap in Indonesian over `dir`, with none of the caller's settings.
fn sigap_id(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.current_dir(dir)
        .arg("--dir")
        .arg(dir)
        .arg("--lang")
        .arg("id")
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env_remove("SIGAP_LANG");
    cmd
}

/// The output of a run that fails, the folder's path taken out (a
/// temporary name may hold any letters).
fn said(dir: &Path, args: &[&str]) -> String {
    let out = sigap_id(dir).args(args).output().unwrap();
    assert!(!out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stdout));
    let text = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    text.replace(&dir.display().to_string(), "DIR")
}

fn assert_indonesian(text: &str, word: &str) {
    assert!(text.contains(word), "no \"{word}\" in: {text}");
    let lower = text.to_lowercase();
    for english in ENGLISH {
        assert!(!lower.contains(english), "\"{english}\" in: {text}");
    }
}

#[test]
fn a_missing_file_is_said_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let text = said(dir.path(), &["show", "tidak-ada.ron"]);
    assert_indonesian(&text, "tidak ditemukan");
}

#[test]
fn a_broken_session_file_is_said_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rusak.ron"), "(\n  version: 1,\n  id: \"x\" ?\n").unwrap();
    let text = said(dir.path(), &["show", "rusak.ron"]);
    assert_indonesian(&text, "berkas tidak diubah");
    fs::write(dir.path().join("sisa.ron"), "(\n  version: 1,\n) )\n").unwrap();
    let text = said(dir.path(), &["show", "sisa.ron"]);
    assert_indonesian(&text, "berkas tidak diubah");
    fs::write(dir.path().join("nilai.ron"), "(\n  version: 1,\n  id: 12,\n)\n").unwrap();
    let text = said(dir.path(), &["show", "nilai.ron"]);
    assert_indonesian(&text, "berkas tidak diubah");
}

#[test]
fn a_roster_with_a_title_row_is_refused_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("daftar.csv"), "Daftar Hadir Bimtek\nNama,Gender\nAni,X\n").unwrap();
    let text = said(dir.path(), &["roster", "import", "daftar.csv"]);
    assert_indonesian(&text, "baris 1");
}

#[test]
fn an_existing_roster_is_not_written_over_and_says_so_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("daftar.csv"), ROSTER_CSV).unwrap();
    sigap_id(dir.path()).args(["roster", "import", "daftar.csv", "-o", "ada.ron"]).assert().success();
    let text = said(dir.path(), &["roster", "import", "daftar.csv", "-o", "ada.ron"]);
    assert_indonesian(&text, "sudah ada");
}

#[test]
fn creation_errors_are_said_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let new = ["new", "--workshop", "W", "--title", "T", "--date", "2017-05-09", "--start", "07:45"];
    let text = said(dir.path(), &[&new[..], &["--template", "tidak-ada"]].concat());
    assert_indonesian(&text, "templat");
    let text = said(dir.path(), &[&new[..], &["--roster", "tidak-ada"]].concat());
    assert_indonesian(&text, "daftar peserta");
}

#[test]
fn check_reports_its_findings_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("rusak.ron"), "(\n  version: 1,\n  id: \"x\" ?\n").unwrap();
    fs::write(dir.path().join("daftar.csv"), "Daftar Hadir Bimtek\nNama,Gender\nAni,X\n").unwrap();
    let text = said(dir.path(), &["check", "rusak.ron", "daftar.csv"]);
    assert_indonesian(&text, "bermasalah");
    assert!(text.contains("baris 1: tidak ada kolom nama"), "{text}");
}

#[test]
fn numbers_are_written_the_indonesian_way() {
    let n = &ID.notation;
    assert_eq!(n.decimal(8.6, 1), "8,6");
    assert_eq!(n.percent(94.8), "94,8%");
    assert_eq!(n.number(1234), "1.234");
    assert_eq!(EN.notation.decimal(8.6, 1), "8.6");
}

#[test]
fn dates_and_times_are_written_the_indonesian_way() {
    let n = &ID.notation;
    assert_eq!(n.long_date(NaiveDate::from_ymd_opt(2017, 5, 9).unwrap()), "Selasa, 9 Mei 2017");
    let at = |hours: i32, minutes: i32| {
        FixedOffset::east_opt(hours * 3600 + minutes * 60)
            .unwrap()
            .with_ymd_and_hms(2017, 5, 9, 7, 45, 0)
            .unwrap()
    };
    assert_eq!(n.stated_time(&at(7, 0)), "pukul 07.45 WIB");
    assert_eq!(n.stated_time(&at(8, 0)), "pukul 07.45 WITA");
    assert_eq!(n.stated_time(&at(9, 0)), "pukul 07.45 WIT");
    assert_eq!(n.stated_time(&at(5, 30)), "pukul 07.45 UTC+05:30");
    assert_eq!(ID.hhmm(&at(7, 0)), "07.45");
}

#[test]
fn show_states_the_date_and_time_of_a_session_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let new = ["new", "--workshop", "W", "--title", "T", "--date", "2017-05-09", "--start", "07:45"];
    let out = sigap_id(dir.path()).args(new).args(["--utc-offset", "+08:00"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = String::from_utf8_lossy(&out.stdout).lines().next().unwrap().trim().to_string();
    let shown = sigap_id(dir.path()).args(["show", &path]).output().unwrap();
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.contains("Tanggal: Selasa, 9 Mei 2017, pukul 07.45 WITA"), "{shown}");
}

#[test]
fn exported_files_are_named_in_indonesian() {
    assert_eq!(Format::Md.file_name("hari-1", &ID), "hari-1-notulensi.md");
    assert_eq!(Format::Csv.file_name("hari-1", &ID), "hari-1-daftar-hadir.csv");
    assert_eq!(Format::Html.file_name("hari-1", &ID), "hari-1-daftar-hadir.html");
    assert_eq!(Format::Json.file_name("hari-1", &ID), "hari-1-sesi.json");
    assert_eq!(Format::Md.file_name("hari-1", &EN), "hari-1-minutes.md");
}
