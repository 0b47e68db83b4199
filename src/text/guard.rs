//! The words said when sigap stops on an error of its own.

/// Words of the last line after an internal error.
pub struct GuardText {
    /// Printed once the terminal is restored, after a panic.
    pub internal_error: &'static str,
}

pub const EN: GuardText =
    GuardText { internal_error: "sigap stopped on an internal error; the session was saved first" };

pub const ID: GuardText = GuardText {
    internal_error: "sigap terhenti karena terjadi kesalahan internal; sesi telah disimpan terlebih dahulu",
};
