//! The only door to the disk: sessions, templates and rosters as RON files,
//! saved atomically, locked to one writer, never written over when they
//! could not be read.

pub mod atomic;
pub mod cache;
pub mod check;
pub mod document_mark;
pub mod emergency;
pub mod filesystem;
pub mod format;
pub mod guard;
pub mod leftovers;
pub mod listing;
pub mod lock;
pub mod note_index;
pub mod outer_lock;
pub mod plain;
pub mod settings;
pub mod target;
mod unsaved;
pub mod workshops;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

pub use crate::domain::problem::{IoAction, ReadOnly, StoreError, Trouble};
use crate::domain::{FORMAT_VERSION, RosterFile, Session, Template};
use crate::fold::slug;
pub use filesystem::{FileSystem, OsFileSystem};
pub use guard::{Brought, DiskChange, Saved};
pub use listing::{ListEntry, SessionSummary};
pub use lock::{Holder, SessionLock};
pub use workshops::{WorkshopMatch, folder_class};

impl StoreError {
    pub(crate) fn io(path: &Path, action: IoAction) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.to_path_buf();
        move |source| match source.get_ref().and_then(|e| e.downcast_ref::<target::TargetProblem>()) {
            // The atomic writer's refusal of a link or a device, typed.
            Some(problem) => StoreError::Target { path, problem: problem.clone() },
            None => StoreError::Io { path, action, source },
        }
    }

    /// Where the fault is, for `path:line:col: message` listings.
    pub fn position(&self) -> (usize, usize) {
        match self {
            StoreError::Parse { line, col, .. } => (*line, *col),
            StoreError::ConflictMarkers { line, .. } => (*line, 1),
            _ => (1, 1),
        }
    }
}

impl StoreError {
    /// What kind of storage trouble stopped this, if it was one.
    pub fn trouble(&self) -> Option<Trouble> {
        let StoreError::Io { source, .. } = self else { return None };
        match source.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Some(Trouble::DiskFull),
            io::ErrorKind::ReadOnlyFilesystem => Some(Trouble::ReadOnlyFolder),
            io::ErrorKind::PermissionDenied => Some(Trouble::PermissionDenied),
            io::ErrorKind::NotFound => Some(Trouble::FolderGone),
            _ => None,
        }
    }
}

/// An open session file: its path and, when this process may write it, the lock.
#[derive(Debug)]
pub struct SessionFile {
    path: PathBuf,
    lock: Option<SessionLock>,
    /// Who held the lock when this file was opened read-only, if they said.
    holder: Option<Holder>,
    /// Where the path leads when it is a symbolic link, which is never written.
    link: Option<PathBuf>,
    /// The file as this process last read or wrote it; `None` until then.
    known: Mutex<Option<guard::Known>>,
}

impl SessionFile {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why this file may not be written, if it may not.
    pub fn read_only(&self) -> Option<ReadOnly> {
        match (&self.link, &self.lock) {
            (Some(to), _) => Some(ReadOnly::Link(to.clone())),
            (None, None) => Some(ReadOnly::Locked),
            (None, Some(_)) => None,
        }
    }

    /// Whether the lock is only the side file in the sessions folder (no
    /// folder outside it could be made), which a tidy-up could delete.
    pub fn lock_side_file_only(&self) -> bool {
        self.lock.as_ref().is_some_and(SessionLock::side_file_only)
    }

    /// Who has the session open, when this file is read-only because of them.
    pub fn holder(&self) -> Option<&Holder> {
        self.holder.as_ref()
    }

    /// The session as this process last read or wrote it.
    pub fn base(&self) -> Option<Session> {
        self.known().as_ref().map(|k| k.base.clone())
    }

    fn known(&self) -> std::sync::MutexGuard<'_, Option<guard::Known>> {
        // The state is replaced whole, so a panic elsewhere cannot leave it half-made.
        self.known.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A sessions folder: `<workshop>/<date>-<start>-<title>.ron`, with
/// `templates/` and `rosters/` beside the workshops.
#[derive(Clone, Debug)]
pub struct Store {
    root: PathBuf,
    /// Every save and lock goes through here; tests put faults in it.
    fs: Arc<dyn FileSystem>,
}

pub const TEMPLATES: &str = "templates";

/// A file's modification time and size, compared to notice a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
}
const PREFS: &str = ".sigap-prefs.ron";

/// Choices the new-session form remembers between runs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Prefs {
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_roster: Option<String>,
    /// The help has been opened once, so the first-run hint is not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub help_seen: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs { version: FORMAT_VERSION, last_template: None, last_roster: None, help_seen: false }
    }
}
pub const ROSTERS: &str = "rosters";
/// Minutes and sheets the terminal app writes; never read as sessions.
pub const EXPORTS: &str = "exports";

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Store::with_file_system(root, Arc::new(OsFileSystem))
    }

    /// A store whose saves and locks go through `fs` (for fault tests).
    pub fn with_file_system(root: impl Into<PathBuf>, fs: Arc<dyn FileSystem>) -> Self {
        Store { root: root.into(), fs }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where a new session would go (before any collision is resolved).
    pub fn session_path(&self, workshop: &str, start: chrono::NaiveDateTime, title: &str) -> PathBuf {
        let name = format!("{}-{}.ron", start.format("%Y-%m-%d-%H%M"), slug(title));
        self.root.join(slug(workshop)).join(name)
    }

    /// Read and decode a session without taking the lock (for listing, reports, `show`).
    pub fn read(&self, path: &Path) -> Result<Session, StoreError> {
        let bytes = self.fs.read(path).map_err(StoreError::io(path, IoAction::Reading))?;
        format::decode_bytes(path, &bytes)
    }

    /// Open a session for work: decoded, and locked for writing when no other
    /// process holds it (otherwise read-only).
    pub fn open(&self, path: &Path) -> Result<(Session, SessionFile), StoreError> {
        let bytes = self.fs.read(path).map_err(StoreError::io(path, IoAction::Reading))?;
        let session: Session = format::decode_bytes(path, &bytes)?;
        let file = self.lock(path)?;
        *file.known() = Some(guard::Known::of(&bytes, session.clone()));
        Ok((session, file))
    }

    /// Save a session over its file, atomically. Refused when read-only.
    /// When the file changed on disk since this process last read or wrote
    /// it, the two are merged and the merge is written instead; a file that
    /// can no longer be read, or holds another session, is never written over.
    pub fn save(&self, file: &SessionFile, session: &Session) -> Result<Saved, StoreError> {
        if let Some(reason) = file.read_only() {
            return Err(StoreError::ReadOnly { path: file.path.clone(), reason });
        }
        let Some(lock) = file.lock.as_ref() else {
            return Err(StoreError::ReadOnly { path: file.path.clone(), reason: ReadOnly::Locked });
        };
        lock.keep_side_file(self.fs.as_ref(), &file.path);
        let mut known = file.known();
        let merged = match known.as_ref() {
            Some(k) => guard::reconcile(self.fs.as_ref(), &file.path, k, session)?,
            None => None,
        };
        let written = merged.as_ref().map_or(session, |m| &m.session);
        let bytes = write_ron_with(self.fs.as_ref(), &file.path, written)?;
        *known = Some(guard::Known::of(&bytes, written.clone()));
        // A merge that brought nothing (the file held what was saved) is a plain save.
        Ok(merged.filter(|m| m.session != *session).map_or(Saved::Written, |m| Saved::Merged(Box::new(m))))
    }

    /// Take the lock of `path`, or learn who holds it.
    fn lock(&self, path: &Path) -> Result<SessionFile, StoreError> {
        // A linked session is opened to read only: saving through the link
        // would need the lock of the file it leads to, and saving over it
        // would turn the link into a copy.
        if let Ok(to) = fs::read_link(path) {
            let link = Some(path.parent().map_or(to.clone(), |dir| dir.join(&to)));
            return Ok(SessionFile {
                path: path.to_path_buf(),
                lock: None,
                holder: None,
                link,
                known: Mutex::new(None),
            });
        }
        let lock =
            lock::try_lock_with(self.fs.as_ref(), path).map_err(StoreError::io(path, IoAction::Locking))?;
        if lock.is_some() {
            leftovers::clean_session(path);
        }
        let holder = if lock.is_none() { lock::holder(path) } else { None };
        Ok(SessionFile { path: path.to_path_buf(), lock, holder, link: None, known: Mutex::new(None) })
    }

    /// Write a new session file next to its workshop's others and return its
    /// path and the lock; an existing file is never written over (a `-2`,
    /// `-3`… suffix is added instead).
    pub fn create(&self, session: &Session) -> Result<(PathBuf, SessionFile), StoreError> {
        let mut wanted =
            self.session_path(&session.workshop, session.planned_start.naive_local(), &session.title);
        // A workshop keeps the folder its first sessions went into, even
        // when its name now makes another slug (folding has changed).
        if let (Some(existing), Some(name)) = (self.workshop_folder(&session.workshop), wanted.file_name()) {
            wanted = self.root.join(existing).join(name);
        }
        // Parallel classes keep their sessions apart, a folder each.
        if let (Some(class), Some(dir), Some(name)) = (&session.class, wanted.parent(), wanted.file_name()) {
            wanted = dir.join(slug(class)).join(name);
        }
        let dir = wanted.parent().unwrap_or(&self.root).to_path_buf();
        fs::create_dir_all(&dir).map_err(StoreError::io(&dir, IoAction::CreatingTheFolder))?;
        let path = free_path(&wanted);
        let file = self.lock(&path)?;
        if path.exists() {
            return Err(StoreError::Exists { path });
        }
        self.save(&file, session)?;
        Ok((path, file))
    }

    pub fn templates_dir(&self) -> PathBuf {
        self.root.join(TEMPLATES)
    }

    pub fn rosters_dir(&self) -> PathBuf {
        self.root.join(ROSTERS)
    }

    /// A template by file path, or by name from `templates/` (with or without `.ron`).
    pub fn template(&self, name_or_path: &str) -> Result<(PathBuf, Template), StoreError> {
        let direct = PathBuf::from(name_or_path);
        let path = if direct.is_file() {
            direct
        } else {
            let stem = name_or_path.trim_end_matches(".ron");
            let by_name = [stem.to_string(), slug(stem)]
                .map(|s| self.templates_dir().join(format!("{s}.ron")))
                .into_iter()
                .find(|p| p.is_file());
            let Some(by_name) = by_name else {
                return Err(StoreError::UnknownTemplate {
                    name: name_or_path.to_string(),
                    dir: self.templates_dir(),
                    known: self.template_names().join(", "),
                });
            };
            by_name
        };
        let template = read_ron(&path)?;
        Ok((path, template))
    }

    /// Every template in `templates/`, in file-name order, each read or
    /// with why it could not be.
    pub fn templates(&self) -> Vec<(PathBuf, Result<Template, StoreError>)> {
        ron_stems(&self.templates_dir())
            .into_iter()
            .map(|stem| {
                let path = self.templates_dir().join(format!("{stem}.ron"));
                let template = read_ron(&path);
                (path, template)
            })
            .collect()
    }

    /// Keep a template as `templates/NAME.ron` (the name made file-safe).
    /// An existing template is replaced only when asked to.
    pub fn save_template(&self, template: &Template, replace: bool) -> Result<PathBuf, StoreError> {
        let dir = self.templates_dir();
        fs::create_dir_all(&dir).map_err(StoreError::io(&dir, IoAction::CreatingTheFolder))?;
        let path = dir.join(format!("{}.ron", slug(&template.name)));
        target::check(&path, &target::FileKind::Template, replace)?;
        write_ron(&path, template)?;
        Ok(path)
    }

    /// Write a roster file; an existing one is replaced only when asked to.
    pub fn save_roster(&self, path: &Path, roster: &RosterFile, replace: bool) -> Result<(), StoreError> {
        target::check(path, &target::FileKind::Roster, replace)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(StoreError::io(dir, IoAction::CreatingTheFolder))?;
        }
        write_ron(path, roster)
    }

    /// When and how large a file was last written, to notice a new save
    /// without reading it; `None` when it cannot be looked at.
    pub fn stamp(&self, path: &Path) -> Option<FileStamp> {
        let meta = fs::metadata(path).ok()?;
        Some(FileStamp { modified: meta.modified().ok(), len: meta.len() })
    }

    /// The bytes of a file handed to sigap, such as a spreadsheet's CSV export.
    pub fn read_bytes(&self, path: &Path) -> Result<Vec<u8>, StoreError> {
        self.fs.read(path).map_err(StoreError::io(path, IoAction::Reading))
    }

    /// Where the terminal app writes exports: `exports/` in the sessions folder.
    pub fn exports_dir(&self) -> PathBuf {
        self.root.join(EXPORTS)
    }

    /// Write an export (minutes, a sheet) atomically, making its folder; it
    /// replaces only an export of the same format.
    pub fn write_export(&self, path: &Path, text: &str) -> Result<(), StoreError> {
        self.write_export_bytes(path, text.as_bytes())
    }

    /// Write an export's bytes (a workbook, a Word file) as [`Store::write_export`] does.
    pub fn write_export_bytes(&self, path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
        target::check(path, &target::FileKind::export_at(path), true)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(StoreError::io(dir, IoAction::CreatingTheFolder))?;
        }
        atomic::write_atomic_with(self.fs.as_ref(), path, bytes)
            .map_err(StoreError::io(path, IoAction::Writing))
    }

    /// Names of the templates in `templates/`, sorted.
    pub fn template_names(&self) -> Vec<String> {
        ron_stems(&self.templates_dir())
    }

    /// File names of the rosters in `rosters/` (RON and CSV), sorted.
    pub fn roster_files(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.rosters_dir())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| {
                !n.starts_with('.') && (n.ends_with(".ron") || crate::import::is_spreadsheet(Path::new(n)))
            })
            .collect();
        names.sort();
        names
    }

    /// What the new-session form remembers; defaults when there is nothing
    /// (or nothing readable) yet, since it is only a convenience.
    pub fn prefs(&self) -> Prefs {
        read_ron(&self.root.join(PREFS)).unwrap_or_default()
    }

    pub fn save_prefs(&self, prefs: &Prefs) -> Result<(), StoreError> {
        fs::create_dir_all(&self.root).map_err(StoreError::io(&self.root, IoAction::CreatingTheFolder))?;
        write_ron_with(self.fs.as_ref(), &self.root.join(PREFS), prefs).map(drop)
    }

    pub fn read_roster(&self, path: &Path) -> Result<RosterFile, StoreError> {
        read_ron(path)
    }

    /// Every session in the folder, summarised, newest first within each
    /// workshop; unreadable files are listed with their error. Files
    /// unchanged since the last listing come from the cache.
    pub fn list(&self) -> Vec<ListEntry> {
        cache::summaries(&self.root)
    }

    /// Stream every readable session's texts, as [`Store::list`] orders
    /// them, through `wanted`, and the notes of those it wants to `found`;
    /// returns the files that could not be read. See [`note_index`].
    pub fn scan_notes(
        &self,
        wanted: impl FnMut(&note_index::SessionText) -> bool,
        found: impl FnMut(&note_index::SessionText, &note_index::NoteLines),
    ) -> Result<Vec<StoreError>, StoreError> {
        note_index::scan(&self.root, wanted, found)
    }
}

/// Read and decode any versioned RON file.
pub fn read_ron<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, StoreError> {
    let bytes = fs::read(path).map_err(StoreError::io(path, IoAction::Reading))?;
    format::decode_bytes(path, &bytes)
}

/// Encode and atomically write any value as RON.
pub fn write_ron<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    write_ron_with(&OsFileSystem, path, value).map(drop)
}

/// Encode and atomically write; the bytes written.
fn write_ron_with<T: serde::Serialize>(
    fs: &dyn FileSystem,
    path: &Path,
    value: &T,
) -> Result<Vec<u8>, StoreError> {
    let text = format::encode(value)
        .map_err(|e| StoreError::Encode { path: path.to_path_buf(), message: e.to_string() })?;
    atomic::write_atomic_with(fs, path, text.as_bytes()).map_err(StoreError::io(path, IoAction::Saving))?;
    Ok(text.into_bytes())
}

/// `wanted`, or the first of `wanted-2`, `wanted-3`… that does not exist yet.
fn free_path(wanted: &Path) -> PathBuf {
    let stem = wanted.file_stem().and_then(|s| s.to_str()).unwrap_or("session").to_string();
    (1..)
        .map(|n| if n == 1 { wanted.to_path_buf() } else { wanted.with_file_name(format!("{stem}-{n}.ron")) })
        .find(|p| !p.exists())
        .unwrap_or_else(|| wanted.to_path_buf())
}

fn ron_stems(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .collect();
    names.sort();
    names
}
