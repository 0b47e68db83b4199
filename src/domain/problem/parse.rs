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
        detail: String,
    },
    NotUtf8,
    /// Any other fault, in the parser's own words.
    Parser {
        detail: String,
    },
}
