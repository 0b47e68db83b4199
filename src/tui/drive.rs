//! The app driven as the runner drives it, from a script of events, against
//! a real store in a temporary copy of the bundled sessions, with a frame
//! drawn after every event; and the promises checked after every step. For
//! the tests and the fuzz target that look for key sequences that break
//! sigap: not part of the app.

mod checks;
mod events;

use std::path::{Path, PathBuf};

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

pub use events::{Bytes, Step, decode};

use super::app::{App, SaveState, UNDO_DEPTH};
use super::command::Command;
use super::effect::{Effect, NewSessionSpec, OpenMode};
use super::message::{Message, OpenedSession, ReportData, Update};
use super::runner::{copy_effect, export, home_list};
use crate::domain::{NoteId, Session, Timestamp};
use crate::search::Corpus;
use crate::store::{Prefs, SessionFile, Store};
use crate::synthetic::{Shape, session as made_up};
use crate::text::Lang;

/// The sessions a case starts with, besides the bundled workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    Bundled,
    EmptyRoster,
    Crowd,
    ManyNotes,
}

impl Sample {
    pub const ALL: [Sample; 4] = [Sample::Bundled, Sample::EmptyRoster, Sample::Crowd, Sample::ManyNotes];

    fn shape(self) -> Option<Shape> {
        let shape = |participants, notes| Some(Shape { participants, notes, seed: 14 });
        match self {
            Sample::Bundled => None,
            Sample::EmptyRoster => shape(0, 0),
            Sample::Crowd => shape(500, 0),
            Sample::ManyNotes => shape(90, 20_000),
        }
    }
}

/// One case: a language, the sessions, and whether sigap starts on the
/// list or straight in a session (as `sigap run FILE` does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Case {
    pub lang: Lang,
    pub sample: Sample,
    pub open_first: bool,
}

impl Case {
    /// The case the first bytes of a script ask for.
    pub fn from_bytes(bytes: &mut Bytes) -> Case {
        let b = bytes.byte();
        Case {
            lang: if b & 1 == 0 { Lang::En } else { Lang::Id },
            sample: Sample::ALL[usize::from(b >> 1) % 4],
            open_first: b & 0x80 != 0,
        }
    }
}

/// The app, its disk and its screen, as the runner holds them.
pub struct Drive {
    pub app: App,
    pub store: Store,
    pub size: Size,
    pub now: Timestamp,
    /// How many steps were taken, and how many times sigap was started.
    pub steps: u64,
    pub starts: u64,
    case: Case,
    file: Option<SessionFile>,
    terminal: Terminal<TestBackend>,
    /// The run view's session as opened, to undo back to; `None` once undo
    /// may have forgotten the oldest changes.
    opened: Option<Session>,
    _dir: tempfile::TempDir,
}

/// The first moment of every case: the bundled workshop's first morning.
fn start_time() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2017-05-08T07:40:00+07:00").expect("a time")
}

impl Drive {
    /// A fresh temporary sessions folder for `case`, and sigap started in it.
    pub fn new(case: Case) -> Drive {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path().join("sessions");
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions"), &root);
        let store = Store::new(&root);
        let made = case.sample.shape().map(|shape| {
            let (path, _lock) = store.create(&made_up(3, &shape)).expect("a made-up session");
            path
        });
        let size = Size::new(100, 30);
        let terminal = Terminal::new(TestBackend::new(size.width, size.height)).expect("a test terminal");
        let app = App::new(case.lang, start_time(), 14);
        let mut drive = Drive {
            app,
            store,
            size,
            now: start_time(),
            steps: 0,
            starts: 0,
            case,
            file: None,
            terminal,
            opened: None,
            _dir: dir,
        };
        let first = match made {
            Some(path) if case.open_first => Some(path),
            None if case.open_first => drive.store.list().into_iter().next().map(|e| e.path),
            _ => None,
        };
        drive.start(first);
        drive
    }

    /// Start sigap as `main` does: on the list, or in a session.
    fn start(&mut self, session: Option<PathBuf>) {
        self.starts += 1;
        self.file = None;
        self.opened = None;
        let seed = 14 + self.starts;
        self.app = App::new(self.case.lang, self.now, seed)
            .with_author("Ratna")
            .with_first_run(!self.store.prefs().help_seen);
        let effect = match session {
            Some(path) => Some(Effect::Open { path, mode: OpenMode::Run, note: None }),
            None => Some(Effect::LoadList),
        };
        if let Some(effect) = effect {
            self.carry_out(effect);
        }
        self.draw();
    }

    /// One step of the script: the event turned into an action as the
    /// runner turns it, the action applied, its effects carried out, a
    /// frame drawn, and the promises checked.
    pub fn step(&mut self, step: Step) {
        self.steps += 1;
        let before = self.watch();
        let action = match step {
            Step::Event(event) => {
                // People press keys a little apart, not all in one instant.
                self.now += chrono::Duration::milliseconds(250);
                if let Event::Resize(w, h) = event {
                    self.size = Size::new(w, h);
                    self.terminal.backend_mut().resize(w, h);
                }
                super::input::gesture_of_event(&self.app, event, self.size).map(Update::Gesture)
            }
            Step::Tick(seconds) => {
                self.now += chrono::Duration::seconds(seconds);
                Some(Update::Message(Message::Tick))
            }
        };
        let mut acted = false;
        if let Some(action) = action {
            if action == Update::from(Command::Cancel) && self.leaves_run() {
                self.check_undo();
            }
            acted = self.act(action);
        }
        self.draw();
        self.check_session();
        if acted || before != self.watch() || self.steps.is_multiple_of(64) {
            self.check_saved();
        }
    }

    /// Whether `Esc` now goes back to the list: the last moment to undo.
    fn leaves_run(&self) -> bool {
        !self.app.help && self.app.run().is_some_and(|run| run.is_idle() && !run.needs_save() && !run.clock)
    }

    /// Apply an action; true if it asked for something to be carried out.
    fn act(&mut self, action: impl Into<Update>) -> bool {
        match self.app.update(action, self.now) {
            Some(effect) => {
                self.carry_out(effect);
                true
            }
            None => false,
        }
    }

    fn draw(&mut self) {
        let app = &self.app;
        self.terminal.draw(|frame| super::view::render(app, frame)).expect("a frame");
    }

    /// What a step may change that the disk must follow.
    fn watch(&self) -> Option<(usize, SaveState)> {
        self.app.run().map(|run| (run.can_undo(), run.save.clone()))
    }

    /// Carry out an effect as the runner does, feeding the answer back.
    fn carry_out(&mut self, effect: Effect) {
        let t = self.app.text();
        let answer = match effect {
            Effect::Quit => {
                if self.app.needs_save() {
                    self.save();
                }
                // sigap has stopped: the undo promise is checked, and it is
                // started again on the same folder.
                self.check_undo();
                self.start(None);
                return;
            }
            Effect::Save => Some(self.save()),
            Effect::LoadList => {
                self.file = None;
                let mut data = home_list(&self.store, t);
                self.app.update(Message::ListLoaded(data.clone()), self.now);
                let mut corpus = Corpus::default();
                let _ = self.store.scan_notes(|_| true, |s, notes| corpus.add_indexed(s, notes));
                data.corpus = corpus;
                Some(Message::ListLoaded(data))
            }
            Effect::Open { path, mode, note } => {
                self.file = None;
                Some(self.open(&path, mode, note))
            }
            Effect::LoadReport(workshop) => {
                self.file = None;
                let (sessions, errors) = self.store.read_workshop(&crate::fold::slug(&workshop));
                let sessions = sessions.into_iter().map(|(_, s)| s).collect();
                let skipped = errors.iter().map(|e| (t.store_error)(e)).collect();
                Some(Message::ReportLoaded(Box::new(ReportData { workshop, sessions, skipped })))
            }
            Effect::Create(spec) => Some(self.create(&spec)),
            Effect::Export { session, path } => Some(export(&session, &path, &self.store, t)),
            Effect::Copy { path, merge } => Some(copy_effect(&path, merge, &self.app, &self.store)),
            Effect::RememberHelpSeen => {
                let prefs = Prefs { help_seen: true, ..self.store.prefs() };
                let _ = self.store.save_prefs(&prefs);
                None
            }
        };
        if let Some(action) = answer {
            self.after_open(&action);
            if let Some(next) = self.app.update(action, self.now) {
                self.carry_out(next);
            }
        }
    }

    /// A session opened to run is what undo must come back to.
    fn after_open(&mut self, action: &Message) {
        if let Message::Opened(opened) = action
            && opened.mode == OpenMode::Run
        {
            let problems = crate::domain::validate::session_problems(&opened.session);
            assert!(problems.is_empty(), "{}: {problems:?}", opened.path.display());
            self.opened = Some(opened.session.clone());
        }
    }

    /// Save as the runner's writer does, at once.
    fn save(&mut self) -> Message {
        let t = self.app.text();
        let (Some(run), Some(file)) = (self.app.run(), self.file.as_ref()) else {
            return Message::SaveFailed(t.no_file_open.to_string());
        };
        match self.store.save(file, &run.session) {
            // Nothing else writes the case's folder, so there is never a merge to report.
            Ok(_) => Message::Saved,
            Err(e) => Message::SaveFailed((t.store_error)(&e)),
        }
    }

    fn open(&mut self, path: &Path, mode: OpenMode, note: Option<NoteId>) -> Message {
        let t = self.app.text();
        let opened = match mode {
            OpenMode::Run => self.store.open(path).map(|(session, file)| {
                let read_only = file.read_only().map(|_| t.locked.to_string());
                self.file = Some(file);
                (session, read_only)
            }),
            OpenMode::Review | OpenMode::Follow => self.store.read(path).map(|s| (s, None)),
        };
        match opened {
            Ok((session, read_only)) => Message::Opened(Box::new(OpenedSession {
                path: path.to_path_buf(),
                session,
                read_only,
                notice: None,
                mode,
                note,
            })),
            Err(e) => Message::OpenFailed((t.store_error)(&e)),
        }
    }

    fn create(&mut self, spec: &NewSessionSpec) -> Message {
        let t = self.app.text();
        let local = spec.date.and_time(spec.start);
        let start =
            local.and_local_timezone(crate::clock::local_offset_at(local)).single().unwrap_or(self.now);
        let session_spec = crate::create::SessionSpec {
            workshop: spec.workshop.clone(),
            title: spec.title.clone(),
            template: spec.template.clone(),
            roster: spec.roster.clone().map(PathBuf::from),
            ..Default::default()
        };
        match crate::create::create(&self.store, &session_spec, start, 14 + self.steps) {
            Ok(created) => {
                self.file = Some(created.file);
                Message::Opened(Box::new(OpenedSession::to_run(created.path, created.session)))
            }
            Err(e) => Message::OpenFailed(t.command_error(&crate::commands::CommandError::Create(e))),
        }
    }

    /// Feed every step the bytes give, then check undo.
    pub fn run_script(&mut self, bytes: &mut Bytes) {
        while !bytes.is_empty() {
            for step in events::decode(bytes, &self.app, self.size) {
                self.step(step);
            }
            if self.app.run().is_some_and(|r| r.can_undo() >= UNDO_DEPTH) {
                self.opened = None;
            }
        }
        self.check_undo();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the bundled sessions").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}
