//! Rows that must not be merged, misread or numbered anew.

use super::*;

#[test]
fn an_unclosed_quote_is_refused_with_its_row_not_merged() {
    let csv = "Nama;NIP\nSiti;196805121994032005\n\"Budi;197001011998031010\nAni;197508122000032002\n";
    let err = roster_from_csv(csv.as_bytes()).unwrap_err();
    assert_eq!((err.row, err.problem), (3, RowProblem::Runaway { nip: false }));
    let at_end = "Nama;NIP\nSiti;196805121994032005\nBudi;\"19700101;1998031010";
    assert_eq!(roster_from_csv(at_end.as_bytes()).unwrap_err().problem, RowProblem::Runaway { nip: true });
    let at_end = "Nama;NIP\nSiti;1\nBudi;2\n\"Ani;3";
    assert_eq!(roster_from_csv(at_end.as_bytes()).unwrap_err().problem, RowProblem::Runaway { nip: false });
    let short = "Name,Gender,Organisation\n\"Wayan, Jr.\",M\n";
    assert_eq!(roster_from_csv(short.as_bytes()).unwrap().participants[0].name, "Wayan, Jr.");
    let ok = "Name,Organisation\n\"Wayan, Jr.\",\"Dinas\nPMD\"\n";
    assert_eq!(roster_from_csv(ok.as_bytes()).unwrap().participants.len(), 1);
}

#[test]
fn excel_on_windows_and_unicode_text_are_decoded() {
    let r = roster_from_csv(b"Nama;NIP\nImam Syafi\x92i;1\n").unwrap();
    assert_eq!(r.participants[0].name, "Imam Syafi\u{2019}i");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Nama\tNIP\r\nImam Syafi’i\t1\r\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(roster_from_csv(&utf16).unwrap().participants[0].name, "Imam Syafi’i");
    let other: Vec<u8> = "Nama\nSiti\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(roster_from_csv(&other).unwrap_err().problem, RowProblem::UnknownEncoding);
}

#[test]
fn control_characters_and_direction_overrides_are_refused() {
    let err = roster_from_csv("Nama;Jabatan\nSiti;Camat\u{1b}]52;c;eA==\u{7}\n".as_bytes()).unwrap_err();
    assert_eq!((err.row, err.column, err.problem), (2, 2, RowProblem::ControlChars));
    let err = roster_from_csv("Nama\nSiti\u{202e}nimdA\n".as_bytes()).unwrap_err();
    assert_eq!(err.problem, RowProblem::ControlChars);
}

#[test]
fn the_same_roster_twice_gives_the_same_ids() {
    let csv = "Nama;NIP\nSiti;196805121994032005\nSiti;196805121994032005\nBudi;\n";
    let day1 = keep_known_ids(roster_from_csv(csv.as_bytes()).unwrap().participants, &[]);
    let day2 = keep_known_ids(roster_from_csv(csv.as_bytes()).unwrap().participants, &day1);
    let ids = |r: &[Participant]| r.iter().map(|p| p.id.0.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&day1), ids(&day2));
    let mut reordered = day2.clone();
    reordered.reverse();
    let day3 = keep_known_ids(reordered, &day1);
    assert_eq!(day3.iter().find(|p| p.name == "Budi").unwrap().id, day1[2].id);
}

#[test]
fn a_large_roster_is_read_in_linear_time() {
    let mut csv = String::from("Nama;NIP\n");
    for i in 0..200_000 {
        csv.push_str(&format!("Peserta {i};{i:018}\n"));
    }
    let started = std::time::Instant::now();
    let r = roster_from_csv(csv.as_bytes()).unwrap();
    assert_eq!(r.participants.len(), 200_000);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
