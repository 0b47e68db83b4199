//! Sigap's problems in Indonesian: store errors, bad roster rows, parse
//! faults and the consistency rules `sigap check` reports.

use crate::domain::FORMAT_VERSION;
use crate::domain::problem::{
    Broken, IdOf, IoAction, ParseHint, ReadOnly, RowProblem, StoreError, TargetProblem, Token,
};

/// A store error in Indonesian.
pub(super) fn store_error(e: &StoreError) -> String {
    match e {
        StoreError::Io { path, action, source } => {
            let action = match *action {
                IoAction::Reading => "membaca",
                IoAction::Saving => "menyimpan",
                IoAction::Locking => "mengunci",
                IoAction::CheckingBeforeSaving => "memeriksa sebelum menyimpan",
                IoAction::CreatingTheFolder => "membuat folder",
                IoAction::Writing => "menulis",
                IoAction::SettingAside => "menyisihkan",
            };
            format!("{}: gagal {action}: {}", path.display(), io_cause(source))
        }
        StoreError::Parse { path, line, col, hint } => {
            format!("{}:{line}:{col}: {}; berkas tidak diubah", path.display(), parse_hint(hint))
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
            (super::super::safety::ID.problem)(&TargetProblem::Link { to: to.clone() })
        ),
        StoreError::ReadOnly { path, .. } => {
            format!("{}: hanya baca (sigap lain sedang membukanya); tidak ada yang disimpan", path.display())
        }
        StoreError::Exists { path } => format!("{}: sudah ada; tidak ditimpa", path.display()),
        StoreError::Target { path, problem } => {
            format!("{}: {}", path.display(), (super::super::safety::ID.problem)(problem))
        }
        StoreError::ConflictMarkers { path, line } => format!(
            "{}: {}",
            path.display(),
            super::super::fill(
                super::super::safety::ID.conflict_markers,
                &[("line", &line.to_string()), ("file", &path.display().to_string())]
            )
        ),
        StoreError::ChangedOnDisk { path, change } => (super::super::disk::ID.changed_on_disk)(path, change),
        StoreError::UnknownTemplate { name, dir, known } => {
            format!(
                "templat \"{name}\" tidak ditemukan di {} (templat yang tersedia: {known})",
                dir.display()
            )
        }
    }
}

/// Why the system refused, in Indonesian where the kind is a common one;
/// the system's own words otherwise.
pub(super) fn io_cause(source: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match source.kind() {
        K::NotFound => "berkas atau folder tidak ditemukan".to_string(),
        K::PermissionDenied => "akses ditolak".to_string(),
        K::AlreadyExists => "sudah ada".to_string(),
        K::StorageFull => "disk penuh".to_string(),
        K::ReadOnlyFilesystem => "media penyimpanan hanya dapat dibaca".to_string(),
        K::IsADirectory => "yang dituju adalah folder, bukan berkas".to_string(),
        _ => format!("kesalahan sistem ({source})"),
    }
}

/// A bad roster row's problem in Indonesian.
pub(super) fn row_problem(p: &RowProblem) -> String {
    use RowProblem as P;
    match p {
        P::Unreadable(detail) => format!("baris tidak dapat dibaca ({detail})"),
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
        P::UnknownEncoding => format!("berkas ini {}", super::super::safety::ID.unknown_encoding),
        P::Runaway { nip } => super::super::fill(
            super::super::safety::ID.runaway_field,
            &[("what", if *nip { "NIP" } else { super::super::safety::ID.name })],
        ),
        P::ControlChars => super::super::safety::ID.control_chars.to_string(),
        P::TooLarge(mb) => {
            format!("berkas ini {mb} MB, jauh lebih besar dari daftar peserta mana pun; benarkah berkasnya?")
        }
        P::StoredAsNumber { nip, value } => format!(
            "{} {value} tersimpan sebagai angka, jadi nol di depannya (dan lewat 15 digit, digit terakhirnya) hilang; format kolom sebagai teks lalu ketik ulang angkanya",
            if *nip { "NIP" } else { "nomor HP" }
        ),
        P::NotAWorkbook(why) => {
            format!("bukan workbook yang bisa dibaca sigap (xlsx, xls atau ods tanpa kata sandi): {why}")
        }
        P::NoSheet { wanted, sheets } => {
            format!("tidak ada sheet \"{wanted}\" di workbook ini; sheet-nya: {}", sheets.join(", "))
        }
    }
}

/// Where a file could not be parsed, in Indonesian; a fault without words
/// of its own keeps the parser's detail in parentheses.
pub(super) fn parse_hint(hint: &ParseHint) -> String {
    match hint {
        ParseHint::MissingField { field } => format!("isian `{field}` tidak ada"),
        ParseHint::UnknownField { found, expected } => format!(
            "`{found}` bukan isian yang dikenal sigap di sini (yang dapat dipakai: {})",
            expected.join(", ")
        ),
        ParseHint::DuplicateField { field } => format!("isian `{field}` tertulis dua kali"),
        ParseHint::UnknownVariant { found, expected } => {
            format!("`{found}` bukan salah satu dari: {}", expected.join(", "))
        }
        ParseHint::MissingComma => {
            "di sini kurang tanda koma, atau ada kurung sebelumnya yang belum ditutup".to_string()
        }
        ParseHint::EndsEarly => "berkas berakhir terlalu cepat: ada kurung yang belum ditutup".to_string(),
        ParseHint::Bracket { close, .. } => {
            format!(
                "di sini seharusnya kurung tutup `{close}` (ada kurung atau koma yang kurang atau berlebih)"
            )
        }
        ParseHint::NotUtf8 => "isinya bukan teks UTF-8 (berkas mungkin rusak)".to_string(),
        ParseHint::Expected { what, .. } => format!("di sini seharusnya {}", token(*what)),
        ParseHint::UnexpectedChar { found, .. } => format!("karakter `{found}` tidak semestinya ada di sini"),
        ParseHint::InvalidValue { .. } => {
            "nilai di sini tidak sesuai jenisnya (misalnya teks di tempat angka)".to_string()
        }
        ParseHint::TrailingCharacters { .. } => "masih ada teks sesudah akhir isi berkas".to_string(),
        ParseHint::Parser { detail } => format!("berkas tidak dapat dibaca di sini ({detail})"),
    }
}

/// What the parser looked for, in Indonesian.
fn token(what: Token) -> String {
    match what {
        Token::Boolean => "nilai true atau false".to_string(),
        Token::Integer => "bilangan bulat".to_string(),
        Token::Float => "bilangan desimal".to_string(),
        Token::Text => "teks di antara tanda kutip".to_string(),
        Token::TextEnd => "tanda kutip penutup".to_string(),
        Token::Char => "satu karakter".to_string(),
        Token::Option => "Some(…) atau None".to_string(),
        Token::Identifier => "nama isian".to_string(),
        Token::Unit => "()".to_string(),
        Token::Colon => "titik dua `:`".to_string(),
        Token::Open(c) => format!("kurung buka `{c}`"),
        Token::Close(c) => format!("kurung tutup `{c}`"),
    }
}

/// A broken consistency rule in Indonesian, as `sigap check` prints it.
pub(super) fn broken(rule: &Broken) -> String {
    match rule {
        Broken::DuplicateId { of, id } => {
            let what = match of {
                IdOf::Participant => "ID peserta",
                IdOf::AgendaItem => "ID mata acara",
                IdOf::Note => "ID catatan",
            };
            format!("{what} {id} dipakai dua kali")
        }
        Broken::UnknownVersion { version } => {
            format!("versi format {version} tidak dapat dibaca sigap ini (1 sampai {FORMAT_VERSION})")
        }
        Broken::NoSessionId => "sesi ini tidak mempunyai ID".to_string(),
        Broken::NoName { participant } => format!("peserta {participant} tidak mempunyai nama"),
        Broken::NoPlannedMinutes { item } => format!("mata acara {item} tidak mempunyai durasi rencana"),
        Broken::RunningAtOnce { count } => format!("{count} mata acara berjalan bersamaan"),
        Broken::MarkForStranger { participant } => {
            format!("ada tanda hadir untuk {participant}, yang tidak ada di daftar peserta")
        }
        Broken::NoteOnMissingItem { note, item } => {
            format!("catatan {note} merujuk ke mata acara {item}, yang tidak ada")
        }
        Broken::NoteMentionsStranger { note, who } => {
            format!("catatan {note} menyebut {who}, yang tidak ada di daftar peserta")
        }
        Broken::TemplateItemNoMinutes { title } => format!("mata acara \"{title}\" tidak mempunyai durasi"),
    }
}
