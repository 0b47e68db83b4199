//! The terminal app as a facilitator meets it: the real `sigap` binary in a
//! pseudo-terminal, driven by key presses, its screen read back through a
//! terminal emulator, and the session file checked afterwards.

use std::fs;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{Duration as Span, Utc};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use sigap::domain::{ItemState, Status};
use sigap::store::Store;
use tempfile::TempDir;

const SIGAP: &str = env!("CARGO_BIN_EXE_sigap");
const ROWS: u16 = 40;
const COLS: u16 = 120;
/// How long to wait for the screen or the process before failing.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Long enough for a lone Esc not to be read as the start of an Alt chord.
const AFTER_ESC: Duration = Duration::from_millis(100);

const TEMPLATE: &str = r#"(
    version: 1,
    name: "Day",
    items: [
        (title: "Pembukaan", kind: Ceremony, minutes: 15),
        (title: "Materi inti", kind: Input, minutes: 90),
        (title: "Refleksi", kind: Plenary, minutes: 15),
    ],
)
"#;

const ROSTER: &str = "Nama;Jenis Kelamin;Unit Kerja\n\
    Siti Aminah;P;Kecamatan Barat\n\
    Budi Santoso;L;Kecamatan Timur\n\
    Ni Luh Wédari;P;Dinas PMD\n\
    Yohanes Lado;L;Bappeda\n\
    Rahmawati;P;Kecamatan Utara\n";

/// A sessions folder with a template, a roster and one session created by
/// the command line, planned to have started 20 minutes ago.
struct Folder {
    _tmp: TempDir,
    dir: PathBuf,
    session: PathBuf,
}

fn folder() -> Folder {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sessions");
    fs::create_dir_all(dir.join("templates")).unwrap();
    fs::write(dir.join("templates/day.ron"), TEMPLATE).unwrap();
    let roster = tmp.path().join("peserta.csv");
    fs::write(&roster, ROSTER).unwrap();
    let start = Utc::now() - Span::minutes(20);
    let date = start.format("%Y-%m-%d").to_string();
    let time = start.format("%H:%M").to_string();
    let out = Command::new(SIGAP)
        .arg("--dir")
        .arg(&dir)
        .args(["--lang", "en", "new", "--workshop", "Bimtek Uji", "--title", "Hari 1"])
        .args(["--date", &date, "--start", &time, "--utc-offset", "+00:00", "--template", "day"])
        .arg("--roster")
        .arg(&roster)
        .env("TZ", "UTC")
        .env_remove("SIGAP_DIR")
        .env_remove("SIGAP_LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "sigap new failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let session = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    assert!(session.is_file(), "sigap new printed {}, which is no file", session.display());
    Folder { _tmp: tmp, dir, session }
}

/// Wait until the screen contains `text`; fail with the screen after `timeout`.
#[track_caller]
fn wait_for(parser: &Mutex<vt100::Parser>, text: &str, timeout: Duration) {
    wait_until(parser, &format!("\"{text}\" on screen"), timeout, |screen| screen.contains(text));
}

/// Wait until the screen passes `test`; fail with the screen after `timeout`.
#[track_caller]
fn wait_until(parser: &Mutex<vt100::Parser>, what: &str, timeout: Duration, test: impl Fn(&str) -> bool) {
    let deadline = Instant::now() + timeout;
    loop {
        let screen = parser.lock().unwrap().screen().contents();
        if test(&screen) {
            return;
        }
        if Instant::now() >= deadline {
            panic!("waited {timeout:?} for {what}; the screen:\n{screen}");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

/// One running `sigap open FILE` in its own pseudo-terminal.
struct App {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl App {
    fn open(dir: &Path, file: &Path) -> App {
        let pty = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(SIGAP);
        cmd.arg("--dir");
        cmd.arg(dir);
        cmd.args(["--lang", "en", "open"]);
        cmd.arg(file);
        cmd.env("TERM", "xterm-256color");
        cmd.env("TZ", "UTC");
        cmd.env_remove("SIGAP_DIR");
        cmd.env_remove("SIGAP_LANG");
        cmd.env("SIGAP_CONFIG", dir.join("no-settings.ron"));
        cmd.cwd(dir);
        let child = pty.slave.spawn_command(cmd).unwrap();
        // Only the child keeps the terminal's other end open, so that reading
        // ends when it exits.
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0)));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        App { parser, writer, child, _master: pty.master }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    #[track_caller]
    fn wait_for(&self, text: &str) {
        wait_for(&self.parser, text, TIMEOUT);
    }

    #[track_caller]
    fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) {
        wait_until(&self.parser, what, TIMEOUT, test);
    }

    /// Wait for the run view of the session.
    #[track_caller]
    fn wait_for_run_view(&self) {
        self.wait_for("Attendance");
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn esc(&mut self) {
        self.send(b"\x1b");
        thread::sleep(AFTER_ESC);
    }

    /// Press `q` and wait for the process to end; fails unless it ends well.
    #[track_caller]
    fn quit(mut self) {
        self.send(b"q");
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() >= deadline {
                panic!("sigap did not exit within {TIMEOUT:?} of q; the screen:\n{}", self.screen());
            }
            thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "sigap exited with {status:?}; the screen:\n{}", self.screen());
    }
}

impl App {
    /// The session open in the run view with `text` typed into a new note.
    fn typing_a_note(folder: &Folder, text: &str) -> App {
        let mut app = App::open(&folder.dir, &folder.session);
        app.wait_for_run_view();
        app.send(b"n");
        app.wait_for("New note");
        app.send(text.as_bytes());
        app.wait_for(text);
        app
    }

    /// Send the process a signal (`TERM`: the system shuts down; `HUP`: its
    /// terminal closed) and wait for it to end.
    #[track_caller]
    fn signal(mut self, name: &str) {
        let pid = self.child.process_id().expect("a running child has a pid");
        let sent = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let deadline = Instant::now() + TIMEOUT;
        while self.child.try_wait().unwrap().is_none() {
            assert!(
                Instant::now() < deadline,
                "sigap did not stop on SIGTERM; the screen:\n{}",
                self.screen()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for App {
    /// A test that failed half-way leaves no program running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn start_the_session_take_the_roll_and_write_a_note() {
    let folder = folder();
    let mut app = App::open(&folder.dir, &folder.session);
    app.wait_for_run_view();

    app.send(b" ");
    app.wait_for("remaining");
    app.send(b"2");
    app.send(b"ppl");
    app.wait_for("Attendance 3/5");

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
    let first = App::open(&folder.dir, &folder.session);
    first.wait_for_run_view();
    let before = fs::read(&folder.session).unwrap();

    let mut second = App::open(&folder.dir, &folder.session);
    second.wait_for_run_view();
    second.wait_for("read-only");
    second.wait_for("another sigap has it open");
    second.send(b"2");
    second.send(b"p");
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
    let mut app = App::typing_a_note(&folder, text);
    app.esc();
    app.wait_until("the editor closed with a draft waiting", |s| {
        !s.contains("New note") && s.contains("draft (n)")
    });
    app.quit();

    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    let draft = session.draft.as_ref().expect("the draft is in the file");
    assert_eq!(draft.text, text);
    assert!(session.notes.is_empty(), "{:?}", session.notes);

    let mut app = App::open(&folder.dir, &folder.session);
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
    let app = App::typing_a_note(&folder, text);
    // No Esc, no pause for the autosave: the stop itself must keep the text.
    app.signal("TERM");
    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert_eq!(session.draft.map(|d| d.text).as_deref(), Some(text));
}

#[cfg(unix)]
#[test]
fn a_closed_terminal_stops_sigap_and_keeps_the_note_being_typed() {
    let folder = folder();
    let text = "Catatan sebelum koneksi putus";
    // SIGHUP is what a closing terminal (a dropped SSH link) sends.
    App::typing_a_note(&folder, text).signal("HUP");
    let session = Store::new(&folder.dir).read(&folder.session).unwrap();
    assert_eq!(session.draft.map(|d| d.text).as_deref(), Some(text));
}
