//! What `template save` and `roster import` say of the file they wrote.

use std::io::Write;
use std::path::PathBuf;

use super::{CommandError, Context, Outcome};
use crate::domain::problem::Kept;
use crate::store::StoreError;

/// The path of a file written (after what was done, on `err`); an existing
/// `kind` of file left alone is a refused write, an error.
pub(super) fn report_written(
    written: Result<PathBuf, StoreError>,
    done: &str,
    kind: Kept,
    ctx: &mut Context,
) -> Result<Outcome, CommandError> {
    let Context { out, err, .. } = ctx;
    match written {
        Ok(path) => {
            writeln!(err, "{done}")?;
            writeln!(out, "{}", path.display())?;
            Ok(Outcome::Done)
        }
        Err(StoreError::Exists { path }) => Err(CommandError::Exists { path, kind }),
        Err(e) => Err(e.into()),
    }
}
