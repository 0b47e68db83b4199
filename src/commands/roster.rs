//! `sigap roster import` and `sigap roster show`: the people of a
//! workshop, from a spreadsheet's export or a roster file.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::written::report_written;
use super::{CommandError, Context, Outcome};
use crate::domain::problem::Kept;
use crate::domain::{Gender, Participant, RosterFile};
use crate::export::table::Table;
use crate::import::{self, ImportWarning, NipProblem};
use crate::text::Text;

/// A doubtful NIP in the words of the interface.
pub fn warning_line(w: &ImportWarning, t: &Text) -> String {
    let e = &t.export;
    let detail = match w.problem {
        NipProblem::Length { digits } => {
            crate::text::fill(e.nip_length, &[("nip", &w.nip), ("digits", &digits.to_string())])
        }
        NipProblem::Repeated { first_row } => crate::text::fill(
            t.safety.duplicate_nip,
            &[("nip", &w.nip), ("rows", &format!("{first_row}, {}", w.row))],
        ),
        NipProblem::Gender { nip_says, recorded } => crate::text::fill(
            e.nip_gender,
            &[("nip", &w.nip), ("nip_gender", t.gender(nip_says)), ("gender", t.gender(recorded))],
        ),
    };
    format!("{} {}: {}: {detail}", e.row, w.row, e.warning)
}

/// Read a spreadsheet roster (CSV or a workbook), telling `err` about
/// doubtful rows and unused columns.
fn import_sheet(
    ctx: &mut Context,
    csv: &Path,
    sheet: Option<&str>,
) -> Result<Vec<Participant>, CommandError> {
    let Context { store, text: t, err, .. } = ctx;
    let bytes = store.read_bytes(csv)?;
    let imported = import::roster_from_file(csv, &bytes, sheet)
        .map_err(|source| CommandError::Roster { path: csv.to_path_buf(), source })?;
    for w in &imported.warnings {
        writeln!(err, "{}: {}", csv.display(), warning_line(w, t))?;
    }
    if !imported.ignored_columns.is_empty() {
        writeln!(err, "{}: {}", t.ignored_columns, imported.ignored_columns.join(", "))?;
    }
    Ok(imported.participants)
}

/// `sigap roster import`: a roster file from a spreadsheet export, by
/// default `rosters/NAME.ron`; its path on `out`.
pub fn import(
    ctx: &mut Context,
    csv: &Path,
    sheet: Option<&str>,
    output: Option<&Path>,
    replace: bool,
) -> Result<Outcome, CommandError> {
    if !csv.is_file() {
        return Err(CommandError::NoFile { path: csv.to_path_buf() });
    }
    let participants = import_sheet(ctx, csv, sheet)?;
    let (store, t) = (ctx.store, ctx.text);
    let name = csv.file_stem().and_then(|s| s.to_str()).unwrap_or("roster").to_string();
    let path: PathBuf =
        output.map_or_else(|| store.rosters_dir().join(format!("{name}.ron")), Path::to_path_buf);
    let count = participants.len();
    let done = format!("{}: {count} {}", t.export.roster_written, t.export.participants);
    let written = store.save_roster(&path, &RosterFile::new(name, participants), replace).map(|()| path);
    report_written(written, &done, Kept::Roster, ctx)
}

/// `sigap roster show`: a roster file (RON, or a CSV export or workbook
/// read the same way `new --roster` reads it) as a table, with the count by
/// gender.
pub fn show(ctx: &mut Context, file: &Path, sheet: Option<&str>) -> Result<Outcome, CommandError> {
    if !file.is_file() {
        return Err(CommandError::NoFile { path: file.to_path_buf() });
    }
    let (name, people) = if import::is_spreadsheet(file) {
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        (name, import_sheet(ctx, file, sheet)?)
    } else {
        let roster = ctx.store.read_roster(file)?;
        (roster.name, roster.participants)
    };
    let Context { text: t, out, .. } = ctx;
    let r = &t.report;
    let headers = [t.export.number, r.id, r.name, r.gender, "NIP", r.organisation, r.kecamatan, r.kabupaten];
    let mut table = Table::new(
        headers.map(str::to_string).to_vec(),
        vec![true, false, false, false, false, false, false, false],
    );
    for (n, p) in people.iter().enumerate() {
        table.rows.push(vec![
            (n + 1).to_string(),
            p.id.to_string(),
            crate::text::fit(&p.name, 40).trim_end().to_string(),
            t.gender(p.gender).to_string(),
            p.nip.clone().unwrap_or_default(),
            crate::text::fit(&p.organisation, 30).trim_end().to_string(),
            p.kecamatan.clone(),
            p.kabupaten.clone(),
        ]);
    }
    writeln!(out, "{name}")?;
    write!(out, "{}", table.to_text())?;
    let by_gender: Vec<String> = [Gender::Female, Gender::Male, Gender::NotRecorded]
        .iter()
        .map(|g| (g, people.iter().filter(|p| p.gender == *g).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(g, n)| format!("{} {n}", t.gender(*g)))
        .collect();
    writeln!(out, "{} {}: {}", people.len(), t.export.participants, by_gender.join(", "))?;
    Ok(Outcome::Done)
}
