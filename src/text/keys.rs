//! What each action and key context is called, in both languages: the help
//! screen and the footer read these beside the key table.

use crate::domain::Status;
use crate::tui::action::{Action, Pane};
use crate::tui::keymap::Context;

/// `[English short, English long, Indonesian short, Indonesian long]`.
pub fn action_words(action: &Action) -> [&'static str; 4] {
    match action {
        Action::Tick => ["tick", "redraw the clock", "detak", "perbarui jam"],
        Action::Quit => {
            ["quit", "quit (everything is already saved)", "keluar", "keluar (semua sudah tersimpan)"]
        }
        Action::ToggleHelp => ["help", "show or hide the help", "bantuan", "tampilkan/tutup bantuan"],
        Action::Cancel => [
            "back",
            "close, clear the filter, or go back to the list",
            "kembali",
            "tutup, hapus saringan, atau kembali ke daftar",
        ],
        Action::Confirm => {
            ["open/ok", "open / confirm / keep the filter", "buka/ok", "buka / setujui / simpan saringan"]
        }
        Action::Decline => ["no", "answer no", "tidak", "jawab tidak"],
        Action::Up => ["up", "move up", "naik", "naik"],
        Action::Down => ["down", "move down", "turun", "turun"],
        Action::PageUp => ["page up", "move a page up", "hal. naik", "naik satu halaman"],
        Action::PageDown => ["page down", "move a page down", "hal. turun", "turun satu halaman"],
        Action::StartFilter => {
            ["filter", "filter the list as you type", "saring", "saring daftar sambil mengetik"]
        }
        Action::NewSession => ["new session", "create a new session", "sesi baru", "buat sesi baru"],
        Action::NextField => [
            "next field",
            "next field (walk-in: cycle gender)",
            "kolom berikut",
            "kolom berikutnya (peserta baru: ganti jenis kelamin)",
        ],
        Action::PreviousField => ["previous field", "previous field", "kolom sebelum", "kolom sebelumnya"],
        Action::NextChoice => {
            ["choose", "next choice (template, roster)", "pilih", "pilihan berikutnya (templat, peserta)"]
        }
        Action::PreviousChoice => ["choose", "previous choice", "pilih", "pilihan sebelumnya"],
        Action::ToggleTimer => [
            "start/pause",
            "start or pause the current item (the first press starts the session)",
            "mulai/jeda",
            "mulai atau jeda agenda berjalan (tekan pertama memulai sesi)",
        ],
        Action::NextItem => [
            "next item",
            "finish the current item and start the next",
            "agenda berikut",
            "selesaikan agenda ini dan mulai berikutnya",
        ],
        Action::PreviousItem => ["back an item", "go back one item", "agenda sebelum", "kembali satu agenda"],
        Action::ExtendItem => {
            ["+5'", "give the current item 5 more minutes", "+5'", "tambah 5 menit untuk agenda ini"]
        }
        Action::ShortenItem => {
            ["-5'", "take 5 minutes from the current item", "-5'", "kurangi 5 menit dari agenda ini"]
        }
        Action::SkipItem => {
            ["skip", "skip the item under the cursor", "lewati", "lewati agenda yang dipilih"]
        }
        Action::Rebalance => [
            "rebalance",
            "shrink the remaining flexible items to end on time (preview first)",
            "seimbangkan",
            "perpendek agenda fleksibel agar selesai tepat waktu (pratinjau dulu)",
        ],
        Action::Focus(Pane::Agenda) => ["agenda", "focus the agenda", "agenda", "pindah ke agenda"],
        Action::Focus(Pane::Attendance) => {
            ["attendance", "focus the attendance", "daftar hadir", "pindah ke daftar hadir"]
        }
        Action::Focus(Pane::Notes) => ["notes", "focus the notes", "notulensi", "pindah ke notulensi"],
        Action::NextPane => {
            ["next pane", "focus the next pane", "panel berikut", "pindah ke panel berikutnya"]
        }
        Action::Mark(status) => mark_words(*status),
        Action::MarkRestAbsent => [
            "rest absent",
            "mark everyone still unmarked absent (asks first)",
            "sisanya alpa",
            "tandai semua yang belum diisi sebagai alpa (ditanya dulu)",
        ],
        Action::AddWalkIn => [
            "walk-in",
            "add a participant who walked in",
            "peserta baru",
            "tambah peserta yang datang langsung",
        ],
        Action::EditReason => [
            "reason",
            "write a reason (izin, sakit, late) for the person just marked",
            "alasan",
            "tulis alasan (izin, sakit, terlambat) untuk peserta yang baru ditandai",
        ],
        Action::EditTime => [
            "time",
            "type the arrival or departure time (07:40) of the person just marked",
            "jam",
            "ketik jam datang atau pulang (07:40) peserta yang baru ditandai",
        ],
        Action::ToggleUnmarked => [
            "unmarked",
            "show only who is still unmarked, or everyone",
            "belum diisi",
            "tampilkan hanya yang belum diisi, atau semua",
        ],
        Action::NewNote => {
            ["note", "write a note (from anywhere)", "catat", "tulis catatan (dari mana saja)"]
        }
        Action::EditNote => ["edit", "edit the note under the cursor", "ubah", "ubah catatan yang dipilih"],
        Action::DeleteNote => [
            "delete",
            "delete the note under the cursor (u undoes)",
            "hapus",
            "hapus catatan yang dipilih (u membatalkan)",
        ],
        Action::ToggleActionDone => {
            ["done", "mark an action done or open again", "selesai", "tandai tindak lanjut selesai/belum"]
        }
        Action::CycleNoteKind => [
            "kind",
            "note → decision → action → question → parking lot",
            "jenis",
            "catatan → keputusan → tindak lanjut → pertanyaan → parkir isu",
        ],
        Action::SaveNote => ["save", "save the note", "simpan", "simpan catatan"],
        Action::InsertNewline => ["new line", "start a new line", "baris baru", "baris baru"],
        Action::CloseEditor => {
            ["close", "close, keeping the text as a draft", "tutup", "tutup, teks disimpan sebagai draf"]
        }
        Action::NextEditorField => [
            "owner/due",
            "move between text, owner and due date",
            "PJ/tenggat",
            "pindah antara teks, penanggung jawab, tenggat",
        ],
        Action::OpenReport => {
            ["report", "the attendance report of this workshop", "laporan", "laporan kehadiran pelatihan ini"]
        }
        Action::EditSession => {
            ["edit", "open this session for editing", "ubah", "buka sesi ini untuk diubah"]
        }
        Action::NextSession => {
            ["next day", "review the next session of the workshop", "sesi berikut", "tinjau sesi berikutnya"]
        }
        Action::PreviousSession => [
            "previous day",
            "review the previous session of the workshop",
            "sesi sebelum",
            "tinjau sesi sebelumnya",
        ],
        Action::ToggleGrouping => [
            "group",
            "group notes by agenda item or by kind",
            "kelompokkan",
            "kelompokkan catatan per agenda atau per jenis",
        ],
        Action::ToggleAtRisk => [
            "at risk",
            "show only who is below the threshold, or everyone",
            "berisiko",
            "tampilkan hanya yang di bawah ambang, atau semua",
        ],
        Action::RaiseThreshold => {
            ["+5%", "raise the certificate threshold by 5 points", "+5%", "naikkan ambang sertifikat 5 poin"]
        }
        Action::LowerThreshold => {
            ["-5%", "lower the certificate threshold by 5 points", "-5%", "turunkan ambang sertifikat 5 poin"]
        }
        Action::Export => [
            "export",
            "export minutes (.md), sheet to sign (.html), spreadsheet (.csv) to exports/",
            "ekspor",
            "ekspor notulensi (.md), daftar hadir (.html), lembar kerja (.csv) ke exports/",
        ],
        Action::ToggleClock => [
            "clock",
            "full-screen clock for the room (the projector), or back",
            "jam",
            "jam layar penuh untuk ruangan (proyektor), atau kembali",
        ],
        Action::Undo => ["undo", "undo the last change", "batal", "batalkan perubahan terakhir"],
        Action::Redo => ["redo", "redo what was undone", "ulang", "ulangi yang dibatalkan"],
        Action::Input(_) | Action::Paste(_) | Action::Typed { .. } => {
            ["type", "type text", "ketik", "ketik teks"]
        }
        Action::ListLoaded(_)
        | Action::Opened(_)
        | Action::ReportLoaded(_)
        | Action::OpenFailed(_)
        | Action::Saved
        | Action::SaveFailed(_)
        | Action::MergedFromDisk(_)
        | Action::Copy(_)
        | Action::Exported(_)
        | Action::ExportFailed(_)
        | Action::Click { .. }
        | Action::NowWriter(_)
        | Action::Reloaded(_)
        | Action::ReloadFailed(_) => ["", "", "", ""],
        Action::Shutdown => ["stop", "stop", "berhenti", "berhenti"],
    }
}

fn mark_words(status: Status) -> [&'static str; 4] {
    match status {
        Status::Unmarked => ["clear", "clear the mark", "kosongkan", "kosongkan tanda"],
        Status::Present => ["present", "present (hadir)", "hadir", "hadir"],
        Status::Late => [
            "late",
            "late (terlambat): records the arrival time now",
            "terlambat",
            "terlambat: mencatat jam datang sekarang",
        ],
        Status::LeftEarly => [
            "left early",
            "left early: records the departure time now",
            "pulang",
            "pulang sebelum waktu: mencatat jam pulang sekarang",
        ],
        Status::Excused => ["excused", "excused (izin)", "izin", "izin"],
        Status::Sick => ["sick", "sick (sakit)", "sakit", "sakit"],
        Status::Absent => ["absent", "absent (alpa)", "alpa", "alpa"],
    }
}

/// `[English, Indonesian]` name of a key context, as a help heading.
pub fn context_words(context: Context) -> [&'static str; 2] {
    match context {
        Context::Global => ["Everywhere", "Di mana saja"],
        Context::Home => ["Session list", "Daftar sesi"],
        Context::Form => ["New session form", "Formulir sesi baru"],
        Context::Run => ["Run view", "Tampilan sesi"],
        Context::Agenda => ["Agenda pane", "Panel agenda"],
        Context::Attendance => ["Attendance pane", "Panel daftar hadir"],
        Context::Notes => ["Notes pane", "Panel notulensi"],
        Context::Filter => ["While filtering", "Saat menyaring"],
        Context::Editor => ["Note editor", "Penyunting catatan"],
        Context::Mention => ["Choosing a name after @", "Memilih nama setelah @"],
        Context::Prompt => ["Prompt", "Isian"],
        Context::Confirm => ["Question", "Pertanyaan"],
        Context::Help => ["Help", "Bantuan"],
        Context::Review => ["Reviewing a session", "Meninjau sesi"],
        Context::Report => ["Workshop report", "Laporan pelatihan"],
        Context::Clock => ["Projector clock", "Jam proyektor"],
        Context::Follow => ["Projector clock, following a session", "Jam proyektor, mengikuti sesi"],
    }
}
