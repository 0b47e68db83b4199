//! The loop that joins the app to the world: the terminal, the clock, the
//! store and the system's signals. The only part of the app with I/O.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use anyhow::Result;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use ratatui::DefaultTerminal;

use super::action::{Action, Effect, HomeData, HomeRow, NewSessionSpec, OpenMode, OpenedSession, ReportData};
use super::app::App;
use super::keymap;
use super::view::render;
use crate::clock;
use crate::create::{CreateError, SessionSpec, create};
use crate::domain::NoteId;
use crate::domain::Session;
use crate::fold::slug;
use crate::search::Corpus;
use crate::store::{Prefs, SessionFile, Store, StoreError, write_ron};
use crate::text::{Lang, Text};

/// Where the app starts.
pub enum Start {
    Home,
    Session(PathBuf),
}

/// The runner's hold on the disk: the store, the open session's lock, the
/// session list or the session being read in the background, and the writer
/// of saves.
struct Disk {
    store: Store,
    file: Option<SessionFile>,
    loading: Option<Receiver<HomeData>>,
    opening: Option<Receiver<(Action, Option<SessionFile>)>>,
    writer: Writer,
}

impl Disk {
    /// Whether something is on its way back from another thread.
    fn waiting(&self) -> bool {
        self.loading.is_some() || self.opening.is_some() || self.writer.busy()
    }
}

/// Saves written on a thread of their own, so that a keypress never waits
/// for the disk: each save hands over a snapshot of the session, the newest
/// snapshot waiting replaces older ones, and the app hears "saved" only once
/// the newest snapshot asked for is on disk (a failure of it is passed on
/// the same way). Writes stay atomic: the thread uses the same atomic write.
struct Writer {
    jobs: mpsc::Sender<(u64, PathBuf, Box<Session>)>,
    done: Receiver<(u64, Result<(), StoreError>)>,
    /// The number of the last snapshot handed over, and of the last written.
    asked: u64,
    written: u64,
}

impl Writer {
    fn start() -> Writer {
        let (jobs, inbox) = mpsc::channel::<(u64, PathBuf, Box<Session>)>();
        let (report, done) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                // Only the newest snapshot is worth writing.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let (n, path, session) = job;
                if report.send((n, write_ron(&path, &*session))).is_err() {
                    break;
                }
            }
        });
        Writer { jobs, done, asked: 0, written: 0 }
    }

    fn busy(&self) -> bool {
        self.written < self.asked
    }

    /// Hand a snapshot over; false if the thread is gone.
    fn save(&mut self, path: &Path, session: &Session) -> bool {
        self.asked += 1;
        self.jobs.send((self.asked, path.to_path_buf(), Box::new(session.clone()))).is_ok()
    }

    /// The app's answer for a finished write, if it was of the newest snapshot.
    fn finished(&mut self, t: &Text, wait: bool) -> Option<Action> {
        while self.busy() {
            let (n, result) = if wait { self.done.recv().ok()? } else { self.done.try_recv().ok()? };
            self.written = n;
            if n == self.asked {
                return Some(match result {
                    Ok(()) => Action::Saved,
                    Err(e) => Action::SaveFailed((t.store_error)(&e)),
                });
            }
        }
        None
    }
}

/// Run the terminal app until the person quits or the system asks it to stop.
pub fn run(store: Store, lang: Lang, start: Start) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    let signals = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP];
    #[cfg(not(unix))]
    let signals = [signal_hook::consts::SIGTERM];
    for signal in signals {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // ratatui::init restores the terminal on panic as well as on return.
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, store, lang, start, &stop);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    store: Store,
    lang: Lang,
    start: Start,
    stop: &AtomicBool,
) -> Result<()> {
    let mut app = App::new(lang, clock::now(), clock::random());
    let mut disk = Disk { store, file: None, loading: None, opening: None, writer: Writer::start() };
    let first = match start {
        Start::Home => Some(Effect::LoadList),
        Start::Session(path) => {
            // Read before the first frame, so that the run view is the first thing shown.
            let (action, file) = open(&disk.store, &path, OpenMode::Run, None, app.text());
            disk.file = file;
            app.update(action, clock::now())
        }
    };
    if let Some(effect) = first
        && carry_out(effect, &mut app, &mut disk)
    {
        return Ok(());
    }
    let mut next_tick = Instant::now();
    loop {
        let actions = match next_actions(terminal, &app, &mut disk, stop, &mut next_tick) {
            Ok(actions) => actions,
            Err(e) => {
                // The terminal failed under us: keep what was typed, then report.
                if let Some(effect) = app.update(Action::Shutdown, clock::now()) {
                    carry_out(effect, &mut app, &mut disk);
                }
                return Err(e.into());
            }
        };
        for action in actions {
            if let Some(effect) = app.update(action, clock::now())
                && carry_out(effect, &mut app, &mut disk)
            {
                return Ok(());
            }
        }
    }
}

/// Draw, then wait for a key, the next second, the session list or a stop.
fn next_actions(
    terminal: &mut DefaultTerminal,
    app: &App,
    disk: &mut Disk,
    stop: &AtomicBool,
    next_tick: &mut Instant,
) -> io::Result<Vec<Action>> {
    terminal.draw(|frame| render(app, frame))?;
    // While the list, a session or a save is on its way, look for it often.
    let most = if disk.waiting() { Duration::from_millis(20) } else { Duration::from_secs(1) };
    let wait = next_tick.saturating_duration_since(Instant::now()).min(most);
    let action = if event::poll(wait)? { keymap::from_event(&app.contexts(), event::read()?) } else { None };
    let mut actions: Vec<Action> = action.into_iter().collect();
    // The clock ticks on the second even while keys keep coming.
    if Instant::now() >= *next_tick {
        actions.push(Action::Tick);
        let into_second = u64::from(chrono::Local::now().timestamp_subsec_millis().min(999));
        *next_tick = Instant::now() + Duration::from_millis(1000 - into_second);
    }
    if let Some(rx) = disk.loading.as_ref() {
        match rx.try_recv() {
            Ok(data) => actions.push(Action::ListLoaded(data)),
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => disk.loading = None,
        }
    }
    if let Some((action, file)) = disk.opening.as_ref().and_then(|rx| rx.try_recv().ok()) {
        disk.opening = None;
        disk.file = file;
        actions.push(action);
    }
    actions.extend(disk.writer.finished(app.text(), false));
    // A closed terminal (a dropped SSH link, a closed window) is a stop
    // too, even where no SIGHUP arrives.
    if stop.load(Ordering::Relaxed) || !io::stdin().is_terminal() {
        actions.push(Action::Shutdown);
    }
    Ok(actions)
}

/// Carry out an effect, feeding its result back to the app; true to quit.
fn carry_out(effect: Effect, app: &mut App, disk: &mut Disk) -> bool {
    let now = clock::now();
    if !matches!(effect, Effect::Save) {
        // Whatever comes next may let go of the session's lock: the saves
        // handed over must be on disk first.
        if let Some(action) = disk.writer.finished(app.text(), true)
            && !matches!(effect, Effect::Quit)
            && let Some(next) = app.update(action, now)
            && carry_out(next, app, disk)
        {
            return true;
        }
    }
    let follow_up = match effect {
        Effect::Quit => {
            if app.needs_save() {
                let _ = save(app, disk);
            }
            return true;
        }
        Effect::Save => save_in_background(app, disk),
        Effect::LoadList => {
            disk.file = None;
            // Thousands of files take a moment: read them without freezing the screen.
            let (tx, rx) = mpsc::channel();
            let store = disk.store.clone();
            let t = app.text();
            std::thread::spawn(move || {
                // The list first, from its cache in a blink; the notes for
                // search as you type follow.
                let mut data = home_list(&store, t);
                if tx.send(data.clone()).is_ok() {
                    data.corpus = home_corpus(&store);
                    let _ = tx.send(data);
                }
            });
            disk.loading = Some(rx);
            None
        }
        Effect::Open { path, mode, note } => {
            disk.file = None;
            // A session of thousands of notes takes a moment to read: the
            // screen keeps being drawn meanwhile.
            let (tx, rx) = mpsc::channel();
            let store = disk.store.clone();
            let t = app.text();
            std::thread::spawn(move || {
                let _ = tx.send(open(&store, &path, mode, note, t));
            });
            disk.opening = Some(rx);
            None
        }
        Effect::LoadReport(workshop) => {
            disk.file = None;
            Some(load_report(&disk.store, &workshop, app.text()))
        }
        Effect::Create(spec) => Some(create_session(&spec, disk, now, app.text())),
    };
    if let Some(action) = follow_up
        && let Some(next) = app.update(action, now)
    {
        return carry_out(next, app, disk);
    }
    false
}

/// Hand the session to the writer; refusals (nothing open, read-only) are
/// answered at once, as a save in place would.
fn save_in_background(app: &App, disk: &mut Disk) -> Option<Action> {
    let (Some(run), Some(file)) = (app.run(), disk.file.as_ref()) else {
        return Some(Action::SaveFailed(app.text().no_file_open.to_string()));
    };
    if let Some(reason) = file.read_only() {
        let e = StoreError::ReadOnly { path: file.path().to_path_buf(), reason };
        return Some(Action::SaveFailed((app.text().store_error)(&e)));
    }
    if disk.writer.save(file.path(), &run.session) {
        return None;
    }
    // The writer is gone (it never should be): write here instead.
    Some(save(app, disk))
}

fn save(app: &App, disk: &Disk) -> Action {
    let (Some(run), Some(file)) = (app.run(), disk.file.as_ref()) else {
        return Action::SaveFailed(app.text().no_file_open.to_string());
    };
    match disk.store.save(file, &run.session) {
        Ok(()) => Action::Saved,
        Err(e) => Action::SaveFailed((app.text().store_error)(&e)),
    }
}

/// Everything the home screen shows but the notes, read from the sessions folder.
pub fn home_list(store: &Store, t: &Text) -> HomeData {
    let prefs = store.prefs();
    let rows = store
        .list()
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
    }
}

/// Every note of the folder, for search as you type on the home screen.
fn home_corpus(store: &Store) -> Corpus {
    let mut corpus = Corpus::default();
    // Without the notes, only search as you type is lost; the list still shows.
    let _ = store.scan_notes(|_| true, |s, notes| corpus.add_indexed(s, notes));
    corpus
}

/// Open a session: to run, taking the lock; to review, only reading it.
/// The lock, if taken, comes back with the answer.
fn open(
    store: &Store,
    path: &Path,
    mode: OpenMode,
    note: Option<NoteId>,
    t: &Text,
) -> (Action, Option<SessionFile>) {
    let mut lock = None;
    let opened = match mode {
        OpenMode::Run => store.open(path).map(|(session, file)| {
            let read_only = file.read_only().map(|_| t.locked.to_string());
            lock = Some(file);
            (session, read_only)
        }),
        OpenMode::Review => store.read(path).map(|session| (session, None)),
    };
    let action = match opened {
        Ok((session, read_only)) => Action::Opened(Box::new(OpenedSession {
            path: path.to_path_buf(),
            session,
            read_only,
            notice: None,
            mode,
            note,
        })),
        Err(e) => Action::OpenFailed((t.store_error)(&e)),
    };
    (action, lock)
}

/// Every readable session of a workshop (by name or folder name).
fn load_report(store: &Store, workshop: &str, t: &Text) -> Action {
    let (sessions, errors) = store.read_workshop(&slug(workshop));
    let sessions = sessions.into_iter().map(|(_, s)| s).collect();
    let skipped = errors.iter().map(|e| (t.store_error)(e)).collect();
    Action::ReportLoaded(Box::new(ReportData { workshop: workshop.to_string(), sessions, skipped }))
}

fn create_session(spec: &NewSessionSpec, disk: &mut Disk, now: crate::domain::Timestamp, t: &Text) -> Action {
    let local = spec.date.and_time(spec.start);
    let offset = clock::local_offset_at(local);
    let start = local.and_local_timezone(offset).single().unwrap_or(now);
    let session_spec = SessionSpec {
        workshop: spec.workshop.clone(),
        title: spec.title.clone(),
        template: spec.template.clone(),
        roster: spec.roster.clone().map(PathBuf::from),
        ..SessionSpec::default()
    };
    match create(&disk.store, &session_spec, start, clock::random()) {
        Ok(created) => {
            let prefs = Prefs {
                last_template: spec.template.clone(),
                last_roster: spec.roster.clone(),
                ..Prefs::default()
            };
            // Remembering the choices is a convenience; failing to is not worth an error.
            let _ = disk.store.save_prefs(&prefs);
            disk.file = Some(created.file);
            let released = if created.released.is_empty() {
                String::new()
            } else {
                format!(" · {}: {}", t.fixed_released, created.released.join(", "))
            };
            let notice = Some(format!("{}{released}", created.path.display()));
            Action::Opened(Box::new(OpenedSession {
                notice,
                ..OpenedSession::to_run(created.path, created.session)
            }))
        }
        Err(CreateError::Store(e)) => Action::OpenFailed((t.store_error)(&e)),
        Err(e) => Action::OpenFailed(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EN;

    fn session(title: &str) -> Result<Session, chrono::ParseError> {
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00")?;
        Ok(Session::new("s1", "Bimtek", title, start))
    }

    #[test]
    fn the_writer_says_saved_only_for_the_newest_snapshot_once_it_is_on_disk()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("s.ron");
        let mut writer = Writer::start();
        assert!(!writer.busy());
        for n in 1..=20 {
            assert!(writer.save(&path, &session(&format!("Hari {n}"))?));
        }
        assert!(writer.busy());
        assert_eq!(writer.finished(&EN, true), Some(Action::Saved));
        assert!(!writer.busy());
        assert_eq!(Store::new(dir.path()).read(&path)?.title, "Hari 20");
        // Nothing more to hear once everything is written.
        assert_eq!(writer.finished(&EN, true), None);
        Ok(())
    }

    #[test]
    fn a_failed_write_of_the_newest_snapshot_is_reported() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("no such folder").join("s.ron");
        let mut writer = Writer::start();
        writer.save(&path, &session("Hari 1")?);
        assert!(matches!(writer.finished(&EN, true), Some(Action::SaveFailed(m)) if m.contains("s.ron")));
        assert!(!path.exists());
        Ok(())
    }
}
