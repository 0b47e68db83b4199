//! Sessions turned into what other people and tools read: summaries,
//! minutes, attendance sheets, JSON and workshop reports.

pub mod docx;
pub mod excel;
pub mod files;
pub mod markdown;
pub mod minutes;
pub mod print;
pub mod report;
pub mod sheet;
pub mod summary;
pub mod table;
pub mod xlsx;

use crate::domain::Session;
use crate::text::Text;

/// What `sigap export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The minutes (*notulensi*) as Markdown.
    Md,
    /// The attendance sheet, one row per participant, for a spreadsheet.
    Csv,
    /// The whole session, for other tools.
    Json,
    /// A printable attendance sheet (*daftar hadir*) to sign, on A4.
    Html,
    /// The attendance as an Excel workbook.
    Xlsx,
    /// The minutes (*notulensi*) as a Word document.
    Docx,
}

impl Format {
    /// What the terminal app writes with one key: the minutes (Markdown and
    /// Word), the sheet to sign and the spreadsheet (CSV and workbook).
    pub const FOR_PEOPLE: [Format; 5] = [Format::Md, Format::Docx, Format::Html, Format::Csv, Format::Xlsx];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
        }
    }

    /// Whether the export is a binary document (a zip), not text.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }

    /// The file name of this export of a session stored as `stem.ron`, in
    /// the words of `t`: the minutes and the sheet differ by more than their
    /// extension so both can sit in one folder.
    pub fn file_name(self, stem: &str, t: &Text) -> String {
        let [md, csv, json, html, xlsx, docx] = t.export.file_endings;
        let ending = match self {
            Format::Md => md,
            Format::Csv => csv,
            Format::Json => json,
            Format::Html => html,
            Format::Xlsx => xlsx,
            Format::Docx => docx,
        };
        format!("{stem}{ending}")
    }
}

/// A session in the given format, as the bytes of its file.
pub fn document(session: &Session, format: Format, t: &Text) -> Vec<u8> {
    match format {
        Format::Xlsx => xlsx::attendance(session, t),
        Format::Docx => docx::minutes(session, t),
        text => self::session(session, text, t).into_bytes(),
    }
}

/// A session in one of the text formats (the binary ones are [`document`]).
pub fn session(session: &Session, format: Format, t: &Text) -> String {
    // JSON escapes control characters itself; the others show them (`^[`),
    // so that `cat` of an export cannot drive the terminal.
    let shown = |text: String| crate::shown::visible(&text).into_owned();
    match format {
        Format::Md => shown(minutes::markdown(session, t)),
        Format::Csv => shown(sheet::csv(session)),
        Format::Json => json(session),
        Format::Html => shown(print::html(session, t)),
        Format::Xlsx | Format::Docx => String::from_utf8_lossy(&document(session, format, t)).into_owned(),
    }
}

/// The attendance sheet as CSV for a double-click in Excel, split on the
/// list separator of the interface language's Excel.
pub fn sheet_for_excel(session: &Session, t: &Text) -> String {
    crate::shown::visible(&sheet::csv_for_excel(session, t)).into_owned()
}

/// The session as pretty JSON, with the same field names as its RON file
/// and times in RFC 3339 with their UTC offset.
pub fn json(session: &Session) -> String {
    // A session holds only strings, numbers, lists and maps with string
    // keys, all of which JSON can carry, so this cannot fail.
    let mut out = serde_json::to_string_pretty(session).unwrap_or_default();
    // serde_json leaves C1 controls raw inside strings (the only place they
    // can be); escaped, the file stays the same data and drives no terminal.
    if out.contains(|c: char| ('\u{80}'..='\u{9f}').contains(&c)) {
        out = out.chars().fold(String::with_capacity(out.len()), |mut s, c| {
            match c {
                '\u{80}'..='\u{9f}' => s.push_str(&format!("\\u{:04x}", c as u32)),
                c => s.push(c),
            }
            s
        });
    }
    out.push('\n');
    out
}
