//! Excel workbooks out: `sigap export --format xlsx` and `sigap report
//! --format xlsx` on the example workshop, in both languages, read back
//! with calamine cell by cell against the sessions and the CSV report.

#[path = "support/example.rs"]
mod example;

use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use sigap::domain::{Gender, Session};
use sigap::store::Store;
use sigap::text::Text;

const WORKSHOP: &str = "bimtek-sekcam-jawa-timur-2017";

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

fn text_of(lang: &str) -> &'static Text {
    if lang == "id" { &sigap::text::ID } else { &sigap::text::EN }
}

fn session_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir.join(WORKSHOP)).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

/// Runs `cmd`, which must succeed, and gives its standard output.
fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

fn sheet(bytes: &[u8], name: &str) -> Range<Data> {
    workbook(bytes).worksheet_range(name).unwrap()
}

/// A part of the workbook's zip, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

fn at(range: &Range<Data>, row: usize, col: usize) -> Data {
    range.get_value((row as u32, col as u32)).cloned().unwrap_or(Data::Empty)
}

fn text(s: &str) -> Data {
    if s.is_empty() { Data::Empty } else { Data::String(s.to_string()) }
}

/// The row whose first cell is `first`.
fn row_starting(range: &Range<Data>, first: &str) -> usize {
    (0..range.height()).find(|&r| at(range, r, 0) == text(first)).unwrap_or_else(|| panic!("no row {first}"))
}

/// The value beside a title block label.
fn beside(range: &Range<Data>, label: &str) -> Data {
    at(range, row_starting(range, label), 2)
}

fn serial(at: &sigap::domain::Timestamp) -> f64 {
    let local = at.naive_local();
    let date = rust_xlsxwriter::ExcelDateTime::parse_from_str(&local.format("%Y-%m-%dT%H:%M:%S").to_string());
    date.unwrap().to_excel()
}

/// The attendance sheet of `session` in `range`, as the words of `t` say it.
fn check_attendance(range: &Range<Data>, session: &Session, t: &Text) {
    let w = &t.export.workbook;
    let n = &t.notation;
    assert_eq!(at(range, 0, 0), text(&session.workshop));
    assert_eq!(beside(range, w.session), text(&session.title));
    assert_eq!(beside(range, t.date), text(&n.long_date(session.planned_start.date_naive())));
    assert_eq!(beside(range, w.time), text(&n.stated_time(&session.planned_start)));
    assert_eq!(beside(range, t.venue), text(&session.venue));
    assert_eq!(beside(range, t.facilitators), text(&session.facilitators.join("; ")));

    let header = row_starting(range, t.export.sheet_columns[0]);
    let mut heads: Vec<&str> = t.export.sheet_columns.to_vec();
    heads.push(w.phone);
    for (col, head) in heads.iter().enumerate() {
        assert_eq!(at(range, header, col), text(head));
    }
    assert_eq!(range.height(), header + 1 + session.roster.len(), "one row per participant");
    let start = session.lateness_start();
    for (i, p) in session.roster.iter().enumerate() {
        let row = header + 1 + i;
        let cell = |col| at(range, row, col);
        let mark = session.mark(&p.id);
        assert_eq!(cell(0), Data::Float((i + 1) as f64));
        assert_eq!(cell(1), text(&p.id.0));
        assert_eq!(cell(2), text(&p.name));
        let gender = if p.gender == Gender::NotRecorded { "" } else { t.gender(p.gender) };
        assert_eq!(cell(3), text(gender));
        assert_eq!(cell(4), text(&p.role));
        assert_eq!(cell(5), text(&p.organisation));
        assert_eq!(cell(6), text(&p.kecamatan));
        assert_eq!(cell(7), text(&p.kabupaten));
        assert_eq!(cell(8), text(t.status(mark.status)));
        for (col, time) in [(9, mark.arrived), (10, mark.left)] {
            match time {
                Some(time) => {
                    let Data::DateTime(value) = cell(col) else { panic!("{:?} is no date-time", cell(col)) };
                    assert!((value.as_f64() - serial(&time)).abs() < 1e-9, "{} at {row},{col}", p.name);
                }
                None => assert_eq!(cell(col), Data::Empty),
            }
        }
        let late = mark.status.is_in_room().then(|| Data::Float(mark.minutes_late(start) as f64));
        assert_eq!(cell(11), late.unwrap_or(Data::Empty));
        assert_eq!(cell(12), text(mark.reason.as_deref().unwrap_or_default()));
        assert_eq!(cell(13), text(p.nip.as_deref().unwrap_or_default()));
        assert_eq!(cell(14), text(p.phone.as_deref().unwrap_or_default()));
    }
}

#[test]
fn a_session_workbook_holds_the_session_cell_by_cell_in_both_languages() {
    let dir = example::example();
    let out = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    for lang in ["en", "id"] {
        let t = text_of(lang);
        for file in session_files(dir.path()) {
            let session = store.read(&file).unwrap();
            let target = out.path().join(format!("{lang}.xlsx"));
            run(sigap(dir.path(), lang)
                .arg("export")
                .arg(&file)
                .args(["--format", "xlsx", "-o"])
                .arg(&target));
            let bytes = fs::read(&target).unwrap();
            let names = workbook(&bytes).sheet_names();
            assert_eq!(names, [t.export.workbook.attendance_sheet]);
            check_attendance(&sheet(&bytes, &names[0]), &session, t);

            let xml = part(&bytes, "xl/worksheets/sheet1.xml");
            assert!(xml.contains("state=\"frozen\""), "{xml}");
            assert!(xml.contains("<autoFilter ref=\"A"), "{xml}");
            assert!(part(&bytes, "docProps/custom.xml").contains("name=\"sigap\""));
            assert!(sigap::store::document_mark::is_sigaps_document(&bytes));
        }
    }
    // NIPs of 18 digits and phone numbers with their leading zero stay text.
    let session = store.read(&session_files(dir.path())[0]).unwrap();
    assert!(session.roster.iter().any(|p| p.phone.as_deref().is_some_and(|n| n.starts_with('0'))));
    assert!(session.roster.iter().any(|p| p.nip.as_deref().is_some_and(|n| n.len() == 18)));
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

#[test]
fn a_report_workbook_holds_the_csv_report_the_totals_and_every_session() {
    let dir = example::example();
    let out = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let sessions: Vec<Session> = session_files(dir.path()).iter().map(|f| store.read(f).unwrap()).collect();
    for lang in ["en", "id"] {
        let t = text_of(lang);
        let w = &t.export.workbook;
        let target = out.path().join(format!("report-{lang}.xlsx"));
        run(sigap(dir.path(), lang).args(["report", "Bimtek", "--format", "xlsx", "-o"]).arg(&target));
        let csv = run(sigap(dir.path(), lang).args(["report", "Bimtek", "--format", "csv"]));
        let bytes = fs::read(&target).unwrap();
        let names = workbook(&bytes).sheet_names();
        assert_eq!(names.len(), 2 + sessions.len(), "{names:?}");
        assert_eq!(names[..2], [w.matrix_sheet, w.totals_sheet]);

        // The matrix: the CSV's cells, numbers as numbers, the share a fraction.
        let matrix = sheet(&bytes, w.matrix_sheet);
        assert_eq!(at(&matrix, 0, 0), text(&sessions[0].workshop));
        assert_eq!(beside(&matrix, w.threshold), Data::Float(0.8));
        assert_eq!(beside(&matrix, w.participants), Data::Float(30.0));
        let csv = csv_rows(&csv);
        let header = row_starting(&matrix, t.report.id);
        assert_eq!(matrix.height(), header + csv.len());
        let width = csv[0].len();
        assert_eq!(at(&matrix, header, width), text(w.reaches));
        for (i, csv_row) in csv.iter().enumerate() {
            for (col, expected) in csv_row.iter().enumerate() {
                let got = at(&matrix, header + i, col);
                match (i, col) {
                    (0, _) => assert_eq!(got, text(expected)),
                    // Minutes, lesson hours and the percentage.
                    (_, c) if c >= width - 6 && c < width - 1 => {
                        let x: f64 = expected.parse().unwrap();
                        let scale = if c == width - 2 { 100.0 } else { 1.0 };
                        let Data::Float(value) = got else { panic!("{got:?} at {i},{col}") };
                        assert!((value * scale - x).abs() < 0.05, "{value} vs {x} at {i},{col}");
                    }
                    _ => assert_eq!(got, text(expected), "at {i},{col}"),
                }
            }
            if i > 0 {
                let reached = csv_row[width - 1] == t.report.standing[0];
                assert_eq!(at(&matrix, header + i, width), text(if reached { w.yes } else { w.no }));
            }
        }
        let xml = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(xml.contains("state=\"frozen\"") && xml.contains("<autoFilter"), "{xml}");
        assert!(xml.contains("0.0%") || part(&bytes, "xl/styles.xml").contains("0.0%"));

        // The head counts per session, as the sessions give them.
        let totals = sheet(&bytes, w.totals_sheet);
        let header = row_starting(&totals, t.date);
        for (i, s) in sessions.iter().enumerate() {
            let row = header + 1 + i;
            let in_room: Vec<_> = s.roster.iter().filter(|p| s.mark(&p.id).status.is_in_room()).collect();
            let female = in_room.iter().filter(|p| p.gender == Gender::Female).count();
            let disability = in_room.iter().filter(|p| p.has_disability()).count();
            assert_eq!(at(&totals, row, 1), text(&s.title));
            assert!(matches!(at(&totals, row, 0), Data::DateTime(_)));
            assert_eq!(at(&totals, row, 4), Data::Float(s.roster.len() as f64));
            assert_eq!(at(&totals, row, 5), Data::Float(in_room.len() as f64));
            assert_eq!(at(&totals, row, 6), Data::Float(female as f64));
            assert_eq!(at(&totals, row, 9), Data::Float(disability as f64));
        }
        assert_eq!(at(&totals, header + sessions.len() + 2, 0), text(t.report.rules));

        // Each session's sheet is its attendance.
        for (name, session) in names[2..].iter().zip(&sessions) {
            assert!(name.chars().count() <= 31 && !name.contains(':'), "{name}");
            check_attendance(&sheet(&bytes, name), session, t);
        }
    }
}

#[test]
fn a_name_that_looks_like_a_formula_stays_text() {
    let dir = example::example();
    let file = session_files(dir.path())[0].clone();
    let ron = fs::read_to_string(&file).unwrap();
    let ron = ron.replacen("\"Sri Wahyuningsih, S.Sos., M.Si.\"", r#""=HYPERLINK(\"x\")""#, 1);
    fs::write(&file, ron).unwrap();
    let bytes = run(sigap(dir.path(), "en").arg("export").arg(&file).args(["--format", "xlsx"]));
    let range = sheet(&bytes, "Attendance");
    let header = row_starting(&range, "No.");
    assert_eq!(at(&range, header + 1, 2), text("=HYPERLINK(\"x\")"));
    assert!(!part(&bytes, "xl/worksheets/sheet1.xml").contains("<f>"));
}

fn every_cell(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = workbook(bytes);
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|n| (n.clone(), book.worksheet_range(&n).unwrap().rows().map(<[Data]>::to_vec).collect()))
        .collect()
}

#[test]
fn standard_output_that_is_no_terminal_gets_the_same_workbook() {
    let dir = example::example();
    let file = session_files(dir.path())[1].clone();
    let target = dir.path().join("sheet.xlsx");
    let piped = run(sigap(dir.path(), "id").arg("export").arg(&file).args(["--format", "xlsx"]));
    run(sigap(dir.path(), "id").arg("export").arg(&file).args(["--format", "xlsx", "-o"]).arg(&target));
    assert_eq!(every_cell(&piped), every_cell(&fs::read(&target).unwrap()));
    let piped = run(sigap(dir.path(), "id").args(["report", "Bimtek", "--format", "xlsx"]));
    let target = dir.path().join("rekap.xlsx");
    run(sigap(dir.path(), "id").args(["report", "Bimtek", "--format", "xlsx", "-o"]).arg(&target));
    assert_eq!(every_cell(&piped), every_cell(&fs::read(&target).unwrap()));
}

/// A workbook of an organiser's own, not written by sigap.
fn foreign_workbook(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().write_string(0, 0, "Daftar peserta panitia").unwrap();
    book.save(path).unwrap();
}

#[test]
fn a_workbook_sigap_wrote_is_replaced_and_any_other_is_kept() {
    let dir = example::example();
    let file = session_files(dir.path())[0].clone();
    let own = dir.path().join("own.xlsx");
    let export = |to: &Path| {
        sigap(dir.path(), "en")
            .arg("export")
            .arg(&file)
            .args(["--format", "xlsx", "-o"])
            .arg(to)
            .output()
            .unwrap()
    };
    let report = |to: &Path| {
        sigap(dir.path(), "en").args(["report", "Bimtek", "--format", "xlsx", "-o"]).arg(to).output().unwrap()
    };
    assert!(export(&own).status.success());
    assert!(export(&own).status.success(), "a second export replaces the first");
    assert!(report(&own).status.success(), "a report replaces sigap's own workbook too");
    assert_eq!(workbook(&fs::read(&own).unwrap()).sheet_names()[0], "Attendance report");

    let theirs = dir.path().join("peserta.xlsx");
    foreign_workbook(&theirs);
    let before = fs::read(&theirs).unwrap();
    for out in [export(&theirs), report(&theirs)] {
        assert!(!out.status.success());
        assert!(!out.stderr.is_empty());
    }
    assert_eq!(fs::read(&theirs).unwrap(), before, "the organiser's workbook is unchanged");
}

#[test]
fn a_workbook_never_replaces_a_text_file() {
    let dir = example::example();
    let file = session_files(dir.path())[0].clone();
    let notes = dir.path().join("notes");
    fs::write(&notes, "precious\n").unwrap();
    let out = sigap(dir.path(), "en")
        .arg("export")
        .arg(&file)
        .args(["--format", "xlsx", "-o"])
        .arg(&notes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&notes).unwrap(), "precious\n");
}

#[test]
fn the_apps_export_key_keeps_an_organisers_own_workbook_in_exports() {
    use sigap::store::Store;
    use sigap::tui::message::Message;
    let dir = example::example();
    let file = session_files(dir.path())[0].clone();
    let store = Store::new(dir.path());
    let session = store.read(&file).unwrap();
    let t = sigap::text::Lang::En.text();
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    let theirs = store.exports_dir().join(format!("{stem}-attendance.xlsx"));
    fs::create_dir_all(store.exports_dir()).unwrap();
    foreign_workbook(&theirs);
    let before = fs::read(&theirs).unwrap();
    let said = sigap::tui::executor::export(&session, &file, &store, t);
    assert!(!matches!(said, Message::Exported(_)), "{said:?}");
    assert_eq!(fs::read(&theirs).unwrap(), before, "the organiser's workbook is unchanged");
    // Once it is moved away, the key writes every export.
    fs::remove_file(&theirs).unwrap();
    let said = sigap::tui::executor::export(&session, &file, &store, t);
    assert!(matches!(said, Message::Exported(ref paths) if paths.len() == 5), "{said:?}");
}
