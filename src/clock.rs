//! The edge where sigap meets the real clock and the real dice. Nothing in
//! `domain` calls these: time and randomness are handed in.

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset, Local, NaiveDateTime, Offset, TimeZone, Timelike};

use crate::domain::Timestamp;

/// Now, in the machine's local offset, to the whole second.
pub fn now() -> Timestamp {
    let now: DateTime<FixedOffset> = Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// Now, to the millisecond: for telling a burst of typing from a roll
/// call, which the whole second of [`now`] cannot. Records keep whole seconds.
pub fn now_to_the_millisecond() -> Timestamp {
    let now: DateTime<FixedOffset> = Local::now().fixed_offset();
    let millis = now.nanosecond() / 1_000_000 * 1_000_000;
    now.with_nanosecond(millis).unwrap_or(now)
}

/// The machine's UTC offset at a local date and time.
pub fn local_offset_at(local: NaiveDateTime) -> FixedOffset {
    Local
        .from_local_datetime(&local)
        .earliest()
        .map_or_else(|| Local::now().offset().fix(), |t| t.offset().fix())
}

/// A random number for ids: the process's randomly keyed hasher, fed a
/// counter so that two calls never repeat.
pub fn random() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u128(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}
