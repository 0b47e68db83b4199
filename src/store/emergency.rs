//! A copy of unsaved work, kept outside the sessions folder when that
//! folder cannot be written (a full disk, a read-only or vanished folder).

use std::path::{Path, PathBuf};

use super::{StoreError, write_ron};
use crate::domain::Session;
use crate::store::IoAction;

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

/// Where the copy of the session saved at `path` goes:
/// `<workshop>--<file-stem>--<hash>.ron`, the hash of the file's full
/// path, so that the same session in two folders (a copied sessions
/// folder, a second clone) never shares a copy, nor is offered the other's.
pub fn copy_path(dir: &Path, path: &Path) -> PathBuf {
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("session");
    let hash = path_hash(&meant_for(path));
    match workshop_of(path) {
        Some(w) => dir.join(format!("{w}--{stem}--{hash}.ron")),
        None => dir.join(format!("{stem}--{hash}.ron")),
    }
}

/// The name copies had before they carried the path's hash,
/// `<workshop>--<file>.ron`: still offered, with care.
pub fn old_copy_path(dir: &Path, path: &Path) -> PathBuf {
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("session.ron");
    match workshop_of(path) {
        Some(w) => dir.join(format!("{w}--{file}")),
        None => dir.join(file),
    }
}

fn workshop_of(path: &Path) -> Option<&str> {
    path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str())
}

/// The side record beside a copy: the full path of the file it was meant for.
pub fn record_path(copy: &Path) -> PathBuf {
    let mut name = copy.file_name().unwrap_or_default().to_os_string();
    name.push(".for");
    copy.with_file_name(name)
}

/// The file's full path, links resolved: through the nearest folder that
/// still exists, so that a copy made after the folder vanished has the
/// same name as one made while it was there.
pub fn meant_for(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut at = absolute.as_path();
    loop {
        if let Ok(real) = std::fs::canonicalize(at) {
            return rest.iter().rev().fold(real, |p, part| p.join(part));
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                at = parent;
            }
            _ => return absolute,
        }
    }
}

/// A short hash of a path, the same in every build (FNV-1a, 32 bits shown).
fn path_hash(path: &Path) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in path.as_os_str().as_encoded_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:08x}", (h ^ (h >> 32)) as u32)
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

/// A copy of unsaved work found for an open session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    /// Named the old way, without the path's hash: it holds the same
    /// session, but may come from another sessions folder.
    pub old_name: bool,
    /// Written after the file last was. An older copy may still hold work
    /// (a checkout or a sync gives the file a new time): whoever offers it
    /// looks at what it brings, not at the time alone.
    pub newer: bool,
}

/// A copy of unsaved work for the session at `path` (whose id is `id`), in
/// any of `dirs`. Only a copy meant for this very file; one named the old
/// way only when it holds the same session.
pub fn copy_for(dirs: &[PathBuf], path: &Path, id: &str) -> Option<Found> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let file = modified(path)?;
    let newer = |copy: &Path| modified(copy).is_some_and(|c| c > file);
    let full = meant_for(path);
    let ours = |copy: &Path| match std::fs::read_to_string(record_path(copy)) {
        Ok(record) => Path::new(record.trim_end_matches('\n')) == full,
        // No record (it could not be written): the hash in the name decides.
        Err(_) => true,
    };
    let same_session = |copy: &Path| super::read_ron::<Session>(copy).is_ok_and(|s| s.id == id);
    let exact = dirs.iter().map(|dir| copy_path(dir, path)).find(|c| c.is_file() && ours(c));
    let found = exact.map(|path| (path, false));
    let (path, old_name) = found.or_else(|| {
        let old = dirs.iter().map(|dir| old_copy_path(dir, path)).find(|c| c.is_file() && same_session(c));
        old.map(|path| (path, true))
    })?;
    Some(Found { newer: newer(&path), path, old_name })
}

/// Move a copy out of the way (`NAME.set-aside-YYYYmmdd-HHMMSS`), kept but
/// no longer offered; its new path.
pub fn set_aside(copy: &Path) -> Result<PathBuf, StoreError> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = copy.file_name().and_then(|n| n.to_str()).unwrap_or("copy.ron");
    let to = copy.with_file_name(format!("{name}.set-aside-{stamp}"));
    std::fs::rename(copy, &to).map_err(StoreError::io(copy, IoAction::SettingAside))?;
    // The record goes along; without it the copy is still readable.
    let _ = std::fs::rename(record_path(copy), record_path(&to));
    Ok(to)
}

/// Write `session` (meant for `path`) into the copies folder `dir`; its path there.
pub fn write_copy(dir: &Path, path: &Path, session: &Session) -> Result<PathBuf, StoreError> {
    std::fs::create_dir_all(dir).map_err(StoreError::io(dir, IoAction::CreatingTheFolder))?;
    let copy = copy_path(dir, path);
    write_ron(&copy, session)?;
    // Which file it is for, for people and for the offer; the copy itself
    // stays a plain session file that `sigap show` reads.
    let record = format!("{}\n", meant_for(path).display());
    let _ = std::fs::write(record_path(&copy), record);
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
        let name = a.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with("bimtek-a--2017-05-08-0745-hari-1--"), "{name}");
        assert_eq!(a.extension().unwrap(), "ron");
        assert_ne!(a, b);
    }

    #[test]
    fn the_same_session_in_two_folders_never_shares_a_copy() {
        let dir = Path::new("/state/emergency");
        let a = copy_path(dir, Path::new("/tmp/A/bimtek/2017-05-08-0745-hari-4.ron"));
        let b = copy_path(dir, Path::new("/tmp/B/bimtek/2017-05-08-0745-hari-4.ron"));
        assert_ne!(a, b);
        // Stable: the same path always gives the same name.
        assert_eq!(a, copy_path(dir, Path::new("/tmp/A/bimtek/2017-05-08-0745-hari-4.ron")));
    }
}
