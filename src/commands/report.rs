//! `sigap report`: a workshop's attendance, which no single session shows.

use std::io::Write;

use super::{CommandError, Context};
use crate::cli::{ReportArgs, ReportFormat};
use crate::domain::Session;
use crate::export::report as render;
use crate::report::WorkshopReport;
use crate::search::fold::slug;
use crate::search::workshop_matches;
use crate::text::Text;

/// `sigap report`: the attendance report of one workshop in the asked
/// format. False, after one line on `err`, when the name matches no
/// workshop or more than one. Only that workshop's files are read in full.
pub fn run(ctx: &mut Context, args: &ReportArgs) -> Result<bool, CommandError> {
    let Context { store, text: t, settings, out, err } = ctx;
    let now = crate::clock::now();
    let names: Vec<String> =
        store.list().into_iter().filter_map(|e| e.summary.ok()).map(|s| s.workshop).collect();
    let Some(wanted) = pick_workshop(&names, &args.workshop, t, err)? else {
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

/// The slug of the one workshop `wanted` names: the workshop with that very
/// slug, else the only one whose name contains it (as `list --workshop`
/// matches). `None`, after saying why on `err`, when there is no such one.
fn pick_workshop(
    names: &[String],
    wanted: &str,
    t: &Text,
    err: &mut dyn Write,
) -> Result<Option<String>, CommandError> {
    // One entry a workshop folder: (slug, the name as first met).
    let mut workshops: Vec<(String, &str)> = Vec::new();
    for name in names {
        let key = slug(name);
        if !workshops.iter().any(|(k, _)| *k == key) {
            workshops.push((key, name));
        }
    }
    workshops.sort();
    if let Some((key, _)) = workshops.iter().find(|(k, _)| *k == slug(wanted)) {
        return Ok(Some(key.clone()));
    }
    let matching: Vec<&(String, &str)> =
        workshops.iter().filter(|(_, n)| workshop_matches(n, wanted)).collect();
    let names = |list: &mut dyn Iterator<Item = &str>| {
        let joined = list.collect::<Vec<_>>().join(", ");
        if joined.is_empty() { t.none.to_string() } else { joined }
    };
    match matching.as_slice() {
        [(key, _)] => return Ok(Some(key.clone())),
        [] => {
            let known = names(&mut workshops.iter().map(|(_, n)| *n));
            writeln!(err, "sigap: {} \"{wanted}\" ({}: {known})", t.report.no_workshop, t.report.known)?;
        }
        several => {
            let which = names(&mut several.iter().map(|(_, n)| *n));
            writeln!(err, "sigap: \"{wanted}\" {}: {which}", t.report.several_workshops)?;
        }
    }
    Ok(None)
}
