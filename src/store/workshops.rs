//! A workshop named by a person, matched to its folder: the same for
//! `sigap report` and the app's report.

use crate::fold::slug;
use crate::search::workshop_matches;

use std::path::{Path, PathBuf};

use super::{Store, StoreError};
use crate::domain::Session;

/// What a workshop's name matches among the sessions folder's workshops.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopMatch {
    /// The workshop whose folder name (slug) is the name's own.
    Exact(String),
    /// The only workshop whose name contains it; its folder name.
    Only(String),
    /// None: the workshops there are, by name, sorted by folder.
    NoSuch(Vec<String>),
    /// More than one: their names.
    Several(Vec<String>),
}

impl WorkshopMatch {
    /// The folder name of the one workshop matched, if one was.
    pub fn folder(&self) -> Option<&str> {
        match self {
            WorkshopMatch::Exact(key) | WorkshopMatch::Only(key) => Some(key),
            WorkshopMatch::NoSuch(_) | WorkshopMatch::Several(_) => None,
        }
    }
}

impl Store {
    /// Every readable session of the workshop whose folder name (slug) is
    /// `wanted`, found through the listing so that only its files are read in
    /// full; and why any file of the folder could not be read.
    /// A session without a class of its own takes it from its folder.
    pub fn read_workshop(&self, wanted: &str) -> (Vec<(PathBuf, Session)>, Vec<StoreError>) {
        let mut sessions = Vec::new();
        let mut errors = Vec::new();
        for entry in self.list() {
            match entry.summary {
                Ok(summary) if slug(&summary.workshop) == wanted => match self.read(&entry.path) {
                    Ok(mut s) => {
                        s.class = s.class.take().or_else(|| folder_class(&self.root, &entry.path));
                        sessions.push((entry.path, s))
                    }
                    Err(e) => errors.push(e),
                },
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        (sessions, errors)
    }

    /// The folder (under the root) that already holds sessions of the
    /// workshop named exactly `workshop`, when its slug is not that folder.
    pub(super) fn workshop_folder(&self, workshop: &str) -> Option<std::ffi::OsString> {
        if self.root.join(slug(workshop)).is_dir() {
            return None;
        }
        self.list().into_iter().find_map(|e| {
            let named = e.summary.as_ref().is_ok_and(|s| s.workshop == workshop);
            let inside = e.path.strip_prefix(&self.root).ok()?;
            let first = inside.components().next()?.as_os_str().to_os_string();
            (named && inside.components().count() >= 2).then_some(first)
        })
    }

    /// The newest readable session of a workshop, if there is one.
    pub fn latest_of_workshop(&self, workshop: &str) -> Option<Session> {
        let wanted = slug(workshop);
        self.list()
            .into_iter()
            .filter_map(|e| e.summary.ok())
            .filter(|s| slug(&s.workshop) == wanted)
            .max_by_key(|s| s.planned_start)
            .and_then(|s| self.read(&s.path).ok())
    }

    /// The workshop `wanted` names: the one with that very folder name, else
    /// the only one whose name contains it (as `list --workshop` matches).
    pub fn match_workshop(&self, wanted: &str) -> WorkshopMatch {
        let names: Vec<String> =
            self.list().into_iter().filter_map(|e| e.summary.ok()).map(|s| s.workshop).collect();
        match_workshop(&names, wanted)
    }
}

/// The class of a session file that does not name one: the folder it sits
/// in, when that is not its workshop's own folder (`bimtek/kelas-b/…`).
pub fn folder_class(root: &Path, path: &Path) -> Option<String> {
    // root/workshop/class/file: a class is a folder inside the workshop's.
    let inside = path.strip_prefix(root).ok()?;
    if inside.components().count() < 3 {
        return None;
    }
    inside.parent()?.file_name()?.to_str().map(str::to_string)
}

/// [`Store::match_workshop`] among these workshop names.
pub fn match_workshop(names: &[String], wanted: &str) -> WorkshopMatch {
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
        return WorkshopMatch::Exact(key.clone());
    }
    let matching: Vec<&(String, &str)> =
        workshops.iter().filter(|(_, n)| workshop_matches(n, wanted)).collect();
    match matching.as_slice() {
        [(key, _)] => WorkshopMatch::Only(key.clone()),
        [] => WorkshopMatch::NoSuch(workshops.iter().map(|(_, n)| n.to_string()).collect()),
        several => WorkshopMatch::Several(several.iter().map(|(_, n)| n.to_string()).collect()),
    }
}
