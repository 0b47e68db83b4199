//! The subcommands, each writing to the given output so tests can read it.

pub mod config;
pub mod insight;
pub mod merge;
pub mod share;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::NewArgs;
use crate::clock;
use crate::create::{SessionSpec, create};
pub use crate::domain::problem::CommandError;
use crate::fold::{fold, slug};
use crate::store::check::{self, Finding};
use crate::store::{Store, TEMPLATES};
use crate::text::{Text, fit, hhmm};

/// `sigap new`: create the file, print its path.
pub fn new_session(
    store: &Store,
    args: &NewArgs,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<PathBuf, CommandError> {
    let local = args.date.and_time(args.start);
    let offset = args.utc_offset.unwrap_or_else(|| clock::local_offset_at(local));
    let start = local.and_local_timezone(offset).single().unwrap_or_else(clock::now);
    let spec = SessionSpec {
        workshop: args.workshop.clone(),
        title: args.title.clone(),
        venue: args.venue.clone().unwrap_or_default(),
        facilitators: args.facilitators.clone(),
        template: args.template.clone(),
        roster: args.roster.clone(),
        class: args.class.clone(),
    };
    let created = create(store, &spec, start, clock::random())?;
    if !created.released.is_empty() {
        writeln!(err, "{}: {}", t.fixed_released, created.released.join(", "))?;
    }
    if let Some(csv) = &spec.roster {
        for w in &created.warnings {
            writeln!(err, "{}: {}", csv.display(), share::warning_line(w, t))?;
        }
    }
    if !created.ignored_columns.is_empty() {
        writeln!(err, "{}: {}", t.ignored_columns, created.ignored_columns.join(", "))?;
    }
    if let (None, Some(source)) = (&spec.roster, &created.roster_source) {
        writeln!(err, "{}: {} ({})", t.roster_from, created.session.roster.len(), source)?;
    }
    writeln!(out, "{}", created.path.display())?;
    Ok(created.path)
}

/// `sigap list`: one line a session; unreadable files on `err`.
pub fn list(
    store: &Store,
    workshop: Option<&str>,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CommandError> {
    let wanted = workshop.map(|w| (fold(w), slug(w)));
    let matches = |name: &str| {
        wanted
            .as_ref()
            .is_none_or(|(folded, slugged)| fold(name).contains(folded.as_str()) || slug(name) == *slugged)
    };
    let entries = store.list();
    if entries.is_empty() {
        writeln!(err, "{}", t.no_sessions)?;
    }
    for entry in entries {
        match entry.summary {
            Ok(s) if matches(&s.workshop) => writeln!(
                out,
                "{}  {}  {}  {}  {:>3}/{:<3}  {:>3}  {}",
                s.planned_start.format("%Y-%m-%d"),
                hhmm(&s.planned_start),
                fit(&s.workshop, 30),
                fit(&s.title, 36),
                s.in_room,
                s.roster,
                s.notes,
                s.path.display()
            )?,
            Ok(_) => {}
            Err(e) => writeln!(err, "{} ({})", (t.store_error)(&e), t.unreadable)?,
        }
    }
    Ok(())
}

/// `sigap show`.
pub fn show(store: &Store, path: &Path, t: &Text, out: &mut dyn Write) -> Result<(), CommandError> {
    if !path.exists() {
        return Err(CommandError::NoFile { path: path.to_path_buf() });
    }
    let session = store.read(path)?;
    write!(out, "{}", crate::export::summary::session_summary(&session, t))?;
    Ok(())
}

/// `sigap check`: true when every file is good.
pub fn check(store: &Store, paths: &[PathBuf], t: &Text, out: &mut dyn Write) -> Result<bool, CommandError> {
    let mut files = Vec::new();
    if paths.is_empty() {
        files = check::files_under(store.root());
    }
    for p in paths {
        if p.is_dir() {
            let is_root = p.join(TEMPLATES).is_dir();
            files.extend(if is_root {
                check::files_under(p)
            } else {
                crate::store::listing::session_files(p)
            });
        } else if p.exists() {
            files.push(p.clone());
        } else {
            return Err(CommandError::NoFile { path: p.clone() });
        }
    }
    let findings: Vec<(PathBuf, Vec<Finding>)> =
        files.iter().map(|f| (f.clone(), check::check_file(f))).collect();
    let bad = findings.iter().filter(|(_, f)| !f.is_empty()).count();
    for finding in findings.iter().flat_map(|(_, f)| f) {
        writeln!(out, "{finding}")?;
    }
    if bad == 0 {
        writeln!(out, "{} {}", files.len(), t.files_ok)?;
    } else {
        writeln!(out, "{} {}: {bad}", files.len(), t.files_bad)?;
    }
    Ok(bad == 0)
}
