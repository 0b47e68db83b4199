//! `sigap report`: a workshop's attendance, which no single session shows.

use std::io::Write;

use super::progress::ReadingBar;
use super::{CommandError, Context, Outcome};
use crate::cli::{ReportArgs, ReportFormat};
use crate::domain::Session;
use crate::export::report as render;
use crate::report::WorkshopReport;
use crate::store::workshops::match_workshop;
use crate::store::{Store, WorkshopMatch};
use crate::text::Text;

/// `sigap report`: the attendance report of one workshop in the asked
/// format. An error when the name matches no workshop or more than one.
/// Only that workshop's files are read in full.
pub fn run(ctx: &mut Context, args: &ReportArgs) -> Result<Outcome, CommandError> {
    let Context { store, text: t, settings, out, out_is_terminal, documents, err, .. } = ctx;
    if args.format == ReportFormat::Xlsx && args.output.is_none() && *out_is_terminal {
        return Err(CommandError::BinaryToTerminal { extension: "xlsx" });
    }
    let now = crate::clock::now();
    let wanted = pick_workshop(store, &args.workshop, t)?;
    let (sessions, errors) = store.read_workshop(&wanted);
    for e in &errors {
        writeln!(err, "{} ({})", (t.store_error)(e), t.report.skipped)?;
    }
    let of_workshop: Vec<Session> = sessions.into_iter().map(|(_, s)| s).collect();
    let threshold = args.threshold.unwrap_or(settings.certificate_threshold);
    let report = WorkshopReport::build_with(&of_workshop, threshold, now, settings.late_grace_minutes);
    let (bytes, extension) = match args.format {
        ReportFormat::Text => (render::text(&report, t).into_bytes(), "txt"),
        ReportFormat::Csv if args.excel => (render::csv_for_excel(&report, t).into_bytes(), "csv"),
        ReportFormat::Csv => (render::csv(&report, t).into_bytes(), "csv"),
        ReportFormat::Md => (render::markdown(&report, t).into_bytes(), "md"),
        ReportFormat::Xlsx => (crate::export::xlsx::report(&report, &of_workshop, t), "xlsx"),
    };
    match &args.output {
        Some(path) => {
            crate::store::target::check_export(path, extension)?;
            store.write_export_bytes(path, &bytes)?;
            writeln!(out, "{}", path.display())?;
        }
        None if args.format == ReportFormat::Xlsx => {
            out.flush()?;
            documents.write_all(&bytes)?;
            documents.flush()?;
        }
        None => out.write_all(&bytes)?,
    }
    // A report that had to leave a session out is not the whole truth:
    // printed, but the exit code says so.
    match errors.len() {
        0 => Ok(Outcome::Done),
        count => Err(CommandError::Unreadable { count }),
    }
}

/// The slug of the one workshop `wanted` names (see [`Store::match_workshop`]).
/// A first reading of the folder says how far it has got.
fn pick_workshop(store: &Store, wanted: &str, t: &Text) -> Result<String, CommandError> {
    let entries = crate::store::cache::summaries_with(store.root(), &ReadingBar::new(t));
    let names: Vec<String> = entries.into_iter().filter_map(|e| e.summary.ok()).map(|s| s.workshop).collect();
    match match_workshop(&names, wanted) {
        WorkshopMatch::Exact(key) | WorkshopMatch::Only(key) => Ok(key),
        WorkshopMatch::NoSuch(known) => Err(CommandError::NoWorkshop { wanted: wanted.to_string(), known }),
        WorkshopMatch::Several(matching) => {
            Err(CommandError::SeveralWorkshops { wanted: wanted.to_string(), matching })
        }
    }
}
