//! One session's attendance on a sheet: the title block (workshop, session,
//! day, time and zone, venue, facilitators), then the CSV sheet's columns
//! and the phone number, one row per participant in roster order.

use rust_xlsxwriter::{ColNum, Worksheet};

use super::cells::{Styles, TitleBlock, Written};
use super::page_setup;
use crate::domain::{Gender, Session};
use crate::text::Text;

/// The columns frozen beside the rows: number, id and name.
const FROZEN_COLUMNS: ColNum = 3;

/// Writes `session`'s attendance onto `sheet`.
pub fn sheet(sheet: &mut Worksheet, session: &Session, styles: &Styles, t: &Text) -> Written {
    let words = &t.export.workbook;
    let n = &t.notation;
    let mut block = TitleBlock::new(sheet, styles, &session.workshop)?;
    block.text(words.session, &session.title)?;
    if let Some(class) = &session.class {
        block.text(words.class, class)?;
    }
    block.text(t.date, &n.long_date(session.planned_start.date_naive()))?;
    block.text(words.time, &n.stated_time(&session.planned_start))?;
    block.text(t.venue, &session.venue)?;
    block.text(t.facilitators, &session.facilitators.join("; "))?;
    let (header_row, label_width) = block.end();
    page_setup(sheet);

    let mut headers: Vec<String> = t.export.sheet_columns.map(str::to_string).to_vec();
    headers.push(words.phone.to_string());
    let mut table = super::cells::Table::new(sheet, styles, header_row, &headers)?;
    let start = session.lateness_start();
    for (number, p) in session.roster.iter().enumerate() {
        let mark = session.mark(&p.id);
        table.next_row();
        table.count(0, number as i64 + 1)?;
        table.text(1, &p.id.0)?;
        table.text(2, &p.name)?;
        if p.gender != Gender::NotRecorded {
            table.text(3, t.gender(p.gender))?;
        }
        table.text(4, &p.role)?;
        table.text(5, &p.organisation)?;
        table.text(6, &p.kecamatan)?;
        table.text(7, &p.kabupaten)?;
        table.text(8, t.status(mark.status))?;
        if let Some(arrived) = &mark.arrived {
            table.time(9, arrived)?;
        }
        if let Some(left) = &mark.left {
            table.time(10, left)?;
        }
        if mark.status.is_in_room() {
            table.count(11, mark.minutes_late(start))?;
        }
        table.text(12, mark.reason.as_deref().unwrap_or_default())?;
        // NIP and phone stay text: 18 digits and leading zeros are no number.
        table.text(13, p.nip.as_deref().unwrap_or_default())?;
        table.text(14, p.phone.as_deref().unwrap_or_default())?;
    }
    table.finish(FROZEN_COLUMNS, label_width)?;
    Ok(())
}
