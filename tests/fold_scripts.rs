//! Search folds every script the same way: accents, dots below, Vietnamese
//! stacked marks and the apostrophes of Arabic transliteration never keep a
//! name from being found, and a query typed decomposed (NFD) finds text
//! stored composed (NFC), and back.

#[path = "support/command.rs"]
mod command;

use std::path::PathBuf;

use chrono::DateTime;
use proptest::prelude::*;
use ratatui_textarea::{Input, Key};
use sigap::domain::{Note, NoteId, NoteKind, Session, Timestamp};
use sigap::fold::fold;
use sigap::search::{Corpus, Query, SearchFilter};
use sigap::store::Store;
use sigap::text::Lang;
use sigap::tui::app::{App, HomeItem};
use sigap::tui::command::{Command, Gesture};
use sigap::tui::message::{HomeData, HomeRow, Message};
use unicode_normalization::UnicodeNormalization;

fn at(hm: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).expect("a time")
}

/// The notes of the session the searches look at, one name each, as
/// they are written (composed); `stored_nfd` stores them decomposed.
const NOTES: &[&str] = &[
    "PJ: Muḥammad Ṣāliḥ menyusun laporan",
    "Narasumber: ʿAbd al-Raḥmān ibn ʿAwf",
    "Peserta dari Hà Nội: Nguyễn Thị Ánh",
    "Tamu: Zeynep Çağlar (İzmir), Wojciech Łukasiewicz (Łódź)",
    "Usul Bu Dra. Ni Luh Wédari dan Imam Syafi'i",
];

/// Each query and the words it highlights, whichever form either is in
/// (`ʿ` folds to nothing, so the highlight starts after it).
const FINDS: &[(&str, &str)] = &[
    ("muhammad", "Muḥammad"),
    ("salih", "Ṣāliḥ"),
    ("abd al-rahman", "Abd al-Raḥmān"),
    ("awf", "Awf"),
    ("nguyen", "Nguyễn"),
    ("Nguyễn thi anh", "Nguyễn Thị Ánh"),
    ("ha noi", "Hà Nội"),
    ("caglar izmir", "Çağlar İzmir"),
    ("lukasiewicz lodz", "Łukasiewicz Łódź"),
    ("wedari", "Wédari"),
    ("syafii", "Syafi'i"),
    (TITLE_QUERY, "Đà Nẵng"),
];

/// The query that finds the session's title.
const TITLE_QUERY: &str = "da nang";

fn session(nfd: bool) -> Session {
    let title = "Hari 1: Lokakarya Đà Nẵng";
    let title: String = if nfd { title.nfd().collect() } else { title.to_string() };
    let mut s = Session::new("s1", "Bimtek Naskah", &title, at("08:00"));
    s.notes = NOTES
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let text: String = if nfd { text.nfd().collect() } else { text.to_string() };
            let when = at(&format!("09:{:02}", i * 5));
            Note::new(NoteId::new(when, i as u64), when, NoteKind::Note, text)
        })
        .collect();
    s
}

/// Queries in both forms.
fn both_forms(query: &str) -> [String; 2] {
    [query.nfc().collect(), query.nfd().collect()]
}

#[test]
fn the_library_finds_every_name_in_either_form() {
    for stored_nfd in [false, true] {
        let s = session(stored_nfd);
        let corpus = Corpus::of_sessions(&[("s.ron".into(), s)]);
        for (query, name) in FINDS {
            for q in both_forms(query) {
                let hits = corpus.search(&q, &SearchFilter::default(), 10);
                assert_eq!(hits.len(), 1, "{q:?} (stored NFD: {stored_nfd})");
                let hit = &hits[0];
                let shown: Vec<&str> = hit.ranges.iter().map(|r| &hit.line[r.clone()]).collect();
                let shown: String = shown.join(" ").nfc().collect();
                assert_eq!(shown, name.nfc().collect::<String>(), "{q:?} (stored NFD: {stored_nfd})");
            }
        }
    }
}

#[test]
fn the_streamed_search_finds_every_name_in_either_form() -> Result<(), Box<dyn std::error::Error>> {
    for stored_nfd in [false, true] {
        let dir = tempfile::tempdir()?;
        let store = Store::new(dir.path());
        store.create(&session(stored_nfd))?;
        for (query, _) in FINDS {
            for q in both_forms(query) {
                let query = Query::new(&q, SearchFilter::default());
                let mut hits = Vec::new();
                store.scan_notes(|s| query.may_match(s), |s, notes| hits.extend(query.hits(s, notes)))?;
                assert_eq!(hits.len(), 1, "{q:?} (stored NFD: {stored_nfd})");
            }
        }
    }
    Ok(())
}

#[test]
fn sigap_search_finds_every_name_in_either_form() -> Result<(), Box<dyn std::error::Error>> {
    for stored_nfd in [false, true] {
        let dir = tempfile::tempdir()?;
        Store::new(dir.path()).create(&session(stored_nfd))?;
        for (query, name) in FINDS {
            for q in both_forms(query) {
                let out = command::sigap(dir.path()).arg("search").arg(&q).output()?;
                assert!(out.status.success(), "{q:?}: {:?}", out);
                let printed: String = String::from_utf8(out.stdout)?.nfc().collect();
                for word in name.nfc().collect::<String>().split(' ') {
                    assert!(printed.contains(word), "{q:?} printed {printed}");
                }
            }
        }
        let out = command::sigap(dir.path()).args(["search", "zanzibar"]).output()?;
        assert!(!out.status.success(), "nothing found is no success");
    }
    Ok(())
}

#[test]
fn search_as_you_type_finds_every_name_in_either_form() {
    for stored_nfd in [false, true] {
        let sessions = [(PathBuf::from("sessions/w/s.ron"), session(stored_nfd))];
        let corpus = Corpus::of_sessions(&sessions);
        // A title is found by the list's own rows, not among the note hits.
        for (query, _) in FINDS.iter().filter(|(q, _)| *q != TITLE_QUERY) {
            for q in both_forms(query) {
                let rows =
                    sessions.iter().map(|(p, _)| HomeRow { path: p.clone(), summary: Err("-".into()) });
                let rows = rows.collect();
                let mut app = App::new(Lang::En, at("07:52"), 1);
                let data = HomeData { rows, corpus: corpus.clone(), ..HomeData::default() };
                app.update(Message::ListLoaded(data), at("07:52"));
                app.update(Command::StartFilter, at("07:52"));
                for c in q.chars() {
                    app.update(Gesture::Input(Input { key: Key::Char(c), ..Input::default() }), at("07:52"));
                }
                let hits = app.home().items().iter().filter(|i| matches!(i, HomeItem::Note(_))).count();
                assert_eq!(hits, 1, "{q:?} (stored NFD: {stored_nfd})");
            }
        }
    }
}

#[test]
fn names_of_each_script_fold_to_what_people_type() {
    assert_eq!(fold("Muḥammad Ṣāliḥ"), "muhammad salih");
    assert_eq!(fold("ʿAbd al-Raḥmān"), "abd al-rahman");
    assert_eq!(fold("Nguyễn Thị Ánh"), "nguyen thi anh");
    assert_eq!(fold("Đặng Đức"), "dang duc");
    assert_eq!(fold("Çağlar İzmir ılık"), "caglar izmir ilik");
    assert_eq!(fold("Łukasiewicz Łódź Øresund"), "lukasiewicz lodz oresund");
    assert_eq!(fold("Straße Œuvre Æsir"), "strasse oeuvre aesir");
    assert_eq!(fold("Ħamrun"), "hamrun");
    assert_eq!(fold("Imam Syafi'i Ma\u{2019}ruf"), "imam syafii maruf");
}

proptest! {
    #[test]
    fn composed_and_decomposed_text_fold_alike(s in any::<String>()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&nfd), fold(&nfc));
    }

    #[test]
    fn folding_twice_is_folding_once(s in any::<String>()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once.clone());
    }
}
