//! The words of the review screen, where a finished session is read back.

/// The words of the review of a past session.
pub struct ReviewText {
    /// After the end time in the header: "finished 12:47".
    pub finished: &'static str,
    /// Why nothing can be changed here, and how to change it.
    pub read_only_hint: &'static str,
    pub chart_title: &'static str,
    pub skipped: &'static str,
    /// An item of a finished session that was never started.
    pub not_held: &'static str,
    /// Learning minutes: those that count towards lesson hours.
    pub learning: &'static str,
    /// Before the counts by gender: in the room / on the roster.
    pub in_room_of_roster: &'static str,
    pub disability_present: &'static str,
    pub absences: &'static str,
    pub by_item: &'static str,
    pub by_kind: &'static str,
    pub no_notes: &'static str,
    pub actions: &'static str,
    pub no_actions: &'static str,
    pub open: &'static str,
    pub done: &'static str,
    pub no_owner: &'static str,
    pub no_due: &'static str,
}

pub const EN: ReviewText = ReviewText {
    finished: "finished",
    read_only_hint: "read-only · e edits",
    chart_title: "Agenda: planned vs actual",
    skipped: "skipped",
    not_held: "not held",
    learning: "learning",
    in_room_of_roster: "In the room / on the roster",
    disability_present: "With a disability, present",
    absences: "Excused, sick, absent",
    by_item: "by agenda item",
    by_kind: "by kind",
    no_notes: "No notes were taken.",
    actions: "Action items",
    no_actions: "No action items.",
    open: "open",
    done: "done",
    no_owner: "no owner",
    no_due: "no due date",
};

pub const ID: ReviewText = ReviewText {
    finished: "selesai",
    read_only_hint: "hanya baca · tekan e untuk mengubah",
    chart_title: "Agenda: rencana dan realisasi",
    skipped: "dilewati",
    not_held: "tidak dilaksanakan",
    learning: "pembelajaran",
    in_room_of_roster: "Di ruangan / terdaftar",
    disability_present: "Penyandang disabilitas hadir",
    absences: "Izin, sakit, alpa",
    by_item: "per mata acara",
    by_kind: "per jenis",
    no_notes: "Tidak ada catatan.",
    actions: "Tindak lanjut",
    no_actions: "Tidak ada tindak lanjut.",
    open: "terbuka",
    done: "selesai",
    no_owner: "tanpa penanggung jawab",
    no_due: "tanpa tenggat",
};
