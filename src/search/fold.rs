//! Folding for search and file names: case, accents and apostrophes never
//! stop a match, and a slug names a workshop's folder and a session's file.
//!
//! [`fold`] itself belongs to the domain (merging and the report compare
//! names folded, and the domain depends on nothing of sigap's); it is
//! re-exported here so that searching and slugs fold one way.

pub use crate::domain::fold::{fold, fold_char_into, is_combining};

/// A file-name slug: folded, ASCII letters and digits joined by single dashes.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    let cut: String = trimmed.chars().take(60).collect();
    let cut = cut.trim_end_matches('-').to_string();
    if cut.is_empty() { "untitled".to_string() } else { cut }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii_with_dashes() {
        assert_eq!(slug("Bimtek Sekcam Jatim 2017"), "bimtek-sekcam-jatim-2017");
        assert_eq!(slug("Hari 1: Kepemimpinan — transformatif!"), "hari-1-kepemimpinan-transformatif");
        assert_eq!(slug("¿?"), "untitled");
        assert_eq!(slug("日本"), "untitled");
    }
}
