//! The words of settings, the projector clock, small windows and the late
//! grace: what fits sigap to the room it runs in.

use crate::domain::problem::KeyError;

/// Words of `sigap config`, the clock and the screen's own hints.
pub struct RoomText {
    pub settings_file: &'static str,
    pub settings_missing: &'static str,
    pub settings_invalid: &'static str,
    pub settings_written: &'static str,
    pub settings_exists: &'static str,
    pub in_force: &'static str,
    pub keys_heading: &'static str,
    pub key_skipped: &'static str,
    /// Why a key of the settings was skipped.
    pub key_problem: fn(&KeyError) -> String,
    /// `{width}`, `{height}`, `{min_width}`, `{min_height}` are filled in.
    pub too_small: &'static str,
    pub first_run: &'static str,
    pub clock_not_started: &'static str,
    pub clock_starts_at: &'static str,
    pub clock_finished: &'static str,
    pub clock_left: &'static str,
    pub clock_over: &'static str,
    pub clock_almost: &'static str,
    pub clock_paused: &'static str,
    pub clock_next: &'static str,
    pub clock_last_item: &'static str,
    pub clock_follows: &'static str,
    pub clock_unreadable: &'static str,
    pub late_offer_title: &'static str,
    /// `{time}`, `{minutes}` and `{start}` are filled in.
    pub late_offer: &'static str,
    pub late_offer_keys: &'static str,
}

pub const EN: RoomText = RoomText {
    settings_file: "Settings file",
    settings_missing: "not found: the defaults are in force",
    settings_invalid: "the settings file cannot be used; the defaults are in force",
    settings_written: "Settings file written",
    settings_exists: "a settings file exists already; it was not changed",
    in_force: "In force",
    keys_heading: "Keys: command, where, keys. Rebind in the settings file by the command's name: keys: { \"toggle_clock\": [\"F5\"], … }",
    key_skipped: "key setting skipped",
    key_problem: key_problem_en,
    too_small: "The window is {width}×{height}; sigap needs at least {min_width}×{min_height}. Make it larger or the font smaller.",
    first_run: "Press ? to see every key",
    clock_not_started: "Not started yet",
    clock_starts_at: "starts at",
    clock_finished: "Session finished",
    clock_left: "left",
    clock_over: "OVER TIME",
    clock_almost: "ALMOST TIME",
    clock_paused: "PAUSED",
    clock_next: "Next",
    clock_last_item: "Last item",
    clock_follows: "read-only, following",
    clock_unreadable: "cannot read the session now; showing what was read last",
    late_offer_title: "Arrived late?",
    late_offer: "It is {time}, {minutes} min after the start ({start}). Mark as late?",
    late_offer_keys: "y/Enter late · n present · Esc cancel",
};

pub const ID: RoomText = RoomText {
    settings_file: "Berkas pengaturan",
    settings_missing: "tidak ada: pengaturan bawaan berlaku",
    settings_invalid: "berkas pengaturan tidak dapat dipakai; pengaturan bawaan berlaku",
    settings_written: "Berkas pengaturan ditulis",
    settings_exists: "berkas pengaturan sudah ada; tidak diubah",
    in_force: "Yang berlaku",
    keys_heading: "Tombol: perintah, tempat, tombol. Ubah di berkas pengaturan dengan nama perintahnya: keys: { \"toggle_clock\": [\"F5\"], … }",
    key_skipped: "pengaturan tombol dilewati",
    key_problem: key_problem_id,
    too_small: "Jendela berukuran {width}×{height}; sigap perlu paling kecil {min_width}×{min_height}. Perbesar jendela atau perkecil huruf.",
    first_run: "Tekan ? untuk melihat semua tombol",
    clock_not_started: "Belum dimulai",
    clock_starts_at: "mulai pukul",
    clock_finished: "Sesi selesai",
    clock_left: "tersisa",
    clock_over: "LEWAT WAKTU",
    clock_almost: "HAMPIR HABIS",
    clock_paused: "JEDA",
    clock_next: "Berikutnya",
    clock_last_item: "Mata acara terakhir",
    clock_follows: "hanya baca, mengikuti",
    clock_unreadable: "sesi tidak dapat dibaca sekarang; menampilkan yang terakhir dibaca",
    late_offer_title: "Datang terlambat?",
    late_offer: "Sekarang {time}, {minutes} menit setelah mulai ({start}). Tandai terlambat?",
    late_offer_keys: "y/Enter: terlambat · n: hadir · Esc: batal",
};

fn key_problem_en(e: &KeyError) -> String {
    match e {
        KeyError::UnknownAction(name) => {
            format!("\"{name}\" is not an action of the key table (sigap config lists them)")
        }
        KeyError::UnknownKey { action, key } => format!(
            "{action}: \"{key}\" is not a key sigap knows (examples: x, X, Ctrl+r, Alt+Enter, F5, Space, PgDn)"
        ),
        KeyError::NoKeys { action } => format!("{action}: no keys given"),
    }
}

fn key_problem_id(e: &KeyError) -> String {
    match e {
        KeyError::UnknownAction(name) => {
            format!("\"{name}\" bukan aksi dalam tabel tombol (sigap config menampilkan daftarnya)")
        }
        KeyError::UnknownKey { action, key } => format!(
            "{action}: \"{key}\" bukan tombol yang dikenal sigap (contoh: x, X, Ctrl+r, Alt+Enter, F5, Space, PgDn)"
        ),
        KeyError::NoKeys { action } => format!("{action}: tidak ada tombol yang diberikan"),
    }
}
