//! `sigap list` (and `sigap` alone, piped): the sessions of the folder.

use std::io::Write;

use super::progress::ReadingBar;
use super::{CommandError, Context};
use crate::search::fold::{fold, slug};
use crate::store::WorkshopMatch;
use crate::store::workshops::match_workshop;
use crate::text::fit;

/// `sigap list`: one line a session; unreadable files on `err`.
pub fn run(ctx: &mut Context, workshop: Option<&str>) -> Result<(), CommandError> {
    let Context { store, text: t, out, err, .. } = ctx;
    let wanted = workshop.map(|w| (fold(w), slug(w)));
    let matches = |name: &str| {
        wanted
            .as_ref()
            .is_none_or(|(folded, slugged)| fold(name).contains(folded.as_str()) || slug(name) == *slugged)
    };
    let entries = {
        let bar = ReadingBar::new(t);
        crate::store::cache::summaries_with(store.root(), &bar)
    };
    if entries.is_empty() {
        writeln!(err, "{}", t.no_sessions)?;
    }
    if let Some(wanted) = workshop {
        let names: Vec<String> =
            entries.iter().filter_map(|e| e.summary.as_ref().ok()).map(|s| s.workshop.clone()).collect();
        if let WorkshopMatch::NoSuch(known) = match_workshop(&names, wanted) {
            return Err(CommandError::NoWorkshop { wanted: wanted.to_string(), known });
        }
    }
    let mut unreadable = 0;
    for entry in entries {
        match entry.summary {
            Ok(s) if matches(&s.workshop) => writeln!(
                out,
                "{}  {}  {}  {}  {:>3}/{:<3}  {:>3}  {}",
                s.planned_start.format("%Y-%m-%d"),
                t.hhmm(&s.planned_start),
                fit(&s.workshop, 30),
                fit(&s.title, 36),
                s.in_room,
                s.roster,
                s.notes,
                s.path.display()
            )?,
            Ok(_) => {}
            Err(e) => {
                unreadable += 1;
                writeln!(err, "{} ({})", (t.store_error)(&e), t.unreadable)?;
            }
        }
    }
    // As grep and ls: a file that could not be read makes the exit code 2.
    match unreadable {
        0 => Ok(()),
        count => Err(CommandError::Unreadable { count }),
    }
}
