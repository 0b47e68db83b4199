//! Small builders for test data, with a fixed clock.

#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, NaiveTime};
use sigap::domain::{
    AgendaItem, Gender, ItemId, ItemKind, Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session,
    Status, Timestamp,
};

/// 2017-05-08 at `hm` in WIB (+07:00).
pub fn at(hm: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap()
}

pub fn person(n: usize, name: &str, gender: Gender) -> Participant {
    let mut p = Participant::new(ParticipantId::numbered(n), name);
    p.gender = gender;
    p.role = "Sekretaris Kecamatan".into();
    p.kecamatan = "Panekan".into();
    p.kabupaten = "Kab. Magetan".into();
    p
}

/// A session with every kind of field filled: a run agenda, marks, notes.
pub fn full_session() -> Session {
    let mut s = Session::new(
        "20170508-0800-golden01",
        "Bimtek Sekcam Jatim 2017",
        "Hari 1: Kepemimpinan",
        at("08:00"),
    );
    s.venue = "BPSDM Jatim, Surabaya".into();
    s.facilitators = vec!["Dr. Ratna K., M.Si.".into(), "Agus P.".into()];
    s.chair = "Drs. Bambang Suharto, M.M.".into();
    s.note_taker = "Rina Wulandari, S.Sos.".into();
    let items = [
        ("Registrasi", ItemKind::Admin, 15, None),
        ("Kepemimpinan transformatif", ItemKind::Input, 90, None),
        ("ISHOMA", ItemKind::MealPrayer, 60, Some("12:15")),
        ("Refleksi", ItemKind::Plenary, 15, None),
    ];
    for (n, (title, kind, minutes, fixed)) in items.into_iter().enumerate() {
        let mut item = AgendaItem::new(ItemId::numbered(n + 1), title, kind, minutes);
        item.fixed_start = fixed.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        if n == 1 {
            item.facilitator = Some("Dr. Ratna K., M.Si.".into());
        }
        s.agenda.push(item);
    }
    let mut siti = person(1, "Dra. Siti Aminah, M.Si.", Gender::Female);
    siti.nip = Some("196805121994032005".into());
    siti.phone = Some("081234567890".into());
    siti.group = Some("Kelompok 1".into());
    let mut imam = person(2, "Imam Syafi'i, S.Sos.", Gender::Male);
    imam.disability = Some("tunadaksa".into());
    s.roster = vec![siti, imam, person(3, "Ni Luh Wédari", Gender::NotRecorded)];
    s.toggle_current(at("08:02"));
    s.advance(at("08:20"));
    s.toggle_current(at("09:00"));
    s.toggle_current(at("09:05"));
    s.adjust_current(5, at("09:06"));
    s.set_mark(ParticipantId::numbered(1), Mark::with_status(Status::Present));
    s.set_mark(
        ParticipantId::numbered(2),
        Mark {
            status: Status::Late,
            arrived: Some(at("08:17")),
            left: None,
            reason: Some("macet".into()),
            marked_at: Some(at("08:18")),
            marked_by: Some("Agus P.".into()),
        },
    );
    s.set_mark(
        ParticipantId::numbered(3),
        Mark { status: Status::LeftEarly, left: Some(at("11:00")), ..Mark::default() },
    );
    let mut note =
        Note::new(NoteId::new(at("08:30"), 1), at("08:30"), NoteKind::Note, "Peserta aktif.\nDua baris.");
    note.item = Some(ItemId::numbered(2));
    note.mentions = vec![ParticipantId::numbered(2)];
    let mut action =
        Note::new(NoteId::new(at("08:45"), 2), at("08:45"), NoteKind::Action, "Kirim proposal inovasi");
    action.item = Some(ItemId::numbered(2));
    action.owner = Some("Imam Syafi'i".into());
    action.due = NaiveDate::from_ymd_opt(2017, 5, 15);
    action.edited = Some(at("09:30"));
    s.notes = vec![
        note,
        action,
        Note::new(NoteId::new(at("09:10"), 3), at("09:10"), NoteKind::ParkingLot, "Dana Desa?"),
    ];
    s.deleted_notes.insert(NoteId::new(at("09:20"), 4), at("09:25"));
    s
}

/// A session of a training day not yet started: five people, a fixed lunch.
pub fn fresh_session() -> Session {
    let mut s = Session::new(
        "20170508-0800-fresh001",
        "Bimtek Sekcam Jatim 2017",
        "Hari 2: Pelayanan dasar",
        at("08:00"),
    );
    let items = [
        ("Pembukaan", ItemKind::Ceremony, 15, None),
        ("Materi pelayanan dasar", ItemKind::Input, 90, None),
        ("Rehat kopi", ItemKind::Break, 15, None),
        ("Diskusi kelompok", ItemKind::GroupWork, 135, None),
        ("ISHOMA", ItemKind::MealPrayer, 60, Some("12:15")),
        ("Refleksi", ItemKind::Plenary, 15, None),
    ];
    for (n, (title, kind, minutes, fixed)) in items.into_iter().enumerate() {
        let mut item = AgendaItem::new(ItemId::numbered(n + 1), title, kind, minutes);
        item.fixed_start = fixed.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        s.agenda.push(item);
    }
    let people = [
        ("Dra. Siti Aminah, M.Si.", Gender::Female),
        ("Imam Syafi'i, S.Sos.", Gender::Male),
        ("Ni Luh Putu Wédari, S.STP.", Gender::Female),
        ("Bambang Setiyono", Gender::Male),
        ("Yuli Kurniawati, S.E.", Gender::Female),
    ];
    s.roster = people.iter().enumerate().map(|(i, (name, g))| person(i + 1, name, *g)).collect();
    s.roster[2].organisation = "Kecamatan Tegalombo".into();
    s
}
