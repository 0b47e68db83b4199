//! Rosters as spreadsheets write them.

use super::*;

#[test]
fn semicolons_bom_and_crlf_from_an_indonesian_excel() {
    let csv = "\u{feff}No;Nama;NIP;Jenis Kelamin;Jabatan;Unit Kerja;Kecamatan;Kabupaten/Kota;No. HP\r\n\
               1;Dra. Siti Aminah, M.Si.;'196805121994032005;P;Sekcam;Kec. Panekan;Panekan;Kab. Magetan;081234567890\r\n\
               2;Imam Syafi'i, S.Sos.;197001011998031010;L;Sekcam;Kec. Tegalombo;Tegalombo;Kab. Pacitan;0857000111\r\n";
    let r = roster_from_csv(csv.as_bytes()).unwrap();
    assert_eq!(r.participants.len(), 2);
    let siti = &r.participants[0];
    assert_eq!(siti.id.0, "p001");
    assert_eq!(siti.name, "Dra. Siti Aminah, M.Si.");
    assert_eq!(siti.nip.as_deref(), Some("196805121994032005"));
    assert_eq!(siti.gender, Gender::Female);
    assert_eq!(siti.phone.as_deref(), Some("081234567890"));
    assert_eq!(r.participants[1].gender, Gender::Male);
    assert!(r.ignored_columns.is_empty());
}

#[test]
fn english_headers_with_commas_and_quotes() {
    let csv =
        "Name,Gender,Organisation,Phone,Group,Shoe size\n\"Wayan, Jr.\",M,\"Dinas \"\"PMD\"\"\",0812,A,42\n";
    let r = roster_from_csv(csv.as_bytes()).unwrap();
    assert_eq!(r.participants[0].name, "Wayan, Jr.");
    assert_eq!(r.participants[0].organisation, "Dinas \"PMD\"");
    assert_eq!(r.participants[0].phone.as_deref(), Some("0812"));
    assert_eq!(r.ignored_columns, vec!["Shoe size".to_string()]);
}

#[test]
fn a_bad_row_names_its_row() {
    let csv = "Nama,JK\nA,L\n\nB,X\n";
    let err = roster_from_csv(csv.as_bytes()).unwrap_err();
    assert_eq!((err.row, err.column), (4, 2));
    assert_eq!(err.problem, RowProblem::BadGender("X".into()));
    let err = roster_from_csv(b"Nama,JK\n,L\n").unwrap_err();
    assert_eq!((err.row, err.problem), (2, RowProblem::NoName));
    let err = roster_from_csv(b"Nama,NIP\nA,1.97E+17\n").unwrap_err();
    assert!(err.to_string().contains("as text"), "{err}");
    assert!(matches!(
        roster_from_csv(b"Foo,Bar\n1,2\n").unwrap_err().problem,
        RowProblem::NoNameColumn { .. }
    ));
}

#[test]
fn latin1_exports_are_read() {
    let r = roster_from_csv(b"Nama\nJos\xe9\n").unwrap();
    assert_eq!(r.participants[0].name, "José");
}

#[test]
fn known_people_keep_their_ids() {
    let mut known = vec![
        Participant::new(ParticipantId::numbered(1), "Siti"),
        Participant::new(ParticipantId::numbered(2), "Budi"),
    ];
    known[1].nip = Some("42".into());
    let mut budi = Participant::new(ParticipantId::numbered(1), "Budi Santoso");
    budi.nip = Some("42".into());
    let imported = vec![
        budi,
        Participant::new(ParticipantId::numbered(2), "Rina"),
        Participant::new(ParticipantId::numbered(3), "SITI"),
    ];
    let ids: Vec<String> = keep_known_ids(imported, &known).into_iter().map(|p| p.id.0).collect();
    assert_eq!(ids, vec!["p002", "p003", "p001"]);
}

mod nip_tests {
    use super::*;

    #[test]
    fn the_fifteenth_digit_is_the_sex() {
        let nip = "19750812 200003 2 002";
        assert_eq!(check_nip(nip, Gender::Female), None);
        assert_eq!(check_nip(nip, Gender::NotRecorded), None);
        assert_eq!(
            check_nip(nip, Gender::Male),
            Some(NipProblem::Gender { nip_says: Gender::Female, recorded: Gender::Male })
        );
        assert_eq!(check_nip("1975081220000310", Gender::Male), Some(NipProblem::Length { digits: 16 }));
        assert_eq!(check_nip("19750812200003100X", Gender::Male), Some(NipProblem::Length { digits: 17 }));
    }

    #[test]
    fn doubtful_nips_are_imported_with_a_warning_naming_the_row() {
        let csv = "Nama;NIP;L/P\nSiti;197508122000032002;L\nBudi;19750812;L\nAni;197508122000032002;P\n";
        let roster = roster_from_csv(csv.as_bytes()).unwrap();
        assert_eq!(roster.participants.len(), 3);
        let rows: Vec<usize> = roster.warnings.iter().map(|w| w.row).collect();
        assert_eq!(rows, [2, 3, 4]);
        assert_eq!(roster.warnings[1].problem, NipProblem::Length { digits: 8 });
        assert_eq!(roster.warnings[2].problem, NipProblem::Repeated { first_row: 2 });
    }
}
