//! The minutes read right in any Markdown viewer: they are parsed as
//! CommonMark (with tables) and their structure is checked, in both
//! languages, rather than their characters.

use chrono::DateTime;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use sigap::domain::{
    AgendaItem, ItemId, ItemKind, Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session, Status,
};
use sigap::text::Lang;

fn session() -> Session {
    let at = |hm: &str| DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap();
    let mut s = Session::new("s", "Bimtek", "# Rapat <b>koordinasi</b>", at("08:00"));
    s.agenda.push(AgendaItem::new(ItemId::numbered(1), "Materi_inti *x* | y", ItemKind::Input, 60));
    s.roster.push(Participant::new(ParticipantId::numbered(1), "Dra. Siti *Aminah*, M.Si."));
    s.roster.push(Participant::new(ParticipantId::numbered(2), "1. Budi [Ketua]"));
    s.set_mark(
        ParticipantId::numbered(1),
        Mark { status: Status::Late, arrived: Some(at("08:20")), ..Mark::default() },
    );
    s.set_mark(ParticipantId::numbered(2), Mark { status: Status::Absent, ..Mark::default() });
    let notes = [
        ("08:10", NoteKind::Note, "Langkah:\n1. siapkan data\n2. kirim ke Bappeda"),
        ("08:20", NoteKind::Note, "baris satu\nbaris dua"),
        ("08:30", NoteKind::Note, "<script>alert(1)</script> dan <b>tebal</b>"),
        ("08:40", NoteKind::Decision, "1. anggaran\n2. jadwal"),
        ("08:50", NoteKind::Note, "- satu\n- dua"),
    ];
    for (n, (hm, kind, text)) in notes.into_iter().enumerate() {
        let mut note = Note::new(NoteId(format!("n{n}")), at(hm), kind, text);
        note.item = Some(ItemId::numbered(1));
        s.notes.push(note);
    }
    s
}

fn events(md: &str) -> Vec<Event<'_>> {
    Parser::new_ext(md, Options::ENABLE_TABLES).collect()
}

/// The text of each block opened by `start` (up to its end), with `\n`
/// for a line break.
fn blocks(events: &[Event], start: impl Fn(&Tag) -> bool, end: impl Fn(&TagEnd) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut open: Vec<String> = Vec::new();
    for e in events {
        match e {
            Event::Start(tag) if start(tag) => open.push(String::new()),
            Event::End(tag) if end(tag) => found.extend(open.pop()),
            Event::Text(t) | Event::Code(t) => open.iter_mut().for_each(|s| s.push_str(t)),
            Event::HardBreak => open.iter_mut().for_each(|s| s.push('\n')),
            Event::SoftBreak => open.iter_mut().for_each(|s| s.push(' ')),
            _ => {}
        }
    }
    found
}

fn items_of_ordered_lists(events: &[Event]) -> Vec<Vec<String>> {
    let mut lists = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    let mut depth_items: Vec<String> = Vec::new();
    for e in events {
        match e {
            Event::Start(Tag::List(Some(_))) => current.push(Vec::new()),
            Event::End(TagEnd::List(true)) => lists.extend(current.pop()),
            Event::Start(Tag::Item) => depth_items.push(String::new()),
            Event::End(TagEnd::Item) => {
                let text = depth_items.pop().unwrap_or_default();
                if let Some(list) = current.last_mut() {
                    list.push(text);
                }
            }
            Event::Text(t) => {
                if let Some(item) = depth_items.last_mut() {
                    item.push_str(t);
                }
            }
            _ => {}
        }
    }
    lists
}

#[test]
fn the_minutes_parse_as_the_author_wrote_them_in_both_languages() {
    let s = session();
    for lang in [Lang::Id, Lang::En] {
        let md = sigap::export::minutes::markdown(&s, lang.text());
        let events = events(&md);

        // A numbered list typed in a note, and in a decision, is a list of two.
        let ordered = items_of_ordered_lists(&events);
        assert!(ordered.contains(&vec!["siapkan data".into(), "kirim ke Bappeda".into()]), "{md}");
        assert!(ordered.contains(&vec!["anggaran".into(), "jadwal".into()]), "{md}");
        // A bulleted one too.
        let items = blocks(&events, |t| matches!(t, Tag::Item), |t| matches!(t, TagEnd::Item));
        assert!(items.contains(&"satu".to_string()) && items.contains(&"dua".to_string()), "{md}");

        // Two typed lines stay two lines.
        assert!(items.iter().any(|i| i.ends_with("baris satu\nbaris dua")), "{items:?}\n{md}");

        // Names and titles are shown as typed, never as formatting.
        assert!(items.iter().any(|i| i.starts_with("Dra. Siti *Aminah*, M.Si. (")), "{items:?}");
        assert!(items.iter().any(|i| i.starts_with("1. Budi [Ketua] (")), "{items:?}");
        let headings = blocks(
            &events,
            |t| matches!(t, Tag::Heading { level: HeadingLevel::H1, .. }),
            |t| matches!(t, TagEnd::Heading(HeadingLevel::H1)),
        );
        assert_eq!(headings.len(), 1, "{md}");
        assert!(headings[0].ends_with(": # Rapat <b>koordinasi</b>"), "{headings:?}");
        let cells = blocks(&events, |t| matches!(t, Tag::TableCell), |t| matches!(t, TagEnd::TableCell));
        assert!(cells.contains(&"Materi_inti *x* | y".to_string()), "{cells:?}");

        // HTML typed anywhere is text, not markup.
        let text = blocks(&events, |t| matches!(t, Tag::Paragraph), |t| matches!(t, TagEnd::Paragraph));
        assert!(text.iter().chain(&items).any(|t| t.contains("<script>alert(1)</script> dan <b>tebal</b>")));
        for e in &events {
            if let Event::Html(h) | Event::InlineHtml(h) = e {
                assert!(!h.contains("script") && !h.contains("<b>"), "raw HTML {h:?} in\n{md}");
            }
        }
    }
}

#[test]
fn the_action_items_heading_says_what_it_is() {
    let at = DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap();
    let mut s = Session::new("s", "Bimtek", "Hari 1", at);
    s.notes.push(Note::new(NoteId("n1".into()), at, NoteKind::Action, "Kirim data"));
    for (lang, heading) in [(Lang::Id, "Tindak lanjut"), (Lang::En, "Action items")] {
        let md = sigap::export::minutes::markdown(&s, lang.text());
        let events = events(&md);
        let h2 = blocks(
            &events,
            |t| matches!(t, Tag::Heading { level: HeadingLevel::H2, .. }),
            |t| matches!(t, TagEnd::Heading(HeadingLevel::H2)),
        );
        assert!(h2.contains(&heading.to_string()), "{h2:?}");
        assert!(!md.contains("Rencana Tindak Lanjut"), "{md}");
    }
}
