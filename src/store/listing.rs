//! Listing a sessions folder without decoding every note of every file: a
//! lean reading of each file that counts notes and roster lines instead of
//! building them.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{IgnoredAny, SeqAccess, Visitor};

use super::{ROSTERS, StoreError, TEMPLATES};
use crate::domain::session::Phase;
use crate::domain::{Event, ItemState, Status, Timestamp};

/// What the home screen and `sigap list` show of a session.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionSummary {
    pub path: PathBuf,
    pub id: String,
    pub workshop: String,
    pub title: String,
    pub venue: String,
    pub planned_start: Timestamp,
    pub phase: Phase,
    pub roster: usize,
    /// Present, late or left early.
    pub in_room: usize,
    pub marked: usize,
    pub notes: usize,
    pub agenda_items: usize,
}

/// One file of the folder: its summary, or why it could not be read.
#[derive(Debug)]
pub struct ListEntry {
    pub path: PathBuf,
    pub summary: Result<SessionSummary, StoreError>,
}

/// A sequence read only for its length.
#[derive(Default)]
struct Count(usize);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct CountVisitor;
        impl<'de> Visitor<'de> for CountVisitor {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
        }
        d.deserialize_seq(CountVisitor)
    }
}

#[derive(Deserialize)]
struct ItemHead {
    #[serde(default)]
    state: ItemState,
}

#[derive(Deserialize)]
struct MarkHead {
    status: Status,
}

#[derive(Deserialize)]
struct LogHead {
    event: Event,
}

/// The parts of a session file a listing needs; everything else is skipped.
#[derive(Deserialize)]
struct SessionHead {
    id: String,
    workshop: String,
    title: String,
    #[serde(default)]
    venue: String,
    planned_start: Timestamp,
    #[serde(default)]
    agenda: Vec<ItemHead>,
    #[serde(default)]
    roster: Count,
    #[serde(default)]
    attendance: BTreeMap<String, MarkHead>,
    #[serde(default)]
    notes: Count,
    #[serde(default)]
    log: Vec<LogHead>,
}

impl SessionHead {
    fn phase(&self) -> Phase {
        let has = |wanted: &Event| self.log.iter().any(|e| &e.event == wanted);
        let all_closed = !self.agenda.is_empty()
            && self.agenda.iter().all(|i| matches!(i.state, ItemState::Done | ItemState::Skipped));
        if has(&Event::SessionFinished) || all_closed {
            Phase::Finished
        } else if has(&Event::SessionStarted) {
            Phase::Running
        } else {
            Phase::Planned
        }
    }
}

/// Summarise one session file.
pub fn summarise(path: &Path) -> Result<SessionSummary, StoreError> {
    let text = fs::read_to_string(path).map_err(StoreError::io(path, "reading"))?;
    let head: SessionHead = super::format::decode(path, &text)?;
    let phase = head.phase();
    Ok(SessionSummary {
        path: path.to_path_buf(),
        id: head.id,
        workshop: head.workshop,
        title: head.title,
        venue: head.venue,
        planned_start: head.planned_start,
        phase,
        roster: head.roster.0,
        in_room: head.attendance.values().filter(|m| m.status.is_in_room()).count(),
        marked: head.attendance.values().filter(|m| m.status != Status::Unmarked).count(),
        notes: head.notes.0,
        agenda_items: head.agenda.len(),
    })
}

/// Every `.ron` session file under `root` (templates and rosters aside,
/// hidden files and folders ignored), sorted by path.
pub fn session_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    walk(root, true, &mut files);
    files.sort();
    files
}

fn walk(dir: &Path, top: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || (top && (name == TEMPLATES || name == ROSTERS)) {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, false, out),
            Ok(_) if name.ends_with(".ron") => out.push(path),
            _ => {}
        }
    }
}

/// Summaries of every session under `root`: grouped by workshop (A–Z), newest
/// first within each; files that could not be read come last, by path.
pub fn list(root: &Path) -> Vec<ListEntry> {
    let mut entries: Vec<ListEntry> =
        session_files(root).into_iter().map(|path| ListEntry { summary: summarise(&path), path }).collect();
    entries.sort_by(|a, b| match (&a.summary, &b.summary) {
        (Ok(x), Ok(y)) => {
            x.workshop.cmp(&y.workshop).then(y.planned_start.cmp(&x.planned_start)).then(x.path.cmp(&y.path))
        }
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.path.cmp(&b.path),
    });
    entries
}
