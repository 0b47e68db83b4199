//! `sigap report`: a workshop's attendance, which no single session shows.

use std::io::Write;

use super::{CommandError, Context};
use crate::cli::{ReportArgs, ReportFormat};
use crate::domain::Session;
use crate::export::report as render;
use crate::report::WorkshopReport;
use crate::store::{Store, WorkshopMatch};
use crate::text::Text;

/// `sigap report`: the attendance report of one workshop in the asked
/// format. False, after one line on `err`, when the name matches no
/// workshop or more than one. Only that workshop's files are read in full.
pub fn run(ctx: &mut Context, args: &ReportArgs) -> Result<bool, CommandError> {
    let Context { store, text: t, settings, out, err } = ctx;
    let now = crate::clock::now();
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
