//! The running app next to other writers of its files: a session file
//! changed on disk while it is open (a `git pull`, a sync tool), and the
//! lock's side file deleted under it. The real binary, in a pseudo-terminal.

#[path = "support/terminal.rs"]
mod terminal;

use std::fs;
use std::path::Path;

use chrono::Utc;
use sigap::domain::{Note, NoteId, NoteKind, Session, Status};
use sigap::store::{Store, lock::lock_path, write_ron};
use terminal::{Sigap, folder};

/// Another program adds a note to the file, as a merged `git pull` does.
fn add_note_on_disk(path: &Path, id: &str, text: &str) {
    let store = Store::new(path.parent().unwrap());
    let mut session = store.read(path).unwrap();
    let at = Utc::now().with_timezone(session.planned_start.offset());
    session.notes.push(Note::new(NoteId(id.into()), at, NoteKind::Note, text));
    write_ron(path, &session).unwrap();
}

/// Start the session and mark the first participant present; wait until saved.
fn start_and_mark(app: &mut Sigap, marked: usize) {
    if marked == 0 {
        app.send(b" ");
        app.wait_for("▶ Pembukaan");
    }
    app.send(b"2");
    app.send(b"p");
    app.wait_for(&format!("Attendance {}/5", marked + 1));
}

fn read(path: &Path) -> Session {
    Store::new(path.parent().unwrap()).read(path).unwrap()
}

#[test]
fn a_note_written_to_the_file_while_it_is_open_is_merged_not_written_over() {
    let folder = folder();
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    start_and_mark(&mut app, 0);
    app.wait_for("✓ saved");
    add_note_on_disk(&folder.session, "n-laptop-b", "Catatan dari laptop B");
    app.send(b"p");
    app.wait_for("merged changes from disk: 1 note");
    app.wait_for("Catatan dari laptop B");
    let session = read(&folder.session);
    assert!(session.notes.iter().any(|n| n.text == "Catatan dari laptop B"), "{session:#?}");
    assert!(session.attendance.values().any(|m| m.status == Status::Present));
    // The next change is saved on top of the merge, the note kept.
    app.send(b"j");
    app.send(b"p");
    app.wait_for("Attendance 2/5");
    app.wait_for("✓ saved");
    let session = read(&folder.session);
    assert!(session.notes.iter().any(|n| n.text == "Catatan dari laptop B"));
    assert_eq!(session.attendance.len(), 2, "{:?}", session.attendance);
    app.quit();
}

#[test]
fn a_file_that_no_longer_reads_is_never_written_over() {
    let folder = folder();
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    start_and_mark(&mut app, 0);
    app.wait_for("✓ saved");
    let conflicted = b"<<<<<<< HEAD\n(version: 1,\n=======\n>>>>>>> theirs\n";
    fs::write(&folder.session, conflicted).unwrap();
    app.send(b"j");
    app.send(b"p");
    app.wait_for("changed on disk");
    assert_eq!(fs::read(&folder.session).unwrap(), conflicted, "the file was written over");
    // The work is kept aside, marks and all.
    let copies = folder.state.join("emergency");
    let copy = fs::read_dir(&copies).unwrap().next().unwrap().unwrap().path();
    let kept = read(&copy);
    assert_eq!(kept.attendance.len(), 2, "{:?}", kept.attendance);
}

#[test]
fn with_the_lock_side_file_deleted_a_second_sigap_still_only_reads() {
    let folder = folder();
    let mut first = Sigap::open(&folder);
    first.wait_for_run_view();
    let side = lock_path(&folder.session);
    assert!(side.exists());
    // `git clean -fX`, or a tidy-up, while the session is open.
    fs::remove_file(&side).unwrap();
    let second = Sigap::open(&folder);
    second.wait_for_run_view();
    second.wait_for("read-only");
    start_and_mark(&mut first, 0);
    first.wait_for("✓ saved");
    assert!(side.exists(), "the side file is made again before a save");
    second.quit();
    first.quit();
    let session = read(&folder.session);
    assert_eq!(session.attendance.len(), 1);
}

#[test]
fn a_copy_newer_than_the_file_is_offered_and_can_be_set_aside() {
    let folder = folder();
    let mut kept = read(&folder.session);
    kept.notes.push(Note::new(
        NoteId("n-kept".into()),
        kept.planned_start,
        NoteKind::Note,
        "Belum tersimpan",
    ));
    let copies = folder.state.join("emergency");
    let copy = sigap::store::emergency::write_copy(&copies, &folder.session, &kept).unwrap();
    let mut app = Sigap::open(&folder);
    app.wait_for("Unsaved work found");
    app.wait_for("0 marks and 1 note that the file has not");
    app.send(b"n");
    app.wait_for("the copy was set aside as");
    assert!(!copy.exists(), "the copy was moved out of the way");
    let aside = fs::read_dir(&copies).unwrap().next().unwrap().unwrap().path();
    assert_eq!(read(&aside), kept, "the copy is kept, set aside");
    assert!(read(&folder.session).notes.iter().all(|n| n.text != "Belum tersimpan"));
    app.quit();
}
