//! Text laid out for a pane of known width: wrapped, indented, packed.
//!
//! The review wraps its own text rather than leaving it to the paragraph, so
//! that it knows how many lines each pane holds: to stop scrolling at the
//! end, and to scroll a note opened from a search hit into view.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::tui::theme;

/// Columns taken by some spans.
pub(super) fn width_of(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.content.width()).sum()
}

/// `text` broken at spaces into lines of at most `first` columns for the
/// first line and `rest` for the others. Each line of the text starts a new
/// line; a word longer than a line is cut.
pub(super) fn wrap(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut width = if out.is_empty() { first.max(1) } else { rest.max(1) };
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split_whitespace() {
            let w = word.width();
            if used > 0 && used + 1 + w > width {
                out.push(std::mem::take(&mut line));
                (used, width) = (0, rest.max(1));
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width {
                    out.push(std::mem::take(&mut line));
                    (used, width) = (0, rest.max(1));
                }
                line.push(c);
                used += cw;
            }
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// `lead` followed by `text`, the text wrapped to the room left and its
/// later lines indented to start under its first.
pub(super) fn hanging(
    lead: Vec<Span<'static>>,
    text: &str,
    style: Style,
    width: usize,
) -> Vec<Line<'static>> {
    let indent = width_of(&lead);
    hanging_from(lead, indent, text, style, width)
}

/// `lead` followed by `text`, the later lines of the text indented by `indent`.
pub(super) fn hanging_from(
    lead: Vec<Span<'static>>,
    indent: usize,
    text: &str,
    style: Style,
    width: usize,
) -> Vec<Line<'static>> {
    let first = width.saturating_sub(width_of(&lead));
    let mut lead = Some(lead);
    wrap(text, first, width.saturating_sub(indent))
        .into_iter()
        .map(|row| {
            let mut spans = lead.take().unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
            spans.push(Span::styled(row, style));
            Line::from(spans)
        })
        .collect()
}

/// Parts packed into as few lines as fit, separated by ` · `; a part is
/// never split.
pub(super) fn flow(parts: Vec<Vec<Span<'static>>>, width: usize) -> Vec<Line<'static>> {
    flow_after(Vec::new(), parts, width)
}

/// Like [`flow`], after a label that the first part follows with a space.
pub(super) fn flow_after(
    label: Vec<Span<'static>>,
    parts: Vec<Vec<Span<'static>>>,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut used = width_of(&label);
    let mut current = label;
    let mut after_label = used > 0;
    for part in parts {
        let w = width_of(&part);
        let gap = if after_label { 1 } else { 3 };
        if used > 0 && used + gap + w > width {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if used > 0 {
            let sep = if after_label { Span::raw(" ") } else { Span::styled(" · ", theme::dim()) };
            current.push(sep);
            used += gap;
        }
        after_label = false;
        used += w;
        current.extend(part);
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}

/// A heading inside a pane.
pub(super) fn heading(text: String) -> Line<'static> {
    Line::styled(text, theme::title())
}

/// `+12`, `-3`, `±0`: minutes against the plan.
pub(super) fn signed(minutes: i64) -> String {
    match minutes {
        0 => "±0".to_string(),
        m if m > 0 => format!("+{m}"),
        m => m.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_the_text_lines() {
        assert_eq!(wrap("satu dua tiga", 8, 8), ["satu dua", "tiga"]);
        assert_eq!(wrap("a\nb c", 10, 10), ["a", "b c"]);
        assert_eq!(wrap("panjangsekali", 5, 5), ["panja", "ngsek", "ali"]);
        assert_eq!(wrap("", 5, 5), [""]);
        assert_eq!(wrap("satu dua tiga empat", 4, 9), ["satu", "dua tiga", "empat"]);
    }

    #[test]
    fn hanging_lines_start_under_the_text() {
        let lines = hanging(vec![Span::raw("09:30 ")], "satu dua tiga", Style::new(), 14);
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text, ["09:30 satu dua", "      tiga"]);
    }

    #[test]
    fn flow_packs_parts_and_never_splits_one() {
        let part = |s: &'static str| vec![Span::raw(s)];
        let lines = flow(vec![part("H 3"), part("T 1"), part("PSW 10")], 10);
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text, ["H 3 · T 1", "PSW 10"]);
        let lines = flow_after(vec![Span::raw("F/M:")], vec![part("3/4"), part("1/2")], 20);
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text, ["F/M: 3/4 · 1/2"]);
    }
}
