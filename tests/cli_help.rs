//! The command line's help, version, errors, completions and manual page:
//! whole in Indonesian, fitting the terminal, with examples that parse.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use clap::CommandFactory;
use sigap::cli::{Cli, command, try_matches};
use sigap::text::Lang;
use sigap::text::cli::{EXAMPLES, EXIT_STATUS, ID_HELP};

/// clap's own English, none of which may reach an Indonesian reader.
const CLAP_ENGLISH: &[&str] = &[
    "Usage",
    "Options",
    "OPTIONS",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "Print this message",
    "possible values",
    "default:",
    "env:",
    "error:",
    "invalid value",
    "unexpected argument",
    "required",
    "tip:",
    "For more information",
    "try '",
];

/// sigap as a test runs it: no settings, no variables of whoever runs it.
fn sigap() -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.env_remove("SIGAP_DIR").env_remove("SIGAP_LANG").env("SIGAP_CONFIG", "no-such-settings.ron");
    cmd
}

fn args(words: &[&str]) -> Vec<OsString> {
    std::iter::once("sigap").chain(words.iter().copied()).map(OsString::from).collect()
}

/// The built command line and each subcommand under it, with its path.
fn tree(command: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((path.to_string(), command.clone()));
    for sub in command.get_subcommands() {
        let key =
            if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
        tree(sub, &key, out);
    }
}

fn built(lang: Lang, width: usize) -> Vec<(String, clap::Command)> {
    let mut command = command(lang).term_width(width);
    command.build();
    let mut all = Vec::new();
    tree(&command, "", &mut all);
    all
}

/// The short help of one subcommand, global options included.
fn help_of(lang: Lang, width: usize, name: &str) -> String {
    let mut command = command(lang).term_width(width);
    command.build();
    command.find_subcommand_mut(name).unwrap().render_help().to_string()
}

fn english_in(text: &str) -> Vec<&'static str> {
    CLAP_ENGLISH.iter().copied().filter(|word| text.contains(word)).collect()
}

#[test]
fn every_command_and_argument_has_indonesian_help() {
    fn keys(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        for arg in command.get_arguments().filter(|a| !matches!(a.get_id().as_str(), "help" | "version")) {
            let id = arg.get_id().to_string();
            out.push(if path.is_empty() { id } else { format!("{path} {id}") });
        }
        for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
            let key = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path} {}", sub.get_name())
            };
            out.push(key.clone());
            keys(sub, &key, out);
        }
    }
    let mut all = Vec::new();
    keys(&Cli::command(), "", &mut all);
    let known: Vec<&str> = ID_HELP.iter().map(|(k, _)| *k).collect();
    let missing: Vec<&String> = all.iter().filter(|k| !known.contains(&k.as_str())).collect();
    assert!(missing.is_empty(), "no Indonesian help for: {missing:?}");
    let unused: Vec<&&str> = known.iter().filter(|k| !k.is_empty() && !all.iter().any(|a| a == *k)).collect();
    assert!(unused.is_empty(), "Indonesian help for nothing: {unused:?}");
}

#[test]
fn every_value_placeholder_is_indonesian() {
    let indonesian: Vec<&str> = sigap::text::cli::clap_id::VALUE_NAMES.iter().map(|(_, id)| *id).collect();
    for (path, command) in built(Lang::Id, 80) {
        for arg in command.get_arguments().filter(|a| a.get_action().takes_values()) {
            for name in arg.get_value_names().unwrap_or_default() {
                assert!(indonesian.contains(&name.as_str()), "sigap {path}: <{name}> has no Indonesian");
            }
        }
    }
}

#[test]
fn the_indonesian_help_of_every_command_holds_none_of_clap_s_english() {
    for (path, mut command) in built(Lang::Id, 80) {
        for help in [command.render_help().to_string(), command.render_long_help().to_string()] {
            assert!(english_in(&help).is_empty(), "sigap {path} --help: {:?}\n{help}", english_in(&help));
            // A `*` in an example is the shell's, as in sessions/bimtek-*/.
            let typed = |l: &&str| l.trim_start().starts_with("sigap ") || l.trim_start().starts_with("--");
            let prose: String = help.lines().filter(|l| !typed(l)).collect();
            assert!(!prose.contains(['`', '*']), "Markdown in sigap {path} --help:\n{help}");
        }
    }
    let version = command(Lang::Id).render_version().to_string();
    assert_eq!(version, format!("sigap 0.1.0 (format berkas sesi {})\n", sigap::domain::FORMAT_VERSION));
}

#[test]
fn the_indonesian_manual_page_holds_none_of_clap_s_english() {
    let mut command = command(Lang::Id).disable_help_subcommand(true);
    command.build();
    let page = String::from_utf8(sigap::commands::man::one_page(&command, Lang::Id).unwrap()).unwrap();
    assert!(english_in(&page).is_empty(), "{:?}", english_in(&page));
    for sub in ["SIGAP NEW", "SIGAP TEMPLATE SAVE", "SIGAP ROSTER IMPORT", "SIGAP COMPLETIONS"] {
        assert!(page.contains(&format!(".SH \"{sub}\"")), "no section for {sub}");
    }
    for (name, page) in sigap::commands::man::pages(&command, Lang::Id).unwrap() {
        let page = String::from_utf8(page).unwrap();
        assert!(english_in(&page).is_empty(), "{name}: {:?}", english_in(&page));
    }
}

/// Each value parser's bad value, an unknown argument, a missing one, a
/// misspelt subcommand: written in Indonesian on stderr, with status 2.
#[test]
fn indonesian_usage_errors_hold_none_of_clap_s_english() {
    let mistakes: &[&[&str]] = &[
        &["--bogus"],
        &["new", "--bogus"],
        &["list", "extra"],
        &["new", "--workshop", "W", "--title", "T", "--date", "8 Mei", "--start", "07:30"],
        &["new", "--workshop", "W", "--title", "T", "--date", "2017-05-08", "--start", "7"],
        &[
            "new",
            "--workshop",
            "W",
            "--title",
            "T",
            "--date",
            "2017-05-08",
            "--start",
            "07:30",
            "--utc-offset",
            "WIB",
        ],
        &["new", "--workshop", "W", "--title", "T", "--date"],
        &["report", "Sekcam", "--threshold", "120"],
        &["report", "Sekcam", "--format", "pdf"],
        &["search", "posyandu", "--kind", "gosip"],
        &["export", "hari-1.ron", "--format", "pdf"],
        &["--lang", "jv", "list"],
        &["completions", "tcsh"],
        &["new", "--workshop", "W"],
        &["export", "hari-1.ron"],
        &["merge"],
        &["merge", "a.ron"],
        &["merge", "a.ron", "b.ron", "--git-driver", "o", "a", "b"],
        &["serch", "posyandu"],
        &["template", "sav"],
        &["help", "serch"],
    ];
    for mistake in mistakes {
        let stop =
            try_matches(Lang::Id, &args(mistake)).err().unwrap_or_else(|| panic!("{mistake:?} parsed"));
        let text = stop.text();
        assert!(english_in(&text).is_empty(), "sigap {mistake:?}: {:?}\n{text}", english_in(&text));
        assert!(text.starts_with("galat: "), "sigap {mistake:?}:\n{text}");
        assert_eq!((stop.status(), stop.to_stdout()), (2, false), "sigap {mistake:?}");
    }
}

#[test]
fn help_and_version_go_to_stdout_with_status_0_in_both_languages() {
    for lang in [Lang::En, Lang::Id] {
        for asked in
            [&["--help"][..], &["-h"], &["new", "--help"], &["template", "save", "-h"], &["--version"]]
        {
            let stop = try_matches(lang, &args(asked)).err().unwrap();
            assert_eq!((stop.status(), stop.to_stdout()), (0, true), "{lang:?} {asked:?}");
        }
        let stop = try_matches(lang, &args(&["help", "roster", "import"])).err().unwrap();
        assert_eq!((stop.status(), stop.to_stdout()), (0, true), "{lang:?} help roster import");
        assert!(stop.text().contains("roster import"), "{}", stop.text());
    }
}

#[test]
fn the_help_fits_80_and_120_columns() {
    for (lang, width) in [(Lang::En, 80), (Lang::Id, 80), (Lang::En, 120), (Lang::Id, 120)] {
        for (path, mut command) in built(lang, width) {
            for help in [command.render_help().to_string(), command.render_long_help().to_string()] {
                let long: Vec<&str> = help.lines().filter(|l| l.chars().count() > width).collect();
                assert!(
                    long.is_empty(),
                    "{lang:?} sigap {path} --help over {width} columns:\n{}",
                    long.join("\n")
                );
            }
        }
    }
}

#[test]
fn global_options_have_their_own_heading() {
    let help = help_of(Lang::En, 80, "search");
    let global = help.find("Global options:").expect("a heading of their own");
    let own = help.find("Options:").unwrap();
    assert!(own < global && help[global..].contains("--dir") && !help[..global].contains("--dir"), "{help}");
    let help = help_of(Lang::Id, 80, "search");
    assert!(help.contains("Opsi umum:") && help.contains("Opsi:"), "{help}");
}

/// Where an example names a file of the bundled sessions folder, the file is
/// there; a `*` stands for any part of one name, as the shell reads it.
fn exists(root: &Path, pattern: &str) -> bool {
    let mut paths = vec![root.to_path_buf()];
    for part in pattern.split('/') {
        let next: Vec<PathBuf> = paths
            .iter()
            .flat_map(|dir| match part.split_once('*') {
                None => vec![dir.join(part)],
                Some((start, end)) => std::fs::read_dir(dir)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(start) && n.ends_with(end))
                    })
                    .collect(),
            })
            .filter(|p| p.exists())
            .collect();
        paths = next;
    }
    paths.len() == 1
}

#[test]
fn every_command_has_examples_that_parse_and_name_files_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (path, _) in built(Lang::En, 80).into_iter().filter(|(p, _)| !p.split(' ').any(|w| w == "help")) {
        let examples = EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e);
        let examples = examples.unwrap_or_else(|| panic!("no examples for sigap {path}"));
        assert!((2..=3).contains(&examples.len()), "sigap {path}: {} examples", examples.len());
        assert!(EXIT_STATUS.iter().any(|(p, _, _)| *p == path), "no exit status for sigap {path}");
        for example in examples {
            assert!(example.args.join(" ").contains(path.as_str()), "{path}: {:?}", example.args);
            for lang in [Lang::En, Lang::Id] {
                assert!(try_matches(lang, &args(example.args)).is_ok(), "{lang:?}: sigap {:?}", example.args);
            }
            let named = example.args.windows(2).filter_map(|w| match w[0] {
                "--template" => Some(format!("sessions/templates/{}.ron", w[1])),
                "--roster" => Some(format!("sessions/rosters/{}.ron", w[1])),
                _ => None,
            });
            let files = example.args.iter().filter(|a| a.starts_with("sessions/")).map(|a| a.to_string());
            for file in files.chain(named) {
                assert!(exists(root, &file), "sigap {path}: no {file} in the repository");
            }
        }
    }
}

#[test]
fn each_command_s_help_shows_its_examples_and_exit_status() {
    for (lang, heading, status) in
        [(Lang::En, "Examples:", "Exit status: "), (Lang::Id, "Contoh:", "Status keluar: ")]
    {
        for (path, mut command) in
            built(lang, 200).into_iter().filter(|(p, _)| !p.split(' ').any(|w| w == "help"))
        {
            let help = command.render_help().to_string();
            assert!(help.contains(heading) && help.contains(status), "{lang:?} sigap {path}:\n{help}");
        }
    }
    let help = help_of(Lang::En, 200, "search");
    assert!(help.contains("Exit status: 0 found, 1 nothing found, 2 error"), "{help}");
    assert!(help.contains("sigap search proposal --kind action"), "{help}");
}

#[test]
fn the_binary_speaks_the_language_asked_for() {
    sigap()
        .args(["--version"])
        .assert()
        .success()
        .stdout(format!("sigap 0.1.0 (session file format {})\n", sigap::domain::FORMAT_VERSION));
    sigap()
        .args(["--lang", "id", "--version"])
        .assert()
        .success()
        .stdout(format!("sigap 0.1.0 (format berkas sesi {})\n", sigap::domain::FORMAT_VERSION));
    let out = sigap().args(["--lang", "id", "new", "--date", "x"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty() && err.starts_with("galat: nilai 'x' tidak sah untuk '--date"), "{err}");
    assert!(err.contains("bukan tanggal seperti 2017-05-08"), "{err}");
    let out = sigap().env("SIGAP_LANG", "id").args(["serch"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("saran: subperintah yang mirip: 'search'"), "{err}");
    let out = sigap().args(["--lang", "en", "new", "--date", "x"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(err.starts_with("error: invalid value 'x' for '--date <DATE>'"), "{err}");
    let out = sigap().args(["--lang", "id", "help", "export"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains("Penggunaan: sigap export"));
}

/// The tools that check a script or a page, where this machine has them.
fn tool(name: &str) -> bool {
    let found = Process::new(name).arg("--version").output().is_ok();
    if !found {
        println!("{name} is not installed: its check is skipped");
    }
    found
}

#[test]
fn the_completion_scripts_are_valid_shell() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, check) in [("bash", &["-n"][..]), ("zsh", &["-n"]), ("fish", &["--no-execute"])] {
        for lang in ["en", "id"] {
            let out = sigap().args(["--lang", lang, "completions", shell]).output().unwrap();
            assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
            assert!(String::from_utf8_lossy(&out.stdout).contains("sigap"));
            if !tool(shell) {
                continue;
            }
            let script = dir.path().join(format!("sigap.{lang}.{shell}"));
            std::fs::write(&script, &out.stdout).unwrap();
            let checked = Process::new(shell).args(check).arg(&script).output().unwrap();
            assert!(checked.status.success(), "{shell} {lang}: {}", String::from_utf8_lossy(&checked.stderr));
        }
    }
}

#[test]
fn the_manual_pages_render_without_warnings() {
    if !tool("groff") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "id"] {
        let out = sigap().args(["--lang", lang, "man"]).output().unwrap();
        assert!(out.status.success());
        let page = dir.path().join(format!("sigap.{lang}.1"));
        std::fs::write(&page, &out.stdout).unwrap();
        let mut pages = vec![page];
        let folder = dir.path().join(lang);
        std::fs::create_dir(&folder).unwrap();
        sigap().args(["--lang", lang, "man", "--out"]).arg(&folder).assert().success();
        pages.extend(std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()));
        assert!(pages.len() > 20, "{pages:?}");
        for page in pages {
            let out =
                Process::new("groff").args(["-man", "-Tutf8", "-ww", "-z"]).arg(&page).output().unwrap();
            assert!(
                out.status.success() && out.stderr.is_empty(),
                "{page:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
