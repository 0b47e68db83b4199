//! `sigap config`: where the settings file is, and what is in force.

use std::io::Write;
use std::path::Path;

use super::{CommandError, Context, Outcome};
use crate::settings::{Settings, Theme};
use crate::store::StoreError;
use crate::store::settings::{save_settings, settings_text};
use crate::text::Lang;
use crate::tui::keymap::{Keymap, keys_label};

/// The settings file as `main` found it, and what the flags, variables and
/// locale made of it.
pub struct Found<'a> {
    pub path: Option<&'a Path>,
    pub error: Option<&'a StoreError>,
    pub lang: Lang,
    pub theme: Theme,
}

/// Print the file's path and state, the settings in force (language,
/// theme and folder as the flags, variables and locale made them) and
/// every key, as rebound. With `init`, first write a default file if none
/// exists. A negative answer (as `check` gives) when the file could not
/// be used or a key could not be bound.
pub fn run(ctx: &mut Context, init: bool, found: &Found) -> Result<Outcome, CommandError> {
    let Context { store, text: t, settings, out, err, .. } = ctx;
    let (lang, theme, dir) = (found.lang, found.theme, store.root());
    let r = &t.room;
    let Some(path) = found.path else {
        writeln!(out, "{}: -", r.settings_file)?;
        return Ok(Outcome::Done);
    };
    if init {
        if path.exists() {
            writeln!(err, "sigap: {}: {}", path.display(), r.settings_exists)?;
        } else {
            save_settings(path, &Settings::default())?;
            writeln!(err, "{}: {}", r.settings_written, path.display())?;
        }
    }
    let state = match found.error {
        Some(e) => format!("{} ({})", (t.store_error)(e), r.settings_invalid),
        None if !path.exists() => r.settings_missing.to_string(),
        None => String::new(),
    };
    if state.is_empty() {
        writeln!(out, "{}: {}", r.settings_file, path.display())?;
    } else {
        writeln!(out, "{}: {} ({state})", r.settings_file, path.display())?;
    }
    let in_force = Settings {
        language: Some(lang),
        theme,
        sessions_dir: Some(dir.to_path_buf()),
        ..Settings::clone(settings)
    };
    writeln!(out, "\n{}:\n{}", r.in_force, settings_text(&in_force).trim_end())?;
    let (keymap, problems) = Keymap::with_overrides(lang, &settings.keys);
    for problem in &problems {
        writeln!(err, "sigap: {}: {}", r.key_skipped, (r.key_problem)(problem))?;
    }
    writeln!(out, "\n{}", r.keys_heading)?;
    for b in keymap.bindings() {
        let keys = if b.keys.is_empty() { "-".to_string() } else { keys_label(b) };
        writeln!(out, "  {:<28} {:<24} {keys}", b.command.name(), b.context.name(t))?;
    }
    Ok(Outcome::answer(found.error.is_none() && problems.is_empty()))
}
