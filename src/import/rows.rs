//! From a row of strings to a participant: the checks a CSV line and a
//! workbook row share, and where a refused row came from.

use std::collections::{HashMap, HashSet};

use super::{Field, ImportError, ImportWarning, ImportedRoster, NipProblem, RowProblem, check_nip};
use crate::domain::{Gender, Participant, ParticipantId};
use crate::fold::fold;

fn gender_of(value: &str) -> Option<Gender> {
    match fold(value.trim()).as_str() {
        "" | "-" => Some(Gender::NotRecorded),
        "p" | "perempuan" | "wanita" | "f" | "female" | "w" => Some(Gender::Female),
        "l" | "laki-laki" | "laki laki" | "lakilaki" | "pria" | "m" | "male" => Some(Gender::Male),
        _ => None,
    }
}

/// A number field as the person typed it: the apostrophe a spreadsheet uses
/// to keep leading zeros is dropped; a number the spreadsheet turned into
/// scientific notation is refused, its digits are already lost.
pub(super) fn digits_field(value: &str, nip: bool) -> Result<Option<String>, RowProblem> {
    let v = value.trim().trim_start_matches('\'').trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.contains(['E', 'e'])
        && v.chars().next().is_some_and(|c| c.is_ascii_digit())
        && v.contains(['+', '.', ','])
    {
        return Err(RowProblem::LostDigits { nip, value: v.to_string() });
    }
    Ok(Some(v.to_string()))
}

pub(super) fn non_empty(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// What the rows read so far settle: the ids taken, the highest `pNNN`,
/// and the first row of each NIP.
#[derive(Default)]
pub(super) struct Rows<'a> {
    pub fields: &'a [Option<Field>],
    /// The CSV separator; a line break for a workbook, whose cells hold no
    /// separator to run into.
    pub delimiter: char,
    /// The sheet of a workbook, so errors name a cell; `None` for a CSV.
    pub sheet: Option<&'a str>,
    /// The 0-based column of the first value of each row (a sheet's used
    /// range may start right of column A).
    pub first_column: usize,
    ids: HashSet<ParticipantId>,
    highest: usize,
    nips: HashMap<String, usize>,
}

impl<'a> Rows<'a> {
    pub fn new(
        fields: &'a [Option<Field>],
        delimiter: char,
        sheet: Option<&'a str>,
        first_column: usize,
    ) -> Self {
        Rows { fields, delimiter, sheet, first_column, ..Rows::default() }
    }

    /// A refusal of the value at `index` of row `row`, with its cell in a workbook.
    pub fn error(&self, row: usize, index: usize, problem: RowProblem) -> ImportError {
        error_at(self.sheet, self.first_column + index + 1, row, problem)
    }

    pub fn add<S: AsRef<str>>(
        &mut self,
        record: &[S],
        row: usize,
        short: bool,
        out: &mut ImportedRoster,
    ) -> Result<(), ImportError> {
        let default_id = ParticipantId::numbered(self.highest + 1);
        let person = participant_from(self.fields, record, default_id, self.delimiter, short)
            .map_err(|(index, problem)| self.error(row, index, problem))?;
        if !self.ids.insert(person.0.id.clone()) {
            let problem = RowProblem::DuplicateId(person.0.id.to_string());
            return Err(self.error(row, person.1, problem));
        }
        self.highest = self.highest.max(person.0.id.number().unwrap_or(0));
        let person = person.0;
        if let Some(nip) = &person.nip {
            let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
            match self.nips.get(&digits) {
                Some(&first_row) => out.warnings.push(ImportWarning {
                    row,
                    nip: nip.clone(),
                    problem: NipProblem::Repeated { first_row },
                }),
                None => {
                    self.nips.insert(digits, row);
                }
            }
            if let Some(problem) = check_nip(nip, person.gender) {
                out.warnings.push(ImportWarning { row, nip: nip.clone(), problem });
            }
        }
        out.participants.push(person);
        Ok(())
    }
}

/// A refusal at a row and column (1 = A), naming the cell in a workbook.
pub(super) fn error_at(sheet: Option<&str>, column: usize, row: usize, problem: RowProblem) -> ImportError {
    let cell = sheet.map(|sheet| cell_address(sheet, column, row));
    ImportError { row, line: row, column, cell, problem }
}

/// A cell as spreadsheets name it: `Sheet1!C7`, or `'Daftar Hadir'!C7`
/// when the sheet's name holds more than letters, digits and `_`.
pub(super) fn cell_address(sheet: &str, column: usize, row: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    let letters: String = letters.iter().rev().map(|&b| char::from(b)).collect();
    if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
        format!("{sheet}!{letters}{row}")
    } else {
        format!("'{}'!{letters}{row}", sheet.replace('\'', "''"))
    }
}

/// A name or NIP that spans a line break, or a NIP (or a name in a row
/// short of columns) holding the separator: a quote left open. A comma in
/// a name is no sign of it: titles are written `Siti Aminah, M.Si.`, and a
/// sheet may leave its last empty columns out.
fn runaway(value: &str, nip: bool, delimiter: char, short: bool) -> bool {
    let name_may_hold = delimiter == ',' || !short;
    value.contains(['\n', '\r']) || ((nip || !name_may_hold) && value.contains(delimiter))
}

/// Control characters other than line breaks and tabs, or in a name a
/// direction override too.
fn unsafe_chars(value: &str, name: bool) -> bool {
    value
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || (name && crate::shown::is_bidi_control(c)))
}

/// The participant of one row, or the 0-based index of the value at fault.
fn participant_from<S: AsRef<str>>(
    fields: &[Option<Field>],
    record: &[S],
    default_id: ParticipantId,
    delimiter: char,
    short: bool,
) -> Result<(Participant, usize), (usize, RowProblem)> {
    let mut p = Participant::new(default_id, "");
    let mut name_column = 0;
    let mut id_column = 0;
    for (index, (field, value)) in fields.iter().zip(record).enumerate() {
        let Some(field) = field else { continue };
        let value = value.as_ref();
        let at = |problem: RowProblem| (index, problem);
        if matches!(field, Field::Name | Field::Nip) && runaway(value, *field == Field::Nip, delimiter, short)
        {
            return Err(at(RowProblem::Runaway { nip: *field == Field::Nip }));
        }
        if unsafe_chars(value, *field == Field::Name) {
            return Err(at(RowProblem::ControlChars));
        }
        match field {
            Field::Id => id_column = index,
            Field::Name => name_column = index,
            _ => {}
        }
        set_field(&mut p, *field, value).map_err(at)?;
    }
    if p.name.is_empty() {
        return Err((name_column, RowProblem::NoName));
    }
    Ok((p, id_column))
}

fn set_field(p: &mut Participant, field: Field, value: &str) -> Result<(), RowProblem> {
    match field {
        Field::Id => {
            if let Some(id) = non_empty(value) {
                p.id = ParticipantId(id);
            }
        }
        Field::Name => p.name = value.trim().to_string(),
        Field::Nip => p.nip = digits_field(value, true)?,
        Field::Gender => {
            p.gender = gender_of(value).ok_or_else(|| RowProblem::BadGender(value.trim().to_string()))?
        }
        Field::Role => p.role = value.trim().to_string(),
        Field::Organisation => p.organisation = value.trim().to_string(),
        Field::Kecamatan => p.kecamatan = value.trim().to_string(),
        Field::Kabupaten => p.kabupaten = value.trim().to_string(),
        Field::Phone => p.phone = digits_field(value, false)?,
        Field::Disability => {
            p.disability = non_empty(value)
                .filter(|d| !matches!(fold(d).as_str(), "-" | "tidak" | "tidak ada" | "no" | "none"))
        }
        Field::Group => p.group = non_empty(value),
        Field::RowNumber => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cell_address;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_address("Sheet1", 3, 7), "Sheet1!C7");
        assert_eq!(cell_address("Sheet1", 27, 2), "Sheet1!AA2");
        assert_eq!(cell_address("Sheet1", 702, 1), "Sheet1!ZZ1");
        assert_eq!(cell_address("Sheet1", 703, 1), "Sheet1!AAA1");
        assert_eq!(cell_address("Kelas B", 2, 8), "'Kelas B'!B8");
        assert_eq!(cell_address("Bu Siti's", 1, 1), "'Bu Siti''s'!A1");
    }
}
