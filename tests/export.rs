//! What leaves sigap for other people: minutes, attendance sheets, JSON,
//! templates and rosters, through the command line.
//!
//! The golden files under `tests/fixtures/export/` are the exports of
//! `tests/fixtures/golden-session.ron`. After a deliberate change, rewrite
//! them with `SIGAP_BLESS=1 cargo test --test export` and read the diff.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const FIXTURE: &str = "tests/fixtures/golden-session.ron";

fn sigap(dir: &Path, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.arg("--dir")
        .arg(dir)
        .arg("--lang")
        .arg(lang)
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env_remove("SIGAP_LANG");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Compare with the golden file, or write it when blessing.
fn golden(name: &str, actual: &str) {
    let path = Path::new("tests/fixtures/export").join(name);
    if std::env::var_os("SIGAP_BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        actual,
        expected,
        "{} differs; bless with SIGAP_BLESS=1 if the change is meant",
        path.display()
    );
}

#[test]
fn every_format_matches_its_golden_file() {
    let dir = tempfile::tempdir().unwrap();
    for (format, lang, name) in [
        ("md", "en", "minutes.en.md"),
        ("md", "id", "minutes.id.md"),
        ("csv", "en", "attendance.csv"),
        ("json", "en", "session.json"),
        ("html", "en", "attendance.en.html"),
        ("html", "id", "attendance.id.html"),
    ] {
        let text = stdout_of(sigap(dir.path(), lang).args(["export", FIXTURE, "--format", format]));
        golden(name, &text);
    }
}

#[test]
fn the_csv_sheet_does_not_depend_on_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let en = stdout_of(sigap(dir.path(), "en").args(["export", FIXTURE, "-f", "csv"]));
    let id = stdout_of(sigap(dir.path(), "id").args(["export", FIXTURE, "-f", "csv"]));
    assert_eq!(en, id);
}

#[test]
fn json_is_the_whole_session() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout_of(sigap(dir.path(), "en").args(["export", FIXTURE, "-f", "json"]));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["planned_start"], "2017-05-08T08:00:00+07:00");
    assert_eq!(value["roster"].as_array().unwrap().len(), 3);
    assert_eq!(value["notes"][0]["text"], "Peserta aktif.\nDua baris.");
    assert_eq!(value["attendance"]["p002"]["status"], "Late");
}

#[test]
fn output_goes_to_a_file_when_asked_and_the_path_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out/minutes.md");
    let printed = stdout_of(sigap(dir.path(), "en").args(["export", FIXTURE, "-f", "md", "-o"]).arg(&target));
    assert_eq!(printed.trim(), target.display().to_string());
    assert!(fs::read_to_string(&target).unwrap().starts_with("# Minutes: Hari 1: Kepemimpinan\n"));
    // Nothing but the file itself is left in the folder.
    let names: Vec<_> =
        fs::read_dir(target.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["minutes.md"]);
}

/// A session whose people and notes carry what spreadsheets and browsers run.
fn hostile_session(dir: &Path) -> PathBuf {
    let text = fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("Imam Syafi\\'i, S.Sos.", "=HYPERLINK(\\\"http://evil.example\\\",\\\"klik\\\")")
        .replace("Ni Luh Wédari", "<script>alert(1)</script> & \\\"Co\\\"")
        .replace("role: \"Sekretaris Kecamatan\",\n            kecamatan: \"Panekan\",\n            kabupaten: \"Kab. Magetan\",\n            disability", "role: \"@SUM(A1:A9)\",\n            kecamatan: \"Panekan\",\n            kabupaten: \"Kab. Magetan\",\n            disability")
        .replace("reason: Some(\"macet\")", "reason: Some(\"+62 812 -1\")");
    let path = dir.join("hostile.ron");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn spreadsheet_formulas_in_the_csv_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile_session(dir.path());
    let csv = stdout_of(sigap(dir.path(), "en").args(["export"]).arg(&file).args(["-f", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[1][2], "'=HYPERLINK(\"http://evil.example\",\"klik\")");
    assert_eq!(&rows[1][4], "'@SUM(A1:A9)");
    assert_eq!(&rows[1][12], "'+62 812 -1");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

#[test]
fn html_escapes_a_hostile_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile_session(dir.path());
    let html = stdout_of(sigap(dir.path(), "id").args(["export"]).arg(&file).args(["-f", "html"]));
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
    let md = stdout_of(sigap(dir.path(), "id").args(["export"]).arg(&file).args(["-f", "md"]));
    assert!(!md.contains("<script>"), "{md}");
}

#[test]
fn a_missing_file_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    sigap(dir.path(), "en")
        .args(["export", "nope.ron", "-f", "md"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("nope.ron: no such file"));
}

#[test]
fn a_template_saved_from_a_session_starts_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let saved = stdout_of(sigap(dir.path(), "en").args(["template", "save", FIXTURE, "Hari Kepemimpinan"]));
    let path = PathBuf::from(saved.trim());
    assert_eq!(path, dir.path().join("templates/hari-kepemimpinan.ron"));
    let text = fs::read_to_string(&path).unwrap();
    // The plan as it was before the day's +5 minutes.
    assert!(
        text.contains(
            "title: \"Kepemimpinan transformatif\",\n            kind: Input,\n            minutes: 90,"
        ),
        "{text}"
    );
    assert!(text.contains("facilitator: Some(\"Dr. Ratna K., M.Si.\")"), "{text}");

    let listed = stdout_of(sigap(dir.path(), "en").args(["template", "list"]));
    assert!(listed.contains("Hari Kepemimpinan"), "{listed}");

    // Saving again under the same name is refused unless asked to replace.
    sigap(dir.path(), "en")
        .args(["template", "save", FIXTURE, "Hari Kepemimpinan"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--force"));
    sigap(dir.path(), "en")
        .args(["template", "save", FIXTURE, "Hari Kepemimpinan", "--force"])
        .assert()
        .success();

    let created = stdout_of(sigap(dir.path(), "en").args([
        "new",
        "--workshop",
        "Bimtek",
        "--title",
        "Hari 2",
        "--date",
        "2017-05-09",
        "--start",
        "08:00",
        "--utc-offset",
        "+07:00",
        "--template",
        "Hari Kepemimpinan",
    ]));
    let shown = stdout_of(sigap(dir.path(), "en").args(["show", created.trim()]));
    let original = stdout_of(sigap(dir.path(), "en").args(["show", FIXTURE]));
    for title in ["Registrasi", "Kepemimpinan transformatif"] {
        assert!(shown.contains(title) && original.contains(title), "{shown}");
    }
    let fresh = fs::read_to_string(created.trim()).unwrap();
    assert!(fresh.contains("planned_minutes: 90") && !fresh.contains("started_at"), "{fresh}");
}

const COMMA_ROSTER: &str = "Name,NIP,Gender,Organisation\nSiti Aminah,196805121994032005,F,Kec. Panekan\n\"Wayan, Jr.\",19700101199803101,M,Kec. Tegalombo\n";

#[test]
fn rosters_import_from_either_separator_with_or_without_bom() {
    let dir = tempfile::tempdir().unwrap();
    let semicolon = "\u{feff}No;Nama;NIP;L/P;Unit Kerja\r\n1;Siti Aminah;'196805121994032005;P;Kec. Panekan\r\n2;Budi;197001011998031010;P;Kec. Pace\r\n";
    let cases = [
        ("semicolon-bom.csv", semicolon.to_string()),
        ("semicolon.csv", semicolon.trim_start_matches('\u{feff}').to_string()),
        ("comma.csv", COMMA_ROSTER.to_string()),
        ("comma-bom.csv", format!("\u{feff}{COMMA_ROSTER}")),
    ];
    for (name, text) in cases {
        let csv = dir.path().join(name);
        fs::write(&csv, text).unwrap();
        let out = sigap(dir.path(), "en").args(["roster", "import"]).arg(&csv).output().unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let path = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
        let stem = name.trim_end_matches(".csv");
        assert_eq!(path, dir.path().join(format!("rosters/{stem}.ron")));
        let ron = fs::read_to_string(&path).unwrap();
        assert!(ron.contains("name: \"Siti Aminah\""), "{name}: {ron}");
        assert!(ron.contains("nip: Some(\"196805121994032005\")"), "{name}: {ron}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        if name.starts_with("semicolon") {
            // Budi's NIP says male; the sheet says P.
            assert!(stderr.contains("row 3: warning: NIP 197001011998031010 says male"), "{stderr}");
        } else {
            assert!(
                stderr.contains("row 3: warning: NIP 19700101199803101 has 17 digits, not 18"),
                "{stderr}"
            );
        }
        let shown = stdout_of(sigap(dir.path(), "en").args(["roster", "show"]).arg(&path));
        assert!(shown.contains("Siti Aminah") && shown.contains("2 participants: female"), "{shown}");
    }
}

#[test]
fn a_roster_is_not_written_over_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("kelas-a.csv");
    fs::write(&csv, COMMA_ROSTER).unwrap();
    let out = dir.path().join("kelas.ron");
    sigap(dir.path(), "id").args(["roster", "import"]).arg(&csv).arg("-o").arg(&out).assert().success();
    let before = fs::read(&out).unwrap();
    sigap(dir.path(), "id")
        .args(["roster", "import"])
        .arg(&csv)
        .arg("-o")
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("--force"));
    assert_eq!(fs::read(&out).unwrap(), before);
    // Indonesian warnings for the Indonesian interface.
    sigap(dir.path(), "id")
        .args(["roster", "import"])
        .arg(&csv)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success()
        .stderr(predicate::str::contains("baris 3: peringatan: NIP 19700101199803101 berisi 17 digit"));
}

#[test]
fn a_bad_roster_row_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("bad.csv");
    fs::write(&csv, "Nama;NIP\nSiti;1.96805E+17\n").unwrap();
    sigap(dir.path(), "en")
        .args(["roster", "import"])
        .arg(&csv)
        .assert()
        .failure()
        .stderr(predicate::str::contains("row 2").and(predicate::str::contains("nothing was written")));
    assert!(!dir.path().join("rosters").exists());
}

#[test]
fn the_terminal_app_writes_minutes_sheet_and_spreadsheet_into_exports() {
    use sigap::store::Store;
    use sigap::tui::message::Message;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let session = store.read(Path::new(FIXTURE)).unwrap();
    let file = dir.path().join("bimtek/2017-05-08-0800-hari-1.ron");
    let action = sigap::tui::executor::export(&session, &file, &store, sigap::text::Lang::Id.text());
    let Message::Exported(paths) = action else { panic!("{action:?}") };
    let names: Vec<String> =
        paths.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(
        names,
        [
            "2017-05-08-0800-hari-1-notulensi.md",
            "2017-05-08-0800-hari-1-notulensi.docx",
            "2017-05-08-0800-hari-1-daftar-hadir.html",
            "2017-05-08-0800-hari-1-daftar-hadir.csv",
            "2017-05-08-0800-hari-1-daftar-hadir.xlsx"
        ]
    );
    for path in &paths {
        assert_eq!(path.parent().unwrap(), dir.path().join("exports"));
    }
    assert!(fs::read_to_string(&paths[0]).unwrap().starts_with("# Notulensi: Hari 1"));
    // The exports folder is not mistaken for sessions.
    assert!(store.list().is_empty());
}

#[test]
fn command_line_errors_speak_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    sigap(dir.path(), "id")
        .args(["export", "tidak-ada.ron", "-f", "md"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("tidak-ada.ron: berkas tidak ditemukan"));
    let csv = dir.path().join("rusak.csv");
    fs::write(&csv, "Nama;JK\nSiti;X\n").unwrap();
    sigap(dir.path(), "id").args(["roster", "import"]).arg(&csv).assert().failure().stderr(
        predicate::str::contains("baris 2: jenis kelamin \"X\" bukan L/P")
            .and(predicate::str::contains("tidak ada yang ditulis")),
    );
    sigap(dir.path(), "en").args(["roster", "import"]).arg(&csv).assert().failure().stderr(
        predicate::str::contains("row 2: gender \"X\" is not one of L/P")
            .and(predicate::str::contains("nothing was written")),
    );
}

/// The sheet for Excel in `lang`: its bytes, after checking the byte-order mark.
fn excel_sheet(dir: &Path, lang: &str, file: &Path) -> String {
    let out = sigap(dir, lang).args(["export"]).arg(file).args(["-f", "csv", "--excel"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(&out.stdout[..3], b"\xEF\xBB\xBF", "{lang}: no byte-order mark");
    String::from_utf8(out.stdout[3..].to_vec()).unwrap()
}

#[test]
fn the_excel_csv_has_a_bom_the_language_separator_and_codes_as_text() {
    let dir = tempfile::tempdir().unwrap();
    // For people, in their language: column heads and statuses are words.
    for (lang, separator, name, status) in
        [("id", b';', "Nama", "Keterangan"), ("en", b',', "Name", "Status")]
    {
        let text = excel_sheet(dir.path(), lang, Path::new(FIXTURE));
        let first = text.lines().next().unwrap();
        assert!(
            first.starts_with(&format!("No.{separator}ID{separator}{name}", separator = separator as char)),
            "{first}"
        );
        let mut reader = csv::ReaderBuilder::new().delimiter(separator).from_reader(text.as_bytes());
        let header = reader.headers().unwrap().clone();
        assert_eq!(header.len(), 14, "{lang}: {header:?}");
        assert_eq!(&header[8], status);
        assert_eq!(&header[13], "NIP");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][2], "Dra. Siti Aminah, M.Si.");
        let late = if lang == "id" { "terlambat" } else { "late" };
        assert_eq!(&rows[1][8], late, "{lang}");
        // The 18-digit NIP keeps every digit: a tab makes Excel take it as text.
        assert_eq!(&rows[0][13], "\t196805121994032005");
        assert_eq!(rows[0][13].trim(), "196805121994032005");
    }
}

#[test]
fn the_excel_csv_neutralises_formulas_from_participants() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile_session(dir.path());
    for (lang, separator) in [("id", b';'), ("en", b',')] {
        let text = excel_sheet(dir.path(), lang, &file);
        let mut reader = csv::ReaderBuilder::new().delimiter(separator).from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(&rows[1][2], "'=HYPERLINK(\"http://evil.example\",\"klik\")");
        assert_eq!(&rows[1][4], "'@SUM(A1:A9)");
        assert_eq!(&rows[1][12], "'+62 812 -1");
        for cell in rows.iter().flatten() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

#[test]
fn the_plain_csv_is_the_former_sheet_with_the_nip_added_last() {
    let dir = tempfile::tempdir().unwrap();
    let text = stdout_of(sigap(dir.path(), "id").args(["export", FIXTURE, "-f", "csv"]));
    let before = fs::read_to_string("tests/fixtures/export/attendance-without-nip.csv").unwrap();
    assert!(!text.starts_with('\u{feff}'));
    let nips = ["nip", "196805121994032005", "", ""];
    let lines: Vec<&str> = text.lines().collect();
    let former: Vec<&str> = before.lines().collect();
    assert_eq!(lines.len(), former.len());
    for ((line, old), nip) in lines.iter().zip(&former).zip(nips) {
        assert_eq!(*line, format!("{old},{nip}"));
    }
}

/// LibreOffice, where installed, reads the Indonesian Excel CSV into the
/// right columns and keeps the NIP as text; elsewhere this is skipped.
#[test]
fn libreoffice_reads_the_excel_csv_into_columns_with_the_nip_as_text() {
    let has_soffice =
        std::process::Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
    if !has_soffice {
        eprintln!("LibreOffice (soffice) not installed: skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("hadir.csv");
    let out =
        sigap(dir.path(), "id").args(["export", FIXTURE, "-f", "csv", "--excel", "-o"]).arg(&csv).output();
    assert!(out.unwrap().status.success());
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let status = std::process::Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", "fods", "--infilter=CSV:59,34,76", "--outdir"])
        .arg(dir.path())
        .arg(&csv)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let sheet = fs::read_to_string(dir.path().join("hadir.fods")).unwrap();
    // One cell holds the name with its comma; the NIP is a string, whole.
    assert!(sheet.contains("<text:p>Dra. Siti Aminah, M.Si.</text:p>"), "{sheet}");
    let nip = sheet.find("196805121994032005</text:p>").expect("NIP whole");
    let cell = sheet[..nip].rfind("<table:table-cell").unwrap();
    assert!(sheet[cell..nip].contains("office:value-type=\"string\""), "{}", &sheet[cell..nip]);
}

#[test]
fn the_sheet_to_sign_shows_the_nip_never_the_phone_and_leaves_rows_for_walk_ins() {
    let dir = tempfile::tempdir().unwrap();
    let roster = fs::read_to_string(FIXTURE).unwrap();
    assert!(roster.contains("phone: Some(\"081234567890\")"), "the fixture has a phone number");
    for (lang, heading) in [("id", "<th>NIP</th>"), ("en", "<th>NIP</th>")] {
        let html = stdout_of(sigap(dir.path(), lang).args(["export", FIXTURE, "-f", "html"]));
        assert!(html.contains(heading), "{lang}");
        assert!(html.contains("<td class=\"nip\">196805121994032005</td>"), "{lang}");
        assert!(!html.contains("081234567890") && !html.contains("0812"), "{lang}: a phone is printed");
        // Numbered blank rows after the last of the three names.
        let blank: Vec<usize> = (1..=60)
            .filter(|n| html.contains(&format!("<tr><td class=\"no\">{n}</td><td class=\"name\"></td>")))
            .collect();
        assert!(blank.len() >= 5 && blank[0] == 4, "{lang}: {blank:?}");
    }
}
