//! `sigap show`: a readable summary of one session.

use std::path::Path;

use super::{CommandError, Context};

/// `sigap show`.
pub fn run(ctx: &mut Context, path: &Path) -> Result<(), CommandError> {
    if !path.exists() {
        return Err(CommandError::NoFile { path: path.to_path_buf() });
    }
    let session = ctx.store.read(path)?;
    write!(ctx.out, "{}", crate::export::summary::session_summary(&session, ctx.text))?;
    Ok(())
}
