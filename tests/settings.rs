//! The settings file as a facilitator writes it, `sigap config`, and the
//! projector clock following a session that another process saves.

#[path = "support/builders.rs"]
mod builders;

#[path = "support/terminal.rs"]
mod terminal;

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;
use sigap::store::Store;
use terminal::Sigap;

/// `sigap` with the settings file `config` and no language or folder from
/// the environment.
fn sigap(config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.env("SIGAP_CONFIG", config)
        .env_remove("SIGAP_DIR")
        .env_remove("SIGAP_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env_remove("NO_COLOR");
    cmd
}

#[test]
fn without_a_file_config_says_so_and_shows_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("settings.ron");
    sigap(&config)
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::contains("not found: the defaults are in force"))
        .stdout(predicate::str::contains("certificate_threshold: 80"))
        .stdout(predicate::str::contains("late_grace_minutes: 10"))
        .stdout(predicate::str::contains("toggle_clock").and(predicate::str::contains("mark_present")));
    sigap(&config).args(["config", "--init"]).assert().success();
    let written = fs::read_to_string(&config).unwrap();
    let version = format!("version: {}", sigap::domain::FORMAT_VERSION);
    assert!(written.contains(&version) && written.contains("theme: Default"), "{written}");
    // A second --init leaves the file alone.
    sigap(&config).args(["config", "--init"]).assert().stderr(predicate::str::contains("not changed"));
}

#[test]
fn a_valid_file_sets_language_folder_threshold_and_keys() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("kelas-a");
    fs::create_dir_all(&sessions).unwrap();
    let config = dir.path().join("settings.ron");
    let text = format!(
        r#"(
    version: 1,
    language: Some(Id),
    theme: HighContrast,
    certificate_threshold: 75,
    late_grace_minutes: 15,
    sessions_dir: Some("{}"),
    keys: {{ "ToggleClock": ["F5"] }},
)
"#,
        sessions.display()
    );
    fs::write(&config, text).unwrap();
    let out = sigap(&config).arg("config").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // Indonesian without a flag, the folder from the file, the rebound key.
    assert!(stdout.contains("Berkas pengaturan"), "{stdout}");
    assert!(stdout.contains(&format!("sessions_dir: Some(\"{}\")", sessions.display())), "{stdout}");
    assert!(
        stdout.contains("certificate_threshold: 75") && stdout.contains("theme: HighContrast"),
        "{stdout}"
    );
    let clock_line = stdout.lines().find(|l| l.trim_start().starts_with("toggle_clock")).unwrap();
    assert!(clock_line.ends_with("F5"), "{clock_line}");
    // The flag still wins over the file.
    sigap(&config).args(["--lang", "en", "list"]).assert().stderr(predicate::str::contains("No sessions"));
    sigap(&config).arg("list").assert().stderr(predicate::str::contains("Belum ada sesi"));
}

#[test]
fn an_invalid_file_is_reported_with_its_position_and_the_defaults_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("settings.ron");
    fs::write(&config, "(\n    version: 1,\n    theme: Purple,\n)\n").unwrap();
    sigap(&config)
        .arg("config")
        .assert()
        .failure()
        .stdout(predicate::str::contains("settings.ron:3:"))
        .stdout(predicate::str::contains("the defaults are in force"))
        .stdout(predicate::str::contains("certificate_threshold: 80"));
    // Every other command still works, after one line about the file.
    sigap(&config)
        .args(["--dir"])
        .arg(dir.path())
        .arg("list")
        .assert()
        .stderr(predicate::str::contains("settings.ron:3:").and(predicate::str::contains("defaults")));
    assert_eq!(fs::read_to_string(&config).unwrap(), "(\n    version: 1,\n    theme: Purple,\n)\n");
    // A key that cannot be bound is named, and the rest of the file holds.
    fs::write(&config, "(version: 1, certificate_threshold: 70, keys: {\"Fly\": [\"x\"]})").unwrap();
    sigap(&config)
        .arg("config")
        .assert()
        .failure()
        .stderr(predicate::str::contains("\"Fly\" is not an action"))
        .stdout(predicate::str::contains("certificate_threshold: 70"));
}

#[test]
fn the_report_takes_its_threshold_from_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let folder = sessions.join("bimtek");
    fs::create_dir_all(&folder).unwrap();
    fs::copy("tests/fixtures/golden-session.ron", folder.join("hari-1.ron")).unwrap();
    let config = dir.path().join("settings.ron");
    fs::write(&config, "(version: 1, certificate_threshold: 55)").unwrap();
    sigap(&config)
        .args(["--lang", "en", "--dir"])
        .arg(&sessions)
        .args(["report", "Bimtek"])
        .assert()
        .success()
        .stdout(predicate::str::contains("threshold: 55"));
    sigap(&config)
        .args(["--lang", "en", "--dir"])
        .arg(&sessions)
        .args(["report", "Bimtek", "--threshold", "90"])
        .assert()
        .stdout(predicate::str::contains("threshold: 90"));
}

#[test]
fn the_clock_follows_a_session_that_another_process_saves() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let store = Store::new(&sessions);
    let now = chrono::Utc::now().fixed_offset();
    let mut session = builders::fresh_session();
    session.move_plan(now, now);
    let (path, file) = store.create(&session).unwrap();
    let state = dir.path().join("state");
    let mut clock = Sigap::command(&sessions, &[OsStr::new("clock"), path.as_os_str()], &state, &[]);
    // Seen within `within`, or the test fails.
    let wait_for = |clock: &Sigap, text: &str, within: Duration| {
        let deadline = Instant::now() + within;
        while !clock.screen().contains(text) {
            assert!(
                Instant::now() < deadline,
                "no {text:?} within {within:?}; the screen:\n{}",
                clock.screen()
            );
            thread::sleep(Duration::from_millis(20));
        }
    };
    wait_for(&clock, "Not started yet", Duration::from_secs(10));
    assert!(clock.screen().contains("read-only, following"), "{}", clock.screen());

    // The facilitator's sigap (here: this test, holding the lock) starts the
    // session and saves it; the clock shows the first item within a second.
    session = store.read(&path).unwrap();
    session.toggle_current(chrono::Utc::now().fixed_offset());
    store.save(&file, &session).unwrap();
    wait_for(&clock, "left", Duration::from_secs(1));
    assert!(clock.screen().contains(&session.agenda[0].title), "{}", clock.screen());

    // The next item, saved again.
    session.advance(chrono::Utc::now().fixed_offset());
    store.save(&file, &session).unwrap();
    wait_for(&clock, &session.agenda[1].title, Duration::from_secs(1));

    clock.send(b"q");
    assert!(clock.wait_exit(Duration::from_secs(5)).is_some(), "the clock did not quit on q");
    // The clock never wrote the file.
    assert_eq!(store.read(&path).unwrap(), session);
}

#[test]
fn a_file_with_the_old_names_of_commands_still_rebinds_them() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("settings.ron");
    let text = r#"(
    version: 1,
    keys: { "Mark(Present)": ["h"], "ToggleTimer": ["F6"], "Focus(Notes)": ["F7"] },
)
"#;
    fs::write(&config, text).unwrap();
    let out = sigap(&config).arg("config").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("skipped"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let line = |name: &str| stdout.lines().find(|l| l.trim_start().starts_with(name)).unwrap().to_string();
    assert!(line("mark_present").ends_with(" h"), "{stdout}");
    assert!(line("toggle_timer").ends_with("F6"), "{stdout}");
    assert!(line("focus_notes").ends_with("F7"), "{stdout}");
}
