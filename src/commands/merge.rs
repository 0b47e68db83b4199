//! `sigap merge` and `sigap git-setup`: combining copies of one session, by
//! hand or as git's merge driver, and telling git to call sigap for it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::CommandError;
use crate::cli::MergeArgs;
use crate::domain::Session;
use crate::domain::merge::{Merged, merge, merge3};
use crate::store::{Store, format, plain, read_ron, write_ron};
use crate::text::Text;

/// The line of `.gitattributes` that hands `.ron` files to sigap. It sits in
/// the sessions folder, so it covers the sessions, templates and rosters
/// there and nothing else in the repository.
pub const ATTRIBUTES: &str = "*.ron merge=sigap";

/// What git runs to merge a file: this very sigap, by its absolute path
/// quoted for the shell, since after `cargo run` no `sigap` is on the PATH
/// and git would leave conflict markers in the session instead.
pub fn driver_command(exe: &Path) -> Option<String> {
    let exe = exe.to_str()?;
    Some(format!("'{}' merge --git-driver %O %A %B", exe.replace('\'', "'\\''")))
}

/// The name git knows the driver by.
const DRIVER_NAME: &str = "sigap: merge copies of a session";

/// Files of a sessions folder that are this computer's own, never shared:
/// the listing cache and the note index, the form's choices, locks and
/// unfinished saves.
pub const IGNORED: [&str; 5] = [".sigap-index.ron", ".sigap-notes", ".sigap-prefs.ron", ".*.lock", ".*.tmp"];

/// `sigap merge`: true when no conflict remains.
pub fn run(
    store: &Store,
    args: &MergeArgs,
    t: &Text,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    if let Some([base, ours, theirs]) = args.git_driver.as_deref() {
        return git_driver(base, ours, theirs, t, err);
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
    Ok(!merged.has_conflicts())
}

/// git's merge-driver contract: the result goes into `ours`; success when
/// clean, failure when git should report a conflict. Whatever happens,
/// `ours` holds a whole file, never conflict markers.
fn git_driver(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    t: &Text,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let (Ok(o), Ok(th)) = (read_ron::<Session>(ours), read_ron::<Session>(theirs)) else {
        return whole_file(base, ours, theirs, t, err);
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
            return Ok(false);
        }
    };
    tell(&merged, t, err)?;
    write_ron(ours, &merged.session)?;
    Ok(!merged.has_conflicts())
}

/// A file that is not a session sigap can read (a template, a roster, a
/// broken file): the copy that changed wins; changed in both, ours stays.
fn whole_file(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    t: &Text,
    err: &mut dyn Write,
) -> Result<bool, CommandError> {
    let b = plain::read_bytes(base).unwrap_or_default();
    let (o, th) = (plain::read_bytes(ours)?, plain::read_bytes(theirs)?);
    if o == th || b == th {
        return Ok(true);
    }
    if b == o {
        plain::write_bytes(ours, &th)?;
        return Ok(true);
    }
    writeln!(err, "sigap: {}", t.merge.kept_ours)?;
    Ok(false)
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

/// `sigap git-setup`: the `.gitattributes` and `.gitignore` lines in the
/// sessions folder and the driver in the repository's configuration.
pub fn git_setup(store: &Store, t: &Text, out: &mut dyn Write) -> Result<bool, CommandError> {
    let dir = store.root();
    if !dir.is_dir() {
        return Err(CommandError::NoFolder { path: dir.to_path_buf() });
    }
    git(dir, &["rev-parse", "--show-toplevel"])?
        .ok_or_else(|| CommandError::NotInGit { path: dir.to_path_buf() })?;
    let driver = std::env::current_exe()
        .ok()
        .and_then(|exe| driver_command(&exe))
        .ok_or(CommandError::NoProgramPath)?;
    let mut changed = false;
    for (name, lines) in [(".gitattributes", &[ATTRIBUTES][..]), (".gitignore", &IGNORED[..])] {
        let path = dir.join(name);
        let added = plain::ensure_lines(&path, lines)?;
        if !added.is_empty() {
            changed = true;
            writeln!(out, "{} {}: {}", t.merge.wrote, path.display(), added.join(", "))?;
        }
    }
    for (key, value) in [("merge.sigap.name", DRIVER_NAME), ("merge.sigap.driver", driver.as_str())] {
        let now = git(dir, &["config", "--get", key])?;
        if now.as_deref() != Some(value) {
            changed = true;
            git(dir, &["config", key, value])?
                .ok_or_else(|| CommandError::Git { message: format!("git config {key}") })?;
        }
    }
    if !changed {
        writeln!(out, "{}", t.merge.already)?;
    }
    writeln!(out, "{}: {driver}", t.merge.configured)?;
    Ok(true)
}

/// What is wrong with the merge driver of the repository holding the
/// sessions folder `dir`, if its `.gitattributes` hands files to sigap:
/// git does not know the driver (a fresh clone), or it runs a sigap that is
/// gone. Git is run only when such a `.gitattributes` is found.
pub fn driver_problem(dir: &Path, t: &Text) -> Option<&'static str> {
    let dir = dir.canonicalize().ok()?;
    let mut names_sigap = false;
    for folder in dir.ancestors() {
        let attributes = std::fs::read_to_string(folder.join(".gitattributes")).unwrap_or_default();
        names_sigap |= attributes.lines().any(|l| l.split_whitespace().any(|w| w == "merge=sigap"));
        if folder.join(".git").exists() {
            break;
        }
    }
    if !names_sigap {
        return None;
    }
    let driver = git(&dir, &["config", "--get", "merge.sigap.driver"]).ok()?;
    let Some(driver) = driver else { return Some(t.safety.driver_missing) };
    let program = driver.strip_prefix('\'').and_then(|rest| rest.split('\'').next());
    program.filter(|p| !Path::new(p).exists()).map(|_| t.safety.driver_gone)
}

/// Run git in `dir`: its output when it succeeds, `None` when it fails.
fn git(dir: &Path, args: &[&str]) -> Result<Option<String>, CommandError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| CommandError::Git { message: e.to_string() })?;
    Ok(output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_string()))
}
