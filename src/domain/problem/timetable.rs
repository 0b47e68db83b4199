//! Problems with a timetable (jadwal) read into agenda templates.

use chrono::NaiveTime;

use super::import::RowProblem;

/// Where in the file a problem lies: the spreadsheet's row (a CSV's line)
/// and column (1 = A), and in a workbook the cell as spreadsheets name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub row: usize,
    pub column: usize,
    pub cell: Option<String>,
}

/// Why a timetable gave no template; nothing is written.
#[derive(Debug, PartialEq, Eq)]
pub struct TimetableError {
    /// `None` when the fault is the file as a whole.
    pub place: Option<Place>,
    pub problem: TimetableProblem,
}

impl std::error::Error for TimetableError {}

/// What is wrong with a timetable, so each language can say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimetableProblem {
    /// The file could not be read as a spreadsheet at all: the problems a
    /// roster file has too (encoding, size, not a workbook, no such sheet).
    File(RowProblem),
    /// No row names both a time column and a subject column; the first
    /// row with words in it is given.
    NoHeader { found: String },
    /// A time cell that is no time range (`07.30 – 08.00`) nor a time.
    BadTime { value: String },
    /// A range that ends before it starts, or when it starts.
    EndBeforeStart { start: NaiveTime, end: NaiveTime },
    /// A range that starts before the previous row ends.
    Overlap { start: NaiveTime, previous_end: NaiveTime },
    /// A row with times but no subject.
    NoTitle,
    /// A row with a subject but no time.
    NoTime,
    /// Control characters or direction overrides in a subject or speaker.
    ControlChars,
    /// The timetable holds no row with a time and a subject.
    NoItems,
    /// `--day` names a day the timetable does not have.
    NoDay { wanted: usize, days: usize },
    /// `--kind` names an item number the timetable does not have.
    NoItem { wanted: usize, items: usize },
}

/// Something doubtful in a row that was imported anyway.
#[derive(Clone, Debug, PartialEq)]
pub enum TimetableWarning {
    /// The JP column says one length and the times another; the times win.
    LessonHours { place: Place, lesson_hours: f64, minutes: i64 },
}
