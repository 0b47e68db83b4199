//! Every word sigap shows a person, in English and Bahasa Indonesia.
//!
//! Labels are fields of one [`Text`] per language, so a missing translation
//! is a compile error rather than an English word in an Indonesian screen.

mod keys;
mod review;

pub use review::ReviewText;

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
    /// Short and long names of actions, for the footer and help.
    pub action_short: fn(&crate::tui::action::Action) -> &'static str,
    pub action_long: fn(&crate::tui::action::Action) -> &'static str,
    /// Headings of the help screen.
    pub context_name: fn(crate::tui::keymap::Context) -> &'static str,
    pub agenda_empty: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub confirm_hint: &'static str,
    pub confirm_rest_absent: &'static str,
    pub confirm_title: &'static str,
    pub draft_restored: &'static str,
    pub draft_waiting: &'static str,
    pub edit_note: &'static str,
    pub editor_hint: &'static str,
    pub everyone_marked: &'static str,
    pub female_short: &'static str,
    pub male_short: &'static str,
    pub form_bad_date: &'static str,
    pub form_bad_time: &'static str,
    pub form_hint: &'static str,
    pub form_need_title: &'static str,
    pub form_need_workshop: &'static str,
    pub form_title: &'static str,
    pub gender_label: &'static str,
    pub help_close: &'static str,
    pub help_intro: &'static str,
    pub help_title: &'static str,
    pub home_empty: &'static str,
    pub home_no_match: &'static str,
    pub home_title: &'static str,
    pub kept_in_memory: &'static str,
    pub last_roster: &'static str,
    pub log_action_done: &'static str,
    pub log_back: &'static str,
    pub log_delete_note: &'static str,
    pub log_extend: &'static str,
    pub log_next: &'static str,
    pub log_note: &'static str,
    pub log_reason: &'static str,
    pub log_rebalance: &'static str,
    pub log_rest_absent: &'static str,
    pub log_shorten: &'static str,
    pub log_skip: &'static str,
    pub log_toggle: &'static str,
    pub log_walk_in: &'static str,
    pub new_end: &'static str,
    pub new_note: &'static str,
    pub next_up: &'static str,
    pub no_notes_yet: &'static str,
    pub no_template: &'static str,
    pub not_an_action: &'static str,
    pub not_saved: &'static str,
    pub not_started: &'static str,
    pub note_deleted: &'static str,
    pub note_empty: &'static str,
    pub notes_short: &'static str,
    pub nothing_changed: &'static str,
    pub nothing_to_redo: &'static str,
    pub nothing_to_undo: &'static str,
    pub on_disk: &'static str,
    pub on_time: &'static str,
    pub over: &'static str,
    pub paused: &'static str,
    pub press_space: &'static str,
    pub projected_end: &'static str,
    pub prompt_hint: &'static str,
    pub quit_unsaved: &'static str,
    pub read_only: &'static str,
    pub read_only_hint: &'static str,
    pub reason_title: &'static str,
    pub rebalance_hint: &'static str,
    pub rebalance_no_room: &'static str,
    pub rebalance_on_time: &'static str,
    pub rebalance_title: &'static str,
    pub redone: &'static str,
    pub remaining: &'static str,
    pub roster_field: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub session_finished: &'static str,
    pub shortfall: &'static str,
    pub squeezed: &'static str,
    pub template: &'static str,
    pub timer: &'static str,
    pub undone: &'static str,
    pub unreadable_files: &'static str,
    pub walk_in_title: &'static str,
    pub would_start_late: &'static str,
    pub no_more_sessions: &'static str,
    pub hours_short: &'static str,
    pub log_move_plan: &'static str,
    pub move_plan_title: &'static str,
    pub move_plan_planned: &'static str,
    pub move_plan_question: &'static str,
    pub move_plan_fixed: &'static str,
    pub move_plan_keys: &'static str,
    pub notes_matching: &'static str,
    pub home_loading: &'static str,
    pub no_file_open: &'static str,
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
    /// A session title among search hits (`[session]`).
    pub session: &'static str,
    /// The words of `sigap report`.
    pub report: ReportText,
    /// The words of the review of a past session.
    pub review: ReviewText,
}

/// The words of the workshop attendance report.
pub struct ReportText {
    pub title: &'static str,
    pub threshold: &'static str,
    pub sessions: &'static str,
    pub participants: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub gender: &'static str,
    pub organisation: &'static str,
    pub kecamatan: &'static str,
    pub kabupaten: &'static str,
    pub attended: &'static str,
    pub planned: &'static str,
    pub percent: &'static str,
    pub standing_label: &'static str,
    /// Reached, on track, at risk, cannot reach.
    pub standing: [&'static str; 4],
    pub per_session: &'static str,
    pub learning: &'static str,
    pub in_room: &'static str,
    pub open_actions: &'static str,
    pub no_owner: &'static str,
    pub rules: &'static str,
    /// The counting rules, one a line; `{grace}` and `{threshold}` are filled in.
    pub rule_lines: [&'static str; 7],
    pub no_workshop: &'static str,
    pub several_workshops: &'static str,
    pub known: &'static str,
    pub skipped: &'static str,
    /// The report screen: pane titles, the threshold line, the chart legend.
    pub participants_pane: &'static str,
    pub certificate_at: &'static str,
    pub threshold_keys: &'static str,
    pub below_only: &'static str,
    pub nobody_below: &'static str,
    pub earlier_hidden: &'static str,
    pub not_recorded_short: &'static str,
    pub disability_short: &'static str,
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
    /// A number of minutes as people say it: `45 min`, `2 h 15 min`.
    pub fn span(&self, minutes: crate::domain::Minutes) -> String {
        match (minutes / 60, minutes % 60) {
            (0, m) => format!("{m} {}", self.minutes_short),
            (h, 0) => format!("{h} {}", self.hours_short),
            (h, m) => format!("{h} {} {m} {}", self.hours_short, self.minutes_short),
        }
    }

    pub fn phase(&self, p: Phase) -> &'static str {
        self.phase[index_of(&[Phase::Planned, Phase::Running, Phase::Finished], p)]
    }
}

pub static EN: Text = Text {
    action_short: |a| keys::action_words(a)[0],
    action_long: |a| keys::action_words(a)[1],
    context_name: |c| keys::context_words(c)[0],
    agenda_empty: "The agenda is empty: create the session from a template.",
    ahead: "ahead",
    behind: "behind",
    confirm_hint: "Enter/y: yes · Esc/n: no",
    confirm_rest_absent: "participants are still unmarked. Mark them all absent (alpa)?",
    confirm_title: "Are you sure?",
    draft_restored: "Your draft is back.",
    draft_waiting: "draft (n)",
    edit_note: "Edit note",
    editor_hint: "Enter save · Alt+Enter new line · Tab kind · @ name · Ctrl+O owner/due · Esc draft",
    everyone_marked: "Everyone is marked.",
    female_short: "F",
    male_short: "M",
    form_bad_date: "not a date like 2017-05-08",
    form_bad_time: "not a time like 08:00",
    form_hint: "Tab/↓ next field · ←/→ choose · Enter create · Esc cancel",
    form_need_title: "The session needs a title.",
    form_need_workshop: "The session needs a workshop.",
    form_title: "New session",
    gender_label: "gender",
    help_close: "Esc or ? closes",
    help_intro: "Every key of this view. Keys act on key press; nothing needs saving: every change is saved at once.",
    help_title: "Keys",
    home_empty: "No sessions yet: press c to create one.",
    home_no_match: "Nothing matches the filter (Esc clears it).",
    home_title: "sessions",
    kept_in_memory: "Your changes are kept in memory and saving is retried every 5 s.",
    last_roster: "same as the workshop's last session",
    log_action_done: "action done",
    log_back: "back one item",
    log_delete_note: "delete note",
    log_extend: "+5 minutes",
    log_next: "next item",
    log_note: "note",
    log_reason: "reason",
    log_rebalance: "rebalance",
    log_rest_absent: "rest marked absent",
    log_shorten: "-5 minutes",
    log_skip: "skip item",
    log_toggle: "start/pause",
    log_walk_in: "walk-in",
    new_end: "New end:",
    new_note: "New note",
    next_up: "Next",
    no_notes_yet: "No notes yet: n writes one.",
    no_template: "none (empty agenda)",
    not_an_action: "Only an action can be marked done.",
    not_saved: "NOT SAVED",
    not_started: "Not started; planned for",
    note_deleted: "Note deleted (u undoes).",
    note_empty: "The note is empty: type something, or Esc.",
    notes_short: "notes",
    nothing_changed: "nothing changed",
    nothing_to_redo: "Nothing to redo.",
    nothing_to_undo: "Nothing to undo.",
    on_disk: "on disk",
    on_time: "on time",
    over: "over",
    paused: "paused",
    press_space: "Space starts",
    projected_end: "ends",
    prompt_hint: "Enter ok · Esc cancel",
    quit_unsaved: "The last save failed. Press q again to quit anyway.",
    read_only: "read-only",
    read_only_hint: "Changes are refused; the file is left as it is.",
    reason_title: "Reason",
    rebalance_hint: "R rebalances",
    rebalance_no_room: "Every remaining item is already at its shortest.",
    rebalance_on_time: "On time: nothing to rebalance.",
    rebalance_title: "Rebalance the rest of the agenda?",
    redone: "Redone",
    remaining: "remaining",
    roster_field: "Roster",
    saved: "saved",
    saving: "saving",
    session_finished: "Session finished at",
    shortfall: "Still over even at the shortest",
    squeezed: "to squeeze",
    template: "Template",
    timer: "Timer",
    undone: "Undone",
    unreadable_files: "Files that cannot be read",
    walk_in_title: "Walk-in participant: name",
    would_start_late: "would start late",
    no_more_sessions: "No more sessions of this workshop that way.",
    hours_short: "h",
    log_move_plan: "plan moved to now, started",
    move_plan_title: "Start now on a new plan?",
    move_plan_planned: "This session was planned for",
    move_plan_question: "Move the whole plan to start now, at",
    move_plan_fixed: "Fixed times (lunch, prayer) keep their clock time where they still can.",
    move_plan_keys: "y: move the plan and start · n: start on the old plan · Esc: not yet",
    notes_matching: "Notes matching",
    home_loading: "Reading the sessions folder…",
    no_file_open: "no session file is open",
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
    session: "session",
    report: ReportText {
        title: "Attendance report",
        threshold: "threshold",
        sessions: "sessions",
        participants: "participants",
        id: "ID",
        name: "Name",
        gender: "Gender",
        organisation: "Organisation",
        kecamatan: "Kecamatan",
        kabupaten: "Regency/city",
        attended: "attended",
        planned: "planned",
        percent: "%",
        standing_label: "Standing",
        standing: ["reached", "on track", "at risk", "cannot reach"],
        per_session: "Per session",
        learning: "learning",
        in_room: "in the room",
        open_actions: "Open actions",
        no_owner: "no owner",
        rules: "How this is counted",
        rule_lines: [
            "A session's time is the planned minutes of its learning items; breaks, meals and prayer, ceremonies, administration and skipped items do not count, and an overrun is never held against anyone.",
            "Present, late (T) and left early (PSW) attend that time less what they missed: from the actual start (or the planned start) to their arrival, and from their departure to the planned end. Arrivals up to {grace} min after the start are not deducted.",
            "Excused (I) and sick (S) are excused but not attended; absent (A) is unexcused. No mark (–) in a session that is over (finished, or started and past its planned end) counts as absent; in a session not yet started it is to come.",
            "Lesson hours (JP) are 45 minutes each. The threshold is {threshold} % of the planned time; exactly {threshold} % reaches it. Percentages are rounded down to one decimal.",
            "At risk: can reach the threshold only by attending every remaining session in full. Cannot reach: not even then.",
            "· : not on that session's roster. Someone added during the workshop is counted from the session they were added to; the sessions before it are not planned for them.",
            "Totals per session count the people in the room (present, late, left early).",
        ],
        no_workshop: "no workshop matches",
        several_workshops: "matches more than one workshop",
        known: "known",
        skipped: "skipped",
        participants_pane: "Participants",
        certificate_at: "certificate at",
        threshold_keys: "+/- changes",
        below_only: "only those below the threshold",
        nobody_below: "Nobody is at risk or unable to reach the threshold.",
        earlier_hidden: "earlier off screen",
        not_recorded_short: "?",
        disability_short: "D",
    },
    review: review::EN,
};

pub static ID: Text = Text {
    action_short: |a| keys::action_words(a)[2],
    action_long: |a| keys::action_words(a)[3],
    context_name: |c| keys::context_words(c)[1],
    agenda_empty: "Agenda kosong: buat sesi dari templat.",
    ahead: "lebih cepat",
    behind: "terlambat",
    confirm_hint: "Enter/y: ya · Esc/n: tidak",
    confirm_rest_absent: "peserta belum diisi. Tandai semuanya alpa?",
    confirm_title: "Yakin?",
    draft_restored: "Draf Anda dipulihkan.",
    draft_waiting: "draf (n)",
    edit_note: "Ubah catatan",
    editor_hint: "Enter simpan · Alt+Enter baris baru · Tab jenis · @ nama · Ctrl+O PJ/tenggat · Esc draf",
    everyone_marked: "Semua sudah diisi.",
    female_short: "P",
    male_short: "L",
    form_bad_date: "bukan tanggal seperti 2017-05-08",
    form_bad_time: "bukan jam seperti 08:00",
    form_hint: "Tab/↓ kolom berikut · ←/→ pilih · Enter buat · Esc batal",
    form_need_title: "Sesi perlu judul.",
    form_need_workshop: "Sesi perlu nama pelatihan.",
    form_title: "Sesi baru",
    gender_label: "jenis kelamin",
    help_close: "Esc atau ? menutup",
    help_intro: "Semua tombol tampilan ini. Tidak perlu menyimpan: setiap perubahan langsung tersimpan.",
    help_title: "Tombol",
    home_empty: "Belum ada sesi: tekan c untuk membuat.",
    home_no_match: "Tidak ada yang cocok (Esc menghapus saringan).",
    home_title: "sesi",
    kept_in_memory: "Perubahan tetap di memori; penyimpanan dicoba lagi tiap 5 detik.",
    last_roster: "sama dengan sesi terakhir pelatihan ini",
    log_action_done: "tindak lanjut selesai",
    log_back: "kembali satu agenda",
    log_delete_note: "hapus catatan",
    log_extend: "+5 menit",
    log_next: "agenda berikutnya",
    log_note: "catatan",
    log_reason: "alasan",
    log_rebalance: "penyeimbangan",
    log_rest_absent: "sisanya ditandai alpa",
    log_shorten: "-5 menit",
    log_skip: "lewati agenda",
    log_toggle: "mulai/jeda",
    log_walk_in: "peserta baru",
    new_end: "Selesai baru:",
    new_note: "Catatan baru",
    next_up: "Berikutnya",
    no_notes_yet: "Belum ada catatan: tekan n.",
    no_template: "tanpa templat (agenda kosong)",
    not_an_action: "Hanya tindak lanjut yang bisa ditandai selesai.",
    not_saved: "BELUM TERSIMPAN",
    not_started: "Belum mulai; rencana pukul",
    note_deleted: "Catatan dihapus (u membatalkan).",
    note_empty: "Catatan kosong: ketik sesuatu, atau Esc.",
    notes_short: "catatan",
    nothing_changed: "tidak ada yang berubah",
    nothing_to_redo: "Tidak ada yang bisa diulang.",
    nothing_to_undo: "Tidak ada yang bisa dibatalkan.",
    on_disk: "tersimpan",
    on_time: "tepat waktu",
    over: "lewat",
    paused: "jeda",
    press_space: "Spasi untuk mulai",
    projected_end: "selesai",
    prompt_hint: "Enter ok · Esc batal",
    quit_unsaved: "Penyimpanan terakhir gagal. Tekan q lagi untuk tetap keluar.",
    read_only: "hanya baca",
    read_only_hint: "Perubahan ditolak; berkas tidak diubah.",
    reason_title: "Alasan",
    rebalance_hint: "R menyeimbangkan",
    rebalance_no_room: "Semua agenda tersisa sudah paling pendek.",
    rebalance_on_time: "Tepat waktu: tidak perlu diseimbangkan.",
    rebalance_title: "Seimbangkan sisa agenda?",
    redone: "Diulang",
    remaining: "tersisa",
    roster_field: "Peserta",
    saved: "tersimpan",
    saving: "menyimpan",
    session_finished: "Sesi selesai pukul",
    shortfall: "Tetap lewat meski dipersingkat",
    squeezed: "perlu dipersingkat",
    template: "Templat",
    timer: "Waktu",
    undone: "Dibatalkan",
    unreadable_files: "Berkas yang tidak dapat dibaca",
    walk_in_title: "Peserta datang langsung: nama",
    would_start_late: "akan mulai terlambat",
    no_more_sessions: "Tidak ada sesi lagi ke arah itu.",
    hours_short: "jam",
    log_move_plan: "rencana dipindah ke sekarang, dimulai",
    move_plan_title: "Mulai sekarang dengan rencana baru?",
    move_plan_planned: "Sesi ini direncanakan",
    move_plan_question: "Pindahkan seluruh rencana agar mulai sekarang, pukul",
    move_plan_fixed: "Jam tetap (ISHOMA) tetap pada jamnya bila masih memungkinkan.",
    move_plan_keys: "y: pindahkan dan mulai · n: mulai dengan rencana lama · Esc: batal",
    notes_matching: "Catatan yang cocok dengan",
    home_loading: "Membaca folder sesi…",
    no_file_open: "tidak ada berkas sesi yang terbuka",
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
    session: "sesi",
    report: ReportText {
        title: "Rekap kehadiran",
        threshold: "ambang",
        sessions: "sesi",
        participants: "peserta",
        id: "ID",
        name: "Nama",
        gender: "Jenis kelamin",
        organisation: "Unit kerja",
        kecamatan: "Kecamatan",
        kabupaten: "Kabupaten/kota",
        attended: "diikuti",
        planned: "rencana",
        percent: "%",
        standing_label: "Status",
        standing: ["tercapai", "sesuai jalur", "berisiko", "tidak dapat tercapai"],
        per_session: "Per sesi",
        learning: "pembelajaran",
        in_room: "di ruangan",
        open_actions: "Tindak lanjut terbuka",
        no_owner: "tanpa penanggung jawab",
        rules: "Cara penghitungan",
        rule_lines: [
            "Waktu sesi adalah menit rencana mata acara pembelajaran; rehat, ISHOMA, seremoni, administrasi dan mata acara yang dilewati tidak dihitung, dan kelebihan waktu tidak pernah merugikan peserta.",
            "Hadir, terlambat (T) dan pulang sebelum waktu (PSW) mengikuti waktu itu dikurangi yang terlewat: dari mulai sebenarnya (atau mulai rencana) sampai kedatangan, dan dari kepulangan sampai selesai rencana. Kedatangan paling lambat {grace} mnt setelah mulai tidak dikurangi.",
            "Izin (I) dan sakit (S) dimaafkan tetapi tidak dihitung hadir; alpa (A) tanpa keterangan. Tanpa tanda (–) pada sesi yang sudah lewat (selesai, atau sudah dimulai dan melewati selesai rencana) dihitung alpa; pada sesi yang belum dimulai dihitung belum berlangsung.",
            "Satu jam pelajaran (JP) = 45 menit. Ambang kelulusan {threshold} % dari waktu rencana; tepat {threshold} % sudah tercapai. Persentase dibulatkan ke bawah satu desimal.",
            "Berisiko: ambang hanya tercapai bila mengikuti penuh semua sesi yang tersisa. Tidak dapat tercapai: bahkan dengan itu pun tidak.",
            "· : tidak ada di daftar peserta sesi itu. Peserta yang ditambahkan di tengah pelatihan dihitung mulai sesi saat ia ditambahkan; sesi sebelumnya tidak direncanakan baginya.",
            "Jumlah per sesi menghitung orang di ruangan (hadir, terlambat, pulang sebelum waktu).",
        ],
        no_workshop: "tidak ada pelatihan yang cocok dengan",
        several_workshops: "cocok dengan lebih dari satu pelatihan",
        known: "yang ada",
        skipped: "dilewati",
        participants_pane: "Peserta",
        certificate_at: "sertifikat pada",
        threshold_keys: "+/- mengubah",
        below_only: "hanya yang di bawah ambang",
        nobody_below: "Tidak ada peserta yang berisiko atau tidak dapat mencapai ambang.",
        earlier_hidden: "sesi awal tidak tampil",
        not_recorded_short: "?",
        disability_short: "D",
    },
    review: review::ID,
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
    fn spans_read_in_hours_and_minutes() {
        assert_eq!(EN.span(45), "45 min");
        assert_eq!(EN.span(120), "2 h");
        assert_eq!(ID.span(135), "2 jam 15 mnt");
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
