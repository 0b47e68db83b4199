//! Random key sequences, fed to the app exactly as the runner feeds the
//! terminal's events, against a real store in a temporary copy of the
//! bundled sessions: no sequence may crash a screen, leave the session
//! inconsistent, break undo, or let the header call unsaved work saved.
//!
//! A failing case prints its seed; `SIGAP_KEYS_SEED=N cargo test --test
//! random_keys one_seed -- --ignored` replays it alone.

use std::time::Instant;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use sigap::synthetic::Dice;
use sigap::text::Lang;
use sigap::tui::drive::{Bytes, Case, Drive, Sample, Step};

/// The bytes of case `seed`: its first byte picks the case, the rest the steps.
fn script(seed: u64, steps: usize) -> Vec<u8> {
    let mut dice = Dice(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5151);
    (0..steps * 4).map(|_| dice.roll() as u8).collect()
}

/// Run case `seed`; the events it took. The session of 20,000 notes is
/// slow in a debug build: it only comes when `heavy` says so.
fn run(seed: u64, steps: usize, heavy: bool) -> u64 {
    let data = script(seed, steps);
    let mut bytes = Bytes::new(&data);
    let mut case = Case::from_bytes(&mut bytes);
    if heavy {
        case.sample = Sample::ManyNotes;
    } else if case.sample == Sample::ManyNotes {
        case.sample = Sample::Bundled;
    }
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut drive = Drive::new(case);
        drive.run_script(&mut bytes);
        drive.steps
    }));
    match outcome {
        Ok(steps) => steps,
        Err(_) => panic!("case {seed} ({case:?}) broke sigap; replay with SIGAP_KEYS_SEED={seed}"),
    }
}

/// Enough cases to find the search that stopped sigap (three of these
/// cases did, before it was mended) in well under a minute of a debug build.
#[test]
fn random_keys_never_break_sigap() {
    let started = Instant::now();
    let mut events = 0;
    for seed in 0..CASES {
        events += run(seed, STEPS, false);
    }
    eprintln!("{CASES} cases, {events} events in {:.1?}", started.elapsed());
}

const CASES: u64 = 30;
const STEPS: usize = 300;

#[test]
fn random_keys_in_a_session_of_20000_notes() {
    let started = Instant::now();
    let events: u64 = [3, 4].into_iter().map(|seed| run(seed, 30, true)).sum();
    eprintln!("2 cases, {events} events in {:.1?}", started.elapsed());
}

/// The long run: at least a million events.
/// `cargo test --release --test random_keys a_million_events -- --ignored --nocapture`
#[test]
#[ignore]
fn a_million_events() {
    let started = Instant::now();
    let (mut events, mut seed) = (0, 1_000_000);
    while events < 1_000_000 {
        events += run(seed, 2_000, seed % 16 == 0);
        seed += 1;
    }
    eprintln!("{} cases, {events} events in {:.1?}", seed - 1_000_000, started.elapsed());
}

/// Replays the case `SIGAP_KEYS_SEED` names.
#[test]
#[ignore]
fn one_seed() {
    let seed = std::env::var("SIGAP_KEYS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    run(seed, STEPS, std::env::var_os("SIGAP_KEYS_HEAVY").is_some());
}

fn key(c: char) -> Step {
    Step::Event(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
}

/// The search that stopped sigap for a new facilitator: the second word
/// matches inside the first word's match.
#[test]
fn searching_a_word_inside_another_keeps_sigap_running() {
    for lang in [Lang::En, Lang::Id] {
        for query in ["dana d", "paten a", "kecamatan camat", "an a", "camat kecamatan"] {
            let mut drive = Drive::new(Case { lang, sample: Sample::Bundled, open_first: false });
            drive.step(key('/'));
            for c in query.chars() {
                drive.step(key(c));
            }
            for (w, h) in [(300, 100), (40, 10), (1, 1)] {
                drive.step(Step::Event(Event::Resize(w, h)));
            }
        }
    }
}
