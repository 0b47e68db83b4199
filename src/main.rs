//! sigap's entry point: the only place errors become exit codes.

use std::io;
use std::process::ExitCode;

use clap::Parser;
use sigap::cli::{Cli, Command};
use sigap::commands;
use sigap::store::Store;
use sigap::text::Lang;

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
    let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
    let result = match &cli.command {
        Some(Command::New(args)) => commands::new_session(&store, args, t, &mut out, &mut err).map(|_| true),
        Some(Command::List { workshop }) => {
            commands::list(&store, workshop.as_deref(), t, &mut out, &mut err).map(|_| true)
        }
        Some(Command::Show { file }) => commands::show(&store, file, t, &mut out).map(|_| true),
        Some(Command::Check { paths }) => commands::check(&store, paths, t, &mut out),
        None => commands::list(&store, None, t, &mut out, &mut err).map(|_| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            use std::io::Write;
            let _ = writeln!(err, "sigap: {e}");
            ExitCode::FAILURE
        }
    }
}
