//! The rows under a timetable's header, day by day: times checked against
//! each other, gaps found, kinds guessed.

use chrono::NaiveTime;

use super::grid::{Cell, Grid};
use super::kinds::guess_kind;
use super::times::{parse_range, parse_time};
use super::{Columns, Decided, Gap, Timetable, TimetableDay, TimetableItem};
use crate::domain::ItemKind;
use crate::domain::problem::{TimetableError, TimetableProblem, TimetableWarning};
use crate::fold::fold;
use crate::import::workbook::ends_the_list;

/// One JP (*jam pelajaran*), in minutes.
const LESSON_MINUTES: f64 = crate::domain::MINUTES_PER_LESSON_HOUR as f64;

type Row = [Option<Cell>];

/// The days of the rows after the header (row `header` of the grid).
pub(super) fn walk(grid: &Grid, header: usize, mut columns: Columns) -> Result<Timetable, TimetableError> {
    let mut rows = grid.rows.iter().skip(header + 1).peekable();
    if rows.peek().is_some_and(|(_, row)| columns.refine(row)) {
        rows.next();
    }
    let mut days = Vec::new();
    let mut day = Day { label: label_above(grid, header), ..Day::default() };
    let mut warnings = Vec::new();
    for (number, row) in rows {
        let number = *number;
        let texts: Vec<String> =
            row.iter().map(|c| c.as_ref().map_or_else(String::new, Cell::text)).collect();
        if texts.iter().all(String::is_empty) || Columns::of(row).is_some() {
            continue;
        }
        if ends_the_list(&texts) {
            break;
        }
        let cell = |index: Option<usize>| index.and_then(|i| row.get(i)).and_then(Option::as_ref);
        let title = cell(Some(columns.subject)).map(Cell::text).unwrap_or_default();
        // A day row's words may stand in the time column: they come first.
        let first = texts.iter().find(|t| !t.is_empty()).map(String::as_str).unwrap_or_default();
        let time = time_of(grid, number, row, &columns);
        if !matches!(time, Ok(Some(_))) && is_day_row(first) {
            let label = texts.iter().filter(|t| !t.is_empty()).cloned().collect::<Vec<_>>().join(", ");
            day.next(label, &mut days);
            continue;
        }
        let Some((start, end, at)) = time? else {
            if !title.is_empty() && texts.iter().filter(|t| !t.is_empty()).count() > 1 {
                let index = columns.time.or(columns.start).unwrap_or_default();
                return Err(grid.error(number, index, TimetableProblem::NoTime));
            }
            continue;
        };
        if let Some(value) = cell(columns.day).map(Cell::date_or_text) {
            day.day_value(value, &mut days);
        }
        if title.is_empty() {
            return Err(grid.error(number, columns.subject, TimetableProblem::NoTitle));
        }
        let title = tidy(&title)
            .ok_or_else(|| grid.error(number, columns.subject, TimetableProblem::ControlChars))?;
        let speaker = match (columns.speaker, cell(columns.speaker)) {
            (Some(index), Some(c)) => {
                let name = tidy(&c.text())
                    .ok_or_else(|| grid.error(number, index, TimetableProblem::ControlChars))?;
                (!matches!(name.as_str(), "-" | "")).then_some(name)
            }
            _ => None,
        };
        if end <= start {
            return Err(grid.error(number, at, TimetableProblem::EndBeforeStart { start, end }));
        }
        let mut fixed_start = None;
        if let Some(previous_end) = day.items.last().map(|i| i.end) {
            if start < previous_end {
                return Err(grid.error(number, at, TimetableProblem::Overlap { start, previous_end }));
            }
            if start > previous_end {
                day.gaps.push(Gap { before: day.items.len(), from: previous_end, until: start });
                fixed_start = Some(start);
            }
        }
        let (kind, decided_by) = kind_of(&title, cell(columns.kind).map(Cell::text));
        if kind == ItemKind::MealPrayer {
            fixed_start = Some(start);
        }
        let place = grid.place(number, at);
        if let Some(jp) = cell(columns.lesson_hours).and_then(lesson_hours) {
            let minutes = (end - start).num_minutes();
            if (jp * LESSON_MINUTES - minutes as f64).abs() >= 1.0 {
                let place = grid.place(number, columns.lesson_hours.unwrap_or_default());
                warnings.push(TimetableWarning::LessonHours { place, lesson_hours: jp, minutes });
            }
        }
        day.items.push(TimetableItem {
            place,
            start,
            end,
            title,
            facilitator: speaker,
            kind,
            decided_by,
            fixed_start,
        });
    }
    day.finish(&mut days);
    if days.is_empty() {
        return Err(TimetableError { place: None, problem: TimetableProblem::NoItems });
    }
    Ok(Timetable { days, warnings })
}

/// A day as its rows are read.
#[derive(Default)]
struct Day {
    label: Option<String>,
    /// The day column's last value, whose change starts a new day.
    value: Option<String>,
    items: Vec<TimetableItem>,
    gaps: Vec<Gap>,
}

impl Day {
    /// A day row: the day so far is done, if it has items, and the next
    /// one is labelled.
    fn next(&mut self, label: String, days: &mut Vec<TimetableDay>) {
        self.finish(days);
        // A label goes into the template's description: no control characters.
        let unsafe_char = |c: char| c.is_control() || crate::shown::is_bidi_control(c);
        let label: String = label.chars().map(|c| if unsafe_char(c) { ' ' } else { c }).collect();
        self.label = Some(label.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    /// A value in the day column: a new one starts a day, except the date
    /// written under a weekday (`Senin` above `8 Mei 2017`), which is the
    /// same day's.
    fn day_value(&mut self, value: String, days: &mut Vec<TimetableDay>) {
        if self.value.as_ref() == Some(&value) {
            return;
        }
        let only_weekday =
            self.value.as_deref().is_some_and(|v| weekday_word(v) && v.split_whitespace().count() == 1);
        if only_weekday && !weekday_word(&value) {
            self.label = Some(format!("{}, {value}", self.label.take().unwrap_or_default()));
        } else {
            self.next(value.clone(), days);
        }
        self.value = Some(value);
    }

    fn finish(&mut self, days: &mut Vec<TimetableDay>) {
        if !self.items.is_empty() {
            let items = std::mem::take(&mut self.items);
            let gaps = std::mem::take(&mut self.gaps);
            days.push(TimetableDay { label: self.label.take(), items, gaps });
        }
    }
}

/// The start, the end, and the index of the cell that gave the start; `None`
/// when the row has no time at all.
fn time_of(
    grid: &Grid,
    number: usize,
    row: &Row,
    columns: &Columns,
) -> Result<Option<(NaiveTime, NaiveTime, usize)>, TimetableError> {
    let cell = |index: Option<usize>| {
        index.and_then(|i| row.get(i)).and_then(Option::as_ref).map(|c| (index.unwrap_or_default(), c))
    };
    let bad =
        |index: usize, c: &Cell| grid.error(number, index, TimetableProblem::BadTime { value: c.text() });
    let Some((at, first)) = cell(columns.time).or_else(|| cell(columns.start)) else {
        return match cell(columns.end) {
            Some((index, c)) if columns.end != columns.time.map(|t| t + 1) => Err(bad(index, c)),
            _ => Ok(None),
        };
    };
    if let Cell::Text(text) = first
        && let Some((start, end)) = parse_range(text)
    {
        return Ok(Some((start, end, at)));
    }
    let start = time_in(first).ok_or_else(|| bad(at, first))?;
    let end_index = columns.end.filter(|e| *e != at);
    match cell(end_index) {
        Some((index, c)) => Ok(Some((start, time_in(c).ok_or_else(|| bad(index, c))?, at))),
        None => Err(bad(at, first)),
    }
}

/// A time of day in a cell: a workbook's time, or text such as `07.30`.
fn time_in(cell: &Cell) -> Option<NaiveTime> {
    match cell {
        Cell::Number(_) => cell.time(),
        Cell::Text(text) => parse_time(text),
    }
}

/// The kind of a row, and what decided it: the kind column when it says
/// something known, else the title's words, else an input.
fn kind_of(title: &str, column: Option<String>) -> (ItemKind, Decided) {
    if let Some(value) = column.filter(|v| !v.is_empty()) {
        let named = crate::text::parse_item_kind(&value).ok().or_else(|| guess_kind(&value).map(|(k, _)| k));
        if let Some(kind) = named {
            return (kind, Decided::Column(value));
        }
    }
    match guess_kind(title) {
        Some((kind, phrase)) => (kind, Decided::Title(phrase)),
        None => (ItemKind::Input, Decided::Default),
    }
}

/// Whitespace collapsed; `None` for control characters or direction
/// overrides, which would reach a terminal.
fn tidy(text: &str) -> Option<String> {
    let unsafe_char = |c: char| (c.is_control() && !c.is_whitespace()) || crate::shown::is_bidi_control(c);
    (!text.chars().any(unsafe_char)).then(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A JP cell: `2`, `1,5`, `1.5`.
fn lesson_hours(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(t) => t.trim().replace(',', ".").parse().ok().filter(|n: &f64| n.is_finite()),
    }
}

/// The last day-like line of the title block, the first day's label when
/// the header comes after it (`Hari/Tanggal: Senin, 8 Mei 2017`).
fn label_above(grid: &Grid, header: usize) -> Option<String> {
    grid.rows[..header]
        .iter()
        .filter_map(|(_, row)| row.iter().flatten().map(Cell::text).find(|t| !t.is_empty()))
        .rfind(|t| is_day_row(t))
}

/// Whether a row's first words name a day: `HARI I`, `Hari Pertama, Senin
/// 8 Mei 2017`, `Senin, 8 Mei 2017`, `Day 2`.
fn is_day_row(first: &str) -> bool {
    let folded = fold(first);
    let word: String = folded
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '\'')
        .filter(|c| c.is_alphanumeric())
        .collect();
    let rest = folded[folded.find(|c: char| !(c.is_alphanumeric() || c == '\'')).unwrap_or(folded.len())..]
        .trim_start();
    match word.as_str() {
        "hari" => !rest.starts_with('/'),
        "day" => rest.starts_with(|c: char| c.is_ascii_digit()),
        _ => weekday_word(first),
    }
}

/// Whether text begins with a weekday's name, Indonesian or English.
fn weekday_word(text: &str) -> bool {
    const WEEKDAYS: [&str; 15] = [
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "ahad",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let folded = fold(text);
    let word: String = folded
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '\u{2019}')
        .filter(|c| c.is_alphanumeric())
        .collect();
    WEEKDAYS.contains(&word.as_str())
}
