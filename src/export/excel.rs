//! CSV for a double-click in Excel (`--excel`): Excel reads a CSV in the
//! computer's legacy code page and splits it on the region's list
//! separator unless told otherwise, and it turns long digit codes into
//! rounded numbers. The plain CSV stays RFC 4180 for every other reader.

use super::table::csv_cell;

/// UTF-8's byte-order mark: the one sign Excel takes for "this is UTF-8".
pub const BOM: char = '\u{feff}';

/// A CSV document Excel opens as it is: the byte-order mark, `separator`
/// (the list separator of the interface language's Excel: `;` where the
/// decimal mark is a comma), every cell neutralised against formulas and
/// digit codes kept as text (see [`excel_cell`]).
pub fn document(header: &[String], rows: impl IntoIterator<Item = Vec<String>>, separator: u8) -> String {
    let mut writer = csv::WriterBuilder::new().delimiter(separator).from_writer(Vec::new());
    // Writing to memory cannot fail on I/O and every field is a string.
    let _ = writer.write_record(header.iter().map(|h| excel_cell(h)));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| excel_cell(c)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// A cell as Excel should show it: a formula-like start gets an
/// apostrophe (OWASP's advice, as in the plain CSV), and a digit code that
/// Excel would spoil as a number (a leading zero, as in a phone number, or
/// more than Excel's 15 significant digits, as in an 18-digit NIP) gets a
/// leading tab, so that Excel keeps it as text. `="…"` would do that too,
/// but every other reader would see the formula.
pub fn excel_cell(text: &str) -> String {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if digits && text.len() > 1 && (text.starts_with('0') || text.len() > 15) {
        format!("\t{text}")
    } else {
        csv_cell(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_stay_text_and_formulas_stay_inert() {
        assert_eq!(excel_cell("196805121994032005"), "\t196805121994032005");
        assert_eq!(excel_cell("081234567890"), "\t081234567890");
        assert_eq!(excel_cell("15"), "15");
        assert_eq!(excel_cell("0"), "0");
        assert_eq!(excel_cell("=1+1"), "'=1+1");
        let doc = document(&["a".into(), "b".into()], [vec!["1,5".into(), "x;y".into()]], b';');
        assert_eq!(doc, "\u{feff}a;b\n1,5;\"x;y\"\n");
    }
}
