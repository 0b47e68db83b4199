//! How far a first reading of a big sessions folder has got, on standard
//! error while it is a terminal: seconds of silence look like a hang. Piped,
//! or with the cache making the reading quick, nothing is shown at all.

use std::io::IsTerminal;
use std::sync::OnceLock;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

use crate::store::listing::ReadProgress;
use crate::text::Text;

/// Fewer files than this are read in well under a second: no bar.
const WORTH_A_BAR: usize = 200;

/// A bar on standard error for one reading of the sessions folder, cleared
/// once the last file is read (or when it is dropped).
pub struct ReadingBar {
    reading: fn(usize, usize) -> String,
    on_terminal: bool,
    bar: OnceLock<ProgressBar>,
}

impl ReadingBar {
    /// A bar in the words of `t`, drawn only if standard error is a terminal.
    pub fn new(t: &Text) -> ReadingBar {
        ReadingBar::drawn_if(t, std::io::stderr().is_terminal())
    }

    fn drawn_if(t: &Text, on_terminal: bool) -> ReadingBar {
        ReadingBar { reading: t.folder.reading, on_terminal, bar: OnceLock::new() }
    }

    /// Whether a bar was begun.
    pub fn shown(&self) -> bool {
        self.bar.get().is_some()
    }

    fn style(&self) -> ProgressStyle {
        let reading = self.reading;
        let said = move |s: &ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = w.write_str(&reading(s.pos() as usize, s.len().unwrap_or(0) as usize));
        };
        ProgressStyle::with_template("{reading} {wide_bar}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("reading", said)
            .progress_chars("█▌ ")
    }
}

impl ReadProgress for ReadingBar {
    fn reading(&self, total: usize) {
        if !self.on_terminal || total <= WORTH_A_BAR {
            return;
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        bar.set_style(self.style());
        let _ = self.bar.set(bar);
    }

    fn read(&self, done: usize) {
        if let Some(bar) = self.bar.get() {
            bar.inc(1);
            // Cleared before the answer is written under it.
            if Some(done as u64) == bar.length() {
                bar.finish_and_clear();
            }
        }
    }
}

impl Drop for ReadingBar {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EN;

    #[test]
    fn a_bar_is_begun_only_on_a_terminal_and_for_a_long_reading() {
        let piped = ReadingBar::drawn_if(&EN, false);
        piped.reading(5000);
        assert!(!piped.shown());
        let quick = ReadingBar::drawn_if(&EN, true);
        quick.reading(WORTH_A_BAR);
        assert!(!quick.shown());
        let long = ReadingBar::drawn_if(&EN, true);
        long.reading(5000);
        assert!(long.shown());
        long.read(1);
        assert_eq!(long.bar.get().map(ProgressBar::position), Some(1));
    }
}
