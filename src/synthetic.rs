//! Made-up sessions at any size, for measuring sigap: a roster, a full
//! training day that was run, mixed attendance and notes in Indonesian and
//! English. The same seed always gives the same sessions, and one session in
//! about a hundred has the rare word [`RARE_WORD`] in its notes, so that a
//! search has something rare and something common to find.
//!
//! Pure: no clock, no randomness from outside, no disk.

use chrono::{DateTime, Duration, NaiveDate};

use crate::domain::{
    AgendaItem, Gender, ItemId, ItemKind, Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session,
    Status, Timestamp,
};

/// The word one session in about a hundred has in one of its notes.
pub const RARE_WORD: &str = "zanzibar";

/// Sessions of one workshop: ten days of two parallel classes.
pub const SESSIONS_PER_WORKSHOP: usize = 20;

/// How big each session is, and which sequence of sessions to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub participants: usize,
    pub notes: usize,
    pub seed: u64,
}

impl Default for Shape {
    fn default() -> Self {
        Shape { participants: 90, notes: 150, seed: 1 }
    }
}

/// A small, fast, well-mixed generator (SplitMix64): enough for made-up
/// data and for seeded test cases, and the same on every platform.
pub struct Dice(pub u64);

impl Dice {
    fn new(seed: u64, stream: u64) -> Self {
        let mut d = Dice(seed ^ stream.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        d.roll();
        d
    }

    pub fn roll(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.roll() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const TOPICS: [&str; 8] = [
    "Pelayanan Publik Inklusif",
    "Perencanaan Pembangunan Desa",
    "Pengelolaan Dana Desa",
    "Kepemimpinan Perempuan",
    "Posyandu dan Gizi Anak",
    "Data Kependudukan",
    "Public Budget Literacy",
    "Disaster Preparedness",
];

const DAY_THEMES: [&str; 10] = [
    "Pembukaan dan orientasi",
    "Kepemimpinan dan akuntabilitas sosial",
    "Pelayanan publik yang inklusif",
    "Perencanaan partisipatif",
    "Anggaran dan transparansi",
    "Inovasi dan kolaborasi lintas sektor",
    "Kunjungan lapangan",
    "Monitoring dan evaluasi",
    "Rencana tindak lanjut",
    "Presentasi dan penutupan",
];

const FIRST_NAMES: [(&str, Gender); 24] = [
    ("Sri", Gender::Female),
    ("Bambang", Gender::Male),
    ("Endang", Gender::Female),
    ("Agung", Gender::Male),
    ("Imam", Gender::Male),
    ("Retno", Gender::Female),
    ("Choirul", Gender::Male),
    ("Dwi", Gender::Female),
    ("Sugeng", Gender::Male),
    ("Siti", Gender::Female),
    ("Achmad", Gender::Male),
    ("Yuli", Gender::Female),
    ("Andi", Gender::Male),
    ("Dyah", Gender::Female),
    ("Eko", Gender::Male),
    ("Tri", Gender::Female),
    ("Nur", Gender::Male),
    ("Fitriyah", Gender::Female),
    ("Ni Luh", Gender::Female),
    ("Joko", Gender::Male),
    ("Umi", Gender::Female),
    ("Hasan", Gender::Male),
    ("Wédari", Gender::Female),
    ("Ma'ruf", Gender::Male),
];

const LAST_NAMES: [&str; 16] = [
    "Wahyuningsih",
    "Setiyono",
    "Purwaningsih",
    "Wicaksono",
    "Syafi'i",
    "Anggraeni",
    "Anam",
    "Lestari",
    "Riyadi",
    "Nurhayati",
    "Fauzi",
    "Kurniawati",
    "Santoso",
    "Hidayat",
    "Wulandari",
    "Basri",
];

const TITLES: [&str; 6] = ["S.Sos.", "S.STP., M.Si.", "S.H.", "S.E., M.M.", "S.IP., M.AP", "Drs."];

const PLACES: [(&str, &str); 10] = [
    ("Panekan", "Kab. Magetan"),
    ("Tegalombo", "Kab. Pacitan"),
    ("Kalipare", "Kab. Malang"),
    ("Kanigoro", "Kab. Blitar"),
    ("Pagerwojo", "Kab. Tulungagung"),
    ("Watulimo", "Kab. Trenggalek"),
    ("Geneng", "Kab. Ngawi"),
    ("Paciran", "Kab. Lamongan"),
    ("Genteng", "Kab. Banyuwangi"),
    ("Sukun", "Kota Malang"),
];

/// A full training day: (title, kind, minutes, facilitator).
const DAY: [(&str, ItemKind, i64); 11] = [
    ("Registrasi peserta", ItemKind::Admin, 15),
    ("Review materi kemarin dan ice breaking", ItemKind::Energizer, 15),
    ("Materi inti 1", ItemKind::Input, 90),
    ("Rehat kopi", ItemKind::Break, 15),
    ("Materi inti 2", ItemKind::Input, 90),
    ("Kebijakan daerah", ItemKind::Input, 45),
    ("ISHOMA", ItemKind::MealPrayer, 60),
    ("Diskusi kelompok", ItemKind::GroupWork, 90),
    ("Rehat", ItemKind::Break, 15),
    ("Pleno hasil diskusi", ItemKind::Discussion, 45),
    ("Refleksi harian", ItemKind::Plenary, 15),
];

const FACILITATORS: [&str; 4] =
    ["Dr. Ratna Kusumawardani, M.Si.", "Agus Prasetyo, S.IP., MPA", "Maria Goreti, M.A.", "Tim Provinsi"];

const OPENINGS_ID: [&str; 10] = [
    "Peserta dari {place} menanyakan",
    "Diskusi kelompok membahas",
    "Narasumber menjelaskan",
    "{who} menyampaikan pengalaman tentang",
    "Disepakati bahwa",
    "Perlu ditindaklanjuti:",
    "Catatan fasilitator:",
    "{who} mengusulkan",
    "Beberapa peserta belum memahami",
    "Kelompok 3 melaporkan",
];

const SUBJECTS_ID: [&str; 12] = [
    "alokasi dana desa untuk posyandu",
    "data penduduk penyandang disabilitas yang belum tercatat di KTP elektronik",
    "jadwal musrenbang kecamatan",
    "pengaduan warga lewat kanal SP4N-LAPOR",
    "peran kader PKK dalam pendataan gizi balita",
    "standar pelayanan minimal di kantor kecamatan",
    "transparansi APBDes di papan informasi desa",
    "koordinasi dengan puskesmas dan bidan desa",
    "akses jalan ke balai desa bagi pengguna kursi roda",
    "laporan pertanggungjawaban yang sering terlambat",
    "inovasi layanan administrasi kependudukan keliling",
    "keterlibatan perempuan dan pemuda dalam rapat desa",
];

const OPENINGS_EN: [&str; 8] = [
    "Participants from {place} asked about",
    "The group discussed",
    "The speaker explained",
    "{who} shared experience with",
    "Agreed:",
    "Follow up on",
    "Facilitator's note:",
    "{who} proposed a pilot on",
];

const SUBJECTS_EN: [&str; 10] = [
    "village fund allocations for health posts",
    "unregistered residents with disabilities",
    "the sub-district planning calendar",
    "complaints received through the online channel",
    "the role of women's groups in nutrition surveys",
    "minimum service standards at the sub-district office",
    "publishing the village budget on a notice board",
    "coordination with the health centre and village midwife",
    "wheelchair access to the village hall",
    "late accountability reports",
];

const TAILS: [&str; 8] = [
    ".",
    "; contoh dari lapangan dibagikan.",
    ", terutama di desa terpencil.",
    " (lihat bahan tayang hal. 12).",
    "; to be checked with the district office.",
    ", with figures from last year.",
    " dan akan dibahas lagi besok.",
    "; belum ada kesepakatan.",
];

/// The session number `index` (counting from 0) of the sequence `shape`
/// describes: workshop `index / 20`, day and class from the rest.
pub fn session(index: usize, shape: &Shape) -> Session {
    let mut dice = Dice::new(shape.seed, index as u64);
    let workshop_no = index / SESSIONS_PER_WORKSHOP;
    let within = index % SESSIONS_PER_WORKSHOP;
    let (day_no, class) = (within / 2, if within.is_multiple_of(2) { "A" } else { "B" });
    let topic = TOPICS[workshop_no % TOPICS.len()];
    let workshop = format!("{topic} Angkatan {}", workshop_no + 1);
    let title = format!("Hari {} Kelas {class}: {}", day_no + 1, DAY_THEMES[day_no % DAY_THEMES.len()]);
    // A workshop every two weeks from 2018, a session every day of it.
    let date = NaiveDate::from_ymd_opt(2018, 1, 8).expect("a date")
        + Duration::days((workshop_no * 14 + day_no) as i64);
    let start = wib(date, 7 * 60 + 45);
    let id = format!("{}-synth{index:06}", start.format("%Y%m%d-%H%M"));
    let mut s = Session::new(id, workshop, title, start);
    s.venue = format!("Balai Diklat {}, ruang {class}", PLACES[workshop_no % PLACES.len()].1);
    s.facilitators = vec![dice.pick(&FACILITATORS).to_string(), dice.pick(&FACILITATORS).to_string()];
    s.facilitators.dedup();
    s.agenda = agenda(&mut dice);
    // One roster for the whole workshop, as in a real training.
    let mut people = Dice::new(shape.seed, (1 << 48) + workshop_no as u64);
    s.roster = (1..=shape.participants).map(|n| participant(n, &mut people)).collect();
    run_day(&mut s, &mut dice);
    mark_attendance(&mut s, &mut dice);
    let rare = rare_in(index, shape.seed);
    take_notes(&mut s, shape.notes, rare, &mut dice);
    s
}

/// Whether session `index` holds the rare word: one session in each run of
/// a hundred, at a place the seed picks.
fn rare_in(index: usize, seed: u64) -> bool {
    let block = (index / 100) as u64;
    Dice::new(seed, u64::MAX - block).below(100) == index % 100
}

fn wib(date: NaiveDate, minutes: i64) -> Timestamp {
    let offset = chrono::FixedOffset::east_opt(7 * 3600).expect("WIB");
    let local = date.and_hms_opt(0, 0, 0).expect("midnight") + Duration::minutes(minutes);
    DateTime::from_naive_utc_and_offset(local - Duration::hours(7), offset)
}

fn agenda(dice: &mut Dice) -> Vec<AgendaItem> {
    DAY.iter()
        .enumerate()
        .map(|(n, &(title, kind, minutes))| {
            let mut item = AgendaItem::new(ItemId::numbered(n + 1), title, kind, minutes);
            if kind.is_learning() {
                item.facilitator = Some(dice.pick(&FACILITATORS).to_string());
            }
            item
        })
        .collect()
}

fn participant(n: usize, dice: &mut Dice) -> Participant {
    let &(first, gender) = dice.pick(&FIRST_NAMES);
    let last = dice.pick(&LAST_NAMES);
    let mut p =
        Participant::new(ParticipantId::numbered(n), format!("{first} {last}, {}", dice.pick(&TITLES)));
    let &(kecamatan, kabupaten) = dice.pick(&PLACES);
    p.gender = gender;
    p.role = "Sekretaris Kecamatan".to_string();
    p.organisation = format!("Kecamatan {kecamatan}");
    p.kecamatan = kecamatan.to_string();
    p.kabupaten = kabupaten.to_string();
    let gender_digit = if gender == Gender::Female { 2 } else { 1 };
    p.nip = Some(format!(
        "19{:02}{:02}{:02}19{:02}{:02}{gender_digit}{:03}",
        60 + dice.below(30),
        1 + dice.below(12),
        1 + dice.below(28),
        90 + dice.below(10),
        1 + dice.below(12),
        dice.below(1000)
    ));
    p.phone = Some(format!("08{:010}", dice.roll() % 10_000_000_000));
    p.disability = dice.chance(3).then(|| "tunadaksa, memakai kursi roda".to_string());
    p.group = Some(format!("Kelompok {}", n % 6 + 1));
    p
}

/// Run the day from 07:45 with each item a little over or under its plan.
fn run_day(s: &mut Session, dice: &mut Dice) {
    let mut at = s.planned_start + Duration::seconds(dice.below(600) as i64);
    s.toggle_current(at);
    for i in 0..s.agenda.len() {
        let planned = s.agenda[i].planned_seconds();
        at += Duration::seconds(planned - 300 + dice.below(900) as i64);
        s.advance(at);
    }
}

fn mark_attendance(s: &mut Session, dice: &mut Dice) {
    let start = s.lateness_start();
    let end = s.finished_at().unwrap_or(start);
    let ids: Vec<ParticipantId> = s.roster.iter().map(|p| p.id.clone()).collect();
    for id in ids {
        let roll = dice.below(100);
        let mark = match roll {
            0..=79 => Mark::with_status(Status::Present),
            80..=87 => Mark {
                status: Status::Late,
                arrived: Some(start + Duration::minutes(5 + dice.below(60) as i64)),
                ..Mark::default()
            },
            88..=91 => Mark {
                status: Status::LeftEarly,
                left: Some(end - Duration::minutes(15 + dice.below(90) as i64)),
                reason: Some("urusan dinas".to_string()),
                ..Mark::default()
            },
            92..=94 => Mark {
                status: Status::Excused,
                reason: Some("surat izin dari camat".to_string()),
                ..Mark::default()
            },
            95..=96 => Mark { status: Status::Sick, ..Mark::default() },
            97..=98 => Mark::with_status(Status::Absent),
            _ => continue,
        };
        s.set_mark(id, mark);
    }
}

/// `count` notes spread evenly over the items that were held.
fn take_notes(s: &mut Session, count: usize, rare: bool, dice: &mut Dice) {
    let held: Vec<(ItemId, Timestamp, Timestamp)> = s
        .agenda
        .iter()
        .filter(|i| !matches!(i.kind, ItemKind::Break | ItemKind::MealPrayer))
        .filter_map(|i| Some((i.id.clone(), i.started_at?, i.ended_at?)))
        .collect();
    let total: i64 = held.iter().map(|(_, from, to)| (*to - *from).num_seconds()).sum();
    if held.is_empty() || total <= 0 {
        return;
    }
    let rare_at = dice.below(count.max(1));
    for k in 0..count {
        // The k-th note's place in the held time, then which item that is.
        let mut offset = total * k as i64 / count as i64;
        let (item, at) = held
            .iter()
            .find_map(|(id, from, to)| {
                let length = (*to - *from).num_seconds();
                if offset < length {
                    Some((id.clone(), *from + Duration::seconds(offset)))
                } else {
                    offset -= length;
                    None
                }
            })
            .unwrap_or_else(|| (held[0].0.clone(), held[0].1));
        let kind = match dice.below(100) {
            0..=59 => NoteKind::Note,
            60..=69 => NoteKind::Decision,
            70..=84 => NoteKind::Action,
            85..=94 => NoteKind::Question,
            _ => NoteKind::ParkingLot,
        };
        let mut text = sentence(s, dice);
        if dice.chance(25) {
            text.push('\n');
            text.push_str(&sentence(s, dice));
        }
        if rare && k == rare_at {
            text.push_str(" Studi banding: model zanzibar untuk layanan keliling.");
        }
        let mut note = Note::new(NoteId::new(at, dice.roll()), at, kind, text);
        note.item = Some(item);
        if !s.roster.is_empty() && dice.chance(30) {
            note.mentions = vec![s.roster[dice.below(s.roster.len())].id.clone()];
        }
        if kind == NoteKind::Action {
            note.owner = Some(dice.pick(&FACILITATORS).to_string());
            note.due = Some(s.date() + Duration::days(7 + dice.below(21) as i64));
            note.done = dice.chance(40);
        }
        s.notes.push(note);
    }
}

/// One sentence of minutes, in Indonesian two times in three, else English.
fn sentence(s: &Session, dice: &mut Dice) -> String {
    let (opening, subject) = if dice.below(3) < 2 {
        (*dice.pick(&OPENINGS_ID), *dice.pick(&SUBJECTS_ID))
    } else {
        (*dice.pick(&OPENINGS_EN), *dice.pick(&SUBJECTS_EN))
    };
    let who = if s.roster.is_empty() {
        "Fasilitator".to_string()
    } else {
        let name = &s.roster[dice.below(s.roster.len())].name;
        name.split(',').next().unwrap_or(name).to_string()
    };
    let place = dice.pick(&PLACES).0;
    let opening = opening.replace("{who}", &who).replace("{place}", place);
    format!("{opening} {subject}{}", dice.pick(&TAILS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::session_problems;
    use crate::fold::fold;
    use crate::store::format::encode;

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_another_seed_does_not() -> Result<(), ron::Error> {
        let shape = Shape { participants: 30, notes: 40, seed: 7 };
        for index in [0, 1, 19, 20, 433] {
            assert_eq!(encode(&session(index, &shape))?, encode(&session(index, &shape))?);
        }
        let other = Shape { seed: 8, ..shape };
        assert_ne!(encode(&session(3, &shape))?, encode(&session(3, &other))?);
        Ok(())
    }

    #[test]
    fn sessions_are_valid_full_days_with_the_asked_sizes() {
        let shape = Shape { participants: 90, notes: 150, seed: 3 };
        let s = session(25, &shape);
        assert!(session_problems(&s).is_empty(), "{:?}", session_problems(&s));
        assert_eq!((s.roster.len(), s.notes.len(), s.agenda.len()), (90, 150, DAY.len()));
        assert_eq!(s.workshop, "Perencanaan Pembangunan Desa Angkatan 2");
        assert!(s.agenda.iter().all(|i| i.is_closed()));
        assert!(s.notes.windows(2).all(|w| w[0].at <= w[1].at));
        // Mixed attendance: more than one status, most people in the room.
        let count = s.attendance_count();
        assert!(count.in_room > 60 && count.in_room < 90, "{count:?}");
        // Both languages.
        let text: String = s.notes.iter().map(|n| n.text.as_str()).collect();
        assert!(text.contains("Peserta") || text.contains("Disepakati") || text.contains("Narasumber"));
        assert!(text.contains("the ") || text.contains("Agreed"));
    }

    #[test]
    fn the_rare_word_is_in_about_one_session_in_a_hundred() {
        let shape = Shape { participants: 5, notes: 20, seed: 11 };
        let holding = (0..1000)
            .filter(|&i| session(i, &shape).notes.iter().any(|n| fold(&n.text).contains(RARE_WORD)))
            .count();
        assert_eq!(holding, 10);
        let common = (0..100)
            .filter(|&i| session(i, &shape).notes.iter().any(|n| fold(&n.text).contains("desa")))
            .count();
        assert!(common > 90, "{common}");
    }
}
