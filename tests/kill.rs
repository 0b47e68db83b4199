//! Pull the plug: the real binary is driven through a script of edits and
//! killed with SIGKILL at a pseudo-random moment (no handler runs, nothing
//! is saved on the way out). After each kill the file must parse, every
//! change the screen had shown as saved must be in it, no more than the last
//! two seconds of typing in the open editor may be missing, and the next
//! start must not find the session locked.

#[path = "support/terminal.rs"]
mod terminal;

use sigap::synthetic::Dice;
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use sigap::domain::{ItemState, Session, Status};
use sigap::store::Store;
use terminal::{Folder, Sigap, folder};

/// Typing this long ago must be on disk when the process dies.
const TYPING_AT_RISK: Duration = Duration::from_secs(2);
/// The script takes about this long; kills fall anywhere in it and a little after.
const SCRIPT: Duration = Duration::from_millis(5500);

/// A change the screen showed as saved.
#[derive(Debug)]
enum Confirmed {
    Mark { person: usize, status: Status },
    Running { item: usize },
    Note { text: String },
}

/// What the driver saw before the kill.
#[derive(Default)]
struct Seen {
    confirmed: Vec<Confirmed>,
    /// The text of the open editor after each chunk typed, and when.
    typed: Vec<(Instant, String)>,
}

/// What one kill point came to.
#[derive(Default, Debug, Clone, Copy)]
pub struct Tally {
    pub kill_points: usize,
    pub confirmed: usize,
    pub lost: usize,
    pub typing_checked: usize,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.kill_points += o.kill_points;
        self.confirmed += o.confirmed;
        self.lost += o.lost;
        self.typing_checked += o.typing_checked;
    }
}

/// Wait until the screen passes `test`; false when the process died first.
fn until(app: &mut Sigap, test: impl Fn(&str) -> bool) -> bool {
    let deadline = Instant::now() + terminal::TIMEOUT;
    loop {
        let screen = app.screen();
        // The header says "✓ saved" (or "✓ on disk" before any change) only
        // once the store has written the file.
        if test(&screen) && (screen.contains("✓ saved") || screen.contains("✓ on disk")) {
            return true;
        }
        if app.child.try_wait().ok().flatten().is_some() {
            return false;
        }
        assert!(Instant::now() < deadline, "the script stalled; the screen:\n{screen}");
        thread::sleep(Duration::from_millis(5));
    }
}

/// The least time between two keys a person presses in turn.
const HAND: Duration = Duration::from_millis(40);

/// Drive the script until the process dies (or the script ends).
fn drive(app: &mut Sigap, seed: u64, seen: &mut Seen) {
    let alive = |app: &mut Sigap| app.child.try_wait().ok().flatten().is_none();
    // A facilitator's pauses between edits, so that kills also fall among them.
    let mut dice = Dice(seed ^ 0xFACE);
    // A person reads the screen before the next command: different keys
    // faster than that are typing, which sigap takes back.
    let mut pause = move || thread::sleep(Duration::from_millis(400 + dice.roll() % 250));
    if !until(app, |s| s.contains("Attendance")) {
        return;
    }
    // Start the session (and its first item).
    app.try_send(b" ");
    if !until(app, |s| s.contains("▶ Pembukaan")) {
        return;
    }
    seen.confirmed.push(Confirmed::Running { item: 0 });
    let marks = [(b'p', Status::Present), (b'l', Status::Late)];
    for (person, (key, status)) in marks.into_iter().enumerate() {
        pause();
        app.try_send(b"2");
        // A hand's pace: keys a few milliseconds apart are a paste, text.
        thread::sleep(HAND);
        app.try_send(&[key]);
        if !until(app, |s| s.contains(&format!("Attendance {}/5", person + 1))) {
            return;
        }
        seen.confirmed.push(Confirmed::Mark { person, status });
    }
    // A note of two lines, saved with Enter (Ctrl+J is a new line).
    let note = format!("Catatan {seed:x}\nbaris kedua");
    pause();
    app.try_send(b"n");
    if !until(app, |s| s.contains("New note")) {
        return;
    }
    // A newline byte is what a terminal sends for Ctrl+J.
    app.try_send(note.as_bytes());
    app.try_send(b"\r");
    if !until(app, |s| s.contains("Notes (1)") && !s.contains("New note")) {
        return;
    }
    seen.confirmed.push(Confirmed::Note { text: note });
    // The next agenda item.
    pause();
    app.try_send(b"]");
    if !until(app, |s| s.contains("▶ Materi inti")) {
        return;
    }
    seen.confirmed.push(Confirmed::Running { item: 1 });
    pause();
    app.try_send(b"2");
    thread::sleep(HAND);
    app.try_send(b"a");
    if !until(app, |s| s.contains("Attendance 3/5")) {
        return;
    }
    seen.confirmed.push(Confirmed::Mark { person: 2, status: Status::Absent });
    // Typing that is never finished: only the editor's autosave keeps it.
    pause();
    app.try_send(b"n");
    if !until(app, |s| s.contains("New note")) {
        return;
    }
    let mut text = String::new();
    for i in 0..16 {
        let chunk = if i == 8 { "\n".to_string() } else { format!("kata{i} ") };
        if !alive(app) || !app.try_send(chunk.as_bytes()) {
            return;
        }
        text.push_str(&chunk);
        seen.typed.push((Instant::now(), text.clone()));
        thread::sleep(Duration::from_millis(150));
    }
    // Wait for the kill.
    let _ = app.wait_exit(terminal::TIMEOUT);
}

/// One kill point: run, kill at a moment drawn from `seed`, check, restart.
fn kill_point(seed: u64) -> Tally {
    let folder: Folder = folder();
    let mut dice = Dice(seed);
    // Half the kills fall among the first edits, half anywhere in the script.
    let window = if dice.roll().is_multiple_of(2) { 1500 } else { SCRIPT.as_millis() as u64 };
    let kill_after = Duration::from_millis(dice.roll() % window);
    let mut app = Sigap::open(&folder);
    let pid = app.pid();
    let started = Instant::now();
    let killer = thread::spawn(move || {
        thread::sleep(kill_after);
        let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
        Instant::now()
    });
    let mut seen = Seen::default();
    drive(&mut app, seed, &mut seen);
    let killed_at = killer.join().unwrap();
    assert!(app.wait_exit(terminal::TIMEOUT).is_some(), "seed {seed:x}: SIGKILL did not end sigap");
    drop(app);

    let what = format!("seed {seed:x}, killed after {kill_after:?} ({:?} into the run)", killed_at - started);
    let session: Session = Store::new(&folder.dir)
        .read(&folder.session)
        .unwrap_or_else(|e| panic!("{what}: the file does not parse after the kill: {e}"));
    let mut tally = Tally { kill_points: 1, confirmed: seen.confirmed.len(), ..Tally::default() };
    let mut lost = Vec::new();
    for change in &seen.confirmed {
        let kept = match change {
            Confirmed::Mark { person, status } => session.mark(&session.roster[*person].id).status == *status,
            Confirmed::Running { item } => {
                let state = session.agenda[*item].state;
                state == ItemState::Running || (state == ItemState::Done && *item == 0)
            }
            Confirmed::Note { text } => session.notes.iter().any(|n| &n.text == text),
        };
        if !kept {
            lost.push(format!("{change:?}"));
        }
    }
    // Typing older than two seconds before the kill is in the draft.
    if let Some((_, due)) = seen.typed.iter().rev().find(|(at, _)| *at + TYPING_AT_RISK <= killed_at) {
        tally.typing_checked += 1;
        let draft = session.draft.as_ref().map(|d| d.text.as_str()).unwrap_or("");
        if !draft.starts_with(due.trim_end()) {
            lost.push(format!("typing: the draft {draft:?} lacks {due:?}"));
        }
    }
    tally.lost = lost.len();
    assert!(lost.is_empty(), "{what}: lost {lost:?}");

    // No stale lock: the next start may write.
    let next = Sigap::open(&folder);
    next.wait_for_run_view();
    thread::sleep(Duration::from_millis(100));
    assert!(!next.screen().contains("read-only"), "{what}: the restart is read-only:\n{}", next.screen());
    next.quit();
    tally
}

/// Run `count` kill points from `first_seed` on `threads` threads.
pub fn kill_points(first_seed: u64, count: u64, threads: u64) -> Tally {
    let runs: Vec<_> = (0..threads)
        .map(|t| {
            thread::spawn(move || {
                let mut tally = Tally::default();
                for i in (t..count).step_by(threads as usize) {
                    tally += kill_point(first_seed + i);
                }
                tally
            })
        })
        .collect();
    let mut tally = Tally::default();
    for run in runs {
        tally += run.join().unwrap();
    }
    tally
}

#[cfg(unix)]
#[test]
fn twenty_kill_points_lose_nothing_that_was_saved() {
    let tally = kill_points(0x1000, 20, 4);
    eprintln!("{tally:?}");
    assert_eq!(tally.kill_points, 20);
    assert_eq!(tally.lost, 0);
}

/// The long variant: `cargo test --test kill -- --ignored --nocapture`.
#[cfg(unix)]
#[test]
#[ignore = "about ten minutes; run with --ignored"]
fn a_thousand_kill_points_lose_nothing_that_was_saved() {
    let started = Instant::now();
    let tally = kill_points(0x10_0000, 1000, 6);
    eprintln!(
        "kill points: {}, changes confirmed: {}, changes lost: {}, typing checks: {} ({:?})",
        tally.kill_points,
        tally.confirmed,
        tally.lost,
        tally.typing_checked,
        started.elapsed()
    );
    assert_eq!(tally.kill_points, 1000);
    assert_eq!(tally.lost, 0);
}
