//! `sigap export`: what leaves a session for other people and tools.

use std::io::Write;

use super::{CommandError, Context, Outcome};
use crate::cli::ExportArgs;
use crate::export;

/// `sigap export`: the session in the asked format (the CSV for Excel with
/// `--excel`), on `out` or into the `-o` file (whose path is then printed).
/// A workbook or Word file goes to `out` only when it is not a terminal.
pub fn run(ctx: &mut Context, args: &ExportArgs) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, out_is_terminal, raw_out, .. } = ctx;
    if !args.file.is_file() {
        return Err(CommandError::NoFile { path: args.file.clone() });
    }
    let extension = args.format.extension();
    if args.format.is_binary() && args.output.is_none() && *out_is_terminal {
        return Err(CommandError::BinaryToTerminal { extension });
    }
    let session = store.read(&args.file)?;
    let bytes = if args.excel && args.format == export::Format::Csv {
        export::sheet_for_excel(&session, t).into_bytes()
    } else {
        export::document(&session, args.format, t)
    };
    match &args.output {
        Some(path) => {
            crate::store::target::check_export(path, extension)?;
            store.write_export_bytes(path, &bytes)?;
            writeln!(out, "{}", path.display())?;
        }
        None if args.format.is_binary() => raw_out.write_all(&bytes)?,
        None => out.write_all(&bytes)?,
    }
    Ok(Outcome::Done)
}
