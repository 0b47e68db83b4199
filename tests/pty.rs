//! The terminal app as a facilitator meets it: the real `sigap` binary in a
//! pseudo-terminal, driven by key presses, its screen read back through a
//! terminal emulator, and the session file checked afterwards.

#[path = "support/terminal.rs"]
mod terminal;

use std::fs;

use sigap::domain::{ItemState, Status};
use sigap::store::Store;
use terminal::{Sigap as App, TIMEOUT, folder};

/// Send the process a signal (`TERM`: the system shuts down; `HUP`: its
/// terminal closed) and wait for it to end.
#[track_caller]
fn stop_with(mut app: App, name: &str) {
    app.signal(name);
    assert!(
        app.wait_exit(TIMEOUT).is_some(),
        "sigap did not stop on SIG{name}; the screen:\n{}",
        app.screen()
    );
}

#[test]
fn start_the_session_take_the_roll_and_write_a_note() {
    let folder = folder();
    let mut app = App::open(&folder);
    app.wait_for_run_view();

    app.send(b" ");
    app.wait_for("remaining");
    by_hand(&mut app, b"2ppl");
    app.wait_for("Attendance 3/5");

    // A person looks up before the next command: `p l n` in a blink is a word.
    std::thread::sleep(std::time::Duration::from_millis(400));
    app.send(b"n");
    app.wait_for("New note");
    app.send("Usulan dari Wédari: posyandu keliling".as_bytes());
    app.wait_for("posyandu keliling");
    app.send(b"\r");
    app.wait_until("the note saved into the notes pane", |s| {
        !s.contains("New note") && s.contains("Notes (1)") && s.contains("Usulan")
    });
    app.quit();

    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert!(session.started_at().is_some(), "the session has started");
    let first = &session.agenda[0];
    assert_eq!(first.state, ItemState::Running);
    assert_eq!(session.roster[2].name, "Ni Luh Wédari");
    let marks: Vec<_> = session.roster[..3].iter().map(|p| session.mark(&p.id)).collect();
    let statuses: Vec<Status> = marks.iter().map(|m| m.status).collect();
    assert_eq!(statuses, [Status::Present, Status::Present, Status::Late]);
    assert!(marks[2].arrived.is_some(), "a late arrival records when: {:?}", marks[2]);
    assert_eq!(session.mark(&session.roster[3].id).status, Status::Unmarked);
    assert_eq!(session.notes.len(), 1, "{:?}", session.notes);
    let note = &session.notes[0];
    assert!(note.text.contains("Wédari"), "{:?}", note.text);
    assert_eq!(note.item.as_ref(), Some(&first.id));
    assert_eq!(session.draft, None);
}

#[test]
fn a_second_sigap_on_the_same_file_is_read_only() {
    let folder = folder();
    let first = App::open(&folder);
    first.wait_for_run_view();
    let before = fs::read(&folder.session).unwrap();

    let mut second = App::open(&folder);
    second.wait_for_run_view();
    second.wait_for("read-only");
    second.wait_for("another sigap has it open");
    by_hand(&mut second, b"2p");
    second.wait_for("nothing changed");
    assert!(second.screen().contains("Attendance 0/5"), "no mark shown:\n{}", second.screen());
    assert_eq!(fs::read(&folder.session).unwrap(), before, "the read-only sigap wrote the file");

    second.quit();
    assert_eq!(fs::read(&folder.session).unwrap(), before, "quitting the read-only sigap wrote the file");
    first.wait_for("Attendance 0/5");
    first.quit();
    assert_eq!(fs::read(&folder.session).unwrap(), before);
}

#[test]
fn a_closed_note_is_kept_as_a_draft_and_comes_back() {
    let folder = folder();
    let text = "Catatan sementara dari Wédari";
    let mut app = App::typing_a_note(&folder, &[], text);
    app.esc();
    app.wait_until("the editor closed with a draft waiting", |s| {
        !s.contains("New note") && s.contains("draft (n)")
    });
    app.quit();

    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    let draft = session.draft.as_ref().expect("the draft is in the file");
    assert_eq!(draft.text, text);
    assert!(session.notes.is_empty(), "{:?}", session.notes);

    let mut app = App::open(&folder);
    app.wait_for_run_view();
    app.wait_for("draft (n)");
    app.send(b"n");
    app.wait_for("New note");
    app.wait_for(text);
    app.wait_for("Your draft is back.");
    app.esc();
    app.wait_until("the editor closed", |s| !s.contains("New note"));
    app.quit();

    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert_eq!(session.draft.map(|d| d.text).as_deref(), Some(text));
}

#[cfg(unix)]
#[test]
fn sigterm_saves_the_note_being_typed() {
    let folder = folder();
    let text = "Kalimat yang belum selesai dari Wédari";
    let app = App::typing_a_note(&folder, &[], text);
    // No Esc, no pause for the autosave: the stop itself must keep the text.
    stop_with(app, "TERM");
    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert_eq!(session.draft.map(|d| d.text).as_deref(), Some(text));
}

#[cfg(unix)]
#[test]
fn a_closed_terminal_stops_sigap_and_keeps_the_note_being_typed() {
    let folder = folder();
    let text = "Catatan sebelum koneksi putus";
    // SIGHUP is what a closing terminal (a dropped SSH link) sends.
    stop_with(App::typing_a_note(&folder, &[], text), "HUP");
    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert_eq!(session.draft.map(|d| d.text).as_deref(), Some(text));
}

/// Keys one at a time at a hand's pace: a few milliseconds apart they are
/// a paste, which sigap takes for text.
fn by_hand(app: &mut App, keys: &[u8]) {
    for key in keys {
        app.send(&[*key]);
        std::thread::sleep(std::time::Duration::from_millis(40));
    }
}
