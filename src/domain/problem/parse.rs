//! Why a file sigap wrote cannot be read back: the fault the parser found,
//! as a hint a facilitator can act on.

/// What is wrong at the line and column a parse stopped at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseHint {
    MissingField {
        field: String,
    },
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    DuplicateField {
        field: String,
    },
    UnknownVariant {
        found: String,
        expected: Vec<String>,
    },
    MissingComma,
    EndsEarly,
    /// A bracket closed too early or not at all; the parser's own words.
    Bracket {
        close: char,
        detail: String,
    },
    NotUtf8,
    /// Something else stood where the parser looked for `what`; `detail`
    /// is the parser's own words.
    Expected {
        what: Token,
        detail: String,
    },
    /// A character that has no place here.
    UnexpectedChar {
        found: char,
        detail: String,
    },
    /// A value of the wrong kind (text where a number belongs…).
    InvalidValue {
        detail: String,
    },
    /// More text after the end of the value.
    TrailingCharacters {
        detail: String,
    },
    /// Any other fault, in the parser's own words.
    Parser {
        detail: String,
    },
}

/// What the parser looked for where it stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token {
    Boolean,
    Integer,
    Float,
    Text,
    TextEnd,
    Char,
    Option,
    Identifier,
    Unit,
    Colon,
    /// An opening bracket: `(`, `[` or `{`.
    Open(char),
    /// A closing bracket: `)`, `]` or `}`.
    Close(char),
}
