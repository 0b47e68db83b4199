//! What ends the process before a command runs: help, the version, or a
//! usage error, the last written in Indonesian from clap's own error data
//! when that is the language in force.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::text::Lang;
use crate::text::cli::clap_id;

/// Help, the version or a usage error, to print before ending with `status`.
pub enum Stop {
    /// clap's own output: help, the version, or an English error.
    Clap(clap::Error),
    /// Words sigap wrote itself: Indonesian help or a usage error.
    Written { text: String, to_stdout: bool, status: i32 },
}

impl Stop {
    pub fn from_error(lang: Lang, error: clap::Error) -> Stop {
        let clap_prints = matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        );
        if lang == Lang::En || clap_prints {
            return Stop::Clap(error);
        }
        let usage = match error.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => usage.to_string(),
            _ => String::new(),
        };
        let text = compose(&message(&error), &tips(&error), &usage);
        Stop::Written { text, to_stdout: false, status: error.exit_code() }
    }

    pub fn help(text: String) -> Stop {
        Stop::Written { text, to_stdout: true, status: 0 }
    }

    pub fn usage_error(text: String) -> Stop {
        Stop::Written { text, to_stdout: false, status: 2 }
    }

    /// What would be printed, without colours.
    pub fn text(&self) -> String {
        match self {
            Stop::Clap(error) => error.render().to_string(),
            Stop::Written { text, .. } => text.clone(),
        }
    }

    /// Whether it goes to standard output (help, version) or standard error.
    pub fn to_stdout(&self) -> bool {
        match self {
            Stop::Clap(error) => !error.use_stderr(),
            Stop::Written { to_stdout, .. } => *to_stdout,
        }
    }

    pub fn status(&self) -> i32 {
        match self {
            Stop::Clap(error) => error.exit_code(),
            Stop::Written { status, .. } => *status,
        }
    }

    /// Print as clap would and end the process.
    pub fn exit(self) -> ! {
        match self {
            Stop::Clap(error) => error.exit(),
            Stop::Written { text, to_stdout, status } => {
                use std::io::Write;
                // A closed pipe leaves nobody to tell.
                let _ = match to_stdout {
                    true => std::io::stdout().lock().write_all(text.as_bytes()),
                    false => std::io::stderr().lock().write_all(text.as_bytes()),
                };
                std::process::exit(status)
            }
        }
    }
}

/// An error as clap lays it out: the message, tips, usage, where to read more.
pub fn compose(message: &str, tips: &[String], usage: &str) -> String {
    let mut text = format!("{}: {message}\n", clap_id::ERROR);
    if !tips.is_empty() {
        text.push('\n');
    }
    for tip in tips {
        text.push_str(&format!("  {}: {tip}\n", clap_id::TIP));
    }
    if let Some(usage) = usage.strip_prefix("Usage: ").or(Some(usage)).filter(|u| !u.is_empty()) {
        text.push_str(&format!("\n{}: {usage}\n", clap_id::USAGE));
    }
    text.push_str(&format!("\n{} '--help'.\n", clap_id::MORE));
    text
}

fn string(error: &clap::Error, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(list)) => list.clone(),
        _ => Vec::new(),
    }
}

fn number(error: &clap::Error, kind: ContextKind) -> usize {
    match error.get(kind) {
        Some(ContextValue::Number(n)) => (*n).max(0) as usize,
        _ => 0,
    }
}

fn message(error: &clap::Error) -> String {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => clap_id::value_needed(&arg),
        ErrorKind::InvalidValue => {
            let valid = strings(error, ContextKind::ValidValue);
            let mut text = clap_id::invalid_value(&value, &arg);
            if !valid.is_empty() {
                text.push_str(&format!("\n  [{}: {}]", clap_id::VALUES, valid.join(", ")));
            }
            text
        }
        ErrorKind::ValueValidation => match std::error::Error::source(error) {
            Some(why) => format!("{}: {why}", clap_id::invalid_value(&value, &arg)),
            None => clap_id::invalid_value(&value, &arg),
        },
        ErrorKind::UnknownArgument => clap_id::unknown_argument(&arg),
        ErrorKind::InvalidSubcommand => {
            clap_id::unknown_command(&string(error, ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg);
            missing.iter().fold(clap_id::MISSING.to_string(), |text, a| format!("{text}\n  {a}"))
        }
        ErrorKind::MissingSubcommand => {
            clap_id::command_needed(&string(error, ContextKind::InvalidSubcommand))
        }
        ErrorKind::ArgumentConflict => {
            let prior = string(error, ContextKind::PriorArg);
            if prior.is_empty() || prior == arg {
                clap_id::repeated(&arg)
            } else {
                clap_id::conflict(&arg, &prior)
            }
        }
        ErrorKind::WrongNumberOfValues => clap_id::value_count(
            &arg,
            number(error, ContextKind::ExpectedNumValues),
            number(error, ContextKind::ActualNumValues),
        ),
        ErrorKind::TooFewValues => clap_id::value_count(
            &arg,
            number(error, ContextKind::MinValues),
            number(error, ContextKind::ActualNumValues),
        ),
        ErrorKind::TooManyValues => clap_id::extra_value(&value, &arg),
        _ if arg.is_empty() => clap_id::OTHER.to_string(),
        _ => format!("{}: '{arg}'", clap_id::OTHER),
    }
}

fn tips(error: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    for name in strings(error, ContextKind::SuggestedSubcommand) {
        tips.push(clap_id::similar_command(&name));
    }
    for arg in strings(error, ContextKind::SuggestedArg) {
        tips.push(clap_id::similar_argument(&arg));
    }
    for value in strings(error, ContextKind::SuggestedValue) {
        tips.push(clap_id::similar_value(&value));
    }
    if error.get(ContextKind::Suggested).is_some() && error.kind() == ErrorKind::UnknownArgument {
        tips.push(clap_id::as_value(&string(error, ContextKind::InvalidArg)));
    }
    tips
}
