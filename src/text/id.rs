//! Kata-kata dalam Bahasa Indonesia.

use super::keys;
use super::{ReportText, Text, merge, review};
use crate::domain::FORMAT_VERSION;
use crate::domain::problem::{IoAction, ReadOnly, RowProblem, StoreError, TargetProblem, Trouble};

pub static ID: Text = Text {
    store_error,
    row_problem,
    locked: "sigap lain sedang membukanya",
    keys: &keys::ID,
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
    help_close: "j/k gulir · Esc atau ? menutup",
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
    leave_unsaved: "Belum tersimpan: sigap tetap di sesi ini sampai penyimpanan berhasil.",
    fixed_released: "jam tetap sebelum waktu mulai kini mengikuti agenda",
    weekdays: ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
    months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
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
    export: super::export::ID,
    room: super::room::ID,
    roll: super::roll::ID,
    safety: super::safety::ID,
    disk: super::disk::ID,
    executor: super::executor::ID,
    guard: super::guard::ID,
    merge: merge::ID,
    folder: super::folder::ID,
    locked_by: |h| {
        format!(
            "sigap lain sedang membukanya: {}@{}, proses {}, sejak {}",
            h.user,
            h.host,
            h.pid,
            h.since.format("%H:%M")
        )
    },
    trouble: |t| match t {
        Trouble::DiskFull => "disk penuh",
        Trouble::ReadOnlyFolder => "folder sesi hanya bisa dibaca",
        Trouble::PermissionDenied => "sigap tidak diizinkan menulis di folder sesi",
        Trouble::FolderGone => "folder sesi hilang (terhapus, atau drive-nya dicabut)",
    },
    emergency_copy: |p| format!("salinan pekerjaan Anda ada di {}", p.display()),
    no_emergency_copy: "salinan pun tidak dapat ditulis",
};

/// A store error in Indonesian.
fn store_error(e: &StoreError) -> String {
    match e {
        StoreError::Io { path, action, source } => {
            let action = match *action {
                IoAction::Reading => "membaca",
                IoAction::Saving => "menyimpan",
                IoAction::Locking => "mengunci",
                IoAction::CheckingBeforeSaving => "memeriksa sebelum menyimpan",
                IoAction::CreatingTheFolder => "membuat folder",
                // Said in English until they have words of their own.
                IoAction::Writing | IoAction::SettingAside => super::problem::io_action(*action),
            };
            format!("{}: gagal {action}: {source}", path.display())
        }
        StoreError::Parse { path, line, col, hint } => {
            format!(
                "{}:{line}:{col}: {}; berkas tidak diubah",
                path.display(),
                super::problem::parse_hint(hint)
            )
        }
        StoreError::Newer { path, version } => format!(
            "{}: ditulis oleh sigap yang lebih baru (format versi {version}; versi ini sampai {FORMAT_VERSION}); berkas tidak diubah",
            path.display()
        ),
        StoreError::Encode { path, message } => {
            format!("{}: tidak dapat disimpan sebagai RON: {message}", path.display())
        }
        StoreError::ReadOnly { path, reason: ReadOnly::Link(to) } => format!(
            "{}: {}",
            path.display(),
            (super::safety::ID.problem)(&TargetProblem::Link { to: to.clone() })
        ),
        StoreError::ReadOnly { path, .. } => {
            format!("{}: hanya baca (sigap lain sedang membukanya); tidak ada yang disimpan", path.display())
        }
        StoreError::Exists { path } => format!("{}: sudah ada; tidak ditimpa", path.display()),
        StoreError::Target { path, problem } => {
            format!("{}: {}", path.display(), (super::safety::ID.problem)(problem))
        }
        StoreError::ConflictMarkers { path, line } => format!(
            "{}: {}",
            path.display(),
            super::fill(
                super::safety::ID.conflict_markers,
                &[("line", &line.to_string()), ("file", &path.display().to_string())]
            )
        ),
        StoreError::ChangedOnDisk { path, change } => (super::disk::ID.changed_on_disk)(path, change),
        StoreError::UnknownTemplate { name, dir, known } => {
            format!("tidak ada templat bernama \"{name}\" di {} (yang ada: {known})", dir.display())
        }
    }
}

/// A bad roster row's problem in Indonesian.
fn row_problem(p: &RowProblem) -> String {
    use RowProblem as P;
    match p {
        P::Unreadable(detail) => format!("baris tidak dapat dibaca: {detail}"),
        P::NoNameColumn { found } => {
            format!("tidak ada kolom nama (seharusnya \"Nama\" atau \"Name\"; yang ada: {found})")
        }
        P::LostDigits { nip, value } => format!(
            "{} \"{value}\" diubah spreadsheet menjadi angka dan kehilangan digitnya; format kolom sebagai teks lalu ekspor lagi",
            if *nip { "NIP" } else { "nomor HP" }
        ),
        P::BadGender(value) => format!("jenis kelamin \"{value}\" bukan L/P (laki-laki/perempuan) atau M/F"),
        P::NoName => "nama kosong".to_string(),
        P::DuplicateId(id) => format!("ID peserta {id} dipakai dua kali"),
        P::UnknownEncoding => format!("berkas ini {}", super::safety::ID.unknown_encoding),
        P::Runaway { nip } => super::fill(
            super::safety::ID.runaway_field,
            &[("what", if *nip { "NIP" } else { super::safety::ID.name })],
        ),
        P::ControlChars => super::safety::ID.control_chars.to_string(),
        P::TooLarge(mb) => {
            format!("berkas ini {mb} MB, jauh lebih besar dari daftar peserta mana pun; benarkah berkasnya?")
        }
    }
}
