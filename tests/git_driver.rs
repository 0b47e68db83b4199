//! The merge driver git-setup writes runs the sigap that wrote it, a fresh
//! clone without the driver is told so, and conflict markers are named.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const SIGAP: &str = env!("CARGO_BIN_EXE_sigap");

fn git(dir: &Path, home: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn sigap(sessions: &Path, home: &Path, args: &[&str]) -> Output {
    Command::new(SIGAP)
        .args(["--lang", "en", "--dir"])
        .arg(sessions)
        .args(args)
        .env("HOME", home)
        .env("SIGAP_CONFIG", "no-such-settings.ron")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .output()
        .unwrap()
}

#[test]
fn a_fresh_clone_is_told_to_set_up_the_driver_and_markers_are_named() {
    if !Command::new("git").arg("--version").output().is_ok_and(|o| o.status.success()) {
        println!("skipped: git is not on PATH");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (root, home) = (tmp.path().join("seed"), tmp.path().join("home"));
    fs::create_dir_all(root.join("sessions")).unwrap();
    fs::create_dir_all(&home).unwrap();
    git(&root, &home, &["init", "-q"]);
    let sessions = root.join("sessions");
    let setup = sigap(&sessions, &home, &["git-setup"]);
    assert!(setup.status.success(), "{}", String::from_utf8_lossy(&setup.stderr));
    let driver = git(&root, &home, &["config", "--get", "merge.sigap.driver"]);
    assert_eq!(
        String::from_utf8_lossy(&driver.stdout).trim(),
        format!("'{SIGAP}' merge --git-driver %O %A %B")
    );
    let listed = sigap(&sessions, &home, &["list"]);
    assert!(!String::from_utf8_lossy(&listed.stderr).contains("git-setup"), "set up: no warning");
    // A clone carries .gitattributes but not the repository's configuration.
    let clone = tmp.path().join("clone");
    git(tmp.path(), &home, &["-C", root.to_str().unwrap(), "add", "-A"]);
    git(&root, &home, &["-c", "user.name=a", "-c", "user.email=a@b", "commit", "-q", "-m", "setup"]);
    git(tmp.path(), &home, &["clone", "-q", root.to_str().unwrap(), clone.to_str().unwrap()]);
    let listed = sigap(&clone.join("sessions"), &home, &["list"]);
    let err = String::from_utf8_lossy(&listed.stderr);
    assert!(err.contains("does not know the sigap merge driver") && err.contains("sigap git-setup"), "{err}");
    let file = clone.join("sessions/w/s.ron");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(
        &file,
        "(\n    version: 1,\n<<<<<<< HEAD\n    title: \"a\",\n=======\n    title: \"b\",\n>>>>>>> x\n)\n",
    )
    .unwrap();
    let checked = sigap(&clone.join("sessions"), &home, &["check"]);
    let out = String::from_utf8_lossy(&checked.stdout);
    assert!(
        out.contains(
            "git merge conflict markers at line 3: run `sigap git-setup`, then `git checkout --merge"
        ),
        "{out}"
    );
}
