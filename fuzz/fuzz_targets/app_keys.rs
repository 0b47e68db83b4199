//! Any bytes as a script of terminal events (see `sigap::tui::drive`):
//! the app must never panic, keep its session consistent, undo back to what
//! was opened, and call saved only what the file holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sigap::tui::drive::{Bytes, Case, Drive, Sample};

fuzz_target!(|data: &[u8]| {
    let mut bytes = Bytes::new(data);
    let mut case = Case::from_bytes(&mut bytes);
    // The session of 20,000 notes takes seconds per run: fuzzing wants many runs.
    if case.sample == Sample::ManyNotes {
        case.sample = Sample::Crowd;
    }
    let mut drive = Drive::new(case);
    drive.run_script(&mut bytes);
});
