//! `sigap git-setup`: telling git to call sigap to merge session files,
//! and noticing when a clone lacks that driver.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use super::{CommandError, Context, Outcome};
use crate::store::plain;
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

/// `sigap git-setup`: the `.gitattributes` and `.gitignore` lines in the
/// sessions folder and the driver in the repository's configuration.
pub fn run(ctx: &mut Context) -> Result<Outcome, CommandError> {
    let Context { store, text: t, out, .. } = ctx;
    let dir = store.root();
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
    Ok(Outcome::Done)
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
