//! Two laptops, two clones of one repository set up with `sigap git-setup`,
//! the same session open in the run view of a real sigap on each: one
//! pushes, the other pulls while its sigap stays open, and every note and
//! mark of both ends up in the file.

#[path = "support/terminal.rs"]
mod terminal;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sigap::domain::{Session, Status};
use sigap::store::Store;
use terminal::{SIGAP, Sigap, copy_dir, folder};

/// git, cut off from the machine's and the user's configuration.
fn git(dir: &Path, home: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LANG", "C")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn git_missing() -> bool {
    if Command::new("git").arg("--version").output().is_ok_and(|o| o.status.success()) {
        return false;
    }
    println!("skipped: git is not on PATH");
    true
}

fn commit(clone: &Path, home: &Path, message: &str) {
    git(clone, home, &["add", "-A"]);
    git(clone, home, &["commit", "-q", "-m", message]);
}

/// Mark the participant under the cursor (which then moves down); wait until saved.
fn mark(app: &mut Sigap, key: u8, count: usize) {
    app.send(&[key]);
    app.wait_for(&format!("Attendance {count}/5"));
    app.wait_for("✓ saved");
}

fn note(app: &mut Sigap, text: &str) {
    app.send(b"n");
    app.wait_for("New note");
    app.send(text.as_bytes());
    app.send(b"\r");
    // The editor closed and the note saved: a stale "saved" of the last mark will not do.
    app.wait_until("the note saved", |s| {
        !s.contains("New note") && s.contains(text) && s.contains("✓ saved")
    });
}

/// Two clones of a shared repository holding the session of `made`, set up
/// with `sigap git-setup`, the driver pointing at this build: the home
/// folder for git, the clones, and the session file relative to a clone's
/// sessions folder.
fn laptops(made: &terminal::Folder) -> (PathBuf, [PathBuf; 2], PathBuf) {
    let root = made.tmp.path().to_path_buf();
    let home = root.join("home");
    fs::create_dir(&home).unwrap();
    git(&root, &home, &["init", "-q", "--bare", "shared.git"]);
    git(&root, &home, &["clone", "-q", "shared.git", "seed"]);
    let seed = root.join("seed");
    git(&seed, &home, &["checkout", "-q", "-b", "main"]);
    copy_dir(&made.dir, &seed.join("sessions"));
    let setup = Command::new(SIGAP)
        .args(["--lang", "en", "--dir"])
        .arg(seed.join("sessions"))
        .arg("git-setup")
        .env("HOME", &home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .output()
        .unwrap();
    assert!(setup.status.success(), "{}", String::from_utf8_lossy(&setup.stderr));
    for (key, value) in [("user.name", "Seed"), ("user.email", "seed@example.org")] {
        git(&seed, &home, &["config", key, value]);
    }
    commit(&seed, &home, "Day 1");
    git(&seed, &home, &["push", "-q", "origin", "main"]);
    let file = made.session.strip_prefix(&made.dir).unwrap().to_path_buf();
    let clones = ["a", "b"].map(|name| {
        git(&root, &home, &["clone", "-q", "-b", "main", "shared.git", name]);
        let clone = root.join(name);
        git(&clone, &home, &["config", "user.name", name]);
        git(&clone, &home, &["config", "user.email", &format!("{name}@example.org")]);
        git(&clone, &home, &["config", "pull.rebase", "false"]);
        git(
            &clone,
            &home,
            &["config", "merge.sigap.driver", &format!("'{SIGAP}' merge --git-driver %O %A %B")],
        );
        clone
    });
    (home, clones, file)
}

#[test]
fn a_pull_while_sigap_runs_keeps_every_note_and_mark_of_both_laptops() {
    if git_missing() {
        return;
    }
    let made = folder();
    let root = made.tmp.path().to_path_buf();
    let (home, laptops, file) = laptops(&made);
    let (a, b) = (&laptops[0], &laptops[1]);
    let state = |name: &str| root.join(format!("state-{name}"));
    let mut on_a = Sigap::start(&a.join("sessions"), &a.join("sessions").join(&file), &state("a"), &[]);
    let mut on_b = Sigap::start(&b.join("sessions"), &b.join("sessions").join(&file), &state("b"), &[]);
    on_a.wait_for_run_view();
    on_b.wait_for_run_view();
    for app in [&mut on_a, &mut on_b] {
        app.send(b"2");
    }
    // Laptop B: the first participant present, a note; committed and pushed.
    mark(&mut on_b, b'p', 1);
    note(&mut on_b, "Catatan laptop B");
    commit(b, &home, "Laptop B");
    git(b, &home, &["push", "-q", "origin", "main"]);
    // Laptop A: the second participant excused, a note; committed, then pulled
    // while its sigap stays open.
    on_a.send(b"j");
    mark(&mut on_a, b'e', 1);
    note(&mut on_a, "Catatan laptop A");
    commit(a, &home, "Laptop A");
    git(a, &home, &["pull", "-q", "--no-edit", "origin", "main"]);
    // A mark on A after the pull: the save merges the pulled file in.
    on_a.send(b"2");
    mark(&mut on_a, b'p', 3);
    on_a.wait_for("merged changes from disk");
    commit(a, &home, "Laptop A after the pull");
    git(a, &home, &["push", "-q", "origin", "main"]);
    // A mark on B (the fourth participant), then B pulls while open and marks the fifth.
    for key in [b"2", b"j", b"j"] {
        on_b.send(key);
    }
    mark(&mut on_b, b'p', 2);
    commit(b, &home, "Laptop B again");
    git(b, &home, &["pull", "-q", "--no-edit", "origin", "main"]);
    on_b.send(b"2");
    mark(&mut on_b, b'e', 5);
    on_b.wait_for("merged changes from disk");
    let path = b.join("sessions").join(&file);
    let session: Session = Store::new(b.join("sessions")).read(&path).unwrap();
    let texts: Vec<&str> = session.notes.iter().map(|n| n.text.as_str()).collect();
    assert!(texts.contains(&"Catatan laptop A") && texts.contains(&"Catatan laptop B"), "{texts:?}");
    let marks: Vec<Status> = session.roster.iter().map(|p| session.mark(&p.id).status).collect();
    use Status::{Excused, Present};
    assert_eq!(marks, [Present, Excused, Present, Present, Excused], "{:?}", session.attendance);
    on_a.quit();
    on_b.quit();
}
