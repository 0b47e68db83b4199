//! A timetable's cells, from a CSV export or a workbook sheet, as one
//! shape: numbered rows of cells, and the addresses errors name.

use calamine::Data;
use chrono::{NaiveDate, NaiveTime};

use super::super::rows::cell_address;
use super::super::{LARGEST_ROSTER, LineCounter, decode, workbook};
use super::times::time_of_fraction;
use crate::domain::problem::{Place, RowProblem, TimetableError, TimetableProblem};

/// One cell: text as written, or a workbook's number (a time or a date is
/// a number of days, read by the column it is in).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    /// The cell as text: a number as the column needs it shown.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Cell::Number(n) => n.to_string(),
        }
    }

    /// A workbook's time of day, if the cell holds one.
    pub fn time(&self) -> Option<NaiveTime> {
        match self {
            Cell::Number(n) => time_of_fraction(*n),
            Cell::Text(_) => None,
        }
    }

    /// A workbook's date as `2017-05-08`, or the text.
    pub fn date_or_text(&self) -> String {
        match self {
            Cell::Number(n) if *n >= 1.0 && n.is_finite() && *n < 1e6 => {
                NaiveDate::from_ymd_opt(1899, 12, 30)
                    .and_then(|d| d.checked_add_days(chrono::Days::new(*n as u64)))
                    .map_or_else(|| self.text(), |d| d.to_string())
            }
            _ => self.text(),
        }
    }
}

/// The rows of a sheet or a CSV, with what it takes to name a cell.
pub struct Grid {
    /// The workbook's sheet; `None` for a CSV.
    pub sheet: Option<String>,
    /// The 0-based column of each row's first cell.
    pub left: usize,
    /// Each row's number as the spreadsheet shows it (a CSV's line), and
    /// its cells; `None` for an empty one.
    pub rows: Vec<(usize, Vec<Option<Cell>>)>,
}

impl Grid {
    /// Where the cell at `index` of row `row` is.
    pub fn place(&self, row: usize, index: usize) -> Place {
        let column = self.left + index + 1;
        Place { row, column, cell: self.sheet.as_deref().map(|s| cell_address(s, column, row)) }
    }

    /// A problem at a cell.
    pub fn error(&self, row: usize, index: usize, problem: TimetableProblem) -> TimetableError {
        TimetableError { place: Some(self.place(row, index)), problem }
    }
}

fn whole(problem: RowProblem) -> TimetableError {
    TimetableError { place: None, problem: TimetableProblem::File(problem) }
}

/// The cells of a CSV export, in whichever encoding and separator the
/// spreadsheet chose; a quote left open is refused at its line.
pub fn grid_of_csv(bytes: &[u8]) -> Result<Grid, TimetableError> {
    if bytes.len() > LARGEST_ROSTER {
        return Err(whole(RowProblem::TooLarge(bytes.len() >> 20)));
    }
    let text = decode::decode_text(bytes).ok_or(whole(RowProblem::UnknownEncoding))?;
    // The title block above the header has no separators: sniff the line
    // that has the most.
    let most = |d: u8| text.lines().take(64).map(|l| l.bytes().filter(|b| *b == d).count()).max();
    let delimiter = [b'\t', b';', b','].into_iter().max_by_key(|d| most(*d)).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(&text);
    let mut grid = Grid { sheet: None, left: 0, rows: Vec::new() };
    for (index, record) in reader.records().enumerate() {
        let mut line_of =
            |pos: Option<&csv::Position>| pos.map_or(index + 1, |p| lines.line_at(p.byte() as usize));
        let record = record.map_err(|e| {
            let row = line_of(e.position());
            grid.error(row, 0, TimetableProblem::File(RowProblem::Unreadable(e.to_string())))
        })?;
        let row = line_of(record.position());
        let cells =
            record.iter().map(|v| (!v.trim().is_empty()).then(|| Cell::Text(v.to_string()))).collect();
        grid.rows.push((row, cells));
    }
    Ok(grid)
}

/// The cells of a workbook's first sheet, or of `sheet`; a merged range's
/// value sits in its first cell, the others are empty.
pub fn grid_of_workbook(bytes: &[u8], sheet: Option<&str>) -> Result<Grid, TimetableError> {
    let (name, range) = workbook::open_sheet(bytes, sheet).map_err(whole)?;
    let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let rows = range
        .rows()
        .enumerate()
        .map(|(index, row)| (top + index + 1, row.iter().map(cell_of).collect()))
        .collect();
    Ok(Grid { sheet: Some(name), left, rows })
}

fn cell_of(data: &Data) -> Option<Cell> {
    match data {
        Data::String(s) if s.trim().is_empty() => None,
        Data::String(s) => Some(Cell::Text(s.clone())),
        Data::Int(i) => Some(Cell::Number(*i as f64)),
        Data::Float(f) => Some(Cell::Number(*f)),
        Data::DateTime(d) => Some(Cell::Number(d.as_f64())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => {
            Some(iso_time(s).map_or_else(|| Cell::Text(s.clone()), Cell::Number))
        }
        Data::Bool(b) => Some(Cell::Text(b.to_string())),
        Data::Error(_) | Data::Empty => None,
    }
}

/// An OpenDocument time as the fraction of a day: a duration
/// (`PT07H45M00S`, how LibreOffice keeps a time) or the time of a date-time
/// (`2017-05-08T07:45:00`); `None` for a date alone or anything else.
fn iso_time(text: &str) -> Option<f64> {
    let seconds = if let Some(rest) = text.strip_prefix("PT") {
        let mut total = 0.0;
        let mut number = String::new();
        for c in rest.chars() {
            match c {
                'H' | 'M' | 'S' => {
                    let unit = match c {
                        'H' => 3600.0,
                        'M' => 60.0,
                        _ => 1.0,
                    };
                    total += number.parse::<f64>().ok()? * unit;
                    number.clear();
                }
                _ => number.push(c),
            }
        }
        number.is_empty().then_some(total)?
    } else {
        let (_, time) = text.split_once('T')?;
        let mut parts = time.split(':').map(|p| p.parse::<f64>().ok());
        let (h, m, s) = (parts.next()??, parts.next()??, parts.next().flatten().unwrap_or(0.0));
        h * 3600.0 + m * 60.0 + s
    };
    (seconds.is_finite() && seconds >= 0.0).then_some(seconds / 86_400.0)
}

#[cfg(test)]
mod tests {
    use super::iso_time;

    #[test]
    fn opendocument_times() {
        let minutes = |t: &str| iso_time(t).map(|d| (d * 1440.0).round() as i64);
        assert_eq!(minutes("PT07H45M00S"), Some(465));
        assert_eq!(minutes("PT12H15M0.5S"), Some(735));
        assert_eq!(minutes("2017-05-08T12:15:00"), Some(735));
        assert_eq!(minutes("2017-05-08"), None);
        assert_eq!(minutes("PT7X"), None);
        assert_eq!(minutes("PT07H45"), None);
    }
}
