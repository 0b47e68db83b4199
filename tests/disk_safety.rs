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

/// The copies in a copies folder, without their side records.
fn copies_in(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut copies: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    copies.sort();
    copies
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
    let copy = copies_in(&copies).remove(0);
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

/// The session with a note the file does not have, as a copy of unsaved work holds it.
fn with_unsaved_note(mut session: Session) -> Session {
    session.notes.push(Note::new(
        NoteId("n-kept".into()),
        session.planned_start,
        NoteKind::Note,
        "Belum tersimpan",
    ));
    session
}

#[test]
fn a_copy_newer_than_the_file_is_offered_and_can_be_set_aside() {
    let folder = folder();
    let kept = with_unsaved_note(read(&folder.session));
    let copies = folder.state.join("emergency");
    let copy = sigap::store::emergency::write_copy(&copies, &folder.session, &kept).unwrap();
    let mut app = Sigap::open(&folder);
    app.wait_for("Unsaved work found");
    app.wait_for("0 marks and 1 note that the file has not");
    app.send(b"n");
    app.wait_for("the copy was set aside as");
    assert!(!copy.exists(), "the copy was moved out of the way");
    let aside = fs::read_dir(&copies)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| !p.to_string_lossy().contains(".for"))
        .unwrap();
    assert_eq!(read(&aside), kept, "the copy is kept, set aside");
    assert!(read(&folder.session).notes.iter().all(|n| n.text != "Belum tersimpan"));
    app.quit();
}

/// `cp -r sessions A; cp -r sessions B`: the same session in two folders.
fn two_folders() -> (terminal::Folder, std::path::PathBuf, std::path::PathBuf) {
    let folder = folder();
    let name = folder.session.strip_prefix(&folder.dir).unwrap().to_path_buf();
    let (a, b) = (folder.tmp.path().join("A"), folder.tmp.path().join("B"));
    for to in [&a, &b] {
        fs::create_dir_all(to.join(name.parent().unwrap())).unwrap();
        fs::copy(&folder.session, to.join(&name)).unwrap();
    }
    (folder, a.join(&name), b.join(&name))
}

fn marked(session: &Session, who: usize, status: Status) -> Session {
    let mut s = session.clone();
    let id = s.roster[who].id.clone();
    s.set_mark(id, sigap::domain::Mark::with_status(status));
    s
}

#[test]
fn copies_of_the_same_session_in_two_folders_neither_meet_nor_overwrite_each_other() {
    use sigap::store::emergency::{copy_for, write_copy};
    let (folder, a, b) = two_folders();
    let copies = folder.state.join("emergency");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let base = read(&a);
    let in_a = write_copy(&copies, &a, &marked(&base, 0, Status::Excused)).unwrap();
    let in_b = write_copy(&copies, &b, &marked(&base, 1, Status::Sick)).unwrap();
    assert_ne!(in_a, in_b, "two sessions share a copy");
    assert_eq!(copies_in(&copies).len(), 2);
    assert_eq!(read(&in_a).attendance.len(), 1);
    // Each folder is offered its own copy, and only its own.
    let dirs = [copies.clone()];
    assert_eq!(copy_for(&dirs, &a, &base.id).map(|f| f.path), Some(in_a.clone()));
    assert_eq!(copy_for(&dirs, &b, &base.id).map(|f| f.path), Some(in_b.clone()));
    fs::remove_file(&in_b).unwrap();
    assert_eq!(copy_for(&dirs, &b, &base.id), None, "A's copy is offered for B");
    // The copy names the file it was meant for.
    let record = fs::read_to_string(sigap::store::emergency::record_path(&in_a)).unwrap();
    assert_eq!(Path::new(record.trim_end()), fs::canonicalize(&a).unwrap());
}

#[test]
fn a_copy_named_the_old_way_is_offered_only_for_the_same_session_and_with_a_warning() {
    use sigap::store::emergency::{copy_for, old_copy_path};
    let (folder, a, _) = two_folders();
    let copies = folder.state.join("emergency");
    fs::create_dir_all(&copies).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let base = read(&a);
    let old = old_copy_path(&copies, &a);
    let mut other = marked(&base, 0, Status::Present);
    other.id = "another-session".into();
    write_ron(&old, &other).unwrap();
    assert_eq!(
        copy_for(std::slice::from_ref(&copies), &a, &base.id),
        None,
        "another session's copy is offered"
    );
    write_ron(&old, &marked(&base, 0, Status::Present)).unwrap();
    let found = copy_for(std::slice::from_ref(&copies), &a, &base.id).unwrap();
    assert_eq!((found.path, found.old_name), (old, true));
}

#[test]
fn an_old_style_copy_is_offered_with_a_warning_in_the_app() {
    let folder = folder();
    let kept = marked(&read(&folder.session), 0, Status::Present);
    let copies = folder.state.join("emergency");
    fs::create_dir_all(&copies).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    write_ron(&sigap::store::emergency::old_copy_path(&copies, &folder.session), &kept).unwrap();
    let mut app = Sigap::open(&folder);
    app.wait_for("Unsaved work found");
    app.wait_for("may come from another sessions folder");
    app.send(b"n");
    app.wait_for("the copy was set aside as");
    app.quit();
}

#[test]
fn a_session_that_cannot_be_opened_at_start_up_leaves_a_working_list() {
    let folder = folder();
    let broken = folder.session.with_file_name("2017-05-08-0745-conflicted.ron");
    fs::write(&broken, b"<<<<<<< HEAD\n(version: 1,\n=======\n>>>>>>> theirs\n").unwrap();
    let mut app = Sigap::start(&folder.dir, &broken, &folder.state, &[]);
    app.wait_for("conflicted");
    // The list loads, and the good session opens from it.
    app.wait_for("Hari 1");
    assert!(!app.screen().contains("Reading the sessions folder"), "{}", app.screen());
    let rows = app.screen();
    if rows.find("conflicted") < rows.find("Hari 1") {
        app.send(b"j");
    }
    app.send(b"\r");
    app.wait_for_run_view();
    app.quit();
}

#[test]
fn with_no_folder_for_the_outer_lock_the_session_still_opens_for_writing() {
    let folder = folder();
    // The state folder is a plain file: no lock folder can be made in it.
    fs::write(&folder.state, b"not a folder").unwrap();
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    assert!(!app.screen().contains("read-only"), "{}", app.screen());
    start_and_mark(&mut app, 0);
    app.wait_for("✓ saved");
    app.quit();
    assert_eq!(read(&folder.session).attendance.len(), 1);
}

#[test]
fn a_second_sigap_becomes_the_writer_once_the_first_quits() {
    let folder = folder();
    let first = Sigap::open(&folder);
    first.wait_for_run_view();
    let mut second = Sigap::open(&folder);
    second.wait_for_run_view();
    second.wait_for("read-only");
    first.quit();
    second.wait_for("the other sigap closed this session");
    start_and_mark(&mut second, 0);
    second.wait_for("✓ saved");
    second.quit();
    assert_eq!(read(&folder.session).attendance.len(), 1);
}

#[test]
fn a_mark_changed_on_disk_and_here_says_so_and_keeps_the_one_from_disk_in_a_note() {
    let folder = folder();
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    start_and_mark(&mut app, 0);
    app.wait_for("✓ saved");
    // Another program marks the same person sick, with a reason.
    let mut theirs = read(&folder.session);
    let id = theirs.roster[0].id.clone();
    let mut mark = theirs.mark(&id);
    mark.status = Status::Sick;
    mark.reason = Some("dari laptop B".into());
    mark.marked_at =
        Some(Utc::now().with_timezone(theirs.planned_start.offset()) - chrono::Duration::seconds(1));
    mark.marked_by = Some("laptop-b".into());
    theirs.set_mark(id.clone(), mark);
    write_ron(&folder.session, &theirs).unwrap();
    // Marking moved on to the next person: back to the first.
    app.send(b"k");
    app.send(b"a");
    app.wait_for("1 mark changed on both sides, yours kept");
    let session = read(&folder.session);
    assert_eq!(session.mark(&id).status, Status::Absent, "the latest mark wins");
    assert!(
        session.notes.iter().any(|n| n.text.contains("dari laptop B") && n.text.contains(": S")),
        "the mark from disk is kept: {:?}",
        session.notes
    );
    app.quit();
}

#[test]
fn undo_after_a_merge_from_disk_undoes_the_change_and_keeps_what_came_from_disk() {
    let folder = folder();
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    start_and_mark(&mut app, 0);
    app.wait_for("✓ saved");
    let mut theirs = read(&folder.session);
    theirs.venue = "Aula Bappeda".into();
    write_ron(&folder.session, &theirs).unwrap();
    app.send(b"l");
    app.wait_for("merged changes from disk");
    app.wait_for("Attendance 2/5");
    app.send(b"u");
    app.wait_for("Attendance 1/5");
    assert!(!app.screen().contains("Nothing to undo"), "{}", app.screen());
    app.wait_for("✓ saved");
    let session = read(&folder.session);
    assert_eq!(session.venue, "Aula Bappeda", "the undo dropped what came from disk");
    assert_eq!(session.attendance.len(), 1, "{:?}", session.attendance);
    // Undo further still works, on top of the merge.
    app.send(b"u");
    app.wait_for("Attendance 0/5");
    app.wait_for("✓ saved");
    assert_eq!(read(&folder.session).venue, "Aula Bappeda");
    app.quit();
}

/// A checkout or a sync gives the file a newer time than the copy: the
/// copy still holds work the file lacks, so it is offered all the same.
#[test]
fn a_copy_older_than_the_file_that_holds_work_is_still_offered() {
    let folder = folder();
    let kept = with_unsaved_note(read(&folder.session));
    let copies = folder.state.join("emergency");
    sigap::store::emergency::write_copy(&copies, &folder.session, &kept).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    write_ron(&folder.session, &read(&folder.session)).unwrap();
    let mut app = Sigap::open(&folder);
    app.wait_for("Unsaved work found");
    app.wait_for("0 marks and 1 note that the file has not");
    app.esc();
    app.quit();
}
