//! A workshop's report as sheets: the participants × sessions matrix with
//! the certificate standing, the head counts per session with the counting
//! rules, and one attendance sheet per session.

use rust_xlsxwriter::{ColNum, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::cells::{Styles, Table, TitleBlock, Written, sheet_names};
use super::{attendance, page_setup};
use crate::domain::{Session, lesson_hours};
use crate::report::{Standing, WorkshopReport, sessions_in_order};
use crate::text::Text;

/// The columns frozen beside the matrix's rows: id and name.
const FROZEN_COLUMNS: ColNum = 2;

/// The height of a line of text in the default font, in points.
const LINE_HEIGHT: f64 = 15.0;

pub fn sheets(
    workbook: &mut Workbook,
    styles: &Styles,
    report: &WorkshopReport,
    sessions: &[Session],
    t: &Text,
) -> Written {
    let words = &t.export.workbook;
    let ordered = sessions_in_order(sessions);
    let labels = report.column_labels("%m-%d");
    let session_sheets = labels.iter().zip(&ordered).map(|(label, s)| {
        let heading = s.class.as_ref().map_or(s.title.clone(), |c| format!("{c} {}", s.title));
        format!("{label} {heading}")
    });
    let wanted =
        [words.matrix_sheet.to_string(), words.totals_sheet.to_string()].into_iter().chain(session_sheets);
    let names = sheet_names(wanted);

    let sheet = workbook.add_worksheet().set_name(&names[0])?;
    matrix(sheet, styles, report, t)?;
    let sheet = workbook.add_worksheet().set_name(&names[1])?;
    per_session(sheet, styles, report, t)?;
    for (session, name) in ordered.iter().zip(&names[2..]) {
        let sheet = workbook.add_worksheet().set_name(name)?;
        attendance::sheet(sheet, session, styles, t)?;
    }
    Ok(())
}

/// The workshop, its dates, the threshold and the grace time, the counts.
fn title_block<'a>(
    sheet: &'a mut Worksheet,
    styles: &'a Styles,
    report: &WorkshopReport,
    t: &Text,
) -> Result<TitleBlock<'a>, XlsxError> {
    let words = &t.export.workbook;
    let n = &t.notation;
    let mut block = TitleBlock::new(sheet, styles, &report.workshop)?;
    let dates: Vec<String> = [report.sessions.first(), report.sessions.last()]
        .into_iter()
        .flatten()
        .map(|s| n.long_date(s.date()))
        .collect();
    let dates = match dates.as_slice() {
        [first, last] if first != last => format!("{first} – {last}"),
        [first, ..] => first.clone(),
        [] => String::new(),
    };
    block.text(words.dates, &dates)?;
    block.number(words.threshold, f64::from(report.threshold_percent) / 100.0, &styles.whole_percent)?;
    block.number(words.grace, report.grace_minutes as f64, &styles.count)?;
    block.number(words.sessions, report.sessions.len() as f64, &styles.count)?;
    block.number(words.participants, report.participants.len() as f64, &styles.count)?;
    Ok(block)
}

/// One row per participant: who they are, a status code per session
/// (nothing where it was not planned for them), then minutes, lesson
/// hours, the share as a percentage, the standing and whether it reaches
/// the threshold. The columns of `sigap report --format csv`, with the
/// class after the name when there are classes and the answer at the end.
fn matrix(sheet: &mut Worksheet, styles: &Styles, report: &WorkshopReport, t: &Text) -> Written {
    let words = &t.export.workbook;
    let r = &t.report;
    let (header_row, label_width) = title_block(sheet, styles, report, t)?.end();
    page_setup(sheet);
    let classes = report.has_classes();
    let mut headers: Vec<String> = vec![r.id.to_string(), r.name.to_string()];
    if classes {
        headers.push(words.class.to_string());
    }
    headers.extend([r.gender, r.organisation, r.kecamatan, r.kabupaten].map(str::to_string));
    let labels = report.column_labels("%Y-%m-%d").into_iter().zip(&report.sessions);
    headers
        .extend(labels.map(|(label, s)| s.class.as_ref().map_or(label.clone(), |c| format!("{label} {c}"))));
    headers.extend([
        r.attended_minutes.to_string(),
        r.planned_minutes.to_string(),
        format!("{} {}", t.lesson_hours, r.attended),
        format!("{} {}", t.lesson_hours, r.planned),
        r.percent.to_string(),
        r.standing_label.to_string(),
        words.reaches.to_string(),
    ]);
    let mut table = Table::new(sheet, styles, header_row, &headers)?;
    for p in &report.participants {
        table.next_row();
        let who = &p.participant;
        let mut texts = vec![who.id.0.as_str(), who.name.as_str()];
        if classes {
            texts.push(p.class.as_deref().unwrap_or_default());
        }
        texts.push(t.gender(who.gender));
        texts.extend([who.organisation.as_str(), who.kecamatan.as_str(), who.kabupaten.as_str()]);
        texts.extend(p.cells.iter().map(|c| c.code().unwrap_or_default()));
        let mut col: ColNum = 0;
        for text in texts {
            table.text(col, text)?;
            col += 1;
        }
        table.count(col, p.minutes_attended)?;
        table.count(col + 1, p.minutes_planned)?;
        let hours = [p.lesson_hours_attended(), p.lesson_hours_planned()];
        for (offset, value) in [2, 3].into_iter().zip(hours) {
            table.number(col + offset, value, &styles.decimal, format!("{value:.1}").len())?;
        }
        if let Some(percent) = p.percent() {
            table.number(col + 4, percent / 100.0, &styles.percent, format!("{percent:.1}%").len())?;
        }
        table.text(col + 5, p.standing.label(t))?;
        table.text(col + 6, if p.standing == Standing::Reached { words.yes } else { words.no })?;
    }
    table.finish(FROZEN_COLUMNS, label_width)?;
    Ok(())
}

/// The head counts per session, as the text report's second table, and
/// under them the counting rules.
fn per_session(sheet: &mut Worksheet, styles: &Styles, report: &WorkshopReport, t: &Text) -> Written {
    let words = &t.export.workbook;
    let (header_row, label_width) = title_block(sheet, styles, report, t)?.end();
    page_setup(sheet);
    let headers = [
        t.date,
        words.title,
        words.learning_minutes,
        t.lesson_hours,
        words.roster,
        words.in_room,
        words.female,
        words.male,
        words.gender_not_recorded,
        words.disability,
    ]
    .map(str::to_string);
    let mut table = Table::new(sheet, styles, header_row, &headers)?;
    for s in &report.sessions {
        table.next_row();
        table.date(0, s.date(), t.notation.short_date(s.date()).width())?;
        table.text(1, &s.heading())?;
        table.count(2, s.learning_minutes)?;
        let hours = lesson_hours(s.learning_minutes);
        table.number(3, hours, &styles.decimal, format!("{hours:.1}").len())?;
        let n = s.totals;
        for (col, count) in (4..).zip([n.roster, n.in_room, n.female, n.male, n.not_recorded, n.disability]) {
            table.count(col, count as i64)?;
        }
    }
    let (last, width) = table.finish(0, label_width)?;
    sheet.write_string_with_format(last + 2, 0, t.report.rules, &styles.label)?;
    // Each rule wrapped over the table's width, so that it neither runs off
    // the screen nor shrinks the printed page.
    let last_col = (headers.len() - 1) as ColNum;
    for (row, line) in (last + 3..).zip(report.footer(t)) {
        sheet.merge_range(row, 0, row, last_col, &line, &styles.wrapped)?;
        let lines = (line.width() as f64 / width).ceil().max(1.0);
        sheet.set_row_height(row, LINE_HEIGHT * lines)?;
    }
    Ok(())
}
