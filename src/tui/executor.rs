//! The app's one way to the disk: effects in, the runner's messages (as
//! [`Message`]s) out, in the manner of gitui's `asyncgit`. It owns the
//! [`Store`], the open session's file, the writer of saves, and the
//! polling of a followed file and of a lock held elsewhere; every read and
//! write goes through the store, so that a store made over a faulty file
//! system (the fault tests) meets everything the app really does.

mod jobs;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::app::App;
use super::effect::{Effect, OpenMode};
use super::message::Message;
use super::writer::Writer;
use crate::clock;
use crate::domain::{Session, Timestamp};
use crate::store::{FileStamp, ReadOnly, SessionFile, Store, StoreError};
use crate::text::Text;

pub use jobs::{copy_effect, export, home_list};

/// How often the lock of a session held by another sigap is tried again.
const LOCK_AGAIN_EVERY: Duration = Duration::from_secs(3);

/// How often a followed file is looked at: the projector shows a change
/// well within a second of the save.
pub const FOLLOW_EVERY: Duration = Duration::from_millis(250);

/// A session file followed for the projector clock.
struct Follow {
    path: PathBuf,
    stamp: Option<FileStamp>,
}

/// Carries out the app's effects and brings back what came of them.
pub struct Executor {
    store: Store,
    /// Where copies of unsaved work go when the file cannot be written.
    copies: Vec<PathBuf>,
    file: Option<Arc<SessionFile>>,
    loading: Option<Receiver<Message>>,
    opening: Option<Receiver<(Message, Option<SessionFile>)>>,
    writer: Writer,
    follow: Option<Follow>,
    /// When to try again for the lock of a session open read-only
    /// because another sigap holds it.
    lock_again_at: Instant,
    /// Each job finished before its effect is answered, on the caller's
    /// thread: for the driver of tests, whose steps must not race.
    in_place: bool,
    /// The ids of new sessions: counted from here, or from the clock's randomness.
    ids: Option<u64>,
}

impl Executor {
    /// An executor through `store` whose slow jobs (the list, opening, saves)
    /// run in the background; copies of unsaved work go into the first of
    /// `copies` that takes them.
    pub fn new(store: Store, copies: Vec<PathBuf>) -> Executor {
        Executor {
            writer: Writer::start(store.clone(), copies.clone()),
            store,
            copies,
            file: None,
            loading: None,
            opening: None,
            follow: None,
            lock_again_at: Instant::now() + LOCK_AGAIN_EVERY,
            in_place: false,
            ids: None,
        }
    }

    /// An executor that answers every effect before it returns, with ids
    /// of new sessions counted from `ids`: the same app, step by step.
    pub fn in_place(store: Store, copies: Vec<PathBuf>, ids: u64) -> Executor {
        Executor { in_place: true, ids: Some(ids), ..Executor::new(store, copies) }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The open session's file, when one is open to run.
    pub fn file(&self) -> Option<&SessionFile> {
        self.file.as_deref()
    }

    /// Whether something is on its way back from another thread.
    pub fn waiting(&self) -> bool {
        self.loading.is_some() || self.opening.is_some() || self.writer.busy()
    }

    /// Whether a file is followed for the projector clock.
    pub fn following(&self) -> bool {
        self.follow.is_some()
    }

    /// The newest snapshot of the session, when it could be neither saved
    /// nor copied anywhere: the last resort is to print it.
    pub fn take_lost(&mut self) -> Option<Box<Session>> {
        self.writer.lost.take()
    }

    /// Open a session to run at once, before the first frame: the answer,
    /// and the offer of a copy of unsaved work when there is one.
    pub fn open_now(&mut self, path: &Path, t: &'static Text) -> (Message, Option<Message>) {
        let (action, file) = jobs::open(&self.store, path, OpenMode::Run, None, t);
        self.file = file.map(Arc::new);
        let offer = jobs::copy_offer(&self.store, &self.copies, &action);
        (action, offer)
    }

    /// Follow a session file for the projector clock, read now and again
    /// whenever it changes.
    pub fn follow(&mut self, path: &Path, t: &'static Text) -> Message {
        self.follow = Some(Follow { stamp: self.store.stamp(path), path: path.to_path_buf() });
        jobs::open(&self.store, path, OpenMode::Follow, None, t).0
    }

    /// The answer of the newest save, once written. First among the
    /// messages of a turn: a merge from disk must be taken in before any
    /// key changes the session.
    pub fn saved(&mut self, t: &Text) -> Option<Message> {
        self.writer.finished(t, false)
    }

    /// Wait for the saves handed over and bring back their answer.
    pub fn finish_saves(&mut self, t: &Text) -> Option<Message> {
        self.writer.finished(t, true)
    }

    /// Whatever else came back since the last look: the list, a session
    /// opened, the lock taken again, a followed file read again.
    pub fn poll(&mut self, app: &App) -> Vec<Message> {
        let mut actions = Vec::new();
        while let Some(rx) = self.loading.as_ref() {
            match rx.try_recv() {
                Ok(message) => actions.push(message),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => self.loading = None,
            }
        }
        if let Some((action, file)) = self.opening.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.opening = None;
            self.file = file.map(Arc::new);
            let offer = jobs::copy_offer(&self.store, &self.copies, &action);
            actions.push(action);
            actions.extend(offer);
        }
        actions.extend(self.lock_again(app));
        actions.extend(self.reread_followed(app.text()));
        actions
    }

    /// Now and then, while the open session is read-only because another
    /// sigap holds its lock, try for the lock again: that sigap may have quit.
    fn lock_again(&mut self, app: &App) -> Option<Message> {
        if Instant::now() < self.lock_again_at {
            return None;
        }
        self.lock_again_at = Instant::now() + LOCK_AGAIN_EVERY;
        let file = self.file.as_ref()?;
        let run = app.run()?;
        if file.read_only() != Some(ReadOnly::Locked) || run.read_only.is_none() || run.path != file.path() {
            return None;
        }
        // Read again with the lock: the other sigap may have saved on its way out.
        let (session, file) = self.store.open(file.path()).ok()?;
        if file.read_only().is_some() {
            return None;
        }
        self.file = Some(Arc::new(file));
        Some(Message::NowWriter(Box::new(session)))
    }

    /// The followed file read again, when it changed.
    fn reread_followed(&mut self, t: &Text) -> Option<Message> {
        let follow = self.follow.as_mut()?;
        let stamp = self.store.stamp(&follow.path);
        if stamp == follow.stamp {
            return None;
        }
        follow.stamp = stamp;
        // Read without the lock: the facilitator's sigap keeps writing.
        Some(match self.store.read(&follow.path) {
            Ok(session) => Message::Reloaded(Box::new(session)),
            Err(e) => Message::ReloadFailed((t.store_error)(&e)),
        })
    }

    /// Carry out an effect, feeding what comes of it back to the app (and
    /// carrying out what that asks for in turn); true to quit.
    pub fn carry_out(&mut self, effect: Effect, app: &mut App, now: &dyn Fn() -> Timestamp) -> bool {
        self.carry_out_watching(effect, app, now, &mut |_| {})
    }

    /// [`Executor::carry_out`], showing `watch` every answer before the app has it.
    pub fn carry_out_watching(
        &mut self,
        effect: Effect,
        app: &mut App,
        now: &dyn Fn() -> Timestamp,
        watch: &mut dyn FnMut(&Message),
    ) -> bool {
        // Whatever comes next may let go of the session's lock: the saves
        // handed over must be on disk first, and their answer (a merge from
        // disk above all) taken in even when quitting.
        if !matches!(effect, Effect::Save)
            && let Some(action) = self.writer.finished(app.text(), true)
            && let Some(next) = app.update(action, now())
            && !matches!(effect, Effect::Quit)
            && self.carry_out_watching(next, app, now, watch)
        {
            return true;
        }
        if matches!(effect, Effect::Quit) {
            if app.needs_save() {
                let _ = self.save(app);
            }
            return true;
        }
        for action in self.perform(effect, app, now()) {
            watch(&action);
            if let Some(next) = app.update(action, now())
                && self.carry_out_watching(next, app, now, watch)
            {
                return true;
            }
        }
        false
    }

    /// Start an effect (other than quitting); what it answers at once.
    fn perform(&mut self, effect: Effect, app: &App, now: Timestamp) -> Vec<Message> {
        let t = app.text();
        let answer = match effect {
            Effect::Quit => None,
            Effect::Save => self.save_in_background(app),
            Effect::LoadList => {
                self.file = None;
                return self.load_list(t);
            }
            Effect::Open { path, mode, note } => {
                self.file = None;
                return self.open(path, mode, note, t);
            }
            Effect::LoadReport(workshop) => {
                self.file = None;
                Some(jobs::load_report(&self.store, &workshop, t))
            }
            Effect::Create(spec) => {
                let random = self.ids.as_mut().map_or_else(clock::random, |n| {
                    *n += 1;
                    *n
                });
                let (action, file) = jobs::create_session(&self.store, &spec, now, random, t);
                if let Some(file) = file {
                    self.file = Some(Arc::new(file));
                }
                Some(action)
            }
            Effect::Export { session, path } => Some(export(&session, &path, &self.store, t)),
            Effect::Copy { path, merge } => Some(copy_effect(&path, merge, app, &self.store)),
            Effect::RememberHelpSeen => {
                // A hint shown once more is no loss worth an error.
                let _ = self.store.remember_help_seen();
                None
            }
        };
        answer.into_iter().collect()
    }

    /// Read the session list: the list first, from its cache in a blink;
    /// the notes for search as you type follow.
    fn load_list(&mut self, t: &'static Text) -> Vec<Message> {
        let store = self.store.clone();
        if self.in_place {
            let mut data = home_list(&store, t);
            let first = Message::ListLoaded(data.clone());
            data.corpus = jobs::home_corpus(&store);
            return vec![first, Message::ListLoaded(data)];
        }
        // Thousands of files take a moment: read them without freezing the screen.
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let progress = jobs::ListProgress { to_app: tx.clone(), total: Default::default() };
            let mut data = jobs::home_list_with(&store, t, &progress);
            if tx.send(Message::ListLoaded(data.clone())).is_ok() {
                data.corpus = jobs::home_corpus(&store);
                let _ = tx.send(Message::ListLoaded(data));
            }
        });
        self.loading = Some(rx);
        Vec::new()
    }

    /// Open a session; a session of thousands of notes takes a moment to
    /// read, so the screen keeps being drawn meanwhile.
    fn open(
        &mut self,
        path: PathBuf,
        mode: OpenMode,
        note: Option<crate::domain::NoteId>,
        t: &'static Text,
    ) -> Vec<Message> {
        let store = self.store.clone();
        if self.in_place {
            let (action, file) = jobs::open(&store, &path, mode, note, t);
            self.file = file.map(Arc::new);
            let offer = jobs::copy_offer(&store, &self.copies, &action);
            return [Some(action), offer].into_iter().flatten().collect();
        }
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(jobs::open(&store, &path, mode, note, t));
        });
        self.opening = Some(rx);
        Vec::new()
    }

    /// Hand the session to the writer; refusals (nothing open, read-only) are
    /// answered at once, as a save in place would.
    fn save_in_background(&mut self, app: &App) -> Option<Message> {
        let (Some(run), Some(file)) = (app.run(), self.file.as_ref()) else {
            return Some(Message::SaveFailed(app.text().no_file_open.to_string()));
        };
        if let Some(reason) = file.read_only() {
            let e = StoreError::ReadOnly { path: file.path().to_path_buf(), reason };
            return Some(Message::SaveFailed((app.text().store_error)(&e)));
        }
        if self.writer.save(file, &run.session) {
            // In place, the answer comes before the next step.
            return if self.in_place { self.writer.finished(app.text(), true) } else { None };
        }
        // The writer is gone (it never should be): write here instead.
        Some(self.save(app))
    }

    /// Save now and wait for the answer: through the writer, so that a merge
    /// from disk it has not yet passed on is not written over.
    fn save(&mut self, app: &App) -> Message {
        let (Some(run), Some(file)) = (app.run(), self.file.as_ref()) else {
            return Message::SaveFailed(app.text().no_file_open.to_string());
        };
        if self.writer.save(file, &run.session)
            && let Some(action) = self.writer.finished(app.text(), true)
        {
            return action;
        }
        match self.store.save(file, &run.session) {
            Ok(_) => Message::Saved,
            Err(e) => Message::SaveFailed((app.text().store_error)(&e)),
        }
    }
}
