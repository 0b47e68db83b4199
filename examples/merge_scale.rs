//! How long merging two copies of a large session takes: a release-mode
//! harness for `sigap::domain::merge`.
//!
//! Usage: `cargo run --release --example merge_scale [NOTES]` (default 1000).
//! The ancestor has NOTES notes, 200 participants and a run log of 400
//! entries; each copy then adds NOTES/4 notes, edits NOTES/10 of the old
//! ones, deletes NOTES/20, gives 100 marks and logs 100 more steps.

use std::time::{Duration, Instant};

use chrono::DateTime;
use sigap::domain::merge::{merge, merge3};
use sigap::domain::{
    AgendaItem, ItemId, ItemKind, Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session, Status,
    Timestamp,
};

fn at(minute: i64) -> Timestamp {
    DateTime::parse_from_rfc3339("2017-05-08T08:00:00+07:00").unwrap() + chrono::Duration::seconds(minute * 7)
}

fn ancestor(notes: usize) -> Session {
    let mut s = Session::new("scale", "Bimtek", "Hari 1", at(0));
    for n in 0..20 {
        s.agenda.push(AgendaItem::new(ItemId::numbered(n + 1), format!("Item {n}"), ItemKind::Input, 30));
    }
    s.roster =
        (1..=200).map(|n| Participant::new(ParticipantId::numbered(n), format!("Peserta {n}"))).collect();
    for n in 0..notes {
        let when = at(n as i64);
        s.notes.push(Note::new(
            NoteId::new(when, n as u64),
            when,
            NoteKind::Note,
            format!("Catatan nomor {n}"),
        ));
    }
    for n in 0..200 {
        s.toggle_current(at(n * 3));
        s.toggle_current(at(n * 3 + 1));
    }
    s
}

fn copy(base: &Session, side: u64, notes: usize, who: &str) -> Session {
    let mut s = base.clone();
    let start = notes as i64 + side as i64;
    for n in 0..notes / 4 {
        let when = at(start + 2 * n as i64);
        let id = NoteId::new(when, side * 1_000_000 + n as u64);
        s.notes.push(Note::new(id, when, NoteKind::Action, format!("Tindak lanjut {side}-{n}")));
    }
    for n in 0..notes / 10 {
        let i = (n * 7 + side as usize * 3) % notes;
        s.notes[i].text.push_str(" (diperbaiki)");
        s.notes[i].edited = Some(at(start + n as i64));
    }
    for n in 0..notes / 20 {
        let id = s.notes[(n * 13 + side as usize) % (notes / 2)].id.clone();
        s.delete_note(&id, at(start + n as i64));
    }
    for n in 0..100 {
        let status = if (n + side as usize).is_multiple_of(3) { Status::Late } else { Status::Present };
        s.record_mark(
            ParticipantId::numbered(n + 1 + side as usize * 50),
            Mark::with_status(status),
            at(start + n as i64),
            who,
        );
    }
    for n in 0..50 {
        s.toggle_current(at(start + 1000 + 2 * n));
        s.toggle_current(at(start + 1001 + 2 * n));
    }
    s
}

/// The best of `runs` timings of `f`.
fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let notes: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let base = ancestor(notes);
    let (a, b) = (copy(&base, 1, notes, "Ratna"), copy(&base, 2, notes, "Agus"));
    let two = best(5, || {
        std::hint::black_box(merge(&a, &b).unwrap());
    });
    let three = best(5, || {
        std::hint::black_box(merge3(&base, &a, &b).unwrap());
    });
    let merged = merge3(&base, &a, &b).unwrap();
    println!(
        "{notes} notes in the ancestor, {} / {} in the copies, {} merged, {} log entries",
        a.notes.len(),
        b.notes.len(),
        merged.session.notes.len(),
        merged.session.log.len()
    );
    println!("merge  (two-way):   {:>8.1} ms", two.as_secs_f64() * 1000.0);
    println!("merge3 (three-way): {:>8.1} ms", three.as_secs_f64() * 1000.0);
}
