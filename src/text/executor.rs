//! The words of the app's work on the disk and of its loop.

use std::path::Path;

/// Words the executor and the runner put together.
pub struct ExecutorText {
    /// Said once a session is made: its file, and the template's fixed
    /// times let go (already in words), if any.
    pub created: fn(&Path, Option<&str>) -> String,
    /// Between the problems of the settings, said at once on the status line.
    pub problems_between: &'static str,
    /// The name exports take when the session's file has none; a file
    /// name, the same in every language.
    pub export_stem: &'static str,
    /// The panic the runner is asked for by its test variable.
    pub panic_asked_for: &'static str,
}

fn created(path: &Path, released: Option<&str>) -> String {
    match released {
        Some(released) => format!("{} · {released}", path.display()),
        None => path.display().to_string(),
    }
}

pub const EN: ExecutorText = ExecutorText {
    created,
    problems_between: " · ",
    export_stem: "session",
    panic_asked_for: "the panic asked for by SIGAP_TEST_PANIC_AFTER_SECS",
};

pub const ID: ExecutorText = ExecutorText {
    created,
    problems_between: " · ",
    export_stem: "sesi",
    panic_asked_for: "panik yang diminta oleh SIGAP_TEST_PANIC_AFTER_SECS",
};
