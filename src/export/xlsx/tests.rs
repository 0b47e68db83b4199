//! Workbooks of made-up sessions read back: parallel classes, and text from
//! files that would drive a terminal or start a formula.

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use chrono::{DateTime, Duration};

use crate::domain::{AgendaItem, ItemId, ItemKind, Mark, Participant, ParticipantId, Session, Status};
use crate::report::WorkshopReport;
use crate::text::{EN, ID};

fn day(id: &str, class: &str, names: &[&str]) -> Session {
    let start = DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
    let mut s = Session::new(id, "Bimtek Desa", "Hari 1: Pembukaan", start);
    s.class = Some(class.to_string());
    s.agenda.push(AgendaItem::new(ItemId::numbered(1), "Materi", ItemKind::Input, 90));
    for (i, name) in names.iter().enumerate() {
        let mut p = Participant::new(ParticipantId::numbered(i + 1), *name);
        p.nip = Some("196807141993032006".into());
        p.phone = Some("081335412087".into());
        s.roster.push(p);
        s.set_mark(ParticipantId::numbered(i + 1), Mark::with_status(Status::Present));
    }
    s.toggle_current(start);
    s.finish(start + Duration::minutes(90));
    s
}

fn sheets(bytes: Vec<u8>) -> Vec<(String, Range<Data>)> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    book.sheet_names().into_iter().map(|n| (n.clone(), book.worksheet_range(&n).unwrap())).collect()
}

fn column_of(range: &Range<Data>, row: u32, head: &str) -> u32 {
    (0..range.width() as u32)
        .find(|&c| range.get_value((row, c)) == Some(&Data::String(head.into())))
        .unwrap_or_else(|| panic!("no column {head}"))
}

fn row_of(range: &Range<Data>, first: &str) -> u32 {
    (0..range.height() as u32)
        .find(|&r| range.get_value((r, 0)) == Some(&Data::String(first.into())))
        .unwrap_or_else(|| panic!("no row {first}"))
}

#[test]
fn parallel_classes_get_a_class_column_and_a_sheet_each() {
    let sessions = [day("a", "Kelas A", &["Siti", "Rina"]), day("b", "Kelas B", &["Made"])];
    let later = DateTime::parse_from_rfc3339("2017-05-09T08:00:00+07:00").unwrap();
    let report = WorkshopReport::build(&sessions, 80, later);
    let sheets = sheets(super::report(&report, &sessions, &ID));
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Rekap Kehadiran", "Per Sesi", "05-08 Kelas A Hari 1 Pembukaan", "05-08b Kelas B Hari 1 Pembukaan"]
    );
    let matrix = &sheets[0].1;
    let header = row_of(matrix, ID.report.id);
    let class = column_of(matrix, header, ID.export.workbook.class);
    let classes: Vec<Option<&Data>> = (1..=3).map(|r| matrix.get_value((header + r, class))).collect();
    let [a, b] = ["Kelas A", "Kelas B"].map(|c| Data::String(c.into()));
    assert_eq!(classes, [Some(&a), Some(&a), Some(&b)]);
    // Each class's people are in its own sessions' column only.
    let first = column_of(matrix, header, "2017-05-08 Kelas A");
    let second = column_of(matrix, header, "2017-05-08b Kelas B");
    let h = Data::String("H".into());
    assert_eq!(matrix.get_value((header + 3, first)), Some(&Data::Empty));
    assert_eq!(matrix.get_value((header + 3, second)), Some(&h));
    let percent = column_of(matrix, header, ID.report.percent);
    assert_eq!(matrix.get_value((header + 1, percent)), Some(&Data::Float(1.0)));
}

#[test]
fn text_from_files_is_shown_and_stays_text() {
    let mut session = day("a", "Kelas A", &["Siti\u{1b}]0;pwned\u{7}", "+SUM(A1:A2)", "@cmd"]);
    session.workshop = "=1+1".into();
    let sheets = sheets(super::attendance(&session, &EN));
    let range = &sheets[0].1;
    assert_eq!(range.get_value((0, 0)), Some(&Data::String("=1+1".into())));
    let header = row_of(range, EN.export.sheet_columns[0]);
    let name = column_of(range, header, EN.export.sheet_columns[2]);
    let names: Vec<Option<&Data>> = (1..=3).map(|r| range.get_value((header + r, name))).collect();
    let expected = ["Siti^[]0;pwned^G", "+SUM(A1:A2)", "@cmd"].map(|n| Data::String(n.into()));
    assert_eq!(names, expected.iter().map(Some).collect::<Vec<_>>());
    let nip = column_of(range, header, EN.export.sheet_columns[13]);
    assert_eq!(range.get_value((header + 1, nip)), Some(&Data::String("196807141993032006".into())));
}
