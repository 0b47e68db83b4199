//! The English words of sigap's problems, which are also their `Display`:
//! `anyhow` and `std::error::Error` speak English, screens go through `Text`.

use std::fmt;

use super::{fill, safety};
use crate::domain::FORMAT_VERSION;
use crate::domain::merge::MergeError;
use crate::domain::problem::{
    Broken, CommandError, CreateError, DiskChange, Holder, IdOf, ImportError, IoAction, KeyError, ParseHint,
    Problem, ReadOnly, RowProblem, StoreError, TargetProblem,
};

/// What sigap was doing when the disk refused, as the English message says it.
pub(super) fn io_action(action: IoAction) -> &'static str {
    match action {
        IoAction::Reading => "reading",
        IoAction::Writing => "writing",
        IoAction::Saving => "saving",
        IoAction::Locking => "locking",
        IoAction::CheckingBeforeSaving => "checking before saving",
        IoAction::CreatingTheFolder => "creating the folder",
        IoAction::SettingAside => "setting aside",
    }
}

/// A store error in English.
pub(super) fn store_error(e: &StoreError) -> String {
    match e {
        StoreError::Io { path, action, source } => {
            format!("{}: {} failed: {source}", path.display(), io_action(*action))
        }
        StoreError::Parse { path, line, col, hint } => {
            format!("{}:{line}:{col}: {}; the file was not changed", path.display(), parse_hint(hint))
        }
        StoreError::Newer { path, version } => format!(
            "{}: written by a newer sigap (format version {version}; this one knows up to {FORMAT_VERSION}); the file was not changed",
            path.display()
        ),
        StoreError::Encode { path, message } => format!("{}: could not encode: {message}", path.display()),
        StoreError::ReadOnly { path, reason } => {
            format!("{}: opened read-only ({reason}); nothing was saved", path.display())
        }
        StoreError::Exists { path } => format!("{}: already exists; not written over", path.display()),
        StoreError::Target { path, problem } => format!("{}: {problem}", path.display()),
        StoreError::ConflictMarkers { path, line } => format!(
            "{}: {}",
            path.display(),
            fill(
                safety::EN.conflict_markers,
                &[("line", &line.to_string()), ("file", &path.display().to_string())]
            )
        ),
        StoreError::ChangedOnDisk { path, change } => format!(
            "{}: changed on disk since sigap read it and {change}; it was not written over",
            path.display()
        ),
        StoreError::UnknownTemplate { name, dir, known } => {
            format!("no template called \"{name}\" in {} (known: {known})", dir.display())
        }
    }
}

/// Where a file could not be parsed, in English: the parser's own words.
pub fn parse_hint(hint: &ParseHint) -> String {
    match hint {
        ParseHint::MissingField { field } => format!("the field `{field}` is missing"),
        ParseHint::UnknownField { found, expected } => {
            format!("`{found}` is not a field sigap knows here (expected one of: {})", expected.join(", "))
        }
        ParseHint::DuplicateField { field } => format!("the field `{field}` appears twice"),
        ParseHint::UnknownVariant { found, expected } => {
            format!("`{found}` is not one of: {}", expected.join(", "))
        }
        ParseHint::MissingComma => {
            "a comma is missing here, or a bracket before it is not closed".to_string()
        }
        ParseHint::EndsEarly => "the file ends too early: a bracket is not closed".to_string(),
        ParseHint::Bracket { detail, .. } => format!("{detail} (a bracket or comma is missing or extra)"),
        ParseHint::NotUtf8 => "this is not UTF-8 text (the file may be damaged)".to_string(),
        ParseHint::Expected { detail, .. }
        | ParseHint::UnexpectedChar { detail, .. }
        | ParseHint::InvalidValue { detail }
        | ParseHint::TrailingCharacters { detail }
        | ParseHint::Parser { detail } => detail.clone(),
    }
}

/// A bad roster row's problem in English.
pub(super) fn row_problem(p: &RowProblem) -> String {
    let s = &safety::EN;
    match p {
        RowProblem::Unreadable(detail) => format!("the row cannot be read: {detail}"),
        RowProblem::NoNameColumn { found } => {
            format!("no name column (expected \"Nama\" or \"Name\"; found: {found})")
        }
        RowProblem::LostDigits { nip, value } => format!(
            "{} \"{value}\" was turned into a number by the spreadsheet and lost its digits; format the column as text and export again",
            if *nip { "NIP" } else { "phone number" }
        ),
        RowProblem::BadGender(value) => {
            format!("gender \"{value}\" is not one of L/P (laki-laki/perempuan) or M/F")
        }
        RowProblem::NoName => "the name is empty".to_string(),
        RowProblem::DuplicateId(id) => format!("participant id {id} is used twice"),
        RowProblem::UnknownEncoding => format!("the file {}", s.unknown_encoding),
        RowProblem::Runaway { nip } => fill(s.runaway_field, &[("what", if *nip { "NIP" } else { s.name })]),
        RowProblem::ControlChars => s.control_chars.to_string(),
        RowProblem::TooLarge(mb) => {
            format!("the file is {mb} MB, far more than any list of participants; is it the right file?")
        }
        RowProblem::StoredAsNumber { nip, value } => format!(
            "{} {value} is stored as a number, so its leading zeros (and past 15 digits its last digits) are lost; format the column as text and type the numbers again",
            if *nip { "NIP" } else { "phone number" }
        ),
        RowProblem::NotAWorkbook(why) => {
            format!("not a workbook sigap can read (xlsx, xls or ods without a password): {why}")
        }
        RowProblem::NoSheet { wanted, sheets } => {
            format!("no sheet \"{wanted}\" in the workbook; its sheets: {}", sheets.join(", "))
        }
    }
}

/// A broken consistency rule in English.
pub(super) fn broken(rule: &Broken) -> String {
    match rule {
        Broken::DuplicateId { of, id } => {
            let what = match of {
                IdOf::Participant => "participant",
                IdOf::AgendaItem => "agenda item",
                IdOf::Note => "note",
            };
            format!("{what} id {id} is used twice")
        }
        Broken::UnknownVersion { version } => {
            format!("format version {version} is not one this sigap reads (1 to {FORMAT_VERSION})")
        }
        Broken::NoSessionId => "the session has no id".to_string(),
        Broken::NoName { participant } => format!("participant {participant} has no name"),
        Broken::NoPlannedMinutes { item } => format!("agenda item {item} has no planned minutes"),
        Broken::RunningAtOnce { count } => format!("{count} agenda items are running at once"),
        Broken::MarkForStranger { participant } => {
            format!("attendance for {participant}, who is not on the roster")
        }
        Broken::NoteOnMissingItem { note, item } => {
            format!("note {note} points at agenda item {item}, which does not exist")
        }
        Broken::NoteMentionsStranger { note, who } => {
            format!("note {note} mentions {who}, who is not on the roster")
        }
        Broken::TemplateItemNoMinutes { title } => format!("item \"{title}\" has no minutes"),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&broken(&self.rule))
    }
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(super::room::EN.key_problem)(self))
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&store_error(self))
    }
}

impl fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadOnly::Locked => f.write_str("another sigap has it open"),
            ReadOnly::Link(to) => write!(f, "it is a symbolic link to {}", to.display()),
        }
    }
}

impl fmt::Display for DiskChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiskChange::Unreadable(e) => write!(f, "it can no longer be read ({e})"),
            DiskChange::OtherSession(id) => write!(f, "it now holds another session (id \"{id}\")"),
        }
    }
}

impl fmt::Display for Holder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}, pid {}, {}", self.user, self.host, self.pid, self.since.format("%Y-%m-%d %H:%M"))
    }
}

impl fmt::Display for TargetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(safety::EN.problem)(self))
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cell {
            Some(cell) => write!(f, "{cell}: {}", self.problem),
            None => write!(f, "row {}: {}", self.row, self.problem),
        }
    }
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&row_problem(self))
    }
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(super::merge::EN.error)(self))
    }
}

impl fmt::Display for CreateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CreateError::Store(e) => e.fmt(f),
            CreateError::Roster { path, source } => {
                write!(f, "{}: {source}; nothing was created", path.display())
            }
            CreateError::NoRoster { path, dir } => write!(
                f,
                "{}: no such roster file (and no roster of that name in {})",
                path.display(),
                dir.display()
            ),
            CreateError::NoTitle => f.write_str("the title is empty"),
            CreateError::NoWorkshop => f.write_str("the workshop is empty"),
        }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::Store(e) => e.fmt(f),
            CommandError::Create(e) => e.fmt(f),
            CommandError::Merge(e) => e.fmt(f),
            CommandError::NoFile { path } => write!(f, "{}: no such file", path.display()),
            CommandError::Roster { path, source } => {
                write!(f, "{}: {source}; nothing was written", path.display())
            }
            CommandError::Output(e) => write!(f, "writing the output failed: {e}"),
            CommandError::NoFolder { .. }
            | CommandError::NoWorkshop { .. }
            | CommandError::SeveralWorkshops { .. }
            | CommandError::Exists { .. }
            | CommandError::NoItems { .. }
            | CommandError::Timetable { .. }
            | CommandError::Unreadable { .. }
            | CommandError::NothingToFind
            | CommandError::BinaryToTerminal { .. }
            | CommandError::Held { .. }
            | CommandError::ControlChars { .. } => f.write_str(&super::EN.command_error(self)),
            CommandError::NotInGit { path } => {
                write!(f, "{}: is not inside a git repository", path.display())
            }
            CommandError::Git { message } => write!(f, "git could not be run: {message}"),
            CommandError::NoProgramPath => f.write_str(safety::EN.no_exe),
        }
    }
}

#[cfg(test)]
mod tests;
