//! `sigap merge`: combining copies of one session, by hand or as git's
//! merge driver.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CommandError, Context, Outcome};
use crate::cli::MergeArgs;
use crate::domain::Session;
use crate::domain::merge::{Merged, merge, merge3};
use crate::store::{format, plain, read_ron, write_ron};
use crate::text::Text;

/// `sigap merge`: done when no conflict remains, a negative answer when
/// one does.
pub fn run(ctx: &mut Context, args: &MergeArgs) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, err, .. } = ctx;
    if let Some([base, ours, theirs]) = args.git_driver.as_deref() {
        return git_driver([base, ours, theirs].map(PathBuf::as_path), t, err);
    }
    let [ours, theirs] = args.files.as_slice() else {
        return Err(CommandError::NoFile { path: args.files.first().cloned().unwrap_or_default() });
    };
    let merged = merge(&read_ron(ours)?, &read_ron(theirs)?)?;
    tell(&merged, t, err)?;
    match &args.output {
        // An existing file is only written over when it is a session this
        // sigap can read and no other sigap has it open.
        Some(path) if path.exists() => {
            let (_, file) = store.open(path)?;
            store.save(&file, &merged.session)?;
        }
        Some(path) => write_ron(path, &merged.session)?,
        None => {
            let text = format::encode(&merged.session).map_err(|e| crate::store::StoreError::Encode {
                path: PathBuf::from("-"),
                message: e.to_string(),
            })?;
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(Outcome::answer(!merged.has_conflicts()))
}

/// git's merge-driver contract, over the ancestor, ours and theirs: the result goes into `ours`; success when
/// clean, failure when git should report a conflict. Whatever happens,
/// `ours` holds a whole file, never conflict markers.
fn git_driver(files: [&Path; 3], t: &Text, err: &mut dyn Write) -> Result<Outcome, CommandError> {
    let [base, ours, theirs] = files;
    let (Ok(o), Ok(th)) = (read_ron::<Session>(ours), read_ron::<Session>(theirs)) else {
        return whole_file(files, t, err);
    };
    // No ancestor (git passes an empty file when both sides added the file).
    let merged = match read_ron::<Session>(base) {
        Ok(b) => merge3(&b, &o, &th),
        Err(_) => merge(&o, &th),
    };
    let merged = match merged {
        Ok(m) => m,
        Err(e) => {
            writeln!(err, "sigap: {}", (t.merge.error)(&e))?;
            return Ok(Outcome::Negative);
        }
    };
    tell(&merged, t, err)?;
    write_ron(ours, &merged.session)?;
    Ok(Outcome::answer(!merged.has_conflicts()))
}

/// A file that is not a session sigap can read (a template, a roster, a
/// broken file): the copy that changed wins; changed in both, ours stays.
fn whole_file(files: [&Path; 3], t: &Text, err: &mut dyn Write) -> Result<Outcome, CommandError> {
    let [base, ours, theirs] = files;
    let b = plain::read_bytes(base).unwrap_or_default();
    let (o, th) = (plain::read_bytes(ours)?, plain::read_bytes(theirs)?);
    if o == th || b == th {
        return Ok(Outcome::Done);
    }
    if b == o {
        plain::write_bytes(ours, &th)?;
        return Ok(Outcome::Done);
    }
    writeln!(err, "sigap: {}", t.merge.kept_ours)?;
    Ok(Outcome::Negative)
}

/// What the merge decided, one line each, on `err`.
fn tell(merged: &Merged, t: &Text, err: &mut dyn Write) -> Result<(), CommandError> {
    for r in &merged.resolutions {
        writeln!(err, "{}: {}", merged.session.title, (t.merge.resolution)(r))?;
    }
    if merged.has_conflicts() {
        writeln!(err, "{}: {}", merged.session.title, t.merge.conflicts_left)?;
    }
    Ok(())
}
