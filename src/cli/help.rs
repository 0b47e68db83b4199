//! What follows each command's help in both languages: its examples and
//! what its exit statuses mean.

use crate::text::Lang;
use crate::text::cli::{EXAMPLES, EXIT_STATUS, Example, clap_id};

/// The width the usage lines and the examples fit: clap wraps the rest of
/// the help to the terminal, but never a usage line.
const WIDTH: usize = 80;

/// The widest an example's line gets before it goes on after a `\`, so
/// that the help fits 80 columns without clap breaking a command line.
const EXAMPLE_WIDTH: usize = 76;

/// `command` and its subcommands, each with its examples and exit
/// statuses after the help; `path` keys them as the text module does.
pub fn with_examples(mut command: clap::Command, lang: Lang, path: &str) -> clap::Command {
    if let Some(after) = after_help(lang, path) {
        command = command.after_help(after);
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let key = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        command = command.mut_subcommand(name, |c| with_examples(c, lang, &key));
    }
    command
}

fn after_help(lang: Lang, path: &str) -> Option<String> {
    let words = lang.cli();
    let examples = EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)?;
    let (_, en, id) = EXIT_STATUS.iter().find(|(p, _, _)| *p == path)?;
    let mut text = format!("{}:\n", words.examples);
    for example in examples {
        let what = match lang {
            Lang::En => example.en,
            Lang::Id => example.id,
        };
        text.push_str(&format!("  {what}:\n{}\n", command_line(example)));
    }
    let status = if lang == Lang::Id { id } else { en };
    text.push_str(&format!("\n{}: {status}", words.exit_status));
    Some(text)
}

/// `sigap` and the example's arguments as typed in a shell: quoted where
/// they hold a space, broken after a `\` where the line would grow long.
pub fn command_line(example: &Example) -> String {
    let mut lines = vec![String::from("    sigap")];
    let mut words = example.args.iter().map(|a| quoted(a)).peekable();
    while let Some(word) = words.next() {
        // An option and its value stay together on one line.
        let word = match words.peek() {
            Some(value) if word.starts_with('-') && !value.starts_with('-') && takes_value(&word) => {
                format!("{word} {}", words.next().unwrap_or_default())
            }
            _ => word,
        };
        let line = lines.last_mut().expect("one line at least");
        if line.len() + 1 + word.len() + 2 > EXAMPLE_WIDTH {
            line.push_str(" \\");
            lines.push(format!("      {word}"));
        } else {
            line.push(' ');
            line.push_str(&word);
        }
    }
    lines.join("\n")
}

/// Whether an option is followed by its value (the flags are the rest).
fn takes_value(option: &str) -> bool {
    !matches!(option, "--force" | "--init")
}

fn quoted(arg: &str) -> String {
    // An empty value (one that clears a field) must still be seen.
    if arg.is_empty() || arg.contains(' ') { format!("\"{arg}\"") } else { arg.to_string() }
}

/// Each command's usage line as clap writes it, broken to fit 80 columns
/// and, in Indonesian, with clap's `[OPTIONS]` and heading translated.
pub fn with_usages(command: clap::Command, lang: Lang) -> clap::Command {
    let mut built = command.clone();
    built.build();
    apply_usages(command, &built, lang)
}

fn apply_usages(mut command: clap::Command, built: &clap::Command, lang: Lang) -> clap::Command {
    let usage = built.clone().render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let (usage, heading) = match lang {
        Lang::En => (usage.to_string(), "Usage: ".len()),
        Lang::Id => (usage.replace("[OPTIONS]", clap_id::OPTIONS_VALUE), clap_id::USAGE.len() + 2),
    };
    command = command.override_usage(wrapped_usage(&usage, heading));
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        if let Some(built_sub) = built.find_subcommand(&name) {
            command = command.mut_subcommand(&name, |c| apply_usages(c, built_sub, lang));
        }
    }
    command
}

/// `usage` broken before an argument where a line would pass [`WIDTH`],
/// after a heading `heading` columns wide; the lines that follow line up
/// under the first argument. An option stays with its value.
fn wrapped_usage(usage: &str, heading: usize) -> String {
    let mut out = Vec::new();
    for (n, line) in usage.lines().map(str::trim).enumerate() {
        let mut words: Vec<String> = Vec::new();
        for word in line.split(' ') {
            match words.last_mut() {
                Some(last) if last.starts_with('-') && word.starts_with('<') => {
                    last.push(' ');
                    last.push_str(word);
                }
                _ => words.push(word.to_string()),
            }
        }
        let indent = heading
            + words
                .iter()
                .take_while(|w| !w.starts_with(['-', '[', '<']))
                .map(|w| w.len() + 1)
                .sum::<usize>();
        let indent = if indent > WIDTH / 2 { heading } else { indent };
        let mut current = if n == 0 { String::new() } else { " ".repeat(heading) };
        let mut width = heading;
        for word in words {
            if width + word.len() > WIDTH && !current.trim().is_empty() {
                out.push(current.trim_end().to_string());
                current = " ".repeat(indent);
                width = indent;
            }
            current.push_str(&word);
            current.push(' ');
            width += word.len() + 1;
        }
        out.push(current.trim_end().to_string());
    }
    out.join("\n")
}
