//! Templates from timetables as workshops print them: a workbook with a
//! merged title block, day rows spanning the table, real Excel times and
//! text ranges, and a CSV from an older Excel (`;`, Windows-1252). The
//! workbooks are made here with rust_xlsxwriter and read back through the
//! pure function and through the binary.

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::Path;

use chrono::NaiveTime;
use command::sigap;
use predicates::prelude::*;
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use sigap::domain::{ItemKind, Template};
use sigap::import::timetable::{
    Decided, Gap, Place, TimetableProblem, TimetableWarning, timetable_from_csv, timetable_from_workbook,
};
use sigap::store::Store;

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A time as Excel keeps it: a fraction of a day, shown as `hh:mm`.
fn excel_time(sheet: &mut Worksheet, row: u32, col: u16, h: u32, m: u32) {
    let format = Format::new().set_num_format("hh:mm");
    sheet.write_number_with_format(row, col, (h * 60 + m) as f64 / 1440.0, &format).unwrap();
}

/// Start hour and minute, end hour and minute, subject, speaker, JP.
type Row = (u32, u32, u32, u32, &'static str, &'static str, Option<f64>);

/// Day 1 with real times in two columns under a merged "Waktu", a gap
/// before ISHOMA and a JP that disagrees; day 2 with text ranges.
fn fill_timetable(sheet: &mut Worksheet) {
    let bold = Format::new().set_bold();
    sheet.merge_range(0, 0, 0, 5, "JADWAL BIMTEK SEKCAM JAWA TIMUR 2017", &bold).unwrap();
    sheet.merge_range(1, 0, 1, 5, "BPSDM Provinsi Jawa Timur, 8–9 Mei 2017", &bold).unwrap();
    sheet.write_string(3, 0, "No").unwrap();
    sheet.merge_range(3, 1, 3, 2, "Waktu", &bold).unwrap();
    for (c, h) in [(3, "Materi/Kegiatan"), (4, "Narasumber"), (5, "JP")] {
        sheet.write_string(3, c, h).unwrap();
    }
    sheet.merge_range(4, 0, 4, 5, "HARI I, Senin 8 Mei 2017", &bold).unwrap();
    let day1: [Row; 5] = [
        (7, 45, 8, 0, "Registrasi peserta", "Panitia", None),
        (8, 0, 9, 30, "Kepemimpinan transformatif", "Dr. Ratna Kusumawardani, M.Si.", Some(2.0)),
        (9, 30, 9, 45, "Rehat kopi", "", None),
        (9, 45, 11, 50, "Akuntabilitas  sosial", "Agus Prasetyo, S.IP., MPA", Some(2.0)),
        (12, 15, 13, 15, "ISHOMA", "", None),
    ];
    for (i, (h1, m1, h2, m2, title, speaker, jp)) in day1.into_iter().enumerate() {
        let r = 5 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        excel_time(sheet, r, 1, h1, m1);
        excel_time(sheet, r, 2, h2, m2);
        sheet.write_string(r, 3, title).unwrap();
        if !speaker.is_empty() {
            sheet.write_string(r, 4, speaker).unwrap();
        }
        if let Some(jp) = jp {
            sheet.write_number(r, 5, jp).unwrap();
        }
    }
    // Row 11 is blank between the days.
    sheet.merge_range(11, 0, 11, 5, "HARI II, Selasa 9 Mei 2017", &bold).unwrap();
    let day2 = [
        ("07.45 – 08.00", "Registrasi peserta"),
        ("08.00-08.15 WIB", "Ice Breaking"),
        ("08.15 s.d. 09.45", "Pelayanan publik di kecamatan"),
        ("09.45 s/d 11.15", "Diskusi kelompok"),
    ];
    for (i, (range, title)) in day2.into_iter().enumerate() {
        let r = 12 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, range).unwrap();
        sheet.write_string(r, 3, title).unwrap();
    }
    sheet.write_string(17, 3, "Mengetahui,").unwrap();
    sheet.write_string(18, 3, "Kepala BPSDM").unwrap();
}

/// A sheet whose third item starts before the second ends.
fn fill_overlapping(sheet: &mut Worksheet) {
    sheet.write_string(0, 0, "JADWAL").unwrap();
    for (c, h) in ["No", "Waktu", "Kegiatan"].iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    for (i, (range, title)) in
        [("08.00-09.00", "Pembukaan"), ("09.00-10.30", "Materi 1"), ("10.15-11.00", "Materi 2")]
            .into_iter()
            .enumerate()
    {
        let r = 3 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, range).unwrap();
        sheet.write_string(r, 2, title).unwrap();
    }
}

fn workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    fill_timetable(book.add_worksheet().set_name("Jadwal").unwrap());
    fill_overlapping(book.add_worksheet().set_name("Salah").unwrap());
    book.save_to_buffer().unwrap()
}

/// A sessions folder holding the workbook as `jadwal.xlsx`.
fn folder() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jadwal.xlsx");
    fs::write(&file, workbook()).unwrap();
    (dir, file)
}

fn templates_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir.join("templates"))
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn the_workbook_read_day_by_day() {
    let t = timetable_from_workbook(&workbook(), None).unwrap();
    assert_eq!(t.days.len(), 2);
    let day = &t.days[0];
    assert_eq!(day.label.as_deref(), Some("HARI I, Senin 8 Mei 2017"));
    let got: Vec<(NaiveTime, i64, ItemKind)> =
        day.items.iter().map(|i| (i.start, i.minutes(), i.kind)).collect();
    use ItemKind::*;
    assert_eq!(
        got,
        [
            (hm(7, 45), 15, Admin),
            (hm(8, 0), 90, Input),
            (hm(9, 30), 15, Break),
            (hm(9, 45), 125, Input),
            (hm(12, 15), 60, MealPrayer)
        ]
    );
    assert_eq!(day.items[3].title, "Akuntabilitas sosial", "inner spaces collapsed");
    assert_eq!(day.items[3].decided_by, Decided::Default);
    assert_eq!(day.items[4].decided_by, Decided::Title("ishoma"));
    assert_eq!(day.items[4].fixed_start, Some(hm(12, 15)));
    assert_eq!(day.items[1].place.cell.as_deref(), Some("Jadwal!B7"));
    assert_eq!(day.gaps, [Gap { before: 4, from: hm(11, 50), until: hm(12, 15) }]);
    assert_eq!(
        t.warnings,
        [TimetableWarning::LessonHours {
            place: Place { row: 9, column: 6, cell: Some("Jadwal!F9".into()) },
            lesson_hours: 2.0,
            minutes: 125
        }]
    );
    let second = &t.days[1];
    let kinds: Vec<ItemKind> = second.items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [Admin, Energizer, Input, GroupWork], "the signature block is no item");
    assert_eq!(second.items[3].minutes(), 90);
}

#[test]
fn the_binary_writes_a_template_a_day_and_a_session_starts_from_it() {
    let (dir, file) = folder();
    sigap(dir.path())
        .args(["template", "import"])
        .arg(&file)
        .arg("Bimtek Sekcam")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("bimtek-sekcam-day-1.ron")
                .and(predicate::str::contains("bimtek-sekcam-day-2.ron")),
        )
        .stderr(
            predicate::str::contains("Jadwal!F9: 2 JP is 90 minutes, but the times give 125")
                .and(predicate::str::contains("free time 11:50–12:15: item 5 starts at 12:15, fixed"))
                .and(predicate::str::contains("sigap new --template bimtek-sekcam-day-1 --start 07:45")),
        );
    assert_eq!(templates_in(dir.path()), ["bimtek-sekcam-day-1.ron", "bimtek-sekcam-day-2.ron"]);
    let store = Store::new(dir.path());
    let imported = timetable_from_workbook(&workbook(), None).unwrap();
    for (n, day) in imported.days.iter().enumerate() {
        let (_, written): (_, Template) = store.template(&format!("bimtek-sekcam-day-{}", n + 1)).unwrap();
        assert_eq!(written.items.len(), day.items.len());
        for (w, i) in written.items.iter().zip(&day.items) {
            assert_eq!(
                (&w.title, w.kind, w.minutes, &w.facilitator, w.fixed_start),
                (&i.title, i.kind, i.minutes(), &i.facilitator, i.fixed_start)
            );
        }
        assert!(written.description.contains("jadwal.xlsx") && written.description.contains("07:45"));
    }
    let created = sigap(dir.path())
        .args([
            "new",
            "--workshop",
            "Bimtek Sekcam",
            "--title",
            "Hari 1",
            "--date",
            "2017-05-08",
            "--start",
            "07:45",
        ])
        .args(["--template", "bimtek-sekcam-day-1"])
        .assert()
        .success();
    let file = std::path::PathBuf::from(String::from_utf8_lossy(&created.get_output().stdout).trim());
    let session = store.read(&file).unwrap();
    assert_eq!(session.agenda.len(), 5);
    assert_eq!(session.agenda[4].fixed_start, Some(hm(12, 15)));
}

#[test]
fn one_day_corrected_and_a_dry_run() {
    let (dir, file) = folder();
    sigap(dir.path())
        .args(["template", "import"])
        .arg(&file)
        .args(["hari-2", "--day", "2", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"ice breaking\"").and(predicate::str::contains("template hari-2")))
        .stderr(predicate::str::contains("dry run: nothing was written"));
    assert!(templates_in(dir.path()).is_empty(), "a dry run writes nothing");
    sigap(dir.path())
        .args(["template", "import"])
        .arg(&file)
        .args(["hari-2", "--day", "2", "--kind", "3=diskusi", "--kind", "4=plenary"])
        .assert()
        .success();
    assert_eq!(templates_in(dir.path()), ["hari-2.ron"]);
    let (_, t) = Store::new(dir.path()).template("hari-2").unwrap();
    let kinds: Vec<ItemKind> = t.items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::Admin, ItemKind::Energizer, ItemKind::Discussion, ItemKind::Plenary]);
    // The same name again is refused without --force, and kept.
    sigap(dir.path()).args(["template", "import"]).arg(&file).args(["hari-2", "--day", "2"]).assert().code(2);
    assert_eq!(Store::new(dir.path()).template("hari-2").unwrap().1, t);
    sigap(dir.path())
        .args(["template", "import"])
        .arg(&file)
        .args(["x", "--day", "3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no day 3: the timetable has 2"));
    sigap(dir.path())
        .args(["template", "import"])
        .arg(&file)
        .args(["x", "--kind", "10=diskusi"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no item 10; the items are numbered 1 to 9"));
}

#[test]
fn an_overlap_is_refused_at_its_cell_and_nothing_is_written() {
    let refused = timetable_from_workbook(&workbook(), Some("salah")).unwrap_err();
    assert_eq!(refused.place.as_ref().and_then(|p| p.cell.as_deref()), Some("Salah!B6"));
    assert_eq!(refused.problem, TimetableProblem::Overlap { start: hm(10, 15), previous_end: hm(10, 30) });
    let (dir, file) = folder();
    sigap(dir.path())
        .args(["template", "import"])
        .arg(&file)
        .args(["bimtek", "--sheet", "Salah"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Salah!B6: the item starts at 10:15, before the item above it ends at 10:30; nothing was written",
        ));
    assert!(templates_in(dir.path()).is_empty());
}

/// An older Excel's CSV: `;` between columns, Windows-1252 (`–` is 0x96,
/// `é` is 0xE9), a title line, CRLF.
#[test]
fn a_windows_1252_csv_with_semicolons() {
    let text = "JADWAL BIMTEK;;;\r\n;;;\r\nNo;Waktu;Materi;Pemateri\r\n1;07.30 \u{2013} 08.00;Pembukaan;Jos\u{e9} Ramos\r\n2;08.00 \u{2013} 09.30;Evaluasi penyelenggaraan;-\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    assert!(bytes.contains(&0x96));
    let t = timetable_from_csv(&bytes).unwrap();
    let day = &t.days[0];
    assert_eq!(day.items[0].facilitator.as_deref(), Some("José Ramos"));
    assert_eq!((day.items[0].kind, day.items[1].kind), (ItemKind::Ceremony, ItemKind::Test));
    assert_eq!(day.items[1].minutes(), 90);
    assert_eq!(day.items[1].place, Place { row: 5, column: 2, cell: None });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jadwal.csv");
    fs::write(&file, &*bytes).unwrap();
    sigap(dir.path()).args(["template", "import"]).arg(&file).arg("pembukaan").assert().success();
    let (_, written) = Store::new(dir.path()).template("pembukaan").unwrap();
    assert_eq!(written.items[0].facilitator.as_deref(), Some("José Ramos"));
    assert_eq!(written.items[1].kind, ItemKind::Test);
}

/// The bundled timetable is the bundled Bimtek's plan, day by day.
#[test]
fn the_bundled_timetable_is_the_bundled_workshop() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let bytes = fs::read(root.join("jadwal/jadwal-bimtek-sekcam-2017.csv")).unwrap();
    let t = timetable_from_csv(&bytes).unwrap();
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    let store = Store::new(&root);
    let mut sessions: Vec<_> = fs::read_dir(root.join("bimtek-sekcam-jawa-timur-2017"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    sessions.sort();
    assert_eq!(t.days.len(), sessions.len());
    for (day, path) in t.days.iter().zip(&sessions) {
        let session = store.read(path).unwrap();
        let planned = Template::from_session(&session, "x");
        let imported = day.template("x", String::new());
        assert_eq!(imported.items, planned.items, "{}", path.display());
        assert_eq!(day.first_start(), session.planned_start.time());
    }
}

/// The same timetable saved by LibreOffice as `.ods` and `.xls` reads the
/// same, its times included.
#[test]
fn ods_and_xls_copies_read_the_same() {
    let Some(soffice) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|c| std::process::Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        println!("LibreOffice is not installed: .ods and .xls timetables not tested");
        return;
    };
    let (dir, file) = folder();
    let xlsx = timetable_from_workbook(&workbook(), None).unwrap();
    for format in ["ods", "xls"] {
        let converted = std::process::Command::new(soffice)
            .args(["--headless", "--convert-to", format, "--outdir"])
            .arg(dir.path())
            .arg(&file)
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(converted.status.success(), "{converted:?}");
        let bytes = fs::read(dir.path().join(format!("jadwal.{format}"))).unwrap();
        let copy = timetable_from_workbook(&bytes, None).unwrap();
        assert_eq!(copy.days, xlsx.days, "{format}");
    }
}
