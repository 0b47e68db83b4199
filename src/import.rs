//! Rosters from spreadsheets: CSV as Excel, LibreOffice or Google Sheets
//! export it, with Indonesian or English headers.

mod decode;
mod rows;
pub mod timetable;
mod workbook;

use std::collections::HashMap;

use rows::Rows;
pub use workbook::{is_workbook, roster_from_workbook};

pub use crate::domain::problem::{ImportError, ImportWarning, NipProblem, RowProblem};
use crate::domain::{Gender, Participant, ParticipantId};
use crate::fold::fold;

/// The participants read from a file, and what was passed over.
#[derive(Debug, Default, PartialEq)]
pub struct ImportedRoster {
    pub participants: Vec<Participant>,
    /// Headers that match no field, kept out of the roster.
    pub ignored_columns: Vec<String>,
    /// Whether the file gave its own participant ids (an `ID` column).
    pub has_ids: bool,
    /// Rows that were imported but look wrong to a person who knows NIPs.
    pub warnings: Vec<ImportWarning>,
}

/// The doubt about a NIP given with a recorded gender, if there is one.
pub fn check_nip(nip: &str, recorded: Gender) -> Option<NipProblem> {
    let digits: Vec<u8> = nip.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if digits.len() != 18 || !digits.iter().all(u8::is_ascii_digit) {
        return Some(NipProblem::Length { digits: digits.iter().filter(|b| b.is_ascii_digit()).count() });
    }
    let nip_says = match digits[14] {
        b'1' => Gender::Male,
        b'2' => Gender::Female,
        _ => return None,
    };
    (recorded != Gender::NotRecorded && recorded != nip_says)
        .then_some(NipProblem::Gender { nip_says, recorded })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Id,
    Name,
    Nip,
    Gender,
    Role,
    Organisation,
    Kecamatan,
    Kabupaten,
    Phone,
    Disability,
    Group,
    RowNumber,
}

/// The field a header names, in either language.
fn field_of(header: &str) -> Option<Field> {
    let key: String = fold(header).chars().filter(|c| c.is_alphanumeric()).collect();
    Some(match key.as_str() {
        "id" | "idpeserta" | "kodepeserta" | "participantid" => Field::Id,
        "nama" | "name" | "namalengkap" | "namapeserta" | "fullname" | "namagelar" | "namadangelar" => {
            Field::Name
        }
        "nip" | "nipnik" => Field::Nip,
        "jeniskelamin" | "gender" | "jk" | "lp" | "sex" | "kelamin" => Field::Gender,
        "jabatan" | "role" | "position" | "jobtitle" => Field::Role,
        "unitkerja" | "instansi" | "organisation" | "organization" | "opd" | "satuankerja" | "satker"
        | "asalinstansi" => Field::Organisation,
        "kecamatan" | "kec" | "subdistrict" => Field::Kecamatan,
        "kabupatenkota" | "kabkota" | "kabupaten" | "kota" | "district" | "regency" | "city"
        | "regencycity" => Field::Kabupaten,
        "nohp" | "phone" | "nohandphone" | "telepon" | "hp" | "nowa" | "nowhatsapp" | "notelp"
        | "phonenumber" | "mobile" => Field::Phone,
        "disabilitas" | "disability" | "penyandangdisabilitas" | "jenisdisabilitas" => Field::Disability,
        "kelompok" | "group" | "klp" => Field::Group,
        "no" | "nomor" | "nourut" | "number" => Field::RowNumber,
        _ => return None,
    })
}

/// The delimiter of the header line: `;` (Excel in an Indonesian locale),
/// tab, or `,`.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for c in counts.iter_mut().filter(|c| c.0 == b) {
                c.1 += 1;
            }
        }
    }
    counts.iter().max_by_key(|c| c.1).filter(|c| c.1 > 0).map_or(b',', |c| c.0)
}

/// The field of each column of a header row, the headers of no field
/// noted in `out`; a roster needs a name column.
fn columns_of(headers: &[&str], out: &mut ImportedRoster) -> Result<Vec<Option<Field>>, RowProblem> {
    let fields: Vec<Option<Field>> = headers.iter().map(|h| field_of(h)).collect();
    for (h, f) in headers.iter().zip(&fields) {
        if f.is_none() && !h.trim().is_empty() {
            out.ignored_columns.push(h.trim().to_string());
        }
    }
    if !fields.contains(&Some(Field::Name)) {
        return Err(RowProblem::NoNameColumn { found: headers.join(", ") });
    }
    out.has_ids = fields.contains(&Some(Field::Id));
    Ok(fields)
}

/// Whether a file's name says it is a spreadsheet (CSV or a workbook)
/// rather than a RON roster.
pub fn is_spreadsheet(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) || is_workbook(path)
}

/// A roster from a file's bytes: a workbook (`--sheet` choosing its sheet)
/// when the file's name says so, otherwise CSV.
pub fn roster_from_file(
    path: &std::path::Path,
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<ImportedRoster, ImportError> {
    if is_workbook(path) { roster_from_workbook(bytes, sheet) } else { roster_from_csv(bytes) }
}

/// Ten thousand people with every column filled take about 2 MB; a larger
/// file is not a roster, and reading it would keep the screen waiting.
const LARGEST_ROSTER: usize = 16 << 20;

/// Parse a CSV roster. Ids come from an `ID` column when there is one,
/// otherwise `p001`, `p002`… in row order. Linear in the rows.
pub fn roster_from_csv(bytes: &[u8]) -> Result<ImportedRoster, ImportError> {
    let whole = |problem| ImportError { row: 1, line: 1, column: 1, cell: None, problem };
    if bytes.len() > LARGEST_ROSTER {
        return Err(whole(RowProblem::TooLarge(bytes.len() >> 20)));
    }
    let text = decode::decode_text(bytes).ok_or(whole(RowProblem::UnknownEncoding))?;
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| whole(RowProblem::Unreadable(e.to_string())))?.clone();
    let mut out = ImportedRoster::default();
    let headers_text: Vec<&str> = headers.iter().collect();
    let fields = columns_of(&headers_text, &mut out).map_err(whole)?;
    let mut rows = Rows::new(&fields, char::from(delimiter), None, 0);
    let mut lines = LineCounter::new(&text);
    for (index, record) in reader.records().enumerate() {
        let mut line_of =
            |pos: Option<&csv::Position>| pos.map_or(index + 2, |p| lines.line_at(p.byte() as usize));
        let record = record.map_err(|e| {
            let line = line_of(e.position());
            rows.error(line, 0, RowProblem::Unreadable(e.to_string()))
        })?;
        // Spreadsheets number rows as the file numbers lines (header = 1).
        let row = line_of(record.position());
        if !record.iter().all(|v| v.trim().is_empty()) {
            let values: Vec<&str> = record.iter().collect();
            rows.add(&values, row, record.len() < headers.len(), &mut out)?;
        }
    }
    Ok(out)
}

/// Line numbers of byte offsets met in increasing order, counted once.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter { bytes: text.as_bytes(), at: 0, line: 1 }
    }

    /// The 1-based line of the record at `byte`; the reader's offset can
    /// fall on the blank lines it passed over before the record.
    fn line_at(&mut self, byte: usize) -> usize {
        let mut end = byte.min(self.bytes.len());
        while end < self.bytes.len() && matches!(self.bytes[end], b'\r' | b'\n') {
            end += 1;
        }
        if end < self.at {
            return 1 + self.bytes[..end].iter().filter(|&&b| b == b'\n').count();
        }
        self.line += self.bytes[self.at..end].iter().filter(|&&b| b == b'\n').count();
        self.at = end;
        self.line
    }
}

/// Keep ids stable across a workshop: a person already on `known` keeps
/// their id, matched by NIP and name together first, then by NIP, then by
/// name, each known id given once (so the same roster twice gives the same
/// ids, even with a person on it twice); anyone new gets the next free id.
pub fn keep_known_ids(imported: Vec<Participant>, known: &[Participant]) -> Vec<Participant> {
    let key_nip = |p: &Participant| p.nip.as_ref().map(|n| n.split_whitespace().collect::<String>());
    let mut by_both: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let mut by_nip: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, k) in known.iter().enumerate().rev() {
        if let Some(nip) = key_nip(k) {
            by_both.entry((nip.clone(), fold(&k.name))).or_default().push(i);
            by_nip.entry(nip).or_default().push(i);
        }
        by_name.entry(fold(&k.name)).or_default().push(i);
    }
    let mut used = vec![false; known.len()];
    let mut highest = known.iter().filter_map(|p| p.id.number()).max().unwrap_or(0);
    let take = |list: Option<&mut Vec<usize>>, used: &mut Vec<bool>| {
        let list = list?;
        while let Some(i) = list.pop() {
            if !std::mem::replace(&mut used[i], true) {
                return Some(i);
            }
        }
        None
    };
    let mut out = Vec::with_capacity(imported.len());
    for mut p in imported {
        let (nip, name) = (key_nip(&p), fold(&p.name));
        let found = nip
            .clone()
            .and_then(|n| take(by_both.get_mut(&(n, name.clone())), &mut used))
            .or_else(|| nip.and_then(|n| take(by_nip.get_mut(&n), &mut used)))
            .or_else(|| take(by_name.get_mut(&name), &mut used));
        p.id = match found {
            Some(i) => known[i].id.clone(),
            None => {
                highest += 1;
                ParticipantId::numbered(highest)
            }
        };
        out.push(p);
    }
    out
}

#[cfg(test)]
mod safety_tests;
#[cfg(test)]
mod tests;
