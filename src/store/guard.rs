//! What sigap last read or wrote of an open session file, to notice before
//! every save that something else (a `git pull`, a sync tool, a second
//! program) has written the file since, and merge instead of writing over it.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::io;
use std::path::Path;

pub use crate::domain::problem::{Brought, DiskChange};

use super::filesystem::FileSystem;
use super::{StoreError, format};
use crate::domain::merge::{Merged, merge3};
use crate::domain::{Note, NoteId, NoteKind, Session};
use crate::store::IoAction;

/// The file as sigap last read or wrote it: its size and a hash of its
/// bytes decide whether it changed (a time alone can be equal for two
/// writes, or differ for the same bytes), and the session it held is the
/// common ancestor of a merge.
#[derive(Clone, Debug)]
pub struct Known {
    len: u64,
    hash: u64,
    pub base: Session,
}

impl Known {
    pub fn of(bytes: &[u8], base: Session) -> Known {
        Known { len: bytes.len() as u64, hash: hash(bytes), base }
    }

    fn matches(&self, bytes: &[u8]) -> bool {
        self.len == bytes.len() as u64 && self.hash == hash(bytes)
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// The file was as sigap left it; the session was written.
    Written,
    /// The file had changed: the two were merged, and the merge written.
    Merged(Box<Merged>),
}

/// What should be written in place of `ours`: `ours` itself when the file
/// is as `known` says, or the three-way merge with what is on disk now.
pub fn reconcile(
    fs: &dyn FileSystem,
    path: &Path,
    known: &Known,
    ours: &Session,
) -> Result<Option<Merged>, StoreError> {
    let changed = |change| StoreError::ChangedOnDisk { path: path.to_path_buf(), change };
    let bytes = match fs.read(path) {
        Ok(bytes) => bytes,
        // Nothing there to write over (a folder deleted or unplugged and
        // back empty): the save puts the session back, or says why it cannot.
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(path, IoAction::CheckingBeforeSaving)(e)),
    };
    if known.matches(&bytes) {
        return Ok(None);
    }
    let theirs: Session =
        format::decode_bytes(path, &bytes).map_err(|e| changed(DiskChange::Unreadable(e.to_string())))?;
    if theirs.id != ours.id {
        return Err(changed(DiskChange::OtherSession(theirs.id)));
    }
    let mut merged =
        merge3(&known.base, ours, &theirs).map_err(|e| changed(DiskChange::Unreadable(e.to_string())))?;
    keep_replaced_marks(&known.base, ours, &theirs, &mut merged.session);
    Ok(Some(merged))
}

/// The start of the id of a note that keeps a mark from disk the merge replaced.
pub const REPLACED_MARK: &str = "mark-replaced-";

/// A mark changed both here and on disk keeps the latest; the one from
/// disk that lost is kept as a note (written with the merge, so never
/// lost in between), for a person to look at.
fn keep_replaced_marks(base: &Session, ours: &Session, theirs: &Session, merged: &mut Session) {
    let now = crate::clock::now().with_timezone(merged.planned_start.offset());
    for (id, their) in &theirs.attendance {
        let was = base.mark(id).unstamped();
        let kept = merged.mark(id);
        let changed_here = ours.mark(id).unstamped() != was;
        if their.unstamped() == was || !changed_here || their.unstamped() == kept.unstamped() {
            continue;
        }
        let stamp =
            their.marked_at.map_or_else(|| hash(format!("{their:?}").as_bytes()), |at| at.timestamp() as u64);
        let note = NoteId(format!("{REPLACED_MARK}{}-{stamp:x}", id.0));
        if merged.notes.iter().any(|n| n.id == note) {
            continue;
        }
        let name = merged.roster.iter().find(|p| &p.id == id).map_or(id.0.as_str(), |p| p.name.as_str());
        let text = crate::text::disk::replaced_mark_note(name, their, &kept);
        merged.notes.push(Note::new(note, now, NoteKind::Note, text));
    }
}

/// What `to` has that `from` had not: notes new or changed, marks changed.
pub fn brought(from: &Session, to: &Session) -> Brought {
    let new = || to.notes.iter().filter(|n| !from.notes.contains(n));
    let replaced = |n: &&Note| n.id.0.starts_with(REPLACED_MARK);
    let notes = new().filter(|n| !replaced(n)).count();
    let marks_replaced = new().filter(replaced).count();
    let marks = to.attendance.iter().filter(|(id, mark)| from.attendance.get(*id) != Some(mark)).count();
    Brought { notes, marks, conflicts: 0, marks_replaced }
}
