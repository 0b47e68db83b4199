//! Text folding for search and file names: case, accents and dotted letters
//! must never stop a match (`imam` finds `Imam`, `syafii` finds `Syafi'i`).

/// Lower-case `text`, strip accents and drop apostrophes.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if !matches!(c, '\'' | '`') {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        match base_letter(c) {
            Some(s) => out.push_str(s),
            None if is_dropped(c) => {}
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Apostrophes and combining marks carry no meaning for a match.
fn is_dropped(c: char) -> bool {
    matches!(c, '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{02bb}' | '\u{00b4}')
        || ('\u{0300}'..='\u{036f}').contains(&c)
}

fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'Ť' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return None,
    })
}

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
    fn folding_ignores_case_accents_dots_and_apostrophes() {
        assert_eq!(fold("Imam Syafi'i"), "imam syafii");
        assert_eq!(fold("İSTANBUL Çağ"), "istanbul cag");
        assert_eq!(fold("Dra. Ni Luh Putu Ayu Wédari"), "dra. ni luh putu ayu wedari");
        assert_eq!(fold("Ma\u{2019}ruf"), "maruf");
        assert_eq!(fold("e\u{0301}"), "e");
    }

    #[test]
    fn slugs_are_plain_ascii_with_dashes() {
        assert_eq!(slug("Bimtek Sekcam Jatim 2017"), "bimtek-sekcam-jatim-2017");
        assert_eq!(slug("Hari 1: Kepemimpinan — transformatif!"), "hari-1-kepemimpinan-transformatif");
        assert_eq!(slug("¿?"), "untitled");
        assert_eq!(slug("日本"), "untitled");
    }
}
