//! The agenda as a chart: one bar per item, as long as its actual minutes on
//! a scale shared by all items, with a tick where its plan ended, so the
//! items that ran over stand out at a glance.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::lines::{flow, signed};
use crate::domain::session::Phase;
use crate::domain::{AgendaItem, ItemState, Minutes, Session, lesson_hours};
use crate::report::learning_minutes;
use crate::text::{Text, fit};
use crate::tui::theme;

/// Within the plan.
const HELD: &str = "█";
/// Planned but not used: the item ended early.
const UNUSED: &str = "░";
/// Beyond the plan: a different glyph as well as a different colour.
const OVER: &str = "▓";
/// Where the plan ended.
const TICK: &str = "│";

/// The widths of a chart row and the minutes of a full bar.
struct Columns {
    title: usize,
    /// The bar's cells, the tick not included.
    cells: usize,
    minutes: usize,
    diff: usize,
    scale: Minutes,
}

impl Columns {
    fn of(s: &Session, width: usize) -> Self {
        let minutes = s.agenda.iter().map(|i| minutes_text(i).width()).max().unwrap_or(0);
        let diff = s.agenda.iter().map(|i| diff_of(i).map_or(0, |d| signed(d).width())).max().unwrap_or(0);
        // Symbol and the spaces between the columns.
        let fixed = 4 + minutes + if diff > 0 { diff + 1 } else { 0 };
        let room = width.saturating_sub(fixed);
        let longest = s.agenda.iter().map(|i| i.title.width()).max().unwrap_or(0);
        let title = longest.min(room / 2).max(room.min(6));
        let held = s.agenda.iter().filter_map(|i| i.actual_minutes().map(|a| a.max(i.planned_minutes)));
        let planned = s.agenda.iter().map(|i| i.planned_minutes);
        let scale = held.chain(planned).max().unwrap_or(1).max(1);
        Columns { title, cells: room.saturating_sub(title + 1), minutes, diff, scale }
    }

    /// Cells of a bar for a number of minutes, rounded to the nearest.
    fn cells_for(&self, m: Minutes) -> usize {
        let cells = self.cells as i64;
        ((m.max(0) * cells + self.scale / 2) / self.scale).clamp(0, cells) as usize
    }
}

/// The lines of the chart, then the totals.
pub(super) fn lines(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    if s.agenda.is_empty() {
        return vec![Line::styled(t.agenda_empty, theme::dim())];
    }
    let cols = Columns::of(s, width);
    let over = s.phase() == Phase::Finished;
    let mut out: Vec<Line> = s.agenda.iter().map(|item| row(item, t, &cols, over)).collect();
    out.extend(totals(s, t, width));
    out
}

/// Minutes against the plan, for a done item.
fn diff_of(item: &AgendaItem) -> Option<Minutes> {
    item.actual_minutes().filter(|_| item.state == ItemState::Done).map(|a| a - item.planned_minutes)
}

/// `102'/90'` for a done item; the plan alone for the others.
fn minutes_text(item: &AgendaItem) -> String {
    match item.actual_minutes() {
        Some(a) if item.state == ItemState::Done => format!("{a}'/{}'", item.planned_minutes),
        _ => format!("{}'", item.planned_minutes),
    }
}

/// One item's line; `over` tells whether an item never started was not held
/// (the session is finished) or is still to come.
fn row(item: &AgendaItem, t: &Text, cols: &Columns, over: bool) -> Line<'static> {
    let done = item.state == ItemState::Done;
    let title_style = if done { Style::new() } else { theme::item_style(item.state) };
    let mut spans = vec![
        Span::styled(format!("{} ", theme::item_symbol(item.state)), theme::item_style(item.state)),
        Span::styled(fit(&item.title, cols.title), title_style),
        Span::raw(" "),
    ];
    match item.actual_minutes() {
        Some(actual) if done => spans.extend(bar(actual, item.planned_minutes, cols)),
        _ => {
            let word = match item.state {
                ItemState::Skipped => t.review.skipped,
                ItemState::Pending if over => t.review.not_held,
                other => t.item_state(other),
            };
            let style = theme::dim().add_modifier(Modifier::ITALIC);
            spans.push(Span::styled(fit(word, cols.cells + 1), style));
        }
    }
    spans.push(Span::styled(format!(" {:>w$}", minutes_text(item), w = cols.minutes), theme::dim()));
    if cols.diff > 0 {
        let (text, style) = match diff_of(item) {
            Some(d) if d > 0 => (signed(d), Style::new().fg(theme::ALERT).add_modifier(Modifier::BOLD)),
            Some(d) if d < 0 => (signed(d), Style::new().fg(theme::OK)),
            Some(d) => (signed(d), theme::dim()),
            None => (String::new(), Style::new()),
        };
        spans.push(Span::styled(format!(" {text:>w$}", w = cols.diff), style));
    }
    Line::from(spans)
}

/// The bar of a done item: held minutes, then what was left unused or ran
/// over, with the tick between the plan and the overrun.
fn bar(actual: Minutes, planned: Minutes, cols: &Columns) -> Vec<Span<'static>> {
    let (mut a, p) = (cols.cells_for(actual), cols.cells_for(planned));
    // A difference too small for the scale still shows, as one cell.
    if a == p && actual > planned && a < cols.cells {
        a += 1;
    } else if a == p && actual < planned && a > 0 {
        a -= 1;
    }
    let tick_style = Style::new().add_modifier(Modifier::BOLD);
    let spans = vec![
        Span::styled(HELD.repeat(a.min(p)), Style::new().fg(theme::OK)),
        Span::styled(UNUSED.repeat(p.saturating_sub(a)), theme::dim()),
        Span::styled(TICK, tick_style),
        Span::styled(OVER.repeat(a.saturating_sub(p)), Style::new().fg(theme::ALERT)),
        Span::raw(" ".repeat(cols.cells.saturating_sub(a.max(p)))),
    ];
    spans.into_iter().filter(|s| !s.content.is_empty()).collect()
}

/// Planned and actual totals and times, and the lesson hours.
fn totals(s: &Session, t: &Text, width: usize) -> Vec<Line<'static>> {
    let planned: Minutes = s.agenda.iter().map(|i| i.planned_minutes).sum();
    let actual: Minutes = s.agenda.iter().filter_map(AgendaItem::actual_minutes).sum();
    let over: Minutes = s.agenda.iter().filter_map(diff_of).sum();
    let plan_span =
        format!("{}–{}", t.hhmm(&s.planned_start), t.hhmm(&crate::domain::schedule::planned_end(s)));
    let end = s.finished_at().or_else(|| s.agenda.iter().filter_map(|i| i.ended_at).max());
    let actual_span = match (s.started_at(), end) {
        (Some(a), Some(b)) => format!("{}–{}", t.hhmm(&a), t.hhmm(&b)),
        (Some(a), None) => format!("{}–", t.hhmm(&a)),
        _ => "–".to_string(),
    };
    let over_style = if over > 0 { Style::new().fg(theme::ALERT) } else { Style::new().fg(theme::OK) };
    let learning = learning_minutes(s);
    let label = |w: &str| Span::styled(format!("{w} "), theme::dim());
    let parts = vec![
        vec![Span::raw("Σ "), label(t.planned), Span::raw(format!("{plan_span} {planned}'"))],
        vec![
            label(t.actual),
            Span::raw(format!("{actual_span} {actual}' ")),
            Span::styled(signed(over), over_style),
        ],
        vec![
            Span::styled(
                format!("{} {}", t.notation.decimal(lesson_hours(learning), 1), t.lesson_hours),
                theme::title(),
            ),
            Span::styled(format!(" ({} {learning}')", t.review.learning), theme::dim()),
        ],
    ];
    flow(parts, width)
}
