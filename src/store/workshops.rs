//! A workshop named by a person, matched to its folder: the same for
//! `sigap report` and the app's report.

use crate::fold::slug;
use crate::search::workshop_matches;

use super::Store;

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
    /// The workshop `wanted` names: the one with that very folder name, else
    /// the only one whose name contains it (as `list --workshop` matches).
    pub fn match_workshop(&self, wanted: &str) -> WorkshopMatch {
        let names: Vec<String> =
            self.list().into_iter().filter_map(|e| e.summary.ok()).map(|s| s.workshop).collect();
        match_workshop(&names, wanted)
    }
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
