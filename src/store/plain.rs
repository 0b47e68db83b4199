//! Files that are not sigap's own RON: the git settings beside the sessions
//! (`.gitattributes`, `.gitignore`) and files a merge passes through whole.

use std::fs;
use std::io;
use std::path::Path;

use super::{StoreError, atomic};
use crate::store::IoAction;

/// Make sure `path` holds each of `lines`, appending those missing (and
/// creating the file if need be); returns the lines added.
pub fn ensure_lines(path: &Path, lines: &[&str]) -> Result<Vec<String>, StoreError> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(StoreError::io(path, IoAction::Reading)(e)),
    };
    let missing: Vec<String> = lines
        .iter()
        .filter(|l| !text.lines().any(|have| have.trim() == l.trim()))
        .map(|l| l.to_string())
        .collect();
    if missing.is_empty() {
        return Ok(missing);
    }
    let mut new = text;
    if !new.is_empty() && !new.ends_with('\n') {
        new.push('\n');
    }
    for line in &missing {
        new.push_str(line);
        new.push('\n');
    }
    atomic::write_atomic(path, new.as_bytes()).map_err(StoreError::io(path, IoAction::Saving))?;
    Ok(missing)
}

/// A file's bytes, whatever they are.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, StoreError> {
    fs::read(path).map_err(StoreError::io(path, IoAction::Reading))
}

/// Replace a file with `bytes`, atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    atomic::write_atomic(path, bytes).map_err(StoreError::io(path, IoAction::Saving))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_added_once_and_the_rest_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".gitattributes");
        fs::write(&path, "*.csv text").unwrap();
        assert_eq!(ensure_lines(&path, &["*.ron merge=sigap"]).unwrap(), ["*.ron merge=sigap"]);
        assert!(ensure_lines(&path, &["*.ron merge=sigap"]).unwrap().is_empty());
        assert_eq!(fs::read_to_string(&path).unwrap(), "*.csv text\n*.ron merge=sigap\n");
    }
}
