//! Any bytes given as a session file: decoding must answer, never panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use sigap::domain::Session;
use sigap::store::{StoreError, format};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = format::decode::<Session>(Path::new("fuzz.ron"), text) {
        // Every refusal says where, for the `path:line:col` listing.
        let (line, col) = e.position();
        assert!(line >= 1 && col >= 1, "{e}");
        if let StoreError::Parse { .. } = e {
            assert!(e.to_string().starts_with("fuzz.ron:"), "{e}");
        }
    }
});
