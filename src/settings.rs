//! What a facilitator sets once: language, colours, the certificate
//! threshold, the late grace, the sessions folder and their own keys.
//!
//! Read from `settings.ron` in the platform's config folder (see
//! `store::settings`, which reads it); a missing file means the defaults, an
//! invalid one is reported and the defaults are used.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::domain::{FORMAT_VERSION, Minutes};
use crate::text::Lang;

/// How the screen uses colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum Theme {
    /// Colours on the terminal's own background.
    #[default]
    Default,
    /// Bright colours and bold text for projectors and bright rooms.
    HighContrast,
    /// No colour at all (also chosen by the `NO_COLOR` variable); symbols
    /// and words carry every state.
    Monochrome,
}

/// The settings file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub version: u32,
    /// The interface language; without it, `--lang` or the locale decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    #[serde(default)]
    pub theme: Theme,
    /// Percent of the planned learning time a participant needs for the certificate.
    #[serde(default = "default_threshold")]
    pub certificate_threshold: u32,
    /// Minutes after the start within which an arrival still counts as on time.
    #[serde(default = "default_grace")]
    pub late_grace_minutes: Minutes,
    /// The sessions folder when neither `--dir` nor `SIGAP_DIR` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions_dir: Option<PathBuf>,
    /// Clicks select panes and rows, the wheel scrolls. Off, the terminal
    /// keeps the mouse for selecting text.
    #[serde(default = "default_mouse")]
    pub mouse: bool,
    /// The facilitator's name, recorded with their attendance marks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    /// Keys of one's own: a command's name (as `sigap config` lists them)
    /// and the keys that replace its default ones, such as `"toggle_clock": ["F5"]`.
    /// The names older files were written with (`"ToggleClock"`) still work.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub keys: BTreeMap<String, Vec<String>>,
}

fn default_threshold() -> u32 {
    crate::report::DEFAULT_THRESHOLD_PERCENT
}

fn default_mouse() -> bool {
    true
}

fn default_grace() -> Minutes {
    crate::report::GRACE_MINUTES
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: FORMAT_VERSION,
            language: None,
            theme: Theme::default(),
            certificate_threshold: default_threshold(),
            late_grace_minutes: default_grace(),
            sessions_dir: None,
            mouse: true,
            facilitator: None,
            keys: BTreeMap::new(),
        }
    }
}

impl Settings {
    /// The language in force: the flag, then the settings, then the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set).
    pub fn language(&self, flag: Option<Lang>, locale: Option<&str>) -> Lang {
        flag.or(self.language).unwrap_or_else(|| Lang::from_locale(locale.unwrap_or("")))
    }

    /// The theme in force: `NO_COLOR` (any non-empty value) turns colour off
    /// whatever the file says, as <https://no-color.org> asks.
    pub fn theme(&self, no_color: bool) -> Theme {
        if no_color { Theme::Monochrome } else { self.theme }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_beats_the_file_and_the_file_beats_the_locale() {
        let mut s = Settings::default();
        assert_eq!(s.language(None, Some("id_ID.UTF-8")), Lang::Id);
        s.language = Some(Lang::En);
        assert_eq!(s.language(None, Some("id_ID.UTF-8")), Lang::En);
        assert_eq!(s.language(Some(Lang::Id), Some("C")), Lang::Id);
    }

    #[test]
    fn no_color_wins() {
        let s = Settings { theme: Theme::HighContrast, ..Settings::default() };
        assert_eq!(s.theme(true), Theme::Monochrome);
        assert_eq!(s.theme(false), Theme::HighContrast);
    }
}
