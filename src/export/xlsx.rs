//! Excel workbooks: the attendance of a session, a workshop's report.

use crate::domain::Session;
use crate::report::WorkshopReport;
use crate::text::Text;

/// The attendance of one session as an `.xlsx` workbook.
pub fn attendance(_session: &Session, _t: &Text) -> Vec<u8> {
    todo!("xlsx attendance")
}

/// A workshop's report as one `.xlsx` workbook.
pub fn report(_report: &WorkshopReport, _t: &Text) -> Vec<u8> {
    todo!("xlsx report")
}
