//! A copy of unsaved work, kept outside the sessions folder when that
//! folder cannot be written (a full disk, a read-only or vanished folder).

use std::path::{Path, PathBuf};

use super::{StoreError, write_ron};
use crate::domain::Session;

/// Overrides where the copies go (tests keep them inside a temporary folder).
pub const STATE_DIR_VAR: &str = "SIGAP_STATE_DIR";

/// The folder for copies: `$SIGAP_STATE_DIR`, else the user's state folder
/// (`~/.local/state/sigap` on Linux), else the local data folder.
pub fn copies_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(STATE_DIR_VAR).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("emergency"));
    }
    let dirs = directories::ProjectDirs::from("", "", "sigap")?;
    let base = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    Some(base.join("emergency"))
}

/// Where the copy of the session saved at `path` goes: named after its
/// workshop folder and file, so that two sessions never share a copy.
pub fn copy_path(dir: &Path, path: &Path) -> PathBuf {
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("session.ron");
    let workshop = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str());
    match workshop {
        Some(w) => dir.join(format!("{w}--{file}")),
        None => dir.join(file),
    }
}

/// Write `session` (meant for `path`) into the copies folder `dir`; its path there.
pub fn write_copy(dir: &Path, path: &Path, session: &Session) -> Result<PathBuf, StoreError> {
    std::fs::create_dir_all(dir).map_err(StoreError::io(dir, "creating the folder"))?;
    let copy = copy_path(dir, path);
    write_ron(&copy, session)?;
    Ok(copy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_of_two_workshops_never_share_a_name() {
        let dir = Path::new("/state/emergency");
        let a = copy_path(dir, Path::new("/s/bimtek-a/2017-05-08-0745-hari-1.ron"));
        let b = copy_path(dir, Path::new("/s/bimtek-b/2017-05-08-0745-hari-1.ron"));
        assert_eq!(a, dir.join("bimtek-a--2017-05-08-0745-hari-1.ron"));
        assert_ne!(a, b);
    }
}
