//! The text of a spreadsheet's CSV export, whichever encoding the
//! spreadsheet chose: UTF-8 (with or without its byte-order mark),
//! UTF-16 with a byte-order mark (Excel's "Unicode Text", tab-separated),
//! or Windows-1252 (an older Excel on Windows).

use std::borrow::Cow;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The text of `bytes`, or `None` when it is none of the encodings above.
pub(super) fn decode_text(bytes: &[u8]) -> Option<Cow<'_, str>> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest).ok().map(Cow::Borrowed);
    }
    for (bom, encoding) in [(b"\xFF\xFE", UTF_16LE), (b"\xFE\xFF", UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = encoding.decode_without_bom_handling(rest);
            return (!had_errors).then_some(text);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // NUL is UTF-8 too, but no spreadsheet writes it: UTF-16 without its mark.
        return (!text.contains('\0')).then_some(Cow::Borrowed(text));
    }
    // Every byte means something in Windows-1252, but text never holds NUL
    // or the five bytes it leaves undefined: those say UTF-16 without its
    // mark, or some other code page, that would be read as nonsense.
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    (!text.chars().any(|c| c == '\0' || ('\u{80}'..='\u{9f}').contains(&c))).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_utf16_and_utf8() {
        assert_eq!(decode_text(b"Nama\nSyafi\x92i\n").unwrap(), "Nama\nSyafi\u{2019}i\n");
        assert_eq!(decode_text(b"Nama\nJos\xe9\n").unwrap(), "Nama\nJosé\n");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Nama\tNIP\nSyafi’i\t1\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_text(&utf16).unwrap(), "Nama\tNIP\nSyafi’i\t1\n");
        assert_eq!(decode_text("\u{feff}Nama\nSiti\n".as_bytes()).unwrap(), "Nama\nSiti\n");
        let no_bom: Vec<u8> = "Nama\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(decode_text(&no_bom).is_none(), "UTF-16 without its mark is refused");
        assert!(decode_text(b"\xEF\xBB\xBFJos\xe9").is_none());
    }
}
