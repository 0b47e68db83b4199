//! Merging copies of one session: the properties that make it safe to let
//! two facilitators work apart, and the cases a git merge meets.

#[path = "support/builders.rs"]
mod builders;

use builders::{at, fresh_session};
use chrono::Duration;
use proptest::prelude::*;
use sigap::domain::merge::{MergeError, Merged, Resolution, merge, merge3};
use sigap::domain::{Mark, Note, NoteId, NoteKind, Participant, ParticipantId, Session, Status, Timestamp};
use sigap::store::format::encode;

/// One thing a facilitator does to their copy.
#[derive(Clone, Debug)]
enum Op {
    AddNote {
        text: String,
        random: u8,
    },
    EditNote {
        pick: usize,
        text: String,
    },
    /// Begin writing a note; the next note added ends it.
    Draft {
        text: String,
    },
    DeleteNote {
        pick: usize,
    },
    ToggleDone {
        pick: usize,
    },
    Mark {
        person: usize,
        status: Status,
    },
    WalkIn {
        name: String,
    },
    Toggle,
    Advance,
}

fn op() -> impl Strategy<Value = Op> {
    let words = prop::sample::select(vec!["Dana Desa", "rapat", "Musrenbang", "tindak lanjut", "kopi"]);
    prop_oneof![
        3 => (words.clone(), 0u8..4).prop_map(|(t, random)| Op::AddNote { text: t.to_string(), random }),
        3 => (0usize..8, words.clone()).prop_map(|(pick, t)| Op::EditNote { pick, text: format!("{t} (ubah)") }),
        1 => words.clone().prop_map(|t| Op::Draft { text: t.to_string() }),
        1 => (0usize..8).prop_map(|pick| Op::DeleteNote { pick }),
        1 => (0usize..8).prop_map(|pick| Op::ToggleDone { pick }),
        3 => (0usize..7, prop::sample::select(Status::ALL.to_vec()))
            .prop_map(|(person, status)| Op::Mark { person, status }),
        1 => prop::sample::select(vec!["Rina", "Joko", "Made"]).prop_map(|n| Op::WalkIn { name: n.to_string() }),
        1 => Just(Op::Toggle),
        1 => Just(Op::Advance),
    ]
}

/// Apply `ops` one minute apart from `from`, as `who`.
fn apply(s: &mut Session, ops: &[Op], from: Timestamp, who: &str) {
    for (i, op) in ops.iter().enumerate() {
        let now = from + Duration::minutes(i as i64);
        let pick =
            |s: &Session, n: usize| (!s.notes.is_empty()).then(|| s.notes[n % s.notes.len()].id.clone());
        match op {
            Op::AddNote { text, random } => {
                let id = NoteId::new(now, u64::from(*random));
                if !s.notes.iter().any(|n| n.id == id) && !s.deleted_notes.contains_key(&id) {
                    s.notes.push(Note::new(id, now, NoteKind::Action, text.clone()));
                }
                s.draft = None;
            }
            Op::EditNote { pick: n, text } => {
                if let Some(id) = pick(s, *n) {
                    let note = s.notes.iter_mut().find(|x| x.id == id).unwrap();
                    note.text = text.clone();
                    note.edited = Some(now);
                }
            }
            Op::Draft { text } => {
                s.draft = Some(sigap::domain::NoteDraft {
                    at: now,
                    kind: NoteKind::Note,
                    text: text.clone(),
                    item: None,
                    editing: None,
                    mentions: Vec::new(),
                    owner: String::new(),
                    due: String::new(),
                })
            }
            Op::DeleteNote { pick: n } => {
                if let Some(id) = pick(s, *n) {
                    s.delete_note(&id, now);
                }
            }
            Op::ToggleDone { pick: n } => {
                if let Some(id) = pick(s, *n) {
                    let note = s.notes.iter_mut().find(|x| x.id == id).unwrap();
                    note.done = !note.done;
                    note.edited = Some(now);
                }
            }
            Op::Mark { person, status } => {
                if let Some(p) = s.roster.get(*person).map(|p| p.id.clone()) {
                    s.record_mark(p, Mark::with_status(*status), now, who);
                }
            }
            Op::WalkIn { name } => {
                let id = sigap::domain::roster::next_participant_id(&s.roster);
                s.record_mark(id.clone(), Mark::with_status(Status::Present), now, who);
                s.roster.push(Participant::new(id, name.clone()));
            }
            Op::Toggle => s.toggle_current(now),
            Op::Advance => s.advance(now),
        }
    }
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(op(), 0..12)
}

/// A session with some history, and two copies that went on from it.
fn three_copies() -> impl Strategy<Value = (Session, Session, Session)> {
    (ops(), ops(), ops(), 0i64..2).prop_map(|(shared, mine, yours, skew)| {
        let mut base = fresh_session();
        apply(&mut base, &shared, at("08:00"), "Ratna");
        let (mut a, mut b) = (base.clone(), base.clone());
        // The two laptops' clocks agree to the minute, or nearly.
        apply(&mut a, &mine, at("09:00"), "Ratna");
        apply(&mut b, &yours, at("09:00") + Duration::minutes(skew), "Agus");
        (base, a, b)
    })
}

fn bytes(m: &Merged) -> String {
    encode(&m.session).unwrap()
}

/// Every note either copy has is in the result (as some version of it) or
/// was deleted in one of them; every mark either copy has is in the result
/// for the same person, or one given later is.
fn nothing_dropped(m: &Merged, copies: &[&Session]) -> Result<(), TestCaseError> {
    let renamed = |id: &ParticipantId| {
        m.resolutions.iter().find_map(|r| match r {
            Resolution::ParticipantRenamed { from, to, .. } if from == id => Some(to.clone()),
            _ => None,
        })
    };
    for copy in copies {
        for note in &copy.notes {
            let kept = m.session.notes.iter().any(|n| n.id == note.id);
            let deleted = m.session.deleted_notes.contains_key(&note.id);
            prop_assert!(kept || deleted, "note {} lost", note.id);
        }
        for (id, mark) in &copy.attendance {
            let here = m.session.attendance.get(id);
            let moved = renamed(id).and_then(|to| m.session.attendance.get(&to).cloned());
            let ok = |found: Option<&Mark>| found.is_some_and(|f| f == mark || f.marked_at >= mark.marked_at);
            prop_assert!(ok(here) || ok(moved.as_ref()), "mark of {id} lost: {mark:?}");
        }
        for p in &copy.roster {
            let kept = m.session.roster.iter().any(|q| q.id == p.id && q.name == p.name);
            let moved = renamed(&p.id).is_some_and(|to| m.session.roster.iter().any(|q| q.id == to));
            prop_assert!(kept || moved, "{} lost from the roster", p.name);
        }
        for e in &copy.log {
            prop_assert!(m.session.log.contains(e), "log entry lost: {e:?}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_is_commutative_to_the_byte((_, a, b) in three_copies()) {
        prop_assert_eq!(bytes(&merge(&a, &b).unwrap()), bytes(&merge(&b, &a).unwrap()));
    }

    #[test]
    fn three_way_merging_is_commutative_to_the_byte((base, a, b) in three_copies()) {
        let ab = merge3(&base, &a, &b).unwrap();
        let ba = merge3(&base, &b, &a).unwrap();
        prop_assert_eq!(bytes(&ab), bytes(&ba));
        prop_assert_eq!(ab.resolutions, ba.resolutions);
    }

    #[test]
    fn merging_a_copy_with_itself_changes_nothing((_, a, _) in three_copies()) {
        let m = merge(&a, &a).unwrap();
        prop_assert_eq!(&m.session, &a);
        prop_assert!(m.resolutions.is_empty());
    }

    #[test]
    fn merging_again_changes_nothing((base, a, b) in three_copies()) {
        let once = merge(&a, &b).unwrap().session;
        prop_assert_eq!(&merge(&once, &once).unwrap().session, &once);
        prop_assert_eq!(bytes(&merge(&once, &b).unwrap()), encode(&once).unwrap());
        let once3 = merge3(&base, &a, &b).unwrap().session;
        prop_assert_eq!(&merge3(&base, &once3, &once3).unwrap().session, &once3);
    }

    #[test]
    fn a_two_way_merge_never_drops_a_note_or_a_mark((_, a, b) in three_copies()) {
        let m = merge(&a, &b).unwrap();
        nothing_dropped(&m, &[&a, &b])?;
    }

    #[test]
    fn a_three_way_merge_keeps_what_either_copy_added((base, a, b) in three_copies()) {
        let m = merge3(&base, &a, &b).unwrap();
        nothing_dropped(&m, &[&a, &b])?;
    }

    #[test]
    fn a_merge_of_consistent_copies_is_consistent((base, a, b) in three_copies()) {
        use sigap::domain::validate::session_problems;
        prop_assume!(session_problems(&a).is_empty() && session_problems(&b).is_empty());
        for m in [merge(&a, &b).unwrap(), merge3(&base, &a, &b).unwrap()] {
            let problems = session_problems(&m.session);
            prop_assert!(problems.is_empty(), "{:?}", problems);
        }
    }

    #[test]
    fn a_merge_with_an_unchanged_copy_is_the_changed_copy((base, a, _) in three_copies()) {
        let m = merge3(&base, &a, &base).unwrap();
        prop_assert_eq!(&m.session, &a);
        prop_assert!(m.resolutions.is_empty());
    }
}

fn note(id: &str, hm: &str, text: &str) -> Note {
    Note::new(NoteId(id.into()), at(hm), NoteKind::Note, text)
}

fn edited(mut n: Note, hm: &str, text: &str) -> Note {
    n.text = text.into();
    n.edited = Some(at(hm));
    n
}

#[test]
fn copies_of_different_sessions_are_refused() {
    let a = fresh_session();
    let mut b = fresh_session();
    b.id = "20170509-0800-other001".into();
    let err = merge(&a, &b).unwrap_err();
    assert_eq!(err, MergeError::DifferentSessions { ours: a.id.clone(), theirs: b.id.clone() });
    assert!(err.to_string().contains("two different sessions"), "{err}");
}

#[test]
fn the_latest_edit_of_a_note_wins() {
    let mut a = fresh_session();
    a.notes.push(note("n1", "09:00", "draft"));
    let mut b = a.clone();
    a.notes[0] = edited(a.notes[0].clone(), "09:10", "earlier edit");
    b.notes[0] = edited(b.notes[0].clone(), "09:20", "later edit");
    let m = merge(&a, &b).unwrap();
    assert_eq!(m.session.notes.len(), 1);
    assert_eq!(m.session.notes[0].text, "later edit");
    assert!(!m.has_conflicts());
}

#[test]
fn a_note_edited_at_the_same_moment_in_both_keeps_both_texts() {
    let mut a = fresh_session();
    a.notes.push(note("n1", "09:00", "draft"));
    let mut b = a.clone();
    a.notes[0] = edited(a.notes[0].clone(), "09:10", "Ratna's words");
    b.notes[0] = edited(b.notes[0].clone(), "09:10", "Agus's words");
    let m = merge(&a, &b).unwrap();
    let texts: Vec<&str> = m.session.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.contains(&"Ratna's words") && texts.contains(&"Agus's words"));
    let conflicts: Vec<&Resolution> = m.conflicts().collect();
    assert_eq!(conflicts.len(), 1);
    assert!(matches!(conflicts[0], Resolution::NoteChangedInBoth { note, .. } if note.0 == "n1"));
}

#[test]
fn three_way_concurrent_edits_of_one_text_keep_both_and_say_so() {
    let mut base = fresh_session();
    base.notes.push(note("n1", "09:00", "draft"));
    let (mut a, mut b) = (base.clone(), base.clone());
    a.notes[0] = edited(a.notes[0].clone(), "09:10", "version A");
    b.notes[0] = edited(b.notes[0].clone(), "09:40", "version B");
    let m = merge3(&base, &a, &b).unwrap();
    let texts: Vec<&str> = m.session.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["version B", "version A"], "the later edit keeps the id, the other sits beside it");
    assert_eq!(m.session.notes[0].id, NoteId("n1".into()));
    assert!(m.has_conflicts());
    // Merging the result with either side again settles on the same file.
    let again = merge3(&a, &m.session, &a).unwrap();
    assert_eq!(again.session, m.session);
}

#[test]
fn three_way_edits_of_different_parts_of_a_note_are_both_kept() {
    let mut base = fresh_session();
    let mut n = note("n1", "09:00", "Kirim proposal");
    n.kind = NoteKind::Action;
    base.notes.push(n);
    let (mut a, mut b) = (base.clone(), base.clone());
    a.notes[0] = edited(a.notes[0].clone(), "09:10", "Kirim proposal ke Bappeda");
    b.notes[0].done = true;
    b.notes[0].edited = Some(at("09:30"));
    let m = merge3(&base, &a, &b).unwrap();
    assert_eq!(m.session.notes.len(), 1);
    assert_eq!(m.session.notes[0].text, "Kirim proposal ke Bappeda");
    assert!(m.session.notes[0].done);
    assert_eq!(m.session.notes[0].edited, Some(at("09:30")));
    assert!(!m.has_conflicts());
}

#[test]
fn a_deleted_note_stays_deleted_even_when_the_other_copy_edited_it() {
    let mut base = fresh_session();
    base.notes.push(note("n1", "09:00", "salah ketik"));
    base.notes.push(note("n2", "09:05", "tetap"));
    let (mut a, mut b) = (base.clone(), base.clone());
    a.delete_note(&NoteId("n1".into()), at("09:20"));
    b.notes[0] = edited(b.notes[0].clone(), "09:30", "salah ketik, diperbaiki");
    for m in [merge3(&base, &a, &b).unwrap(), merge(&a, &b).unwrap(), merge(&b, &a).unwrap()] {
        let ids: Vec<&str> = m.session.notes.iter().map(|n| n.id.0.as_str()).collect();
        assert_eq!(ids, ["n2"]);
        assert_eq!(m.session.deleted_notes.get(&NoteId("n1".into())), Some(&at("09:20")));
    }
}

#[test]
fn a_note_removed_by_an_older_sigap_is_removed_in_a_three_way_merge() {
    let mut base = fresh_session();
    base.notes.push(note("n1", "09:00", "x"));
    let mut a = base.clone();
    a.notes.clear(); // no tombstone, as a file from before tombstones
    let mut b = base.clone();
    b.notes.push(note("n2", "09:10", "baru"));
    let m = merge3(&base, &a, &b).unwrap();
    let ids: Vec<&str> = m.session.notes.iter().map(|n| n.id.0.as_str()).collect();
    assert_eq!(ids, ["n2"]);
}

#[test]
fn each_participant_keeps_the_latest_mark_and_walk_ins_from_both_stay() {
    let base = fresh_session();
    let (mut a, mut b) = (base.clone(), base.clone());
    let siti = ParticipantId::numbered(1);
    a.record_mark(siti.clone(), Mark::with_status(Status::Absent), at("08:05"), "Ratna");
    b.record_mark(siti.clone(), Mark::with_status(Status::Late), at("08:30"), "Agus");
    // A walk-in on each laptop: the same next id, two different people.
    let next = ParticipantId::numbered(6);
    a.roster.push(Participant::new(next.clone(), "Rina Marlina"));
    a.record_mark(next.clone(), Mark::with_status(Status::Present), at("08:10"), "Ratna");
    b.roster.push(Participant::new(next.clone(), "Joko Susilo"));
    b.record_mark(next.clone(), Mark::with_status(Status::Late), at("08:40"), "Agus");
    let m = merge3(&base, &a, &b).unwrap();
    let s = &m.session;
    assert_eq!(s.mark(&siti).status, Status::Late);
    assert_eq!(s.mark(&siti).marked_by.as_deref(), Some("Agus"));
    assert_eq!(s.roster.len(), 7);
    let by_name = |name: &str| s.roster.iter().find(|p| p.name == name).unwrap().id.clone();
    assert_eq!(s.mark(&by_name("Rina Marlina")).status, Status::Present);
    assert_eq!(s.mark(&by_name("Joko Susilo")).status, Status::Late);
    assert_ne!(by_name("Rina Marlina"), by_name("Joko Susilo"));
    assert!(m.resolutions.iter().any(|r| matches!(r, Resolution::ParticipantRenamed { .. })));
    assert!(!m.has_conflicts(), "both people are kept: nothing for a person to settle");
}

#[test]
fn the_agenda_follows_the_copy_that_ran_it_and_the_log_is_the_union() {
    let base = fresh_session();
    let (mut runner, mut writer) = (base.clone(), base.clone());
    runner.toggle_current(at("08:02"));
    runner.advance(at("08:20"));
    writer.notes.push(note("n1", "08:10", "Pembukaan oleh camat"));
    for m in [merge3(&base, &runner, &writer).unwrap(), merge(&writer, &runner).unwrap()] {
        assert_eq!(m.session.agenda, runner.agenda);
        assert_eq!(m.session.log, runner.log);
        assert_eq!(m.session.notes, writer.notes);
    }
}

#[test]
fn a_session_finished_in_one_copy_and_stepped_back_in_the_other_is_not_finished() {
    let mut base = fresh_session();
    base.agenda.truncate(2);
    base.toggle_current(at("08:00"));
    base.advance(at("08:15"));
    base.advance(at("09:45"));
    assert!(base.finished_at().is_some());
    let mut a = base.clone();
    a.step_back(at("09:50"));
    let mut b = base.clone();
    b.notes.push(note("n1", "09:55", "ditambah"));
    let m = merge3(&base, &a, &b).unwrap();
    assert_eq!(m.session.finished_at(), None);
    assert_eq!(m.session.log, a.log);
}

#[test]
fn two_unfinished_notes_are_both_kept() {
    use sigap::domain::NoteDraft;
    let base = fresh_session();
    let draft = |hm: &str, text: &str| NoteDraft {
        at: at(hm),
        kind: NoteKind::Note,
        text: text.into(),
        item: None,
        editing: None,
        mentions: Vec::new(),
        owner: String::new(),
        due: String::new(),
    };
    let (mut a, mut b) = (base.clone(), base.clone());
    a.draft = Some(draft("09:00", "setengah jadi"));
    b.draft = Some(draft("09:05", "juga setengah"));
    let m = merge(&a, &b).unwrap();
    assert_eq!(m.session.draft.as_ref().map(|d| d.text.as_str()), Some("juga setengah"));
    assert_eq!(m.session.notes.len(), 1);
    assert_eq!(m.session.notes[0].text, "setengah jadi");
    assert_eq!(bytes(&m), bytes(&merge(&b, &a).unwrap()));
}

#[test]
fn the_chair_named_in_one_copy_and_the_note_taker_in_the_other_are_both_kept() {
    let base = fresh_session();
    let mut ours = base.clone();
    ours.chair = "Drs. Hariyanto Wibisono, M.Si.".into();
    let mut theirs = base.clone();
    theirs.note_taker = "Rina Marlina, S.Sos.".into();
    let m = merge3(&base, &ours, &theirs).unwrap();
    assert_eq!(m.session.chair, "Drs. Hariyanto Wibisono, M.Si.");
    assert_eq!(m.session.note_taker, "Rina Marlina, S.Sos.");
    assert!(!m.has_conflicts());
    let back = merge3(&base, &theirs, &ours).unwrap();
    assert_eq!((back.session.chair, back.session.note_taker), (m.session.chair, m.session.note_taker));
}
