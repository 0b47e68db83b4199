//! `sigap export`, `sigap template` and `sigap roster`: what leaves a
//! session for other people, and what is kept to start the next one.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CommandError;
use crate::cli::ExportArgs;
use crate::domain::{Gender, Participant, RosterFile, Template};
use crate::export::{self, table::Table};
use crate::import::{self, ImportWarning, NipProblem};
use crate::store::{Store, StoreError};
use crate::text::Text;

/// `sigap export`: the session in the asked format, on `out` or into the
/// `-o` file (whose path is then printed).
pub fn export(store: &Store, args: &ExportArgs, t: &Text, out: &mut dyn Write) -> Result<bool, CommandError> {
    if !args.file.is_file() {
        return Err(CommandError::NoFile { path: args.file.clone() });
    }
    let session = store.read(&args.file)?;
    match &args.output {
        Some(path) => {
            crate::store::target::check_export(path, args.format.extension())?;
            export::files::write(store, &session, args.format, path, t)?;
            writeln!(out, "{}", path.display())?;
        }
        None => write!(out, "{}", export::session(&session, args.format, t))?,
    }
    Ok(true)
}

/// `sigap template list`: name, items, length and file of each template.
pub fn template_list(
    store: &Store,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let templates = store.templates();
    if templates.is_empty() {
        writeln!(err, "{} {}", t.export.no_templates, store.templates_dir().display())?;
        return Ok(true);
    }
    let headers = [t.title, t.export.items, t.agenda, t.lesson_hours, t.path];
    let mut table = Table::new(headers.map(str::to_string).to_vec(), vec![false, true, true, true, false]);
    let mut good = true;
    for (path, template) in templates {
        match template {
            Ok(template) => {
                let learning: i64 =
                    template.items.iter().filter(|i| i.kind.is_learning()).map(|i| i.minutes).sum();
                table.rows.push(vec![
                    template.name.clone(),
                    template.items.len().to_string(),
                    t.span(template.total_minutes()),
                    format!("{:.1}", crate::domain::lesson_hours(learning)),
                    path.display().to_string(),
                ]);
            }
            Err(e) => {
                good = false;
                writeln!(err, "{} ({})", (t.store_error)(&e), t.unreadable)?;
            }
        }
    }
    write!(out, "{}", table.to_text())?;
    Ok(good)
}

/// `sigap template save`: the session's agenda as planned, kept under
/// `templates/`; the new file's path on `out`.
pub fn template_save(
    store: &Store,
    file: &Path,
    name: &str,
    replace: bool,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    if !file.is_file() {
        return Err(CommandError::NoFile { path: file.to_path_buf() });
    }
    let session = store.read(file)?;
    let template = Template::from_session(&session, name.trim());
    if template.items.is_empty() {
        writeln!(err, "sigap: {}: {}", file.display(), t.export.template_no_items)?;
        return Ok(false);
    }
    let done = format!(
        "{}: {} ({} {}, {})",
        t.export.template_saved,
        template.name,
        template.items.len(),
        t.export.items,
        t.span(template.total_minutes())
    );
    let written = store.save_template(&template, replace);
    report_written(written, &done, t.export.template_exists, out, err)
}

/// The path of a file written (after what was done, on `err`), or why an
/// existing one was left alone; false then.
fn report_written(
    written: Result<PathBuf, StoreError>,
    done: &str,
    exists: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    match written {
        Ok(path) => {
            writeln!(err, "{done}")?;
            writeln!(out, "{}", path.display())?;
            Ok(true)
        }
        Err(StoreError::Exists { path }) => {
            writeln!(err, "sigap: {}: {exists}", path.display())?;
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

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

/// Read a CSV roster, telling `err` about doubtful rows and unused columns.
fn import_csv(
    store: &Store,
    csv: &Path,
    t: &Text,
    err: &mut dyn Write,
) -> Result<Vec<Participant>, CommandError> {
    let bytes = store.read_bytes(csv)?;
    let imported = import::roster_from_csv(&bytes)
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
pub fn roster_import(
    store: &Store,
    csv: &Path,
    output: Option<&Path>,
    replace: bool,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    if !csv.is_file() {
        return Err(CommandError::NoFile { path: csv.to_path_buf() });
    }
    let participants = import_csv(store, csv, t, err)?;
    let name = csv.file_stem().and_then(|s| s.to_str()).unwrap_or("roster").to_string();
    let path: PathBuf =
        output.map_or_else(|| store.rosters_dir().join(format!("{name}.ron")), Path::to_path_buf);
    let count = participants.len();
    let done = format!("{}: {count} {}", t.export.roster_written, t.export.participants);
    let written = store.save_roster(&path, &RosterFile::new(name, participants), replace).map(|()| path);
    report_written(written, &done, t.export.roster_exists, out, err)
}

/// `sigap roster show`: a roster file (RON, or a CSV export read the same
/// way `new --roster` reads it) as a table, with the count by gender.
pub fn roster_show(
    store: &Store,
    file: &Path,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    if !file.is_file() {
        return Err(CommandError::NoFile { path: file.to_path_buf() });
    }
    let (name, people) = if file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        (name, import_csv(store, file, t, err)?)
    } else {
        let roster = store.read_roster(file)?;
        (roster.name, roster.participants)
    };
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
    Ok(true)
}
