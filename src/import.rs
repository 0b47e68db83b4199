//! Rosters from spreadsheets: CSV as Excel, LibreOffice or Google Sheets
//! export it, with Indonesian or English headers.

use thiserror::Error;

use crate::domain::roster::next_participant_id;
use crate::domain::{Gender, Participant, ParticipantId};
use crate::fold::fold;

/// A row that cannot become a participant; nothing is imported.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("row {row}: {problem}")]
pub struct ImportError {
    /// The spreadsheet's row number (the header is row 1).
    pub row: usize,
    /// The line of the file where the row starts.
    pub line: usize,
    pub problem: RowProblem,
}

/// What is wrong with a row, so each language can say it.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum RowProblem {
    /// The CSV reader's own complaint (a broken quote, say).
    #[error("the row cannot be read: {0}")]
    Unreadable(String),
    #[error("no name column (expected \"Nama\" or \"Name\"; found: {found})")]
    NoNameColumn { found: String },
    /// A number a spreadsheet turned into `1.97E+17`.
    #[error(
        "{} \"{value}\" was turned into a number by the spreadsheet and lost its digits; format the column as text and export again",
        if *nip { "NIP" } else { "phone number" }
    )]
    LostDigits { nip: bool, value: String },
    #[error("gender \"{0}\" is not one of L/P (laki-laki/perempuan) or M/F")]
    BadGender(String),
    #[error("the name is empty")]
    NoName,
    #[error("participant id {0} is used twice")]
    DuplicateId(String),
}

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

/// Something doubtful in a row that was imported anyway: the person at the
/// desk knows better than a rule, so this warns and never refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWarning {
    /// The spreadsheet's row number (the header is row 1).
    pub row: usize,
    pub nip: String,
    pub problem: NipProblem,
}

/// What is wrong with a NIP (*Nomor Induk Pegawai*): 18 digits, of which
/// the 15th is the sex, 1 male and 2 female.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NipProblem {
    /// Not 18 digits (spaces between the groups are allowed).
    Length { digits: usize },
    /// The 15th digit says one sex and the gender column the other.
    Gender { nip_says: Gender, recorded: Gender },
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

/// Text of a spreadsheet export: UTF-8 (with or without BOM), or else the
/// Windows code page an older Excel writes, read as Latin-1.
fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
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

/// Parse a CSV roster. Ids come from an `ID` column when there is one,
/// otherwise `p001`, `p002`… in row order.
pub fn roster_from_csv(bytes: &[u8]) -> Result<ImportedRoster, ImportError> {
    let text = decode_text(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError { row: 1, line: 1, problem: RowProblem::Unreadable(e.to_string()) })?
        .clone();
    let mut out = ImportedRoster::default();
    let fields: Vec<Option<Field>> = headers.iter().map(field_of).collect();
    for (h, f) in headers.iter().zip(&fields) {
        if f.is_none() && !h.trim().is_empty() {
            out.ignored_columns.push(h.trim().to_string());
        }
    }
    if !fields.contains(&Some(Field::Name)) {
        return Err(ImportError {
            row: 1,
            line: 1,
            problem: RowProblem::NoNameColumn { found: headers.iter().collect::<Vec<_>>().join(", ") },
        });
    }
    out.has_ids = fields.contains(&Some(Field::Id));
    for (index, record) in reader.records().enumerate() {
        let line_of =
            |pos: Option<&csv::Position>| pos.map_or(index + 2, |p| line_at(&text, p.byte() as usize));
        let record = record.map_err(|e| {
            let line = line_of(e.position());
            ImportError { row: line, line, problem: RowProblem::Unreadable(e.to_string()) }
        })?;
        // Spreadsheets number rows as the file numbers lines (header = 1).
        let line = line_of(record.position());
        let row = line;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let person = participant_from(&fields, &record, &out.participants)
            .map_err(|problem| ImportError { row, line, problem })?;
        if let Some(nip) = &person.nip
            && let Some(problem) = check_nip(nip, person.gender)
        {
            out.warnings.push(ImportWarning { row, nip: nip.clone(), problem });
        }
        out.participants.push(person);
    }
    Ok(out)
}

/// The 1-based line of the record at a byte offset; the reader's offset can
/// fall on the blank lines it passed over before the record.
fn line_at(text: &str, byte: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = byte.min(bytes.len());
    while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
        at += 1;
    }
    bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

fn participant_from(
    fields: &[Option<Field>],
    record: &csv::StringRecord,
    so_far: &[Participant],
) -> Result<Participant, RowProblem> {
    let mut p = Participant::new(next_participant_id(so_far), "");
    for (field, value) in fields.iter().zip(record.iter()) {
        let Some(field) = field else { continue };
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
    }
    if p.name.is_empty() {
        return Err(RowProblem::NoName);
    }
    if so_far.iter().any(|q| q.id == p.id) {
        return Err(RowProblem::DuplicateId(p.id.to_string()));
    }
    Ok(p)
}

/// Keep ids stable across a workshop: a person already on `known` (same
/// NIP, else same name) keeps their id; anyone new gets the next free id.
pub fn keep_known_ids(imported: Vec<Participant>, known: &[Participant]) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::with_capacity(imported.len());
    let mut taken: Vec<Participant> = known.to_vec();
    for mut p in imported {
        let same = known.iter().find(|k| {
            let same_nip = matches!((&k.nip, &p.nip), (Some(a), Some(b)) if a == b);
            same_nip || fold(&k.name) == fold(&p.name)
        });
        let already_used = |id: &ParticipantId, out: &[Participant]| out.iter().any(|q| &q.id == id);
        p.id = match same {
            Some(k) if !already_used(&k.id, &out) => k.id.clone(),
            _ => {
                let id = next_participant_id(&taken);
                taken.push(Participant::new(id.clone(), ""));
                id
            }
        };
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_bom_and_crlf_from_an_indonesian_excel() {
        let csv = "\u{feff}No;Nama;NIP;Jenis Kelamin;Jabatan;Unit Kerja;Kecamatan;Kabupaten/Kota;No. HP\r\n\
                   1;Dra. Siti Aminah, M.Si.;'196805121994032005;P;Sekcam;Kec. Panekan;Panekan;Kab. Magetan;081234567890\r\n\
                   2;Imam Syafi'i, S.Sos.;197001011998031010;L;Sekcam;Kec. Tegalombo;Tegalombo;Kab. Pacitan;0857000111\r\n";
        let r = roster_from_csv(csv.as_bytes()).unwrap();
        assert_eq!(r.participants.len(), 2);
        let siti = &r.participants[0];
        assert_eq!(siti.id.0, "p001");
        assert_eq!(siti.name, "Dra. Siti Aminah, M.Si.");
        assert_eq!(siti.nip.as_deref(), Some("196805121994032005"));
        assert_eq!(siti.gender, Gender::Female);
        assert_eq!(siti.phone.as_deref(), Some("081234567890"));
        assert_eq!(r.participants[1].gender, Gender::Male);
        assert!(r.ignored_columns.is_empty());
    }

    #[test]
    fn english_headers_with_commas_and_quotes() {
        let csv = "Name,Gender,Organisation,Phone,Group,Shoe size\n\"Wayan, Jr.\",M,\"Dinas \"\"PMD\"\"\",0812,A,42\n";
        let r = roster_from_csv(csv.as_bytes()).unwrap();
        assert_eq!(r.participants[0].name, "Wayan, Jr.");
        assert_eq!(r.participants[0].organisation, "Dinas \"PMD\"");
        assert_eq!(r.participants[0].phone.as_deref(), Some("0812"));
        assert_eq!(r.ignored_columns, vec!["Shoe size".to_string()]);
    }

    #[test]
    fn a_bad_row_names_its_row() {
        let csv = "Nama,JK\nA,L\n\nB,X\n";
        let err = roster_from_csv(csv.as_bytes()).unwrap_err();
        assert_eq!(err.row, 4);
        assert_eq!(err.problem, RowProblem::BadGender("X".into()));
        let err = roster_from_csv(b"Nama,JK\n,L\n").unwrap_err();
        assert_eq!((err.row, err.problem), (2, RowProblem::NoName));
        let err = roster_from_csv(b"Nama,NIP\nA,1.97E+17\n").unwrap_err();
        assert!(err.to_string().contains("as text"), "{err}");
        assert!(matches!(
            roster_from_csv(b"Foo,Bar\n1,2\n").unwrap_err().problem,
            RowProblem::NoNameColumn { .. }
        ));
    }

    #[test]
    fn latin1_exports_are_read() {
        let r = roster_from_csv(b"Nama\nJos\xe9\n").unwrap();
        assert_eq!(r.participants[0].name, "José");
    }

    #[test]
    fn known_people_keep_their_ids() {
        let mut known = vec![
            Participant::new(ParticipantId::numbered(1), "Siti"),
            Participant::new(ParticipantId::numbered(2), "Budi"),
        ];
        known[1].nip = Some("42".into());
        let mut budi = Participant::new(ParticipantId::numbered(1), "Budi Santoso");
        budi.nip = Some("42".into());
        let imported = vec![
            budi,
            Participant::new(ParticipantId::numbered(2), "Rina"),
            Participant::new(ParticipantId::numbered(3), "SITI"),
        ];
        let ids: Vec<String> = keep_known_ids(imported, &known).into_iter().map(|p| p.id.0).collect();
        assert_eq!(ids, vec!["p002", "p003", "p001"]);
    }
}

#[cfg(test)]
mod nip_tests {
    use super::*;

    #[test]
    fn the_fifteenth_digit_is_the_sex() {
        let nip = "19750812 200003 2 002";
        assert_eq!(check_nip(nip, Gender::Female), None);
        assert_eq!(check_nip(nip, Gender::NotRecorded), None);
        assert_eq!(
            check_nip(nip, Gender::Male),
            Some(NipProblem::Gender { nip_says: Gender::Female, recorded: Gender::Male })
        );
        assert_eq!(check_nip("1975081220000310", Gender::Male), Some(NipProblem::Length { digits: 16 }));
        assert_eq!(check_nip("19750812200003100X", Gender::Male), Some(NipProblem::Length { digits: 17 }));
    }

    #[test]
    fn doubtful_nips_are_imported_with_a_warning_naming_the_row() {
        let csv = "Nama;NIP;L/P\nSiti;197508122000032002;L\nBudi;19750812;L\nAni;197508122000032002;P\n";
        let roster = roster_from_csv(csv.as_bytes()).unwrap();
        assert_eq!(roster.participants.len(), 3);
        let rows: Vec<usize> = roster.warnings.iter().map(|w| w.row).collect();
        assert_eq!(rows, [2, 3]);
        assert_eq!(roster.warnings[1].problem, NipProblem::Length { digits: 8 });
    }
}
