//! Cells as sigap writes them: text from files shown and never a formula,
//! times as real date-times, and tables with a frozen, filtered header and
//! columns as wide as their content.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{
    ColNum, ExcelDateTime, Format, FormatAlign, FormatBorder, RowNum, Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use crate::domain::Timestamp;
use crate::text::WorkbookText;

pub type Written = Result<(), XlsxError>;

/// The most characters Excel keeps in a cell.
const CELL_CHARACTERS: usize = 32_767;

/// Column widths, in characters, between which content sets the width.
const NARROWEST: usize = 4;
const WIDEST: usize = 60;

/// The formats of one workbook.
pub struct Styles {
    pub title: Format,
    pub label: Format,
    pub header: Format,
    pub wrapped: Format,
    pub time: Format,
    pub date: Format,
    pub count: Format,
    pub decimal: Format,
    pub percent: Format,
    pub whole_percent: Format,
}

impl Styles {
    pub fn new(words: &WorkbookText) -> Styles {
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            label: Format::new().set_bold(),
            header: Format::new().set_bold().set_text_wrap().set_border_bottom(FormatBorder::Thin),
            wrapped: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            time: Format::new().set_num_format(words.time_format),
            // Dates left and counts centred, so that neither runs into the
            // text beside it.
            date: Format::new().set_num_format(words.date_format).set_align(FormatAlign::Left),
            count: Format::new().set_num_format("0").set_align(FormatAlign::Center),
            decimal: Format::new().set_num_format("0.0"),
            percent: Format::new().set_num_format("0.0%"),
            whole_percent: Format::new().set_num_format("0%"),
        }
    }
}

/// Text from a file as a cell shows it: controls made visible, as every
/// export shows them, and no longer than Excel keeps.
pub fn shown(text: &str) -> String {
    let visible = crate::shown::visible(text);
    match visible.char_indices().nth(CELL_CHARACTERS) {
        Some((end, _)) => visible[..end].to_string(),
        None => visible.into_owned(),
    }
}

/// A timestamp as Excel's date-time of the same wall clock (the zone is
/// stated in the title block), or `None` before 1900, which Excel cannot hold.
pub fn local_datetime(at: &Timestamp) -> Option<ExcelDateTime> {
    excel_datetime(at.naive_local())
}

fn excel_datetime(at: NaiveDateTime) -> Option<ExcelDateTime> {
    let date = excel_date(at.date())?;
    date.and_hms(at.hour() as u16, at.minute() as u8, f64::from(at.second())).ok()
}

pub fn excel_date(date: NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(date.year()).ok()?;
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8).ok()
}

/// The title block above a table: the title in row 0, then a label in
/// column A and its value in column C, one pair a row.
pub struct TitleBlock<'a> {
    sheet: &'a mut Worksheet,
    styles: &'a Styles,
    row: RowNum,
    /// The widest label, for columns A and B to hold it.
    pub label_width: usize,
}

/// The column of a title block's values: labels spill over A and B.
pub const VALUE_COLUMN: ColNum = 2;

impl<'a> TitleBlock<'a> {
    pub fn new(
        sheet: &'a mut Worksheet,
        styles: &'a Styles,
        title: &str,
    ) -> Result<TitleBlock<'a>, XlsxError> {
        sheet.write_string_with_format(0, 0, shown(title), &styles.title)?;
        Ok(TitleBlock { sheet, styles, row: 1, label_width: 0 })
    }

    fn label(&mut self, label: &str) -> Written {
        self.label_width = self.label_width.max(label.width());
        self.sheet.write_string_with_format(self.row, 0, label, &self.styles.label)?;
        Ok(())
    }

    /// A line of text; nothing when `value` is empty.
    pub fn text(&mut self, label: &str, value: &str) -> Written {
        if value.is_empty() {
            return Ok(());
        }
        self.label(label)?;
        self.sheet.write_string(self.row, VALUE_COLUMN, shown(value))?;
        self.row += 1;
        Ok(())
    }

    /// A line with a number in `format`.
    pub fn number(&mut self, label: &str, value: f64, format: &Format) -> Written {
        self.label(label)?;
        self.sheet.write_number_with_format(self.row, VALUE_COLUMN, value, format)?;
        self.row += 1;
        Ok(())
    }

    /// The row a table under the block starts on, after an empty row.
    pub fn end(self) -> (RowNum, usize) {
        (self.row + 1, self.label_width)
    }
}

/// A table being written under a header row: it remembers the widest
/// content of each column to size them when it is done.
pub struct Table<'a> {
    sheet: &'a mut Worksheet,
    styles: &'a Styles,
    header_row: RowNum,
    row: RowNum,
    widths: Vec<usize>,
}

impl<'a> Table<'a> {
    pub fn new(
        sheet: &'a mut Worksheet,
        styles: &'a Styles,
        header_row: RowNum,
        headers: &[String],
    ) -> Result<Table<'a>, XlsxError> {
        for (col, head) in (0..).zip(headers) {
            sheet.write_string_with_format(header_row, col, shown(head), &styles.header)?;
        }
        // A bold head needs a little more room than its letters.
        let widths = headers.iter().map(|h| h.width() + 1).collect();
        Ok(Table { sheet, styles, header_row, row: header_row, widths })
    }

    pub fn next_row(&mut self) {
        self.row += 1;
    }

    fn widen(&mut self, col: ColNum, width: usize) {
        if let Some(w) = self.widths.get_mut(usize::from(col)) {
            *w = (*w).max(width);
        }
    }

    /// Text from a file in a text cell, never a formula (`=HYPERLINK(…)`
    /// stays those letters); nothing when empty.
    pub fn text(&mut self, col: ColNum, text: &str) -> Written {
        if text.is_empty() {
            return Ok(());
        }
        let text = shown(text);
        self.widen(col, text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0));
        self.sheet.write_string(self.row, col, text)?;
        Ok(())
    }

    /// A number in `format`, `shown` as wide as its widest display.
    pub fn number(&mut self, col: ColNum, value: f64, format: &Format, shown_width: usize) -> Written {
        self.widen(col, shown_width);
        self.sheet.write_number_with_format(self.row, col, value, format)?;
        Ok(())
    }

    /// A whole count.
    pub fn count(&mut self, col: ColNum, value: i64) -> Written {
        let format = self.styles.count.clone();
        self.number(col, value as f64, &format, value.to_string().len())
    }

    /// A time of day as a real date-time on its date, shown as `07:45`.
    pub fn time(&mut self, col: ColNum, at: &Timestamp) -> Written {
        match local_datetime(at) {
            Some(datetime) => {
                self.widen(col, 5);
                self.sheet.write_datetime_with_format(self.row, col, datetime, &self.styles.time)?;
                Ok(())
            }
            None => self.text(col, &at.format("%H:%M").to_string()),
        }
    }

    /// A date as a real date, shown in the language's way.
    pub fn date(&mut self, col: ColNum, date: NaiveDate, shown_width: usize) -> Written {
        match excel_date(date) {
            Some(day) => {
                self.widen(col, shown_width);
                self.sheet.write_datetime_with_format(self.row, col, day, &self.styles.date)?;
                Ok(())
            }
            None => self.text(col, &date.to_string()),
        }
    }

    /// Freezes the rows down to the header and the first `frozen_columns`,
    /// filters the table, sizes its columns (A and B together at least
    /// `label_width`, for the title block's labels) and prints its header
    /// on every page. Gives the table's last row and its width.
    pub fn finish(mut self, frozen_columns: ColNum, label_width: usize) -> Result<(RowNum, f64), XlsxError> {
        let last_col = self.widths.len().saturating_sub(1) as ColNum;
        self.sheet.set_freeze_panes(self.header_row + 1, frozen_columns)?;
        self.sheet.autofilter(self.header_row, 0, self.row, last_col)?;
        self.sheet.set_repeat_rows(self.header_row, self.header_row)?;
        if let [a, b, ..] = self.widths.as_mut_slice() {
            *b = (*b).max((label_width + 1).saturating_sub((*a).clamp(NARROWEST, WIDEST) + 1));
        }
        for (col, width) in (0..).zip(&self.widths) {
            self.sheet.set_column_width(col, column_width(*width))?;
        }
        Ok((self.row, table_width(self.widths.iter().copied())))
    }
}

/// The width of a column whose widest content is `characters` wide: Excel
/// counts in widths of a digit, and letters, or a reader without the
/// default font, need a little more.
pub fn column_width(characters: usize) -> f64 {
    let characters = characters.clamp(NARROWEST, WIDEST);
    (characters + characters / 8 + 1) as f64
}

/// The widths of columns as [`Table::finish`] set them, in characters.
pub fn table_width(widths: impl IntoIterator<Item = usize>) -> f64 {
    widths.into_iter().map(column_width).sum()
}

/// Sheet names as Excel takes them: without `[]:*?/\`, an apostrophe at
/// either end or a control, at most 31 characters, unique whatever the case
/// (nor `History`, which Excel keeps for itself), never empty.
pub fn sheet_names(wanted: impl IntoIterator<Item = String>) -> Vec<String> {
    const MOST: usize = 31;
    let mut taken = vec!["history".to_string()];
    let mut names = Vec::new();
    for (n, name) in wanted.into_iter().enumerate() {
        let cleaned: String =
            name.chars().map(|c| if "[]:*?/\\".contains(c) || c.is_control() { ' ' } else { c }).collect();
        let words: Vec<&str> = cleaned.split_whitespace().collect();
        let mut base = words.join(" ").trim_matches('\'').trim().to_string();
        if base.is_empty() {
            base = (n + 1).to_string();
        }
        let cut = |s: &str, most: usize| s.chars().take(most).collect::<String>().trim_end().to_string();
        let mut candidate = cut(&base, MOST);
        let mut copy = 1;
        while taken.contains(&candidate.to_lowercase()) {
            copy += 1;
            let suffix = format!(" ({copy})");
            candidate = format!("{}{suffix}", cut(&base, MOST - suffix.len()));
        }
        taken.push(candidate.to_lowercase());
        names.push(candidate);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_safe_short_and_unique() {
        let names = sheet_names([
            "Hari 1: Kepemimpinan dan akuntabilitas sosial".to_string(),
            "Hari 1: Kepemimpinan dan akuntabilitas sosial".to_string(),
            "a/b\\c[d]*?".to_string(),
            "'quoted'".to_string(),
            "HISTORY".to_string(),
            "\u{1b}".to_string(),
        ]);
        assert_eq!(names[0], "Hari 1 Kepemimpinan dan akuntab");
        assert_eq!(names[1], "Hari 1 Kepemimpinan dan aku (2)");
        assert_eq!(names[2], "a b c d");
        assert_eq!(names[3], "quoted");
        assert_eq!(names[4], "HISTORY (2)");
        assert_eq!(names[5], "6");
        assert!(names.iter().all(|n| n.chars().count() <= 31));
    }

    #[test]
    fn text_is_shown_and_cut_to_what_excel_keeps() {
        assert_eq!(shown("a\u{1b}[31mb"), "a^[[31mb");
        assert_eq!(shown(&"x".repeat(40_000)).len(), CELL_CHARACTERS);
    }

    #[test]
    fn times_keep_their_wall_clock() {
        let at = chrono::DateTime::parse_from_rfc3339("2017-05-08T07:51:30+07:00").unwrap();
        let expected = ExcelDateTime::from_ymd(2017, 5, 8).unwrap().and_hms(7, 51, 30).unwrap();
        assert_eq!(local_datetime(&at).map(|d| d.to_excel()), Some(expected.to_excel()));
        let old = chrono::DateTime::parse_from_rfc3339("1899-05-08T07:51:30+07:00").unwrap();
        assert!(local_datetime(&old).is_none());
    }
}
