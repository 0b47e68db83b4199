//! The jobs themselves: each reads or writes through the [`Store`] and
//! answers with the message the app takes in.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::create::{self, SessionSpec, StartsAt};
use crate::domain::merge::merge;
use crate::domain::{NoteId, Timestamp};
use crate::fold::slug;
use crate::search::Corpus;
use crate::store::guard::brought;
use crate::store::listing::{ReadProgress, Unwatched};
use crate::store::target::TargetProblem;
use crate::store::{Brought, ReadOnly, SessionFile, Store, WorkshopMatch};
use crate::text::Text;
use crate::tui::app::App;
use crate::tui::effect::{NewSessionSpec, OpenMode};
use crate::tui::message::{CopyNews, FromDisk, HomeData, HomeRow, Message, OpenedSession, ReportData};

/// Open a session: to run, taking the lock; to review, only reading it.
/// The lock, if taken, comes back with the answer.
pub(super) fn open(
    store: &Store,
    path: &Path,
    mode: OpenMode,
    note: Option<NoteId>,
    t: &Text,
) -> (Message, Option<SessionFile>) {
    let mut lock = None;
    let mut notice = None;
    let opened = match mode {
        OpenMode::Run => store.open(path).map(|(session, file)| {
            if file.lock_side_file_only() {
                notice = Some(t.disk.lock_side_file_only.to_string());
            }
            let read_only = file.read_only().map(|reason| match (reason, file.holder()) {
                (ReadOnly::Link(to), _) => (t.safety.problem)(&TargetProblem::Link { to }),
                (ReadOnly::Locked, Some(holder)) => {
                    // In the session's own time, as its header shows, not the holder's.
                    let since = holder.since.with_timezone(session.planned_start.offset());
                    (t.locked_by)(&crate::store::Holder { since, ..holder.clone() })
                }
                (ReadOnly::Locked, None) => t.locked.to_string(),
            });
            lock = Some(file);
            (session, read_only)
        }),
        OpenMode::Review | OpenMode::Follow => store.read(path).map(|session| (session, None)),
    };
    let action = match opened {
        Ok((session, read_only)) => Message::Opened(Box::new(OpenedSession {
            path: path.to_path_buf(),
            session,
            read_only,
            notice,
            mode,
            note,
        })),
        Err(e) => Message::OpenFailed((t.store_error)(&e)),
    };
    (action, lock)
}

/// A copy of unsaved work, in one of `copies`, for the file just opened to
/// run: offered, never silently ignored.
pub(super) fn copy_offer(store: &Store, copies: &[PathBuf], action: &Message) -> Option<Message> {
    let Message::Opened(opened) = action else { return None };
    if opened.mode != OpenMode::Run || opened.read_only.is_some() {
        return None;
    }
    let found = store.unsaved_copy_for(copies, &opened.path, &opened.session.id)?;
    // A copy that cannot be read is offered all the same, to be set aside.
    let (brought, readable) = match store.read(&found.path) {
        Ok(kept) => (brought(&opened.session, &kept), true),
        Err(_) => (Brought::default(), false),
    };
    // A copy older than the file and holding nothing the file lacks is work
    // that reached the file after all; anything else is offered.
    let holds_work = brought.notes + brought.marks + brought.marks_replaced > 0;
    if readable && !found.newer && !holds_work {
        return None;
    }
    Some(Message::Copy(CopyNews::Found { path: found.path, brought, old_name: found.old_name }))
}

/// Merge a copy of unsaved work into the open session, or set it aside.
pub fn copy_effect(path: &Path, merge_it: bool, app: &App, store: &Store) -> Message {
    let t = app.text();
    if !merge_it {
        return match store.set_aside_copy(path) {
            Ok(to) => Message::Copy(CopyNews::SetAside(to)),
            Err(e) => Message::OpenFailed((t.store_error)(&e)),
        };
    }
    let Some(run) = app.run() else { return Message::OpenFailed(t.no_file_open.to_string()) };
    let kept = match store.read(path) {
        Ok(kept) => kept,
        Err(e) => return Message::OpenFailed((t.store_error)(&e)),
    };
    // No common ancestor is known: whatever either has is kept.
    match merge(&run.session, &kept) {
        Ok(merged) => {
            let brought =
                Brought { conflicts: merged.conflicts().count(), ..brought(&run.session, &merged.session) };
            let snapshot = run.session.clone();
            Message::Copy(CopyNews::Merged(Box::new(FromDisk { snapshot, merged: merged.session, brought })))
        }
        Err(_) => Message::OpenFailed(t.disk.copy_unreadable.to_string()),
    }
}

/// Write the exports people ask for after a session into `exports/`.
pub fn export(session: &crate::domain::Session, path: &Path, store: &Store, t: &Text) -> Message {
    match crate::export::files::for_people(store, session, path, t.executor.export_stem, t) {
        Ok(written) => Message::Exported(written),
        Err(e) => Message::ExportFailed((t.store_error)(&e)),
    }
}

/// Everything the home screen shows but the notes, read from the sessions folder.
pub fn home_list(store: &Store, t: &Text) -> HomeData {
    home_list_with(store, t, &Unwatched)
}

/// [`home_list`], telling `progress` how far a first reading has got.
pub(super) fn home_list_with(store: &Store, t: &Text, progress: &dyn ReadProgress) -> HomeData {
    let prefs = store.prefs();
    let rows = crate::store::cache::summaries_with(store.root(), progress)
        .into_iter()
        .map(|e| HomeRow { path: e.path, summary: e.summary.map_err(|err| (t.store_error)(&err)) })
        .collect();
    HomeData {
        rows,
        corpus: Corpus::default(),
        templates: store.template_names(),
        rosters: store.roster_files(),
        last_template: prefs.last_template,
        last_roster: prefs.last_roster,
        missing_folder: (!store.root().exists()).then(|| store.root().to_path_buf()),
    }
}

/// How many sessions are read between two words to the app about it.
const PROGRESS_EVERY: usize = 100;

/// Tells the app, through the list job's channel, how far a first reading
/// of the folder has got: every hundred sessions, so that a slow folder
/// never floods the loop.
pub(super) struct ListProgress {
    pub(super) to_app: mpsc::Sender<Message>,
    pub(super) total: AtomicUsize,
}

impl ReadProgress for ListProgress {
    fn reading(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        let _ = self.to_app.send(Message::ListProgress { done: 0, total });
    }

    fn read(&self, done: usize) {
        if done.is_multiple_of(PROGRESS_EVERY) {
            let total = self.total.load(Ordering::Relaxed);
            let _ = self.to_app.send(Message::ListProgress { done, total });
        }
    }
}

/// Every note of the folder, for search as you type on the home screen.
pub(super) fn home_corpus(store: &Store) -> Corpus {
    let mut corpus = Corpus::default();
    // Without the notes, only search as you type is lost; the list still shows.
    let _ = store.scan_notes(|_| true, |s, notes| corpus.add_indexed(s, notes));
    corpus
}

/// Every readable session of a workshop (by name or folder name).
pub(super) fn load_report(store: &Store, workshop: &str, t: &Text) -> Message {
    // The app names a workshop of its list: only its very folder will do.
    let folder = match store.match_workshop(workshop) {
        WorkshopMatch::Exact(key) => key,
        _ => slug(workshop),
    };
    let (sessions, errors) = store.read_workshop(&folder);
    let sessions = sessions.into_iter().map(|(_, s)| s).collect();
    let skipped = errors.iter().map(|e| (t.store_error)(e)).collect();
    Message::ReportLoaded(Box::new(ReportData { workshop: workshop.to_string(), sessions, skipped }))
}

/// Create a session as the form asks, remembering its choices: opened to
/// run, with its lock.
pub(super) fn create_session(
    store: &Store,
    spec: &NewSessionSpec,
    now: Timestamp,
    random: u64,
    t: &Text,
) -> (Message, Option<SessionFile>) {
    let session_spec = SessionSpec {
        workshop: spec.workshop.clone(),
        title: spec.title.clone(),
        template: spec.template.clone(),
        roster: spec.roster.clone().map(PathBuf::from),
        remember: true,
        ..SessionSpec::default()
    };
    let starts = StartsAt { date: spec.date, time: spec.start, utc_offset: None };
    match create::new_session(store, &session_spec, &starts, now, random) {
        Ok(created) => {
            let notice = Some((t.executor.created)(&created.path, created.released_line(t).as_deref()));
            let opened = OpenedSession { notice, ..OpenedSession::to_run(created.path, created.session) };
            (Message::Opened(Box::new(opened)), Some(created.file))
        }
        Err(e) => (Message::OpenFailed(t.command_error(&crate::commands::CommandError::Create(e))), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock;
    use crate::domain::Session;

    #[test]
    fn who_holds_a_session_is_said_with_the_time_in_the_sessions_offset() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
        let (path, _held) = store.create(&Session::new("s1", "Bimtek", "Hari 1", start)).unwrap();
        let before = clock::now().with_timezone(start.offset()).format("%H:%M").to_string();
        let (action, _) = open(&store, &path, OpenMode::Run, None, &crate::text::EN);
        let after = clock::now().with_timezone(start.offset()).format("%H:%M").to_string();
        let Message::Opened(opened) = action else { panic!("not opened") };
        let said = opened.read_only.unwrap();
        assert!(
            said.ends_with(&format!("since {before}")) || said.ends_with(&format!("since {after}")),
            "{said}"
        );
    }
}
