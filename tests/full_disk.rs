//! A full disk under the running app: a small `tmpfs` mount is a real one.
//! Mounting needs root; where it is not permitted these tests say so and
//! pass, and the store's fault seam covers the same logic
//! (`tests/store_faults.rs`, the writer's tests).

#[path = "support/terminal.rs"]
mod terminal;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use sigap::domain::Status;
use sigap::store::Store;
use terminal::{Sigap, copy_dir, folder};

/// A small tmpfs, unmounted on drop.
struct Mount(PathBuf);

impl Mount {
    fn new(dir: &Path) -> Option<Mount> {
        fs::create_dir_all(dir).unwrap();
        let out = Command::new("mount").args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"]).arg(dir).output();
        match out {
            Ok(o) if o.status.success() => Some(Mount(dir.to_path_buf())),
            Ok(o) => {
                println!("skipped: cannot mount a tmpfs: {}", String::from_utf8_lossy(&o.stderr).trim());
                None
            }
            Err(e) => {
                println!("skipped: cannot run mount: {e}");
                None
            }
        }
    }

    /// Fill the disk to the last byte.
    fn fill(&self) {
        let mut filler = fs::File::create(self.0.join("filler")).unwrap();
        let block = vec![0u8; 64 * 1024];
        while filler.write_all(&block).is_ok() {}
        let small = [0u8; 512];
        while filler.write_all(&small).is_ok() {}
        while filler.write_all(&small[..1]).is_ok() {}
    }

    fn free(&self) {
        fs::remove_file(self.0.join("filler")).unwrap();
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        // Lazily when still busy, so that a failed test leaves no mount behind.
        let unmounted = Command::new("umount").arg(&self.0).status().is_ok_and(|s| s.success());
        if !unmounted {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

/// Start the session and mark the first participant present.
fn start_and_mark(app: &mut Sigap) {
    app.send(b" ");
    app.wait_for("▶ Pembukaan");
    app.send(b"2");
    app.send(b"p");
    app.wait_for("Attendance 1/5");
}

#[test]
fn the_copy_kept_when_quitting_on_a_full_disk_is_offered_on_reopening() {
    let made = folder();
    let Some(disk) = Mount::new(&made.tmp.path().join("disk")) else { return };
    let dir = disk.0.join("sessions");
    copy_dir(&made.dir, &dir);
    let session = dir.join(made.session.strip_prefix(&made.dir).unwrap());
    let mut app = Sigap::start(&dir, &session, &made.state, &[]);
    app.wait_for_run_view();
    disk.fill();
    start_and_mark(&mut app);
    app.wait_for("the disk is full; a copy of your work is in");
    app.send(b"q");
    app.wait_for("Press q again");
    app.quit();
    disk.free();
    assert!(Store::new(&dir).read(&session).unwrap().attendance.is_empty(), "the file is the older one");

    let mut again = Sigap::start(&dir, &session, &made.state, &[]);
    again.wait_for("Unsaved work found");
    again.wait_for("1 mark and 0 notes that the file has not");
    again.send(b"y");
    again.wait_for("the copy was merged in");
    again.wait_for("✓ saved");
    let saved = Store::new(&dir).read(&session).unwrap();
    assert_eq!(saved.attendance.values().map(|m| m.status).collect::<Vec<_>>(), [Status::Present]);
    again.quit();
    // Saved since: the copy is older than the file and no longer offered.
    let third = Sigap::start(&dir, &session, &made.state, &[]);
    third.wait_for_run_view();
    std::thread::sleep(Duration::from_millis(300));
    assert!(!third.screen().contains("Unsaved work found"), "{}", third.screen());
    third.quit();
}

#[test]
fn with_nowhere_to_keep_a_copy_quitting_says_what_is_lost_and_a_stop_prints_it() {
    let made = folder();
    let Some(disk) = Mount::new(&made.tmp.path().join("disk")) else { return };
    let dir = disk.0.join("sessions");
    copy_dir(&made.dir, &dir);
    let session = dir.join(made.session.strip_prefix(&made.dir).unwrap());
    // The state folder, the temporary folder and the home folder all on the full disk.
    let (state, tmp, home) = (disk.0.join("state"), disk.0.join("tmp"), disk.0.join("home"));
    for d in [&tmp, &home] {
        fs::create_dir_all(d).unwrap();
    }
    let env = [("TMPDIR", tmp.to_str().unwrap()), ("HOME", home.to_str().unwrap())];
    let mut app = Sigap::start(&dir, &session, &state, &env);
    app.wait_for_run_view();
    disk.fill();
    start_and_mark(&mut app);
    app.wait_for("no copy could be written either");
    app.send(b"q");
    app.wait_for("would be lost: 1 mark, 0 notes");
    assert!(app.wait_exit(Duration::from_millis(300)).is_none(), "q quit without a second word");
    app.send(b"n");
    app.wait_for("New note");
    app.send(b"Draf penting sekali");
    app.wait_for("Draf penting sekali");
    app.signal("TERM");
    let status = app.wait_exit(terminal::TIMEOUT).expect("SIGTERM ends sigap");
    assert!(!status.success(), "a stop that lost work is no success");
    app.wait_for("could not save these changes anywhere");
    let screen = app.screen();
    assert!(screen.contains("Draf penting sekali"), "{screen}");
}
