//! The writers every export shares: tables as aligned text or Markdown,
//! Markdown text that stays text, and CSV a spreadsheet cannot run.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

/// A table to print as aligned text or as Markdown.
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// `right`: for each column, whether it is right-aligned (numbers).
    pub fn new(headers: Vec<String>, right: Vec<bool>) -> Table {
        Table { headers, right, rows: Vec::new() }
    }

    fn widths(&self) -> Vec<usize> {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        widths
    }

    pub fn to_text(&self) -> String {
        let widths = self.widths();
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .zip(&self.right)
                .map(|((c, w), right)| {
                    let pad = " ".repeat(w.saturating_sub(c.width()));
                    if *right { format!("{pad}{c}") } else { format!("{c}{pad}") }
                })
                .collect();
            format!("  {}\n", padded.join("  ").trim_end())
        };
        let mut out = line(&self.headers);
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }

    pub fn to_markdown(&self) -> String {
        let line = |cells: &[String]| {
            let cells: Vec<String> = cells.iter().map(|c| md_cell(c)).collect();
            format!("| {} |\n", cells.join(" | "))
        };
        let mut out = line(&self.headers);
        let rule: Vec<&str> = self.right.iter().map(|r| if *r { "---:" } else { "---" }).collect();
        let _ = writeln!(out, "| {} |", rule.join(" | "));
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }
}

/// Text inside a Markdown table cell: a pipe would end the cell and a line
/// break the row.
pub fn md_cell(text: &str) -> String {
    md_inline(text).replace("\r\n", "<br>").replace('\n', "<br>")
}

/// Data (a name, a title, a place) shown literally in Markdown: what would
/// become emphasis, a link, raw HTML or, at the start of the text, a
/// heading, quote or list is escaped, and line breaks become spaces.
/// Letters, digits and ordinary punctuation stay readable.
pub fn md_text(text: &str) -> String {
    let line = text.split(['\r', '\n']).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
    let trimmed = line.trim_start();
    let mut out = md_inline(trimmed);
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && trimmed[digits..].starts_with(['.', ')']) {
        // `1\.` keeps the number; `\1.` would show the backslash.
        out.insert(digits, '\\');
    } else if trimmed.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

/// Text with the characters that start emphasis, code, links, HTML,
/// entities or headings escaped; nothing else changes.
fn md_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let entity = c == '&' && chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if entity || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
/// tab or carriage return before one) gets a leading apostrophe, so it is
/// shown as the text it is.
pub fn csv_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

/// A CSV document: a header row, then the rows, every cell neutralised
/// with [`csv_cell`]. UTF-8, comma-separated, quoted where needed.
pub fn csv_document(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail on I/O and every field is a string, so
    // there is no error worth carrying.
    let _ = writer.write_record(header.iter().map(|h| csv_cell(h)));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| csv_cell(c)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_not() {
        assert_eq!(csv_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(csv_cell("+62 812"), "'+62 812");
        assert_eq!(csv_cell("-1+1"), "'-1+1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\t=1"), "'\t=1");
        assert_eq!(csv_cell("Siti = ketua"), "Siti = ketua");
        assert_eq!(csv_cell("12"), "12");
    }

    #[test]
    fn markdown_text_keeps_its_words_and_loses_its_markup() {
        assert_eq!(md_text("# not a heading"), "\\# not a heading");
        assert_eq!(md_text("1. first\n- second"), "1\\. first - second");
        assert_eq!(md_text("- first"), "\\- first");
        assert_eq!(md_text("Dra. Siti *Aminah* #1"), "Dra. Siti \\*Aminah\\* \\#1");
        assert_eq!(md_text("*bold* <b>x</b> [link](u)"), "\\*bold\\* \\<b\\>x\\</b\\> \\[link\\](u)");
        assert_eq!(md_text("Rp 1.500.000, ya"), "Rp 1.500.000, ya");
        assert_eq!(md_cell("a|b\nc"), "a\\|b<br>c");
        assert_eq!(md_cell("-1"), "-1");
    }

    #[test]
    fn a_table_aligns_by_display_width() {
        let mut t = Table::new(vec!["name".into(), "n".into()], vec![false, true]);
        t.rows.push(vec!["日本".into(), "7".into()]);
        t.rows.push(vec!["ab".into(), "10".into()]);
        assert_eq!(t.to_text(), "  name   n\n  日本   7\n  ab    10\n");
        assert_eq!(t.to_markdown(), "| name | n |\n| --- | ---: |\n| 日本 | 7 |\n| ab | 10 |\n");
    }
}
