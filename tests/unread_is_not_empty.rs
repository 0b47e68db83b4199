//! What could not be read is never taken for nothing: a folder or a session
//! file that cannot be read makes the exit code 2 (as grep's), after every
//! answer that could be given; a workshop that matches nothing is an error
//! for `list` and `search` as for `report`.

#[path = "support/command.rs"]
mod command;
#[path = "support/example.rs"]
mod example;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use command::sigap;
use example::{copy_folder, example};
use predicates::prelude::*;

const WORKSHOP: &str = "bimtek-sekcam-jawa-timur-2017";
const SECOND_DAY: &str = "2017-05-09-0745-hari-2-pelayanan-publik-yang-inklusif.ron";

/// The example with its second day no longer a session sigap can read.
fn with_a_broken_day() -> tempfile::TempDir {
    let dir = example();
    let day = dir.path().join(WORKSHOP).join(SECOND_DAY);
    let mut text = fs::read_to_string(&day).unwrap();
    text.insert_str(0, "garbage");
    fs::write(&day, text).unwrap();
    dir
}

#[test]
fn a_session_that_cannot_be_read_makes_list_search_and_report_exit_2_after_answering() {
    let dir = with_a_broken_day();
    let broken = predicate::str::contains(SECOND_DAY);
    sigap(dir.path())
        .arg("list")
        .assert()
        .code(2)
        .stdout(predicate::str::contains("Hari 1"))
        .stderr(broken.clone().and(predicate::str::contains("1 file could not be read")));
    sigap(dir.path()).args(["search", "desa"]).assert().code(2).stdout(predicate::str::contains("desa"));
    sigap(dir.path())
        .args(["report", "Bimtek"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("Hari 1"))
        .stderr(broken.and(predicate::str::contains("skipped")));
}

#[test]
fn a_file_of_another_kind_is_said_in_indonesian_without_the_parsers_words() {
    let dir = with_a_broken_day();
    let day = dir.path().join(WORKSHOP).join(SECOND_DAY);
    sigap(dir.path()).args(["--lang", "id", "show"]).arg(&day).assert().code(2).stderr(
        predicate::str::contains("VersionProbe").not().and(predicate::str::contains("Expected").not()),
    );
}

#[test]
fn a_workshop_that_matches_nothing_is_an_error_for_list_and_search() {
    let dir = example();
    for args in [&["list", "--workshop", "nope"][..], &["search", "desa", "--workshop", "nope"]] {
        sigap(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("nope").and(predicate::str::contains("Bimtek")));
    }
    // A part of the name is still a filter, as before.
    sigap(dir.path()).args(["list", "--workshop", "sekcam"]).assert().code(0);
}

#[test]
fn an_empty_search_is_an_error_not_a_negative_answer() {
    let dir = example();
    sigap(dir.path()).args(["search", "  "]).assert().code(2).stderr(predicate::str::contains("no word"));
}

#[test]
fn check_counts_one_file_as_one() {
    let dir = example();
    let day = dir.path().join(WORKSHOP).join(SECOND_DAY);
    sigap(dir.path()).arg("check").arg(&day).assert().code(0).stdout("1 file checked, all good\n");
}

#[test]
fn the_language_is_read_in_any_case_and_as_a_locale() {
    let dir = example();
    for (flag, variable) in [(Some("ID"), None), (None, Some("id_ID.UTF-8")), (Some("id-ID"), None)] {
        let mut cmd = Command::cargo_bin("sigap").unwrap();
        cmd.arg("--dir").arg(dir.path()).env("SIGAP_CONFIG", "no-such-settings.ron").env_remove("SIGAP_LANG");
        if let Some(flag) = flag {
            cmd.args(["--lang", flag]);
        }
        if let Some(variable) = variable {
            cmd.env("SIGAP_LANG", variable);
        }
        cmd.args(["search", "zzzz", "--workshop", "nope"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("nope").and(predicate::str::contains("no workshop").not()));
    }
}

#[test]
fn man_pages_go_into_a_folder_it_makes() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man/man1");
    sigap(dir.path()).args(["man", "--out"]).arg(&pages).assert().code(0);
    assert!(pages.join("sigap.1").is_file());
}

/// As a user who may not read the folder (root reads everything, so the
/// test runs sigap as `nobody` through `setpriv` where it can).
#[test]
fn a_folder_that_cannot_be_read_is_an_error_not_an_empty_list() {
    let as_nobody = |args: &[&str], dir: &Path| {
        Process::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin("sigap"))
            .arg("--dir")
            .arg(dir)
            .args(["--lang", "en"])
            .args(args)
            .env("SIGAP_CONFIG", "no-such-settings.ron")
            .output()
    };
    let base = tempfile::tempdir().unwrap();
    fs::set_permissions(base.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let locked = base.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let Ok(probe) = as_nobody(&["list"], &locked) else {
        eprintln!("setpriv is not here: skipped");
        return;
    };
    if String::from_utf8_lossy(&probe.stderr).contains("setpriv:") {
        eprintln!("setpriv may not change the user here: skipped");
        return;
    }
    assert_eq!(probe.status.code(), Some(2), "{probe:?}");
    assert!(probe.stdout.is_empty());
    assert!(String::from_utf8_lossy(&probe.stderr).contains("locked"), "{probe:?}");
    // The binary must be reachable by `nobody` for the rest to mean anything.
    let inner = base.path().join("sessions");
    copy_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions"), &inner);
    for entry in walk(&inner) {
        let mode = if entry.is_dir() { 0o755 } else { 0o644 };
        fs::set_permissions(&entry, fs::Permissions::from_mode(mode)).unwrap();
    }
    fs::set_permissions(inner.join(WORKSHOP), fs::Permissions::from_mode(0o000)).unwrap();
    let checked = as_nobody(&["list"], &inner).unwrap();
    assert_eq!(checked.status.code(), Some(2), "{checked:?}");
    assert!(String::from_utf8_lossy(&checked.stderr).contains(WORKSHOP), "{checked:?}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for entry in fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}
