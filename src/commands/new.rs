//! `sigap new`: a session file from the command line.

use std::io::Write;
use std::path::PathBuf;

use super::{CommandError, Context, roster};
use crate::cli::NewArgs;
use crate::clock;
use crate::create::{self, SessionSpec, StartsAt};

/// `sigap new`: create the file, print its path. A sessions folder that
/// is not there yet is created, and said so on `err`.
pub fn run(ctx: &mut Context, args: &NewArgs) -> Result<PathBuf, CommandError> {
    let Context { store, text: t, named_by, out, err, .. } = ctx;
    match super::folder_problem(store.root(), *named_by) {
        Some(CommandError::NoFolder { is_file: false, .. }) => {
            writeln!(err, "{}", (t.folder.creating)(store.root()))?;
        }
        Some(problem) => return Err(problem),
        None => {}
    }
    let spec = SessionSpec {
        workshop: args.workshop.clone(),
        title: args.title.clone(),
        venue: args.venue.clone().unwrap_or_default(),
        facilitators: args.facilitators.clone(),
        chair: args.chair.clone().unwrap_or_default(),
        note_taker: args.note_taker.clone().unwrap_or_default(),
        template: args.template.clone(),
        roster: args.roster.clone(),
        roster_sheet: args.sheet.clone(),
        class: args.class.clone(),
        remember: false,
    };
    let starts = StartsAt { date: args.date, time: args.start, utc_offset: args.utc_offset };
    let created = create::new_session(store, &spec, &starts, clock::now(), clock::random())?;
    if let Some(line) = created.released_line(t) {
        writeln!(err, "{line}")?;
    }
    if let Some(csv) = &spec.roster {
        for w in &created.warnings {
            writeln!(err, "{}: {}", csv.display(), roster::warning_line(w, t))?;
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
