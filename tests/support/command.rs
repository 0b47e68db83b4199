//! The command line as a test runs it: English, this sessions folder, and
//! none of the settings or variables of whoever runs the tests.

use std::path::Path;

use assert_cmd::Command;

pub fn sigap(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.arg("--dir")
        .arg(dir)
        .arg("--lang")
        .arg("en")
        .env_remove("SIGAP_DIR")
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env_remove("SIGAP_LANG");
    cmd
}
