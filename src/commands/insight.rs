//! `sigap search` and `sigap report`: what a whole sessions folder shows
//! that no single session does.

use std::io::Write;
use std::path::PathBuf;

use super::CommandError;
use crate::cli::{ReportArgs, ReportFormat, SearchArgs};
use crate::domain::{Session, Timestamp};
use crate::export::report as render;
use crate::fold::slug;
use crate::report::WorkshopReport;
use crate::search::{SearchFilter, search as find, workshop_matches};
use crate::store::Store;
use crate::store::listing::session_files;
use crate::text::Text;

/// `sigap search`: one line a hit, `path: HH:MM [kind] line`. False (exit
/// code 1, as with grep) when nothing matches.
pub fn search(
    store: &Store,
    args: &SearchArgs,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let sessions = readable_sessions(store, t, err)?;
    let filter = SearchFilter { workshop: args.workshop.clone(), kind: args.kind };
    let hits = find(&sessions, &args.text, &filter);
    for hit in &hits {
        let kind = hit.kind.map_or(t.session, |k| t.note_kind(k));
        writeln!(out, "{}: {} [{kind}] {}", hit.path.display(), hit.time(), hit.line)?;
    }
    Ok(!hits.is_empty())
}

/// `sigap report`: the attendance report of one workshop in the asked
/// format. False, after one line on `err`, when the name matches no
/// workshop or more than one.
pub fn report(
    store: &Store,
    args: &ReportArgs,
    now: Timestamp,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let sessions = readable_sessions(store, t, err)?;
    let Some(wanted) = pick_workshop(&sessions, &args.workshop, t, err)? else {
        return Ok(false);
    };
    let of_workshop: Vec<Session> =
        sessions.into_iter().map(|(_, s)| s).filter(|s| slug(&s.workshop) == wanted).collect();
    let report = WorkshopReport::build(&of_workshop, args.threshold, now);
    let text = match args.format {
        ReportFormat::Text => render::text(&report, t),
        ReportFormat::Csv => render::csv(&report, t),
        ReportFormat::Md => render::markdown(&report, t),
    };
    out.write_all(text.as_bytes())?;
    Ok(true)
}

/// Every session under the store that can be read. A file that cannot is
/// named on `err` and left out, so one broken file never hides the rest.
fn readable_sessions(
    store: &Store,
    t: &Text,
    err: &mut dyn Write,
) -> Result<Vec<(PathBuf, Session)>, CommandError> {
    let mut sessions = Vec::new();
    for path in session_files(store.root()) {
        match store.read(&path) {
            Ok(session) => sessions.push((path, session)),
            Err(e) => writeln!(err, "{e} ({})", t.report.skipped)?,
        }
    }
    Ok(sessions)
}

/// The slug of the one workshop `wanted` names: the workshop with that very
/// slug, else the only one whose name contains it (as `list --workshop`
/// matches). `None`, after saying why on `err`, when there is no such one.
fn pick_workshop(
    sessions: &[(PathBuf, Session)],
    wanted: &str,
    t: &Text,
    err: &mut dyn Write,
) -> Result<Option<String>, CommandError> {
    // One entry a workshop folder: (slug, the name as first met).
    let mut workshops: Vec<(String, &str)> = Vec::new();
    for (_, s) in sessions {
        let key = slug(&s.workshop);
        if !workshops.iter().any(|(k, _)| *k == key) {
            workshops.push((key, &s.workshop));
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
