//! Every word sigap shows a person, in English and Bahasa Indonesia.
//!
//! Labels are fields of one [`Text`] per language, so a missing translation
//! is a compile error rather than an English word in an Indonesian screen.

use crate::domain::session::Phase;
use crate::domain::{Gender, ItemKind, ItemState, NoteKind, Status};

/// The language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Id,
}

impl Lang {
    /// The language a locale string (`LANG`, `LC_ALL`) asks for.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("id") || locale.starts_with("in_") {
            Lang::Id
        } else {
            Lang::En
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }
}

/// The words of one language.
pub struct Text {
    pub status: [&'static str; 7],
    pub item_kind: [&'static str; 10],
    pub item_state: [&'static str; 5],
    pub note_kind: [&'static str; 5],
    pub gender: [&'static str; 3],
    pub phase: [&'static str; 3],
    pub workshop: &'static str,
    pub venue: &'static str,
    pub date: &'static str,
    pub start: &'static str,
    pub facilitators: &'static str,
    pub agenda: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub attendance: &'static str,
    pub by_gender: &'static str,
    pub late_arrivals: &'static str,
    pub left_early: &'static str,
    pub notes: &'static str,
    pub no_item: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub roster: &'static str,
    pub title: &'static str,
    pub path: &'static str,
    pub present_of_roster: &'static str,
    pub minutes_short: &'static str,
    pub lesson_hours: &'static str,
    pub no_sessions: &'static str,
    pub unreadable: &'static str,
    pub files_ok: &'static str,
    pub files_bad: &'static str,
    pub created: &'static str,
    pub roster_from: &'static str,
    pub ignored_columns: &'static str,
    pub total: &'static str,
    pub disability: &'static str,
    pub none: &'static str,
    pub done: &'static str,
}

fn index_of<T: PartialEq + Copy>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or(0)
}

impl Text {
    pub fn status(&self, s: Status) -> &'static str {
        self.status[index_of(&Status::ALL, s)]
    }
    pub fn item_kind(&self, k: ItemKind) -> &'static str {
        self.item_kind[index_of(&ItemKind::ALL, k)]
    }
    pub fn item_state(&self, s: ItemState) -> &'static str {
        let all =
            [ItemState::Pending, ItemState::Running, ItemState::Paused, ItemState::Done, ItemState::Skipped];
        self.item_state[index_of(&all, s)]
    }
    pub fn note_kind(&self, k: NoteKind) -> &'static str {
        self.note_kind[index_of(&NoteKind::ALL, k)]
    }
    pub fn gender(&self, g: Gender) -> &'static str {
        self.gender[index_of(&[Gender::Female, Gender::Male, Gender::NotRecorded], g)]
    }
    pub fn phase(&self, p: Phase) -> &'static str {
        self.phase[index_of(&[Phase::Planned, Phase::Running, Phase::Finished], p)]
    }
}

pub static EN: Text = Text {
    status: ["unmarked", "present", "late", "left early", "excused", "sick", "absent"],
    item_kind: [
        "input",
        "discussion",
        "group work",
        "plenary",
        "energizer",
        "break",
        "meal/prayer",
        "ceremony",
        "test",
        "admin",
    ],
    item_state: ["pending", "running", "paused", "done", "skipped"],
    note_kind: ["note", "decision", "action", "question", "parking lot"],
    gender: ["female", "male", "not recorded"],
    phase: ["planned", "running", "finished"],
    workshop: "Workshop",
    venue: "Venue",
    date: "Date",
    start: "Start",
    facilitators: "Facilitators",
    agenda: "Agenda",
    planned: "planned",
    actual: "actual",
    attendance: "Attendance",
    by_gender: "In the room by gender",
    late_arrivals: "Late arrivals",
    left_early: "Left early",
    notes: "Notes",
    no_item: "Outside the agenda",
    owner: "owner",
    due: "due",
    roster: "roster",
    title: "Title",
    path: "Path",
    present_of_roster: "present",
    minutes_short: "min",
    lesson_hours: "JP",
    no_sessions: "No sessions yet. Create one with: sigap new --workshop W --title T --date YYYY-MM-DD --start HH:MM",
    unreadable: "cannot be read",
    files_ok: "files checked, all good",
    files_bad: "files checked, with problems in",
    created: "created",
    roster_from: "roster",
    ignored_columns: "columns not used",
    total: "total",
    disability: "disability",
    none: "none",
    done: "✓ done",
};

pub static ID: Text = Text {
    status: ["belum diisi", "hadir", "terlambat", "pulang sebelum waktu", "izin", "sakit", "alpa"],
    item_kind: [
        "materi",
        "diskusi",
        "kerja kelompok",
        "pleno",
        "ice breaking",
        "rehat",
        "ISHOMA",
        "seremoni",
        "tes",
        "administrasi",
    ],
    item_state: ["belum", "berjalan", "jeda", "selesai", "dilewati"],
    note_kind: ["catatan", "keputusan", "tindak lanjut", "pertanyaan", "parkir isu"],
    gender: ["perempuan", "laki-laki", "tidak dicatat"],
    phase: ["direncanakan", "berjalan", "selesai"],
    workshop: "Pelatihan",
    venue: "Tempat",
    date: "Tanggal",
    start: "Mulai",
    facilitators: "Fasilitator",
    agenda: "Agenda",
    planned: "rencana",
    actual: "realisasi",
    attendance: "Daftar hadir",
    by_gender: "Hadir menurut jenis kelamin",
    late_arrivals: "Datang terlambat",
    left_early: "Pulang sebelum waktu",
    notes: "Notulensi",
    no_item: "Di luar agenda",
    owner: "penanggung jawab",
    due: "tenggat",
    roster: "peserta",
    title: "Judul",
    path: "Berkas",
    present_of_roster: "hadir",
    minutes_short: "mnt",
    lesson_hours: "JP",
    no_sessions: "Belum ada sesi. Buat dengan: sigap new --workshop W --title T --date YYYY-MM-DD --start HH:MM",
    unreadable: "tidak dapat dibaca",
    files_ok: "berkas diperiksa, semua baik",
    files_bad: "berkas diperiksa, bermasalah",
    created: "dibuat",
    roster_from: "peserta",
    ignored_columns: "kolom tidak dipakai",
    total: "jumlah",
    disability: "disabilitas",
    none: "tidak ada",
    done: "✓ selesai",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(Lang::from_locale("id_ID.UTF-8"), Lang::Id);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }

    #[test]
    fn every_status_has_a_word_in_both_languages() {
        for s in Status::ALL {
            assert!(!EN.status(s).is_empty() && !ID.status(s).is_empty());
        }
        assert_eq!(ID.status(Status::Absent), "alpa");
    }
}

/// `text` cut or padded to exactly `width` terminal columns (wide
/// characters count double; a cut ends in `…`).
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let full: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    let mut out = String::new();
    let mut used = 0;
    if full <= width {
        out.push_str(text);
        used = full;
    } else if width > 0 {
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// `HH:MM` of a moment.
pub fn hhmm(t: &crate::domain::Timestamp) -> String {
    t.format("%H:%M").to_string()
}

#[cfg(test)]
mod fit_tests {
    use super::fit;

    #[test]
    fn fit_pads_and_cuts_by_display_width() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("日本語", 5), "日本…");
        assert_eq!(fit("", 2), "  ");
    }
}
