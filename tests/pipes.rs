//! A reader that stops early (`sigap search desa | head`) is no failure:
//! sigap ends quietly with status 0, as grep and git do.

#[path = "support/terminal.rs"]
mod terminal;

use std::process::{Command, Stdio};

/// Run sigap on a copy of the bundled workshop with its output read by
/// nobody: the pipe is closed before the first line is written.
fn with_the_reader_gone(args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    terminal::copy_dir(std::path::Path::new("sessions"), dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_sigap"))
        .arg("--dir")
        .arg(dir.path())
        .args(["--lang", "en"])
        .args(args)
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env_remove("SIGAP_DIR")
        .env_remove("SIGAP_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_each_command_quietly() {
    for args in [&["list"][..], &["search", "desa"], &["report", "bimtek"]] {
        let out = with_the_reader_gone(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("Broken pipe") && !err.contains("writing the output failed"),
            "{args:?}: {err}"
        );
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
    }
}
