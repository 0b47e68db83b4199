//! Exports written to files, through the [`Store`]: one format to a path
//! (`sigap export -o`), or every format for people into `exports/` (the
//! app's one key).

use std::path::{Path, PathBuf};

use super::Format;
use crate::domain::Session;
use crate::store::{Store, StoreError};
use crate::text::Text;

/// Write `session` as `format` to `path`.
pub fn write(
    store: &Store,
    session: &Session,
    format: Format,
    path: &Path,
    t: &Text,
) -> Result<(), StoreError> {
    // The app's key checks as `export -o` does: an organiser's own file of
    // the same name in exports/ is refused, never replaced.
    crate::store::target::check_export(path, format.extension())?;
    store.write_export_bytes(path, &super::document(session, format, t))
}

/// Write the exports people ask for after a session into `exports/`, named
/// after the session's file `path` (`stem` when it has no name); the files
/// written, in [`Format::FOR_PEOPLE`] order.
pub fn for_people(
    store: &Store,
    session: &Session,
    path: &Path,
    stem: &str,
    t: &Text,
) -> Result<Vec<PathBuf>, StoreError> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or(stem);
    let mut written = Vec::new();
    for format in Format::FOR_PEOPLE {
        let target = store.exports_dir().join(format.file_name(stem, t));
        write(store, session, format, &target, t)?;
        written.push(target);
    }
    Ok(written)
}
