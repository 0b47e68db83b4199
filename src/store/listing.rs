//! Listing a sessions folder without decoding every file in full: a lean
//! reading of each file that keeps the summary and the notes' text, and only
//! counts the roster and the attendance.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::{IgnoredAny, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::{EXPORTS, ROSTERS, StoreError, TEMPLATES};
use crate::domain::session::Phase;
use crate::domain::{Event, ItemState, NoteId, NoteKind, Status, Timestamp};
use crate::store::IoAction;

/// What the home screen and `sigap list` show of a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// Not stored in the listing cache, which is keyed by path already.
    #[serde(skip)]
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

/// A note as far as searching needs it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoteDigest {
    pub id: NoteId,
    pub at: Timestamp,
    pub kind: NoteKind,
    pub text: String,
}

/// A session's summary and the text of its notes: what the home screen
/// lists and searches, without the roster and attendance of every file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionDigest {
    pub summary: SessionSummary,
    pub notes: Vec<NoteDigest>,
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
/// `N` is how the notes are read: counted, or kept as [`NoteDigest`]s.
#[derive(Deserialize)]
struct SessionHead<N> {
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
    notes: N,
    #[serde(default)]
    log: Vec<LogHead>,
}

impl<N> SessionHead<N> {
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

    fn summary(self, path: &Path, notes: usize) -> (SessionSummary, N) {
        let phase = self.phase();
        let head = self;
        let summary = SessionSummary {
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
            notes,
            agenda_items: head.agenda.len(),
        };
        (summary, head.notes)
    }
}

/// Summarise one session file, keeping the text of its notes (and no more
/// of them: the roster and attendance are only counted).
pub fn digest(path: &Path) -> Result<SessionDigest, StoreError> {
    let text = read_text(path)?;
    let head: SessionHead<Vec<NoteDigest>> = super::format::decode(path, &text)?;
    let count = head.notes.len();
    let (summary, notes) = head.summary(path, count);
    Ok(SessionDigest { summary, notes })
}

/// A session file's text; for a folder the walk could not open, why not.
fn read_text(path: &Path) -> Result<String, StoreError> {
    if path.is_dir() {
        let why = fs::read_dir(path)
            .err()
            .unwrap_or_else(|| std::io::Error::from(std::io::ErrorKind::IsADirectory));
        return Err(StoreError::io(path, IoAction::Reading)(why));
    }
    fs::read_to_string(path).map_err(StoreError::io(path, IoAction::Reading))
}

/// Summarise one session file for a listing: the notes are only counted.
pub fn summary(path: &Path) -> Result<SessionSummary, StoreError> {
    let text = read_text(path)?;
    let head: SessionHead<Count> = super::format::decode(path, &text)?;
    let count = head.notes.0;
    Ok(head.summary(path, count).0)
}

/// Every `.ron` session file under `root` (templates and rosters aside,
/// hidden files and folders ignored), sorted by path.
pub fn session_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    walk(root, true, &mut files);
    files
}

/// Each folder's entries in name order, so that the files come out sorted
/// by path without comparing thousands of paths component by component.
fn walk(dir: &Path, top: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        // Named among the files, so that reading it says why it cannot be
        // read rather than its sessions silently missing from every answer.
        if !top {
            out.push(dir.to_path_buf());
        }
        return;
    };
    let mut entries: Vec<fs::DirEntry> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || (top && (name == TEMPLATES || name == ROSTERS || name == EXPORTS)) {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, false, out),
            Ok(_) if name.ends_with(".ron") => out.push(path),
            _ => {}
        }
    }
}

/// Workshops A–Z, newest first within each; unreadable files last, by path.
pub(super) fn list_order(
    a: (&PathBuf, Option<&SessionSummary>),
    b: (&PathBuf, Option<&SessionSummary>),
) -> Ordering {
    match (a.1, b.1) {
        (Some(x), Some(y)) => {
            x.workshop.cmp(&y.workshop).then(y.planned_start.cmp(&x.planned_start)).then_with(|| a.0.cmp(b.0))
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.0.cmp(b.0),
    }
}

/// Told how far a first reading of the sessions folder has got, so that
/// whoever waits can be shown it; the store itself shows nothing.
pub trait ReadProgress: Sync {
    /// `total` files are about to be read (those the cache does not hold).
    fn reading(&self, _total: usize) {}
    /// `done` of them are read: called once for each count, from any
    /// thread, not always in order.
    fn read(&self, _done: usize) {}
}

/// No one to tell how far a reading has got.
pub struct Unwatched;

impl ReadProgress for Unwatched {}

/// The count of files read so far, across the batches of one reading.
pub(super) struct Tally<'a> {
    progress: &'a dyn ReadProgress,
    done: std::sync::atomic::AtomicUsize,
}

impl<'a> Tally<'a> {
    /// A reading of `total` files, said to `progress`.
    pub(super) fn new(progress: &'a dyn ReadProgress, total: usize) -> Tally<'a> {
        if total > 0 {
            progress.reading(total);
        }
        Tally { progress, done: Default::default() }
    }

    fn one_more(&self) {
        let done = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        self.progress.read(done);
    }
}

/// Read files on every core: a folder of thousands of sessions is mostly
/// reading and parsing, and both spread well over threads. Each file read
/// counts in `tally`.
pub(super) fn read_all<T: Send>(
    files: Vec<PathBuf>,
    tally: &Tally,
    read: impl Fn(PathBuf) -> T + Sync,
) -> Vec<T> {
    let read = |path| {
        let value = read(path);
        tally.one_more();
        value
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if workers < 2 || files.len() < 64 {
        return files.into_iter().map(read).collect();
    }
    let chunk = files.len().div_ceil(workers);
    let mut chunks: Vec<Vec<PathBuf>> = Vec::new();
    let mut rest = files;
    while !rest.is_empty() {
        let tail = rest.split_off(chunk.min(rest.len()));
        chunks.push(std::mem::replace(&mut rest, tail));
    }
    std::thread::scope(|scope| {
        let read = &read;
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|c| scope.spawn(move || c.into_iter().map(read).collect::<Vec<T>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}
