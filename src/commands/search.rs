//! `sigap search`: words across the notes of a whole sessions folder.

use std::io::Write;

use super::progress::ReadingBar;
use super::{CommandError, Context, Outcome};
use crate::cli::SearchArgs;
use crate::search::{Query, SearchFilter};
use crate::store::WorkshopMatch;

/// `sigap search`: one line a hit, `path: HH:MM [kind] line`. A negative
/// answer (exit code 1, as with grep) when nothing matches. The notes come from the
/// listing (and its cache), so no session is read in full.
pub fn run(ctx: &mut Context, args: &SearchArgs) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, err, .. } = ctx;
    let query = Query::new(&args.text, SearchFilter { workshop: args.workshop.clone(), kind: args.kind });
    if crate::fold::fold(&args.text).split_whitespace().next().is_none() {
        return Err(CommandError::NothingToFind);
    }
    // A common word gives hundreds of thousands of lines: one write each
    // would cost more than the search.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let mut found = 0;
    // Hits are written as each session is read, so memory stays flat however
    // many sessions and hits there are.
    let mut written = Ok(());
    let bar = ReadingBar::new(t);
    let skipped = crate::store::note_index::scan_with(
        store.root(),
        &bar,
        |s| query.may_match(s),
        |s, notes| {
            let path = s.path.display().to_string();
            for hit in query.hits(s, notes) {
                let kind = hit.kind.map_or(t.session, |k| t.note_kind(k));
                found += 1;
                if written.is_ok() {
                    written = writeln!(out, "{path}: {} [{kind}] {}", t.hhmm(&hit.at), hit.line);
                }
            }
        },
    )?;
    written?;
    out.flush()?;
    for e in &skipped {
        writeln!(err, "{} ({})", (t.store_error)(e), t.report.skipped)?;
    }
    // As grep: a file that could not be read is an error, hits or not.
    if !skipped.is_empty() {
        return Err(CommandError::Unreadable { count: skipped.len() });
    }
    if found == 0
        && let Some(wanted) = &args.workshop
        && let WorkshopMatch::NoSuch(known) = store.match_workshop(wanted)
    {
        return Err(CommandError::NoWorkshop { wanted: wanted.clone(), known });
    }
    Ok(Outcome::answer(found > 0))
}
