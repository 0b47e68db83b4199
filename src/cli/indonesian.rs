//! The command line in Bahasa Indonesia, clap's own words included: the
//! headings, the help and version flags, the `help` subcommand, the notes
//! after an argument's help (default, possible values, environment), the
//! usage lines and the value parsers' messages.

use clap::{Arg, ArgAction, ArgMatches, Command};

use super::{Stop, date, time};
use crate::domain::NoteKind;
use crate::text::cli::{ID_HELP, ID_VALUE_HELP, clap_id};
use crate::text::{ID, Lang};

const TEMPLATE: &str = "{before-help}{about-with-newline}\nPENGGUNAAN {usage}\n\n{all-args}{after-help}";
const HELP_COMMAND: &str = "help";
const HELP_TARGET: &str = "subcommand";

/// `command` (English, from the definition) in Indonesian.
pub fn translate(command: Command) -> Command {
    translate_tree(command, "").disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(clap_id::VERSION)
            .help_heading(clap_id::OPTIONS),
    )
}

fn translate_tree(mut command: Command, path: &str) -> Command {
    if let Some(about) = help(path) {
        command = command.about(about).long_about(None);
    }
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let key = if path.is_empty() { id.clone() } else { format!("{path} {id}") };
        command = command.mut_arg(&id, |a| translate_arg(a, &key));
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in &names {
        let key = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        command = command.mut_subcommand(name, |c| translate_tree(c, &key));
    }
    if !names.is_empty() {
        command = command.disable_help_subcommand(true).subcommand(finish(help_command()));
    }
    finish(command)
}

/// clap's headings and help flag in Indonesian.
fn finish(command: Command) -> Command {
    command
        .help_template(TEMPLATE.replace("PENGGUNAAN", &format!("{}:", clap_id::USAGE)))
        .subcommand_help_heading(clap_id::COMMANDS)
        .subcommand_value_name(clap_id::COMMAND_VALUE)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(clap_id::HELP)
                .help_heading(clap_id::OPTIONS),
        )
}

/// A value's placeholder in Indonesian; one without a translation stays as
/// it is (a test of the command line fails on it).
fn value_name(name: &str) -> String {
    clap_id::VALUE_NAMES.iter().find(|(en, _)| *en == name).map_or(name, |(_, id)| id).to_string()
}

fn help(key: &str) -> Option<&'static str> {
    ID_HELP.iter().find(|(k, _)| *k == key).map(|(_, h)| *h)
}

fn translate_arg(mut arg: Arg, key: &str) -> Arg {
    let mut text = help(key).map(str::to_string).unwrap_or_default();
    text.push_str(&value_notes(&arg));
    arg = arg.help(text).long_help(None).hide_env(true);
    if arg.get_action().takes_values() {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    let names: Vec<String> =
        arg.get_value_names().unwrap_or_default().iter().map(|n| value_name(n)).collect();
    if !names.is_empty() {
        arg = arg.value_names(names);
    }
    if arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() { clap_id::ARGUMENTS } else { clap_id::OPTIONS };
        arg = arg.help_heading(heading);
    }
    with_parser(arg, key)
}

/// What clap would add after an argument's help, in Indonesian.
fn value_notes(arg: &Arg) -> String {
    let mut notes = String::new();
    if !arg.get_action().takes_values() {
        return notes;
    }
    let defaults: Vec<_> = arg.get_default_values().iter().map(|v| v.to_string_lossy()).collect();
    if !defaults.is_empty() {
        notes.push_str(&format!(" [{}: {}]", clap_id::DEFAULT, defaults.join(", ")));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() {
        notes.push_str(&format!(" [{}: {}]", clap_id::VALUES, values.join(", ")));
    }
    if let Some(env) = arg.get_env() {
        notes.push_str(&format!(" [{}: {}]", clap_id::ENVIRONMENT, env.to_string_lossy()));
    }
    notes
}

/// The value parsers whose messages are sigap's own, with Indonesian words.
fn with_parser(arg: Arg, key: &str) -> Arg {
    let words = Lang::Id.cli();
    match key {
        "new date" => arg.value_parser(move |s: &str| date(s).ok_or_else(|| (words.not_a_date)(s))),
        "new start" => arg.value_parser(move |s: &str| time(s).ok_or_else(|| (words.not_a_time)(s))),
        "new utc_offset" => arg.value_parser(move |s: &str| {
            s.trim().parse::<chrono::FixedOffset>().map_err(|_| (words.not_an_offset)(s))
        }),
        "report threshold" => arg.value_parser(move |s: &str| {
            s.trim().parse::<u32>().ok().filter(|p| *p <= 100).ok_or_else(|| (words.not_a_percent)(s))
        }),
        "search kind" => arg.value_parser(move |s: &str| {
            crate::search::parse_note_kind(s).map_err(|_| (words.not_a_note_kind)(s, &note_kinds()))
        }),
        "report format" => arg.value_parser(described::<super::ReportFormat>("report format")),
        "export format" => arg.value_parser(described::<crate::export::Format>("export format")),
        _ => arg,
    }
}

/// A choice's values with their Indonesian meaning (shell completions show
/// it), parsed exactly as clap parses the enum.
fn described<E>(key: &'static str) -> impl clap::builder::TypedValueParser<Value = E>
where
    E: clap::ValueEnum + Clone + Send + Sync + 'static,
{
    let values = E::value_variants().iter().filter_map(E::to_possible_value).map(move |value| {
        let meaning = ID_VALUE_HELP.iter().find(|(k, v, _)| *k == key && *v == value.get_name());
        match meaning {
            Some((_, _, help)) => value.help(*help),
            None => value,
        }
    });
    // Only the values listed reach `map`, and each is one of the enum's.
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(values)
        .map(|name: String| E::from_str(&name, false).expect("a value the enum listed"))
}

fn note_kinds() -> String {
    let slug = crate::search::fold::slug;
    NoteKind::ALL.iter().map(|k| slug(ID.note_kind(*k))).collect::<Vec<_>>().join(", ")
}

/// `help [SUBCOMMAND]...`, as clap's own but in Indonesian.
fn help_command() -> Command {
    Command::new(HELP_COMMAND).about(clap_id::HELP_COMMAND).arg(
        Arg::new(HELP_TARGET)
            .num_args(0..)
            .value_name(clap_id::COMMAND_VALUE)
            .help(clap_id::HELP_COMMAND_ARG)
            .help_heading(clap_id::ARGUMENTS),
    )
}

/// Under Indonesian, `sigap help new` asks for the help of `sigap new`:
/// the long help to print, or the error of a subcommand that is not one.
pub fn asked_help(command: &mut Command, matches: &ArgMatches) -> Option<Stop> {
    let mut names = Vec::new();
    let mut current = matches;
    while let Some((name, sub)) = current.subcommand() {
        if name == HELP_COMMAND {
            let asked = sub.get_many::<String>(HELP_TARGET).into_iter().flatten().cloned();
            names.extend(asked);
            return Some(long_help(command, &names));
        }
        names.push(name.to_string());
        current = sub;
    }
    None
}

fn long_help(command: &mut Command, names: &[String]) -> Stop {
    let mut target = command;
    for name in names {
        if target.find_subcommand(name).is_none() {
            let usage = target.render_usage().to_string();
            return Stop::usage_error(super::errors::compose(&clap_id::unknown_command(name), &[], &usage));
        }
        target = target.find_subcommand_mut(name).expect("found above");
    }
    Stop::help(target.render_long_help().to_string())
}
