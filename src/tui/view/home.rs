//! The home screen: sessions grouped by workshop, newest first; while a
//! search is typed, the notes of every session that match it.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::Phase;
use crate::search::{Hit, tidy_ranges};
use crate::store::SessionSummary;
use crate::text::{Text, fit};
use crate::tui::app::{App, Home, HomeItem, HomeLine};
use crate::tui::message::HomeRow;
use crate::tui::theme;

pub fn render(app: &App, home: &Home, frame: &mut Frame, area: Rect) {
    let t = app.text();
    let (header, list) = crate::tui::layout::home_areas(area);
    let mut title = vec![
        Span::styled(" sigap ", theme::title()),
        Span::styled(format!("· {} ", t.home_title), Style::new().add_modifier(Modifier::BOLD)),
    ];
    if home.filter.is_active() || home.filter.typing {
        let cursor = if home.filter.typing { "▏" } else { "" };
        title.push(Span::styled(format!("  / {}{cursor}", home.filter.text), theme::title()));
        title.push(Span::styled(format!("  {} {}", home.hits.len(), t.notes_short), theme::dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(title)), header);
    let items = home.items();
    if items.is_empty() {
        let empty = match (home.loaded, home.data.rows.is_empty()) {
            (false, _) => match home.read_so_far {
                Some((done, total)) => (t.folder.reading)(done, total),
                None => t.home_loading.to_string(),
            },
            (true, true) => match &home.data.missing_folder {
                Some(folder) => (t.folder.home_missing)(folder),
                None => t.home_empty.to_string(),
            },
            (true, false) => t.home_no_match.to_string(),
        };
        frame.render_widget(Paragraph::new(format!("\n  {empty}")).style(theme::dim()), list);
    } else {
        let (lines, selected) = lines(t, home, &items, list.width.saturating_sub(2) as usize);
        let mut state = ListState::default().with_selected(Some(selected));
        let widget = List::new(lines)
            .block(Block::bordered().border_style(theme::border(true)))
            .highlight_style(theme::selected());
        frame.render_stateful_widget(widget, list, &mut state);
    }
    if let Some(form) = &home.form {
        super::overlay::form(app, home, form, frame);
    }
}

/// The list lines with a heading before each workshop (and before the note
/// hits), and the index of the selected line among them.
fn lines<'a>(t: &Text, home: &Home, items: &[HomeItem], width: usize) -> (Vec<ListItem<'a>>, usize) {
    let mut out = Vec::new();
    let mut selected = 0;
    for line in home.lines(t) {
        match line {
            HomeLine::Heading { text, unreadable } => {
                let style = if unreadable { Style::new().fg(theme::ALERT) } else { theme::title() };
                out.push(ListItem::new(Line::styled(text, style)));
            }
            HomeLine::Item(i) => {
                if i == home.cursor {
                    selected = out.len();
                }
                let line = match &items[i] {
                    HomeItem::Session(HomeRow { summary: Ok(s), .. }) => session_line(t, s, width),
                    HomeItem::Session(HomeRow { summary: Err(e), .. }) => Line::styled(
                        format!("  ✗ {}", fit(e, width.saturating_sub(4))),
                        Style::new().fg(theme::ALERT),
                    ),
                    HomeItem::Note(hit) => hit_line(t, hit, width),
                };
                out.push(ListItem::new(line));
            }
        }
    }
    (out, selected)
}

fn session_line<'a>(t: &Text, s: &SessionSummary, width: usize) -> Line<'a> {
    let attendance = format!("{:>3}/{:<3}", s.in_room, s.roster);
    // Date, time, attendance, phase and notes take fixed widths; the title the rest.
    let fixed = 21 + 2 + 7 + 2 + 12 + 5 + t.notes_short.chars().count();
    let room = width.saturating_sub(fixed).max(10);
    let phase_style = match s.phase {
        Phase::Running => Style::new().fg(theme::OK),
        Phase::Finished => theme::dim(),
        Phase::Planned => Style::new(),
    };
    Line::from(vec![
        Span::raw(format!("  {}  {}  ", t.day(s.planned_start.date_naive()), t.hhmm(&s.planned_start))),
        Span::styled(fit(&s.title, room), Style::new().add_modifier(Modifier::BOLD)),
        Span::raw(format!("  {attendance}  ")),
        Span::styled(fit(t.phase(s.phase), 12), phase_style),
        Span::styled(format!(" {:>3} {}", s.notes, t.notes_short), theme::dim()),
    ])
}

/// A matching note: its session and time, its kind, and the matching line
/// with the matched words highlighted.
fn hit_line<'a>(t: &Text, hit: &Hit, width: usize) -> Line<'a> {
    let kind = hit.kind.map_or(t.session, |k| t.note_kind(k));
    // Hits come from every workshop: each says whose it is.
    let head = format!(
        "  {} › {} · {} {} ",
        fit(&hit.workshop, 22).trim_end(),
        fit(&hit.session_title, 24).trim_end(),
        t.day(hit.at.date_naive()),
        t.hhmm(&hit.at)
    );
    let kind_text = format!("{} ", fit(kind, 10));
    let room = width.saturating_sub(head.chars().count() + kind_text.chars().count());
    let mut spans = vec![
        Span::styled(head, theme::dim()),
        Span::styled(kind_text, hit.kind.map_or(Style::new(), theme::note_style)),
    ];
    spans.extend(highlighted(&hit.line, &hit.ranges, room));
    Line::from(spans)
}

/// The line with its matched ranges in bold, cut to `room` columns; when the
/// first match lies beyond the room, the line is shown from a little before it.
fn highlighted<'a>(line: &str, ranges: &[Range<usize>], room: usize) -> Vec<Span<'a>> {
    // Whatever ranges arrive, the line is only cut between whole characters
    // and never twice at the same place.
    let ranges = tidy_ranges(line, ranges.iter().cloned());
    let first = ranges.first().map_or(0, |r| r.start);
    // Keep a third of the room for the words before the match.
    let before = room / 3;
    let from = if line[..first].width() + 10 > room {
        let mut used = 0;
        line[..first]
            .char_indices()
            .rev()
            .take_while(|(_, c)| {
                used += c.width().unwrap_or(0);
                used <= before
            })
            .last()
            .map_or(first, |(i, _)| i)
    } else {
        0
    };
    // A mark written apart from its letter (text in NFD) keeps its letter.
    let is_mark =
        |i: usize| line[i..].chars().next().is_some_and(unicode_normalization::char::is_combining_mark);
    let mut from = from;
    while from > 0 && is_mark(from) {
        from = line[..from].char_indices().next_back().map_or(0, |(i, _)| i);
    }
    let mut spans = Vec::new();
    let mut at = from;
    if from > 0 {
        spans.push(Span::raw("…"));
    }
    for r in &ranges {
        spans.push(Span::raw(line[at..r.start].to_string()));
        spans.push(Span::styled(
            line[r.clone()].to_string(),
            Style::new().fg(theme::WARN).add_modifier(Modifier::BOLD),
        ));
        at = r.end;
    }
    spans.push(Span::raw(line[at..].to_string()));
    let mut used = 0;
    spans
        .into_iter()
        .filter_map(|s| {
            let w = s.content.width();
            let keep = room.saturating_sub(used);
            used += w;
            match keep {
                0 => None,
                k if k >= w => Some(s),
                k => Some(Span::styled(fit(&s.content, k), s.style)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn shown(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_cut_never_starts_on_a_mark_apart_from_its_letter() {
        // "İ" written as I + combining dot, far enough into the line to be cut.
        let line = format!("{}I\u{307}stanbul dan Diyarbakır", "kata ".repeat(12));
        let at = line.find("Diyarbak").unwrap();
        for room in 20..40 {
            let matched: Vec<Range<usize>> = std::iter::once(at..at + 8).collect();
            let text = shown(&highlighted(&line, &matched, room));
            let after_ellipsis = text.trim_start_matches('…').chars().next().unwrap();
            assert!(!unicode_normalization::char::is_combining_mark(after_ellipsis), "{room}: {text:?}");
        }
    }

    fn bold(spans: &[Span]) -> Vec<String> {
        spans
            .iter()
            .filter(|s| s.style.add_modifier.contains(Modifier::BOLD))
            .map(|s| s.content.to_string())
            .collect()
    }

    #[test]
    fn the_home_says_how_far_a_first_reading_has_got_and_that_the_folder_is_not_there_yet() {
        use crate::text::Lang;
        use crate::tui::message::{HomeData, Message};
        let now = chrono::DateTime::parse_from_rfc3339("2017-05-08T07:30:00+07:00").unwrap();
        let draw = |app: &App| {
            let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(90, 18)).unwrap();
            terminal.draw(|frame| crate::tui::view::render(app, frame)).unwrap();
            terminal.backend().to_string()
        };
        let words = [
            (Lang::En, "Reading sessions… 1,200 of 5,000", "The folder sessions does not exist yet"),
            (Lang::Id, "Membaca sesi… 1.200 dari 5.000", "Folder sessions belum ada"),
        ];
        for (lang, reading, missing) in words {
            let mut app = App::new(lang, now, 1);
            assert!(draw(&app).contains(app.text().home_loading), "{}", draw(&app));
            app.update(Message::ListProgress { done: 1200, total: 5000 }, now);
            assert!(draw(&app).contains(reading), "{}", draw(&app));
            let data = HomeData { missing_folder: Some("sessions".into()), ..HomeData::default() };
            app.update(Message::ListLoaded(data), now);
            let screen = draw(&app);
            assert!(screen.contains(missing) && !screen.contains(reading), "{screen}");
            // A late word about the reading changes nothing once the list is in.
            app.update(Message::ListProgress { done: 1300, total: 5000 }, now);
            assert!(!draw(&app).contains("1,300") && !draw(&app).contains("1.300"));
        }
    }

    #[test]
    fn nested_and_overlapping_ranges_are_shown_once() {
        let line = "Alokasi dana desa";
        // As search used to hand them out for `dana d`: the second inside the first.
        let spans = highlighted(line, &[8..9, 8..12], 40);
        assert_eq!(shown(&spans), line);
        assert_eq!(bold(&spans), vec!["dana"]);
        let spans = highlighted("Kecamatan Panekan", &[0..9, 2..7, 6..9], 40);
        assert_eq!(bold(&spans), vec!["Kecamatan"]);
    }

    #[test]
    // Backward ranges are among what must be made safe.
    #[allow(clippy::reversed_empty_ranges)]
    fn ranges_out_of_the_line_or_inside_a_character_are_made_safe() {
        let line = "Wédari 会议";
        let spans = highlighted(line, &[2..3, 9..10, 40..50, 7..2], 40);
        assert_eq!(shown(&spans), line);
        assert_eq!(bold(&spans), vec!["é", "会"]);
    }

    #[test]
    fn wide_characters_are_cut_by_their_width() {
        let line = "会议记录会议记录会议记录";
        let spans = highlighted(line, std::slice::from_ref(&(3..6)), 9);
        assert!(shown(&spans).width() <= 9, "{}", shown(&spans));
    }

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let chars = prop::sample::select(vec!['a', 'd', ' ', '\'', 'é', '会', '\u{0301}', '😀', 'K']);
        prop::collection::vec(chars, 0..60).prop_map(|v| v.into_iter().collect())
    }

    proptest::proptest! {
        #[test]
        fn any_ranges_and_room_never_panic(
            line in text(),
            ranges in proptest::collection::vec((0usize..200, 0usize..200), 0..6),
            room in 0usize..120,
        ) {
            let ranges: Vec<Range<usize>> = ranges.into_iter().map(|(a, b)| a..b).collect();
            let spans = highlighted(&line, &ranges, room);
            proptest::prop_assert!(shown(&spans).width() <= room.max(1));
        }

        #[test]
        fn search_hits_highlight_in_any_room(line in text(), query in text(), room in 0usize..120) {
            let words: Vec<String> =
                crate::fold::fold(&query).split_whitespace().map(str::to_string).collect();
            let start = chrono::DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
            let mut corpus = crate::search::Corpus::default();
            corpus.add_session(std::path::Path::new("s.ron"), "w", &line, start, []);
            for hit in corpus.search(&words.join(" "), &Default::default(), 5) {
                highlighted(&hit.line, &hit.ranges, room);
            }
        }
    }
}
