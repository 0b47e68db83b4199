//! What opens on top: help, the new-session form, the note editor,
//! prompts and confirmations.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{centered, popup};
use crate::domain::NoteKind;
use crate::text::fit;
use crate::tui::app::{
    App, Confirm, EditorField, Form, FormField, Home, NoteEditor, PromptKind, Run, mention_matches,
};
use crate::tui::keymap::keys_label;
use crate::tui::theme;

/// Every key of the current view, from the key table.
pub fn help(app: &App, frame: &mut Frame) {
    let t = app.text();
    // Help lists the keys of the view beneath it, not the help screen's own.
    let contexts = app.view_contexts();
    let mut lines = vec![Line::styled(t.help_intro, theme::dim()), Line::raw("")];
    for context in &contexts {
        lines.push(Line::styled(context.name(t), theme::title()));
        for b in app.keymap.bindings_of(std::slice::from_ref(context)) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<18}", keys_label(b)), Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(b.command.long(t)),
            ]));
        }
    }
    let area = centered(frame.area(), 100, frame.area().height.saturating_sub(2));
    let inner = popup(frame, area, format!("{} — {}", t.help_title, t.help_close));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((app.help_scroll, 0)), inner);
}

pub fn form(app: &App, home: &Home, form: &Form, frame: &mut Frame) {
    let t = app.text();
    let area = centered(frame.area(), 70, 13);
    let inner = popup(frame, area, t.form_title.to_string());
    let choice = |list: &[String], i: Option<usize>, none: &str| {
        i.and_then(|i| list.get(i).cloned()).unwrap_or_else(|| none.to_string())
    };
    let fields = [
        (FormField::Workshop, t.workshop, form.workshop.clone()),
        (FormField::Title, t.title, form.title.clone()),
        (FormField::Date, t.date, form.date.clone()),
        (FormField::Start, t.start, form.start.clone()),
        (
            FormField::Template,
            t.template,
            format!("‹ {} ›", choice(&home.data.templates, form.template, t.no_template)),
        ),
        (
            FormField::Roster,
            t.roster_field,
            format!("‹ {} ›", choice(&home.data.rosters, form.roster, t.last_roster)),
        ),
    ];
    let mut lines = Vec::new();
    for (field, label, value) in fields {
        let active = field == form.field;
        let cursor =
            if active && !matches!(field, FormField::Template | FormField::Roster) { "▏" } else { "" };
        let style =
            if active { Style::new().fg(theme::ACCENT).add_modifier(Modifier::BOLD) } else { Style::new() };
        lines.push(Line::from(vec![
            Span::styled(format!("{} {:<12}", if active { "›" } else { " " }, label), style),
            Span::styled(format!("{value}{cursor}"), style),
        ]));
    }
    lines.push(Line::raw(""));
    match &form.error {
        Some(e) => lines.push(Line::styled(e.clone(), Style::new().fg(theme::ALERT))),
        None => lines.push(Line::styled(t.form_hint, theme::dim())),
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The overlays of the run view, topmost last.
pub fn run_overlays(app: &App, run: &Run, frame: &mut Frame) {
    if let Some(editor) = &run.editor {
        self::editor(app, run, editor, frame);
    }
    if let Some(prompt) = &run.prompt {
        prompt_box(app, run, prompt, frame);
    }
    if let Some(form) = &run.details {
        super::details::form(app, form, frame);
    }
    if let Some(confirm) = &run.confirm {
        confirm_box(app, run, confirm, frame);
    }
}

/// A one-line prompt; one about a participant names them first, so that
/// a reason or a time is seen to go to the right person.
fn prompt_box(app: &App, run: &Run, prompt: &crate::tui::app::Prompt, frame: &mut Frame) {
    let t = app.text();
    let name_of = |id| {
        let name = run.session.participant(id).map(|p| p.name.clone()).unwrap_or_default();
        let code = run.session.mark(id).status.code();
        Line::styled(format!("{name} · {code}"), Style::new().add_modifier(Modifier::BOLD))
    };
    let (title, extra, person) = match &prompt.kind {
        PromptKind::WalkIn { gender } => {
            let extra = format!("  {}: {} (Tab)", t.gender_label, t.gender(*gender));
            (t.walk_in_title.to_string(), extra, None)
        }
        PromptKind::Reason(id) => (t.reason_title.to_string(), String::new(), Some(name_of(id))),
        PromptKind::Time(id) => {
            let left = run.session.mark(id).status == crate::domain::Status::LeftEarly;
            let title = if left { t.roll.departure_title } else { t.roll.arrival_title };
            (format!("{title} (07:40)"), String::new(), Some(name_of(id)))
        }
    };
    let mut lines: Vec<Line> = person.into_iter().collect();
    lines.push(Line::from(vec![Span::raw(format!("{}▏", prompt.text)), Span::styled(extra, theme::dim())]));
    lines.push(Line::raw(""));
    lines.push(Line::styled(t.prompt_hint, theme::dim()));
    let inner = popup(frame, centered(frame.area(), 64, lines.len() as u16 + 2), title);
    frame.render_widget(Paragraph::new(lines), inner);
}

fn confirm_box(app: &App, run: &Run, confirm: &Confirm, frame: &mut Frame) {
    let t = app.text();
    let mut lines = Vec::new();
    let title = match confirm {
        Confirm::MovePlan => {
            let start = run.session.planned_start;
            let planned =
                format!("{}, {}", t.notation.long_date(start.date_naive()), t.notation.stated_time(&start));
            lines.push(Line::raw(format!("{} {planned}.", t.move_plan_planned)));
            lines.push(Line::raw(format!("{} {}?", t.move_plan_question, t.hhmm(&app.now))));
            lines.push(Line::styled(t.move_plan_fixed, theme::dim()));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t.move_plan_keys, Style::new().add_modifier(Modifier::BOLD)));
            t.move_plan_title.to_string()
        }
        Confirm::LateOffer { person, minutes } => {
            let name = run.session.participant(person).map_or("", |p| p.name.as_str());
            let text = crate::text::fill(
                t.room.late_offer,
                &[
                    ("time", &t.hhmm(&app.now)),
                    ("minutes", &minutes.to_string()),
                    ("start", &t.hhmm(&run.session.lateness_start())),
                ],
            );
            lines.push(Line::styled(name.to_string(), Style::new().add_modifier(Modifier::BOLD)));
            lines.push(Line::raw(text));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t.room.late_offer_keys, Style::new().add_modifier(Modifier::BOLD)));
            t.room.late_offer_title.to_string()
        }
        Confirm::TypedText(text) => {
            lines.push(Line::raw(t.roll.typed_body));
            lines.push(Line::styled(format!("  “{text}”"), Style::new().add_modifier(Modifier::BOLD)));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t.roll.typed_keys, Style::new().add_modifier(Modifier::BOLD)));
            t.roll.typed_title.to_string()
        }
        Confirm::EndSession => {
            let item = run.session.current_index().map_or("", |i| run.session.agenda[i].title.as_str());
            lines.push(Line::raw(crate::text::fill(t.roll.end_body, &[("item", item)])));
            t.roll.end_title.to_string()
        }
        Confirm::StartFixed(i) => {
            let item = &run.session.agenda[*i];
            let time = item.fixed_start.map(|f| t.notation.time_of_day(f)).unwrap_or_default();
            let body = crate::text::fill(t.roll.start_fixed_body, &[("item", &item.title), ("time", &time)]);
            lines.push(Line::raw(body));
            t.roll.start_fixed_title.to_string()
        }
        Confirm::Quit => {
            lines.push(Line::raw(t.roll.quit_body));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t.roll.quit_keys, Style::new().add_modifier(Modifier::BOLD)));
            t.roll.quit_title.to_string()
        }
        Confirm::SkipFixed(i) => {
            let item = &run.session.agenda[*i];
            let time = item.fixed_start.map(|f| t.notation.time_of_day(f)).unwrap_or_default();
            let body = crate::text::fill(t.roll.skip_fixed_body, &[("item", &item.title), ("time", &time)]);
            lines.push(Line::raw(body));
            t.roll.skip_fixed_title.to_string()
        }
        Confirm::Copy { path, brought, old_name } => {
            lines.push(Line::raw(t.disk.copy_offer));
            lines.push(Line::styled(path.display().to_string(), Style::new().add_modifier(Modifier::BOLD)));
            if *old_name {
                lines.push(Line::styled(t.disk.copy_maybe_elsewhere, Style::new().fg(theme::WARN)));
            }
            lines.push(Line::raw((t.disk.copy_has)(*brought)));
            lines.push(Line::styled(t.disk.copy_look, theme::dim()));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t.disk.copy_keys, Style::new().add_modifier(Modifier::BOLD)));
            t.disk.copy_title.to_string()
        }
        Confirm::DropDetails => {
            lines.push(Line::raw(t.details.discard_question));
            t.details.form_title.to_string()
        }
        Confirm::RestAbsent(n) => {
            lines.push(Line::raw(format!("{n} {}", t.confirm_rest_absent)));
            t.confirm_title.to_string()
        }
        Confirm::Rebalance(plan) => {
            for (i, minutes) in &plan.changes {
                let item = &run.session.agenda[*i];
                lines.push(Line::raw(format!(
                    "  {}  {:>3}' → {:>3}'",
                    fit(&item.title, 40),
                    item.planned_minutes,
                    minutes
                )));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!("{} {}", t.new_end, t.hhmm(&plan.end)),
                Style::new().add_modifier(Modifier::BOLD),
            ));
            if plan.shortfall > 0 {
                lines.push(Line::styled(
                    format!("{}: {} {}", t.shortfall, t.notation.number(plan.shortfall), t.minutes_short),
                    Style::new().fg(theme::WARN),
                ));
            }
            t.rebalance_title.to_string()
        }
    };
    if !matches!(
        confirm,
        Confirm::MovePlan
            | Confirm::LateOffer { .. }
            | Confirm::TypedText(_)
            | Confirm::Copy { .. }
            | Confirm::Quit
    ) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(t.confirm_hint, theme::dim()));
    }
    // As wide as the longest line allows (a copy's path is shown whole),
    // and the words wrapped rather than cut where the screen is narrower.
    let widest = lines.iter().map(|l| l.width() as u16 + 4).max().unwrap_or(0);
    let width = widest.clamp(68, frame.area().width.saturating_sub(2).max(68));
    let room = usize::from(width.saturating_sub(4)).max(1);
    let rows: usize = lines.iter().map(|l| wrapped_rows(&l.to_string(), room)).sum();
    let height = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    let inner = popup(frame, centered(frame.area(), width, height), title);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// How many rows `text` takes when its words are wrapped at `room` columns.
fn wrapped_rows(text: &str, room: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.width();
        if used > 0 && used + 1 + w > room {
            rows += 1 + w / room;
            used = w % room;
        } else {
            used += usize::from(used > 0) + w;
        }
    }
    rows
}

fn editor(app: &App, run: &Run, editor: &NoteEditor, frame: &mut Frame) {
    let t = app.text();
    let item =
        editor.item.as_ref().and_then(|id| run.session.item(id)).map_or(t.no_item, |i| i.title.as_str());
    let verb = if editor.editing.is_some() { t.edit_note } else { t.new_note };
    let title = format!(
        "{verb} · {} · {} · [{}]",
        t.hhmm(&editor.at),
        fit(item, 30).trim_end(),
        t.note_kind(editor.kind)
    );
    let area = centered(frame.area(), 90, 14);
    let inner = popup(frame, area, title);
    let action = editor.kind == NoteKind::Action;
    let [text_area, fields, error, hint] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(if action { 1 } else { 0 }),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(&editor.text, text_area);
    if action {
        let style = |f: EditorField| {
            if editor.field == f {
                Style::new().fg(theme::ACCENT).add_modifier(Modifier::BOLD)
            } else {
                Style::new()
            }
        };
        let cursor = |f: EditorField| if editor.field == f { "▏" } else { "" };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!("{}: {}{}", t.owner, editor.owner, cursor(EditorField::Owner)),
                    style(EditorField::Owner),
                ),
                Span::raw("   "),
                Span::styled(
                    format!("{} (YYYY-MM-DD): {}{}", t.due, editor.due, cursor(EditorField::Due)),
                    style(EditorField::Due),
                ),
            ])),
            fields,
        );
    }
    if let Some(e) = &editor.error {
        frame.render_widget(Paragraph::new(Line::styled(e.clone(), Style::new().fg(theme::ALERT))), error);
    }
    frame.render_widget(Paragraph::new(Line::styled(t.editor_hint, theme::dim())), hint);
    if let Some(mention) = &editor.mention {
        let hits = mention_matches(&run.session.roster, &mention.query);
        let height = hits.len() as u16 + 2;
        let cursor = editor.text.cursor();
        let y = (text_area.y + cursor.0 as u16 + 1).min(frame.area().height.saturating_sub(height));
        let area = Rect { x: text_area.x + 2, y, width: 44.min(text_area.width), height };
        let inner = popup(frame, area, format!("@{}", mention.query));
        let lines: Vec<Line> = hits
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let style = if i == mention.choice { theme::selected() } else { Style::new() };
                Line::styled(fit(&p.name, inner.width as usize), style)
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
