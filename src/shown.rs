//! Text from files on its way to a terminal, and text typed or pasted on
//! its way into a file: control characters are shown, never sent, and never
//! let in.
//!
//! A note holding `ESC ] 52` would otherwise write the reader's clipboard,
//! `ESC ] 0` rename the terminal and `ESC [2J` clear it; bidirectional
//! overrides make a name read backwards.

use std::io::{self, Write};

pub use crate::text::visible::{is_bidi_control, may_type, typed, visible};

/// A writer that shows control characters (see [`visible`]) instead of
/// passing them on: standard output and standard error go through it.
/// Bytes that are not UTF-8 pass as they are; a character cut between two
/// writes is kept until its end arrives.
pub struct Visible<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Visible<W> {
    pub fn new(inner: W) -> Self {
        Visible { inner, pending: Vec::new() }
    }
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut rest: &[u8] = &self.pending;
        let mut out = Vec::with_capacity(rest.len());
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.extend_from_slice(visible(s).as_bytes());
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    out.extend_from_slice(visible(std::str::from_utf8(good).unwrap_or_default()).as_bytes());
                    match e.error_len() {
                        Some(n) => {
                            out.extend_from_slice(&bad[..n]);
                            rest = &bad[n..];
                        }
                        // An unfinished character: wait for the next write.
                        None => {
                            rest = bad;
                            break;
                        }
                    }
                }
            }
        }
        let keep = rest.to_vec();
        self.inner.write_all(&out)?;
        self.pending = keep;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            self.inner.write_all(&pending)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Visible<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    #[test]
    fn escapes_are_shown_not_sent() {
        assert_eq!(visible("a\u{1b}]52;c;aGk=\u{7}b"), "a^[]52;c;aGk=^Gb");
        assert_eq!(visible("x\u{1b}[2J\u{7f}\u{9b}"), "x^[[2J^?\\u{9b}");
        assert_eq!(visible("Siti\u{202e}nimdA"), "Siti\u{202e}nimdA");
        assert!(matches!(visible("Siti Aminah\n\tok"), Cow::Borrowed(_)));
    }

    #[test]
    fn typing_drops_controls_but_keeps_lines_and_tabs() {
        assert_eq!(typed("a\u{1b}[2Jb\r\nc\td\u{202e}"), "a[2Jb\nc\td");
        assert!(may_type('é') && !may_type('\u{1b}') && !may_type('\u{2067}'));
    }

    #[test]
    fn the_writer_waits_for_a_cut_character() {
        let mut sink = Vec::new();
        {
            let mut w = Visible::new(&mut sink);
            let bytes = "é\u{9b}\u{1b}".as_bytes();
            w.write_all(&bytes[..1]).unwrap();
            w.write_all(&bytes[1..3]).unwrap();
            w.write_all(&bytes[3..]).unwrap();
        }
        assert_eq!(String::from_utf8(sink).unwrap(), "é\\u{9b}^[");
    }
}
