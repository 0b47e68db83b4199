//! The file format: exact round trips, deterministic bytes, a golden file.

#[path = "support/builders.rs"]
mod builders;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, TimeZone};
use proptest::prelude::*;
use sigap::domain::{
    AgendaItem, Gender, ItemId, ItemKind, ItemState, Mark, Note, NoteId, NoteKind, Participant,
    ParticipantId, Session, Status, Timestamp,
};
use sigap::store::format::{decode, encode};
use std::path::Path;

const GOLDEN: &str = "tests/fixtures/golden-session.ron";

#[test]
fn the_format_matches_the_golden_file() {
    let encoded = encode(&builders::full_session()).unwrap();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &encoded).unwrap();
    }
    let golden = std::fs::read_to_string(GOLDEN).expect("golden file (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        encoded, golden,
        "the file format changed; if on purpose, bump FORMAT_VERSION and rerun with UPDATE_GOLDEN=1"
    );
    let back: Session = decode(Path::new(GOLDEN), &golden).unwrap();
    assert_eq!(back, builders::full_session());
}

/// Text meant to break an encoder: quotes, backslashes, raw-string
/// terminators, newlines, control characters, joined emoji, right-to-left.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\"#".to_string()),
        Just("r#\"".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("👩‍👩‍👧‍👦".to_string()),
        Just("🏳️‍🌈".to_string()),
        Just("\u{202e}שלום עולם\u{202c}".to_string()),
        Just("مرحبا".to_string()),
        Just("Syafi'i".to_string()),
        Just("/* not a comment */ // nor this".to_string()),
        Just("),]})".to_string()),
        any::<char>().prop_map(String::from),
        "[a-zA-Z0-9 ]{0,8}",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
}

/// Moments in whole seconds with offsets from -12:00 to +14:00 in quarter hours.
fn moment() -> impl Strategy<Value = Timestamp> {
    (0i64..4_000_000_000, -48i32..=56).prop_map(|(secs, quarters)| {
        let offset = FixedOffset::east_opt(quarters * 15 * 60).unwrap();
        offset.timestamp_opt(secs, 0).unwrap()
    })
}

fn item_state() -> impl Strategy<Value = ItemState> {
    prop::sample::select(vec![
        ItemState::Pending,
        ItemState::Running,
        ItemState::Paused,
        ItemState::Done,
        ItemState::Skipped,
    ])
}

fn agenda_item() -> impl Strategy<Value = AgendaItem> {
    (
        hostile_text(),
        prop::sample::select(ItemKind::ALL.to_vec()),
        1i64..600,
        item_state(),
        prop::option::of(moment()),
        prop::option::of(moment()),
        0i64..10_000,
    )
        .prop_map(|(title, kind, minutes, state, started_at, ended_at, paused_seconds)| {
            let mut item = AgendaItem::new(ItemId(format!("a{minutes}")), title, kind, minutes);
            item.state = state;
            item.started_at = started_at;
            item.ended_at = ended_at;
            item.paused_seconds = paused_seconds;
            item.facilitator = (minutes % 2 == 0).then(|| "Fasilitator \"utama\"".to_string());
            item
        })
}

fn participant() -> impl Strategy<Value = Participant> {
    (
        1usize..999,
        hostile_text(),
        prop::sample::select(vec![Gender::Female, Gender::Male, Gender::NotRecorded]),
        prop::option::of("0[0-9]{9,17}"),
        prop::option::of(hostile_text()),
    )
        .prop_map(|(n, name, gender, nip, disability)| {
            let mut p = Participant::new(ParticipantId::numbered(n), name.clone());
            p.gender = gender;
            p.nip = nip.clone();
            p.phone = nip;
            p.disability = disability;
            p.organisation = name;
            p
        })
}

fn note() -> impl Strategy<Value = Note> {
    (
        moment(),
        prop::sample::select(NoteKind::ALL.to_vec()),
        hostile_text(),
        any::<u64>(),
        prop::option::of(hostile_text()),
        any::<bool>(),
        prop::option::of(moment()),
    )
        .prop_map(|(at, kind, text, random, owner, done, edited)| {
            let mut n = Note::new(NoteId::new(at, random), at, kind, text);
            n.edited = edited;
            n.owner = owner;
            n.done = done;
            n.due = Some(at.date_naive());
            n.mentions = vec![ParticipantId::numbered(1)];
            n
        })
}

fn mark() -> impl Strategy<Value = Mark> {
    (
        prop::sample::select(Status::ALL.to_vec()),
        prop::option::of(moment()),
        prop::option::of(moment()),
        prop::option::of(hostile_text()),
        prop::option::of(moment()),
        prop::option::of(hostile_text()),
    )
        .prop_map(|(status, arrived, left, reason, marked_at, marked_by)| Mark {
            status,
            arrived,
            left,
            reason,
            marked_at,
            marked_by,
        })
}

fn session() -> impl Strategy<Value = Session> {
    (
        hostile_text(),
        hostile_text(),
        moment(),
        prop::collection::vec(agenda_item(), 0..5),
        prop::collection::vec(participant(), 0..5),
        prop::collection::vec(note(), 0..5),
        prop::collection::vec(mark(), 0..5),
        prop::collection::vec(hostile_text(), 0..3),
        (prop::option::of(hostile_text()), hostile_text(), hostile_text()),
    )
        .prop_map(
            |(
                title,
                workshop,
                start,
                agenda,
                roster,
                notes,
                marks,
                facilitators,
                (class, chair, note_taker),
            )| {
                let mut s = Session::new("id", workshop, title, start);
                s.class = class;
                s.chair = chair;
                s.note_taker = note_taker;
                s.venue = "Surabaya".into();
                s.facilitators = facilitators;
                s.attendance = marks
                    .into_iter()
                    .enumerate()
                    .map(|(i, m)| (ParticipantId::numbered(i + 1), m))
                    .collect::<BTreeMap<_, _>>();
                s.agenda = agenda;
                s.roster = roster;
                s.notes = notes;
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn save_load_save_gives_the_same_value_and_bytes(s in session()) {
        let first = encode(&s).unwrap();
        let back: Session = decode(Path::new("prop.ron"), &first).unwrap();
        prop_assert_eq!(&back, &s);
        let second = encode(&back).unwrap();
        prop_assert_eq!(first, second);
    }
}

#[test]
fn offsets_survive_a_round_trip() {
    let mut s = builders::full_session();
    s.planned_start = DateTime::parse_from_rfc3339("2017-05-08T08:00:00+09:00").unwrap();
    s.notes[0].at = DateTime::parse_from_rfc3339("2017-05-08T01:00:00-03:30").unwrap();
    let text = encode(&s).unwrap();
    assert!(text.contains("\"2017-05-08T08:00:00+09:00\""), "{text}");
    assert!(text.contains("\"2017-05-08T01:00:00-03:30\""));
    let back: Session = decode(Path::new("x.ron"), &text).unwrap();
    assert_eq!(back.notes[0].at.offset(), s.notes[0].at.offset());
}

#[test]
fn a_file_from_before_merging_still_loads() {
    let path = Path::new("tests/fixtures/session-v1.ron");
    let old: Session = decode(path, &std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(old.version, 1);
    let mut expected = builders::full_session();
    expected.version = 1;
    expected.chair.clear();
    expected.note_taker.clear();
    expected.deleted_notes.clear();
    for mark in expected.attendance.values_mut() {
        *mark = mark.unstamped();
    }
    for note in &mut expected.notes {
        note.edited = None;
    }
    assert_eq!(old, expected);
}

#[test]
fn a_file_from_before_the_chair_and_note_taker_still_loads() {
    let path = Path::new("tests/fixtures/session-v2.ron");
    let old: Session = decode(path, &std::fs::read_to_string(path).unwrap()).unwrap();
    let mut expected = builders::full_session();
    expected.version = 2;
    expected.chair.clear();
    expected.note_taker.clear();
    assert_eq!(old, expected);
}
