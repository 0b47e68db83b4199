//! The real binary under the failures that really happen: a second copy on
//! the same file, one killed outright, a stop signal, a closed terminal, a
//! bug, a sessions folder that goes away or may not be written, a huge
//! paste and a terminal resized over and over.

#[path = "support/terminal.rs"]
mod terminal;

use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use sigap::domain::{Session, Status};
use sigap::store::Store;
use terminal::{Folder, Sigap, TIMEOUT, folder};

fn read(folder: &Folder) -> Session {
    Store::new(&folder.dir).read(&folder.session).unwrap()
}

#[test]
fn a_second_sigap_says_who_holds_the_session_and_a_killed_one_holds_nothing() {
    let folder = folder();
    let mut first = Sigap::open(&folder);
    first.wait_for_run_view();
    let first_pid = first.pid();

    // In the process, the refusal is immediate and names the holder.
    let started = Instant::now();
    let (_, file) = Store::new(&folder.dir).open(&folder.session).unwrap();
    let took = started.elapsed();
    assert!(file.read_only().is_some(), "the lock is held");
    assert!(took < Duration::from_millis(100), "opening read-only took {took:?}");
    let holder = file.holder().expect("the holder wrote who it is").clone();
    assert_eq!(holder.pid, first_pid);
    drop(file);

    let spawned = Instant::now();
    let second = Sigap::open(&folder);
    second.wait_for("read-only");
    eprintln!("the second sigap showed read-only {:?} after it was started", spawned.elapsed());
    second.wait_for(&format!(
        "another sigap has it open: {}@{}, process {first_pid},",
        holder.user, holder.host
    ));
    second.quit();

    first.send(b"2");
    first.send(b"p");
    first.wait_for("Attendance 1/5");
    first.kill_hard();

    // The OS let go of the lock with the process: the next start may write.
    let mut third = Sigap::open(&folder);
    third.wait_for_run_view();
    // At a hand's pace: three keys a few milliseconds apart are a paste.
    third.send(b"2");
    thread::sleep(Duration::from_millis(40));
    third.send(b"j");
    thread::sleep(Duration::from_millis(40));
    third.send(b"p");
    third.wait_for("Attendance 2/5");
    assert!(!third.screen().contains("read-only"), "a dead process still blocks:\n{}", third.screen());
    third.quit();
    let session = read(&folder);
    assert_eq!(session.attendance_count().marked, 2);
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_save_the_note_being_typed_and_exit_within_two_seconds() {
    for signal in ["TERM", "HUP"] {
        let folder = folder();
        let text = format!("Kalimat yang belum selesai ({signal})");
        let mut app = Sigap::typing_a_note(&folder, &[], &text);
        let sent = Instant::now();
        app.signal(signal);
        let status = app.wait_exit(Duration::from_secs(2));
        assert!(status.is_some(), "SIG{signal}: still running after 2 s:\n{}", app.screen());
        eprintln!("SIG{signal}: saved and gone in {:?}", sent.elapsed());
        assert_eq!(read(&folder).draft.map(|d| d.text).as_deref(), Some(text.as_str()), "SIG{signal}");
    }
}

#[cfg(unix)]
#[test]
fn closing_the_terminal_saves_the_session_and_ends_the_process() {
    let folder = folder();
    let text = "Catatan sebelum jendela ditutup";
    let mut app = Sigap::typing_a_note(&folder, &[], text);
    app.close_terminal();
    let status = app.wait_exit(Duration::from_secs(3));
    assert!(status.is_some(), "sigap is still running after its terminal closed");
    // portable-pty types a last newline (Ctrl+J) as its writer closes.
    let draft = read(&folder).draft.map(|d| d.text);
    assert_eq!(draft.as_deref().map(str::trim_end), Some(text));
}

#[test]
fn after_a_panic_the_terminal_is_restored_and_the_draft_kept() {
    let folder = folder();
    let text = "Catatan sebelum galat";
    let mut app = Sigap::typing_a_note(&folder, &[("SIGAP_TEST_PANIC_AFTER_SECS", "2.5")], text);
    let status = app.wait_exit(TIMEOUT).expect("sigap ended after the panic");
    assert!(!status.success(), "a panic is reported as a failure");
    thread::sleep(Duration::from_millis(200));
    {
        let parser = app.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "the alternate screen was left on");
        assert!(!screen.hide_cursor(), "the cursor was left hidden");
    }
    assert!(app.screen().contains("the session was saved first"), "{}", app.screen());
    assert_eq!(read(&folder).draft.map(|d| d.text).as_deref(), Some(text));
}

/// The one file in the emergency copies folder.
fn emergency_copy(folder: &Folder) -> PathBuf {
    let dir = folder.state.join("emergency");
    let copies: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("no copies folder {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        // Beside each copy, a side record of the file it is for.
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    copies[0].clone()
}

/// Mark the first participant present while the folder is in trouble; the
/// banner must say `why` and where the copy is, the copy must hold the
/// mark; `mend` ends the trouble and saving must resume by itself.
fn storage_trouble(folder: &Folder, break_it: impl FnOnce(&Path), why: &str, mend: impl FnOnce(&Path)) {
    let workshop = folder.session.parent().unwrap().to_path_buf();
    let mut app = Sigap::open(folder);
    app.wait_for_run_view();
    let before = fs::read(&folder.session).ok();
    break_it(&workshop);
    app.send(b"2");
    app.send(b"p");
    app.wait_for("NOT SAVED");
    app.wait_for(why);
    app.wait_for("a copy of your work is in");
    app.wait_for("Attendance 1/5");
    let copy = emergency_copy(folder);
    let saved: Session = sigap::store::read_ron(&copy).unwrap();
    assert_eq!(saved.mark(&saved.roster[0].id).status, Status::Present, "the copy holds the unsaved mark");
    if let Some(before) = before
        && folder.session.exists()
    {
        assert_eq!(fs::read(&folder.session).unwrap(), before, "the file on disk was changed");
    }
    mend(&workshop);
    // Saving is retried every 5 s.
    let deadline = Instant::now() + Duration::from_secs(12);
    while !app.screen().contains("✓ saved") {
        assert!(Instant::now() < deadline, "saving did not resume:\n{}", app.screen());
        thread::sleep(Duration::from_millis(50));
    }
    assert!(!app.screen().contains("NOT SAVED"), "{}", app.screen());
    app.quit();
    let session = read(folder);
    assert_eq!(session.mark(&session.roster[0].id).status, Status::Present);
}

#[test]
fn a_deleted_sessions_folder_is_reported_copied_and_saved_again_when_it_is_back() {
    let folder = folder();
    storage_trouble(
        &folder,
        |w| fs::remove_dir_all(w).unwrap(),
        "the sessions folder is gone",
        |w| fs::create_dir_all(w).unwrap(),
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_sessions_folder_is_reported_copied_and_saved_again_when_writable() {
    use std::os::unix::fs::PermissionsExt;
    let folder = folder();
    let workshop = folder.session.parent().unwrap();
    // The superuser writes where permissions say no: nothing to test then.
    fs::set_permissions(workshop, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = workshop.join(".probe");
    let ignored = fs::write(&probe, b"").is_ok();
    fs::set_permissions(workshop, fs::Permissions::from_mode(0o755)).unwrap();
    if ignored {
        let _ = fs::remove_file(&probe);
        eprintln!(
            "skipped: this user writes into read-only folders (root?), so permissions cannot be tested"
        );
        return;
    }
    storage_trouble(
        &folder,
        |w| fs::set_permissions(w, fs::Permissions::from_mode(0o555)).unwrap(),
        "not allowed to write",
        |w| fs::set_permissions(w, fs::Permissions::from_mode(0o755)).unwrap(),
    );
}

/// About 10 KB of lines full of keys that would be commands outside the editor.
fn big_paste() -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 10 * 1024 {
        n += 1;
        text.push_str(&format!("{n:03} q n p l a ] [ 1 2 3 u r ? / : Wédari, «kutipan» & 100% ✓\n"));
    }
    text.push_str("akhir");
    text
}

#[test]
fn a_ten_kilobyte_paste_lands_in_the_note_exactly_and_runs_no_command() {
    let folder = folder();
    let before = read(&folder);
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    app.send(b"n");
    app.wait_for("New note");
    let text = big_paste();
    app.paste(&text);
    app.wait_for("akhir");
    app.send(b"\r");
    app.wait_until("the note saved", |s| !s.contains("New note") && s.contains("Notes (1)"));
    app.quit();
    let after = read(&folder);
    assert_eq!(after.notes.len(), 1);
    assert_eq!(after.notes[0].text, text, "the pasted text changed on its way");
    assert_eq!(after.agenda, before.agenda, "a pasted key moved the agenda");
    assert_eq!(after.attendance_count().marked, 0, "a pasted key marked someone");
}

/// The screen with every digit masked: the clock and timers move on.
fn masked(screen: &str) -> String {
    screen.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

#[test]
fn a_hundred_resizes_in_five_seconds_end_in_the_right_frame() {
    let folder = folder();
    let mut app = Sigap::open(&folder);
    app.wait_for_run_view();
    let mut dice: u64 = 0x5EED_0008;
    let started = Instant::now();
    for _ in 0..100 {
        dice = dice.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let rows = 3 + (dice >> 33) as u16 % 60;
        let cols = 5 + (dice >> 17) as u16 % 200;
        app.resize(rows, cols);
        thread::sleep(Duration::from_millis(40));
    }
    app.resize(30, 100);
    assert!(started.elapsed() < Duration::from_secs(6), "the resizes took {:?}", started.elapsed());
    thread::sleep(Duration::from_millis(1500));
    let resized = app.screen();
    app.quit();

    // The same session opened at that size from the start.
    let mut fresh = Sigap::open(&folder);
    fresh.resize(30, 100);
    fresh.wait_for_run_view();
    thread::sleep(Duration::from_millis(1500));
    let expected = fresh.screen();
    fresh.quit();
    assert_eq!(masked(&resized), masked(&expected), "the last frame after the resizes differs");
}
