//! The run view: header, agenda, timer, attendance and notes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Gauge, HighlightSpacing, List, ListItem, ListState, Paragraph, Wrap};

use tui_big_text::{BigText, PixelSize};

use super::clock_text;
use crate::domain::schedule::{planned_end, planned_slots, project};
use crate::domain::{Gender, ItemState, Phase, Status};
use crate::text::{fill, fit};
use crate::tui::app::{App, Filter, Run, SaveState};
use crate::tui::command::Pane;
use crate::tui::layout::{RunAreas, run_areas};
use crate::tui::theme;

pub fn render(app: &App, run: &Run, frame: &mut Frame, area: Rect) {
    let banner = banner_text(app, run);
    let RunAreas { header, banner: banner_area, agenda, timer, people, notes } =
        run_areas(area, run.banner_lines(app.text(), area.width));
    render_header(app, run, frame, header);
    if let Some((text, style)) = banner {
        frame
            .render_widget(Paragraph::new(Line::styled(text, style)).wrap(Wrap { trim: false }), banner_area);
    }
    render_agenda(app, run, frame, agenda);
    render_timer(app, run, frame, timer);
    render_people(app, run, frame, people);
    render_notes(app, run, frame, notes);
    super::overlay::run_overlays(app, run, frame);
}

/// A red line when saving failed or the session may only be read.
fn banner_text(app: &App, run: &Run) -> Option<(String, Style)> {
    let alert = Style::new().fg(theme::ALERT).add_modifier(Modifier::BOLD | Modifier::REVERSED);
    run.banner(app.text()).map(|text| (text, alert))
}

fn render_header(app: &App, run: &Run, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let s = &run.session;
    let save = match &run.save {
        _ if run.read_only.is_some() => {
            Span::styled(format!("⊘ {}", t.read_only), Style::new().fg(theme::ALERT))
        }
        SaveState::Saved(Some(at)) => Span::styled(
            format!("✓ {} {}", t.saved, t.notation.time_with_seconds(at)),
            Style::new().fg(theme::OK),
        ),
        SaveState::Saved(None) => Span::styled(format!("✓ {}", t.on_disk), Style::new().fg(theme::OK)),
        SaveState::Pending => Span::styled(format!("… {}", t.saving), Style::new().fg(theme::WARN)),
        SaveState::Failed { .. } => Span::styled(format!("✗ {}", t.not_saved), Style::new().fg(theme::ALERT)),
    };
    let clock = format!("{}  ", t.notation.time_with_seconds(&app.now));
    let right = clock.chars().count() + save.content.chars().count() + 2;
    let room = (area.width as usize).saturating_sub(right + 1);
    let title = fit(&format!("{} › {}", s.workshop, s.title), room);
    let line = Line::from(vec![
        Span::styled(format!(" {title}"), theme::title()),
        Span::styled(clock, Style::new().add_modifier(Modifier::BOLD)),
        save,
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The mark before the cursor row of the focused pane.
const CURSOR: &str = "▸";
/// Columns the cursor mark takes.
const CURSOR_WIDTH: u16 = 1;

/// A list pane of the run view: its title, the key that focuses it, and
/// its cursor, highlighted only while it has the focus.
struct PaneList {
    title: String,
    key: char,
    focused: bool,
    cursor: usize,
}

impl PaneList {
    /// Only the rows that fit are built, so that a frame costs the same with
    /// twenty notes or twenty thousand: the window ends at the cursor once
    /// the cursor is past the first screenful, as a list drawn in full with
    /// a fresh state would scroll. `row(k)` builds the `k`-th row.
    fn render_window<'a>(
        self,
        len: usize,
        row: impl Fn(usize) -> ListItem<'a>,
        frame: &mut Frame,
        area: Rect,
    ) {
        let rows = area.height.saturating_sub(2).max(1) as usize;
        let cursor = self.cursor.min(len.saturating_sub(1));
        let first = (cursor + 1).saturating_sub(rows);
        let items = (first..len.min(first + rows)).map(row).collect();
        PaneList { cursor: cursor - first, ..self }.render(items, frame, area);
    }

    fn render(self, items: Vec<ListItem>, frame: &mut Frame, area: Rect) {
        let mut state =
            ListState::default().with_selected(Some(self.cursor.min(items.len().saturating_sub(1))));
        // The cursor has a mark of its own, not only reverse video: with
        // colour off the running item (`›` and its symbol) and the cursor
        // row still read apart. The column is kept in every pane, focused
        // or not, so that rows do not shift when the focus moves.
        let (highlight, symbol) =
            if self.focused { (theme::selected(), CURSOR) } else { (Style::new(), " ") };
        let list = List::new(items)
            .block(pane_block(self.title, self.focused, Some(self.key)))
            .highlight_style(highlight)
            .highlight_symbol(symbol)
            .highlight_spacing(HighlightSpacing::Always);
        frame.render_stateful_widget(list, area, &mut state);
    }
}

/// ` · /text▏` after a pane's title while it is filtered (the bar while typing).
fn filter_suffix(filter: &Filter) -> String {
    if !filter.is_active() && !filter.typing {
        return String::new();
    }
    format!(" · /{}{}", filter.text, if filter.typing { "▏" } else { "" })
}

/// A pane's frame; the number is the key that focuses it.
fn pane_block<'a>(title: String, focused: bool, key: Option<char>) -> Block<'a> {
    let key = key.map_or(" ".to_string(), |k| format!(" {k} "));
    Block::bordered().border_style(theme::border(focused)).title(Line::from(vec![
        Span::styled(key, theme::dim()),
        Span::styled(format!("{title} "), theme::title()),
    ]))
}

fn render_agenda(app: &App, run: &Run, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let s = &run.session;
    let slots = planned_slots(s);
    let width = area.width.saturating_sub(2 + CURSOR_WIDTH) as usize;
    let items: Vec<ListItem> = s
        .agenda
        .iter()
        .zip(&slots)
        .enumerate()
        .map(|(i, (item, slot))| {
            let anchor = if item.fixed_start.is_some() { "⚑" } else { " " };
            let minutes = match item.actual_minutes() {
                Some(m) if item.state == ItemState::Done => format!("{m:>3}'/{:<3}", item.planned_minutes),
                _ => format!("    {:>3}'", item.planned_minutes),
            };
            let title_width = width.saturating_sub(8 + 3 + minutes.chars().count() + 1);
            let style = theme::item_style(item.state);
            let current = run.is_current(i);
            let marker = if current { "›" } else { " " };
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("{marker}{}{anchor}", t.hhmm(&slot.start)),
                    if item.fixed_start.is_some() {
                        Style::new().add_modifier(Modifier::BOLD)
                    } else {
                        theme::dim()
                    },
                ),
                Span::styled(format!(" {} ", theme::item_symbol(item.state)), style),
                Span::styled(
                    fit(&item.title, title_width),
                    if current { style.add_modifier(Modifier::BOLD) } else { style },
                ),
                Span::styled(format!(" {minutes}"), theme::dim()),
            ]))
        })
        .collect();
    let end = planned_end(s);
    let title = format!("{} {}–{}", t.agenda, t.hhmm(&s.planned_start), t.hhmm(&end));
    let pane = PaneList { title, key: '1', focused: run.focus == Pane::Agenda, cursor: run.agenda_cursor };
    pane.render(items, frame, area);
}

fn render_timer(app: &App, run: &Run, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let s = &run.session;
    let block = pane_block(t.timer.to_string(), false, None);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let now = app.now;
    let mut head: Vec<Line> = Vec::new();
    let mut gauge = None;
    let mut big: Option<(String, Style)> = None;
    let current = s.current_index().map(|i| &s.agenda[i]);
    match (s.phase(), current) {
        (Phase::Finished, _) => {
            let end = s.finished_at().or_else(|| s.agenda.iter().filter_map(|i| i.ended_at).max());
            let text = format!("✓ {} {}", t.session_finished, end.map(|e| t.hhmm(&e)).unwrap_or_default());
            head.push(Line::styled(text, Style::new().fg(theme::OK)));
        }
        (_, Some(item)) if item.is_open() => {
            let elapsed = item.elapsed_seconds(now);
            let remaining = item.remaining_seconds(now);
            let style = theme::timer_style(remaining, item.planned_seconds());
            head.push(Line::from(vec![
                Span::styled(format!("{} ", theme::item_symbol(item.state)), style),
                Span::styled(item.title.clone(), Style::new().add_modifier(Modifier::BOLD)),
            ]));
            let paused =
                if item.state == ItemState::Paused { format!("  ‖ {}", t.paused) } else { String::new() };
            head.push(Line::from(vec![
                Span::styled(
                    format!("{} / {}", clock_text(elapsed), clock_text(item.planned_seconds())),
                    style,
                ),
                Span::styled(paused, Style::new().fg(theme::WARN).add_modifier(Modifier::BOLD)),
            ]));
            let left = if remaining >= 0 {
                format!("{} {}", clock_text(remaining), t.remaining)
            } else {
                let over = fill(t.over, &[("minutes", &item.overrun_minutes(now).to_string())]);
                format!("{over} ({})", clock_text(-remaining))
            };
            head.push(Line::styled(left, style));
            let countdown =
                if remaining >= 0 { clock_text(remaining) } else { format!("+{}", clock_text(-remaining)) };
            big = Some((countdown, style));
            gauge = Some(((elapsed as f64 / item.planned_seconds().max(1) as f64).clamp(0.0, 1.0), style));
        }
        (_, Some(item)) => {
            let when = if s.started_at().is_none() {
                format!("{} {} · {}", t.not_started, t.hhmm(&s.planned_start), t.press_space)
            } else {
                format!("{}: {} · {}", t.next_up, item.title, t.press_space)
            };
            head.push(Line::styled(when, Style::new().fg(theme::ACCENT)));
        }
        (_, None) => head.push(Line::styled(t.agenda_empty, theme::dim())),
    }
    // With room to spare, the time left is drawn large enough to read from
    // the back of the room.
    let big = big.filter(|(text, _)| inner.height >= 13 && inner.width as usize >= text.chars().count() * 4);
    let [head_area, big_area, gauge_area, rest] = Layout::vertical([
        Constraint::Length(head.len() as u16),
        Constraint::Length(if big.is_some() { 5 } else { 0 }),
        Constraint::Length(u16::from(gauge.is_some())),
        Constraint::Min(0),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(head), head_area);
    if let Some((text, style)) = big {
        let size = if big_area.width as usize >= text.chars().count() * 8 {
            PixelSize::HalfHeight
        } else {
            PixelSize::Quadrant
        };
        let widget = BigText::builder().pixel_size(size).style(style).lines(vec![Line::raw(text)]).build();
        frame.render_widget(widget, Rect { height: 4, ..big_area });
    }
    if let Some((ratio, style)) = gauge {
        let label = format!("{:.0}%", ratio * 100.0);
        frame.render_widget(Gauge::default().ratio(ratio).label(label).gauge_style(style), gauge_area);
    }
    let mut lines = Vec::new();
    position_lines(app, run, &project(s, now), &mut lines);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rest);
    // Who signs the minutes, at the foot of the timer where there is room.
    let signers = super::details::signers(app, run);
    let rows = u16::try_from(signers.len()).unwrap_or(0);
    if rows > 0 && rest.height >= rows + 4 {
        let foot = Rect { y: rest.bottom() - rows, height: rows, ..rest };
        let lines: Vec<Line> =
            signers.iter().map(|s| Line::styled(fit(s, foot.width.into()), theme::dim())).collect();
        frame.render_widget(Paragraph::new(lines), foot);
    }
}

/// Ahead or behind, the projected end, and items squeezed before a fixed item.
fn position_lines(
    app: &App,
    run: &Run,
    projection: &crate::domain::schedule::Projection,
    lines: &mut Vec<Line>,
) {
    let t = app.text();
    let s = &run.session;
    if s.agenda.is_empty() || s.phase() == Phase::Finished {
        return;
    }
    let (text, style) = match projection.ahead {
        0 => (t.on_time.to_string(), Style::new().fg(theme::OK)),
        m if m > 0 => (fill(t.ahead, &[("span", &t.span(m))]), Style::new().fg(theme::OK)),
        m => (
            fill(t.behind, &[("span", &t.span(-m))]),
            Style::new().fg(theme::ALERT).add_modifier(Modifier::BOLD),
        ),
    };
    lines.push(Line::from(vec![
        Span::styled(text, style),
        Span::raw(format!(
            " · {} {} ({} {})",
            t.projected_end,
            t.hhmm(&projection.end),
            t.planned,
            t.hhmm(&planned_end(s))
        )),
    ]));
    for sq in &projection.squeezes {
        let fixed = &s.agenda[sq.fixed];
        let names: Vec<&str> = sq.items.iter().map(|&i| s.agenda[i].title.as_str()).collect();
        lines.push(Line::styled(
            format!(
                "⚠ {} {} {}: +{} · {}",
                fixed.title,
                t.hhmm(&projection.slots[sq.fixed].start),
                t.would_start_late,
                t.span(sq.minutes),
                t.rebalance_hint
            ),
            Style::new().fg(theme::WARN),
        ));
        if !names.is_empty() {
            lines.push(Line::styled(format!("  {}: {}", t.squeezed, names.join(", ")), theme::dim()));
        }
    }
}

fn render_people(app: &App, run: &Run, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let s = &run.session;
    // One pass over the roster, copying no marks: it runs on every frame.
    let (mut marked, mut f_in, mut f_all, mut m_in, mut m_all) = (0, 0, 0, 0, 0);
    for p in &s.roster {
        let status = s.attendance.get(&p.id).map_or(Status::Unmarked, |m| m.status);
        marked += usize::from(status != Status::Unmarked);
        let in_room = usize::from(status.is_in_room());
        match p.gender {
            Gender::Female => (f_in, f_all) = (f_in + in_room, f_all + 1),
            Gender::Male => (m_in, m_all) = (m_in + in_room, m_all + 1),
            Gender::NotRecorded => {}
        }
    }
    let mut title = format!(
        "{} {marked}/{} · {} {f_in}/{f_all} · {} {m_in}/{m_all}",
        t.attendance,
        s.roster.len(),
        t.female_short,
        t.male_short
    );
    if run.only_unmarked {
        title.push_str(&format!(" · {}", t.roll.only_unmarked));
    }
    title.push_str(&filter_suffix(&run.people_filter));
    let width = area.width.saturating_sub(2 + CURSOR_WIDTH) as usize;
    let visible = run.visible_people();
    let row = |k: usize| {
        let p = &s.roster[visible[k]];
        let mark = s.mark(&p.id);
        let extra = match mark.status {
            Status::Late => mark.arrived.map(|a| format!("{} +{}'", t.hhmm(&a), s.minutes_late(&mark))),
            Status::LeftEarly => mark.left.map(|l| format!("↦{}", t.hhmm(&l))),
            _ => None,
        };
        let extra = [extra, mark.reason.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
        let extra_width = extra.chars().count().min(width / 2);
        let name_width = width.saturating_sub(5 + extra_width + 1);
        ListItem::new(Line::from(vec![
            Span::styled(
                format!("{:>3}  ", mark.status.code()),
                theme::status_style(mark.status).add_modifier(Modifier::BOLD),
            ),
            Span::raw(fit(&p.name, name_width)),
            Span::styled(format!(" {}", fit(&extra, extra_width)), theme::dim()),
        ]))
    };
    let pane =
        PaneList { title, key: '2', focused: run.focus == Pane::Attendance, cursor: run.people_cursor };
    pane.render_window(visible.len(), row, frame, area);
}

fn render_notes(app: &App, run: &Run, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let s = &run.session;
    let mut title = format!("{} ({})", t.notes, s.notes.len());
    if s.draft.is_some() {
        title.push_str(&format!(" · ✎ {}", t.draft_waiting));
    }
    title.push_str(&filter_suffix(&run.notes_filter));
    let width = area.width.saturating_sub(2 + CURSOR_WIDTH) as usize;
    // Unfiltered notes in time order, as they nearly always are, need no
    // list of indices: a frame then costs the same for any number of notes.
    let in_order = !run.notes_filter.is_active() && run.notes_in_order;
    let visible = if in_order { Vec::new() } else { run.visible_notes() };
    let len = if in_order { s.notes.len() } else { visible.len() };
    let row = |k: usize| {
        let n = &s.notes[if in_order { k } else { visible[k] }];
        let kind = t.note_kind(n.kind);
        let done = if n.done { "✓" } else { " " };
        let text_width = width.saturating_sub(6 + 10 + 2);
        ListItem::new(Line::from(vec![
            Span::styled(format!("{} ", t.hhmm(&n.at)), theme::dim()),
            Span::styled(format!("{}{done}", fit(kind, 9)), theme::note_style(n.kind)),
            Span::raw(format!(" {}", fit(&n.text.replace('\n', " ⏎ "), text_width))),
        ]))
    };
    let empty = len == 0;
    let pane = PaneList { title, key: '3', focused: run.focus == Pane::Notes, cursor: run.notes_cursor };
    pane.render_window(len, row, frame, area);
    if empty {
        let inner = Rect { x: area.x + 2, y: area.y + 1, width: area.width.saturating_sub(4), height: 1 };
        frame.render_widget(Paragraph::new(t.no_notes_yet).style(theme::dim()), inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn pane(cursor: usize) -> PaneList {
        PaneList { title: "Notes".into(), key: '3', focused: true, cursor }
    }

    fn row(k: usize) -> ListItem<'static> {
        ListItem::new(format!("row {k}"))
    }

    #[test]
    fn a_window_of_rows_draws_what_the_whole_list_draws() -> Result<(), Box<dyn std::error::Error>> {
        for (len, cursor) in
            [(0, 0), (3, 1), (8, 7), (9, 8), (200, 0), (200, 7), (200, 8), (200, 150), (200, 400)]
        {
            let mut whole = Terminal::new(TestBackend::new(20, 10))?;
            whole.draw(|f| pane(cursor).render((0..len).map(row).collect(), f, f.area()))?;
            let mut window = Terminal::new(TestBackend::new(20, 10))?;
            window.draw(|f| pane(cursor).render_window(len, row, f, f.area()))?;
            assert_eq!(window.backend().buffer(), whole.backend().buffer(), "{len} rows, cursor at {cursor}");
        }
        Ok(())
    }
}
