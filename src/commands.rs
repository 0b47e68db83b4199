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
pub mod progress;
pub mod report;
pub mod roster;
pub mod search;
pub mod show;
pub mod template;
mod written;

use crate::cli::{Command, RosterCommand, TemplateCommand};
pub use crate::domain::problem::{CommandError, FolderSource};
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
    /// Where the name of the store's folder came from, for the words of a
    /// folder that is not there.
    pub named_by: FolderSource,
    pub out: &'a mut dyn Write,
    /// Whether `out` is a terminal, where a workbook's bytes are not written.
    pub out_is_terminal: bool,
    /// The same output as `out` without its showing of control characters,
    /// for the bytes of a workbook or Word file, which are no text to show.
    pub raw_out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

/// How a command that did its work ended. An error is no outcome but an
/// `Err(CommandError)`: exit code 2, as with grep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Done as asked: exit code 0.
    Done,
    /// A negative answer, not an error (`search` found nothing, `check`
    /// found problems, `merge` left a conflict): exit code 1.
    Negative,
}

impl Outcome {
    /// `Done` for a yes, `Negative` for a no.
    pub fn answer(yes: bool) -> Outcome {
        if yes { Outcome::Done } else { Outcome::Negative }
    }
}

/// Run `command` (none: the list). `found` is the settings file as `main`
/// found it, for `config`. Every command but `new` that reads or writes the
/// sessions folder fails when it is not there.
pub fn run(
    ctx: &mut Context,
    command: Option<&Command>,
    found: &config::Found,
) -> Result<Outcome, CommandError> {
    // A folder named on the command line is meant, whatever the command:
    // a mistyped `--dir` is said even where the folder is not needed.
    let named_here = ctx.named_by == FolderSource::Flag && !makes_or_shows_the_folder(command);
    if uses_the_folder(command) || named_here {
        require_folder(ctx)?;
    }
    match command {
        Some(Command::New(args)) => done(new::run(ctx, args)),
        Some(Command::List { workshop }) => done(list::run(ctx, workshop.as_deref())),
        None => done(list::run(ctx, None)),
        Some(Command::Show { file }) => done(show::run(ctx, file)),
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
        Some(Command::Roster(RosterCommand::Import { csv, sheet, output, force })) => {
            roster::import(ctx, csv, sheet.as_deref(), output.as_deref(), *force)
        }
        Some(Command::Roster(RosterCommand::Show { file, sheet })) => {
            roster::show(ctx, file, sheet.as_deref())
        }
        Some(Command::Merge(args)) => merge::run(ctx, args),
        Some(Command::GitSetup) => git_setup::run(ctx),
        Some(Command::Completions { shell }) => done(completions::run(ctx, *shell)),
        Some(Command::Man { out }) => done(man::run(ctx, out.as_deref())),
    }
}

/// A command that has no negative answer: done unless it failed.
fn done<T>(result: Result<T, CommandError>) -> Result<Outcome, CommandError> {
    result.map(|_| Outcome::Done)
}

/// Whether `command` reads or writes inside the sessions folder; the ones
/// given only explicit files (and `config`, which says where the folder
/// is) do not care whether it exists, and `new` creates it.
fn uses_the_folder(command: Option<&Command>) -> bool {
    match command {
        None => true,
        Some(Command::List { .. } | Command::Search(_) | Command::Report(_)) => true,
        Some(Command::Template(_) | Command::GitSetup) => true,
        Some(Command::Check { paths }) => paths.is_empty(),
        Some(Command::Roster(RosterCommand::Import { output, .. })) => output.is_none(),
        Some(
            Command::New(_)
            | Command::Show { .. }
            | Command::Open { .. }
            | Command::Clock { .. }
            | Command::Config { .. }
            | Command::Export(_)
            | Command::Roster(RosterCommand::Show { .. })
            | Command::Merge(_)
            | Command::Completions { .. }
            | Command::Man { .. },
        ) => false,
    }
}

/// `new` creates the folder, `config` says where it is, and completions
/// and the manual have nothing to do with it.
fn makes_or_shows_the_folder(command: Option<&Command>) -> bool {
    matches!(
        command,
        Some(Command::New(_) | Command::Config { .. } | Command::Completions { .. } | Command::Man { .. })
    )
}

/// The sessions folder, which must be a folder: a mistyped `--dir` is an
/// error rather than an empty list.
pub fn require_folder(ctx: &Context) -> Result<(), CommandError> {
    folder_problem(ctx.store.root(), ctx.named_by).map_or(Ok(()), Err)
}

/// Why `dir`, named by `named_by`, cannot be the sessions folder: it does
/// not exist, or is no folder.
pub fn folder_problem(dir: &std::path::Path, named_by: FolderSource) -> Option<CommandError> {
    if !dir.is_dir() {
        return Some(CommandError::NoFolder { path: dir.to_path_buf(), named_by, is_file: dir.exists() });
    }
    // A folder that cannot be read would look empty: "no sessions" would be a lie.
    let unreadable = std::fs::read_dir(dir).err()?;
    Some(CommandError::Store(crate::store::StoreError::io(dir, crate::store::IoAction::Reading)(unreadable)))
}
