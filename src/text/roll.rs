//! The words of the roll call's guards: typing caught in the wrong place,
//! corrections said aloud, and questions before the agenda ends or skips
//! a fixed item.

/// Words of the roll call and the agenda's guarded keys.
pub struct RollText {
    pub typed_title: &'static str,
    pub typed_body: &'static str,
    pub typed_keys: &'static str,
    /// `{name}`, `{from}`, `{to}` and `{undo}` (the undo key) are filled in.
    pub corrected: &'static str,
    /// `{n}`, `{names}` and `{undo}` are filled in.
    pub rest_absent_done: &'static str,
    pub end_title: &'static str,
    /// `{item}` is filled in.
    pub end_body: &'static str,
    pub skip_fixed_title: &'static str,
    /// `{item}` and `{time}` are filled in.
    pub skip_fixed_body: &'static str,
    pub start_fixed_title: &'static str,
    /// `{item}` and `{time}` are filled in.
    pub start_fixed_body: &'static str,
    pub quit_title: &'static str,
    pub quit_body: &'static str,
    pub quit_keys: &'static str,
    pub log_end: &'static str,
    pub log_passed: &'static str,
    pub arrival_title: &'static str,
    pub departure_title: &'static str,
    /// `{text}` is filled in.
    pub not_a_time: &'static str,
    pub log_time: &'static str,
    pub only_unmarked: &'static str,
}

pub const EN: RollText = RollText {
    typed_title: "Typed text?",
    typed_body: "These keys came as fast as typing, so no mark was changed:",
    typed_keys: "Enter/y: start a note with it · n/Esc: drop it",
    corrected: "{name}: {from} → {to} · {undo} undoes",
    rest_absent_done: "{n} marked absent: {names} · {undo} undoes",
    end_title: "End the session?",
    end_body: "“{item}” is the last item. Finish it and end the session?",
    skip_fixed_title: "Skip a fixed item?",
    skip_fixed_body: "“{item}” is fixed at {time}. Skip it all the same?",
    start_fixed_title: "Start a fixed item early?",
    start_fixed_body: "“{item}” is fixed at {time}. Start it now all the same?",
    quit_title: "Quit sigap?",
    quit_body: "The session is running; everything is saved.",
    quit_keys: "Enter/y: quit · any other key: stay",
    log_end: "end of session",
    log_passed: "item passed without running",
    arrival_title: "Arrival time",
    departure_title: "Departure time",
    not_a_time: "“{text}” is not a time of day; write it as 07:40. Nothing changed.",
    log_time: "time corrected",
    only_unmarked: "unmarked only",
};

pub const ID: RollText = RollText {
    typed_title: "Teks terketik?",
    typed_body: "Tombol ini ditekan secepat orang mengetik, jadi tidak ada tanda hadir yang diubah:",
    typed_keys: "Enter/y: jadikan catatan · n/Esc: buang",
    corrected: "{name}: {from} → {to} · {undo} untuk membatalkan",
    rest_absent_done: "{n} peserta ditandai alpa: {names} · {undo} untuk membatalkan",
    end_title: "Akhiri sesi?",
    end_body: "“{item}” adalah agenda terakhir. Selesaikan dan akhiri sesi?",
    skip_fixed_title: "Lewati agenda berwaktu tetap?",
    skip_fixed_body: "“{item}” dijadwalkan tetap pukul {time}. Tetap dilewati?",
    start_fixed_title: "Mulai agenda berwaktu tetap lebih awal?",
    start_fixed_body: "“{item}” dijadwalkan tetap pukul {time}. Tetap dimulai sekarang?",
    quit_title: "Keluar dari sigap?",
    quit_body: "Sesi sedang berjalan; semua sudah tersimpan.",
    quit_keys: "Enter/y: keluar · tombol lain: tetap di sini",
    log_end: "sesi diakhiri",
    log_passed: "agenda dilewati tanpa dilaksanakan",
    arrival_title: "Jam datang",
    departure_title: "Jam pulang",
    not_a_time: "“{text}” bukan jam; tulis seperti 07:40. Tidak ada yang diubah.",
    log_time: "jam dikoreksi",
    only_unmarked: "yang belum diisi",
};
