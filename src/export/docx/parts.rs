//! The pieces the Word minutes are built of: runs of the session's text,
//! paragraphs, bordered tables and borderless layout grids.

use docx_rs::{AlignmentType, BreakType, LineSpacing, Paragraph, Run, Table, TableCell, TableRow, WidthType};

/// The width of the text on an A4 page between the margins, in twips.
pub const TEXT_WIDTH: usize = 11_906 - LEFT_MARGIN as usize - RIGHT_MARGIN as usize;
/// Indonesian official documents bind on the left: a wider left margin.
pub const LEFT_MARGIN: i32 = 1_701;
pub const RIGHT_MARGIN: i32 = 1_134;

/// The session's text in one run: control characters shown as the other
/// exports show them (`^[`), each of the author's line breaks a line
/// break in Word, so a typed list keeps one item to a line.
pub fn text_run(text: &str) -> Run {
    let shown = crate::shown::visible(text);
    let mut run = Run::new();
    for (n, line) in shown.split('\n').enumerate() {
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

/// A paragraph of the session's text.
pub fn text(text: &str) -> Paragraph {
    Paragraph::new().add_run(text_run(text))
}

/// A paragraph of bold text.
pub fn bold(text: &str) -> Paragraph {
    Paragraph::new().add_run(text_run(text).bold())
}

/// A section heading: bold, with room above it, kept with what follows.
pub fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(text_run(text).bold().size(24))
        .line_spacing(LineSpacing::new().before(240).after(120))
        .keep_next(true)
}

/// A centred line of the title block.
pub fn centred(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(text_run(text).bold().size(size)).align(AlignmentType::Center)
}

/// An empty paragraph, for room to sign in.
pub fn blank() -> Paragraph {
    Paragraph::new()
}

fn cell(paragraph: Paragraph, width: usize) -> TableCell {
    TableCell::new().add_paragraph(paragraph).width(width, WidthType::Dxa)
}

/// A bordered table: a bold heading row, then one row per entry, each
/// cell the session's text; `widths` in twips, one per column. The
/// heading row keeps with the first entry, never alone at a page's foot.
pub fn table(headings: &[&str], rows: Vec<Vec<String>>, widths: &[usize]) -> Table {
    let head =
        TableRow::new(headings.iter().zip(widths).map(|(h, w)| cell(bold(h).keep_next(true), *w)).collect())
            .cant_split();
    let body = rows.into_iter().map(|row| {
        TableRow::new(row.iter().zip(widths).map(|(c, w)| cell(text(c), *w)).collect()).cant_split()
    });
    Table::new(std::iter::once(head).chain(body).collect())
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// A grid without borders that lays out paragraphs side by side: the
/// key/value block and the signatures.
pub fn grid(rows: Vec<Vec<Paragraph>>, widths: &[usize]) -> Table {
    let rows = rows
        .into_iter()
        .map(|row| TableRow::new(row.into_iter().zip(widths).map(|(p, w)| cell(p, *w)).collect()))
        .collect();
    Table::without_borders(rows).set_grid(widths.to_vec()).width(widths.iter().sum(), WidthType::Dxa)
}

/// Widths in twips of the text's width shared out in these proportions.
pub fn columns(parts: &[usize]) -> Vec<usize> {
    let whole: usize = parts.iter().sum();
    let mut widths: Vec<usize> = parts.iter().map(|p| TEXT_WIDTH * p / whole).collect();
    // The rounding's remainder goes to the widest column.
    let rest = TEXT_WIDTH - widths.iter().sum::<usize>();
    if let Some(widest) = (0..widths.len()).max_by_key(|i| widths[*i]) {
        widths[widest] += rest;
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_text_width() {
        let widths = columns(&[1, 6, 4, 3, 3]);
        assert_eq!(widths.iter().sum::<usize>(), TEXT_WIDTH);
        assert!(widths[1] > widths[2] && widths[2] > widths[0]);
    }
}
