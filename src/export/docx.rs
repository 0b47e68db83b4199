//! The minutes (*notulensi*) as a Word document.

use crate::domain::Session;
use crate::text::Text;

/// The minutes of one session as a `.docx` document.
pub fn minutes(_session: &Session, _t: &Text) -> Vec<u8> {
    todo!("docx minutes")
}
