//! A cache of session digests beside the sessions (`.sigap-index.ron`), so
//! that a folder of thousands of sessions lists at once after the first read.
//! A file is read again whenever its size or modification time changed; the
//! cache is only ever a shortcut, and any fault in it means reading the files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::listing::{DigestEntry, SessionDigest, digest, list_order, read_all, session_files};
use super::{read_ron, write_ron};
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
    digest: SessionDigest,
}

/// Size and modification time (ns since 1970) of a file.
fn stamp(path: &Path) -> Option<(u64, i64)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos() as i64;
    Some((meta.len(), modified))
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().into_owned()
}

/// Digests of every session under `root`, in list order, reading only the
/// files that changed since the index was written.
pub fn digests(root: &Path) -> Vec<DigestEntry> {
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
                let mut d = c.digest.clone();
                d.summary.path = path.clone();
                fresh.push((path, s, Ok(d)));
            }
            _ => to_read.push(path),
        }
    }
    let reused = fresh.len();
    fresh.extend(read_all(to_read, |path| {
        let stamp = stamp(&path).unwrap_or_default();
        let digest = digest(&path);
        (path, stamp, digest)
    }));
    if reused != fresh.len() || reused != old.entries.len() {
        write_index(root, &fresh);
    }
    let mut entries: Vec<DigestEntry> =
        fresh.into_iter().map(|(path, _, digest)| DigestEntry { path, digest }).collect();
    fn summary(e: &DigestEntry) -> Option<&super::listing::SessionSummary> {
        e.digest.as_ref().ok().map(|d| &d.summary)
    }
    entries.sort_by(|a, b| list_order((&a.path, summary(a)), (&b.path, summary(b))));
    entries
}

type Fresh = (PathBuf, (u64, i64), Result<SessionDigest, super::StoreError>);

/// Write the index; a failure only costs the next listing its speed.
fn write_index(root: &Path, fresh: &[Fresh]) {
    let written = std::time::SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64);
    let entries = fresh
        .iter()
        .filter_map(|(path, (size, modified), digest)| {
            let digest = digest.as_ref().ok()?.clone();
            Some((relative(root, path), Cached { size: *size, modified: *modified, digest }))
        })
        .collect();
    let index = Index { version: FORMAT_VERSION, written, entries };
    let _ = write_ron(&root.join(INDEX), &index);
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
        let title = || digests(dir.path()).remove(0).digest.map(|d| d.summary.title);
        assert_eq!(title()?, "Hari 1");
        assert!(dir.path().join(INDEX).exists());
        let mut renamed = session.clone();
        renamed.title = "Hari 1 (ubah)".into();
        write_ron(&path, &renamed)?;
        assert_eq!(title()?, "Hari 1 (ubah)");
        std::fs::write(dir.path().join(INDEX), "(garbage")?;
        assert_eq!(title()?, "Hari 1 (ubah)");
        Ok(())
    }
}
