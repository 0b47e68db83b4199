//! Rosters from workbooks (`.xlsx`, `.xls`, `.ods`) as offices keep them:
//! a title block above the header row, a total or signatures below the
//! people. Each row becomes strings and goes through the checks a CSV line
//! goes through; errors name the cell (`Sheet1!C7`).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Range, Reader, open_workbook_auto_from_rs};

use super::rows::{Rows, error_at};
use super::{Field, ImportError, ImportedRoster, LARGEST_ROSTER, RowProblem, columns_of, field_of};
use crate::fold::fold;

/// Whether a file's name says it is a workbook.
pub fn is_workbook(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods")
}

/// Read the roster on the first sheet of a workbook, or on `sheet`.
///
/// The header row is the first with at least two known column names; the
/// people end at the first blank row after them, or at a row that begins
/// with a total ("Jumlah", "Total") or a signature block ("Mengetahui").
pub fn roster_from_workbook(bytes: &[u8], sheet: Option<&str>) -> Result<ImportedRoster, ImportError> {
    let whole = |problem| ImportError { row: 1, line: 1, column: 1, cell: None, problem };
    let (name, range) = open_sheet(bytes, sheet).map_err(whole)?;
    let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let cells: Vec<&[Data]> = range.rows().collect();
    let mut out = ImportedRoster::default();
    let Some(header) = cells.iter().position(|row| is_header(row)) else {
        let found = cells.iter().map(|row| texts(row)).find(|t| t.iter().any(|v| !v.is_empty()));
        return Err(whole(RowProblem::NoNameColumn { found: found.unwrap_or_default().join(", ") }));
    };
    let header_row = top + header + 1;
    let headers = texts(cells[header]);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let fields =
        columns_of(&headers, &mut out).map_err(|p| error_at(Some(&name), left + 1, header_row, p))?;
    let mut rows = Rows::new(&fields, '\n', Some(&name), left);
    let mut started = false;
    for (index, row) in cells.iter().enumerate().skip(header + 1) {
        let number = top + index + 1;
        let values = texts(row);
        if values.iter().all(String::is_empty) {
            if started {
                break;
            }
            continue;
        }
        if ends_the_list(&values) {
            break;
        }
        if let Some(column) = number_for_digits(&fields, row) {
            let problem = RowProblem::StoredAsNumber {
                nip: fields[column] == Some(Field::Nip),
                // A date (what Excel makes of some digit runs) shows as one.
                value: match &row[column] {
                    Data::DateTime(d) => d.to_string(),
                    Data::DateTimeIso(d) => d.clone(),
                    cell => text_of(cell),
                },
            };
            return Err(rows.error(number, column, problem));
        }
        rows.add(&values, number, false, &mut out)?;
        started = true;
    }
    Ok(out)
}

/// The name and cells of the first sheet of a workbook, or of `sheet`
/// (case and accents aside): what every reader of a workbook starts with.
pub(super) fn open_sheet(bytes: &[u8], sheet: Option<&str>) -> Result<(String, Range<Data>), RowProblem> {
    if bytes.len() > LARGEST_ROSTER {
        return Err(RowProblem::TooLarge(bytes.len() >> 20));
    }
    let not_a_workbook = |e: calamine::Error| RowProblem::NotAWorkbook(e.to_string());
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let sheets = book.sheet_names();
    let name = match sheet {
        Some(wanted) => sheets.iter().find(|s| fold(s.trim()) == fold(wanted.trim())),
        None => sheets.first(),
    };
    let Some(name) = name.cloned() else {
        return Err(match sheet {
            Some(wanted) => RowProblem::NoSheet { wanted: wanted.to_string(), sheets },
            None => RowProblem::NotAWorkbook("no sheets".to_string()),
        });
    };
    let range = book.worksheet_range(&name).map_err(not_a_workbook)?;
    Ok((name, range))
}

fn is_header(row: &[Data]) -> bool {
    row.iter().filter(|c| matches!(c, Data::String(s) if field_of(s).is_some())).count() >= 2
}

/// A total or the signatures below the list: the row's first value says so.
pub(super) fn ends_the_list(values: &[String]) -> bool {
    let first = values.iter().find(|v| !v.is_empty()).map(|v| fold(v.trim())).unwrap_or_default();
    ["jumlah", "total", "mengetahui"].iter().any(|w| first.starts_with(w))
}

/// The column of a NIP or phone number kept as a number, if there is one:
/// a number has no leading zeros, and a double has no 18 exact digits; a
/// date is a number too, and no NIP.
fn number_for_digits(fields: &[Option<Field>], row: &[Data]) -> Option<usize> {
    fields.iter().zip(row).position(|(field, cell)| {
        matches!(field, Some(Field::Nip | Field::Phone))
            && matches!(cell, Data::Int(_) | Data::Float(_) | Data::DateTime(_) | Data::DateTimeIso(_))
    })
}

fn texts(row: &[Data]) -> Vec<String> {
    row.iter().map(text_of).collect()
}

/// A cell as text: whole numbers without a decimal point (a "No." column),
/// dates and error values left out, since no roster column needs them.
fn text_of(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) | Data::Error(_) | Data::Empty => {
            String::new()
        }
    }
}
