//! The command line's words: the help of each subcommand and argument in
//! Indonesian (English is written beside each argument in `src/cli.rs`),
//! the examples and exit statuses of each command in both languages, and
//! the words clap itself would print in English.

mod examples;
mod id_help;

pub use examples::{EXAMPLES, EXIT_STATUS, Example};
pub use id_help::{ID_HELP, ID_VALUE_HELP};

use crate::domain::FORMAT_VERSION;

use super::Lang;

/// The command line's own words in one language.
pub struct CliWords {
    /// The heading of `--dir` and `--lang`, apart from a command's own options.
    pub global_options: &'static str,
    /// The manual page's footer: which manual it belongs to.
    pub manual: &'static str,
    /// The heading of a command's examples.
    pub examples: &'static str,
    /// The heading before the exit statuses.
    pub exit_status: &'static str,
    /// `--version` after the program's name: the release and the session format.
    pub version: fn(&str) -> String,
    pub not_a_date: fn(&str) -> String,
    pub not_a_time: fn(&str) -> String,
    pub not_an_offset: fn(&str) -> String,
    pub not_a_percent: fn(&str) -> String,
    /// A `--kind` that names no note kind, and the kinds that there are.
    pub not_a_note_kind: fn(&str, &str) -> String,
}

impl Lang {
    pub fn cli(self) -> &'static CliWords {
        match self {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }
}

pub static EN: CliWords = CliWords {
    global_options: "Global options",
    manual: "sigap Manual",
    examples: "Examples",
    exit_status: "Exit status",
    version: |release| format!("{release} (session file format {FORMAT_VERSION})"),
    not_a_date: |text| format!("\"{text}\" is not a date like 2017-05-08 (year-month-day)"),
    not_a_time: |text| format!("\"{text}\" is not a time like 08:00 (24-hour HH:MM)"),
    not_an_offset: |text| format!("\"{text}\" is not a UTC offset like +07:00"),
    not_a_percent: |text| format!("\"{text}\" is not a percent from 0 to 100"),
    not_a_note_kind: |text, kinds| format!("\"{text}\" is not a note kind ({kinds})"),
};

pub static ID: CliWords = CliWords {
    global_options: "Opsi umum",
    manual: "Panduan sigap",
    examples: "Contoh",
    exit_status: "Status keluar",
    version: |release| format!("{release} (format berkas sesi {FORMAT_VERSION})"),
    not_a_date: |text| format!("\"{text}\" bukan tanggal seperti 2017-05-08 (tahun-bulan-hari)"),
    not_a_time: |text| format!("\"{text}\" bukan jam seperti 08:00 (JJ:MM, 24 jam)"),
    not_an_offset: |text| format!("\"{text}\" bukan selisih UTC seperti +07:00"),
    not_a_percent: |text| format!("\"{text}\" bukan persen dari 0 sampai 100"),
    not_a_note_kind: |text, kinds| format!("\"{text}\" bukan jenis catatan ({kinds})"),
};

/// What clap prints in English, in Indonesian: headings, the help and
/// version flags, the notes after an argument's help, and argument errors.
pub mod clap_id {
    pub const USAGE: &str = "Penggunaan";
    pub const ARGUMENTS: &str = "Argumen";
    pub const OPTIONS: &str = "Opsi";
    pub const COMMANDS: &str = "Perintah";
    /// Stands for a subcommand in a usage line.
    pub const COMMAND_VALUE: &str = "PERINTAH";
    /// Stands for any options in a usage line.
    pub const OPTIONS_VALUE: &str = "[OPSI]";
    pub const HELP: &str = "Cetak bantuan (ringkas dengan -h, lengkap dengan --help)";
    pub const VERSION: &str = "Cetak versi";
    pub const HELP_COMMAND: &str = "Cetak bantuan ini atau bantuan subperintah yang disebut";
    pub const HELP_COMMAND_ARG: &str = "Subperintah yang bantuannya dicetak";
    pub const DEFAULT: &str = "bawaan";
    pub const VALUES: &str = "nilai yang bisa dipakai";
    pub const ENVIRONMENT: &str = "variabel lingkungan";
    pub const ERROR: &str = "galat";
    pub const TIP: &str = "saran";
    pub const MORE: &str = "Keterangan lebih lanjut: coba";
    pub fn invalid_value(value: &str, arg: &str) -> String {
        format!("nilai '{value}' tidak sah untuk '{arg}'")
    }
    pub fn value_needed(arg: &str) -> String {
        format!("'{arg}' memerlukan nilai, tetapi tidak ada yang diberikan")
    }
    pub fn unknown_argument(arg: &str) -> String {
        format!("argumen '{arg}' tidak dikenal")
    }
    pub fn unknown_command(name: &str) -> String {
        format!("subperintah '{name}' tidak dikenal")
    }
    pub const MISSING: &str = "argumen wajib berikut belum diberikan:";
    pub fn command_needed(command: &str) -> String {
        format!("'{command}' memerlukan subperintah, tetapi tidak ada yang diberikan")
    }
    pub fn conflict(arg: &str, other: &str) -> String {
        format!("argumen '{arg}' tidak dapat dipakai bersama '{other}'")
    }
    pub fn repeated(arg: &str) -> String {
        format!("argumen '{arg}' tidak dapat diberikan lebih dari sekali")
    }
    pub fn value_count(arg: &str, wanted: usize, given: usize) -> String {
        format!("'{arg}' memerlukan {wanted} nilai, tetapi diberikan {given}")
    }
    pub fn extra_value(value: &str, arg: &str) -> String {
        format!("nilai '{value}' untuk '{arg}' berlebih; tidak ada nilai lain yang diharapkan")
    }
    pub fn similar_argument(arg: &str) -> String {
        format!("argumen yang mirip: '{arg}'")
    }
    pub fn similar_command(name: &str) -> String {
        format!("subperintah yang mirip: '{name}'")
    }
    pub fn similar_value(value: &str) -> String {
        format!("nilai yang mirip: '{value}'")
    }
    pub fn as_value(arg: &str) -> String {
        format!("untuk memakai '{arg}' sebagai nilai, tulis '-- {arg}'")
    }
    pub const OTHER: &str = "argumen tidak sah";

    /// The placeholders of values in usage lines and help, as
    /// `(English, Indonesian)`; clap makes the English from field names.
    pub const VALUE_NAMES: &[(&str, &str)] = &[
        ("ANCESTOR", "LELUHUR"),
        ("CLASS", "KELAS"),
        ("COMMAND", "PERINTAH"),
        ("CSV", "CSV"),
        ("DATE", "TANGGAL"),
        ("DIR", "FOLDER"),
        ("FACILITATORS", "FASILITATOR"),
        ("FILE", "BERKAS"),
        ("FORMAT", "FORMAT"),
        ("KIND", "JENIS"),
        ("LANG", "BAHASA"),
        ("N", "N"),
        ("N=KIND", "N=JENIS"),
        ("NAME", "NAMA"),
        ("OURS", "MILIK_KITA"),
        ("OUTPUT", "KELUARAN"),
        ("PATHS", "JALUR"),
        ("ROSTER", "PESERTA"),
        ("SHELL", "SHELL"),
        ("START", "MULAI"),
        ("TEMPLATE", "TEMPLAT"),
        ("TEXT", "KATA"),
        ("THEIRS", "MILIK_MEREKA"),
        ("THRESHOLD", "AMBANG"),
        ("TITLE", "JUDUL"),
        ("UTC_OFFSET", "SELISIH_UTC"),
        ("VENUE", "TEMPAT"),
        ("WORKSHOP", "PELATIHAN"),
    ];
}
