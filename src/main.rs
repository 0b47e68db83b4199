//! sigap's entry point: the only place errors become exit codes.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use sigap::cli::{Cli, Command};
use sigap::commands::{self, CommandError};
use sigap::create::CreateError;
use sigap::store::Store;
use sigap::text::Lang;
use sigap::tui::runner::{self, Start};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_else(|| {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        Lang::from_locale(&locale.unwrap_or_default())
    });
    let t = lang.text();
    let store = Store::new(&cli.dir);
    // The terminal app needs a terminal; piped, `sigap` prints the list.
    let interactive = io::stdout().is_terminal() && io::stdin().is_terminal();
    match &cli.command {
        None if interactive => return run_app(store, lang, Start::Home),
        Some(Command::Open { file }) if file.is_file() => {
            return run_app(store, lang, Start::Session(file.clone()));
        }
        _ => {}
    }
    let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
    let result = match &cli.command {
        Some(Command::New(args)) => commands::new_session(&store, args, t, &mut out, &mut err).map(|_| true),
        Some(Command::List { workshop }) => {
            commands::list(&store, workshop.as_deref(), t, &mut out, &mut err).map(|_| true)
        }
        Some(Command::Show { file }) => commands::show(&store, file, t, &mut out).map(|_| true),
        Some(Command::Check { paths }) => commands::check(&store, paths, t, &mut out),
        Some(Command::Search(args)) => commands::insight::search(&store, args, t, &mut out, &mut err),
        Some(Command::Report(args)) => {
            commands::insight::report(&store, args, sigap::clock::now(), t, &mut out, &mut err)
        }
        Some(Command::Merge(args)) => commands::merge::run(&store, args, t, &mut out, &mut err),
        Some(Command::GitSetup) => commands::merge::git_setup(&store, t, &mut out),
        None => commands::list(&store, None, t, &mut out, &mut err).map(|_| true),
        Some(Command::Open { file }) => Err(commands::CommandError::NoFile { path: PathBuf::from(file) }),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            let text = match &e {
                CommandError::Store(s) | CommandError::Create(CreateError::Store(s)) => (t.store_error)(s),
                CommandError::Merge(m) => (t.merge.error)(m),
                CommandError::NoFolder { path } => format!("{}: {}", path.display(), t.merge.no_folder),
                CommandError::NotInGit { path } => format!("{}: {}", path.display(), t.merge.no_git),
                CommandError::Git { message } => format!("{}: {message}", t.merge.git_failed),
                other => other.to_string(),
            };
            let _ = writeln!(err, "sigap: {text}");
            ExitCode::FAILURE
        }
    }
}

fn run_app(store: Store, lang: Lang, start: Start) -> ExitCode {
    match runner::run(store, lang, start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sigap: {e:#}");
            ExitCode::FAILURE
        }
    }
}
