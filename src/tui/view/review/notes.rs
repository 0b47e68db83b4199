//! The minutes: notes grouped by agenda item (or by kind), and the action
//! items with who carries them out and by when.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::lines::{hanging, hanging_from, heading, width_of};
use crate::domain::{ItemId, Note, NoteKind, Session};
use crate::text::{Text, fit};
use crate::tui::app::Review;
use crate::tui::theme;

/// Notes laid out for the pane, and the line where the note to show (the
/// one opened at) begins, if it is there.
pub(super) struct NoteLines {
    pub lines: Vec<Line<'static>>,
    pub shown_at: Option<usize>,
}

/// The notes under one heading, in time order.
struct Group<'a> {
    title: String,
    notes: Vec<&'a Note>,
}

fn groups<'a>(s: &'a Session, t: &Text, by_kind: bool) -> Vec<Group<'a>> {
    let sorted = |mut notes: Vec<&'a Note>| {
        notes.sort_by_key(|n| n.at);
        notes
    };
    let groups: Vec<Group> = if by_kind {
        NoteKind::ALL
            .iter()
            .map(|&k| Group {
                title: t.note_kind(k).to_string(),
                notes: sorted(s.notes.iter().filter(|n| n.kind == k).collect()),
            })
            .collect()
    } else {
        let items = s.agenda.iter().map(|i| (Some(&i.id), i.title.clone()));
        let outside = std::iter::once((None::<&ItemId>, t.no_item.to_string()));
        items
            .chain(outside)
            .map(|(id, title)| Group { title, notes: sorted(s.notes_of(id).collect()) })
            .collect()
    };
    groups.into_iter().filter(|g| !g.notes.is_empty()).collect()
}

/// The marker and the time before a note: `›09:30 `.
const TIME_WIDTH: usize = 7;

/// The kind of a note as listed; an action starts with whether it is done,
/// so that the mark survives when the word is cut.
fn kind_label(t: &Text, kind: &NoteKind, done: bool) -> String {
    match kind {
        NoteKind::Action => format!("{} {}", done_mark(done), t.note_kind(*kind)),
        _ => t.note_kind(*kind).to_string(),
    }
}

/// Whether an action was carried out: `✓` done, `○` open.
fn done_mark(done: bool) -> &'static str {
    if done { "✓" } else { "○" }
}

pub(super) fn lines(review: &Review, t: &Text, width: usize) -> NoteLines {
    let s = &review.session;
    let mut out = NoteLines { lines: Vec::new(), shown_at: None };
    if s.notes.is_empty() {
        out.lines.push(Line::styled(t.review.no_notes, theme::dim()));
        return out;
    }
    // The kind column is as wide as the longest kind, within a quarter of the pane.
    let longest = NoteKind::ALL.iter().map(|k| kind_label(t, k, false).width()).max().unwrap_or(0);
    let kind_width = longest.min(width / 4).max(1);
    for group in groups(s, t, review.by_kind) {
        // The count stays in view however long the item's title is.
        let count = format!(" ({})", group.notes.len());
        let title = fit(&group.title, width.saturating_sub(count.width()));
        out.lines.push(heading(format!("{}{count}", title.trim_end())));
        for n in group.notes {
            let shown = review.note.as_ref() == Some(&n.id);
            let mut lead = vec![
                Span::styled(if shown { "›" } else { " " }, theme::title()),
                Span::styled(format!("{} ", t.hhmm(&n.at)), theme::dim()),
            ];
            if !review.by_kind {
                let kind = fit(&kind_label(t, &n.kind, n.done), kind_width);
                lead.push(Span::styled(format!("{kind} "), theme::note_style(n.kind)));
            } else if n.kind == NoteKind::Action {
                lead.push(Span::styled(format!("{} ", done_mark(n.done)), theme::note_style(n.kind)));
            }
            // In a narrow pane the text's later lines use the whole width under the time.
            let lead_width = width_of(&lead);
            let indent = if width.saturating_sub(lead_width) >= 30 { lead_width } else { TIME_WIDTH };
            let mut lines = hanging_from(lead, indent, &n.text, Style::new(), width);
            if shown {
                out.shown_at = Some(out.lines.len());
                lines = lines.into_iter().map(|l| l.patch_style(theme::selected())).collect();
            }
            out.lines.extend(lines);
        }
    }
    out
}

/// Every action note, in time order: open or done, owner and due date.
pub(super) fn actions(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let mut actions: Vec<&Note> = s.notes.iter().filter(|n| n.kind == NoteKind::Action).collect();
    if actions.is_empty() {
        return vec![Line::styled(t.review.no_actions, theme::dim())];
    }
    actions.sort_by_key(|n| n.at);
    let mut out = Vec::new();
    for n in actions {
        let (mark, state, style) = if n.done {
            (done_mark(true), t.review.done, Style::new().fg(theme::OK))
        } else {
            (done_mark(false), t.review.open, Style::new().fg(theme::WARN).add_modifier(Modifier::BOLD))
        };
        let text = n.text.lines().collect::<Vec<_>>().join(" ");
        out.extend(hanging(vec![Span::styled(format!("{mark} "), style)], &text, Style::new(), width));
        let owner = n.owner.clone().filter(|o| !o.trim().is_empty());
        let owner = owner.unwrap_or_else(|| t.review.no_owner.to_string());
        let due =
            n.due.map_or(t.review.no_due.to_string(), |d| format!("{} {}", t.due, t.notation.short_date(d)));
        let lead = vec![Span::raw("  "), Span::styled(format!("{state} · "), style)];
        out.extend(hanging(lead, &format!("{owner} · {due}"), theme::dim(), width));
    }
    out
}
