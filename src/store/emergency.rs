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

/// Every folder a copy may go to, in order: the state folder, the
/// system's temporary folder, the home folder. A full disk under one of
/// them need not be under the next.
pub fn copies_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = copies_dir().into_iter().collect();
    dirs.push(std::env::temp_dir().join("sigap-emergency"));
    if let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()) {
        dirs.push(home.join(".sigap-emergency"));
    }
    dirs
}

/// Write the copy into the first of `dirs` that takes it; `None` when none did.
pub fn write_copy_anywhere(dirs: &[PathBuf], path: &Path, session: &Session) -> Option<PathBuf> {
    dirs.iter().find_map(|dir| write_copy(dir, path, session).ok())
}

/// A copy of the session at `path`, in any of `dirs`, written after the
/// file last was: work that never reached the file.
pub fn newer_copy(dirs: &[PathBuf], path: &Path) -> Option<PathBuf> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let file = modified(path)?;
    dirs.iter().map(|dir| copy_path(dir, path)).find(|copy| modified(copy).is_some_and(|c| c > file))
}

/// Move a copy out of the way (`NAME.set-aside-YYYYmmdd-HHMMSS`), kept but
/// no longer offered; its new path.
pub fn set_aside(copy: &Path) -> Result<PathBuf, StoreError> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = copy.file_name().and_then(|n| n.to_str()).unwrap_or("copy.ron");
    let to = copy.with_file_name(format!("{name}.set-aside-{stamp}"));
    std::fs::rename(copy, &to).map_err(StoreError::io(copy, "setting aside"))?;
    Ok(to)
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
