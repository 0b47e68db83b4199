//! Text from files on its way to a terminal, and text typed or pasted on
//! its way into a file: control characters are shown, never sent, and never
//! let in.
//!
//! A note holding `ESC ] 52` would otherwise write the reader's clipboard,
//! `ESC ] 0` rename the terminal and `ESC [2J` clear it; bidirectional
//! overrides make a name read backwards.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` would act on a terminal rather than be shown: C0 and C1
/// controls and DEL, except the line break and the tab.
fn acts(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Whether `c` turns the direction of the text around it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` as it may reach a terminal: each control character (other than
/// a line break or tab) spelled out the way `ls` and `cat -v` do (`^[` for
/// ESC, `^?` for DEL, `\u{9b}` for a C1 control); the rest as it is.
/// Direction overrides are kept: they drive no terminal, and they are
/// refused where names are typed or imported.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_visible(out: &mut String, c: char) {
    match c as u32 {
        _ if !acts(c) => out.push(c),
        n @ 0..=0x1f => {
            out.push('^');
            out.push(char::from(b'@' + n as u8));
        }
        0x7f => out.push_str("^?"),
        n => out.push_str(&format!("\\u{{{n:x}}}")),
    }
}

/// `text` as typed or pasted into a field: control characters other than
/// the line break and tab dropped (a carriage return becomes a line break),
/// and bidirectional overrides dropped too.
pub fn typed(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| acts(c) || is_bidi_control(c)) {
        return Cow::Borrowed(text);
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    Cow::Owned(text.chars().filter(|c| !acts(*c) && !is_bidi_control(*c)).collect())
}

/// Whether `c` may be typed into a field (see [`typed`]).
pub fn may_type(c: char) -> bool {
    !acts(c) && !is_bidi_control(c)
}

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
