//! Problems with a roster file's rows.

use crate::domain::Gender;

/// A row that cannot become a participant; nothing is imported.
#[derive(Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The spreadsheet's row number (the header is row 1).
    pub row: usize,
    /// The line of the file where the row starts.
    pub line: usize,
    /// The spreadsheet column (1 = A) of the field at fault; 1 when the
    /// fault is the row as a whole.
    pub column: usize,
    /// In a workbook, the cell at fault as a spreadsheet names it
    /// (`Sheet1!C7`), which says more than a row number; `None` in a CSV.
    pub cell: Option<String>,
    pub problem: RowProblem,
}

impl std::error::Error for ImportError {}

/// What is wrong with a row, so each language can say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The CSV reader's own complaint (a broken quote, say).
    Unreadable(String),
    NoNameColumn {
        found: String,
    },
    /// A number a spreadsheet turned into `1.97E+17`.
    LostDigits {
        nip: bool,
        value: String,
    },
    BadGender(String),
    NoName,
    DuplicateId(String),
    /// Neither UTF-8, UTF-16 with its mark, nor Windows-1252.
    UnknownEncoding,
    /// A name or NIP running over a line break or into the next columns:
    /// a quote left open swallows the rows after it.
    Runaway {
        nip: bool,
    },
    /// Control characters (or, in a name, direction overrides) in a column.
    ControlChars,
    /// A file far larger than any list of people (its size in MB).
    TooLarge(usize),
    /// A NIP or phone number kept as a number in a workbook: its leading
    /// zeros, and past 15 digits its last digits, are already gone.
    StoredAsNumber {
        nip: bool,
        value: String,
    },
    /// A file named `.xlsx`, `.xls` or `.ods` that no workbook reader can
    /// open (another kind of file, an empty one, one with a password).
    NotAWorkbook(String),
    /// `--sheet` names no sheet of the workbook.
    NoSheet {
        wanted: String,
        sheets: Vec<String>,
    },
}

impl std::error::Error for RowProblem {}

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
    /// The same NIP is on an earlier row: the same person twice?
    Repeated { first_row: usize },
}
