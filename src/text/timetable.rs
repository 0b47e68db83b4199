//! The words of `sigap template import`: a timetable's days, items and
//! problems, in English and Bahasa Indonesia.

use std::fmt;

use chrono::NaiveTime;

use super::Text;
use crate::domain::ItemKind;
use crate::domain::fold::fold;
use crate::domain::problem::{RowProblem, TimetableError, TimetableProblem};

/// The words of importing a timetable.
pub struct TimetableText {
    /// A timetable's problem (other than the file's own, said as a roster's).
    pub problem: fn(&TimetableProblem) -> String,
    /// What a template of one day is named after: `NAME-day-1` / `NAME-hari-1`.
    pub day_name: &'static str,
    /// `{n}`, `{label}` (with its separator, or empty), `{name}`, `{start}`.
    pub day_heading: &'static str,
    /// The summary's columns: number, time, minutes, kind, fixed, decided by, title.
    pub headers: [&'static str; 7],
    /// The kind came from no rule.
    pub by_default: &'static str,
    /// The kind came from the timetable's own column: `{value}`.
    pub by_column: &'static str,
    /// `{from}`, `{until}`, `{n}`: free time before item n, now fixed.
    pub gap: &'static str,
    /// `{place}`, `{jp}`, `{jp_minutes}`, `{minutes}`.
    pub lesson_hours: &'static str,
    /// A template's description: `{file}`, `{n}`, `{label}`, `{start}`.
    pub description: &'static str,
    /// `{name}`, `{start}`: how to start a session from a written template.
    pub hint: &'static str,
    pub dry_run: &'static str,
}

/// A time as the language writes it.
fn hhmm(t: NaiveTime, separator: char) -> String {
    t.format(&format!("%H{separator}%M")).to_string()
}

pub const EN: TimetableText = TimetableText {
    problem: |p| {
        let at = |t: &NaiveTime| hhmm(*t, ':');
        match p {
            TimetableProblem::NoHeader { found } => format!(
                "no header row with a time column (Waktu, Jam, Pukul, Time, or Mulai and Selesai) and a subject column (Materi, Kegiatan, Acara, Agenda, Subject); the first row says: {found}"
            ),
            TimetableProblem::BadTime { value } => {
                format!("\"{value}\" is not a time range such as 07.30 – 08.00, nor a time")
            }
            TimetableProblem::EndBeforeStart { start, end } => {
                format!("the item ends at {}, which is not after its start at {}", at(end), at(start))
            }
            TimetableProblem::Overlap { start, previous_end } => {
                format!(
                    "the item starts at {}, before the item above it ends at {}",
                    at(start),
                    at(previous_end)
                )
            }
            TimetableProblem::NoTitle => "the row has a time but no subject".to_string(),
            TimetableProblem::NoTime => "the row has a subject but no time".to_string(),
            TimetableProblem::NoItems => "no row has both a time and a subject".to_string(),
            TimetableProblem::NoDay { wanted, days } => {
                format!("there is no day {wanted}: the timetable has {days} day(s)")
            }
            TimetableProblem::NoItem { wanted, items } => {
                format!("--kind: there is no item {wanted}; the items are numbered 1 to {items}")
            }
            TimetableProblem::File(_) | TimetableProblem::ControlChars => String::new(),
        }
    },
    day_name: "day",
    day_heading: "Day {n}{label}: template {name}, starts at {start}",
    headers: ["#", "Time", "Min", "Kind", "Fixed", "Decided by", "Title"],
    by_default: "default",
    by_column: "column: {value}",
    gap: "free time {from}–{until}: item {n} starts at {until}, fixed",
    lesson_hours: "{place}: {jp} JP is {jp_minutes} minutes, but the times give {minutes}; the times are kept",
    description: "Imported from {file}, day {n}{label}; starts at {start}.",
    hint: "start a session from it: sigap new --template {name} --start {start}",
    dry_run: "dry run: nothing was written",
};

pub const ID: TimetableText = TimetableText {
    problem: |p| {
        let at = |t: &NaiveTime| hhmm(*t, '.');
        match p {
            TimetableProblem::NoHeader { found } => format!(
                "baris judul kolom dengan kolom waktu (Waktu, Jam, Pukul, atau Mulai dan Selesai) dan kolom materi (Materi, Kegiatan, Acara, Agenda) tidak ditemukan; baris pertama berisi: {found}"
            ),
            TimetableProblem::BadTime { value } => {
                format!("\"{value}\" bukan rentang waktu seperti 07.30 – 08.00, bukan pula jam")
            }
            TimetableProblem::EndBeforeStart { start, end } => {
                format!("mata acara berakhir pukul {}, tidak sesudah mulainya pukul {}", at(end), at(start))
            }
            TimetableProblem::Overlap { start, previous_end } => format!(
                "mata acara mulai pukul {}, sebelum mata acara di atasnya berakhir pukul {}",
                at(start),
                at(previous_end)
            ),
            TimetableProblem::NoTitle => "baris ini memiliki waktu tetapi tanpa materi".to_string(),
            TimetableProblem::NoTime => "baris ini memiliki materi tetapi tanpa waktu".to_string(),
            TimetableProblem::NoItems => "baris yang memiliki waktu dan materi tidak ditemukan".to_string(),
            TimetableProblem::NoDay { wanted, days } => {
                format!("hari ke-{wanted} tidak ditemukan: jadwal ini berisi {days} hari")
            }
            TimetableProblem::NoItem { wanted, items } => {
                format!("--kind: mata acara nomor {wanted} tidak ditemukan; nomornya 1 sampai {items}")
            }
            TimetableProblem::File(_) | TimetableProblem::ControlChars => String::new(),
        }
    },
    day_name: "hari",
    day_heading: "Hari {n}{label}: templat {name}, mulai pukul {start}",
    headers: ["No.", "Waktu", "Menit", "Jenis", "Tetap", "Penentu jenis", "Judul"],
    by_default: "bawaan",
    by_column: "kolom: {value}",
    gap: "waktu luang {from}–{until}: mata acara {n} berwaktu tetap, mulai pukul {until}",
    lesson_hours: "{place}: {jp} JP berarti {jp_minutes} menit, tetapi waktunya {minutes} menit; waktunya yang dipakai",
    description: "Diimpor dari {file}, hari ke-{n}{label}; mulai pukul {start}.",
    hint: "mulai sesi darinya: sigap new --template {name} --start {start}",
    dry_run: "uji coba: tidak ada yang ditulis",
};

impl Text {
    /// Why a timetable gave no template, with the file and the cell (or row).
    pub fn timetable_error(&self, path: &std::path::Path, e: &TimetableError) -> String {
        let what = match &e.problem {
            TimetableProblem::File(p) => (self.row_problem)(p),
            TimetableProblem::ControlChars => (self.row_problem)(&RowProblem::ControlChars),
            p => (self.timetable.problem)(p),
        };
        let place = e.place.as_ref().map(|p| match &p.cell {
            Some(cell) => format!("{cell}: "),
            None => format!("{} {}: ", self.export.row, p.row),
        });
        format!("{}: {}{what}; {}", path.display(), place.unwrap_or_default(), self.export.nothing_written)
    }
}

impl fmt::Display for TimetableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = super::EN.timetable_error(std::path::Path::new("-"), self);
        f.write_str(text.trim_start_matches("-: "))
    }
}

/// An item kind by its name in either language (`discussion`, `diskusi`,
/// `group-work`, `kerja kelompok`, `ishoma`), case and accents aside.
pub fn parse_item_kind(text: &str) -> Result<ItemKind, String> {
    let key = |s: &str| fold(s).chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let wanted = key(text);
    // The Indonesian word for an energizer is written with its English gloss.
    let more = [("penyegaran", ItemKind::Energizer), ("icebreaking", ItemKind::Energizer)];
    ItemKind::ALL
        .into_iter()
        .find(|k| {
            [super::EN.item_kind(*k), super::ID.item_kind(*k), &format!("{k:?}")]
                .iter()
                .any(|n| key(n) == wanted)
        })
        .or_else(|| more.iter().find(|(word, _)| *word == wanted).map(|(_, k)| *k))
        .ok_or_else(|| {
            let names =
                |t: &Text| ItemKind::ALL.iter().map(|k| t.item_kind(*k)).collect::<Vec<_>>().join(", ");
            format!("\"{text}\" is not an item kind ({}; {})", names(&super::EN), names(&super::ID))
        })
}

/// `N=KIND` of `--kind`: an item's number and its kind, named in either language.
pub fn parse_kind_correction(text: &str) -> Result<(usize, ItemKind), String> {
    let (number, kind) = text.split_once('=').ok_or_else(|| format!("\"{text}\" is not N=KIND"))?;
    let number = number.trim().parse().map_err(|_| format!("\"{number}\" is not an item number"))?;
    Ok((number, parse_item_kind(kind)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name_in_both_languages() {
        assert_eq!(parse_item_kind("discussion"), Ok(ItemKind::Discussion));
        assert_eq!(parse_item_kind("Diskusi"), Ok(ItemKind::Discussion));
        assert_eq!(parse_item_kind("group-work"), Ok(ItemKind::GroupWork));
        assert_eq!(parse_item_kind("kerja kelompok"), Ok(ItemKind::GroupWork));
        assert_eq!(parse_item_kind("GroupWork"), Ok(ItemKind::GroupWork));
        assert_eq!(parse_item_kind("ishoma"), Ok(ItemKind::MealPrayer));
        assert_eq!(parse_item_kind("meal/prayer"), Ok(ItemKind::MealPrayer));
        assert_eq!(parse_item_kind("penyegaran"), Ok(ItemKind::Energizer));
        assert_eq!(parse_item_kind("materi"), Ok(ItemKind::Input));
        assert_eq!(parse_item_kind("tes"), Ok(ItemKind::Test));
        assert!(parse_item_kind("lunch").unwrap_err().contains("group work"));
        assert_eq!(parse_kind_correction("5=diskusi"), Ok((5, ItemKind::Discussion)));
        assert_eq!(parse_kind_correction(" 12 = kerja kelompok"), Ok((12, ItemKind::GroupWork)));
        assert!(parse_kind_correction("diskusi").is_err());
        assert!(parse_kind_correction("x=diskusi").is_err());
    }

    #[test]
    fn every_problem_is_said_in_both_languages() {
        let t = NaiveTime::from_hms_opt(8, 0, 0).unwrap();
        let problems = [
            TimetableProblem::NoHeader { found: "JADWAL".into() },
            TimetableProblem::BadTime { value: "pagi".into() },
            TimetableProblem::EndBeforeStart { start: t, end: t },
            TimetableProblem::Overlap { start: t, previous_end: t },
            TimetableProblem::NoTitle,
            TimetableProblem::NoTime,
            TimetableProblem::NoItems,
            TimetableProblem::NoDay { wanted: 3, days: 2 },
            TimetableProblem::NoItem { wanted: 30, items: 11 },
        ];
        for p in &problems {
            let (en, id) = ((EN.problem)(p), (ID.problem)(p));
            assert!(!en.is_empty() && !id.is_empty() && en != id, "{p:?}");
        }
        assert!((ID.problem)(&problems[2]).contains("08.00"));
        assert!((EN.problem)(&problems[2]).contains("08:00"));
    }
}
