//! A sentence typed into the attendance pane of the real binary, in a
//! pseudo-terminal: the roster's marks on disk stay as they were, and the
//! text is offered as a note.

#[path = "support/terminal.rs"]
mod terminal;

use sigap::domain::Status;
use sigap::store::Store;
use terminal::{Sigap as App, folder};

#[test]
fn a_sentence_typed_into_the_attendance_pane_leaves_every_mark_on_disk() {
    let folder = folder();
    let before = Store::new(&folder.dir).read(&folder.session).unwrap();
    let mut app = App::open(&folder);
    app.wait_for_run_view();
    // The attendance pane has the focus when a session opens.
    app.send(b"Peserta minta materi");
    app.wait_for("Typed text?");
    app.wait_for("Peserta minta materi");
    app.send(b"\r");
    app.wait_for("New note");
    app.esc();
    app.wait_until("the editor closed with a draft waiting", |s| !s.contains("New note"));
    app.quit();

    let after = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert_eq!(after.attendance, before.attendance, "typing changed the roll call");
    assert!(after.roster.iter().all(|p| after.mark(&p.id).status == Status::Unmarked));
    assert_eq!(after.started_at(), None, "the spaces did not start the timer");
    assert_eq!(after.draft.map(|d| d.text).as_deref(), Some("Peserta minta materi"));
}
