//! The command line as a facilitator or a script meets it.

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use command::sigap;
use predicates::prelude::*;

const TEMPLATE: &str = r#"(
    version: 1,
    name: "Short day",
    items: [
        (title: "Registrasi", kind: Admin, minutes: 15),
        (title: "Materi", kind: Input, minutes: 90),
        (title: "ISHOMA", kind: MealPrayer, minutes: 60, fixed_start: Some("12:15:00")),
    ],
)
"#;

/// A folder with one template.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates/short-day.ron"), TEMPLATE).unwrap();
    dir
}

/// A roster of `n` people as Excel in an Indonesian locale saves it:
/// BOM, `;`, CRLF, leading zeros.
fn excel_roster(n: usize) -> String {
    let mut csv = String::from(
        "\u{feff}No;Nama;NIP;Jenis Kelamin;Jabatan;Unit Kerja;Kecamatan;Kabupaten/Kota;No. HP;Disabilitas;Kelompok\r\n",
    );
    for i in 1..=n {
        let gender = if i % 3 == 0 { "P" } else { "L" };
        let disability = if i == 7 { "tunanetra" } else { "" };
        csv.push_str(&format!(
            "{i};Peserta {i}, S.Sos.;0{:017};{gender};Sekretaris Kecamatan;Kecamatan K{i};K{i};Kab. Magetan;08{:010};{disability};Kelompok {}\r\n",
            i,
            i,
            i % 5 + 1
        ));
    }
    csv
}

fn new_session(dir: &Path, extra: &[&str]) -> PathBuf {
    let out = sigap(dir)
        .args([
            "new",
            "--workshop",
            "Bimtek Sekcam Jatim",
            "--title",
            "Hari 1",
            "--date",
            "2017-05-08",
            "--start",
            "08:00",
            "--utc-offset",
            "+07:00",
        ])
        .args(extra)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    PathBuf::from(String::from_utf8(out).unwrap().trim())
}

#[test]
fn new_with_a_90_row_spreadsheet_roster_then_list_and_show() {
    let dir = folder();
    let roster = dir.path().join("peserta.csv");
    fs::write(&roster, excel_roster(90)).unwrap();
    let path = new_session(
        dir.path(),
        &[
            "--template",
            "short-day",
            "--roster",
            roster.to_str().unwrap(),
            "--venue",
            "Surabaya",
            "--facilitator",
            "Ratna",
            "--facilitator",
            "Agus",
        ],
    );
    assert_eq!(path, dir.path().join("bimtek-sekcam-jatim/2017-05-08-0800-hari-1.ron"));
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("planned_start: \"2017-05-08T08:00:00+07:00\""));
    assert!(text.contains("nip: Some(\"000000000000000001\")"), "leading zeros of NIPs survive");
    assert!(text.contains("phone: Some(\"080000000090\")"));
    assert!(text.contains("disability: Some(\"tunanetra\")"));
    sigap(dir.path()).arg("list").assert().success().stdout(
        predicate::str::contains("2017-05-08  08:00  Bimtek Sekcam Jatim")
            .and(predicate::str::contains("  0/90 "))
            .and(predicate::str::contains("hari-1.ron")),
    );
    sigap(dir.path()).args(["show", path.to_str().unwrap()]).assert().success().stdout(
        predicate::str::contains("Hari 1\nWorkshop: Bimtek Sekcam Jatim\nVenue: Surabaya")
            .and(predicate::str::contains("Facilitators: Ratna, Agus"))
            .and(predicate::str::contains("Attendance (90 roster)"))
            .and(predicate::str::contains("unmarked 90"))
            .and(predicate::str::contains("female 0/30 · male 0/60"))
            .and(predicate::str::contains("12:15⚓ ISHOMA")),
    );
    sigap(dir.path())
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("2 files checked, all good"));
}

#[test]
fn a_new_session_of_a_workshop_takes_the_roster_of_the_last_one() {
    let dir = folder();
    let roster = dir.path().join("peserta.csv");
    fs::write(&roster, excel_roster(3)).unwrap();
    new_session(dir.path(), &["--roster", roster.to_str().unwrap()]);
    let out = sigap(dir.path())
        .args([
            "new",
            "--workshop",
            "Bimtek Sekcam Jatim",
            "--title",
            "Hari 2",
            "--date",
            "2017-05-09",
            "--start",
            "08:00",
            "--utc-offset",
            "+07:00",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("roster: 3 (Hari 1)"))
        .get_output()
        .stdout
        .clone();
    let day2 = fs::read_to_string(String::from_utf8(out).unwrap().trim()).unwrap();
    assert!(day2.contains("name: \"Peserta 3, S.Sos.\""));
}

#[test]
fn list_filters_by_workshop() {
    let dir = folder();
    new_session(dir.path(), &[]);
    sigap(dir.path())
        .args([
            "new",
            "--workshop",
            "Other training",
            "--title",
            "X",
            "--date",
            "2017-06-01",
            "--start",
            "09:00",
            "--utc-offset",
            "+07:00",
        ])
        .assert()
        .success();
    sigap(dir.path())
        .args(["list", "--workshop", "other"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Other training").and(predicate::str::contains("Bimtek").not()));
}

#[test]
fn check_reports_line_and_column_and_leaves_the_file_alone() {
    let dir = folder();
    let path = new_session(dir.path(), &["--template", "short-day"]);
    let broken = fs::read_to_string(&path).unwrap().replacen("    workshop:", "    workshop: (", 1);
    fs::write(&path, &broken).unwrap();
    sigap(dir.path()).arg("check").assert().code(1).stdout(
        predicate::str::contains(format!("{}:5:10: a comma is missing here", path.display()))
            .and(predicate::str::contains("files checked, with problems in: 1")),
    );
    sigap(dir.path()).args(["check", path.to_str().unwrap()]).assert().code(1);
    assert_eq!(fs::read_to_string(&path).unwrap(), broken, "check never writes");
    sigap(dir.path())
        .args(["show", path.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hari-1.ron:5:10: "));
}

#[test]
fn check_validates_templates_and_rosters_too() {
    let dir = folder();
    fs::create_dir_all(dir.path().join("rosters")).unwrap();
    fs::write(dir.path().join("rosters/bad.csv"), "Nama;Jenis Kelamin\nSiti;P\nBudi;Q\n").unwrap();
    fs::write(
        dir.path().join("templates/bad.ron"),
        "(version: 1, name: \"x\", items: [(title: \"a\", kind: Lunch, minutes: 5)])",
    )
    .unwrap();
    sigap(dir.path()).arg("check").assert().code(1).stdout(
        predicate::str::contains("rosters/bad.csv:3:2: row 3: gender \"Q\"")
            .and(predicate::str::contains("templates/bad.ron:1:"))
            .and(predicate::str::contains("`Lunch` is not one of")),
    );
}

#[test]
fn bad_input_gets_one_clear_line_and_a_non_zero_exit() {
    let dir = folder();
    let no_panic = || predicate::str::contains("panicked").not();
    sigap(dir.path())
        .args(["show", "nope.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope.ron: no such file").and(no_panic()));
    sigap(dir.path())
        .args(["new", "--workshop", "W", "--title", "T", "--date", "2017-13-01", "--start", "08:00"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"2017-13-01\" is not a date like 2017-05-08"));
    sigap(dir.path())
        .args(["new", "--workshop", "W", "--title", "T", "--date", "2017-05-08", "--start", "8am"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a time like 08:00"));
    sigap(dir.path())
        .args([
            "new",
            "--workshop",
            "W",
            "--title",
            "T",
            "--date",
            "2017-05-08",
            "--start",
            "08:00",
            "--template",
            "full-day",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no template called \"full-day\"")
                .and(predicate::str::contains("known: short-day")),
        );
    sigap(dir.path())
        .args([
            "new",
            "--workshop",
            "W",
            "--title",
            "T",
            "--date",
            "2017-05-08",
            "--start",
            "08:00",
            "--roster",
            "missing.csv",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.csv: no such roster file"));
    sigap(dir.path())
        .args(["check", "missing.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file"));
    assert!(!dir.path().join("w").exists(), "nothing was created");
}

#[test]
fn a_bad_roster_row_is_reported_and_nothing_is_created() {
    let dir = folder();
    let roster = dir.path().join("peserta.csv");
    let mut csv = excel_roster(5);
    csv.push_str("6;;;L;;;;;;;\r\n");
    fs::write(&roster, csv).unwrap();
    sigap(dir.path())
        .args([
            "new",
            "--workshop",
            "W",
            "--title",
            "T",
            "--date",
            "2017-05-08",
            "--start",
            "08:00",
            "--roster",
            roster.to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("peserta.csv: row 7: the name is empty; nothing was created"));
    assert!(!dir.path().join("w").exists());
}

#[test]
fn list_on_an_empty_folder_says_how_to_start() {
    let dir = tempfile::tempdir().unwrap();
    sigap(dir.path()).arg("list").assert().success().stderr(predicate::str::contains("sigap new"));
}

#[test]
fn the_bundled_sessions_pass_check() {
    Command::cargo_bin("sigap")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .args(["--lang", "en", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("8 files checked, all good"));
}

#[test]
fn a_fixed_time_before_the_start_moves_with_the_agenda() {
    let dir = folder();
    let out = sigap(dir.path())
        .args(["new", "--workshop", "W", "--title", "Sore", "--date", "2017-05-08", "--start", "13:00"])
        .args(["--utc-offset", "+07:00", "--template", "short-day"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "fixed times before the start now move with the agenda: ISHOMA 12:15",
        ))
        .get_output()
        .stdout
        .clone();
    let text = fs::read_to_string(String::from_utf8(out).unwrap().trim()).unwrap();
    assert!(!text.contains("fixed_start"), "{text}");
}

#[test]
fn errors_speak_the_interface_language() {
    let dir = folder();
    let path = new_session(dir.path(), &[]);
    let broken = fs::read_to_string(&path).unwrap().replacen(
        &format!("version: {},", sigap::domain::FORMAT_VERSION),
        "version: 9,",
        1,
    );
    fs::write(&path, broken).unwrap();
    Command::cargo_bin("sigap")
        .unwrap()
        .args(["--dir", dir.path().to_str().unwrap(), "--lang", "id", "show", path.to_str().unwrap()])
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("ditulis oleh sigap yang lebih baru (format versi 9")
                .and(predicate::str::contains("berkas tidak diubah")),
        );
    sigap(dir.path())
        .args(["show", path.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("written by a newer sigap"));
}

#[test]
fn open_and_clock_without_a_terminal_show_the_session_and_need_a_file() {
    let dir = folder();
    let path = new_session(dir.path(), &["--template", "short-day"]);
    let shown = sigap(dir.path())
        .args(["show", path.to_str().unwrap()])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    sigap(dir.path()).args(["clock", path.to_str().unwrap()]).assert().success().stdout(shown.clone());
    // Output to a file is no terminal to draw on: the session is shown, not a crash.
    sigap(dir.path()).args(["open", path.to_str().unwrap()]).assert().success().stdout(shown);
    let folder = dir.path().join("bimtek-sekcam-jatim");
    for command in ["open", "clock"] {
        sigap(dir.path())
            .args([command, folder.to_str().unwrap()])
            .assert()
            .failure()
            .stderr(predicate::str::contains("no such file"));
    }
}
