//! Why a key the settings asked for could not be bound.

/// A key override the settings asked for that could not be applied; it is
/// skipped and the rest of the settings stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// The name is not a command of the key table, now or in older files.
    UnknownAction(String),
    /// The command is known, the key is not one sigap can read.
    UnknownKey {
        action: String,
        key: String,
    },
    NoKeys {
        action: String,
    },
}

impl std::error::Error for KeyError {}
