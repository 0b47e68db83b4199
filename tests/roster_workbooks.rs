//! Rosters from workbooks as offices keep them: a title block above the
//! header row, a total and signatures below the people. The workbooks are
//! made here with rust_xlsxwriter; `.ods` and `.xls` copies come from
//! LibreOffice when it is installed.

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::Path;

use command::sigap;
use predicates::prelude::*;
use proptest::prelude::*;
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use sigap::import::{RowProblem, roster_from_csv, roster_from_workbook};

const HEADERS: [&str; 8] = ["No", "Nama", "NIP", "L/P", "Jabatan", "Unit Kerja", "No. HP", "Tanggal Lahir"];

/// The people: name, NIP, gender, role, office, phone, birth date.
const PEOPLE: [[&str; 7]; 4] = [
    [
        "Siti Aminah, S.Sos.",
        "197508122000032002",
        "P",
        "Sekretaris Kecamatan",
        "Kec. Plaosan",
        "081234567890",
        "1975-08-12",
    ],
    [
        "Budi Santoso",
        "198001012005011003",
        "L",
        "Kasi Pemerintahan",
        "Kec. Panekan",
        "085600011122",
        "1980-01-01",
    ],
    ["I Wayan Sudarma", "", "L", "Camat", "Kec. Bendo", "", "1979-03-04"],
    ["Ni Luh Putu Ayu", "199002022015032001", "P", "Staf", "Kec. Takeran", "081300000001", "1990-02-02"],
];

/// A sheet as offices make it: two merged title rows, blank rows where the
/// logo sits, the header on row 6, the people from row 7, a blank row, the
/// total, and the signature block.
fn fill_sheet(sheet: &mut Worksheet, people: &[[&str; 7]], nip_as_number: bool) {
    let title = Format::new().set_bold();
    sheet.merge_range(0, 0, 0, 7, "DAFTAR PESERTA BIMTEK PENYUSUNAN RKPDes", &title).unwrap();
    sheet.merge_range(1, 0, 1, 7, "Kabupaten Magetan, 12-14 Maret 2026", &title).unwrap();
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string(5, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (i, p) in people.iter().enumerate() {
        let r = 6 + i as u32;
        sheet.write_number(r, 0, (i + 1) as f64).unwrap();
        sheet.write_string(r, 1, p[0]).unwrap();
        if nip_as_number && !p[1].is_empty() {
            sheet.write_number(r, 2, p[1].parse::<f64>().unwrap()).unwrap();
        } else if !p[1].is_empty() {
            sheet.write_string(r, 2, p[1]).unwrap();
        }
        for (c, v) in [(3, p[2]), (4, p[3]), (5, p[4]), (6, p[5])] {
            if !v.is_empty() {
                sheet.write_string(r, c, v).unwrap();
            }
        }
        sheet.write_number_with_format(r, 7, 27618.0 + i as f64, &date).unwrap();
    }
    let end = 6 + people.len() as u32 + 1;
    sheet.merge_range(end, 0, end, 1, "Jumlah", &Format::new()).unwrap();
    sheet.write_number(end, 2, people.len() as f64).unwrap();
    sheet.write_string(end + 2, 5, "Mengetahui,").unwrap();
    sheet.write_string(end + 5, 5, "Drs. Bambang Irawan").unwrap();
}

/// The roster workbook: `Sheet1` with [`PEOPLE`], `Kelas B` with two others.
fn workbook(nip_as_number: bool) -> Vec<u8> {
    let mut book = Workbook::new();
    fill_sheet(book.add_worksheet(), &PEOPLE, nip_as_number);
    let kelas_b = book.add_worksheet();
    kelas_b.set_name("Kelas B").unwrap();
    fill_sheet(kelas_b, &PEOPLE[1..3], false);
    book.save_to_buffer().unwrap()
}

/// The same people as a CSV export of Excel in an Indonesian locale.
fn same_as_csv() -> String {
    let mut csv = HEADERS.join(";") + "\r\n";
    for (i, p) in PEOPLE.iter().enumerate() {
        csv.push_str(&format!("{};{}\r\n", i + 1, p.join(";")));
    }
    csv
}

#[test]
fn the_header_is_found_below_the_title_block_and_the_total_is_left_out() {
    let roster = roster_from_workbook(&workbook(false), None).unwrap();
    let names: Vec<&str> = roster.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, PEOPLE.map(|p| p[0]));
    let siti = &roster.participants[0];
    assert_eq!(siti.id.0, "p001");
    assert_eq!(siti.nip.as_deref(), Some("197508122000032002"));
    assert_eq!(siti.phone.as_deref(), Some("081234567890"));
    assert_eq!(siti.gender, sigap::domain::Gender::Female);
    assert_eq!(siti.organisation, "Kec. Plaosan");
    assert_eq!(roster.ignored_columns, ["Tanggal Lahir"]);
    assert!(roster.warnings.is_empty(), "{:?}", roster.warnings);
}

#[test]
fn the_same_roster_as_csv_and_as_xlsx_gives_the_same_participants() {
    let from_csv = roster_from_csv(same_as_csv().as_bytes()).unwrap();
    let from_xlsx = roster_from_workbook(&workbook(false), None).unwrap();
    assert_eq!(from_xlsx.participants, from_csv.participants);
    assert_eq!(from_xlsx.ignored_columns, from_csv.ignored_columns);
}

#[test]
fn a_nip_stored_as_a_number_is_refused_with_its_cell() {
    let err = roster_from_workbook(&workbook(true), None).unwrap_err();
    assert_eq!(err.cell.as_deref(), Some("Sheet1!C7"));
    assert!(matches!(err.problem, RowProblem::StoredAsNumber { nip: true, .. }), "{:?}", err.problem);
    let said = err.to_string();
    assert!(said.starts_with("Sheet1!C7: NIP ") && said.contains("format the column as text"), "{said}");
}

#[test]
fn another_sheet_is_chosen_by_name_and_an_unknown_one_lists_the_sheets() {
    let book = workbook(false);
    let roster = roster_from_workbook(&book, Some("Kelas B")).unwrap();
    let names: Vec<&str> = roster.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Budi Santoso", "I Wayan Sudarma"]);
    let err = roster_from_workbook(&book, Some("Kelas C")).unwrap_err();
    assert_eq!(
        err.problem,
        RowProblem::NoSheet { wanted: "Kelas C".into(), sheets: vec!["Sheet1".into(), "Kelas B".into()] }
    );
}

#[test]
fn a_missing_name_is_refused_at_its_cell_on_a_quoted_sheet() {
    let mut people = PEOPLE;
    people[1][0] = "";
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Daftar Hadir").unwrap();
    fill_sheet(sheet, &people, false);
    let err = roster_from_workbook(&book.save_to_buffer().unwrap(), None).unwrap_err();
    assert_eq!((err.cell.as_deref(), err.problem), (Some("'Daftar Hadir'!B8"), RowProblem::NoName));
}

#[test]
fn files_that_are_not_workbooks_are_refused_in_words() {
    let csv = same_as_csv();
    let mut zip_start = b"PK\x03\x04".to_vec();
    zip_start.extend_from_slice(&[0; 60]);
    for bytes in [csv.as_bytes(), b"", &zip_start, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1garbage"] {
        let err = roster_from_workbook(bytes, None).unwrap_err();
        assert!(matches!(err.problem, RowProblem::NotAWorkbook(_)), "{:?}", err.problem);
    }
}

fn import_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("peserta.xlsx"), workbook(false)).unwrap();
    fs::write(dir.path().join("angka.xlsx"), workbook(true)).unwrap();
    dir
}

#[test]
fn roster_import_and_show_read_a_workbook() {
    let dir = import_dir();
    let file = dir.path().join("peserta.xlsx");
    sigap(dir.path()).args(["roster", "import"]).arg(&file).assert().success();
    let ron = fs::read_to_string(dir.path().join("rosters/peserta.ron")).unwrap();
    assert!(ron.contains("\"197508122000032002\"") && ron.contains("Ni Luh Putu Ayu"), "{ron}");
    sigap(dir.path())
        .args(["roster", "show", "--sheet", "Kelas B"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Budi Santoso").and(predicate::str::contains("Siti").not()));
    sigap(dir.path()).args(["roster", "import", "--sheet", "Kelas C"]).arg(&file).assert().failure().stderr(
        predicate::str::contains("no sheet \"Kelas C\"").and(predicate::str::contains("Sheet1, Kelas B")),
    );
}

#[test]
fn roster_import_names_the_cell_of_a_numeric_nip() {
    let dir = import_dir();
    sigap(dir.path())
        .args(["roster", "import"])
        .arg(dir.path().join("angka.xlsx"))
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("angka.xlsx: Sheet1!C7: NIP").and(predicate::str::contains("as text")),
        );
    assert!(!dir.path().join("rosters/angka.ron").exists());
}

#[test]
fn a_csv_renamed_xlsx_is_refused_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("peserta.xlsx");
    fs::write(&file, same_as_csv()).unwrap();
    sigap(dir.path())
        .args(["roster", "import"])
        .arg(&file)
        .assert()
        .code(predicate::ne(101))
        .failure()
        .stderr(predicate::str::contains("not a workbook"));
}

#[test]
fn new_with_a_workbook_roster_and_a_sheet() {
    let dir = import_dir();
    let out = sigap(dir.path())
        .args(["new", "--workshop", "Bimtek RKPDes", "--title", "Hari 1", "--date", "2026-03-12"])
        .args(["--start", "08:00", "--utc-offset", "+07:00", "--sheet", "Kelas B", "--roster"])
        .arg(dir.path().join("peserta.xlsx"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let session = fs::read_to_string(String::from_utf8(out).unwrap().trim()).unwrap();
    assert!(session.contains("Budi Santoso") && !session.contains("Siti Aminah"), "{session}");
}

/// `.ods` and `.xls` as LibreOffice converts the xlsx; skipped without it.
#[test]
fn ods_and_xls_copies_read_the_same() {
    let Some(soffice) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|c| std::process::Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        println!("LibreOffice is not installed: .ods and .xls rosters not tested");
        return;
    };
    let dir = import_dir();
    let xlsx = roster_from_workbook(&workbook(false), None).unwrap();
    for format in ["ods", "xls"] {
        let converted = std::process::Command::new(soffice)
            .args(["--headless", "--convert-to", format, "--outdir"])
            .arg(dir.path())
            .arg(dir.path().join("peserta.xlsx"))
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(converted.status.success(), "{converted:?}");
        let bytes = fs::read(dir.path().join(format!("peserta.{format}"))).unwrap();
        assert_eq!(roster_from_workbook(&bytes, None).unwrap().participants, xlsx.participants, "{format}");
    }
    assert!(Path::new(&dir.path().join("peserta.ods")).is_file());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Random bytes, and a real workbook with bytes overwritten, are refused
    /// or read, never a panic.
    #[test]
    fn random_bytes_named_xlsx_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        damage in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        zip in any::<bool>(),
    ) {
        let mut garbage = if zip { b"PK\x03\x04".to_vec() } else { Vec::new() };
        garbage.extend_from_slice(&bytes);
        let _ = roster_from_workbook(&garbage, None);
        let mut book = workbook(false);
        for (at, byte) in damage {
            let i = at.index(book.len());
            book[i] = byte;
        }
        let _ = roster_from_workbook(&book, None);
    }
}

#[test]
fn check_reads_workbooks_among_the_rosters() {
    let dir = import_dir();
    fs::create_dir_all(dir.path().join("rosters")).unwrap();
    fs::rename(dir.path().join("peserta.xlsx"), dir.path().join("rosters/peserta.xlsx")).unwrap();
    sigap(dir.path()).arg("check").arg(dir.path().join("rosters/peserta.xlsx")).assert().success();
    let out = sigap(dir.path()).arg("check").arg(dir.path().join("angka.xlsx")).assert().failure();
    let said = String::from_utf8_lossy(&out.get_output().stdout).into_owned()
        + &String::from_utf8_lossy(&out.get_output().stderr);
    assert!(said.contains("angka.xlsx:7:3: Sheet1!C7: NIP"), "{said}");
}

/// The new-session form offers the files of `rosters/`; a workbook there is
/// one of them and makes a session's roster from its first sheet.
#[test]
fn the_form_offers_workbooks_in_rosters() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("rosters")).unwrap();
    fs::write(dir.path().join("rosters/peserta.xlsx"), workbook(false)).unwrap();
    fs::write(dir.path().join("rosters/catatan.txt"), "not a roster").unwrap();
    let store = sigap::store::Store::new(dir.path());
    assert_eq!(store.roster_files(), ["peserta.xlsx"]);
    let spec = sigap::create::SessionSpec {
        workshop: "Bimtek RKPDes".into(),
        title: "Hari 1".into(),
        roster: Some("peserta.xlsx".into()),
        ..Default::default()
    };
    let starts = sigap::create::StartsAt {
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 12).unwrap(),
        time: chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        utc_offset: None,
    };
    let created = sigap::create::new_session(&store, &spec, &starts, sigap::clock::now(), 7).unwrap();
    assert_eq!(created.session.roster.len(), PEOPLE.len());
}

#[test]
fn a_nip_that_became_a_date_is_refused_with_its_cell() {
    let mut book = Workbook::new();
    fill_sheet(book.add_worksheet(), &PEOPLE, false);
    let sheet = book.worksheet_from_index(0).unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_number_with_format(6, 2, 29221.0, &date).unwrap();
    let err = roster_from_workbook(&book.save_to_buffer().unwrap(), None).unwrap_err();
    assert_eq!(err.cell.as_deref(), Some("Sheet1!C7"));
    assert!(matches!(err.problem, RowProblem::StoredAsNumber { nip: true, .. }), "{:?}", err.problem);
}
