//! Text folding: case, accents and dotted letters must never keep two
//! spellings of one name apart (`imam` is `Imam`, `syafii` is `Syafi'i`).
//!
//! The domain owns it, a leaf that depends on nothing: a merge tells
//! namesakes from one person and the report groups action owners by their
//! folded names. Search matches through the same folding and re-exports it
//! as `search::fold`, so that the domain never depends on search.

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
}
