//! `sigap search` and `sigap report`: what a whole sessions folder shows
//! that no single session does.

use std::io::Write;

use super::CommandError;
use crate::cli::{ReportArgs, ReportFormat, SearchArgs};
use crate::domain::{Session, Timestamp};
use crate::export::report as render;
use crate::report::WorkshopReport;
use crate::search::{Query, SearchFilter};
use crate::store::{Store, WorkshopMatch};
use crate::text::Text;

/// `sigap search`: one line a hit, `path: HH:MM [kind] line`. False (exit
/// code 1, as with grep) when nothing matches. The notes come from the
/// listing (and its cache), so no session is read in full.
pub fn search(
    store: &Store,
    args: &SearchArgs,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let query = Query::new(&args.text, SearchFilter { workshop: args.workshop.clone(), kind: args.kind });
    // A common word gives hundreds of thousands of lines: one write each
    // would cost more than the search.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let mut found = 0;
    // Hits are written as each session is read, so memory stays flat however
    // many sessions and hits there are.
    let mut written = Ok(());
    let skipped = store.scan_notes(
        |s| query.may_match(s),
        |s, notes| {
            let path = s.path.display().to_string();
            for hit in query.hits(s, notes) {
                let kind = hit.kind.map_or(t.session, |k| t.note_kind(k));
                found += 1;
                if written.is_ok() {
                    written = writeln!(out, "{path}: {} [{kind}] {}", hit.time(), hit.line);
                }
            }
        },
    )?;
    written?;
    out.flush()?;
    for e in skipped {
        writeln!(err, "{e} ({})", t.report.skipped)?;
    }
    Ok(found > 0)
}

/// `sigap report`: the attendance report of one workshop in the asked
/// format. False, after one line on `err`, when the name matches no
/// workshop or more than one. Only that workshop's files are read in full.
pub fn report(
    store: &Store,
    args: &ReportArgs,
    settings: &crate::settings::Settings,
    now: Timestamp,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let Some(wanted) = pick_workshop(store, &args.workshop, t, err)? else {
        return Ok(false);
    };
    let (sessions, errors) = store.read_workshop(&wanted);
    for e in errors {
        writeln!(err, "{e} ({})", t.report.skipped)?;
    }
    let of_workshop: Vec<Session> = sessions.into_iter().map(|(_, s)| s).collect();
    let threshold = args.threshold.unwrap_or(settings.certificate_threshold);
    let report = WorkshopReport::build_with(&of_workshop, threshold, now, settings.late_grace_minutes);
    let text = match args.format {
        ReportFormat::Text => render::text(&report, t),
        ReportFormat::Csv => render::csv(&report, t),
        ReportFormat::Md => render::markdown(&report, t),
    };
    out.write_all(text.as_bytes())?;
    Ok(true)
}

/// The slug of the one workshop `wanted` names (see [`Store::match_workshop`]).
/// `None`, after saying why on `err`, when there is no such one.
fn pick_workshop(
    store: &Store,
    wanted: &str,
    t: &Text,
    err: &mut dyn Write,
) -> Result<Option<String>, CommandError> {
    let names = |list: &[String]| if list.is_empty() { t.none.to_string() } else { list.join(", ") };
    match store.match_workshop(wanted) {
        WorkshopMatch::Exact(key) | WorkshopMatch::Only(key) => return Ok(Some(key)),
        WorkshopMatch::NoSuch(known) => {
            let known = names(&known);
            writeln!(err, "sigap: {} \"{wanted}\" ({}: {known})", t.report.no_workshop, t.report.known)?;
        }
        WorkshopMatch::Several(several) => {
            let which = names(&several);
            writeln!(err, "sigap: \"{wanted}\" {}: {which}", t.report.several_workshops)?;
        }
    }
    Ok(None)
}
