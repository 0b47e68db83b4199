//! The loop that joins the app to the world: the terminal, the clock, the
//! store and the system's signals. The only part of the app with I/O.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use anyhow::Result;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use super::action::{Action, Effect, HomeData, HomeRow, NewSessionSpec, OpenMode, OpenedSession, ReportData};
use super::app::App;
use super::view::render;
use crate::clock;
use crate::create::{SessionSpec, create};
use crate::domain::{NoteId, Session};
use crate::export::Format;
use crate::fold::slug;
use crate::search::Corpus;
use crate::settings::{Settings, Theme};
use crate::store::{FileStamp, Prefs, SessionFile, Store, StoreError, emergency, write_ron};
use crate::text::{Lang, Text};

/// Where the app starts.
pub enum Start {
    Home,
    Session(PathBuf),
    /// The projector clock of a session another sigap runs.
    Clock(PathBuf),
}

/// How the app starts: where, in which language and colours, with which settings.
pub struct Startup {
    pub lang: Lang,
    pub theme: Theme,
    pub settings: Settings,
    /// Why the settings file could not be used, to say on the status line.
    pub problem: Option<String>,
    pub start: Start,
}

/// The runner's hold on the disk: the store, the open session's lock, the
/// session list or the session being read in the background, the writer of
/// saves, and a followed file.
struct Disk {
    store: Store,
    file: Option<SessionFile>,
    loading: Option<Receiver<HomeData>>,
    opening: Option<Receiver<(Action, Option<SessionFile>)>>,
    writer: Writer,
    follow: Option<Follow>,
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
    done: Receiver<(u64, Result<(), WriteFailure>)>,
    /// The number of the last snapshot handed over, and of the last written.
    asked: u64,
    written: u64,
}

/// A write that failed and, when the storage itself was in trouble, where
/// the copy of the snapshot went (`None` inside: no copy could be made).
type WriteFailure = (StoreError, Option<Option<PathBuf>>);

impl Writer {
    /// A writer whose copies of unsaved work (when the storage is in
    /// trouble) go into `copies`.
    fn start(copies: PathBuf) -> Writer {
        let (jobs, inbox) = mpsc::channel::<(u64, PathBuf, Box<Session>)>();
        let (report, done) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                // Only the newest snapshot is worth writing.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let (n, path, session) = job;
                let written = write_ron(&path, &*session).map_err(|e| {
                    let copy = e.trouble().map(|_| emergency::write_copy(&copies, &path, &session).ok());
                    (e, copy)
                });
                if report.send((n, written)).is_err() {
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
                    Err((e, copy)) => Action::SaveFailed(failure_words(&e, copy, t)),
                });
            }
        }
        None
    }
}

/// A session file followed for the projector clock.
struct Follow {
    path: PathBuf,
    stamp: Option<FileStamp>,
}

/// How often a followed file is looked at: the projector shows a change
/// well within a second of the save.
const FOLLOW_EVERY: Duration = Duration::from_millis(250);

/// Run the terminal app until the person quits or the system asks it to stop.
pub fn run(store: Store, startup: Startup) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    let signals = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP];
    #[cfg(not(unix))]
    let signals = [signal_hook::consts::SIGTERM];
    for signal in signals {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // ratatui::init restores the terminal on panic as well as on return;
    // the hook below also gives the mouse and paste modes back first.
    let mut terminal = ratatui::init();
    let mouse = startup.settings.mouse;
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        restore_terminal(info);
    }));
    let result = event_loop(&mut terminal, store, startup, &stop);
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    store: Store,
    startup: Startup,
    stop: &AtomicBool,
) -> Result<()> {
    let (mut app, key_problems) =
        App::new(startup.lang, clock::now(), clock::random()).with_settings(&startup.settings, startup.theme);
    // The projector shows the room the clock, not a hint for the keyboard.
    app.first_run = !store.prefs().help_seen && !matches!(startup.start, Start::Clock(_));
    let t = app.text();
    let problems: Vec<String> = startup
        .problem
        .into_iter()
        .chain(key_problems.iter().map(|e| format!("{}: {e}", t.room.key_skipped)))
        .collect();
    app.author = author(&startup.settings);
    let mut disk = Disk {
        store,
        file: None,
        loading: None,
        opening: None,
        writer: Writer::start(copies_dir()),
        follow: None,
    };
    let first = match startup.start {
        Start::Home => Some(Effect::LoadList),
        Start::Session(path) => {
            // Read before the first frame, so that the run view is the first thing shown.
            let (action, file) = open(&disk.store, &path, OpenMode::Run, None, app.text());
            disk.file = file;
            app.update(action, clock::now())
        }
        Start::Clock(path) => {
            disk.follow = Some(Follow { stamp: disk.store.stamp(&path), path: path.clone() });
            let (action, _) = open(&disk.store, &path, OpenMode::Follow, None, app.text());
            app.update(action, clock::now())
        }
    };
    if let Some(effect) = first
        && carry_out(effect, &mut app, &mut disk)
    {
        return Ok(());
    }
    if !problems.is_empty() {
        app.update(Action::OpenFailed(problems.join(" · ")), clock::now());
    }
    let mut next_tick = Instant::now();
    let panic_at = panic_asked_for();
    loop {
        // A bug must not cost the facilitator their notes: a panic anywhere in
        // one turn of the loop still saves the session (and the editor's text
        // as a draft) before sigap stops. The panic hook of `ratatui::init`
        // has restored the terminal by then.
        let turn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> io::Result<bool> {
            if panic_at.is_some_and(|at| Instant::now() >= at) {
                panic!("the panic asked for by {PANIC_AFTER_VAR}");
            }
            let actions = next_actions(terminal, &app, &mut disk, stop, &mut next_tick)?;
            for action in actions {
                if let Some(effect) = app.update(action, clock::now())
                    && carry_out(effect, &mut app, &mut disk)
                {
                    return Ok(true);
                }
            }
            Ok(false)
        }));
        let failure = match turn {
            Ok(Ok(true)) => return Ok(()),
            Ok(Ok(false)) => continue,
            // The terminal failed under us: keep what was typed, then report.
            Ok(Err(e)) => anyhow::Error::from(e),
            Err(_) => anyhow::Error::msg(app.text().guard.internal_error),
        };
        if let Some(effect) = app.update(Action::Shutdown, clock::now()) {
            carry_out(effect, &mut app, &mut disk);
        }
        return Err(failure);
    }
}

/// Makes the event loop panic this many seconds after it starts: the only
/// way to prove, from outside, that a panic keeps the session. Not for use.
const PANIC_AFTER_VAR: &str = "SIGAP_TEST_PANIC_AFTER_SECS";

fn panic_asked_for() -> Option<Instant> {
    let secs: f64 = std::env::var(PANIC_AFTER_VAR).ok()?.parse().ok()?;
    Some(Instant::now() + Duration::from_secs_f64(secs.max(0.0)))
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
    // While the list, a session or a save is on its way, look for it often;
    // a followed file is looked at a few times a second.
    let most = if disk.waiting() {
        Duration::from_millis(20)
    } else if disk.follow.is_some() {
        FOLLOW_EVERY
    } else {
        Duration::from_secs(1)
    };
    let wait = next_tick.saturating_duration_since(Instant::now()).min(most);
    let action = if event::poll(wait)? {
        super::input::action_of_event(app, event::read()?, terminal.size()?)
    } else {
        None
    };
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
    if let Some(follow) = disk.follow.as_mut() {
        let stamp = disk.store.stamp(&follow.path);
        if stamp != follow.stamp {
            follow.stamp = stamp;
            // Read without the lock: the facilitator's sigap keeps writing.
            actions.push(match disk.store.read(&follow.path) {
                Ok(session) => Action::Reloaded(Box::new(session)),
                Err(e) => Action::ReloadFailed((app.text().store_error)(&e)),
            });
        }
    }
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
        Effect::Export { session, path } => Some(export(&session, &path, &disk.store, app.text())),
        Effect::RememberHelpSeen => {
            let prefs = Prefs { help_seen: true, ..disk.store.prefs() };
            // A hint shown once more is no loss worth an error.
            let _ = disk.store.save_prefs(&prefs);
            None
        }
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
        Err(e) => Action::SaveFailed(save_failure(&e, file.path(), &run.session, app.text(), &copies_dir())),
    }
}

/// Why a save failed, in plain words; when the storage itself is in
/// trouble, the work is also copied out of harm's way and the words say where.
fn save_failure(e: &StoreError, path: &Path, session: &Session, t: &Text, copies: &Path) -> String {
    let copy = e.trouble().map(|_| emergency::write_copy(copies, path, session).ok());
    failure_words(e, copy, t)
}

/// The words for a failed save: the storage's trouble and where the copy
/// went, or the store's own message.
fn failure_words(e: &StoreError, copy: Option<Option<PathBuf>>, t: &Text) -> String {
    match (e.trouble(), copy) {
        (Some(trouble), Some(copy)) => {
            let copy = copy.map_or_else(|| t.no_emergency_copy.to_string(), |c| (t.emergency_copy)(&c));
            format!("{}; {copy}", (t.trouble)(trouble))
        }
        _ => (t.store_error)(e),
    }
}

/// Where copies of unsaved work go: the user's state folder, or the
/// system's temporary folder when there is none.
fn copies_dir() -> PathBuf {
    emergency::copies_dir().unwrap_or_else(std::env::temp_dir)
}

/// Write the exports people ask for after a session into `exports/`.
pub fn export(session: &Session, path: &Path, store: &Store, t: &Text) -> Action {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("session");
    let mut written = Vec::new();
    for format in Format::FOR_PEOPLE {
        let target = store.exports_dir().join(format.file_name(stem));
        if let Err(e) = store.write_export(&target, &crate::export::session(session, format, t)) {
            return Action::ExportFailed((t.store_error)(&e));
        }
        written.push(target);
    }
    Action::Exported(written)
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
            let read_only = file.read_only().map(|_| match file.holder() {
                Some(holder) => (t.locked_by)(holder),
                None => t.locked.to_string(),
            });
            lock = Some(file);
            (session, read_only)
        }),
        OpenMode::Review | OpenMode::Follow => store.read(path).map(|session| (session, None)),
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

/// Who is at this computer, for the marks they give: `SIGAP_AUTHOR`, else
/// the facilitator named in the settings, else the login name, else "unknown".
fn author(settings: &Settings) -> String {
    author_from(settings, |v| std::env::var(v).ok())
}

fn author_from(settings: &Settings, env: impl Fn(&str) -> Option<String>) -> String {
    env("SIGAP_AUTHOR")
        .into_iter()
        .chain(settings.facilitator.clone())
        .chain(["USER", "USERNAME"].into_iter().filter_map(&env))
        .map(|s| s.trim().to_string())
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| crate::tui::app::UNKNOWN_AUTHOR.to_string())
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
                ..disk.store.prefs()
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
        Err(e) => Action::OpenFailed(t.command_error(&crate::commands::CommandError::Create(e))),
    }
}

#[cfg(test)]
mod tests {
    use std::io;

    use super::*;
    use crate::store::{Trouble, read_ron};

    #[test]
    fn the_author_is_the_variable_then_the_settings_then_the_login() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |v: &str| pairs.iter().find(|(k, _)| *k == v).map(|(_, x)| x.to_string())
        };
        let mut settings = Settings::default();
        assert_eq!(author_from(&settings, env(&[])), "unknown");
        assert_eq!(author_from(&settings, env(&[("USERNAME", "agus")])), "agus");
        assert_eq!(author_from(&settings, env(&[("USER", "ratna"), ("USERNAME", "agus")])), "ratna");
        settings.facilitator = Some("Dr. Ratna K.".into());
        assert_eq!(author_from(&settings, env(&[("USER", "ratna")])), "Dr. Ratna K.");
        assert_eq!(author_from(&settings, env(&[("SIGAP_AUTHOR", "Agus P."), ("USER", "x")])), "Agus P.");
        assert_eq!(author_from(&settings, env(&[("SIGAP_AUTHOR", "  ")])), "Dr. Ratna K.", "blank is nobody");
    }

    fn failed(kind: io::ErrorKind, path: &Path) -> StoreError {
        StoreError::Io { path: path.to_path_buf(), action: "saving", source: io::Error::from(kind) }
    }

    #[test]
    fn storage_trouble_is_said_in_plain_words_with_where_the_copy_went() {
        let tmp = tempfile::tempdir().unwrap();
        let copies = tmp.path().join("emergency");
        let path = tmp.path().join("bimtek/2017-05-08-0745-hari-1.ron");
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T07:45:00+07:00").unwrap();
        let session = Session::new("s1", "Bimtek", "Hari 1", start);
        let troubles = [
            (io::ErrorKind::StorageFull, Trouble::DiskFull),
            (io::ErrorKind::ReadOnlyFilesystem, Trouble::ReadOnlyFolder),
            (io::ErrorKind::PermissionDenied, Trouble::PermissionDenied),
            (io::ErrorKind::NotFound, Trouble::FolderGone),
        ];
        for lang in [Lang::En, Lang::Id] {
            let t = lang.text();
            for (kind, trouble) in troubles {
                let e = failed(kind, &path);
                assert_eq!(e.trouble(), Some(trouble));
                let message = save_failure(&e, &path, &session, t, &copies);
                let copy = emergency::copy_path(&copies, &path);
                assert!(message.starts_with((t.trouble)(trouble)), "{lang:?}: {message}");
                assert!(message.contains(&(t.emergency_copy)(&copy)), "{lang:?}: {message}");
                assert_eq!(read_ron::<Session>(&copy).unwrap(), session);
            }
        }
        // Any other failure is the store's own message, and no copy is made.
        std::fs::remove_dir_all(&copies).unwrap();
        let other = failed(io::ErrorKind::Other, &path);
        assert_eq!(save_failure(&other, &path, &session, Lang::En.text(), &copies), other.to_string());
        assert!(!copies.exists());
    }

    #[test]
    fn with_nowhere_for_a_copy_the_banner_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        // A file where the copies folder should be: no folder can be made there.
        let copies = tmp.path().join("emergency");
        std::fs::write(&copies, b"").unwrap();
        let path = tmp.path().join("w/s.ron");
        let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T07:45:00+07:00").unwrap();
        let session = Session::new("s1", "W", "S", start);
        let e = failed(io::ErrorKind::StorageFull, &path);
        let message = save_failure(&e, &path, &session, Lang::En.text(), &copies.join("sub"));
        assert!(message.ends_with(Lang::En.text().no_emergency_copy), "{message}");
    }

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
        let mut writer = Writer::start(dir.path().join("copies"));
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
        let mut writer = Writer::start(dir.path().join("copies"));
        writer.save(&path, &session("Hari 1")?);
        assert!(matches!(writer.finished(&EN, true), Some(Action::SaveFailed(m)) if m.contains("s.ron")));
        assert!(!path.exists());
        // The folder is gone: the snapshot was copied aside.
        let copy = dir.path().join("copies").join("no such folder--s.ron");
        assert_eq!(read_ron::<Session>(&copy)?.title, "Hari 1");
        Ok(())
    }
}
