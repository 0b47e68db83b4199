//! sigap's entry point: the only place errors become exit codes, as
//! grep's: 0 done, 1 a negative answer, 2 an error.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::FromArgMatches;
use clap::parser::ValueSource;
use sigap::cli::{self, Cli, Command};
use sigap::commands::{self, FolderSource, Outcome};
use sigap::settings::Settings;
use sigap::shown::{Visible, visible};
use sigap::store::Store;
use sigap::store::settings::{load_settings, settings_path};
use sigap::tui::runner::{self, Start, Startup};

fn main() -> ExitCode {
    let path = settings_path();
    let (settings, settings_error) = match path.as_deref().map(load_settings) {
        Some(Ok(Some(settings))) => (settings, None),
        Some(Err(e)) => (Settings::default(), Some(e)),
        Some(Ok(None)) | None => (Settings::default(), None),
    };
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    // The help and argument errors already speak the language in force.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = cli::early_lang(&args, || settings.language(None, locale.as_deref()));
    let matches = cli::matches(help_lang, &args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let lang = settings.language(cli.lang, locale.as_deref());
    let t = lang.text();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = settings.theme(no_color);
    let dir = cli
        .dir
        .clone()
        .or_else(|| settings.sessions_dir.clone())
        .unwrap_or_else(|| PathBuf::from("sessions"));
    let named_by = match matches.value_source("dir") {
        Some(ValueSource::CommandLine) => FolderSource::Flag,
        Some(ValueSource::EnvVariable) => FolderSource::Variable,
        _ if settings.sessions_dir.is_some() => FolderSource::Settings,
        _ => FolderSource::Default,
    };
    let store = Store::new(&dir);
    let settings_problem =
        settings_error.as_ref().map(|e| format!("{}: {}", (t.store_error)(e), t.room.settings_invalid));
    let settings_problem = with_driver_problem(settings_problem, &cli, &dir, t);
    // The terminal app needs a terminal; piped, `sigap` prints the list and
    // `open` and `clock` print the session, as `show` does.
    let interactive = io::stdout().is_terminal() && io::stdin().is_terminal();
    let startup =
        |start| Startup { lang, theme, settings: settings.clone(), problem: settings_problem.clone(), start };
    match &cli.command {
        None if interactive => {
            // A first run in an empty folder starts with no `./sessions`
            // (creating a session creates it); a folder named on purpose
            // and not there is a mistake, said before the terminal changes.
            let problem = commands::folder_problem(&dir, named_by)
                .filter(|_| named_by != FolderSource::Default || dir.exists());
            if let Some(problem) = problem {
                eprintln!("sigap: {}", visible(&t.command_error(&problem)));
                return ExitCode::from(ERROR);
            }
            return run_app(store, startup(Start::Home));
        }
        Some(Command::Open { file }) if file.is_file() && interactive => {
            return run_app(store, startup(Start::Session(file.clone())));
        }
        Some(Command::Clock { file }) if file.is_file() && interactive => {
            return run_app(store, startup(Start::Clock(file.clone())));
        }
        _ => {}
    }
    // Text read from files never reaches the terminal as control sequences.
    // Standard error stays unlocked: the bar of a long reading is drawn on
    // it from the threads that read, and would wait forever for this one.
    let (mut out, mut err) = (Visible::new(io::stdout().lock()), Visible::new(io::stderr()));
    // Standard output's lock is reentrant: this handle writes through it.
    let mut raw_out = io::stdout();
    let is_config = matches!(cli.command, Some(Command::Config { .. }));
    if let (Some(problem), false) = (&settings_problem, is_config) {
        let _ = writeln!(err, "sigap: {problem}");
    }
    let found =
        commands::config::Found { path: path.as_deref(), error: settings_error.as_ref(), lang, theme };
    let mut ctx = commands::Context {
        store: &store,
        text: t,
        settings: &settings,
        named_by,
        out: &mut out,
        out_is_terminal: io::stdout().is_terminal(),
        raw_out: &mut raw_out,
        err: &mut err,
    };
    let result = commands::run(&mut ctx, cli.command.as_ref(), &found);
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Negative) => ExitCode::FAILURE,
        // The reader has what it wanted (`sigap list | head -1`): as for
        // grep or git, that is no failure and needs no word.
        Err(commands::CommandError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "sigap: {}", t.command_error(&e));
            ExitCode::from(ERROR)
        }
    }
}

/// The exit code of an error, as grep's (1 is a negative answer).
const ERROR: u8 = 2;

/// `problem`, and what is wrong with git's merge driver: a fresh clone
/// lacks the driver its .gitattributes names, and every pull of a changed
/// session would conflict.
fn with_driver_problem(
    problem: Option<String>,
    cli: &Cli,
    dir: &std::path::Path,
    t: &sigap::text::Text,
) -> Option<String> {
    let quiet = matches!(
        cli.command,
        Some(
            Command::GitSetup
                | Command::Merge(_)
                | Command::Config { .. }
                | Command::Completions { .. }
                | Command::Man { .. }
        )
    );
    let driver = (!quiet).then(|| commands::git_setup::driver_problem(dir, t)).flatten();
    match (problem, driver) {
        (Some(a), Some(b)) => Some(format!("{a}; {b}")),
        (a, b) => a.or(b.map(str::to_string)),
    }
}

fn run_app(store: Store, startup: Startup) -> ExitCode {
    match runner::run(store, startup) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sigap: {}", visible(&format!("{e:#}")));
            ExitCode::from(ERROR)
        }
    }
}
