//! Any bytes given as a spreadsheet export: importing must answer, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sigap::import::roster_from_csv;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = roster_from_csv(data) {
        assert!(e.row >= 1 && e.line >= 1, "{e:?}");
    }
});
