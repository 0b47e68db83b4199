//! The real `sigap` binary in a pseudo-terminal, for the data-safety tests:
//! like `tests/pty.rs`, plus what those tests need — its own state folder,
//! extra environment, resizing, SIGKILL and closing the terminal.
#![allow(dead_code)]

use std::fs;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{Duration as Span, Utc};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

pub const SIGAP: &str = env!("CARGO_BIN_EXE_sigap");
pub const ROWS: u16 = 40;
pub const COLS: u16 = 120;
/// How long to wait for the screen or the process before failing.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// Long enough for a lone Esc not to be read as the start of an Alt chord.
pub const AFTER_ESC: Duration = Duration::from_millis(100);

const TEMPLATE: &str = r#"(
    version: 1,
    name: "Day",
    items: [
        (title: "Pembukaan", kind: Ceremony, minutes: 15),
        (title: "Materi inti", kind: Input, minutes: 90),
        (title: "Diskusi kelompok", kind: Discussion, minutes: 60),
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

/// A sessions folder with one session created by the command line, planned
/// to have started 20 minutes ago, and a state folder for emergency copies.
pub struct Folder {
    pub tmp: TempDir,
    pub dir: PathBuf,
    pub state: PathBuf,
    pub session: PathBuf,
}

pub fn folder() -> Folder {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sessions");
    let state = tmp.path().join("state");
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
        .env("SIGAP_CONFIG", tmp.path().join("no-settings.ron"))
        .output()
        .unwrap();
    assert!(out.status.success(), "sigap new failed: {}", String::from_utf8_lossy(&out.stderr));
    let session = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    assert!(session.is_file(), "sigap new printed {}, which is no file", session.display());
    Folder { tmp, dir, state, session }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

/// One running `sigap open FILE` in its own pseudo-terminal.
pub struct Sigap {
    pub parser: Arc<Mutex<vt100::Parser>>,
    writer: Option<Box<dyn Write + Send>>,
    pub child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// Tells the reading thread to let go of the terminal.
    hang_up: Arc<AtomicBool>,
    reader: Option<thread::JoinHandle<()>>,
    /// When the last keys were sent: separate sends are paced as a person
    /// presses keys, so that sigap never takes them for a paste.
    last_send: Option<std::time::Instant>,
}

/// The least time between two sends: a facilitator's pace between two
/// commands, slower than the burst of keys sigap takes for typing (350 ms)
/// and than a paste. A test that means to type sends its text in one go.
const BETWEEN_SENDS: Duration = Duration::from_millis(400);

impl Sigap {
    pub fn open(folder: &Folder) -> Sigap {
        Sigap::open_with(folder, &[])
    }

    /// The session open in the run view with `text` typed into a new note.
    pub fn typing_a_note(folder: &Folder, env: &[(&str, &str)], text: &str) -> Sigap {
        let mut app = Sigap::open_with(folder, env);
        app.wait_for_run_view();
        app.send(b"n");
        app.wait_for("New note");
        app.send(text.as_bytes());
        app.wait_for(text);
        app
    }

    pub fn open_with(folder: &Folder, env: &[(&str, &str)]) -> Sigap {
        Sigap::start(&folder.dir, &folder.session, &folder.state, env)
    }

    pub fn start(dir: &Path, file: &Path, state: &Path, env: &[(&str, &str)]) -> Sigap {
        Sigap::command(dir, &[std::ffi::OsStr::new("open"), file.as_os_str()], state, env)
    }

    /// Any subcommand of `sigap --dir DIR --lang en`, such as `clock FILE`.
    pub fn command(dir: &Path, args: &[&std::ffi::OsStr], state: &Path, env: &[(&str, &str)]) -> Sigap {
        let pty = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(SIGAP);
        cmd.arg("--dir");
        cmd.arg(dir);
        cmd.args(["--lang", "en"]);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("TZ", "UTC");
        cmd.env("SIGAP_STATE_DIR", state);
        cmd.env_remove("SIGAP_DIR");
        cmd.env_remove("SIGAP_LANG");
        // Never the settings of whoever runs the tests.
        cmd.env("SIGAP_CONFIG", state.join("no-settings.ron"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(dir.parent().unwrap());
        let child = pty.slave.spawn_command(cmd).unwrap();
        // Only the child keeps the terminal's other end open, so that reading
        // ends when it exits.
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0)));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        let hang_up = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&hang_up);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || stop.load(Ordering::SeqCst) {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Sigap {
            parser,
            writer: Some(writer),
            child,
            master: Some(pty.master),
            hang_up,
            reader: Some(reader),
            last_send: None,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a running child has a pid")
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("\"{text}\" on screen"), |s| s.contains(text));
    }

    #[track_caller]
    pub fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let screen = self.screen();
            if test(&screen) {
                return;
            }
            if Instant::now() >= deadline {
                panic!("waited {TIMEOUT:?} for {what}; the screen:\n{screen}");
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    #[track_caller]
    pub fn wait_for_run_view(&self) {
        self.wait_for("Attendance");
    }

    /// Send bytes as typed; false when the terminal is gone.
    pub fn try_send(&mut self, bytes: &[u8]) -> bool {
        if let Some(last) = self.last_send {
            thread::sleep(BETWEEN_SENDS.saturating_sub(last.elapsed()));
        }
        self.last_send = Some(std::time::Instant::now());
        let Some(w) = self.writer.as_mut() else { return false };
        w.write_all(bytes).and_then(|()| w.flush()).is_ok()
    }

    #[track_caller]
    pub fn send(&mut self, bytes: &[u8]) {
        assert!(self.try_send(bytes), "the terminal is gone; the screen:\n{}", self.screen());
    }

    pub fn esc(&mut self) {
        self.send(b"\x1b");
        thread::sleep(AFTER_ESC);
    }

    /// Paste `text` as a terminal with bracketed paste sends it.
    pub fn paste(&mut self, text: &str) {
        self.send(b"\x1b[200~");
        self.send(text.as_bytes());
        self.send(b"\x1b[201~");
    }

    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.parser.lock().unwrap().screen_mut().set_size(nonzero(rows), nonzero(cols));
        let size = PtySize { rows, cols, pixel_width: 0, pixel_height: 0 };
        self.master.as_ref().expect("the terminal is open").resize(size).unwrap();
    }

    /// Wait up to `timeout` for the process to end; its status if it did.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<portable_pty::ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Press `q` and wait for the process to end; fails unless it ends well.
    #[track_caller]
    pub fn quit(mut self) {
        self.send(b"q");
        // In a running session `q` asks first (once the keys before it have
        // stopped coming, at the next tick); yes, at a person's pace.
        let questions = [sigap::text::EN.roll.quit_title, sigap::text::ID.roll.quit_title];
        let deadline = Instant::now() + TIMEOUT;
        let mut answered = false;
        let mut status = None;
        while status.is_none() && Instant::now() < deadline {
            status = self.wait_exit(Duration::from_millis(100));
            if status.is_none() && !answered && questions.iter().any(|q| self.screen().contains(q)) {
                answered = self.try_send(b"y");
            }
        }
        let status =
            status.unwrap_or_else(|| panic!("sigap did not exit on q; the screen:\n{}", self.screen()));
        assert!(status.success(), "sigap exited with {status:?}; the screen:\n{}", self.screen());
    }

    /// Send a signal by name (`TERM`, `HUP`, `KILL`).
    pub fn signal(&self, name: &str) {
        let sent =
            Command::new("kill").args([&format!("-{name}"), &self.pid().to_string()]).status().unwrap();
        assert!(sent.success(), "kill -{name} failed");
    }

    /// SIGKILL: no handler runs, nothing is saved on the way out.
    pub fn kill_hard(mut self) {
        self.signal("KILL");
        assert!(self.wait_exit(TIMEOUT).is_some(), "SIGKILL did not end sigap");
    }

    /// Close the terminal as a closed window or a dropped link does: every
    /// handle on its master side goes away.
    pub fn close_terminal(&mut self) {
        self.hang_up.store(true, Ordering::SeqCst);
        self.writer = None;
        self.master = None;
        // The reading thread lets go at the next output; sigap redraws its
        // clock every second.
        if let Some(reader) = self.reader.take() {
            let deadline = Instant::now() + Duration::from_secs(3);
            while !reader.is_finished() && Instant::now() < deadline {
                thread::sleep(Duration::from_millis(10));
            }
        }
    }
}

impl Drop for Sigap {
    /// A test that failed half-way leaves no program running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A copy of a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
