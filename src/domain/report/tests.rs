use super::*;
use crate::domain::{AgendaItem, ItemId, ItemKind, Note, NoteId, NoteKind};
use crate::domain::{Gender, Mark, Minutes, Participant, ParticipantId, Session, Status, Timestamp};
use chrono::DateTime;

fn at(day: u32, hm: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(&format!("2017-05-{day:02}T{hm}:00+07:00")).unwrap()
}

fn pid(n: usize) -> ParticipantId {
    ParticipantId::numbered(n)
}

/// A day from 08:00: registration 15 (admin), input 90, break 15, group
/// work 60: 150 learning minutes, planned end 11:00.
fn day(n: u32, people: &[usize]) -> Session {
    let mut s = Session::new(format!("s{n}"), "Bimtek Sekcam", format!("Hari {n}"), at(n, "08:00"));
    let items = [
        ("Registrasi", ItemKind::Admin, 15),
        ("Materi", ItemKind::Input, 90),
        ("Rehat", ItemKind::Break, 15),
        ("Kerja kelompok", ItemKind::GroupWork, 60),
    ];
    for (i, (title, kind, minutes)) in items.into_iter().enumerate() {
        s.agenda.push(AgendaItem::new(ItemId::numbered(i + 1), title, kind, minutes));
    }
    s.roster = people.iter().map(|&p| Participant::new(pid(p), format!("Peserta {p}"))).collect();
    s
}

/// The day run from `start` to its end.
fn run(mut s: Session, start: Timestamp) -> Session {
    s.toggle_current(start);
    s.finish(start + chrono::Duration::minutes(180));
    s
}

fn mark(status: Status) -> Mark {
    Mark::with_status(status)
}

fn late(day: u32, hm: &str) -> Mark {
    Mark { status: Status::Late, arrived: Some(at(day, hm)), ..Mark::default() }
}

#[test]
fn learning_minutes_leave_out_breaks_admin_and_skipped_items() {
    let mut s = day(8, &[]);
    assert_eq!(learning_minutes(&s), 150);
    s.skip(3, at(8, "07:00"));
    assert_eq!(learning_minutes(&s), 90);
}

#[test]
fn late_arrival_counts_from_the_actual_start() {
    let mut s = run(day(8, &[1]), at(8, "08:10"));
    s.set_mark(pid(1), late(8, "08:25"));
    let r = WorkshopReport::build_with(&[s], 80, at(9, "07:00"), 0);
    assert_eq!(r.participants[0].minutes_attended, 150 - 15);
    assert_eq!(r.participants[0].cells[0].code(), Some("T"));
}

#[test]
fn late_by_exactly_the_grace_time_deducts_nothing() {
    let mut s = run(day(8, &[1, 2]), at(8, "08:00"));
    s.set_mark(pid(1), late(8, "08:10"));
    s.set_mark(pid(2), late(8, "08:11"));
    let r = WorkshopReport::build_with(&[s.clone()], 80, at(9, "07:00"), 10);
    assert_eq!(r.participants[0].minutes_attended, 150);
    assert_eq!(r.participants[1].minutes_attended, 150 - 11, "past the grace, every minute counts");
    let without_grace = WorkshopReport::build_with(&[s], 80, at(9, "07:00"), 0);
    assert_eq!(without_grace.participants[0].minutes_attended, 140);
}

#[test]
fn leaving_early_counts_to_the_planned_end() {
    let mut s = run(day(8, &[1]), at(8, "08:00"));
    let m = Mark { status: Status::LeftEarly, left: Some(at(8, "10:15")), ..Mark::default() };
    s.set_mark(pid(1), m);
    let r = WorkshopReport::build(&[s], 80, at(9, "07:00"));
    assert_eq!(r.participants[0].minutes_attended, 150 - 45);
    assert_eq!(r.participants[0].cells[0].code(), Some("PSW"));
}

#[test]
fn missing_more_than_the_learning_time_attends_nothing() {
    let mut s = run(day(8, &[1]), at(8, "08:00"));
    s.set_mark(pid(1), late(8, "10:50"));
    assert_eq!(minutes_attended(&s, &s.mark(&pid(1)), 0), 0);
}

#[test]
fn excused_is_counted_apart_from_absent_and_unmarked_after_the_end_is_absent() {
    let mut s = run(day(8, &[1, 2, 3, 4]), at(8, "08:00"));
    s.set_mark(pid(1), mark(Status::Excused));
    s.set_mark(pid(2), mark(Status::Sick));
    s.set_mark(pid(3), mark(Status::Absent));
    let r = WorkshopReport::build(&[s], 80, at(9, "07:00"));
    let counts: Vec<(usize, usize, Minutes)> =
        r.participants.iter().map(|p| (p.excused_sessions, p.absent_sessions, p.minutes_attended)).collect();
    assert_eq!(counts, vec![(1, 0, 0), (1, 0, 0), (0, 1, 0), (0, 1, 0)]);
    assert_eq!(r.participants[3].cells[0].outcome, Outcome::AbsentUnmarked);
    assert_eq!(r.participants[3].cells[0].code(), Some("–"));
}

#[test]
fn unmarked_in_a_session_to_come_is_to_come() {
    let s = day(9, &[1]);
    let r = WorkshopReport::build(std::slice::from_ref(&s), 80, at(8, "12:00"));
    assert_eq!(r.participants[0].cells[0].outcome, Outcome::ToCome);
    assert_eq!(r.participants[0].minutes_to_come, 150);
    // Never started: still to come, even after its date.
    let r = WorkshopReport::build(std::slice::from_ref(&s), 80, at(10, "07:00"));
    assert_eq!(r.participants[0].cells[0].outcome, Outcome::ToCome);
    // Started but never finished: over once its planned end has passed.
    let mut started = s;
    started.toggle_current(at(9, "08:00"));
    let during = WorkshopReport::build(&[started.clone()], 80, at(9, "10:00"));
    assert_eq!(during.participants[0].cells[0].outcome, Outcome::ToCome);
    let after = WorkshopReport::build(&[started], 80, at(9, "11:00"));
    assert_eq!(after.participants[0].cells[0].outcome, Outcome::AbsentUnmarked);
}

#[test]
fn someone_added_mid_workshop_is_planned_only_from_then() {
    let mut d1 = run(day(8, &[1]), at(8, "08:00"));
    d1.set_mark(pid(1), mark(Status::Present));
    let mut d2 = run(day(9, &[1, 2]), at(9, "08:00"));
    d2.set_mark(pid(1), mark(Status::Present));
    d2.set_mark(pid(2), mark(Status::Present));
    let r = WorkshopReport::build(&[d2, d1], 80, at(10, "07:00"));
    let newcomer = &r.participants[1];
    assert_eq!(newcomer.participant.id, pid(2));
    assert_eq!(newcomer.cells[0].code(), None);
    assert_eq!(newcomer.cells[1].code(), Some("H"));
    assert_eq!((newcomer.minutes_attended, newcomer.minutes_planned), (150, 150));
    assert_eq!(newcomer.percent(), Some(100.0));
    assert!(newcomer.joined_later() && !r.participants[0].joined_later());
    assert_eq!(r.participants[0].minutes_planned, 300);
}

#[test]
fn exactly_the_threshold_reaches_it() {
    assert_eq!(standing(400, 500, &[], 80), Standing::Reached);
    assert_eq!(standing(399, 500, &[], 80), Standing::CannotReach);
    // 600 of 750 minutes: exactly 80 %.
    let mut days: Vec<Session> = (8..=12).map(|d| run(day(d, &[1]), at(d, "08:00"))).collect();
    for d in &mut days[..4] {
        d.set_mark(pid(1), mark(Status::Present));
    }
    let r = WorkshopReport::build(&days, 80, at(13, "07:00"));
    let p = &r.participants[0];
    assert_eq!((p.minutes_attended, p.minutes_planned), (600, 750));
    assert_eq!(p.percent(), Some(80.0));
    assert_eq!(p.standing, Standing::Reached);
    assert_eq!((p.lesson_hours_attended(), p.lesson_hours_planned()), (13.3, 16.7));
}

#[test]
fn percentages_round_down() {
    let days: Vec<Session> = (8..=10).map(|d| run(day(d, &[1]), at(d, "08:00"))).collect();
    let mut r = WorkshopReport::build(&days, 80, at(11, "07:00"));
    r.participants[0].minutes_attended = 299;
    assert_eq!(r.participants[0].percent(), Some(66.4));
}

#[test]
fn at_risk_needs_every_remaining_session_and_cannot_reach_is_beyond_that() {
    // Five days of 150 minutes: 600 needed for 80 %.
    // Days 8 and 9 were run; 10 to 12 are still to come.
    let mut days: Vec<Session> = (8..=12)
        .map(|d| if d <= 9 { run(day(d, &[1, 2, 3]), at(d, "08:00")) } else { day(d, &[1, 2, 3]) })
        .collect();
    for d in &mut days[..2] {
        d.set_mark(pid(1), mark(Status::Present));
    }
    days[0].set_mark(pid(2), mark(Status::Present));
    days[1].set_mark(pid(2), mark(Status::Sick));
    days[0].set_mark(pid(3), mark(Status::Absent));
    days[1].set_mark(pid(3), mark(Status::Absent));
    let r = WorkshopReport::build(&days, 80, at(10, "07:00"));
    let standings: Vec<Standing> = r.participants.iter().map(|p| p.standing).collect();
    // p1: 300 + 450 to come, can miss one day. p2: 150 + 450 = 600, no slack.
    // p3: 0 + 450 < 600.
    assert_eq!(standings, vec![Standing::OnTrack, Standing::AtRisk, Standing::CannotReach]);
}

#[test]
fn totals_count_the_room_by_gender_and_disability() {
    let mut s = run(day(8, &[1, 2, 3, 4]), at(8, "08:00"));
    s.roster[0].gender = Gender::Female;
    s.roster[1].gender = Gender::Male;
    s.roster[1].disability = Some("tunanetra".into());
    s.roster[3].gender = Gender::Female;
    for n in 1..=3 {
        s.set_mark(pid(n), mark(Status::Present));
    }
    s.set_mark(pid(4), mark(Status::Excused));
    let r = WorkshopReport::build(&[s], 80, at(9, "07:00"));
    let t = r.sessions[0].totals;
    assert_eq!((t.roster, t.in_room, t.female, t.male, t.not_recorded, t.disability), (4, 3, 1, 1, 1, 1));
}

#[test]
fn open_actions_are_grouped_by_owner_with_no_owner_last() {
    let mut s = day(8, &[]);
    let action = |n: u64, text: &str, owner: Option<&str>, due: Option<u32>| {
        let mut note = Note::new(NoteId::new(at(8, "09:00"), n), at(8, "09:00"), NoteKind::Action, text);
        note.owner = owner.map(str::to_string);
        note.due = due.and_then(|d| NaiveDate::from_ymd_opt(2017, 5, d));
        note
    };
    let mut done = action(4, "Sudah", Some("Ratna"), None);
    done.done = true;
    s.notes = vec![
        action(1, "Kirim proposal", Some("Imam Syafi'i"), Some(20)),
        action(2, "Siapkan ruang", None, None),
        action(3, "Rekap nilai", Some("imam syafii"), Some(15)),
        done,
        action(5, "Undang camat", Some("Agus"), None),
    ];
    let r = WorkshopReport::build(&[s], 80, at(8, "12:00"));
    let owners: Vec<Option<&str>> = r.actions.iter().map(|g| g.owner.as_deref()).collect();
    assert_eq!(owners, vec![Some("Agus"), Some("Imam Syafi'i"), None]);
    let imam: Vec<&str> = r.actions[1].actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(imam, vec!["Rekap nilai", "Kirim proposal"]);
    assert_eq!(r.actions[1].actions[0].session_title, "Hari 8");
}

#[test]
fn two_sessions_on_one_day_get_distinct_labels() {
    let mut afternoon = day(8, &[]);
    afternoon.planned_start = at(8, "13:00");
    afternoon.id = "s8b".into();
    let r = WorkshopReport::build_with(&[day(8, &[]), afternoon, day(9, &[])], 75, at(8, "07:00"), 5);
    assert_eq!(r.column_labels("%m-%d"), vec!["05-08", "05-08b", "05-09"]);
}
