//! Rosters from spreadsheets: CSV as Excel, LibreOffice or Google Sheets
//! export it, with Indonesian or English headers.

mod decode;

use std::collections::{HashMap, HashSet};

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

fn gender_of(value: &str) -> Option<Gender> {
    match fold(value.trim()).as_str() {
        "" | "-" => Some(Gender::NotRecorded),
        "p" | "perempuan" | "wanita" | "f" | "female" | "w" => Some(Gender::Female),
        "l" | "laki-laki" | "laki laki" | "lakilaki" | "pria" | "m" | "male" => Some(Gender::Male),
        _ => None,
    }
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

/// A number field as the person typed it: the apostrophe a spreadsheet uses
/// to keep leading zeros is dropped; a number the spreadsheet turned into
/// scientific notation is refused, its digits are already lost.
fn digits_field(value: &str, nip: bool) -> Result<Option<String>, RowProblem> {
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

fn non_empty(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// Ten thousand people with every column filled take about 2 MB; a larger
/// file is not a roster, and reading it would keep the screen waiting.
const LARGEST_ROSTER: usize = 16 << 20;

/// Parse a CSV roster. Ids come from an `ID` column when there is one,
/// otherwise `p001`, `p002`… in row order. Linear in the rows.
pub fn roster_from_csv(bytes: &[u8]) -> Result<ImportedRoster, ImportError> {
    let whole = |problem| ImportError { row: 1, line: 1, column: 1, problem };
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
    let fields: Vec<Option<Field>> = headers.iter().map(field_of).collect();
    for (h, f) in headers.iter().zip(&fields) {
        if f.is_none() && !h.trim().is_empty() {
            out.ignored_columns.push(h.trim().to_string());
        }
    }
    if !fields.contains(&Some(Field::Name)) {
        let found = headers.iter().collect::<Vec<_>>().join(", ");
        return Err(whole(RowProblem::NoNameColumn { found }));
    }
    out.has_ids = fields.contains(&Some(Field::Id));
    let mut rows = Rows { fields: &fields, delimiter: char::from(delimiter), ..Rows::default() };
    let mut lines = LineCounter::new(&text);
    for (index, record) in reader.records().enumerate() {
        let mut line_of =
            |pos: Option<&csv::Position>| pos.map_or(index + 2, |p| lines.line_at(p.byte() as usize));
        let record = record.map_err(|e| {
            let line = line_of(e.position());
            ImportError { row: line, line, column: 1, problem: RowProblem::Unreadable(e.to_string()) }
        })?;
        // Spreadsheets number rows as the file numbers lines (header = 1).
        let row = line_of(record.position());
        if !record.iter().all(|v| v.trim().is_empty()) {
            rows.add(&record, row, headers.len(), &mut out)?;
        }
    }
    Ok(out)
}

/// What the rows read so far settle: the ids taken, the highest `pNNN`,
/// and the first row of each NIP.
#[derive(Default)]
struct Rows<'a> {
    fields: &'a [Option<Field>],
    delimiter: char,
    ids: HashSet<ParticipantId>,
    highest: usize,
    nips: HashMap<String, usize>,
}

impl Rows<'_> {
    fn add(
        &mut self,
        record: &csv::StringRecord,
        row: usize,
        columns: usize,
        out: &mut ImportedRoster,
    ) -> Result<(), ImportError> {
        let short = record.len() < columns;
        let default_id = ParticipantId::numbered(self.highest + 1);
        let person = participant_from(self.fields, record, default_id, self.delimiter, short)
            .map_err(|(column, problem)| ImportError { row, line: row, column, problem })?;
        if !self.ids.insert(person.0.id.clone()) {
            let problem = RowProblem::DuplicateId(person.0.id.to_string());
            return Err(ImportError { row, line: row, column: person.1, problem });
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

fn participant_from(
    fields: &[Option<Field>],
    record: &csv::StringRecord,
    default_id: ParticipantId,
    delimiter: char,
    short: bool,
) -> Result<(Participant, usize), (usize, RowProblem)> {
    let mut p = Participant::new(default_id, "");
    let mut name_column = 1;
    let mut id_column = 1;
    for (index, (field, value)) in fields.iter().zip(record.iter()).enumerate() {
        let Some(field) = field else { continue };
        let at = |problem: RowProblem| (index + 1, problem);
        if matches!(field, Field::Name | Field::Nip) && runaway(value, *field == Field::Nip, delimiter, short)
        {
            return Err(at(RowProblem::Runaway { nip: *field == Field::Nip }));
        }
        if unsafe_chars(value, *field == Field::Name) {
            return Err(at(RowProblem::ControlChars));
        }
        match field {
            Field::Id => id_column = index + 1,
            Field::Name => name_column = index + 1,
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
