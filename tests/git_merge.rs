//! Two facilitators, two clones of one repository: each works on the same
//! session, one pushes, the other pulls, and git hands the session file to
//! `sigap merge --git-driver`.

#[path = "support/builders.rs"]
mod builders;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use builders::{at, fresh_session};
use sigap::domain::merge::merge3;
use sigap::domain::{Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session, Status};
use sigap::store::Store;

const SIGAP: &str = env!("CARGO_BIN_EXE_sigap");

/// git, cut off from the machine's and the user's configuration.
fn git(dir: &Path, args: &[&str]) -> Output {
    let home = dir.ancestors().find(|p| p.join("home").is_dir()).map(|p| p.join("home")).unwrap();
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("HOME", &home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LANG", "C")
        .env("GIT_TRACE", "1")
        .output()
        .expect("git runs")
}

fn ok(dir: &Path, args: &[&str]) -> Output {
    let out = git(dir, args);
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

/// A shared repository with one committed session, and two clones of it,
/// each with its own author and the driver pointing at this build.
struct Room {
    _tmp: tempfile::TempDir,
    a: PathBuf,
    b: PathBuf,
    /// The session file, relative to a clone.
    file: PathBuf,
}

fn room() -> Room {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    fs::create_dir(root.join("home")).unwrap();
    ok(&root, &["init", "-q", "--bare", "shared.git"]);
    ok(&root, &["clone", "-q", "shared.git", "seed"]);
    let seed = root.join("seed");
    ok(&seed, &["checkout", "-q", "-b", "main"]);
    let store = Store::new(seed.join("sessions"));
    let (path, _) = store.create(&fresh_session()).unwrap();
    let setup = Command::new(SIGAP)
        .args(["--lang", "en", "--dir"])
        .arg(seed.join("sessions"))
        .arg("git-setup")
        .env("HOME", root.join("home"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", root.join("home/gitconfig"))
        .output()
        .unwrap();
    assert!(setup.status.success(), "{}", String::from_utf8_lossy(&setup.stderr));
    let attributes = fs::read_to_string(seed.join("sessions/.gitattributes")).unwrap();
    assert!(attributes.lines().any(|l| l == "*.ron merge=sigap"), "{attributes}");
    let driver = ok(&seed, &["config", "--get", "merge.sigap.driver"]);
    // The driver runs the very sigap that wrote it, not whatever is on the PATH.
    assert_eq!(
        String::from_utf8_lossy(&driver.stdout).trim(),
        format!("'{SIGAP}' merge --git-driver %O %A %B")
    );
    for (key, value) in [("user.name", "Seed"), ("user.email", "seed@example.org")] {
        ok(&seed, &["config", key, value]);
    }
    ok(&seed, &["add", "-A"]);
    ok(&seed, &["commit", "-q", "-m", "A session for day 1"]);
    ok(&seed, &["push", "-q", "origin", "main"]);
    let file = path.strip_prefix(&seed).unwrap().to_path_buf();
    let mut clones = Vec::new();
    for (name, email) in [("a", "ratna@example.org"), ("b", "agus@example.org")] {
        ok(&root, &["clone", "-q", "-b", "main", "shared.git", name]);
        let clone = root.join(name);
        ok(&clone, &["config", "user.name", name]);
        ok(&clone, &["config", "user.email", email]);
        ok(&clone, &["config", "pull.rebase", "false"]);
        // Each clone points the driver at the sigap built for this test.
        ok(&clone, &["config", "merge.sigap.driver", &format!("'{SIGAP}' merge --git-driver %O %A %B")]);
        clones.push(clone);
    }
    let b = clones.pop().unwrap();
    let a = clones.pop().unwrap();
    Room { _tmp: tmp, a, b, file }
}

/// Open the session in a clone, change it through the library, save it.
fn edit(clone: &Path, file: &Path, change: impl FnOnce(&mut Session)) {
    let store = Store::new(clone.join("sessions"));
    let (mut session, handle) = store.open(&clone.join(file)).unwrap();
    change(&mut session);
    store.save(&handle, &session).unwrap();
}

fn commit(clone: &Path, message: &str) {
    ok(clone, &["add", "-A"]);
    ok(clone, &["commit", "-q", "-m", message]);
}

fn note(id: &str, hm: &str, text: &str) -> Note {
    Note::new(NoteId(id.into()), at(hm), NoteKind::Note, text)
}

fn no_markers(clone: &Path) {
    for file in sigap::store::listing::session_files(&clone.join("sessions")) {
        let text = fs::read_to_string(&file).unwrap();
        for marker in ["<<<<<<<", "=======", ">>>>>>>"] {
            assert!(!text.contains(marker), "{} has a conflict marker:\n{text}", file.display());
        }
    }
}

#[test]
fn after_one_pull_the_session_holds_both_facilitators_work() {
    if git_missing() {
        return;
    }
    let room = room();
    // Ratna runs the agenda and the roll call; a walk-in arrives.
    edit(&room.a, &room.file, |s| {
        s.toggle_current(at("08:02"));
        s.record_mark(ParticipantId::numbered(1), Mark::with_status(Status::Present), at("08:03"), "Ratna");
        s.record_mark(ParticipantId::numbered(2), Mark::with_status(Status::Absent), at("08:04"), "Ratna");
        s.roster.push(Participant::new(ParticipantId::numbered(6), "Rina Marlina"));
        s.record_mark(ParticipantId::numbered(6), Mark::with_status(Status::Present), at("08:05"), "Ratna");
        s.advance(at("08:20"));
        s.notes.push(note("n-ratna", "08:10", "Camat membuka acara"));
    });
    commit(&room.a, "Day 1: agenda and roll call");
    ok(&room.a, &["push", "-q", "origin", "main"]);
    // Agus writes the minutes, and saw Imam come in late after all.
    edit(&room.b, &room.file, |s| {
        s.notes.push(note("n-agus-1", "08:12", "Peserta menanyakan Dana Desa"));
        s.notes.push(note("n-agus-2", "08:40", "Keputusan: RTL dikirim Jumat"));
        let late = Mark { status: Status::Late, arrived: Some(at("08:30")), ..Mark::default() };
        s.record_mark(ParticipantId::numbered(2), late, at("08:31"), "Agus");
    });
    commit(&room.b, "Day 1: minutes");
    let pulled = git(&room.b, &["pull", "--no-edit", "origin", "main"]);
    let trace = String::from_utf8_lossy(&pulled.stderr);
    assert!(pulled.status.success(), "the pull merges cleanly: {trace}");
    assert!(trace.contains("--git-driver"), "git ran sigap as the merge driver: {trace}");

    no_markers(&room.b);
    let merged = Store::new(room.b.join("sessions")).read(&room.b.join(&room.file)).unwrap();
    let ids: Vec<&str> = merged.notes.iter().map(|n| n.id.0.as_str()).collect();
    assert_eq!(ids, ["n-ratna", "n-agus-1", "n-agus-2"], "notes from both laptops, in time order");
    assert_eq!(merged.started_at(), Some(at("08:02")), "Ratna's agenda run is there");
    assert_eq!(merged.agenda[0].ended_at, Some(at("08:20")));
    assert_eq!(merged.mark(&ParticipantId::numbered(1)).status, Status::Present);
    let imam = merged.mark(&ParticipantId::numbered(2));
    assert_eq!((imam.status, imam.marked_by.as_deref()), (Status::Late, Some("Agus")), "the latest mark");
    assert!(merged.roster.iter().any(|p| p.name == "Rina Marlina"), "the walk-in is kept");
    // The merge committed is the one the library computes.
    let show = |rev: &str| {
        let out = ok(&room.b, &["show", &format!("{rev}:{}", room.file.display())]);
        sigap::store::format::decode::<Session>(Path::new("x.ron"), &String::from_utf8_lossy(&out.stdout))
            .unwrap()
    };
    let expected = merge3(&show("HEAD~1^1"), &show("HEAD^1"), &show("HEAD^2")).unwrap();
    assert_eq!(merged, expected.session);
    assert!(git(&room.b, &["status", "--porcelain"]).stdout.is_empty(), "nothing left to resolve");
}

#[test]
fn the_same_note_changed_on_both_laptops_is_a_conflict_without_markers() {
    if git_missing() {
        return;
    }
    let room = room();
    for clone in [&room.a, &room.b] {
        edit(clone, &room.file, |s| s.notes.push(note("n1", "08:10", "Pembukaan")));
    }
    // Both added the very same note: the same change, no conflict. Share it.
    commit(&room.a, "A note");
    ok(&room.a, &["push", "-q", "origin", "main"]);
    commit(&room.b, "The same note");
    assert!(git(&room.b, &["pull", "--no-edit", "origin", "main"]).status.success());
    ok(&room.b, &["push", "-q", "origin", "main"]);
    ok(&room.a, &["pull", "-q", "--no-edit", "origin", "main"]);

    let reword = |text: &'static str, hm: &'static str| {
        move |s: &mut Session| {
            s.notes[0].text = text.into();
            s.notes[0].edited = Some(at(hm));
        }
    };
    edit(&room.a, &room.file, reword("Pembukaan oleh Camat Panekan", "09:00"));
    commit(&room.a, "Reword");
    ok(&room.a, &["push", "-q", "origin", "main"]);
    edit(&room.b, &room.file, reword("Pembukaan, dipimpin sekcam", "09:05"));
    commit(&room.b, "Reword differently");
    let pulled = git(&room.b, &["pull", "--no-edit", "origin", "main"]);
    let trace = String::from_utf8_lossy(&pulled.stderr);
    assert!(!pulled.status.success(), "git reports the conflict: {trace}");
    assert!(trace.contains("changed in both copies"), "sigap says what it kept: {trace}");

    no_markers(&room.b);
    let merged = Store::new(room.b.join("sessions")).read(&room.b.join(&room.file)).unwrap();
    let texts: Vec<&str> = merged.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Pembukaan, dipimpin sekcam", "Pembukaan oleh Camat Panekan"], "both texts are kept");
}
