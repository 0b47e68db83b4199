//! A note as Markdown that reads as it was typed. A note is the author's
//! own writing: its numbered and bulleted lists stay lists, each of its
//! lines stays a line, and `*emphasis*` or `` `code` `` mean what they
//! mean. What the author could not have meant is escaped: raw HTML, links,
//! a heading, quote, rule or code fence at the start of a line, and a pipe
//! that would cut a table.

/// A note laid out as Markdown blocks, to sit inside a list item whose
/// content starts at `indent`.
pub struct NoteBlock {
    /// The lines, the first without `indent`, the others with it.
    pub text: String,
    /// The note opens with a list, which cannot share the item's first line.
    pub starts_with_list: bool,
    /// The note closes with a list, after which nothing may be appended.
    pub ends_with_list: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Text,
    List,
    Blank,
}

/// The note `text` as Markdown lines: consecutive lines joined by hard
/// breaks, list lines kept as list items, blank lines as paragraph breaks.
pub fn note_block(text: &str, indent: &str) -> NoteBlock {
    let mut lines: Vec<String> = Vec::new();
    let mut last = Last::Nothing;
    let mut starts_with_list = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if matches!(last, Last::Text | Last::List) {
                lines.push(String::new());
                last = Last::Blank;
            }
            continue;
        }
        if let Some(marker_len) = list_marker(trimmed) {
            // Only a list starting at 1 (or a bullet) may interrupt a line
            // of text; the author's own indentation nests items.
            let interrupts = !trimmed.starts_with(|c: char| c.is_ascii_digit()) || trimmed.starts_with("1");
            if last == Last::Text && !interrupts {
                lines.push(String::new());
            }
            let nested = if last == Last::List { &line[..line.len() - line.trim_start().len()] } else { "" };
            let (marker, content) = trimmed.split_at(marker_len);
            lines.push(format!("{nested}{marker}{}", text_line(content.trim_start())));
            starts_with_list |= last == Last::Nothing;
            last = Last::List;
        } else {
            match last {
                // A line after a list would otherwise run on in its last item.
                Last::List => lines.push(String::new()),
                Last::Text => {
                    if let Some(previous) = lines.last_mut() {
                        previous.push('\\');
                    }
                }
                Last::Nothing | Last::Blank => {}
            }
            lines.push(text_line(trimmed));
            last = Last::Text;
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let text = lines
        .iter()
        .enumerate()
        .map(|(n, l)| if n == 0 || l.is_empty() { l.clone() } else { format!("{indent}{l}") })
        .collect::<Vec<_>>()
        .join("\n");
    NoteBlock { text, starts_with_list, ends_with_list: last == Last::List }
}

/// The length of the list marker and its space a line starts with: `-`,
/// `*` or `+`, or 1–9 digits and `.` or `)`, then a space or nothing.
fn list_marker(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match line.as_bytes().get(digits) {
        Some(b'.' | b')') if (1..=9).contains(&digits) => digits + 1,
        Some(b'-' | b'*' | b'+') if digits == 0 => 1,
        _ => return None,
    };
    match line[marker..].chars().next() {
        None => Some(marker),
        Some(' ') => Some(marker + 1),
        _ => None,
    }
}

/// One line of the author's text, trimmed: what would open a block other
/// than a paragraph is escaped, then the inline characters.
fn text_line(line: &str) -> String {
    let rule = line.len() >= 3 && {
        let first = line.chars().next();
        line.chars().all(|c| c == ' ' || Some(c) == first)
    };
    let opens_block = line.starts_with(['#', '>', '=', '-', '+'])
        || line.starts_with("```")
        || line.starts_with("~~~")
        || (rule && line.starts_with(['*', '_']));
    let inline = note_inline(line);
    if opens_block { format!("\\{inline}") } else { inline }
}

/// The author's inline text: emphasis and code spans stay; HTML, links,
/// entities and table pipes are escaped.
fn note_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let entity = c == '&' && chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if entity || matches!(c, '\\' | '<' | '>' | '[' | ']' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_stay_lists_and_lines_stay_lines() {
        assert_eq!(note_block("1. a\n2. b", "  ").text, "1. a\n  2. b");
        assert_eq!(note_block("satu\ndua", "  ").text, "satu\\\n  dua");
        let mixed = note_block("Poin:\n- a\n- b\nSelesai.", "  ");
        assert_eq!(mixed.text, "Poin:\n  - a\n  - b\n\n  Selesai.");
        assert!(!mixed.starts_with_list && !mixed.ends_with_list);
        assert_eq!(note_block("Poin:\n2. b", "").text, "Poin:\n\n2. b");
    }

    #[test]
    fn what_the_author_did_not_mean_is_escaped() {
        assert_eq!(note_block("# judul", "").text, "\\# judul");
        assert_eq!(
            note_block("<b>x</b> [l](u) a|b &amp;", "").text,
            "\\<b\\>x\\</b\\> \\[l\\](u) a\\|b \\&amp;"
        );
        assert_eq!(note_block("---", "").text, "\\---");
        assert_eq!(note_block("*penting* ya", "").text, "*penting* ya");
        assert_eq!(note_block("Rp 1.500.000", "").text, "Rp 1.500.000");
        assert_eq!(note_block("C:\\\nD", "").text, "C:\\\\\\\nD");
    }
}
