//! Text folding: case, accents and dotted letters must never keep two
//! spellings of one name apart (`imam` is `Imam`, `syafii` is `Syafi'i`,
//! `nguyen` is `Nguyễn`, `salih` is `Ṣāliḥ`), however the text was typed.
//!
//! Folding decomposes each character (Unicode NFD), drops the combining
//! marks, and lower-cases what is left, so that every script's accents fold
//! the same way and a name typed decomposed (NFD) matches one stored
//! composed (NFC). It works one character at a time and needs no context:
//! folding a line is folding each character, which is what lets search map
//! a match back onto the original text.
//!
//! The domain owns it, a leaf that depends on nothing of sigap's: a merge
//! tells namesakes from one person and the report groups action owners by
//! their folded names. Search matches through the same folding and
//! re-exports it as `search::fold`, so that the domain never depends on
//! search.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Which folding wrote a stored folded text: bump it whenever [`fold`]
/// changes what it gives, so that folded text kept on disk is made anew.
pub const FOLD_VERSION: u32 = 2;

/// Lower-case `text`, strip accents and drop apostrophes.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        out.extend(
            text.bytes().filter(|b| !matches!(b, b'\'' | b'`')).map(|b| char::from(b.to_ascii_lowercase())),
        );
        return out;
    }
    for c in text.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// Append the folding of one character to `out`, without allocating.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) {
    // Most text is plain ASCII, folded without a detour.
    if c.is_ascii() {
        if !matches!(c, '\'' | '`') {
            out.push(c.to_ascii_lowercase());
        }
    } else {
        fold_other_into(c, out);
    }
}

/// [`fold_char_into`] for a character beyond ASCII.
fn fold_other_into(c: char, out: &mut String) {
    decompose_canonical(c, |part| {
        if is_dropped(part) {
            return;
        }
        for lower in part.to_lowercase() {
            // A few capitals lower-case to a letter that decomposes again
            // (`İ` to `i` and a dot above): decompose once more, so that
            // folding twice gives what folding once gave.
            decompose_canonical(lower, |piece| {
                if !is_dropped(piece) {
                    push_base(piece, out);
                }
            });
        }
    });
}

/// Whether a character folds to nothing: combining marks (what NFD splits
/// off a letter), and apostrophes and the Arabic transliteration's `ʿ`
/// (ʿayn) and `ʾ` (hamza), which people leave out as often as they write.
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{02bb}' | '\u{00b4}' | '\u{02bf}' | '\u{02be}'
    ) || is_combining(c)
}

/// Push a lower-case letter with no marks left. A few letters that readers
/// take for a base letter with a mark (`ø`, `ł`, `đ`, `ħ`, dotless `ı`) or
/// for two letters (`ß`, `æ`, `œ`) are whole letters to Unicode, which NFD
/// leaves as they are: they fold by hand to what people type for them.
fn push_base(c: char, out: &mut String) {
    let base = match c {
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(base);
}

/// Whether a character is a combining mark, which folds to nothing but
/// belongs to the letter before it.
pub fn is_combining(c: char) -> bool {
    !c.is_ascii() && is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_dots_and_apostrophes() {
        assert_eq!(fold("Imam Syafi'i"), "imam syafii");
        assert_eq!(fold("İSTANBUL Çağ"), "istanbul cag");
        assert_eq!(fold("Dra. Ni Luh Putu Ayu Wédari"), "dra. ni luh putu ayu wedari");
        assert_eq!(fold("Ma\u{2019}ruf"), "maruf");
        assert_eq!(fold("e\u{0301}"), "e");
    }

    #[test]
    fn every_character_folds_to_what_folding_it_again_gives() {
        let mut once = String::new();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            once.clear();
            fold_char_into(c, &mut once);
            assert_eq!(fold(&once), once, "{c:?} U+{:04X}", c as u32);
        }
    }
}
