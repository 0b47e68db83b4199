//! `sigap export`: what leaves a session for other people and tools.

use std::io::Write;

use super::{CommandError, Context, Outcome};
use crate::cli::ExportArgs;
use crate::export;

/// `sigap export`: the session in the asked format, on `out` or into the
/// `-o` file (whose path is then printed).
pub fn run(ctx: &mut Context, args: &ExportArgs) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, .. } = ctx;
    if !args.file.is_file() {
        return Err(CommandError::NoFile { path: args.file.clone() });
    }
    let session = store.read(&args.file)?;
    match &args.output {
        Some(path) => {
            crate::store::target::check_export(path, args.format.extension())?;
            export::files::write(store, &session, args.format, path, t)?;
            writeln!(out, "{}", path.display())?;
        }
        None => write!(out, "{}", export::session(&session, args.format, t))?,
    }
    Ok(Outcome::Done)
}
