//! The words of the Excel workbooks sigap writes: sheet names, the title
//! block and the column heads the CSV sheets do not have.

/// Words of `export --format xlsx` and `report --format xlsx`.
pub struct WorkbookText {
    /// The sheet of one session's attendance.
    pub attendance_sheet: &'static str,
    /// The participants × sessions sheet of a report.
    pub matrix_sheet: &'static str,
    /// The head counts per session of a report.
    pub totals_sheet: &'static str,
    /// Title block labels.
    pub session: &'static str,
    pub time: &'static str,
    pub dates: &'static str,
    pub threshold: &'static str,
    pub grace: &'static str,
    pub sessions: &'static str,
    pub participants: &'static str,
    /// Column heads.
    pub phone: &'static str,
    pub class: &'static str,
    pub reaches: &'static str,
    pub title: &'static str,
    pub learning_minutes: &'static str,
    pub roster: &'static str,
    pub in_room: &'static str,
    pub female: &'static str,
    pub male: &'static str,
    pub gender_not_recorded: &'static str,
    pub disability: &'static str,
    /// Whether the threshold is reached.
    pub yes: &'static str,
    pub no: &'static str,
    /// Excel number formats of a time of day and a date: a quoted
    /// separator and a language tag (`[$-421]`, Indonesian) keep the
    /// language's way whatever the reader's Excel is set to.
    pub time_format: &'static str,
    pub date_format: &'static str,
}

pub const EN: WorkbookText = WorkbookText {
    attendance_sheet: "Attendance",
    matrix_sheet: "Attendance report",
    totals_sheet: "Per session",
    session: "Session",
    time: "Time",
    dates: "Dates",
    threshold: "Certificate threshold",
    grace: "Grace time (minutes)",
    sessions: "Sessions",
    participants: "Participants",
    phone: "Phone",
    class: "Class",
    reaches: "Reaches threshold",
    title: "Title",
    learning_minutes: "Learning minutes",
    roster: "On the roster",
    in_room: "In the room",
    female: "Female",
    male: "Male",
    gender_not_recorded: "Gender not recorded",
    disability: "With a disability",
    yes: "yes",
    no: "no",
    time_format: "hh:mm",
    date_format: "yyyy-mm-dd",
};

pub const ID: WorkbookText = WorkbookText {
    attendance_sheet: "Daftar Hadir",
    matrix_sheet: "Rekap Kehadiran",
    totals_sheet: "Per Sesi",
    session: "Sesi",
    time: "Waktu",
    dates: "Tanggal pelaksanaan",
    threshold: "Ambang sertifikat",
    grace: "Toleransi keterlambatan (menit)",
    sessions: "Jumlah sesi",
    participants: "Jumlah peserta",
    phone: "Nomor telepon",
    class: "Kelas",
    reaches: "Mencapai ambang",
    title: "Judul",
    learning_minutes: "Menit pembelajaran",
    roster: "Terdaftar",
    in_room: "Hadir di ruangan",
    female: "Perempuan",
    male: "Laki-laki",
    gender_not_recorded: "Jenis kelamin tidak dicatat",
    disability: "Penyandang disabilitas",
    yes: "ya",
    no: "tidak",
    time_format: "hh\".\"mm",
    date_format: "[$-421]d mmmm yyyy",
};
