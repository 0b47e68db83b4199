//! The store next to other writers of a session file: a change made on disk
//! since it was opened is merged, never written over; a file that no longer
//! reads is left alone; and one writer per session holds however the lock's
//! side file is deleted.

#[path = "support/builders.rs"]
mod builders;

use std::fs;
use std::path::PathBuf;

use builders::{at, full_session};
use sigap::domain::{Note, NoteId, NoteKind};
use sigap::store::{DiskChange, Saved, Store, StoreError, lock::lock_path, write_ron};

/// A store in a fresh folder holding one session file, not held open.
fn a_created_session() -> (tempfile::TempDir, Store, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, created) = store.create(&full_session()).unwrap();
    drop(created);
    (dir, store, path)
}

fn note(id: &str, text: &str) -> Note {
    Note::new(NoteId(id.into()), at("09:00"), NoteKind::Note, text)
}

#[test]
fn a_note_added_on_disk_is_merged_into_the_next_save() {
    let (_dir, store, path) = a_created_session();
    let (mut ours, file) = store.open(&path).unwrap();
    let mut theirs = ours.clone();
    theirs.notes.push(note("n-disk", "Ditulis di laptop lain"));
    write_ron(&path, &theirs).unwrap();
    ours.notes.push(note("n-here", "Ditulis di sini"));
    let Saved::Merged(merged) = store.save(&file, &ours).unwrap() else { panic!("not merged") };
    assert!(!merged.has_conflicts());
    let on_disk = store.read(&path).unwrap();
    for text in ["Ditulis di laptop lain", "Ditulis di sini"] {
        assert!(on_disk.notes.iter().any(|n| n.text == text), "{text} is missing");
    }
    // The merge is now what sigap last wrote: the next save is a plain one.
    assert_eq!(store.save(&file, &on_disk).unwrap(), Saved::Written);
}

#[test]
fn the_same_note_changed_on_both_sides_keeps_both_texts() {
    let (_dir, store, path) = a_created_session();
    let (mut ours, file) = store.open(&path).unwrap();
    let mut theirs = ours.clone();
    theirs.notes[0].text = "Versi laptop lain".into();
    write_ron(&path, &theirs).unwrap();
    ours.notes[0].text = "Versi di sini".into();
    let Saved::Merged(merged) = store.save(&file, &ours).unwrap() else { panic!("not merged") };
    assert_eq!(merged.conflicts().count(), 1);
    let texts: Vec<String> = store.read(&path).unwrap().notes.into_iter().map(|n| n.text).collect();
    assert!(
        texts.contains(&"Versi laptop lain".into()) && texts.contains(&"Versi di sini".into()),
        "{texts:?}"
    );
}

#[test]
fn a_file_that_no_longer_reads_or_holds_another_session_is_never_written_over() {
    let (_dir, store, path) = a_created_session();
    let (ours, file) = store.open(&path).unwrap();
    let garbage = b"<<<<<<< HEAD\n";
    fs::write(&path, garbage).unwrap();
    let err = store.save(&file, &ours).unwrap_err();
    assert!(matches!(&err, StoreError::ChangedOnDisk { change: DiskChange::Unreadable(_), .. }), "{err}");
    assert_eq!(fs::read(&path).unwrap(), garbage);

    let mut other = ours.clone();
    other.id = "another".into();
    write_ron(&path, &other).unwrap();
    let before = fs::read(&path).unwrap();
    let err = store.save(&file, &ours).unwrap_err();
    assert!(matches!(&err, StoreError::ChangedOnDisk { change: DiskChange::OtherSession(_), .. }), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);

    // A file deleted leaves nothing to write over: the save puts it back.
    fs::remove_file(&path).unwrap();
    store.save(&file, &ours).unwrap();
    assert_eq!(store.read(&path).unwrap(), ours);
}

#[test]
fn with_the_side_file_deleted_a_second_writer_is_still_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (path, first) = store.create(&full_session()).unwrap();
    fs::remove_file(lock_path(&path)).unwrap();
    let (session, second) = store.open(&path).unwrap();
    assert!(second.read_only().is_some(), "a second writer after the side file went");
    assert!(store.save(&second, &session).is_err());
    // The holder makes the side file again before its next save.
    store.save(&first, &session).unwrap();
    assert!(lock_path(&path).exists());
    drop(first);
    drop(second);
    let (_, third) = store.open(&path).unwrap();
    assert_eq!(third.read_only(), None, "once the holder is gone, the session may be written");
}

#[cfg(unix)]
#[test]
fn a_linked_session_opens_read_only_and_the_link_stays_a_link() {
    let (_dir, store, path) = a_created_session();
    let link = path.with_file_name("link.ron");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let before = fs::read(&path).unwrap();
    let (mut session, file) = store.open(&link).unwrap();
    assert_eq!(file.read_only(), Some(sigap::store::ReadOnly::Link(path.clone())));
    session.notes.push(note("n-here", "Ditulis di sini"));
    assert!(matches!(store.save(&file, &session), Err(StoreError::ReadOnly { .. })));
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert_eq!(fs::read(&path).unwrap(), before, "the file behind the link was changed");
}
