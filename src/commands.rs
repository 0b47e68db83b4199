//! The subcommands, one module each, writing to the context's outputs so
//! tests can read them.

pub mod check;
pub mod clock;
pub mod completions;
pub mod config;
pub mod export;
pub mod git_setup;
pub mod list;
pub mod man;
pub mod merge;
pub mod new;
pub mod open;
pub mod report;
pub mod roster;
pub mod search;
pub mod show;
pub mod template;
mod written;

use crate::cli::{Command, RosterCommand, TemplateCommand};
pub use crate::domain::problem::CommandError;
use crate::settings::Settings;
use crate::store::Store;
use crate::text::Text;
use std::io::Write;

/// What every subcommand works with: built once by `main`.
pub struct Context<'a> {
    pub store: &'a Store,
    pub text: &'a Text,
    /// The settings in force (from the file, or the defaults).
    pub settings: &'a Settings,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

/// Run `command` (none: the list). True when it did all it was asked;
/// false, after saying why on `err`, when the exit code must be 1.
/// `found` is the settings file as `main` found it, for `config`.
pub fn run(
    ctx: &mut Context,
    command: Option<&Command>,
    found: &config::Found,
) -> Result<bool, CommandError> {
    match command {
        Some(Command::New(args)) => new::run(ctx, args).map(|_| true),
        Some(Command::List { workshop }) => list::run(ctx, workshop.as_deref()).map(|_| true),
        None => list::run(ctx, None).map(|_| true),
        Some(Command::Show { file }) => show::run(ctx, file).map(|_| true),
        Some(Command::Open { file }) => open::run(ctx, file),
        Some(Command::Clock { file }) => clock::run(ctx, file),
        Some(Command::Config { init }) => config::run(ctx, *init, found),
        Some(Command::Check { paths }) => check::run(ctx, paths),
        Some(Command::Search(args)) => search::run(ctx, args),
        Some(Command::Report(args)) => report::run(ctx, args),
        Some(Command::Export(args)) => export::run(ctx, args),
        Some(Command::Template(TemplateCommand::List)) => template::list(ctx),
        Some(Command::Template(TemplateCommand::Save { file, name, force })) => {
            template::save(ctx, file, name, *force)
        }
        Some(Command::Roster(RosterCommand::Import { csv, output, force })) => {
            roster::import(ctx, csv, output.as_deref(), *force)
        }
        Some(Command::Roster(RosterCommand::Show { file })) => roster::show(ctx, file),
        Some(Command::Merge(args)) => merge::run(ctx, args),
        Some(Command::GitSetup) => git_setup::run(ctx),
        Some(Command::Completions { shell }) => completions::run(ctx, *shell),
        Some(Command::Man { out }) => man::run(ctx, out.as_deref()),
    }
}
