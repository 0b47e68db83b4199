//! The RON encoding: pretty, deterministic, versioned.

use std::path::Path;

use ron::ser::PrettyConfig;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StoreError;
use crate::domain::FORMAT_VERSION;
use crate::domain::problem::{ParseHint, Token};

/// Encode a value as the pretty RON sigap writes: the same value always gives
/// the same bytes, so files diff well under version control.
pub fn encode<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = PrettyConfig::new().indentor("    ").new_line("\n").struct_names(false).escape_strings(true);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

/// Only the version, read before anything else so that a newer file is
/// recognised as newer rather than reported as broken.
#[derive(serde::Deserialize)]
struct VersionProbe {
    version: u32,
}

fn parse_error(path: &Path, err: ron::error::SpannedError) -> StoreError {
    StoreError::Parse {
        path: path.to_path_buf(),
        line: err.span.start.line,
        col: err.span.start.col,
        hint: describe(&err.code),
    }
}

/// A RON error as a hint a facilitator can act on.
fn describe(code: &ron::Error) -> ParseHint {
    use ron::Error as E;
    let names = |expected: &[&str]| expected.iter().map(|s| s.to_string()).collect();
    match code {
        E::MissingStructField { field, .. } => ParseHint::MissingField { field: field.to_string() },
        E::NoSuchStructField { found, expected, .. } => {
            ParseHint::UnknownField { found: found.to_string(), expected: names(expected) }
        }
        E::DuplicateStructField { field, .. } => ParseHint::DuplicateField { field: field.to_string() },
        E::NoSuchEnumVariant { found, expected, .. } => {
            ParseHint::UnknownVariant { found: found.to_string(), expected: names(expected) }
        }
        E::ExpectedComma => ParseHint::MissingComma,
        E::Eof => ParseHint::EndsEarly,
        E::ExpectedStructLikeEnd => ParseHint::Bracket { close: ')', detail: code.to_string() },
        E::ExpectedArrayEnd => ParseHint::Bracket { close: ']', detail: code.to_string() },
        E::ExpectedMapEnd => ParseHint::Bracket { close: '}', detail: code.to_string() },
        E::UnexpectedChar(found) => ParseHint::UnexpectedChar { found: *found, detail: code.to_string() },
        E::InvalidValueForType { .. } | E::ExpectedDifferentLength { .. } | E::IntegerOutOfBounds => {
            ParseHint::InvalidValue { detail: code.to_string() }
        }
        E::TrailingCharacters => ParseHint::TrailingCharacters { detail: code.to_string() },
        other => match expected_token(other) {
            Some(what) => ParseHint::Expected { what, detail: code.to_string() },
            None => ParseHint::Parser { detail: code.to_string() },
        },
    }
}

/// What the parser looked for, when the fault is that it was not there.
fn expected_token(code: &ron::Error) -> Option<Token> {
    use ron::Error as E;
    Some(match code {
        E::ExpectedBoolean => Token::Boolean,
        E::ExpectedInteger => Token::Integer,
        E::ExpectedFloat => Token::Float,
        E::ExpectedString | E::ExpectedByteString => Token::Text,
        E::ExpectedStringEnd => Token::TextEnd,
        E::ExpectedChar => Token::Char,
        E::ExpectedOption => Token::Option,
        E::ExpectedIdentifier => Token::Identifier,
        E::ExpectedUnit => Token::Unit,
        E::ExpectedMapColon => Token::Colon,
        // A name before the bracket (`garbage(`): this is no file of ours.
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedDifferentStructName { .. } => {
            Token::Open('(')
        }
        E::ExpectedArray => Token::Open('['),
        E::ExpectedMap => Token::Open('{'),
        E::ExpectedOptionEnd => Token::Close(')'),
        _ => return None,
    })
}

/// Decode a versioned file from its bytes: text that is not UTF-8 is
/// refused at the line and column of the first bad byte.
pub fn decode_bytes<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let line = good.matches('\n').count() + 1;
        let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        StoreError::Parse { path: path.to_path_buf(), line, col, hint: ParseHint::NotUtf8 }
    })?;
    decode(path, text)
}

/// Decode a versioned file. A file from a newer sigap is refused with its
/// version, one that git's line merge left conflict markers in is said to
/// be so (with the way out); any other fault names its line and column.
pub fn decode<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, StoreError> {
    decode_plain(path, text).map_err(|e| match (&e, conflict_marker(text)) {
        (StoreError::Parse { .. }, Some(line)) => {
            StoreError::ConflictMarkers { path: path.to_path_buf(), line }
        }
        _ => e,
    })
}

/// The line of the first conflict marker git's line merge writes, if any;
/// looked for only once a file failed to parse, so it costs a good file nothing.
fn conflict_marker(text: &str) -> Option<usize> {
    let marker = |l: &str| {
        ["<<<<<<<", "=======", ">>>>>>>"]
            .iter()
            .any(|m| l.strip_prefix(m).is_some_and(|r| r.is_empty() || r.starts_with(' ')))
    };
    text.lines().position(marker).map(|i| i + 1)
}

fn decode_plain<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, StoreError> {
    // sigap writes the version first, so it is read from the first line or
    // two; only a file written otherwise pays for a second full parse.
    let version = match leading_version(text) {
        Some(v) => v,
        None => ron::from_str::<VersionProbe>(text).map_err(|e| parse_error(path, e))?.version,
    };
    if version > FORMAT_VERSION {
        return Err(StoreError::Newer { path: path.to_path_buf(), version });
    }
    ron::from_str(text).map_err(|e| {
        // The lighter reading of the version alone stops at the first fault
        // of the syntax, which is the more useful place to point at.
        match ron::from_str::<VersionProbe>(text) {
            Err(probe) => parse_error(path, probe),
            Ok(_) => parse_error(path, e),
        }
    })
}

/// The version of a file that opens with `(version: N,` (blanks and a
/// struct name allowed), as every file sigap writes does; `None` otherwise.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start_matches('\u{feff}').trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_').trim_start();
    let rest = rest.strip_prefix('(')?.trim_start().strip_prefix("version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest[digits..].trim_start();
    if digits == 0 || !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    rest[..digits].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_read_from_the_first_field_or_else_by_parsing() {
        assert_eq!(leading_version("(\n    version: 1,\n    id: \"x\")"), Some(1));
        assert_eq!(leading_version("Session(version:12)"), Some(12));
        assert_eq!(leading_version("(id: \"x\", version: 1)"), None);
        assert_eq!(leading_version("(version: 1x, id: \"x\")"), None);
        #[derive(Debug, serde::Deserialize)]
        struct Probe {
            #[allow(dead_code)]
            id: String,
        }
        let newer = format!("(id: \"x\", version: {})", FORMAT_VERSION + 1);
        let err = decode::<Probe>(Path::new("s.ron"), &newer).unwrap_err();
        assert!(matches!(err, StoreError::Newer { .. }), "{err}");
    }

    #[test]
    fn conflict_markers_are_named_as_such() {
        #[derive(Debug, serde::Deserialize)]
        struct Probe {
            #[allow(dead_code)]
            version: u32,
            #[allow(dead_code)]
            id: String,
        }
        let text =
            "(\n    version: 1,\n<<<<<<< HEAD\n    id: \"a\",\n=======\n    id: \"b\",\n>>>>>>> theirs\n)\n";
        let err = decode::<Probe>(Path::new("s.ron"), text).unwrap_err();
        assert!(matches!(err, StoreError::ConflictMarkers { line: 3, .. }), "{err}");
        assert!(err.to_string().contains("git merge conflict markers at line 3: run `sigap git-setup`, then `git checkout --merge s.ron`"), "{err}");
    }
}
