//! Saves written on a thread of their own, so that a keypress never waits
//! for the disk: each save hands over a snapshot of the session, the newest
//! snapshot waiting replaces older ones, and the app hears "saved" only once
//! the newest snapshot asked for is on disk (a failure of it is passed on
//! the same way). Every write goes through the [`Store`], so that its file
//! operations, its check for changes made by other programs and its merge
//! are those the fault tests exercise.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use super::message::{FromDisk, Message};
use crate::domain::Session;
use crate::domain::merge::merge3;
use crate::store::guard::brought;
use crate::store::{Brought, SessionFile, Store, StoreError, emergency};
use crate::text::Text;

/// One snapshot to write.
struct Job {
    n: u64,
    /// How many merges from disk the app had taken in when it made the snapshot.
    epoch: u64,
    file: Arc<SessionFile>,
    session: Box<Session>,
}

/// What came of writing the newest snapshot.
type Done = (u64, Result<Option<Box<FromDisk>>, Box<Failure>>);

/// A write that failed: why, where the copy of the snapshot went when one
/// was made (`Some(None)`: none could be), and what is not on disk.
#[derive(Debug)]
pub struct Failure {
    pub error: StoreError,
    pub copy: Option<Option<PathBuf>>,
    pub at_risk: Brought,
    pub session: Box<Session>,
}

/// The app's side of the writing thread.
pub struct Writer {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// The number of the last snapshot handed over, and of the last written.
    asked: u64,
    written: u64,
    epoch: u64,
    /// The newest snapshot, when it could be neither saved nor copied anywhere.
    pub lost: Option<Box<Session>>,
}

/// A merge written to disk that the app has not taken in yet: snapshots it
/// hands over meanwhile lack what came from disk, and are merged again.
struct Carried {
    epoch: u64,
    snapshot: Session,
    written: Session,
}

impl Writer {
    /// A writer through `store`, whose copies of unsaved work (when the
    /// file cannot be written) go into the first of `copies` that takes them.
    pub fn start(store: Store, copies: Vec<PathBuf>) -> Writer {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (report, done) = mpsc::channel();
        std::thread::spawn(move || {
            let mut carried = None;
            while let Ok(mut job) = inbox.recv() {
                // Only the newest snapshot is worth writing.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let written = write(&store, &job, &mut carried, &copies);
                if report.send((job.n, written)).is_err() {
                    break;
                }
            }
        });
        Writer { jobs, done, asked: 0, written: 0, epoch: 0, lost: None }
    }

    pub fn busy(&self) -> bool {
        self.written < self.asked
    }

    /// Hand a snapshot over; false if the thread is gone.
    pub fn save(&mut self, file: &Arc<SessionFile>, session: &Session) -> bool {
        self.asked += 1;
        let job = Job {
            n: self.asked,
            epoch: self.epoch,
            file: Arc::clone(file),
            session: Box::new(session.clone()),
        };
        self.jobs.send(job).is_ok()
    }

    /// The app's answer for a finished write, if it was of the newest
    /// snapshot. An answer of a merge must reach the app before any other
    /// action: the snapshots it hands over after count it as taken in.
    pub fn finished(&mut self, t: &Text, wait: bool) -> Option<Message> {
        while self.busy() {
            let (n, result) = if wait { self.done.recv().ok()? } else { self.done.try_recv().ok()? };
            self.written = n;
            if n == self.asked {
                self.lost = None;
                return Some(match result {
                    Ok(None) => Message::Saved,
                    Ok(Some(from_disk)) => {
                        self.epoch += 1;
                        Message::MergedFromDisk(from_disk)
                    }
                    Err(failure) => {
                        let words = failure_words(&failure, t);
                        if failure.copy == Some(None) {
                            self.lost = Some(failure.session);
                        }
                        Message::SaveFailed(words)
                    }
                });
            }
        }
        None
    }
}

/// Write one snapshot through the store, merged with what came from disk
/// earlier when the app has not taken that in yet.
fn write(
    store: &Store,
    job: &Job,
    carried: &mut Option<Carried>,
    copies: &[PathBuf],
) -> Result<Option<Box<FromDisk>>, Box<Failure>> {
    let pending = carried.as_ref().filter(|c| c.epoch == job.epoch);
    let ours = match pending.map(|c| merge3(&c.snapshot, &job.session, &c.written)) {
        Some(Ok(merged)) => merged.session,
        _ => (*job.session).clone(),
    };
    match store.save(&job.file, &ours) {
        Ok(saved) => {
            let (written, conflicts) = match saved {
                crate::store::Saved::Written => (ours, 0),
                crate::store::Saved::Merged(m) => {
                    let conflicts = m.conflicts().count();
                    (m.session, conflicts)
                }
            };
            if written == *job.session {
                *carried = None;
                return Ok(None);
            }
            let brought = Brought { conflicts, ..brought(&job.session, &written) };
            *carried = Some(Carried {
                epoch: job.epoch,
                snapshot: (*job.session).clone(),
                written: written.clone(),
            });
            Ok(Some(Box::new(FromDisk { snapshot: (*job.session).clone(), merged: written, brought })))
        }
        Err(error) => {
            let keep = error.trouble().is_some() || matches!(error, StoreError::ChangedOnDisk { .. });
            let copy = keep.then(|| store.keep_unsaved_copy(copies, job.file.path(), &job.session));
            let at_risk = job.file.base().map(|base| brought(&base, &job.session)).unwrap_or_default();
            Err(Box::new(Failure { error, copy, at_risk, session: job.session.clone() }))
        }
    }
}

/// Why a save failed, in plain words: the storage's trouble or the store's
/// own message, then where the copy went, or what would be lost without one.
pub fn failure_words(failure: &Failure, t: &Text) -> String {
    let e = &failure.error;
    let head = match e.trouble() {
        Some(trouble) => (t.trouble)(trouble).to_string(),
        None => (t.store_error)(e),
    };
    match &failure.copy {
        None => head,
        Some(Some(copy)) => format!("{head}; {}", (t.emergency_copy)(copy)),
        Some(None) => format!(
            "{head}; {}; {}",
            t.no_emergency_copy,
            (t.disk.at_risk)(failure.at_risk, failure.session.draft.is_some())
        ),
    }
}

/// Where copies of unsaved work may go, in order: the user's state folder,
/// the system's temporary folder, the home folder.
pub fn copies_dirs() -> Vec<PathBuf> {
    emergency::copies_dirs()
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::path::Path;

    use super::*;
    use crate::store::Trouble;
    use crate::text::{EN, Lang};

    fn session(title: &str) -> Session {
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        Session::new("s1", "Bimtek", title, start)
    }

    fn failure(kind: io::ErrorKind, path: &Path, copy: Option<Option<PathBuf>>) -> Failure {
        let source = io::Error::from(kind);
        let error =
            StoreError::Io { path: path.to_path_buf(), action: crate::store::IoAction::Saving, source };
        Failure {
            error,
            copy,
            at_risk: Brought { notes: 1, marks: 2, conflicts: 0, marks_replaced: 0 },
            session: Box::new(session("S")),
        }
    }

    #[test]
    fn storage_trouble_is_said_in_plain_words_with_where_the_copy_went() {
        let path = Path::new("/s/bimtek/2017-05-08-0745-hari-1.ron");
        let copy = PathBuf::from("/state/emergency/bimtek--2017-05-08-0745-hari-1.ron");
        let troubles = [
            (io::ErrorKind::StorageFull, Trouble::DiskFull),
            (io::ErrorKind::ReadOnlyFilesystem, Trouble::ReadOnlyFolder),
            (io::ErrorKind::PermissionDenied, Trouble::PermissionDenied),
            (io::ErrorKind::NotFound, Trouble::FolderGone),
        ];
        for lang in [Lang::En, Lang::Id] {
            let t = lang.text();
            for (kind, trouble) in troubles {
                let message = failure_words(&failure(kind, path, Some(Some(copy.clone()))), t);
                assert!(message.starts_with((t.trouble)(trouble)), "{lang:?}: {message}");
                assert!(message.contains(&(t.emergency_copy)(&copy)), "{lang:?}: {message}");
            }
        }
        // Any other failure is the store's own message.
        let other = failure(io::ErrorKind::Other, path, None);
        assert_eq!(failure_words(&other, &EN), other.error.to_string());
    }

    #[test]
    fn with_nowhere_for_a_copy_the_words_say_what_would_be_lost() {
        let message =
            failure_words(&failure(io::ErrorKind::StorageFull, Path::new("/s/w/s.ron"), Some(None)), &EN);
        assert!(message.contains(EN.no_emergency_copy), "{message}");
        assert!(message.ends_with("would be lost: 2 marks, 1 note"), "{message}");
    }

    fn opened(dir: &Path, title: &str) -> (Store, Arc<SessionFile>) {
        let store = Store::new(dir);
        let (path, _) = store.create(&session(title)).unwrap();
        let (_, file) = store.open(&path).unwrap();
        (store, Arc::new(file))
    }

    #[test]
    fn the_writer_says_saved_only_for_the_newest_snapshot_once_it_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let (store, file) = opened(dir.path(), "Hari 0");
        let mut writer = Writer::start(store.clone(), vec![dir.path().join("copies")]);
        assert!(!writer.busy());
        for n in 1..=20 {
            assert!(writer.save(&file, &session(&format!("Hari {n}"))));
        }
        assert!(writer.busy());
        assert_eq!(writer.finished(&EN, true), Some(Message::Saved));
        assert!(!writer.busy());
        assert_eq!(store.read(file.path()).unwrap().title, "Hari 20");
        // Nothing more to hear once everything is written.
        assert_eq!(writer.finished(&EN, true), None);
    }

    #[test]
    fn a_failed_write_of_the_newest_snapshot_is_reported_and_copied() {
        let dir = tempfile::tempdir().unwrap();
        let sessions = tempfile::tempdir_in(dir.path()).unwrap();
        let (store, file) = opened(sessions.path(), "Hari 1");
        sessions.close().unwrap();
        let copies = dir.path().join("copies");
        let mut writer = Writer::start(store.clone(), vec![copies.clone()]);
        writer.save(&file, &session("Hari 1b"));
        assert!(matches!(writer.finished(&EN, true), Some(Message::SaveFailed(m)) if m.contains("hari-1")));
        // The file is gone: the snapshot was copied aside.
        let copy = emergency::copy_path(&copies, file.path());
        assert_eq!(store.read(&copy).unwrap().title, "Hari 1b");
        assert!(writer.lost.is_none());
    }

    #[test]
    fn snapshots_handed_over_before_a_merge_was_taken_in_keep_what_came_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        let (store, file) = opened(dir.path(), "Hari 1");
        let mut writer = Writer::start(store.clone(), vec![dir.path().join("copies")]);
        let base = store.read(file.path()).unwrap();
        let mut theirs = base.clone();
        theirs.venue = "Aula".into();
        // Another program writes the file.
        let bytes = crate::store::format::encode(&theirs).unwrap();
        crate::store::atomic::write_atomic(file.path(), bytes.as_bytes()).unwrap();
        let mut ours = base.clone();
        ours.facilitators.push("Ratna".into());
        writer.save(&file, &ours);
        // A second snapshot, made before the app heard of the merge.
        ours.facilitators.push("Agus".into());
        writer.save(&file, &ours);
        let Some(Message::MergedFromDisk(from)) = writer.finished(&EN, true) else { panic!("no merge") };
        assert_eq!(from.merged.venue, "Aula");
        let on_disk = store.read(file.path()).unwrap();
        assert_eq!((on_disk.venue.as_str(), on_disk.facilitators.len()), ("Aula", 2));
    }
}
