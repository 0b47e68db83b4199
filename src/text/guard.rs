//! The words said when sigap stops on an error of its own.

/// Words of the last line after an internal error.
pub struct GuardText {
    /// Printed once the terminal is restored, after a panic.
    pub internal_error: &'static str,
    /// The same, when no session was open (nothing needed saving).
    pub internal_error_no_session: &'static str,
}

pub const EN: GuardText = GuardText {
    internal_error: "sigap stopped on an internal error; the session was saved first",
    internal_error_no_session: "sigap stopped on an internal error; no session was open, so nothing was lost",
};

pub const ID: GuardText = GuardText {
    internal_error: "sigap terhenti karena terjadi kesalahan internal; sesi telah disimpan terlebih dahulu",
    internal_error_no_session: "sigap terhenti karena terjadi kesalahan internal; tidak ada sesi yang terbuka, jadi tidak ada data yang hilang",
};
