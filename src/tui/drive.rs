//! The app driven as the runner drives it, through the same executor (each
//! effect answered before the next step), from a script of events, against
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
use super::effect::{Effect, OpenMode};
use super::executor::Executor;
use super::message::{Message, Update};
use crate::domain::{Session, Timestamp};
use crate::store::Store;
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
    /// The app's own executor, answering each effect in place.
    disk: Executor,
    pub size: Size,
    pub now: Timestamp,
    /// How many steps were taken, and how many times sigap was started.
    pub steps: u64,
    pub starts: u64,
    case: Case,
    terminal: Terminal<TestBackend>,
    /// The run view's session as opened, to undo back to; `None` once undo
    /// may have forgotten the oldest changes.
    opened: Option<Session>,
    dir: tempfile::TempDir,
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
        let disk = Executor::in_place(store, copies(dir.path()), 14);
        let mut drive = Drive {
            app,
            disk,
            size,
            now: start_time(),
            steps: 0,
            starts: 0,
            case,
            terminal,
            opened: None,
            dir,
        };
        let first = match made {
            Some(path) if case.open_first => Some(path),
            None if case.open_first => drive.disk.store().list().into_iter().next().map(|e| e.path),
            _ => None,
        };
        drive.start(first);
        drive
    }

    /// Start sigap as `main` does: on the list, or in a session.
    fn start(&mut self, session: Option<PathBuf>) {
        self.starts += 1;
        self.opened = None;
        let seed = 14 + self.starts;
        // A new sigap: a new executor, holding no file yet.
        let store = self.disk.store().clone();
        self.disk = Executor::in_place(store, copies(self.dir.path()), 14 + self.steps);
        self.app = App::new(self.case.lang, self.now, seed)
            .with_author("Ratna")
            .with_first_run(!self.disk.store().prefs().help_seen);
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

    /// Carry out an effect with the app's executor, feeding the answers back.
    fn carry_out(&mut self, effect: Effect) {
        let now = self.now;
        let mut opened = None;
        let quit = self.disk.carry_out_watching(effect, &mut self.app, &move || now, &mut |action| {
            // A session opened to run is what undo must come back to.
            if let Message::Opened(o) = action
                && o.mode == OpenMode::Run
            {
                let problems = crate::domain::validate::session_problems(&o.session);
                assert!(problems.is_empty(), "{}: {problems:?}", o.path.display());
                opened = Some(o.session.clone());
            }
        });
        if opened.is_some() {
            self.opened = opened;
        }
        if quit {
            // sigap has stopped: the undo promise is checked, and it is
            // started again on the same folder.
            self.check_undo();
            self.start(None);
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

/// Where the case's copies of unsaved work go: inside its own folder.
fn copies(dir: &Path) -> Vec<PathBuf> {
    vec![dir.join("copies")]
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
