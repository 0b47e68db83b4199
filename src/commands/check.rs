//! `sigap check`: validate session, template and roster files.

use std::io::Write;
use std::path::PathBuf;

use super::{CommandError, Context, Outcome};
use crate::store::TEMPLATES;
use crate::store::check::{self, Finding};

/// `sigap check`: done when every file is good; a negative answer when
/// any has a problem.
pub fn run(ctx: &mut Context, paths: &[PathBuf]) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, .. } = ctx;
    let mut files = Vec::new();
    if paths.is_empty() {
        files = check::files_under(store.root());
    }
    for p in paths {
        if p.is_dir() {
            let is_root = p.join(TEMPLATES).is_dir();
            files.extend(if is_root {
                check::files_under(p)
            } else {
                crate::store::listing::session_files(p)
            });
        } else if p.exists() {
            files.push(p.clone());
        } else {
            return Err(CommandError::NoFile { path: p.clone() });
        }
    }
    let findings: Vec<(PathBuf, Vec<Finding>)> =
        files.iter().map(|f| (f.clone(), check::check_file(f, t))).collect();
    let bad = findings.iter().filter(|(_, f)| !f.is_empty()).count();
    for finding in findings.iter().flat_map(|(_, f)| f) {
        writeln!(out, "{finding}")?;
    }
    if bad == 0 {
        writeln!(out, "{}", (t.files_ok)(files.len()))?;
    } else {
        writeln!(out, "{}", (t.files_bad)(files.len(), bad))?;
    }
    Ok(Outcome::answer(bad == 0))
}
