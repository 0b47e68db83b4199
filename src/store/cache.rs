//! A cache of session summaries beside the sessions (`.sigap-index.ron`), so
//! that a folder of thousands of sessions lists at once after the first read.
//! It holds no note text (that is in the note index, which builds on this one),
//! so that it stays small enough to read in a few milliseconds.
//! A file is read again whenever its size or modification time changed; the
//! cache is only ever a shortcut, and any fault in it means reading the files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::listing::{
    ListEntry, ReadProgress, SessionSummary, Tally, Unwatched, list_order, read_all, session_files, summary,
};
use super::read_ron;
use crate::domain::FORMAT_VERSION;

const INDEX: &str = ".sigap-index.ron";

#[derive(Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    /// When the index was written, in nanoseconds since 1970.
    written: i64,
    /// By path relative to the sessions folder.
    entries: BTreeMap<String, Cached>,
}

#[derive(Serialize, Deserialize)]
struct Cached {
    size: u64,
    modified: i64,
    summary: SessionSummary,
}

/// Size and modification time (ns since 1970) of a file.
pub(super) fn stamp(path: &Path) -> Option<(u64, i64)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos() as i64;
    Some((meta.len(), modified))
}

pub(super) fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().into_owned()
}

/// Summaries of every session under `root`, in list order, reading only the
/// files that changed since the index was written.
pub fn summaries(root: &Path) -> Vec<ListEntry> {
    summaries_with(root, &Unwatched)
}

/// [`summaries`], telling `progress` how far the reading of the files the
/// index does not hold has got.
pub fn summaries_with(root: &Path, progress: &dyn ReadProgress) -> Vec<ListEntry> {
    let old: Index =
        read_ron(&root.join(INDEX)).ok().filter(|i: &Index| i.version == FORMAT_VERSION).unwrap_or_default();
    // A file changed within a second of the index being written may have
    // changed again without its time moving on; such entries are not trusted.
    let trusted_before = old.written - 1_000_000_000;
    let mut fresh = Vec::new();
    let mut to_read = Vec::new();
    for path in session_files(root) {
        let stamp = stamp(&path);
        let cached = old
            .entries
            .get(&relative(root, &path))
            .filter(|c| stamp == Some((c.size, c.modified)) && c.modified < trusted_before);
        match (cached, stamp) {
            (Some(c), Some(s)) => {
                let mut summary = c.summary.clone();
                summary.path = path.clone();
                fresh.push((path, s, Ok(summary)));
            }
            _ => to_read.push(path),
        }
    }
    let reused = fresh.len();
    let tally = Tally::new(progress, to_read.len());
    fresh.extend(read_all(to_read, &tally, |path| {
        let stamp = stamp(&path).unwrap_or_default();
        let summary = summary(&path);
        (path, stamp, summary)
    }));
    if reused != fresh.len() || reused != old.entries.len() {
        write_index(root, &fresh);
    }
    let mut entries: Vec<ListEntry> =
        fresh.into_iter().map(|(path, _, summary)| ListEntry { path, summary }).collect();
    entries
        .sort_by(|a, b| list_order((&a.path, a.summary.as_ref().ok()), (&b.path, b.summary.as_ref().ok())));
    entries
}

type Fresh = (PathBuf, (u64, i64), Result<SessionSummary, super::StoreError>);

/// Write the index; a failure only costs the next listing its speed.
fn write_index(root: &Path, fresh: &[Fresh]) {
    let written = std::time::SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64);
    let entries = fresh
        .iter()
        .filter_map(|(path, (size, modified), summary)| {
            let summary = summary.as_ref().ok()?.clone();
            Some((relative(root, path), Cached { size: *size, modified: *modified, summary }))
        })
        .collect();
    let index = Index { version: FORMAT_VERSION, written, entries };
    // Compact rather than pretty: it is read far more often than by people.
    if let Ok(mut text) = ron::to_string(&index) {
        text.push('\n');
        let _ = super::atomic::write_atomic(&root.join(INDEX), text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_file_is_read_again_and_a_broken_index_is_ignored() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00")?;
        let store = super::super::Store::new(dir.path());
        let session = crate::domain::Session::new("s1", "W", "Hari 1", start);
        let (path, _) = store.create(&session)?;
        let title = || summaries(dir.path()).remove(0).summary.map(|s| s.title);
        assert_eq!(title()?, "Hari 1");
        assert!(dir.path().join(INDEX).exists());
        let mut renamed = session.clone();
        renamed.title = "Hari 1 (ubah)".into();
        super::super::write_ron(&path, &renamed)?;
        assert_eq!(title()?, "Hari 1 (ubah)");
        std::fs::write(dir.path().join(INDEX), "(garbage")?;
        assert_eq!(title()?, "Hari 1 (ubah)");
        Ok(())
    }
}
