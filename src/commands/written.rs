//! What `template save` and `roster import` say of the file they wrote.

use std::io::Write;
use std::path::PathBuf;

use super::{CommandError, Context};
use crate::store::StoreError;

/// The path of a file written (after what was done, on `err`), or why an
/// existing one was left alone; false then.
pub(super) fn report_written(
    written: Result<PathBuf, StoreError>,
    done: &str,
    exists: &str,
    ctx: &mut Context,
) -> Result<bool, CommandError> {
    let Context { out, err, .. } = ctx;
    match written {
        Ok(path) => {
            writeln!(err, "{done}")?;
            writeln!(out, "{}", path.display())?;
            Ok(true)
        }
        Err(StoreError::Exists { path }) => {
            writeln!(err, "sigap: {}: {exists}", path.display())?;
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}
