//! A Word document read back as a test checks it: its parts unzipped, the
//! body's paragraphs and tables as text (a line break as `\n`).

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

/// One part of the document's zip, as text.
pub fn part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// The body of `word/document.xml`: every paragraph's text in order
/// (those in tables too) and each table as rows of cells.
#[derive(Debug, Default)]
pub struct Body {
    pub paragraphs: Vec<String>,
    pub tables: Vec<Vec<Vec<String>>>,
}

impl Body {
    /// The index of the first paragraph equal to `text`.
    pub fn paragraph(&self, text: &str) -> usize {
        self.paragraphs.iter().position(|p| p == text).unwrap_or_else(|| panic!("no paragraph {text:?}"))
    }
}

/// The XML parsed with every end tag checked against its start: a text
/// that broke out of its element fails here.
pub fn body(xml: &str) -> Body {
    let mut reader = Reader::from_str(xml);
    let mut body = Body::default();
    let mut paragraph: Option<String> = None;
    let mut in_text = false;
    let mut cell: Option<String> = None;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => match e.name().as_ref() {
                b"w:p" => paragraph = Some(String::new()),
                b"w:t" => in_text = true,
                b"w:tbl" => body.tables.push(Vec::new()),
                b"w:tr" => body.tables.last_mut().unwrap().push(Vec::new()),
                b"w:tc" => cell = Some(String::new()),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                b"w:br" => paragraph.as_mut().unwrap().push('\n'),
                b"w:p" => body.paragraphs.push(String::new()),
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.as_mut().unwrap().push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) if in_text => {
                let c = match r.decode().unwrap().as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => r.resolve_char_ref().unwrap().unwrap(),
                };
                paragraph.as_mut().unwrap().push(c);
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    let text = paragraph.take().unwrap();
                    if let Some(cell) = cell.as_mut() {
                        if !cell.is_empty() {
                            cell.push('\n');
                        }
                        cell.push_str(&text);
                    }
                    body.paragraphs.push(text);
                }
                b"w:tc" => {
                    let text = cell.take().unwrap();
                    body.tables.last_mut().unwrap().last_mut().unwrap().push(text);
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    body
}
