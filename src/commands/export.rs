//! `sigap export`: what leaves a session for other people and tools.

use std::io::Write;

use super::{CommandError, Context, Outcome};
use crate::cli::ExportArgs;
use crate::export;

/// `sigap export`: the session in the asked format (the CSV for Excel with
/// `--excel`), on `out` or into the `-o` file (whose path is then printed).
pub fn run(ctx: &mut Context, args: &ExportArgs) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, .. } = ctx;
    if !args.file.is_file() {
        return Err(CommandError::NoFile { path: args.file.clone() });
    }
    let session = store.read(&args.file)?;
    let text = if args.excel && args.format == export::Format::Csv {
        export::sheet_for_excel(&session, t)
    } else {
        export::session(&session, args.format, t)
    };
    match &args.output {
        Some(path) => {
            crate::store::target::check_export(path, args.format.extension())?;
            export::files::write_text(store, path, &text)?;
            writeln!(out, "{}", path.display())?;
        }
        None => write!(out, "{text}")?,
    }
    Ok(Outcome::Done)
}
