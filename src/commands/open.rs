//! `sigap open` and `sigap clock` where `main` did not start the app: the
//! path is no file, or (the clock) there is no terminal to draw on, and the
//! session is shown as `sigap show` shows it.

use std::path::Path;

use super::{CommandError, Context, Outcome, show};

/// The summary of `file`, which must be a file.
pub fn run(ctx: &mut Context, file: &Path) -> Result<Outcome, CommandError> {
    if !file.is_file() {
        return Err(CommandError::NoFile { path: file.to_path_buf() });
    }
    show::run(ctx, file).map(|_| Outcome::Done)
}
