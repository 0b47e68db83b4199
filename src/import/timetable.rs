//! Agenda templates from a timetable (jadwal) as workshops print them: a
//! title block, a header row, a time range and a subject on each row, the
//! days of a training one after another. Pure: bytes in, days out.

mod grid;
pub mod kinds;
pub mod times;
mod walk;

use chrono::NaiveTime;

pub use crate::domain::problem::{Place, TimetableError, TimetableProblem, TimetableWarning};
use crate::domain::{FORMAT_VERSION, ItemKind, Minutes, Template, TemplateItem};
use crate::fold::fold;
use grid::Grid;

/// What a timetable holds: its days in order, and doubts about its rows.
#[derive(Debug, PartialEq)]
pub struct Timetable {
    pub days: Vec<TimetableDay>,
    pub warnings: Vec<TimetableWarning>,
}

/// One day of a timetable.
#[derive(Debug, PartialEq)]
pub struct TimetableDay {
    /// The day's own words (`HARI I`, `Senin, 8 Mei 2017`), if it has them.
    pub label: Option<String>,
    pub items: Vec<TimetableItem>,
    /// Where the day's rows leave time free, before the item they precede.
    pub gaps: Vec<Gap>,
}

/// One row of a day.
#[derive(Clone, Debug, PartialEq)]
pub struct TimetableItem {
    /// Where the row's time is, for the summary and for warnings.
    pub place: Place,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub title: String,
    pub facilitator: Option<String>,
    pub kind: ItemKind,
    pub decided_by: Decided,
    /// A clock time the day cannot move: prayer and meals, and the item
    /// after a gap.
    pub fixed_start: Option<NaiveTime>,
}

impl TimetableItem {
    pub fn minutes(&self) -> Minutes {
        times::minutes_between(self.start, self.end)
    }
}

/// What decided an item's kind, shown so the person can check the guess.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decided {
    /// A phrase of the rules found in the title.
    Title(&'static str),
    /// The timetable's own kind column (*Jenis*, *Metode*), as written.
    Column(String),
    /// `--kind` on the command line.
    Corrected,
    /// No rule knew the words: an input (*materi*).
    Default,
}

/// Free time between two rows of a day: the item `before` (0-based within
/// the day) starts at `until`, fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub before: usize,
    pub from: NaiveTime,
    pub until: NaiveTime,
}

impl TimetableDay {
    /// When the day's first item starts (a day has at least one item).
    pub fn first_start(&self) -> NaiveTime {
        self.items.first().map_or(NaiveTime::MIN, |i| i.start)
    }

    /// The day as a template.
    pub fn template(&self, name: &str, description: String) -> Template {
        let items = self
            .items
            .iter()
            .map(|i| TemplateItem {
                title: i.title.clone(),
                kind: i.kind,
                minutes: i.minutes(),
                facilitator: i.facilitator.clone(),
                fixed_start: i.fixed_start,
            })
            .collect();
        Template { version: FORMAT_VERSION, name: name.to_string(), description, items }
    }
}

/// What a column of a timetable holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Time,
    Start,
    End,
    Subject,
    Speaker,
    LessonHours,
    Kind,
    Day,
}

/// The column a header names, in either language, case and accents aside.
fn column_of(header: &str) -> Option<Column> {
    let key: String = fold(header).chars().filter(|c| c.is_alphanumeric()).collect();
    Some(match key.as_str() {
        "waktu" | "jam" | "pukul" | "time" | "waktupukul" | "jamwaktu" | "pukulwib" | "waktuwib" => {
            Column::Time
        }
        "mulai" | "start" | "jammulai" | "waktumulai" | "dari" | "from" => Column::Start,
        "selesai" | "end" | "jamselesai" | "waktuselesai" | "sampai" | "sd" | "until" | "to" => Column::End,
        "materi" | "kegiatan" | "acara" | "agenda" | "matapelatihan" | "subject" | "activity"
        | "materikegiatan" | "uraiankegiatan" | "materipelatihan" | "kegiatanmateri" | "session"
        | "topic" | "topik" => Column::Subject,
        "narasumber"
        | "fasilitator"
        | "pemateri"
        | "penanggungjawab"
        | "pj"
        | "speaker"
        | "facilitator"
        | "narasumberfasilitator"
        | "fasilitatornarasumber"
        | "pelaksana" => Column::Speaker,
        "jp" | "jampelajaran" | "jpl" | "lessonhours" => Column::LessonHours,
        "jenis" | "metode" | "kind" | "method" | "jeniskegiatan" => Column::Kind,
        "hari" | "tanggal" | "haritanggal" | "day" | "date" => Column::Day,
        _ => return None,
    })
}

/// The index of each column a timetable needs or may have.
#[derive(Clone, Copy, Debug, Default)]
struct Columns {
    time: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
    subject: usize,
    speaker: Option<usize>,
    lesson_hours: Option<usize>,
    kind: Option<usize>,
    day: Option<usize>,
}

impl Columns {
    /// The columns a header row names; `None` unless it names a time (or a
    /// start) and a subject.
    fn of(row: &[Option<grid::Cell>]) -> Option<Columns> {
        let named: Vec<Option<Column>> =
            row.iter().map(|c| c.as_ref().and_then(|c| column_of(&c.text()))).collect();
        let find = |wanted: Column| named.iter().position(|c| *c == Some(wanted));
        let mut columns = Columns {
            time: find(Column::Time),
            start: find(Column::Start),
            end: find(Column::End),
            subject: find(Column::Subject)?,
            speaker: find(Column::Speaker),
            lesson_hours: find(Column::LessonHours),
            kind: find(Column::Kind),
            day: find(Column::Day),
        };
        columns.time.or(columns.start)?;
        // "Waktu" merged over two columns, start and end: its second cell is empty.
        if let (Some(time), None) = (columns.time, columns.end)
            && row.get(time + 1).is_some_and(Option::is_none)
        {
            columns.end = Some(time + 1);
        }
        Some(columns)
    }

    /// A row under the header naming the start and end under a merged
    /// *Waktu*: `Mulai | Selesai`.
    fn refine(&mut self, row: &[Option<grid::Cell>]) -> bool {
        let named: Vec<Option<Column>> =
            row.iter().map(|c| c.as_ref().and_then(|c| column_of(&c.text()))).collect();
        let (start, end) = (
            named.iter().position(|c| *c == Some(Column::Start)),
            named.iter().position(|c| *c == Some(Column::End)),
        );
        if start.is_none() && end.is_none() {
            return false;
        }
        self.start = start.or(self.start);
        self.end = end.or(self.end);
        if self.start.is_some() && self.start == self.time {
            self.time = None;
        }
        true
    }
}

/// Read a timetable from a file's bytes: a workbook (`sheet` choosing its
/// sheet) when `workbook` is true, otherwise CSV.
pub fn timetable_from_bytes(
    bytes: &[u8],
    workbook: bool,
    sheet: Option<&str>,
) -> Result<Timetable, TimetableError> {
    let grid = if workbook { grid::grid_of_workbook(bytes, sheet)? } else { grid::grid_of_csv(bytes)? };
    timetable_from_grid(&grid)
}

/// Read a timetable from a CSV export.
pub fn timetable_from_csv(bytes: &[u8]) -> Result<Timetable, TimetableError> {
    timetable_from_bytes(bytes, false, None)
}

/// Read a timetable from a workbook's first sheet, or `sheet`.
pub fn timetable_from_workbook(bytes: &[u8], sheet: Option<&str>) -> Result<Timetable, TimetableError> {
    timetable_from_bytes(bytes, true, sheet)
}

fn timetable_from_grid(grid: &Grid) -> Result<Timetable, TimetableError> {
    let Some((header, columns)) =
        grid.rows.iter().enumerate().find_map(|(n, (_, row))| Columns::of(row).map(|c| (n, c)))
    else {
        let found = grid
            .rows
            .iter()
            .map(|(_, row)| row.iter().flatten().map(grid::Cell::text).collect::<Vec<_>>())
            .find(|t| !t.is_empty())
            .unwrap_or_default();
        return Err(TimetableError {
            place: None,
            problem: TimetableProblem::NoHeader { found: found.join(", ") },
        });
    };
    walk::walk(grid, header, columns)
}

#[cfg(test)]
mod tests;
