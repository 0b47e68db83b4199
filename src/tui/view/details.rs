//! The session details form, drawn over the run view.

use ratatui::Frame;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{centered, popup};
use crate::domain::DetailField;
use crate::text::fit;
use crate::tui::app::{App, DetailsForm, Run};
use crate::tui::theme;

/// Each field on a line of its own, the one being typed in marked; the
/// facilitators' separator said under them.
pub fn form(app: &App, form: &DetailsForm, frame: &mut Frame) {
    let t = app.text();
    let area = centered(frame.area(), 76, 9);
    let inner = popup(frame, area, t.details.form_title.to_string());
    let labels = DetailField::ALL.map(|f| t.details.label(f, t));
    let label_width = labels.iter().map(|l| unicode_width::UnicodeWidthStr::width(*l)).max().unwrap_or(0) + 1;
    let room = usize::from(inner.width).saturating_sub(label_width + 3);
    let mut lines = Vec::new();
    for (field, label) in DetailField::ALL.into_iter().zip(labels) {
        let active = field == form.field;
        let style =
            if active { Style::new().fg(theme::ACCENT).add_modifier(Modifier::BOLD) } else { Style::new() };
        let text = form.text(field);
        // The end of a long value is where the typing is: keep it in sight.
        let shown = if active { tail(text, room.saturating_sub(1)) } else { fit(text, room) };
        lines.push(Line::from(vec![
            Span::styled(format!("{} {}", if active { "›" } else { " " }, fit(label, label_width)), style),
            Span::styled(format!("{}{}", shown.trim_end(), if active { "▏" } else { "" }), style),
        ]));
        if field == DetailField::Facilitators {
            let pad = " ".repeat(label_width + 2);
            lines.push(Line::styled(format!("{pad}({})", t.details.separated), theme::dim()));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t.details.form_hint, theme::dim()));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The last `width` columns of `text`, with `…` before when cut.
fn tail(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let full = unicode_width::UnicodeWidthStr::width(text);
    if full <= width {
        return text.to_string();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        kept.push(c);
        used += w;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// `Chair: …` and `Note-taker: …`, a line each, of those the session names.
pub fn signers(app: &App, run: &Run) -> Vec<String> {
    let (t, s) = (app.text(), &run.session);
    let named = [(t.details.chair, &s.chair), (t.details.note_taker, &s.note_taker)];
    named
        .iter()
        .filter(|(_, name)| !name.is_empty())
        .map(|(label, name)| format!("{label}: {name}"))
        .collect()
}
