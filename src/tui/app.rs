//! The state of the terminal app and the one place it changes: `update`.
//! No drawing and no I/O here; the runner carries out the returned effects.

mod editor;
mod filter;
mod home;
mod messages;
mod outcome;
mod reads;
mod report;
mod review;
mod run;
mod typing;

use std::hash::{BuildHasher, Hasher};

use chrono::Timelike;

pub use super::message::HomeData;
pub use editor::{EditorField, Mention, NoteEditor, mention_matches};
pub use filter::Filter;
pub(crate) use filter::edit_line;
pub use home::{Form, FormField, Home, HomeItem, HomeLine};
pub use outcome::{Notice, Outcome};
pub use report::{ReportPane, ReportView};
pub use review::{Review, ReviewPane};
pub use run::{Confirm, DetailsForm, Prompt, PromptKind, Run, SaveState, UNDO_DEPTH};

use super::command::{Command, Gesture};
use super::effect::Effect;
use super::keymap::{Context, KeyError, Keymap};
use super::message::Update;
use crate::domain::Timestamp;
use crate::settings::{Settings, Theme};
use crate::text::{Lang, Text};

/// The author recorded when nobody said who is at the computer.
pub const UNKNOWN_AUTHOR: &str = "unknown";

/// Which screen is showing. The home screen's state is kept in `App::home`
/// so that going back finds the list as it was left.
#[derive(Debug)]
pub enum View {
    Home,
    Run(Box<Run>),
    Review(Box<Review>),
    Report(Box<ReportView>),
    /// The projector clock of a session another sigap is running: read-only,
    /// read again whenever its file changes.
    Clock(Box<ClockView>),
}

/// A session followed from its file for the projector.
#[derive(Debug)]
pub struct ClockView {
    pub session: crate::domain::Session,
    pub path: std::path::PathBuf,
    /// Why the file could not be read the last time it changed.
    pub problem: Option<String>,
}

/// The whole app.
#[derive(Debug)]
pub struct App {
    pub(crate) lang: Lang,
    pub(crate) home: Home,
    pub(crate) view: View,
    pub(crate) help: bool,
    pub(crate) help_scroll: u16,
    pub(crate) notice: Option<Notice>,
    pub(crate) now: Timestamp,
    /// Who is at this computer, recorded with each attendance mark.
    author: String,
    /// Makes note ids unique across machines; set once from the real dice.
    seed: u64,
    ids_made: u64,
    /// A second `q` quits even though the last save failed.
    quit_armed: bool,
    /// The keys in force, as the settings may have rebound them.
    pub(crate) keymap: Keymap,
    /// How the screen uses colour.
    pub(crate) theme: Theme,
    /// The certificate threshold a report opens with, in percent.
    pub(crate) threshold: u32,
    /// Minutes after the start within which a present mark is not questioned.
    pub(crate) grace_minutes: crate::domain::Minutes,
    /// Show how to open the help until the first key is pressed.
    first_run: bool,
}

impl App {
    /// An app on the home screen, before the list is read.
    pub fn new(lang: Lang, now: Timestamp, seed: u64) -> Self {
        App {
            lang,
            home: Home::default(),
            view: View::Home,
            help: false,
            help_scroll: 0,
            notice: None,
            now,
            author: UNKNOWN_AUTHOR.to_string(),
            seed,
            ids_made: 0,
            quit_armed: false,
            keymap: Keymap::for_lang(lang),
            theme: Theme::default(),
            threshold: crate::report::DEFAULT_THRESHOLD_PERCENT,
            grace_minutes: crate::report::GRACE_MINUTES,
            first_run: false,
        }
    }

    /// The app as the settings file shapes it; overrides that cannot be
    /// applied are returned for the status line.
    pub fn with_settings(mut self, settings: &Settings, theme: Theme) -> (Self, Vec<KeyError>) {
        let (keymap, errors) = Keymap::with_overrides(self.lang, &settings.keys);
        self.keymap = keymap;
        self.theme = theme;
        self.threshold = settings.certificate_threshold;
        self.grace_minutes = settings.late_grace_minutes;
        (self, errors)
    }

    /// The app with who is at this computer, for the marks they give.
    pub fn with_author(mut self, author: impl Into<String>) -> Self {
        self.author = author.into();
        self
    }

    /// The app showing how to open the help until it is first opened.
    pub fn with_first_run(mut self, first_run: bool) -> Self {
        self.first_run = first_run;
        self
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The session list, as it was left.
    pub fn home(&self) -> &Home {
        &self.home
    }

    /// The session list, to give it what a test needs without the disk.
    pub fn home_mut(&mut self) -> &mut Home {
        &mut self.home
    }

    /// The screen showing.
    pub fn view(&self) -> &View {
        &self.view
    }

    /// Whether the help shows over the view.
    pub fn help(&self) -> bool {
        self.help
    }

    /// What the status line says, if anything.
    pub fn notice(&self) -> &Option<Notice> {
        &self.notice
    }

    /// Clear the status line.
    pub fn clear_notice(&mut self) {
        self.notice = None;
    }

    /// The time of the last update, in the room's offset.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// The keys in force.
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// Who is at this computer, as the app was told.
    pub fn author(&self) -> &str {
        &self.author
    }

    /// Whether the hint to open the help shows.
    pub fn first_run(&self) -> bool {
        self.first_run
    }

    pub fn text(&self) -> &'static Text {
        self.lang.text()
    }

    /// The key contexts in force, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        if self.help { vec![Context::Help, Context::Global] } else { self.view_contexts() }
    }

    /// The contexts of the view, whether or not help is shown over it.
    pub fn view_contexts(&self) -> Vec<Context> {
        match &self.view {
            View::Home => self.home.contexts(),
            View::Run(run) => run.contexts(),
            View::Review(review) => review.contexts(),
            View::Report(report) => report.contexts(),
            View::Clock(_) => vec![Context::Follow, Context::Global],
        }
    }

    /// Whether the open session has changes not yet on disk.
    pub fn needs_save(&self) -> bool {
        matches!(&self.view, View::Run(run) if run.needs_save())
    }

    pub fn run(&self) -> Option<&Run> {
        match &self.view {
            View::Run(run) => Some(run),
            _ => None,
        }
    }

    pub fn run_mut(&mut self) -> Option<&mut Run> {
        match &mut self.view {
            View::Run(run) => Some(run),
            _ => None,
        }
    }

    fn say(&mut self, text: impl Into<String>, problem: bool) {
        self.notice = Some(Notice::new(text, problem));
    }

    /// A random number for a note id: the seed and a counter, mixed.
    fn next_random(&mut self) -> u64 {
        self.ids_made += 1;
        let mut h = std::hash::BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default()
            .build_hasher();
        h.write_u64(self.seed);
        h.write_u64(self.ids_made);
        h.finish()
    }

    /// Apply a gesture or a message at `now`; the effect, if any, is for
    /// the runner. Pure: `now` comes from the caller.
    pub fn update(&mut self, update: impl Into<Update>, now: Timestamp) -> Option<Effect> {
        // Times are those of the room: the open session's UTC offset.
        let now = match &self.view {
            View::Run(run) => now.with_timezone(run.session.planned_start.offset()),
            View::Review(review) => now.with_timezone(review.session.planned_start.offset()),
            View::Clock(clock) => now.with_timezone(clock.session.planned_start.offset()),
            _ => now,
        };
        // Records keep whole seconds; only the typing guard needs finer.
        let precise = now;
        let now = now.with_nanosecond(0).unwrap_or(now);
        self.now = now;
        match update.into() {
            Update::Gesture(gesture) => self.on_gesture(gesture, now, precise),
            Update::Message(message) => self.on_message(message, now, precise),
        }
    }

    fn on_gesture(&mut self, gesture: Gesture, now: Timestamp, precise: Timestamp) -> Option<Effect> {
        if let Gesture::Typed { key, then } = gesture {
            return self.typed(key, then.map(|g| *g), precise);
        }
        if gesture == Gesture::Command(Command::Confirm)
            && let Some(run) = self.run_mut()
            && run.confirm == Some(Confirm::Quit)
        {
            run.confirm = None;
            return self.quit();
        }
        if gesture != Gesture::Command(Command::Quit) {
            self.quit_armed = false;
        }
        match gesture {
            Gesture::Command(command) => self.on_command(command, now),
            Gesture::Click { column, row, width, height } => {
                self.click(column, row, ratatui::layout::Rect::new(0, 0, width, height));
                None
            }
            // Pasted text reaches no field with control characters in it.
            Gesture::Paste(text) => self
                .update_view(Update::Gesture(Gesture::Paste(crate::shown::typed(&text).into_owned())), now),
            other => self.update_view(Update::Gesture(other), now),
        }
    }

    fn on_command(&mut self, command: Command, now: Timestamp) -> Option<Effect> {
        match command {
            Command::Quit => self.quit(),
            Command::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
                if self.first_run {
                    self.first_run = false;
                    return Some(Effect::RememberHelpSeen);
                }
                None
            }
            Command::Up | Command::Down | Command::Cancel if self.help => {
                match command {
                    Command::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
                    Command::Down => self.help_scroll = self.help_scroll.saturating_add(1),
                    _ => self.help = false,
                }
                None
            }
            Command::Export => {
                let (session, path) = match &self.view {
                    View::Run(run) => (&run.session, &run.path),
                    View::Review(review) => (&review.session, &review.path),
                    _ => return None,
                };
                Some(Effect::Export { session: Box::new(session.clone()), path: path.clone() })
            }
            other => self.update_view(Update::Gesture(Gesture::Command(other)), now),
        }
    }

    fn quit(&mut self) -> Option<Effect> {
        let t = self.text();
        let armed = self.quit_armed;
        if let Some(run) = self.run_mut() {
            run.keep_draft();
            if let SaveState::Failed { message, .. } = &run.save
                && !armed
            {
                // Say exactly what is at stake: where the copy is, or what
                // would be lost without one.
                let words = format!("{} {message}", t.quit_unsaved);
                self.quit_armed = true;
                self.say(words, true);
                return None;
            }
        }
        Some(Effect::Quit)
    }

    /// What is left for the view showing: every gesture and message that
    /// reaches it draws a fresh number for note ids, so ids follow the
    /// order of events.
    fn update_view(&mut self, update: Update, now: Timestamp) -> Option<Effect> {
        let t = self.text();
        let random = self.next_random();
        let cancel = update == Update::Gesture(Gesture::Command(Command::Cancel));
        let gesture = match update {
            Update::Gesture(gesture) => gesture,
            Update::Message(message) => {
                let View::Run(run) = &mut self.view else { return None };
                let Outcome { effect, notice } = run.on_message(message, now, t);
                if notice.is_some() {
                    self.notice = notice;
                }
                return effect;
            }
        };
        let Outcome { effect, notice } = match &mut self.view {
            View::Home => self.home.update(gesture, now, t),
            View::Run(run) => {
                if cancel && run.is_idle() {
                    // Leaving would drop changes that are not on disk yet.
                    if run.needs_save() {
                        self.say(t.leave_unsaved, true);
                        return None;
                    }
                    self.view = View::Home;
                    return Some(Effect::LoadList);
                }
                run.update(gesture, now, t, random)
            }
            View::Review(review) => {
                if cancel {
                    self.view = View::Home;
                    return None;
                }
                review.update(gesture, now, t)
            }
            View::Report(report) => {
                if cancel {
                    self.view = View::Home;
                    return None;
                }
                report.update(gesture, now, t)
            }
            // Following another sigap's file: nothing here can change it.
            View::Clock(_) => match gesture {
                Gesture::Command(Command::ToggleClock) => return Some(Effect::Quit),
                _ => return None,
            },
        };
        if notice.is_some() {
            self.notice = notice;
        }
        effect
    }
}
