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

use super::app::App;
use super::effect::{Effect, NewSessionSpec, OpenMode};
use super::message::{CopyNews, FromDisk, HomeData, HomeRow, Message, OpenedSession, ReportData, Update};
use super::view::render;
use super::writer::{Writer, copies_dirs};
use crate::clock;
use crate::create::{SessionSpec, create};
use crate::domain::{NoteId, Session};
use crate::export::Format;
use crate::fold::slug;
use crate::search::Corpus;
use crate::settings::{Settings, Theme};
use crate::store::guard::brought;
use crate::store::target::TargetProblem;
use crate::store::{Brought, FileStamp, Prefs, ReadOnly, SessionFile, Store, StoreError, emergency, format};
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
    file: Option<Arc<SessionFile>>,
    loading: Option<Receiver<HomeData>>,
    opening: Option<Receiver<(Message, Option<SessionFile>)>>,
    writer: Writer,
    follow: Option<Follow>,
    /// When to try again for the lock of a session open read-only
    /// because another sigap holds it.
    lock_again_at: Instant,
}

/// How often the lock of a session held by another sigap is tried again.
const LOCK_AGAIN_EVERY: Duration = Duration::from_secs(3);

impl Disk {
    /// Whether something is on its way back from another thread.
    fn waiting(&self) -> bool {
        self.loading.is_some() || self.opening.is_some() || self.writer.busy()
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
    let t = startup.lang.text();
    let mut lost = None;
    let result = event_loop(&mut terminal, store, startup, &stop, &mut lost);
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    match lost {
        Some(session) => Err(print_lost(&session, t)),
        None => result,
    }
}

/// The last resort when neither the file nor any copy could be written:
/// the session, readable, on standard error (the terminal is restored by
/// now), to be copied from the scrollback.
fn print_lost(session: &Session, t: &Text) -> anyhow::Error {
    eprintln!("{}\n", t.disk.printed_below);
    match format::encode(session) {
        Ok(text) => eprintln!("{text}"),
        Err(_) => eprintln!("{session:#?}"),
    }
    eprintln!("\n{}", t.disk.printed_below);
    anyhow::anyhow!("{}", t.no_emergency_copy)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    store: Store,
    startup: Startup,
    stop: &AtomicBool,
    lost: &mut Option<Box<Session>>,
) -> Result<()> {
    let (mut app, key_problems) =
        App::new(startup.lang, clock::now(), clock::random()).with_settings(&startup.settings, startup.theme);
    // The projector shows the room the clock, not a hint for the keyboard.
    app = app.with_first_run(!store.prefs().help_seen && !matches!(startup.start, Start::Clock(_)));
    let t = app.text();
    let problems: Vec<String> = startup
        .problem
        .into_iter()
        .chain(key_problems.iter().map(|e| format!("{}: {e}", t.room.key_skipped)))
        .collect();
    app = app.with_author(author(&startup.settings));
    let mut disk = Disk {
        store: store.clone(),
        file: None,
        loading: None,
        opening: None,
        writer: Writer::start(store.clone(), copies_dirs()),
        follow: None,
        lock_again_at: Instant::now() + LOCK_AGAIN_EVERY,
    };
    let first = match startup.start {
        Start::Home => Some(Effect::LoadList),
        Start::Session(path) => {
            // Read before the first frame, so that the run view is the first thing shown.
            let (action, file) = open(&disk.store, &path, OpenMode::Run, None, app.text());
            disk.file = file.map(Arc::new);
            let failed = matches!(action, Message::OpenFailed(_));
            let offer = copy_offer(&disk.store, &action);
            let effect = app.update(action, clock::now());
            // Not opened: the home screen is what is left, so its list must load.
            let effect = if failed { Some(Effect::LoadList) } else { effect };
            offer.and_then(|offer| app.update(offer, clock::now())).or(effect)
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
        *lost = disk.writer.lost.take();
        return Ok(());
    }
    if !problems.is_empty() {
        app.update(Message::OpenFailed(problems.join(" · ")), clock::now());
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
                // To the millisecond: the app tells typing from a roll call by it.
                if let Some(effect) = app.update(action, clock::now_to_the_millisecond())
                    && carry_out(effect, &mut app, &mut disk)
                {
                    return Ok(true);
                }
            }
            Ok(false)
        }));
        let failure = match turn {
            Ok(Ok(true)) => {
                *lost = disk.writer.lost.take();
                return Ok(());
            }
            Ok(Ok(false)) => continue,
            // The terminal failed under us: keep what was typed, then report.
            Ok(Err(e)) => anyhow::Error::from(e),
            Err(_) if app.run().is_some() => anyhow::Error::msg(app.text().guard.internal_error),
            Err(_) => anyhow::Error::msg(app.text().guard.internal_error_no_session),
        };
        if let Some(effect) = app.update(Message::Shutdown, clock::now()) {
            carry_out(effect, &mut app, &mut disk);
        }
        *lost = disk.writer.lost.take();
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
) -> io::Result<Vec<Update>> {
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
        super::input::gesture_of_event(app, event::read()?, terminal.size()?)
    } else {
        None
    };
    let mut actions: Vec<Update> = action.into_iter().map(Update::Gesture).collect();
    // The clock ticks on the second even while keys keep coming.
    if Instant::now() >= *next_tick {
        actions.push(Message::Tick.into());
        let into_second = u64::from(chrono::Local::now().timestamp_subsec_millis().min(999));
        *next_tick = Instant::now() + Duration::from_millis(1000 - into_second);
    }
    if let Some(rx) = disk.loading.as_ref() {
        match rx.try_recv() {
            Ok(data) => actions.push(Message::ListLoaded(data).into()),
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => disk.loading = None,
        }
    }
    if let Some((action, file)) = disk.opening.as_ref().and_then(|rx| rx.try_recv().ok()) {
        disk.opening = None;
        disk.file = file.map(Arc::new);
        let offer = copy_offer(&disk.store, &action);
        actions.push(action.into());
        actions.extend(offer.map(Update::Message));
    }
    // First, so that a merge from disk is taken in before any key changes the session.
    if let Some(saved) = disk.writer.finished(app.text(), false) {
        actions.insert(0, saved.into());
    }
    if let Some(action) = lock_again(app, disk) {
        actions.push(action.into());
    }
    if let Some(follow) = disk.follow.as_mut() {
        let stamp = disk.store.stamp(&follow.path);
        if stamp != follow.stamp {
            follow.stamp = stamp;
            // Read without the lock: the facilitator's sigap keeps writing.
            actions.push(Update::Message(match disk.store.read(&follow.path) {
                Ok(session) => Message::Reloaded(Box::new(session)),
                Err(e) => Message::ReloadFailed((app.text().store_error)(&e)),
            }));
        }
    }
    // A closed terminal (a dropped SSH link, a closed window) is a stop
    // too, even where no SIGHUP arrives.
    if stop.load(Ordering::Relaxed) || !io::stdin().is_terminal() {
        actions.push(Message::Shutdown.into());
    }
    Ok(actions)
}

/// Now and then, while the open session is read-only because another sigap
/// holds its lock, try for the lock again: that sigap may have quit.
fn lock_again(app: &App, disk: &mut Disk) -> Option<Message> {
    if Instant::now() < disk.lock_again_at {
        return None;
    }
    disk.lock_again_at = Instant::now() + LOCK_AGAIN_EVERY;
    let file = disk.file.as_ref()?;
    let run = app.run()?;
    if file.read_only() != Some(ReadOnly::Locked) || run.read_only.is_none() || run.path != file.path() {
        return None;
    }
    // Read again with the lock: the other sigap may have saved on its way out.
    let (session, file) = disk.store.open(file.path()).ok()?;
    if file.read_only().is_some() {
        return None;
    }
    disk.file = Some(Arc::new(file));
    Some(Message::NowWriter(Box::new(session)))
}

/// Carry out an effect, feeding its result back to the app; true to quit.
fn carry_out(effect: Effect, app: &mut App, disk: &mut Disk) -> bool {
    let now = clock::now();
    // Whatever comes next may let go of the session's lock: the saves
    // handed over must be on disk first, and their answer (a merge from
    // disk above all) taken in even when quitting.
    if !matches!(effect, Effect::Save)
        && let Some(action) = disk.writer.finished(app.text(), true)
        && let Some(next) = app.update(action, now)
        && !matches!(effect, Effect::Quit)
        && carry_out(next, app, disk)
    {
        return true;
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
        Effect::Copy { path, merge } => Some(copy_effect(&path, merge, app, &disk.store)),
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
fn save_in_background(app: &App, disk: &mut Disk) -> Option<Message> {
    let (Some(run), Some(file)) = (app.run(), disk.file.as_ref()) else {
        return Some(Message::SaveFailed(app.text().no_file_open.to_string()));
    };
    if let Some(reason) = file.read_only() {
        let e = StoreError::ReadOnly { path: file.path().to_path_buf(), reason };
        return Some(Message::SaveFailed((app.text().store_error)(&e)));
    }
    if disk.writer.save(file, &run.session) {
        return None;
    }
    // The writer is gone (it never should be): write here instead.
    Some(save(app, disk))
}

/// Save now and wait for the answer: through the writer, so that a merge
/// from disk it has not yet passed on is not written over.
fn save(app: &App, disk: &mut Disk) -> Message {
    let (Some(run), Some(file)) = (app.run(), disk.file.as_ref()) else {
        return Message::SaveFailed(app.text().no_file_open.to_string());
    };
    if disk.writer.save(file, &run.session)
        && let Some(action) = disk.writer.finished(app.text(), true)
    {
        return action;
    }
    match disk.store.save(file, &run.session) {
        Ok(_) => Message::Saved,
        Err(e) => Message::SaveFailed((app.text().store_error)(&e)),
    }
}

/// A copy of unsaved work newer than the file just opened to run: offered,
/// never silently ignored.
fn copy_offer(store: &Store, action: &Message) -> Option<Message> {
    let Message::Opened(opened) = action else { return None };
    if opened.mode != OpenMode::Run || opened.read_only.is_some() {
        return None;
    }
    let found = emergency::copy_for(&copies_dirs(), &opened.path, &opened.session.id)?;
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
pub(crate) fn copy_effect(path: &Path, merge: bool, app: &App, store: &Store) -> Message {
    let t = app.text();
    if !merge {
        return match emergency::set_aside(path) {
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
    match crate::domain::merge::merge(&run.session, &kept) {
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
pub fn export(session: &Session, path: &Path, store: &Store, t: &Text) -> Message {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("session");
    let mut written = Vec::new();
    for format in Format::FOR_PEOPLE {
        let target = store.exports_dir().join(format.file_name(stem));
        if let Err(e) = store.write_export(&target, &crate::export::session(session, format, t)) {
            return Message::ExportFailed((t.store_error)(&e));
        }
        written.push(target);
    }
    Message::Exported(written)
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
fn load_report(store: &Store, workshop: &str, t: &Text) -> Message {
    let (sessions, errors) = store.read_workshop(&slug(workshop));
    let sessions = sessions.into_iter().map(|(_, s)| s).collect();
    let skipped = errors.iter().map(|e| (t.store_error)(e)).collect();
    Message::ReportLoaded(Box::new(ReportData { workshop: workshop.to_string(), sessions, skipped }))
}

fn create_session(
    spec: &NewSessionSpec,
    disk: &mut Disk,
    now: crate::domain::Timestamp,
    t: &Text,
) -> Message {
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
            disk.file = Some(Arc::new(created.file));
            let released = if created.released.is_empty() {
                String::new()
            } else {
                format!(" · {}: {}", t.fixed_released, created.released.join(", "))
            };
            let notice = Some(format!("{}{released}", created.path.display()));
            Message::Opened(Box::new(OpenedSession {
                notice,
                ..OpenedSession::to_run(created.path, created.session)
            }))
        }
        Err(e) => Message::OpenFailed(t.command_error(&crate::commands::CommandError::Create(e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
