//! The command line: subcommands and their arguments, nothing else.

use std::path::PathBuf;

use chrono::{FixedOffset, NaiveDate, NaiveTime};
use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::text::Lang;

mod errors;
mod help;
mod indonesian;

pub use errors::Stop;

#[derive(Debug, Parser)]
#[command(
    name = "sigap",
    version,
    about = "Run workshop sessions from the terminal: agenda timer, roll call, minutes."
)]
pub struct Cli {
    /// The sessions folder (default: the settings' sessions_dir, else ./sessions).
    #[arg(long, global = true, env = "SIGAP_DIR")]
    pub dir: Option<PathBuf>,
    /// Language of the interface (default: the settings, else LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, env = "SIGAP_LANG", value_parser = LangParser)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session file and print its path.
    New(NewArgs),
    /// List sessions: date, start, workshop, title, attendance, notes, path.
    List {
        /// Only sessions of this workshop (name or folder name).
        #[arg(long)]
        workshop: Option<String>,
    },
    /// Print a readable summary of a session.
    Show { file: PathBuf },
    /// Print a session's heading, or change its venue, facilitators, chair and
    /// note-taker (an empty value clears one).
    Details(DetailsArgs),
    /// Open a session straight into the run view.
    Open { file: PathBuf },
    /// A full-screen clock of a session for the room's projector: read-only,
    /// it follows the file as the facilitator's sigap saves it.
    Clock { file: PathBuf },
    /// Print where the settings file is and the settings in force.
    Config {
        /// Write a settings file with the defaults if there is none yet.
        #[arg(long)]
        init: bool,
    },
    /// Validate session, template and roster files (default: the whole sessions folder).
    Check { paths: Vec<PathBuf> },
    /// Find words in session titles and notes (case and accents do not matter).
    Search(SearchArgs),
    /// A workshop's attendance report: who reaches the threshold, totals, open actions.
    Report(ReportArgs),
    /// Write a session's minutes, attendance sheet or data for other people and tools.
    Export(ExportArgs),
    /// Agenda templates: list them, keep a session's agenda as one, or import a timetable.
    #[command(subcommand)]
    Template(TemplateCommand),
    /// Rosters: import a spreadsheet's CSV export or workbook, or show a roster file.
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Combine two copies of one session: every note, the latest mark of each
    /// participant, the whole log. Conflicts are listed on stderr, and the exit
    /// code is 1 while one remains.
    Merge(MergeArgs),
    /// Let git merge session files with sigap, in the repository that holds
    /// the sessions folder.
    GitSetup,
    /// Print the completion script of a shell to standard output.
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print sigap's manual page (roff), every subcommand included, to standard output.
    Man {
        /// Write sigap.1 and one sigap-SUBCOMMAND.1 per subcommand into this folder instead.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file.
    pub file: PathBuf,
    /// md: minutes; csv: attendance sheet; json: the whole session; html: a printable sheet to
    /// sign; xlsx: the attendance as an Excel workbook; docx: the minutes as a Word document.
    #[arg(long, short, value_enum)]
    pub format: crate::export::Format,
    /// Write to this file instead of standard output (a workbook or Word file
    /// replaces only one that sigap wrote).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// With --format csv: a CSV that Excel opens on a double-click (byte-order
    /// mark, the interface language's list separator, codes kept as text).
    #[arg(long)]
    pub excel: bool,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// The templates in the sessions folder's templates/, with their items and length.
    List,
    /// Keep a session's agenda as planned (titles, kinds, minutes, fixed times, facilitators).
    Save {
        /// The session file.
        file: PathBuf,
        /// The template's name; the file is templates/NAME.ron.
        name: String,
        /// Replace a template of the same name.
        #[arg(long)]
        force: bool,
    },
    /// Make templates from a timetable (jadwal) in a CSV export or a workbook: minutes from
    /// the time ranges, prayer and meal times fixed, each item's kind guessed from its words.
    Import(TemplateImportArgs),
}

#[derive(Debug, Args)]
pub struct TemplateImportArgs {
    /// The timetable: a CSV export, or an .xlsx, .xls or .ods workbook.
    pub file: PathBuf,
    /// The template's name; a timetable of several days gives NAME-day-1, NAME-day-2
    /// and so on (NAME-hari-1 in Indonesian).
    pub name: String,
    /// The sheet of a workbook to read (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Only this day of the timetable (1 = the first), written as NAME.
    #[arg(long, value_name = "N")]
    pub day: Option<usize>,
    /// Correct the kind of item N as the summary numbers it, e.g. 5=discussion or 5=diskusi
    /// (repeatable).
    #[arg(long, value_name = "N=KIND", value_parser = crate::text::parse_kind_correction)]
    pub kind: Vec<(usize, crate::domain::ItemKind)>,
    /// Replace templates of the same names.
    #[arg(long)]
    pub force: bool,
    /// Print the summary and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Read a roster from a spreadsheet (CSV with ';' or ',', or an .xlsx, .xls or .ods
    /// workbook; Indonesian or English headers) and write a roster file.
    Import {
        /// The CSV export or workbook.
        csv: PathBuf,
        /// The sheet of a workbook to read (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// The roster file to write (default: rosters/NAME.ron in the sessions folder).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Replace an existing roster file.
        #[arg(long)]
        force: bool,
    },
    /// Print a roster file (RON, CSV or a workbook) as a table.
    Show {
        file: PathBuf,
        /// The sheet of a workbook to read (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The words to find; all of them must occur, in any order.
    pub text: String,
    /// Only sessions of this workshop (name or folder name).
    #[arg(long)]
    pub workshop: Option<String>,
    /// Only notes of this kind: note, decision, action, question, parking-lot
    /// (or catatan, keputusan, tindak-lanjut, pertanyaan, isu-tertunda).
    #[arg(long, value_parser = crate::search::parse_note_kind)]
    pub kind: Option<crate::domain::NoteKind>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The workshop (name, part of it, or folder name).
    pub workshop: String,
    /// Percent of the planned learning time needed to reach the threshold
    /// (default: the settings' certificate_threshold, else 80).
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=100))]
    pub threshold: Option<u32>,
    /// How to write the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// With --format csv: a CSV that Excel opens on a double-click (byte-order
    /// mark, the interface language's list separator and decimal mark).
    #[arg(long)]
    pub excel: bool,
    /// Write to this file instead of standard output (a workbook replaces
    /// only one that sigap wrote).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// How sigap report writes the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ReportFormat {
    /// Aligned plain-text tables.
    #[default]
    Text,
    /// One row per participant, for a spreadsheet.
    Csv,
    /// Markdown tables.
    Md,
    /// An Excel workbook: the matrix, the head counts and each session's
    /// attendance (needs -o FILE, or a redirected output).
    Xlsx,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The training the session belongs to.
    #[arg(long)]
    pub workshop: String,
    /// The session's title.
    #[arg(long)]
    pub title: String,
    /// YYYY-MM-DD
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// HH:MM, local time
    #[arg(long, value_parser = parse_time)]
    pub start: NaiveTime,
    /// A template name from templates/, or a template file.
    #[arg(long)]
    pub template: Option<String>,
    /// A roster: a .ron roster, a name from rosters/, a spreadsheet's .csv export, or an
    /// .xlsx, .xls or .ods workbook.
    #[arg(long)]
    pub roster: Option<PathBuf>,
    /// The sheet of a workbook roster (default: the first).
    #[arg(long, value_name = "NAME", requires = "roster")]
    pub sheet: Option<String>,
    /// Where the session takes place.
    #[arg(long)]
    pub venue: Option<String>,
    /// A facilitator's name; repeat for several.
    #[arg(long = "facilitator")]
    pub facilitators: Vec<String>,
    /// Who chairs the session and signs the minutes.
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    /// Who takes the minutes and signs them with the chair.
    #[arg(long, value_name = "NAME")]
    pub note_taker: Option<String>,
    /// The UTC offset of the start time, such as +07:00 (default: this machine's).
    #[arg(long, value_parser = parse_offset, allow_hyphen_values = true)]
    pub utc_offset: Option<FixedOffset>,
    /// One of several parallel classes of the workshop; its sessions get a
    /// folder of their own and the report names the class.
    #[arg(long)]
    pub class: Option<String>,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    date(text).ok_or_else(|| (Lang::En.cli().not_a_date)(text))
}

fn parse_time(text: &str) -> Result<NaiveTime, String> {
    time(text).ok_or_else(|| (Lang::En.cli().not_a_time)(text))
}

fn parse_offset(text: &str) -> Result<FixedOffset, String> {
    text.trim().parse::<FixedOffset>().map_err(|_| (Lang::En.cli().not_an_offset)(text))
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

fn time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M").or_else(|_| NaiveTime::parse_from_str(text, "%H.%M")).ok()
}

/// The command line with its help in `lang`: English as written above, or
/// Indonesian from [`crate::text::cli::ID_HELP`], with each command's
/// examples and exit statuses, and the session format in `--version`.
pub fn command(lang: Lang) -> clap::Command {
    let words = lang.cli();
    let command = Cli::command()
        .version((words.version)(env!("CARGO_PKG_VERSION")))
        .mut_arg("dir", |a| a.help_heading(words.global_options))
        .mut_arg("lang", |a| a.help_heading(words.global_options));
    let command = help::with_examples(command, lang, "");
    let command = match lang {
        Lang::En => command,
        Lang::Id => indonesian::translate(command),
    };
    help::with_usages(command, lang)
}

/// The parsed command line; on `--help`, `--version` or a usage error,
/// prints as clap would (in `lang`) and ends the process.
pub fn matches(lang: Lang, args: &[std::ffi::OsString]) -> clap::ArgMatches {
    match try_matches(lang, args) {
        Ok(matches) => matches,
        Err(stop) => stop.exit(),
    }
}

/// The parsed command line, or what to print instead and the exit status.
pub fn try_matches(lang: Lang, args: &[std::ffi::OsString]) -> Result<clap::ArgMatches, Stop> {
    let mut command = command(lang);
    let matches = command.try_get_matches_from_mut(args).map_err(|e| Stop::from_error(lang, e))?;
    match indonesian::asked_help(&mut command, &matches) {
        Some(stop) => Err(stop),
        None => Ok(matches),
    }
}

/// The language asked for before the arguments are parsed, so that
/// `--help` and argument errors can already speak it: `--lang`, then
/// `SIGAP_LANG`, then whatever `fallback` (settings, locale) says.
pub fn early_lang(args: &[std::ffi::OsString], fallback: impl FnOnce() -> Lang) -> Lang {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if word == "--lang" => words.next(),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::from_code) {
            return lang;
        }
    }
    match std::env::var("SIGAP_LANG").ok().as_deref().and_then(Lang::from_code) {
        Some(lang) => lang,
        None => fallback(),
    }
}

/// `--lang` and `SIGAP_LANG`: `en` or `id` in any case, or a locale such as
/// `id_ID.UTF-8`, as people copy it from `LANG`.
#[derive(Clone, Copy, Debug)]
pub struct LangParser;

impl clap::builder::TypedValueParser for LangParser {
    type Value = Lang;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Lang, clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        value.to_str().and_then(Lang::from_code).ok_or_else(|| {
            let mut e = clap::Error::new(ErrorKind::InvalidValue).with_cmd(command);
            if let Some(arg) = arg {
                e.insert(ContextKind::InvalidArg, ContextValue::String(arg.to_string()));
            }
            e.insert(ContextKind::InvalidValue, ContextValue::String(value.to_string_lossy().into_owned()));
            e.insert(ContextKind::ValidValue, ContextValue::Strings(vec!["en".into(), "id".into()]));
            e
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(["en", "id"].into_iter().map(clap::builder::PossibleValue::new)))
    }
}

#[derive(Debug, Args)]
pub struct DetailsArgs {
    /// The session file.
    pub file: PathBuf,
    /// Where the session takes place.
    #[arg(long, value_name = "TEXT")]
    pub venue: Option<String>,
    /// A facilitator's name; repeat for several. The list given replaces the
    /// old one; --facilitator '' leaves none.
    #[arg(long = "facilitator", value_name = "NAME")]
    pub facilitators: Option<Vec<String>>,
    /// Who chairs the session and signs the minutes.
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    /// Who takes the minutes and signs them with the chair.
    #[arg(long, value_name = "NAME")]
    pub note_taker: Option<String>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The two copies: ours first, theirs second.
    #[arg(num_args = 2, value_names = ["OURS", "THEIRS"], required_unless_present = "git_driver")]
    pub files: Vec<PathBuf>,
    /// Where to write the merged session (default: standard output).
    #[arg(short, long, conflicts_with = "git_driver")]
    pub output: Option<PathBuf>,
    /// As git's merge driver: the ancestor (%O), ours (%A, which receives the
    /// result) and theirs (%B).
    #[arg(long, num_args = 3, value_names = ["ANCESTOR", "OURS", "THEIRS"], conflicts_with = "files")]
    pub git_driver: Option<Vec<PathBuf>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_known_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(early_lang(&args(&["sigap", "--lang", "id", "--help"]), || Lang::En), Lang::Id);
        assert_eq!(early_lang(&args(&["sigap", "new", "--lang=en"]), || Lang::Id), Lang::En);
        assert_eq!(early_lang(&args(&["sigap", "list"]), || Lang::Id), Lang::Id);
    }
}
