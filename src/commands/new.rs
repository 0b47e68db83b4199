//! `sigap new`: a session file from the command line.

use std::io::Write;
use std::path::PathBuf;

use super::{CommandError, Context, roster};
use crate::cli::NewArgs;
use crate::clock;
use crate::create::{SessionSpec, create};

/// `sigap new`: create the file, print its path.
pub fn run(ctx: &mut Context, args: &NewArgs) -> Result<PathBuf, CommandError> {
    let Context { store, text: t, out, err, .. } = ctx;
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
