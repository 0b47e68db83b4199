//! The settings file: where it lives and how it is read and written.

use std::path::{Path, PathBuf};

use super::{StoreError, format, read_ron, write_ron};
use crate::settings::Settings;
use crate::store::IoAction;

/// The settings file: `$SIGAP_CONFIG` when set, else `settings.ron` in the
/// platform's config folder (`~/.config/sigap/` on Linux,
/// `~/Library/Application Support/sigap/` on macOS, `%APPDATA%\sigap\config\` on Windows).
pub fn settings_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SIGAP_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "sigap").map(|dirs| dirs.config_dir().join("settings.ron"))
}

/// The settings in `path`: `Ok(None)` when there is no such file (the
/// defaults apply), an error with line and column when it cannot be read.
pub fn load_settings(path: &Path) -> Result<Option<Settings>, StoreError> {
    if !path.exists() {
        return Ok(None);
    }
    read_ron(path).map(Some)
}

/// Write the settings, as `sigap config --init` does for a first file.
pub fn save_settings(path: &Path, settings: &Settings) -> Result<(), StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(StoreError::io(dir, IoAction::CreatingTheFolder))?;
    }
    write_ron(path, settings)
}

/// The settings as the file would hold them.
pub fn settings_text(settings: &Settings) -> String {
    format::encode(settings).unwrap_or_default()
}
