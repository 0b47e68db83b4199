//! `sigap merge` as a facilitator or git calls it.

#[path = "support/builders.rs"]
mod builders;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use builders::{at, fresh_session};
use predicates::prelude::*;
use sigap::domain::{Mark, Note, NoteId, NoteKind, ParticipantId, Session, Status};
use sigap::store::format::{decode, encode};

fn sigap(lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("sigap").unwrap();
    cmd.args(["--lang", lang]).env_remove("SIGAP_DIR").env_remove("SIGAP_LANG");
    cmd
}

fn write(dir: &Path, name: &str, s: &Session) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, encode(s).unwrap()).unwrap();
    path
}

fn read(path: &Path) -> Session {
    decode(path, &fs::read_to_string(path).unwrap()).unwrap()
}

/// Two copies of one session: notes on each, a mark on one.
fn copies() -> (Session, Session, Session) {
    let base = fresh_session();
    let (mut a, mut b) = (base.clone(), base.clone());
    a.notes.push(Note::new(NoteId("n-a".into()), at("08:10"), NoteKind::Note, "dari laptop A"));
    b.notes.push(Note::new(NoteId("n-b".into()), at("08:20"), NoteKind::Decision, "dari laptop B"));
    b.record_mark(ParticipantId::numbered(1), Mark::with_status(Status::Present), at("08:01"), "Agus");
    (base, a, b)
}

#[test]
fn merge_prints_the_combined_session_the_same_either_way_round() {
    let dir = tempfile::tempdir().unwrap();
    let (_, a, b) = copies();
    let (pa, pb) = (write(dir.path(), "a.ron", &a), write(dir.path(), "b.ron", &b));
    let ab = sigap("en").arg("merge").arg(&pa).arg(&pb).assert().success().get_output().stdout.clone();
    let ba = sigap("en").arg("merge").arg(&pb).arg(&pa).assert().success().get_output().stdout.clone();
    assert_eq!(ab, ba, "the same bytes whichever copy comes first");
    let merged: Session = decode(Path::new("-"), &String::from_utf8(ab).unwrap()).unwrap();
    assert_eq!(merged.notes.len(), 2);
    assert_eq!(merged.mark(&ParticipantId::numbered(1)).status, Status::Present);
}

#[test]
fn merge_writes_over_ours_with_o_and_says_what_it_decided() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut a, mut b) = copies();
    for (s, text) in [(&mut a, "versi A"), (&mut b, "versi B")] {
        let mut n = Note::new(NoteId("n-same".into()), at("08:30"), NoteKind::Note, text);
        n.edited = Some(at("08:45"));
        s.notes.push(n);
    }
    let (pa, pb) = (write(dir.path(), "a.ron", &a), write(dir.path(), "b.ron", &b));
    sigap("en")
        .arg("merge")
        .arg(&pa)
        .arg(&pb)
        .arg("-o")
        .arg(&pa)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("conflict: note n-same was changed in both copies"));
    let merged = read(&pa);
    let texts: Vec<&str> = merged.notes.iter().map(|n| n.text.as_str()).collect();
    assert!(texts.contains(&"versi A") && texts.contains(&"versi B"), "{texts:?}");
    assert_eq!(merged.notes.len(), 4);
}

#[test]
fn merge_refuses_two_different_sessions_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let (_, a, mut b) = copies();
    b.id = "20170509-0800-lain".into();
    let (pa, pb) = (write(dir.path(), "a.ron", &a), write(dir.path(), "b.ron", &b));
    let out = dir.path().join("out.ron");
    sigap("en")
        .arg("merge")
        .arg(&pa)
        .arg(&pb)
        .arg("-o")
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("two different sessions"));
    sigap("id")
        .arg("merge")
        .arg(&pa)
        .arg(&pb)
        .assert()
        .failure()
        .stderr(predicate::str::contains("dua sesi yang berbeda"));
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn merge_never_writes_over_a_file_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let (_, a, b) = copies();
    let (pa, pb) = (write(dir.path(), "a.ron", &a), write(dir.path(), "b.ron", &b));
    let out = dir.path().join("out.ron");
    fs::write(&out, "(version: 1, id: ").unwrap();
    sigap("en").arg("merge").arg(&pa).arg(&pb).arg("-o").arg(&out).assert().failure();
    assert_eq!(fs::read_to_string(&out).unwrap(), "(version: 1, id: ");
}

#[test]
fn the_git_driver_writes_the_three_way_result_into_ours() {
    let dir = tempfile::tempdir().unwrap();
    let (base, a, mut b) = copies();
    b.delete_note(&NoteId("n-b".into()), at("08:50"));
    let mut a = a;
    a.notes.push(Note::new(NoteId("n-b".into()), at("08:20"), NoteKind::Decision, "dari laptop B"));
    let (o, pa, pb) = (write(dir.path(), "O", &base), write(dir.path(), "A", &a), write(dir.path(), "B", &b));
    sigap("en").arg("merge").arg("--git-driver").arg(&o).arg(&pa).arg(&pb).assert().success().stdout("");
    let merged = read(&pa);
    let ids: Vec<&str> = merged.notes.iter().map(|n| n.id.0.as_str()).collect();
    assert_eq!(ids, ["n-a"], "the note deleted on B stays deleted");
    assert_eq!(merged.mark(&ParticipantId::numbered(1)).status, Status::Present);
    assert_eq!(read(&pb), b, "theirs is left alone");
}

#[test]
fn the_git_driver_without_an_ancestor_merges_two_ways() {
    let dir = tempfile::tempdir().unwrap();
    let (_, a, b) = copies();
    let o = dir.path().join("O");
    fs::write(&o, "").unwrap();
    let (pa, pb) = (write(dir.path(), "A", &a), write(dir.path(), "B", &b));
    sigap("en").arg("merge").arg("--git-driver").arg(&o).arg(&pa).arg(&pb).assert().success();
    assert_eq!(read(&pa).notes.len(), 2);
}

#[test]
fn the_git_driver_takes_the_changed_copy_of_a_template_and_keeps_ours_when_both_changed() {
    let dir = tempfile::tempdir().unwrap();
    let template = |minutes: u32| {
        format!("(version: 1, name: \"x\", items: [(title: \"a\", kind: Input, minutes: {minutes})])\n")
    };
    let put = |name: &str, text: &str| {
        let p = dir.path().join(name);
        fs::write(&p, text).unwrap();
        p
    };
    let (o, a, b) = (put("O", &template(10)), put("A", &template(10)), put("B", &template(20)));
    let driver = |o: &Path, a: &Path, b: &Path| {
        sigap("en").arg("merge").arg("--git-driver").arg(o).arg(a).arg(b).assert()
    };
    driver(&o, &a, &b).success();
    assert_eq!(fs::read_to_string(&a).unwrap(), template(20), "only theirs changed: theirs");
    let (a, b) = (put("A", &template(30)), put("B", &template(40)));
    driver(&o, &a, &b).code(1).stderr(predicate::str::contains("this copy was kept"));
    assert_eq!(fs::read_to_string(&a).unwrap(), template(30), "both changed: ours, whole, no markers");
}

fn git_runs() -> bool {
    let ok = std::process::Command::new("git").arg("--version").output().is_ok_and(|o| o.status.success());
    if !ok {
        println!("skipped: git is not on PATH");
    }
    ok
}

#[test]
fn git_setup_needs_a_sessions_folder_inside_a_git_repository() {
    if !git_runs() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    let setup = |lang: &str| {
        let mut cmd = sigap(lang);
        // Never look for a repository above the test's own folder.
        cmd.arg("--dir").arg(&sessions).arg("git-setup").env("GIT_CEILING_DIRECTORIES", dir.path());
        cmd
    };
    setup("en").assert().failure().stderr(predicate::str::contains("no such sessions folder"));
    fs::create_dir(&sessions).unwrap();
    setup("en").assert().failure().stderr(predicate::str::contains("is not inside a git repository"));
    setup("id").assert().failure().stderr(predicate::str::contains("tidak berada di dalam repositori git"));
    assert!(!sessions.join(".gitattributes").exists(), "nothing written outside a repository");
}
