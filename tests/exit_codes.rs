//! Every command's exit codes, as grep's: 0 done, 1 a negative answer
//! (nothing found, a problem found, a conflict left), 2 an error.

#[path = "support/command.rs"]
mod command;
#[path = "support/example.rs"]
mod example;
#[path = "support/terminal.rs"]
mod terminal;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use command::sigap;
use example::example;
use predicates::prelude::*;

const WORKSHOP: &str = "bimtek-sekcam-jawa-timur-2017";
const FIRST_DAY: &str = "2017-05-08-0745-hari-1-kepemimpinan-dan-akuntabilitas-sosial.ron";

fn first_day(dir: &Path) -> PathBuf {
    dir.join(WORKSHOP).join(FIRST_DAY)
}

/// sigap with no folder named at all: `./sessions` of `cwd`.
fn sigap_in(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.current_dir(cwd)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env_remove("SIGAP_LANG");
    cmd
}

#[test]
fn a_folder_that_is_not_there_is_an_error_that_names_it_and_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("sesions");
    let named = predicate::str::contains(missing.display().to_string());
    sigap(&missing).arg("list").assert().code(2).stdout("").stderr(
        named.and(predicate::str::contains("named by --dir")).and(predicate::str::contains("sigap new")),
    );
    // Piped, `sigap` alone is the list.
    sigap(&missing).assert().code(2).stdout("");
    for args in [&["search", "x"][..], &["report", "x"], &["template", "list"], &["check"], &["git-setup"]] {
        sigap(&missing).args(args).assert().code(2).stdout("").stderr(predicate::str::contains("sesions"));
    }
    let csv = dir.path().join("peserta.csv");
    fs::write(&csv, "Nama;Jenis Kelamin\nSiti;P\n").unwrap();
    sigap(&missing).args(["roster", "import"]).arg(&csv).assert().code(2);
    sigap_in(dir.path())
        .arg("list")
        .env("SIGAP_DIR", &missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("named by SIGAP_DIR"));
    sigap_in(dir.path()).arg("list").assert().code(2).stderr(predicate::str::contains("./sessions"));
    sigap_in(dir.path())
        .args(["--lang", "id", "--dir"])
        .arg(&missing)
        .arg("list")
        .env("SIGAP_DIR", dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("folder sesi tidak ada (dari --dir)"));
    assert!(!missing.exists(), "nothing was created");
}

#[test]
fn a_file_where_the_folder_should_be_is_the_same_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sessions");
    fs::write(&file, "not a folder").unwrap();
    sigap(&file).arg("list").assert().code(2).stdout("").stderr(predicate::str::contains("is a file"));
    sigap(&file)
        .args(["new", "--workshop", "W", "--title", "T", "--date", "2017-05-08", "--start", "08:00"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a file"));
}

#[test]
fn new_creates_a_folder_that_is_not_there_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("baru");
    let made = sigap(&fresh)
        .args(["new", "--workshop", "W", "--title", "T", "--date", "2017-05-08", "--start", "08:00"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(format!("Creating the sessions folder {}", fresh.display())));
    let path = String::from_utf8(made.get_output().stdout.clone()).unwrap();
    assert!(Path::new(path.trim()).is_file(), "{path}");
    // A second session goes into the folder without a word about it.
    sigap(&fresh)
        .args(["new", "--workshop", "W", "--title", "U", "--date", "2017-05-08", "--start", "08:00"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("Creating").not());
    sigap(&fresh).arg("list").assert().code(0);
}

#[test]
fn commands_given_only_files_do_not_care_about_a_folder_set_for_every_command() {
    let dir = example();
    let missing = dir.path().join("nowhere");
    let file = first_day(dir.path());
    // SIGAP_DIR (or the settings) names the folder of every command run
    // here; a command given only files goes ahead without it.
    let sigap = || {
        let mut cmd = sigap_in(dir.path());
        cmd.env("SIGAP_DIR", &missing);
        cmd
    };
    sigap().arg("show").arg(&file).assert().code(0);
    sigap().args(["export", "-f", "md"]).arg(&file).assert().code(0);
    sigap().arg("check").arg(&file).assert().code(0);
    sigap().arg("merge").arg(&file).arg(&file).assert().code(0);
    sigap().args(["roster", "show"]).arg(dir.path().join("rosters/sekcam-jatim-2017.ron")).assert().code(0);
    sigap().arg("config").assert().code(0);
    sigap().arg("show").arg(dir.path().join("nope.ron")).assert().code(2);
}

#[test]
fn a_folder_named_on_the_command_line_must_be_there_for_every_command_but_new_and_config() {
    let dir = example();
    let missing = dir.path().join("nowhere");
    let file = first_day(dir.path());
    let named = predicate::str::contains(missing.display().to_string());
    sigap(&missing).arg("show").arg(&file).assert().code(2).stdout("").stderr(named.clone());
    sigap(&missing).args(["export", "-f", "md"]).arg(&file).assert().code(2).stderr(named);
    sigap(&missing).arg("config").assert().code(0);
    sigap(&missing).args(["completions", "bash"]).assert().code(0);
}

#[test]
fn search_answers_yes_no_or_error() {
    let dir = example();
    sigap(dir.path()).args(["search", "PATEN"]).assert().code(0).stdout(predicate::str::contains("PATEN"));
    sigap(dir.path()).args(["search", "tidak ada di mana pun"]).assert().code(1).stdout("");
    sigap(dir.path()).args(["search", "PATEN", "--kind", "bogus"]).assert().code(2);
    sigap(dir.path()).arg("search").assert().code(2);
}

#[test]
fn check_is_clean_or_finds_a_problem_or_misses_a_file() {
    let dir = example();
    sigap(dir.path()).arg("check").assert().code(0);
    let file = first_day(dir.path());
    let text = fs::read_to_string(&file).unwrap().replacen("    workshop:", "    workshop: (", 1);
    fs::write(&file, text).unwrap();
    sigap(dir.path()).arg("check").assert().code(1);
    sigap(dir.path()).arg("check").arg(&file).assert().code(1);
    sigap(dir.path()).args(["check", "missing.ron"]).assert().code(2);
    // A broken file is an error to show.
    sigap(dir.path()).arg("show").arg(&file).assert().code(2);
}

#[test]
fn merge_is_clean_or_leaves_a_conflict_or_fails() {
    let dir = example();
    let file = first_day(dir.path());
    let text = fs::read_to_string(&file).unwrap();
    let note = "Kontrak belajar: HP mode senyap";
    assert!(text.contains(note));
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    fs::write(&a, text.replacen(note, "Versi A", 1)).unwrap();
    fs::write(&b, text.replacen(note, "Versi B", 1)).unwrap();
    sigap(dir.path()).arg("merge").arg(&a).arg(&a).assert().code(0);
    sigap(dir.path())
        .arg("merge")
        .arg(&a)
        .arg(&b)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("conflict"));
    sigap(dir.path()).arg("merge").arg(&a).arg(dir.path().join("nope.ron")).assert().code(2);
}

#[test]
fn report_of_a_workshop_that_matches_nothing_is_an_error() {
    let dir = example();
    sigap(dir.path()).args(["report", "bimtek"]).assert().code(0);
    sigap(dir.path())
        .args(["report", "zzz"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("sigap: no workshop matches \"zzz\""));
    sigap(dir.path()).args(["report", "bimtek", "--threshold", "120"]).assert().code(2);
}

#[test]
fn a_refused_write_is_an_error() {
    let dir = example();
    let file = first_day(dir.path());
    sigap(dir.path()).args(["template", "list"]).assert().code(0);
    sigap(dir.path())
        .args(["template", "save"])
        .arg(&file)
        .arg("bimtek-hari")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("a template of that name exists"));
    sigap(dir.path()).args(["template", "save"]).arg(&file).arg("baru").assert().code(0);
    sigap(dir.path()).args(["template", "save", "--force"]).arg(&file).arg("bimtek-hari").assert().code(0);
    let csv = dir.path().join("rosters/sekcam-jatim-2017.csv");
    sigap(dir.path())
        .args(["roster", "import"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the roster file exists"));
    sigap(dir.path()).args(["roster", "import", "--force"]).arg(&csv).assert().code(0);
    // An unreadable template is named, and the list ends in an error.
    fs::write(dir.path().join("templates/rusak.ron"), "(version: 1, name: ").unwrap();
    sigap(dir.path()).args(["template", "list"]).assert().code(2).stderr(
        predicate::str::contains("rusak.ron").and(predicate::str::contains("1 file could not be read")),
    );
}

#[test]
fn list_and_the_usage_errors() {
    let dir = example();
    sigap(dir.path()).arg("list").assert().code(0).stdout(predicate::str::contains("Hari 1"));
    sigap(dir.path()).arg("frobnicate").assert().code(2);
    sigap(dir.path()).args(["list", "--no-such-flag"]).assert().code(2);
}

/// A sessions folder of `count` made-up sessions, none of them read yet.
fn many_sessions(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = sigap::store::Store::new(dir.path());
    let shape = sigap::synthetic::Shape { participants: 5, notes: 3, seed: 7 };
    for index in 0..count {
        let s = sigap::synthetic::session(index, &shape);
        let path = store.session_path(&s.workshop, s.planned_start.naive_local(), &s.title);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, sigap::store::format::encode(&s).unwrap()).unwrap();
    }
    dir
}

#[test]
fn a_long_first_reading_shows_no_progress_where_standard_error_is_no_terminal() {
    let dir = many_sessions(400);
    let listed = sigap(dir.path()).arg("list").assert().code(0).stderr("");
    assert_eq!(String::from_utf8_lossy(&listed.get_output().stdout).lines().count(), 400);
    sigap(dir.path()).args(["search", "zzzz-nowhere"]).assert().code(1).stderr("");
    fs::remove_file(dir.path().join(".sigap-index.ron")).unwrap();
    let workshop = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|e| e.file_type().unwrap().is_dir())
        .unwrap()
        .file_name();
    sigap(dir.path()).arg("report").arg(&workshop).assert().code(0).stderr("");
}

#[test]
fn on_a_terminal_a_long_first_reading_ends_and_leaves_no_bar_behind() {
    let dir = many_sessions(400);
    let state = tempfile::tempdir().unwrap();
    // The bar is drawn from the threads that read; a lock held on standard
    // error by the command would stop them for good.
    let mut list = terminal::Sigap::command(dir.path(), &[std::ffi::OsStr::new("list")], state.path(), &[]);
    let status = list.wait_exit(std::time::Duration::from_secs(60)).expect("list ends");
    assert_eq!(status.exit_code(), 0);
    let screen = list.screen();
    assert!(!screen.contains("Reading sessions"), "{screen}");
    assert!(screen.contains(".ron"), "{screen}");
}

#[test]
fn the_app_on_a_named_folder_that_is_not_there_exits_with_2_before_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("sesions");
    let mut app = terminal::Sigap::command(&missing, &[], dir.path(), &[]);
    let status = app.wait_exit(std::time::Duration::from_secs(20)).expect("the app ends");
    assert_eq!(status.exit_code(), 2);
    let screen = app.screen();
    assert!(screen.contains("no such sessions folder (named by --dir)"), "{screen}");
    assert!(!missing.exists());
}
