//! The minutes (*notulensi*) as a Word document: A4, Arial 11 pt, the
//! session's facts in a key/value block, the agenda and action items as
//! bordered tables, the notes under their items and a signature block.

mod parts;
mod sections;

use std::io::Cursor;

use docx_rs::{Docx, PageMargin, RunFonts};

use self::parts::{LEFT_MARGIN, RIGHT_MARGIN};
use self::sections::Block;
use crate::domain::Session;
use crate::text::Text;

/// The custom document property that marks a Word file as sigap's own
/// export, so that sigap replaces it but no other document at that path.
pub const MARK: &str = "sigap";

/// The minutes of one session as a `.docx` document.
pub fn minutes(session: &Session, t: &Text) -> Vec<u8> {
    // The session's own start, not the clock, dates the document: the same
    // session always gives the same file.
    let dated = session.planned_start.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let font = RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial").east_asia("Arial");
    let document = Docx::new()
        .page_size(11_906, 16_838)
        .page_margin(PageMargin::new().top(1_418).bottom(1_418).left(LEFT_MARGIN).right(RIGHT_MARGIN))
        .default_fonts(font)
        .default_size(22)
        .created_at(&dated)
        .updated_at(&dated)
        .custom_property(MARK, "minutes");
    let document = sections::body(session, t).into_iter().fold(document, |doc, block| match block {
        Block::Paragraph(p) => doc.add_paragraph(*p),
        Block::Table(table) => doc.add_table(*table),
    });
    let mut bytes = Cursor::new(Vec::new());
    // Writing a zip into memory has no disk to fail on.
    document.build().pack(&mut bytes).expect("a document packed in memory");
    bytes.into_inner()
}
