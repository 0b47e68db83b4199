//! `sigap check`: is every file in the folder one sigap can read and trust?

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use super::{ROSTERS, StoreError, TEMPLATES, format, listing};
use crate::domain::validate::{Problem, roster_problems, session_problems, template_problems};
use crate::domain::{RosterFile, Session, Template};
use crate::import;
use crate::store::IoAction;
use crate::text::Text;

/// One fault in one file, printed as `path:line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path.display(), self.line, self.col, self.message)
    }
}

/// What a file is taken to be, from where it lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Session,
    Template,
    Roster,
}

impl FileKind {
    pub fn of(path: &Path) -> FileKind {
        let parent = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str());
        if import::is_spreadsheet(path) || parent == Some(ROSTERS) {
            FileKind::Roster
        } else if parent == Some(TEMPLATES) {
            FileKind::Template
        } else {
            FileKind::Session
        }
    }
}

/// Every file `check` looks at under a sessions folder.
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut files = listing::session_files(root);
    for dir in [TEMPLATES, ROSTERS] {
        let mut more: Vec<PathBuf> = fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron") || import::is_spreadsheet(p))
            .collect();
        more.sort();
        files.extend(more);
    }
    files
}

fn from_error(err: &StoreError, path: &Path, t: &Text) -> Finding {
    let (line, col) = err.position();
    let text = (t.store_error)(err);
    // The finding names the file and the place itself.
    let at = format!("{}:{line}:{col}: ", path.display());
    let of = format!("{}: ", path.display());
    let message =
        text.strip_prefix(&at).or_else(|| text.strip_prefix(&of)).map_or(text.clone(), str::to_string);
    Finding { path: path.to_path_buf(), line, col, message }
}

/// Where `anchor` first appears in `text` after the first time (a duplicate)
/// or at all: the line and column a reader should look at.
fn locate(text: &str, anchor: &str, duplicate: bool) -> (usize, usize) {
    let mut hits = text.match_indices(anchor).map(|(i, _)| i);
    let first = hits.next();
    let at = if duplicate { hits.next().or(first) } else { first };
    let Some(at) = at else { return (1, 1) };
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn from_problems(path: &Path, text: &str, problems: Vec<Problem>, t: &Text) -> Vec<Finding> {
    problems
        .into_iter()
        .map(|p| {
            let duplicate = p.rule.is_duplicate();
            let (line, col) = p.anchor.as_deref().map_or((1, 1), |a| locate(text, a, duplicate));
            Finding { path: path.to_path_buf(), line, col, message: (t.broken)(&p.rule) }
        })
        .collect()
}

/// Check one file, its findings in the words of `t`; an empty list means it is good.
pub fn check_file(path: &Path, t: &Text) -> Vec<Finding> {
    let kind = FileKind::of(path);
    if kind == FileKind::Roster && import::is_spreadsheet(path) {
        return match fs::read(path) {
            Ok(bytes) => match import::roster_from_file(path, &bytes, None) {
                Ok(_) => Vec::new(),
                Err(e) => {
                    vec![Finding {
                        path: path.to_path_buf(),
                        line: e.line,
                        col: e.column,
                        message: match &e.cell {
                            Some(cell) => format!("{cell}: {}", (t.row_problem)(&e.problem)),
                            None => format!("{} {}: {}", t.export.row, e.row, (t.row_problem)(&e.problem)),
                        },
                    }]
                }
            },
            Err(e) => vec![from_error(
                &StoreError::Io { path: path.to_path_buf(), action: IoAction::Reading, source: e },
                path,
                t,
            )],
        };
    }
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            return vec![from_error(
                &StoreError::Io { path: path.to_path_buf(), action: IoAction::Reading, source: e },
                path,
                t,
            )];
        }
    };
    let problems = match kind {
        FileKind::Session => format::decode::<Session>(path, &text).map(|s| session_problems(&s)),
        FileKind::Template => format::decode::<Template>(path, &text).map(|t| template_problems(&t)),
        FileKind::Roster => {
            format::decode::<RosterFile>(path, &text).map(|r| roster_problems(&r.participants))
        }
    };
    match problems {
        Ok(problems) => from_problems(path, &text, problems, t),
        Err(e) => vec![from_error(&e, path, t)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_points_at_the_second_of_a_duplicate() {
        let text = "(\n  a: \"p1\",\n  b: \"p1\",\n)";
        assert_eq!(locate(text, "\"p1\"", true), (3, 6));
        assert_eq!(locate(text, "\"p1\"", false), (2, 6));
        assert_eq!(locate(text, "\"zz\"", false), (1, 1));
    }

    #[test]
    fn kinds_follow_the_folder() {
        assert_eq!(FileKind::of(Path::new("s/templates/day.ron")), FileKind::Template);
        assert_eq!(FileKind::of(Path::new("s/rosters/a.ron")), FileKind::Roster);
        assert_eq!(FileKind::of(Path::new("peserta.CSV")), FileKind::Roster);
        assert_eq!(FileKind::of(Path::new("s/w/2017-05-08.ron")), FileKind::Session);
    }
}
