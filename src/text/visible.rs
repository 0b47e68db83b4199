//! Text from files shown safely: control characters spelled out, never
//! sent, and never let in (see `crate::shown` for the writer that uses it).

use std::borrow::Cow;

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
