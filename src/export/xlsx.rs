//! Excel workbooks: the attendance of a session, a workshop's report. Every
//! workbook carries sigap's mark ([`crate::store::document_mark`]), so that
//! a later export may replace it and nothing else.

mod attendance;
mod cells;
mod report;

use rust_xlsxwriter::{DocProperties, Workbook, Worksheet, XlsxError};

use crate::domain::Session;
use crate::report::WorkshopReport;
use crate::store::document_mark;
use crate::text::Text;
use cells::Styles;

/// A4, the paper of Indonesian offices.
const A4: u8 = 9;

/// The attendance of one session as an `.xlsx` workbook.
pub fn attendance(session: &Session, t: &Text) -> Vec<u8> {
    bytes(&session.workshop, t, |workbook, styles| {
        let sheet = workbook.add_worksheet();
        sheet.set_name(t.export.workbook.attendance_sheet)?;
        attendance::sheet(sheet, session, styles, t)
    })
}

/// A workshop's report as one `.xlsx` workbook: the participants ×
/// sessions matrix, the head counts per session, then each session's
/// attendance (`sessions` are the workshop's, as the report was built from).
pub fn report(report: &WorkshopReport, sessions: &[Session], t: &Text) -> Vec<u8> {
    bytes(&report.workshop, t, |workbook, styles| report::sheets(workbook, styles, report, sessions, t))
}

/// A workbook made by `fill`, marked as sigap's, as bytes.
fn bytes(
    title: &str,
    t: &Text,
    fill: impl FnOnce(&mut Workbook, &Styles) -> Result<(), XlsxError>,
) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let properties = DocProperties::new()
        .set_title(cells::shown(title))
        .set_custom_property(document_mark::PROPERTY, document_mark::VALUE);
    workbook.set_properties(&properties);
    let styles = Styles::new(&t.export.workbook);
    let written = fill(&mut workbook, &styles).and_then(|()| workbook.save_to_buffer());
    // Sheet names are made safe, texts cut to what a cell holds, times
    // before 1900 written as text and rows stay far below Excel's limit:
    // what is left to fail is writing to memory.
    written.expect("a workbook in memory")
}

/// Printing on A4 across, every column on the width of the page.
fn page_setup(sheet: &mut Worksheet) {
    sheet.set_paper_size(A4).set_landscape().set_print_fit_to_pages(1, 0);
}

#[cfg(test)]
mod tests;
