//! Regenerates the bundled example workshop under `sessions/`: a four-day
//! training for sub-district secretaries in East Java, three days already run
//! and one still to come, plus the templates and the roster it was built from.
//!
//! Every person, number and note here is fictional. The output is the same
//! bytes on every run: fixed times in WIB (+07:00), fixed note ids, no clock.
//!
//! Usage: `cargo run --example gen_sessions [SESSIONS_DIR]`
//!
//! With `--out DIR --sessions N [--participants P] [--notes K] [--seed S]`
//! it writes N made-up sessions instead (see `sigap::synthetic`), for
//! measuring sigap on a folder of any size:
//! `cargo run --release --example gen_sessions -- --out /tmp/many --sessions 5000`

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveTime};
use sigap::domain::schedule::planned_slots;
use sigap::domain::session::Phase;
use sigap::domain::validate::{roster_problems, session_problems, template_problems};
use sigap::domain::{
    Gender, ItemKind, ItemState, Mark, Note, NoteId, NoteKind, Participant, ParticipantId, RosterFile,
    Session, Status, Template, TemplateItem, Timestamp,
};
use sigap::search::fold::slug;
use sigap::store::{Store, atomic, format, write_ron};
use sigap::synthetic;

const WORKSHOP: &str = "Bimtek Sekcam Jawa Timur 2017";
const VENUE: &str = "BPSDM Provinsi Jawa Timur, Surabaya";
const RATNA: &str = "Dr. Ratna Kusumawardani, M.Si.";
const AGUS: &str = "Agus Prasetyo, S.IP., MPA";
const PEMPROV: &str = "Narasumber Pemprov Jatim";
const ROSTER_NAME: &str = "Sekcam Jawa Timur 2017";
const ROSTER_FILE: &str = "sekcam-jatim-2017";
const BIMTEK_TEMPLATE: &str = "bimtek-hari";
const HALF_DAY_TEMPLATE: &str = "half-day-workshop";
const ROLE: &str = "Sekretaris Kecamatan";
/// A training day starts with registration at 07:45 so that the morning
/// (15+15+90+15+90+45 minutes) ends exactly when the fixed lunch begins.
const DAY_START: &str = "07:45:00";

const P: Gender = Gender::Female;
const L: Gender = Gender::Male;

/// Name, gender, kecamatan, kabupaten/kota, NIP, phone. NIP: birth date,
/// month of appointment, gender digit (1 male, 2 female), sequence.
const PEOPLE: [(&str, Gender, &str, &str, &str, &str); 30] = [
    ("Sri Wahyuningsih, S.Sos., M.Si.", P, "Panekan", "Kab. Magetan", "196807141993032006", "081335412087"),
    ("Drs. Bambang Setiyono, M.Si.", L, "Tegalombo", "Kab. Pacitan", "196603221992031008", "085234116702"),
    ("Endang Purwaningsih, S.Sos., M.AP", P, "Kalipare", "Kab. Malang", "197510052000122003", "081233907451"),
    ("Agung Wicaksono, S.STP., M.Si.", L, "Kanigoro", "Kab. Blitar", "198204172004121002", "082140338816"),
    ("Imam Syafi'i, S.Sos.", L, "Pagerwojo", "Kab. Tulungagung", "197301251998031004", "085735229140"),
    ("Retno Anggraeni, S.STP., M.M.", P, "Watulimo", "Kab. Trenggalek", "198011302002122001", "081359870324"),
    ("Moch. Choirul Anam, S.H.", L, "Sawoo", "Kab. Ponorogo", "197408191999031003", "081230554618"),
    ("Dwi Rahayu Lestari, S.H.", P, "Geneng", "Kab. Ngawi", "197612092003122005", "085649017735"),
    ("Drs. Sugeng Riyadi", L, "Saradan", "Kab. Madiun", "196510281991031005", "081216772093"),
    ("Heru Prasetyo, S.Sos., M.M.", L, "Kedungadem", "Kab. Bojonegoro", "197205161997031006", "082233481560"),
    ("Hj. Siti Nurhayati, S.Sos.", P, "Montong", "Kab. Tuban", "197107231996032002", "085231906647"),
    ("Achmad Fauzi, S.IP.", L, "Paciran", "Kab. Lamongan", "197809032005011004", "081331672209"),
    ("Yuli Kurniawati, S.E., M.Si.", P, "Menganti", "Kab. Gresik", "197707112002122004", "081230981174"),
    ("R. Andi Kurniawan, S.STP.", L, "Krian", "Kab. Sidoarjo", "198305062005011003", "087851203396"),
    ("Slamet Widodo, S.E.", L, "Pacet", "Kab. Mojokerto", "197002141994031007", "081217330548"),
    ("Dyah Ayu Pitaloka, S.STP.", P, "Ploso", "Kab. Jombang", "198406222006022001", "085746128830"),
    ("Didik Hartono, S.Sos., M.AP", L, "Pace", "Kab. Nganjuk", "197111081997031002", "081335096271"),
    ("Eko Budi Santoso, S.STP., M.Si.", L, "Pare", "Kab. Kediri", "197912262001121001", "081259447302"),
    ("Wahyu Hidayat, S.Kom., M.M.", L, "Tutur", "Kab. Pasuruan", "198010102006041009", "085852319967"),
    ("Tri Wulandari, S.IP., M.AP", P, "Sumberasih", "Kab. Probolinggo", "197904182005012006", "082330716458"),
    ("Nur Kholis, S.Pd., M.Si.", L, "Tempeh", "Kab. Lumajang", "197506302003121004", "085258640183"),
    ("Fitriyah Handayani, S.H., M.H.", P, "Ambulu", "Kab. Jember", "197809252006042011", "081336208954"),
    (
        "Dra. Ni Luh Putu Ayu Wédari, M.Si.",
        P,
        "Genteng",
        "Kab. Banyuwangi",
        "196709151993032003",
        "081338772015",
    ),
    ("Joko Susilo, S.H., M.H.", L, "Maesan", "Kab. Bondowoso", "197403071999031005", "085236455721"),
    ("Yusuf Effendi, S.STP.", L, "Asembagus", "Kab. Situbondo", "198502142007011002", "082331094467"),
    ("Abdul Rozaq, S.Ag., M.Si.", L, "Kwanyar", "Kab. Bangkalan", "197308121999031006", "087755310982"),
    ("Umi Kulsum, S.Sos.", P, "Camplong", "Kab. Sampang", "197601202005012008", "081937550216"),
    ("Moh. Hasan Basri, S.Sos.", L, "Pademawu", "Kab. Pamekasan", "196912041996031003", "081703348871"),
    ("Ahmad Zainuri, S.Sos.", L, "Kalianget", "Kab. Sumenep", "197110151998031007", "087850621143"),
    ("Lilik Suryani, S.Sos.", P, "Sukun", "Kota Malang", "197211031998032004", "081233610779"),
];

/// The one participant with a recorded disability (p024).
const DISABLED: usize = 24;
const DISABILITY: &str = "tunadaksa, memakai kursi roda";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a.starts_with("--")) {
        return generate(&args);
    }
    let root = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions"));
    let store = Store::new(&root);

    let roster = roster();
    let bimtek = bimtek_template();
    let half_day = half_day_template();
    let days =
        [day1(&bimtek, &roster), day2(&bimtek, &roster), day3(&bimtek, &roster), day4(&bimtek, &roster)];

    check_plan(&bimtek, wib(date("2017-05-08"), DAY_START));
    check_plan(&half_day, wib(date("2017-05-08"), "09:00:00"));
    assert!(template_problems(&bimtek).is_empty() && template_problems(&half_day).is_empty());
    assert!(roster_problems(&roster).is_empty());

    // Only what this program owns is removed, so hand-made files survive.
    let workshop_dir = root.join(slug(WORKSHOP));
    remove_dir(&workshop_dir)?;
    let templates = [(BIMTEK_TEMPLATE, &bimtek), (HALF_DAY_TEMPLATE, &half_day)];
    let owned = templates
        .iter()
        .map(|(name, _)| store.templates_dir().join(format!("{name}.ron")))
        .chain(["ron", "csv"].map(|ext| store.rosters_dir().join(format!("{ROSTER_FILE}.{ext}"))));
    for path in owned {
        remove_file(&path)?;
    }

    let mut written = Vec::new();
    fs::create_dir_all(store.templates_dir())?;
    for (name, template) in templates {
        let path = store.templates_dir().join(format!("{name}.ron"));
        write_ron(&path, template)?;
        written.push(path);
    }

    fs::create_dir_all(store.rosters_dir())?;
    let ron_path = store.rosters_dir().join(format!("{ROSTER_FILE}.ron"));
    write_ron(&ron_path, &RosterFile::new(ROSTER_NAME, roster.clone()))?;
    written.push(ron_path);
    let csv = roster_csv(&roster);
    let imported = sigap::import::roster_from_csv(&csv)?;
    assert_eq!(imported.participants, roster, "the CSV must import back to the same roster");
    let csv_path = store.rosters_dir().join(format!("{ROSTER_FILE}.csv"));
    atomic::write_atomic(&csv_path, &csv)?;
    written.push(csv_path);

    fs::create_dir_all(&workshop_dir)?;
    for session in &days {
        let problems = session_problems(session);
        assert!(problems.is_empty(), "{}: {problems:?}", session.id);
        // Written directly rather than through `Store::create`, which would
        // leave a lock file beside each session.
        let path = store.session_path(&session.workshop, session.planned_start.naive_local(), &session.title);
        write_ron(&path, session)?;
        written.push(path);
    }

    let here = std::env::current_dir()?;
    for path in written {
        println!("{}", path.strip_prefix(&here).unwrap_or(&path).display());
    }
    Ok(())
}

/// `--out DIR --sessions N [--participants P] [--notes K] [--seed S]`:
/// write N made-up sessions under DIR, on every core.
fn generate(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: gen_sessions --out DIR --sessions N [--participants P] [--notes K] [--seed S]";
    let mut out = None;
    let mut count = None;
    let mut shape = synthetic::Shape::default();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or(usage)?;
        let number = || value.parse::<u64>().map_err(|_| format!("{flag}: not a number: {value}"));
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(value)),
            "--sessions" => count = Some(number()? as usize),
            "--participants" => shape.participants = number()? as usize,
            "--notes" => shape.notes = number()? as usize,
            "--seed" => shape.seed = number()?,
            _ => return Err(format!("unknown flag {flag}\n{usage}").into()),
        }
    }
    let (Some(out), Some(count)) = (out, count) else { return Err(usage.into()) };
    let store = Store::new(&out);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let written = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| -> Result<(), String> {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let (store, written, out) = (&store, &written, &out);
                scope.spawn(move || -> Result<(), String> {
                    for index in (w..count).step_by(workers) {
                        let s = synthetic::session(index, &shape);
                        let path = store.session_path(&s.workshop, s.planned_start.naive_local(), &s.title);
                        let text = format::encode(&s).map_err(|e| e.to_string())?;
                        // Fresh files of throw-away data: a plain write is
                        // enough, and thousands of fsyncs would take minutes.
                        fs::create_dir_all(path.parent().unwrap_or(out)).map_err(|e| e.to_string())?;
                        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
                        written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    Ok(())
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| h.join().map_err(|_| "a writer failed".to_string())?)
    })?;
    println!(
        "{} sessions ({} participants, {} notes each) in {}",
        written.into_inner(),
        shape.participants,
        shape.notes,
        out.display()
    );
    Ok(())
}

fn remove_dir(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn remove_file(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

fn hm(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").expect("a time")
}

/// A moment in Western Indonesian Time on `day`.
fn wib(day: NaiveDate, hms: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(&format!("{day}T{hms}+07:00")).expect("a WIB time")
}

fn pid(n: usize) -> ParticipantId {
    ParticipantId::numbered(n)
}

fn name_of(n: usize) -> &'static str {
    PEOPLE[n - 1].0
}

// ---------------------------------------------------------------- roster

fn roster() -> Vec<Participant> {
    PEOPLE
        .iter()
        .enumerate()
        .map(|(i, &(name, gender, kecamatan, kabupaten, nip, phone))| {
            let n = i + 1;
            let gender_digit = if gender == Gender::Female { b'2' } else { b'1' };
            assert!(nip.len() == 18 && nip.as_bytes()[14] == gender_digit, "NIP of {name}");
            let mut p = Participant::new(pid(n), name);
            p.gender = gender;
            p.role = ROLE.to_string();
            p.organisation = format!("Kecamatan {kecamatan}");
            p.kecamatan = kecamatan.to_string();
            p.kabupaten = kabupaten.to_string();
            p.nip = Some(nip.to_string());
            p.phone = Some(phone.to_string());
            p.disability = (n == DISABLED).then(|| DISABILITY.to_string());
            p.group = Some(format!("Kelompok {}", i % 5 + 1));
            p
        })
        .collect()
}

/// The roster as Excel in an Indonesian locale saves "CSV UTF-8": a BOM,
/// `;` between fields, CRLF line ends.
fn roster_csv(roster: &[Participant]) -> Vec<u8> {
    let header =
        "No;Nama;NIP;Jenis Kelamin;Jabatan;Unit Kerja;Kecamatan;Kabupaten/Kota;No. HP;Disabilitas;Kelompok";
    let mut text = String::from("\u{feff}");
    text.push_str(header);
    text.push_str("\r\n");
    for (i, p) in roster.iter().enumerate() {
        let gender = match p.gender {
            Gender::Female => "P",
            Gender::Male => "L",
            Gender::NotRecorded => "",
        };
        let number = (i + 1).to_string();
        let fields = [
            number.as_str(),
            &p.name,
            p.nip.as_deref().unwrap_or(""),
            gender,
            &p.role,
            &p.organisation,
            &p.kecamatan,
            &p.kabupaten,
            p.phone.as_deref().unwrap_or(""),
            p.disability.as_deref().unwrap_or("-"),
            p.group.as_deref().unwrap_or(""),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        text.push_str(&row.join(";"));
        text.push_str("\r\n");
    }
    text.into_bytes()
}

fn csv_field(value: &str) -> String {
    if value.contains([';', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

// ---------------------------------------------------------------- templates

fn item(title: &str, kind: ItemKind, minutes: i64) -> TemplateItem {
    TemplateItem { title: title.to_string(), kind, minutes, facilitator: None, fixed_start: None }
}

fn led_by(mut item: TemplateItem, facilitator: &str) -> TemplateItem {
    item.facilitator = Some(facilitator.to_string());
    item
}

fn fixed(mut item: TemplateItem, time: &str) -> TemplateItem {
    item.fixed_start = Some(hm(time));
    item
}

fn bimtek_template() -> Template {
    use ItemKind::*;
    Template {
        version: sigap::domain::FORMAT_VERSION,
        name: "Hari pelatihan Bimtek Sekcam".to_string(),
        description: "Satu hari pelatihan: registrasi mulai 07:45, materi pukul 08:00, \
                      ISHOMA tetap pukul 12:15, selesai 16:00."
            .to_string(),
        items: vec![
            led_by(item("Registrasi peserta", Admin, 15), "Panitia"),
            item("Review materi kemarin dan ice breaking", Energizer, 15),
            led_by(item("Kepemimpinan transformatif yang inklusif dan responsif gender", Input, 90), RATNA),
            item("Rehat kopi", Break, 15),
            led_by(item("Akuntabilitas sosial", Input, 90), AGUS),
            led_by(
                item(
                    "Kebijakan Provinsi Jawa Timur tentang pembinaan dan pengawasan pemerintahan desa",
                    Input,
                    45,
                ),
                PEMPROV,
            ),
            fixed(item("ISHOMA", MealPrayer, 60), "12:15"),
            led_by(item("Mekanisme inovatif penyelesaian masalah", GroupWork, 90), AGUS),
            item("Rehat", Break, 15),
            led_by(item("Klinik proposal inovasi", Discussion, 45), RATNA),
            item("Refleksi harian", Plenary, 15),
        ],
    }
}

fn half_day_template() -> Template {
    use ItemKind::*;
    Template {
        version: sigap::domain::FORMAT_VERSION,
        name: "Half-day workshop".to_string(),
        description: "Starts at 09:00; the coffee break is fixed at 10:30; ends 12:30.".to_string(),
        // The input runs 70 minutes (not 45) so that a 09:00 start reaches the
        // fixed 10:30 break without a gap.
        items: vec![
            item("Welcome and objectives", Ceremony, 10),
            item("Icebreaker", Energizer, 10),
            item("Input", Input, 70),
            fixed(item("Coffee break", Break, 15), "10:30"),
            item("Group work", GroupWork, 45),
            item("Plenary report-back", Plenary, 30),
            item("Action planning", Discussion, 20),
            item("Closing and evaluation", Ceremony, 10),
        ],
    }
}

/// Every fixed item must start exactly where the plan before it ends.
fn check_plan(template: &Template, start: Timestamp) {
    let mut s = Session::new("plan", "plan", &template.name, start);
    s.agenda = template.agenda();
    let slots = planned_slots(&s);
    for (i, item) in s.agenda.iter().enumerate().skip(1) {
        if item.fixed_start.is_some() {
            assert_eq!(
                slots[i - 1].end,
                slots[i].start,
                "{}: the plan before \"{}\" does not meet it",
                template.name,
                item.title
            );
        }
    }
}

// ---------------------------------------------------------------- sessions

/// One step of running a session, at a local time of its day.
enum Step {
    /// Start, pause or resume the current item.
    Toggle(&'static str),
    /// Finish the current item and start the next.
    Advance(&'static str),
    /// Change the current item's plan by some minutes.
    Adjust(i64, &'static str),
    /// Skip the item at this agenda number (counting from 1).
    Skip(usize, &'static str),
    Finish(&'static str),
}

/// A note to be taken during an agenda item (counting from 1).
struct NoteSpec {
    item: usize,
    at: &'static str,
    kind: NoteKind,
    text: &'static str,
    mentions: Vec<usize>,
    owner: Option<String>,
    due: Option<&'static str>,
    done: bool,
}

fn note(item: usize, at: &'static str, kind: NoteKind, text: &'static str) -> NoteSpec {
    NoteSpec { item, at, kind, text, mentions: Vec::new(), owner: None, due: None, done: false }
}

impl NoteSpec {
    fn mentions(mut self, who: &[usize]) -> Self {
        self.mentions = who.to_vec();
        self
    }

    fn owner(mut self, owner: &str, due: &'static str) -> Self {
        self.owner = Some(owner.to_string());
        self.due = Some(due);
        self
    }

    fn done(mut self) -> Self {
        self.done = true;
        self
    }
}

/// A day's session from the template, with the day's own titles for some items.
fn planned_day(
    n: usize,
    day: &str,
    title: &str,
    template: &Template,
    roster: &[Participant],
    titles: &[(usize, &str)],
) -> Session {
    let day = date(day);
    let start = wib(day, DAY_START);
    let id = format!("{}-bimtek{n:02}", start.format("%Y%m%d-%H%M"));
    let mut s = Session::new(id, WORKSHOP, title, start);
    s.venue = VENUE.to_string();
    s.facilitators = vec![RATNA.to_string(), AGUS.to_string()];
    s.agenda = template.agenda();
    for &(number, title) in titles {
        s.agenda[number - 1].title = title.to_string();
    }
    s.roster = roster.to_vec();
    s
}

fn run(s: &mut Session, steps: &[Step]) {
    let day = s.date();
    for step in steps {
        match *step {
            Step::Toggle(t) => s.toggle_current(wib(day, t)),
            Step::Advance(t) => s.advance(wib(day, t)),
            Step::Adjust(delta, t) => s.adjust_current(delta, wib(day, t)),
            Step::Skip(number, t) => s.skip(number - 1, wib(day, t)),
            Step::Finish(t) => s.finish(wib(day, t)),
        }
    }
    assert_eq!(s.phase(), Phase::Finished, "{} must be finished", s.id);
    assert!(s.agenda.iter().all(|i| i.is_closed()));
}

/// Everyone present, then the day's exceptions.
fn mark_attendance(s: &mut Session, exceptions: Vec<(usize, Mark)>) {
    let start = s.started_at().expect("a session that ran");
    for p in s.roster.clone() {
        s.set_mark(p.id, Mark::with_status(Status::Present));
    }
    for (n, mark) in exceptions {
        if mark.status == Status::Late {
            let late = mark.minutes_late(start);
            assert!((5..=40).contains(&late), "{}: {} arrives {late} minutes late", s.id, name_of(n));
        }
        s.set_mark(pid(n), mark);
    }
}

fn late(s: &Session, arrived: &str) -> Mark {
    Mark { status: Status::Late, arrived: Some(wib(s.date(), arrived)), ..Mark::default() }
}

fn with_reason(status: Status, reason: &str) -> Mark {
    Mark { status, reason: Some(reason.to_string()), ..Mark::default() }
}

/// Take the notes, each inside the actual time of its agenda item.
fn take_notes(s: &mut Session, specs: Vec<NoteSpec>) {
    let day = s.date();
    for (i, spec) in specs.into_iter().enumerate() {
        let at = wib(day, spec.at);
        let item = &s.agenda[spec.item - 1];
        let (Some(from), Some(to)) = (item.started_at, item.ended_at) else {
            panic!("{}: note at {} is on \"{}\", which was not held", s.id, spec.at, item.title);
        };
        assert!(from <= at && at <= to, "{}: note at {} is outside \"{}\"", s.id, spec.at, item.title);
        // The "random" part of the id is the date and the note's number, read as hex.
        let fixed =
            u64::from_str_radix(&format!("{}{:02}", day.format("%y%m%d"), i + 1), 16).expect("hex digits");
        let mut n = Note::new(NoteId::new(at, fixed), at, spec.kind, spec.text);
        n.item = Some(item.id.clone());
        n.mentions = spec.mentions.into_iter().map(pid).collect();
        n.owner = spec.owner;
        n.due = spec.due.map(date);
        n.done = spec.done;
        s.notes.push(n);
    }
    s.notes.sort_by_key(|n| n.at);
}

fn day1(template: &Template, roster: &[Participant]) -> Session {
    use NoteKind::*;
    use Step::*;
    let mut s = planned_day(
        1,
        "2017-05-08",
        "Hari 1: Kepemimpinan dan akuntabilitas sosial",
        template,
        roster,
        &[(2, "Perkenalan dan kontrak belajar")],
    );
    run(
        &mut s,
        &[
            Toggle("07:51:30"),
            Advance("08:06:10"),
            Advance("08:24:40"),
            // The leadership input runs 12 minutes over.
            Advance("10:07:00"),
            Advance("10:23:20"),
            Advance("11:52:00"),
            // The provincial speaker agrees to shorten the talk; lunch still starts late.
            Adjust(-10, "11:52:30"),
            Advance("12:27:15"),
            Advance("13:24:00"),
            Advance("14:58:00"),
            Advance("15:12:30"),
            Advance("15:58:00"),
            Advance("16:14:00"),
        ],
    );
    let exceptions = vec![
        (14, late(&s, "08:03:00")),
        (27, late(&s, "08:19:30")),
        (29, late(&s, "08:30:00")),
        (9, with_reason(Status::Excused, "mendampingi kunjungan kerja bupati di Kecamatan Saradan")),
        (
            10,
            Mark {
                status: Status::LeftEarly,
                left: Some(wib(s.date(), "14:30:00")),
                reason: Some("dipanggil camat: rapat koordinasi penanganan banjir di Kedungadem".to_string()),
                ..Mark::default()
            },
        ),
    ];
    mark_attendance(&mut s, exceptions);
    take_notes(
        &mut s,
        vec![
            note(
                2,
                "08:15:20",
                Decision,
                "Kontrak belajar: HP mode senyap, registrasi 07:45, ISHOMA pukul 12:15.\n\
                 Ketua kelas Imam Syafi'i (Pagerwojo), sekretaris kelas Dyah Ayu Pitaloka (Ploso).",
            )
            .mentions(&[5, 16]),
            note(
                3,
                "08:52:10",
                Note,
                "Sekcam sebagai pemimpin transformatif: bukan sekadar pengelola administrasi, \
                 tetapi penggerak perubahan di kecamatan.\n\
                 Keterlibatan perempuan dan penyandang disabilitas dalam Musrenbang kecamatan masih rendah.",
            ),
            note(
                3,
                "09:31:45",
                Question,
                "Bagaimana kecamatan mendorong desa melibatkan kelompok perempuan dan disabilitas \
                 dalam Musrenbangdes bila kepala desa kurang mendukung?",
            )
            .mentions(&[8]),
            note(
                3,
                "09:58:00",
                Note,
                "Pengalaman Kec. Maesan: kantor kecamatan belum memiliki ramp; \
                 untuk sementara semua layanan dipindah ke lantai 1.",
            )
            .mentions(&[24]),
            note(
                5,
                "10:48:30",
                Note,
                "Akuntabilitas sosial: warga ikut memantau pelayanan publik lewat kartu penilaian warga, \
                 forum warga dan papan informasi APBDes.\n\
                 Di Kec. Paciran papan informasi APBDes sudah terpasang di semua desa.",
            )
            .mentions(&[12]),
            note(
                5,
                "11:40:00",
                ParkingLot,
                "Pengaduan warga lewat media sosial kecamatan: siapa yang wajib menjawab dan dalam berapa hari? \
                 Dibahas pada sesi pelayanan publik hari 2.",
            ),
            note(
                6,
                "12:05:00",
                Action,
                "Bahan paparan narasumber Pemprov tentang pembinaan dan pengawasan desa \
                 dibagikan ke grup WhatsApp peserta.",
            )
            .owner("Panitia", "2017-05-09")
            .done(),
            note(
                8,
                "13:55:00",
                Decision,
                "Tiap kelompok mengangkat satu masalah nyata dari kecamatan anggotanya menjadi proposal inovasi:\n\
                 Kelompok 1: antrean layanan PATEN\n\
                 Kelompok 2: posyandu yang tidak aktif\n\
                 Kelompok 3: keterlambatan laporan Dana Desa\n\
                 Kelompok 4: data penyandang disabilitas belum terpadu\n\
                 Kelompok 5: anak tanpa akta kelahiran",
            ),
            note(
                10,
                "15:30:00",
                Action,
                "Tiap kelompok menyusun pohon masalah dan draf judul proposal inovasi; \
                 ketua kelas mengumpulkan sebelum klinik hari 2.",
            )
            .mentions(&[5])
            .owner(name_of(5), "2017-05-09"),
            note(
                11,
                "16:05:00",
                Note,
                "Refleksi: materi kepemimpinan dinilai paling relevan.\n\
                 Input pagi terlalu panjang tanpa jeda; peserta usul ice breaking singkat setelah ISHOMA.",
            ),
        ],
    );
    s
}

fn day2(template: &Template, roster: &[Participant]) -> Session {
    use NoteKind::*;
    use Step::*;
    let mut s = planned_day(
        2,
        "2017-05-09",
        "Hari 2: Pelayanan publik yang inklusif",
        template,
        roster,
        &[
            (3, "Pelayanan publik di kecamatan: PATEN dan pelayanan dasar"),
            (5, "Identitas hukum bagi penyandang disabilitas dan kelompok rentan"),
            (6, "Pembinaan dan pengawasan pengelolaan Dana Desa"),
        ],
    );
    run(
        &mut s,
        &[
            Toggle("07:47:00"),
            Advance("08:01:00"),
            Advance("08:17:30"),
            Advance("09:49:00"),
            Advance("10:05:00"),
            // The discussion on legal identity runs 14 minutes over.
            Advance("11:49:00"),
            Adjust(-15, "11:49:30"),
            Advance("12:18:00"),
            Advance("13:15:00"),
            Advance("14:46:00"),
            Advance("15:01:00"),
            Advance("15:47:00"),
            Advance("16:03:00"),
        ],
    );
    let exceptions = vec![
        (9, late(&s, "08:20:00")),
        (26, late(&s, "07:55:00")),
        (19, late(&s, "08:12:00")),
        (11, with_reason(Status::Sick, "demam")),
        (28, Mark::with_status(Status::Absent)),
    ];
    mark_attendance(&mut s, exceptions);
    take_notes(
        &mut s,
        vec![
            note(
                2,
                "08:10:00",
                Note,
                "Review hari 1 oleh Kelompok 3: kepemimpinan transformatif, akuntabilitas sosial, \
                 papan informasi APBDes.",
            ),
            note(
                3,
                "08:55:40",
                Note,
                "PATEN (Permendagri 4/2010): 19 dari 30 kecamatan peserta sudah menetapkan PATEN dengan \
                 peraturan bupati/wali kota, 7 dalam proses, 4 belum.\n\
                 Kendala: pelimpahan kewenangan belum lengkap dan petugas front office terbatas.",
            ),
            note(
                3,
                "09:30:15",
                Question,
                "Bolehkah pelayanan dasar (akta kelahiran, KTP-el) dilayani di kecamatan bila \
                 Dispendukcapil belum melimpahkan kewenangan?\n\
                 Jawaban narasumber: bisa lewat jemput bola bersama Dispendukcapil, bukan diterbitkan kecamatan.",
            )
            .mentions(&[27]),
            note(
                5,
                "10:40:00",
                Note,
                "Banyak penyandang disabilitas di desa belum punya NIK dan KK, sehingga tidak tercatat \
                 sebagai penerima bantuan sosial dan JKN-PBI.",
            ),
            note(
                5,
                "11:25:30",
                Decision,
                "Kecamatan memfasilitasi perekaman KTP-el jemput bola bagi penyandang disabilitas dan lansia \
                 bersama Dispendukcapil, minimal sekali tiap triwulan.",
            )
            .mentions(&[24]),
            note(
                5,
                "11:44:00",
                Action,
                "Uji coba pendataan penyandang disabilitas tanpa dokumen kependudukan di desa-desa Kec. Maesan; \
                 hasilnya dibawa ke hari 4.",
            )
            .mentions(&[24])
            .owner(name_of(24), "2017-05-11"),
            note(
                6,
                "12:10:00",
                ParkingLot,
                "Sanksi bagi desa yang terlambat menyampaikan laporan realisasi Dana Desa tahap I: \
                 narasumber akan menjawab tertulis.",
            ),
            note(
                8,
                "14:20:00",
                Note,
                "Kelompok 2 (posyandu): di Kec. Pace 4 dari 41 posyandu tidak aktif karena kader berhenti \
                 dan tidak ada insentif dari APBDes.",
            )
            .mentions(&[17]),
            note(
                10,
                "15:35:00",
                Action,
                "Kelompok 3 melengkapi data keterlambatan laporan Dana Desa per desa \
                 dari Kec. Pare dan Kec. Kalipare.",
            )
            .mentions(&[18, 3])
            .owner(name_of(18), "2017-05-10"),
            note(
                11,
                "15:58:00",
                Note,
                "Refleksi: sesi identitas hukum membuka mata banyak peserta; \
                 minta contoh surat kerja sama kecamatan dengan Dispendukcapil.",
            ),
        ],
    );
    s
}

fn day3(template: &Template, roster: &[Participant]) -> Session {
    use NoteKind::*;
    use Step::*;
    let mut s = planned_day(
        3,
        "2017-05-10",
        "Hari 3: Inovasi dan kolaborasi lintas sektor",
        template,
        roster,
        &[
            (3, "Kolaborasi lintas sektor: posyandu dan pelayanan dasar"),
            (5, "Menyusun proposal inovasi pelayanan kecamatan"),
            (6, "Monitoring dan evaluasi penyelenggaraan pemerintahan desa"),
        ],
    );
    run(
        &mut s,
        &[
            Toggle("07:46:20"),
            Advance("07:59:40"),
            Advance("08:16:00"),
            Advance("09:47:00"),
            Advance("10:02:00"),
            Advance("11:33:00"),
            Advance("12:16:00"),
            Advance("13:14:00"),
            // A power cut pauses the group work.
            Toggle("14:05:10"),
            Toggle("14:13:40"),
            Skip(9, "14:20:00"),
            Advance("14:52:00"),
            Advance("15:45:00"),
            Finish("15:58:00"),
        ],
    );
    let exceptions = vec![
        (5, late(&s, "07:58:00")),
        (16, late(&s, "08:03:00")),
        (22, with_reason(Status::Excused, "mendampingi kunjungan bupati ke Kecamatan Ambulu")),
    ];
    mark_attendance(&mut s, exceptions);
    take_notes(
        &mut s,
        vec![
            note(
                3,
                "08:40:00",
                Note,
                "Posyandu sebagai pintu pelayanan dasar: kecamatan mengoordinasikan puskesmas, PKK dan desa.\n\
                 Dana Desa dapat dipakai untuk insentif kader dan PMT sesuai prioritas penggunaan Dana Desa 2017.",
            ),
            note(
                3,
                "09:20:00",
                Question,
                "Bagaimana bila Dinas Kesehatan dan DPMD memberi arahan berbeda soal Dana Desa untuk posyandu?",
            )
            .mentions(&[17]),
            note(
                5,
                "10:30:00",
                Note,
                "Susunan proposal inovasi:\n\
                 1. Latar belakang dan data masalah\n\
                 2. Tujuan dan sasaran\n\
                 3. Langkah kegiatan dan pembagian peran\n\
                 4. Kebutuhan anggaran dan sumber dana\n\
                 5. Indikator keberhasilan",
            ),
            note(
                5,
                "11:15:00",
                Decision,
                "Proposal inovasi dipresentasikan pada hari 4, paling lama 10 menit per kelompok, \
                 dinilai fasilitator dan perwakilan BPSDM.",
            ),
            note(
                6,
                "11:58:00",
                ParkingLot,
                "Usul forum komunikasi sekcam se-Jawa Timur setelah pelatihan; dibahas bersama BPSDM.",
            ),
            note(
                8,
                "14:07:00",
                Note,
                "Listrik padam sekitar 8 menit; kerja kelompok berhenti dan dilanjutkan setelah genset menyala.",
            ),
            note(
                8,
                "14:20:00",
                Decision,
                "Rehat sore ditiadakan untuk mengejar waktu; kudapan diantar ke meja kelompok.",
            ),
            note(
                10,
                "15:10:00",
                Question,
                "Bolehkah proposal inovasi dibiayai dari DPA kecamatan, atau harus lewat Dana Desa?",
            )
            .mentions(&[23]),
            note(
                10,
                "15:20:00",
                Action,
                "Kelompok 5 memperbaiki indikator keberhasilan (cakupan akta kelahiran anak 0–18 tahun) \
                 dan menyerahkan file ke panitia.",
            )
            .mentions(&[20])
            .owner(name_of(20), "2017-05-11"),
            note(
                10,
                "15:40:00",
                Action,
                "Siapkan LCD kedua, pengeras suara dan ruang yang dapat diakses kursi roda untuk presentasi hari 4.",
            )
            .mentions(&[24])
            .owner("Panitia", "2017-05-11"),
        ],
    );
    s
}

fn day4(template: &Template, roster: &[Participant]) -> Session {
    let mut s = planned_day(
        4,
        "2017-05-11",
        "Hari 4: Presentasi proposal inovasi dan rencana tindak lanjut",
        template,
        roster,
        &[
            (3, "Presentasi proposal inovasi Kelompok 1–3"),
            (5, "Presentasi proposal inovasi Kelompok 4–5 dan umpan balik"),
            (6, "Tanggapan narasumber Pemprov atas proposal inovasi"),
            (8, "Penyusunan rencana tindak lanjut (RTL) per kecamatan"),
            (10, "Post-test dan evaluasi penyelenggaraan"),
            (11, "Penutupan dan penyerahan sertifikat"),
        ],
    );
    // The last day closes the training, so some items change kind too.
    for (n, kind) in [
        (3, ItemKind::Plenary),
        (5, ItemKind::Plenary),
        (6, ItemKind::Discussion),
        (10, ItemKind::Test),
        (11, ItemKind::Ceremony),
    ] {
        s.agenda[n - 1].kind = kind;
    }
    s.agenda[10].facilitator = Some("Kepala BPSDM Provinsi Jawa Timur".to_string());
    assert_eq!(s.phase(), Phase::Planned);
    assert!(s.agenda.iter().all(|i| i.state == ItemState::Pending));
    s
}
