//! Copies of unsaved work, reached through the [`Store`] like every other
//! file of the app. They are written with the operating system's own files
//! on purpose, not through the store's file system: a copy is where the
//! work goes when that file system fails, so it must not share its fault.

use std::path::{Path, PathBuf};

use super::emergency::{self, Found};
use super::{Store, StoreError};
use crate::domain::Session;

impl Store {
    /// Keep `session`, meant for the file at `path`, in the first of `dirs`
    /// that takes it; `None` when none did.
    pub fn keep_unsaved_copy(&self, dirs: &[PathBuf], path: &Path, session: &Session) -> Option<PathBuf> {
        emergency::write_copy_anywhere(dirs, path, session)
    }

    /// A copy of unsaved work in `dirs` for the session at `path` (whose id is `id`).
    pub fn unsaved_copy_for(&self, dirs: &[PathBuf], path: &Path, id: &str) -> Option<Found> {
        emergency::copy_for(dirs, path, id)
    }

    /// Move a copy out of the way, kept but no longer offered; its new path.
    pub fn set_aside_copy(&self, copy: &Path) -> Result<PathBuf, StoreError> {
        emergency::set_aside(copy)
    }

    /// Remember that the help has been seen, so the first-run hint stops.
    pub fn remember_help_seen(&self) -> Result<(), StoreError> {
        self.save_prefs(&super::Prefs { help_seen: true, ..self.prefs() })
    }
}
