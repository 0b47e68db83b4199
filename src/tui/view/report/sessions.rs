//! The sessions pane: who was in the room per session by gender and
//! disability as grouped bars, and a line per session with its learning
//! time and head count.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use super::pane_block;
use crate::domain::lesson_hours;
use crate::report::{SessionColumn, WorkshopReport};
use crate::text::{Text, fit};
use crate::tui::app::{App, ReportView};
use crate::tui::theme;

// Colours of the bars, apart from the theme's states so that a bar never
// reads as "ok" or "alert"; each bar also has its letter under it.
const FEMALE: Color = Color::Magenta;
const MALE: Color = Color::Blue;
const NOT_RECORDED: Color = Color::Gray;
const DISABILITY: Color = Color::Yellow;

/// The bars (with their value and label rows) are not drawn taller than
/// this, nor at all below the minimum: two rows of bar, the values, two
/// label rows.
const CHART_MAX_ROWS: u16 = 14;
const CHART_MIN_ROWS: u16 = 5;

/// Session titles keep at least this many columns before headers shrink.
const TITLE_MIN: usize = 12;

/// Bar width, gap between bars, gap between sessions: the widest that fits.
const SPACINGS: [(u16, u16, u16); 4] = [(3, 1, 3), (2, 1, 2), (2, 0, 2), (1, 0, 1)];

/// One kind of bar: its letter, its legend word, its colour, its count.
struct Series {
    short: &'static str,
    word: &'static str,
    color: Color,
    count: fn(&SessionColumn) -> usize,
}

fn series(t: &Text, report: &WorkshopReport) -> Vec<Series> {
    let mut all = vec![
        Series { short: t.female_short, word: t.gender[0], color: FEMALE, count: |s| s.totals.female },
        Series { short: t.male_short, word: t.gender[1], color: MALE, count: |s| s.totals.male },
    ];
    // The third gender bar only when someone's gender was not recorded.
    if report.sessions.iter().any(|s| s.totals.not_recorded > 0) {
        let count = |s: &SessionColumn| s.totals.not_recorded;
        all.push(Series {
            short: t.report.not_recorded_short,
            word: t.gender[2],
            color: NOT_RECORDED,
            count,
        });
    }
    let count = |s: &SessionColumn| s.totals.disability;
    all.push(Series { short: t.report.disability_short, word: t.disability, color: DISABILITY, count });
    all
}

pub(super) fn render(app: &App, view: &ReportView, frame: &mut Frame, area: Rect, focused: bool) {
    let t = app.text();
    let report = &view.report;
    let block = pane_block(super::pane_title(t, view, crate::tui::app::ReportPane::Sessions), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if report.sessions.is_empty() {
        frame.render_widget(Paragraph::new(Line::styled(t.none, theme::dim())), inner);
        return;
    }
    let series = series(t, report);
    let legend = legend_lines(&series, inner.width as usize);
    let legend_rows = legend.len() as u16;
    // The table's header and sessions, and a blank line above them.
    let table_rows = report.sessions.len() as u16 + 2;
    let chart_rows = match inner.height.saturating_sub(table_rows + legend_rows).min(CHART_MAX_ROWS) {
        n if n >= CHART_MIN_ROWS => n,
        // Many sessions: a small chart, and the table scrolls.
        _ if inner.height >= CHART_MIN_ROWS * 2 + legend_rows => CHART_MIN_ROWS,
        _ => 0,
    };
    let shown = chart_rows > 0;
    let [legend_area, chart, _, table] = Layout::vertical([
        Constraint::Length(if shown { legend_rows } else { 0 }),
        Constraint::Length(chart_rows),
        Constraint::Length(u16::from(shown)),
        Constraint::Min(0),
    ])
    .areas(inner);
    if shown {
        frame.render_widget(Paragraph::new(legend), legend_area);
        frame.render_widget(bar_chart(report, &series, chart.width, t), chart);
    }
    render_table(t, view, frame, table);
}

/// "█ F female   █ M male   █ D disability", on as many lines as it takes.
fn legend_lines(series: &[Series], width: usize) -> Vec<Line<'static>> {
    const GAP: &str = "   ";
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    for s in series {
        let item = 2 + s.short.width() + 1 + s.word.width();
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        if !spans.is_empty() && used + GAP.len() + item > width {
            lines.push(Line::from(std::mem::take(&mut spans)));
        } else if !spans.is_empty() {
            spans.push(Span::raw(GAP));
        }
        spans.extend([
            Span::styled("█ ", Style::new().fg(s.color)),
            Span::styled(format!("{} ", s.short), Style::new().add_modifier(Modifier::BOLD)),
            Span::styled(s.word, theme::dim()),
        ]);
    }
    lines.push(Line::from(spans));
    lines
}

/// Grouped bars, one group per session labelled by its date; the latest
/// sessions when not all fit.
fn bar_chart<'a>(report: &WorkshopReport, series: &[Series], width: u16, t: &Text) -> BarChart<'a> {
    let bars = series.len();
    let labels = report.column_labels(t.notation.day_month);
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let group_width =
        |(bar, gap, _): (u16, u16, u16)| bars * usize::from(bar) + (bars - 1) * usize::from(gap);
    // Width of `n` groups; the chart wants one column to spare after the last.
    let need = |n: usize, spacing: (u16, u16, u16)| {
        let (_, gap, group) = spacing;
        n * group_width(spacing) + n.saturating_sub(1) * usize::from(group + gap) + 1
    };
    let all = report.sessions.len();
    let width = usize::from(width);
    let spacing = SPACINGS.into_iter().find(|&s| need(all, s) <= width).unwrap_or((1, 0, 1));
    let shown = (1..=all).rev().find(|&n| need(n, spacing) <= width).unwrap_or(1);
    // A date too wide for its group of bars would be cut: the day alone then.
    let labels = if group_width(spacing) >= label_width { labels } else { report.column_labels("%d") };
    let (bar, gap, group) = spacing;
    let first = all - shown;
    let groups: Vec<BarGroup> = report.sessions[first..]
        .iter()
        .zip(&labels[first..])
        .map(|(session, label)| {
            let bars: Vec<Bar> = series
                .iter()
                .map(|s| {
                    Bar::default()
                        .value((s.count)(session) as u64)
                        .label(Line::from(s.short))
                        .style(Style::new().fg(s.color))
                        .value_style(Style::new().fg(Color::Black).bg(s.color))
                })
                .collect();
            BarGroup::default().label(Line::from(label.clone()).centered()).bars(&bars)
        })
        .collect();
    BarChart::grouped(groups).bar_width(bar).bar_gap(gap).group_gap(group).label_style(theme::dim())
}

/// Date, title, learning minutes, lesson hours, in the room / roster.
fn render_table(t: &Text, view: &ReportView, frame: &mut Frame, area: Rect) {
    let report = &view.report;
    let labels = report.column_labels(t.notation.day_month);
    let rows: Vec<[String; 5]> =
        report.sessions.iter().zip(&labels).map(|(s, label)| session_cells(t, s, label)).collect();
    let header = [
        String::new(),
        t.title.to_string(),
        t.report.learning.to_string(),
        t.lesson_hours.to_string(),
        format!("{}/{}", t.report.in_room, t.roster),
    ];
    let w = column_widths(&header, &rows, area.width as usize);
    // Words left, numbers right.
    let row = |cells: &[String; 5]| {
        Row::new(cells.iter().enumerate().map(|(i, c)| match i {
            0 | 1 => fit(c, w[i]),
            _ => format!("{:>w$}", fit(c, w[i]).trim_end(), w = w[i]),
        }))
    };
    let visible = usize::from(area.height.saturating_sub(1));
    let offset = usize::from(view.scroll[1]).min(rows.len().saturating_sub(visible));
    let body = rows
        .iter()
        .zip(&report.sessions)
        .skip(offset)
        .map(|(cells, s)| row(cells).style(if s.over { Style::new() } else { theme::dim() }));
    let table = Table::new(body, w.map(|w| Constraint::Length(w as u16)))
        .header(row(&header).style(theme::dim().add_modifier(Modifier::BOLD)))
        .column_spacing(1);
    frame.render_widget(table, area);
}

fn session_cells(t: &Text, s: &SessionColumn, label: &str) -> [String; 5] {
    // A session not yet held has nobody in the room yet, rather than zero people.
    let room = match (s.over, s.totals.in_room) {
        (false, 0) => format!("–/{}", s.totals.roster),
        (_, n) => format!("{n}/{}", s.totals.roster),
    };
    [
        label.to_string(),
        s.heading(),
        format!("{} {}", s.learning_minutes, t.minutes_short),
        t.notation.decimal(lesson_hours(s.learning_minutes), 1),
        room,
    ]
}

/// The widest cell of each column; the title takes what is left, and long
/// headers give way to it on a narrow pane.
fn column_widths(header: &[String; 5], rows: &[[String; 5]], width: usize) -> [usize; 5] {
    let widest = |i: usize, with_header: bool| {
        let head = if with_header { header[i].width() } else { 0 };
        rows.iter().map(|r| r[i].width()).chain([head]).max().unwrap_or(0)
    };
    let mut w = [widest(0, true), 0, widest(2, true), widest(3, true), widest(4, true)];
    if width < w.iter().sum::<usize>() + 4 + TITLE_MIN {
        w[2] = widest(2, false);
        w[4] = widest(4, false);
    }
    w[1] = width.saturating_sub(w.iter().sum::<usize>() + 4);
    w
}
