//! `sigap completions SHELL`: the shell's completion script, from the same
//! definition as the help, in the language in force.

use clap_complete::Shell;

use super::Context;
use crate::domain::problem::CommandError;
use crate::text::{Lang, Text};

pub fn run(ctx: &mut Context, shell: Shell) -> Result<bool, CommandError> {
    let mut command = crate::cli::command(lang_of(ctx.text));
    // Written whole, so that a closed pipe is an error to report, not a
    // panic inside the generator.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "sigap", &mut script);
    ctx.out.write_all(&script)?;
    ctx.out.flush()?;
    Ok(true)
}

/// The language whose words `text` holds.
pub fn lang_of(text: &Text) -> Lang {
    if std::ptr::eq(text, Lang::Id.text()) { Lang::Id } else { Lang::En }
}
