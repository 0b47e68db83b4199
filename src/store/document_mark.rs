//! The mark sigap leaves in the Office documents it writes (workbooks, Word
//! files): a custom document property, so that an export may replace a
//! document sigap wrote and never an organiser's own file of the same name.

use std::io::{Cursor, Read};

/// The custom property's name (`docProps/custom.xml`).
pub const PROPERTY: &str = "sigap";

/// The property's value: what wrote the document.
pub const VALUE: &str = concat!("sigap ", env!("CARGO_PKG_VERSION"));

/// The custom properties hold the mark: at most this much is read of them.
const MOST_PROPERTIES: u64 = 1 << 20;

/// Whether `bytes` are an Office document (a zip) whose custom properties
/// name [`PROPERTY`].
pub fn is_sigaps_document(bytes: &[u8]) -> bool {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return false };
    let Ok(part) = zip.by_name("docProps/custom.xml") else { return false };
    let mut xml = String::new();
    if part.take(MOST_PROPERTIES).read_to_string(&mut xml).is_err() {
        return false;
    }
    xml.contains(&format!("name=\"{PROPERTY}\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_with(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn only_a_document_with_the_property_is_sigaps() {
        let marked = r#"<Properties><property fmtid="x" pid="2" name="sigap"><vt:lpwstr>sigap</vt:lpwstr></property></Properties>"#;
        let other = r#"<Properties><property fmtid="x" pid="2" name="Owner"><vt:lpwstr>sigap</vt:lpwstr></property></Properties>"#;
        assert!(is_sigaps_document(&zip_with(&[("docProps/custom.xml", marked)])));
        assert!(!is_sigaps_document(&zip_with(&[("docProps/custom.xml", other)])));
        assert!(!is_sigaps_document(&zip_with(&[("xl/workbook.xml", marked)])));
        assert!(!is_sigaps_document(b"name=\"sigap\""));
    }
}
