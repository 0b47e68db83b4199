//! The terminal's guard (raw mode, the panic hook, the system's signals)
//! and the loop: event → key table → `App::update` → executor → render.
//! The disk is the [`Executor`]'s.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use super::app::App;
use super::effect::Effect;
use super::executor::{Executor, FOLLOW_EVERY};
use super::message::{Message, Update};
use super::view::render;
use super::writer::copies_dirs;
use crate::clock;
use crate::domain::Session;
use crate::settings::{Settings, Theme};
use crate::store::{Store, format};
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
        .chain(key_problems.iter().map(|e| format!("{}: {}", t.room.key_skipped, (t.room.key_problem)(e))))
        .collect();
    app = app.with_author(author(&startup.settings));
    let mut disk = Executor::new(store, copies_dirs());
    let first = first_effect(startup.start, &mut app, &mut disk);
    if let Some(effect) = first
        && disk.carry_out(effect, &mut app, &clock::now)
    {
        *lost = disk.take_lost();
        return Ok(());
    }
    if !problems.is_empty() {
        app.update(Message::OpenFailed(problems.join(t.executor.problems_between)), clock::now());
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
                panic!("{}", app.text().executor.panic_asked_for);
            }
            let actions = next_actions(terminal, &app, &mut disk, stop, &mut next_tick)?;
            for action in actions {
                // To the millisecond: the app tells typing from a roll call by it.
                if let Some(effect) = app.update(action, clock::now_to_the_millisecond())
                    && disk.carry_out(effect, &mut app, &clock::now)
                {
                    return Ok(true);
                }
            }
            Ok(false)
        }));
        let failure = match turn {
            Ok(Ok(true)) => {
                *lost = disk.take_lost();
                return Ok(());
            }
            Ok(Ok(false)) => continue,
            // The terminal failed under us: keep what was typed, then report.
            Ok(Err(e)) => anyhow::Error::from(e),
            Err(_) if app.run().is_some() => anyhow::Error::msg(app.text().guard.internal_error),
            Err(_) => anyhow::Error::msg(app.text().guard.internal_error_no_session),
        };
        if let Some(effect) = app.update(Message::Shutdown, clock::now()) {
            disk.carry_out(effect, &mut app, &clock::now);
        }
        *lost = disk.take_lost();
        return Err(failure);
    }
}

/// What the app does first, where it starts.
fn first_effect(start: Start, app: &mut App, disk: &mut Executor) -> Option<Effect> {
    match start {
        Start::Home => Some(Effect::LoadList),
        Start::Session(path) => {
            // Read before the first frame, so that the run view is the first thing shown.
            let (action, offer) = disk.open_now(&path, app.text());
            let failed = matches!(action, Message::OpenFailed(_));
            let effect = app.update(action, clock::now());
            // Not opened: the home screen is what is left, so its list must load.
            let effect = if failed { Some(Effect::LoadList) } else { effect };
            offer.and_then(|offer| app.update(offer, clock::now())).or(effect)
        }
        Start::Clock(path) => {
            let action = disk.follow(&path, app.text());
            app.update(action, clock::now())
        }
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
    disk: &mut Executor,
    stop: &AtomicBool,
    next_tick: &mut Instant,
) -> io::Result<Vec<Update>> {
    terminal.draw(|frame| render(app, frame))?;
    // While the list, a session or a save is on its way, look for it often;
    // a followed file is looked at a few times a second.
    let most = if disk.waiting() {
        Duration::from_millis(20)
    } else if disk.following() {
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
    // First, so that a merge from disk is taken in before any key changes the session.
    let mut actions: Vec<Update> =
        disk.saved(app.text()).into_iter().map(Update::Message).chain(action.map(Update::Gesture)).collect();
    // The clock ticks on the second even while keys keep coming.
    if Instant::now() >= *next_tick {
        actions.push(Message::Tick.into());
        let into_second = u64::from(chrono::Local::now().timestamp_subsec_millis().min(999));
        *next_tick = Instant::now() + Duration::from_millis(1000 - into_second);
    }
    actions.extend(disk.poll(app).into_iter().map(Update::Message));
    // A closed terminal (a dropped SSH link, a closed window) is a stop
    // too, even where no SIGHUP arrives.
    if stop.load(Ordering::Relaxed) || !io::stdin().is_terminal() {
        actions.push(Message::Shutdown.into());
    }
    Ok(actions)
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

#[cfg(test)]
mod tests {
    use super::*;

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
