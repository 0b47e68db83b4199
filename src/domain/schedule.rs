//! Pure time arithmetic over a session: planned and projected times,
//! ahead/behind, squeezes before fixed items, and rebalancing.

use chrono::{Duration, NaiveTime, TimeZone};

use super::{AgendaItem, ItemState, Minutes, Session, Timestamp, seconds_between};

/// When an item starts and ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// Flexible items that must give way for a fixed item to start on time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Squeeze {
    /// Index of the fixed item that would start late.
    pub fixed: usize,
    /// Minutes it would start late.
    pub minutes: Minutes,
    /// Indices of the unfinished flexible items before it that could give way.
    pub items: Vec<usize>,
}

/// Where the session is heading, seen from `now`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    /// Projected times of each item (done items: actual; skipped: zero length).
    pub slots: Vec<Slot>,
    pub end: Timestamp,
    /// Minutes ahead of the planned end (negative: behind).
    pub ahead: Minutes,
    pub squeezes: Vec<Squeeze>,
}

/// The moment of a fixed start time on the session's date, in its offset.
pub fn fixed_moment(session: &Session, time: NaiveTime) -> Timestamp {
    let local = session.date().and_time(time);
    session.planned_start.offset().from_local_datetime(&local).single().unwrap_or(session.planned_start)
}

fn minutes(m: Minutes) -> Duration {
    Duration::minutes(m)
}

/// Planned times of every item: one after another from the planned start;
/// a fixed item starts at its time, leaving a gap or overlapping if the plan
/// before it is too short or too long.
pub fn planned_slots(session: &Session) -> Vec<Slot> {
    let mut cursor = session.planned_start;
    session
        .agenda
        .iter()
        .map(|item| {
            let start = item.fixed_start.map_or(cursor, |t| fixed_moment(session, t));
            let end = start + minutes(item.planned_minutes);
            cursor = end;
            Slot { start, end }
        })
        .collect()
}

/// The planned end of the session.
pub fn planned_end(session: &Session) -> Timestamp {
    planned_slots(session).last().map_or(session.planned_start, |s| s.end)
}

/// Where an open item will end if it runs to its plan (never before `now`).
fn open_item_end(item: &AgendaItem, now: Timestamp) -> Timestamp {
    now + Duration::seconds(item.remaining_seconds(now).max(0))
}

/// Project the session from `now`: actual times for what happened, the plan
/// for what is still to come, fixed items no earlier than their time.
pub fn project(session: &Session, now: Timestamp) -> Projection {
    // On its day, a session that has not started by its planned start will
    // start late; seen on any other day it is shown as planned.
    let on_its_day = now.with_timezone(session.planned_start.offset()).date_naive() == session.date();
    let not_started = if on_its_day { session.planned_start.max(now) } else { session.planned_start };
    let mut cursor = session.started_at().unwrap_or(not_started);
    let mut slots = Vec::with_capacity(session.agenda.len());
    let mut squeezes = Vec::new();
    let mut since_anchor: Vec<usize> = Vec::new();
    for (i, item) in session.agenda.iter().enumerate() {
        let slot = match item.state {
            ItemState::Done => {
                let start = item.started_at.unwrap_or(cursor);
                Slot { start, end: item.ended_at.unwrap_or(cursor).max(start) }
            }
            ItemState::Skipped => Slot { start: cursor, end: cursor },
            ItemState::Running | ItemState::Paused => {
                let start = item.started_at.unwrap_or(cursor);
                Slot { start, end: open_item_end(item, now) }
            }
            ItemState::Pending => {
                let start = match item.fixed_start {
                    Some(t) => {
                        let fixed = fixed_moment(session, t);
                        let late = seconds_between(fixed, cursor) / 60;
                        if late > 0 {
                            squeezes.push(Squeeze { fixed: i, minutes: late, items: since_anchor.clone() });
                        }
                        cursor.max(fixed)
                    }
                    None => cursor,
                };
                Slot { start, end: start + minutes(item.planned_minutes) }
            }
        };
        if item.fixed_start.is_some() {
            since_anchor.clear();
        } else if !item.is_closed() {
            since_anchor.push(i);
        }
        cursor = slot.end;
        slots.push(slot);
    }
    let ahead = seconds_between(cursor, planned_end(session)) / 60;
    Projection { slots, end: cursor, ahead, squeezes }
}

/// A proposed new plan for the remaining flexible items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rebalance {
    /// (item index, new planned minutes) for each item that changes.
    pub changes: Vec<(usize, Minutes)>,
    /// The projected end of the session once the changes are applied.
    pub end: Timestamp,
    /// Minutes that could not be recovered even at the shortest lengths.
    pub shortfall: Minutes,
}

/// The shortest a flexible item may be shrunk to by a rebalance.
pub const MIN_ITEM_MINUTES: Minutes = 5;

/// Shrink the pending flexible items in proportion to their plan so that the
/// session ends on time, or the next fixed item starts on time if it is the
/// first to be squeezed. `None` when nothing is late.
pub fn rebalance(session: &Session, now: Timestamp) -> Option<Rebalance> {
    let projection = project(session, now);
    let (late, candidates) = match projection.squeezes.first() {
        Some(sq) => (sq.minutes, sq.items.clone()),
        None if projection.ahead < 0 => {
            let after_last_fixed = session.agenda.iter().rposition(|i| i.fixed_start.is_some());
            let from = after_last_fixed.map_or(0, |f| f + 1);
            (-projection.ahead, (from..session.agenda.len()).collect())
        }
        None => return None,
    };
    let pending: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let item = &session.agenda[i];
            item.state == ItemState::Pending && item.fixed_start.is_none()
        })
        .collect();
    let spare: Minutes =
        pending.iter().map(|&i| (session.agenda[i].planned_minutes - MIN_ITEM_MINUTES).max(0)).sum();
    let take = late.min(spare);
    let mut changes = Vec::new();
    let mut taken = 0;
    for (n, &i) in pending.iter().enumerate() {
        let planned = session.agenda[i].planned_minutes;
        let room = (planned - MIN_ITEM_MINUTES).max(0);
        // Share in proportion to each item's room; the last one takes the rounding.
        let share = if n + 1 == pending.len() {
            take - taken
        } else if spare == 0 {
            0
        } else {
            (take * room + spare / 2) / spare
        }
        .min(room)
        .min(take - taken);
        taken += share;
        if share > 0 {
            changes.push((i, planned - share));
        }
    }
    let mut preview = session.clone();
    for &(i, m) in &changes {
        preview.agenda[i].planned_minutes = m;
    }
    let end = project(&preview, now).end;
    Some(Rebalance { changes, end, shortfall: late - taken })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ItemId, ItemKind};
    use chrono::DateTime;

    fn at(hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap()
    }

    fn hm(t: &str) -> NaiveTime {
        NaiveTime::parse_from_str(t, "%H:%M").unwrap()
    }

    /// 08:00 input 90, break 15, input 60, lunch fixed 12:15 for 60, reflection 15.
    fn day() -> Session {
        let mut s = Session::new("s", "W", "Day", at("08:00"));
        let items = [
            ("Input A", ItemKind::Input, 90, None),
            ("Rehat", ItemKind::Break, 15, None),
            ("Input B", ItemKind::Input, 60, None),
            ("ISHOMA", ItemKind::MealPrayer, 60, Some(hm("12:15"))),
            ("Refleksi", ItemKind::Plenary, 15, None),
        ];
        for (n, (title, kind, m, fixed)) in items.into_iter().enumerate() {
            let mut item = AgendaItem::new(ItemId::numbered(n + 1), title, kind, m);
            item.fixed_start = fixed;
            s.agenda.push(item);
        }
        s
    }

    #[test]
    fn planned_slots_honour_fixed_items() {
        let slots = planned_slots(&day());
        assert_eq!(slots[0].start, at("08:00"));
        assert_eq!(slots[2].end, at("10:45"));
        assert_eq!(slots[3].start, at("12:15"));
        assert_eq!(slots[4].start, at("13:15"));
        assert_eq!(planned_end(&day()), at("13:30"));
    }

    #[test]
    fn projection_before_the_start_follows_the_plan() {
        let p = project(&day(), at("07:30"));
        assert_eq!(p.end, at("13:30"));
        assert_eq!(p.ahead, 0);
        assert!(p.squeezes.is_empty());
    }

    #[test]
    fn a_session_not_started_is_late_only_on_its_day() {
        let late = project(&day(), at("08:30"));
        assert_eq!(late.slots[0].start, at("08:30"));
        let next_week = project(&day(), at("08:30") + Duration::days(7));
        assert_eq!(next_week.slots[0].start, at("08:00"));
        assert_eq!(next_week.ahead, 0);
    }

    #[test]
    fn a_late_start_is_absorbed_by_the_gap_before_lunch() {
        let mut s = day();
        s.toggle_current(at("08:20"));
        let p = project(&s, at("08:30"));
        assert_eq!(p.slots[2].end, at("11:05"));
        assert_eq!(p.slots[3].start, at("12:15"));
        assert_eq!(p.ahead, 0);
    }

    #[test]
    fn an_overrun_projects_from_now_and_counts_behind() {
        let mut s = day();
        s.agenda[3].fixed_start = None; // no anchor: everything moves
        s.toggle_current(at("08:00"));
        let p = project(&s, at("09:45")); // 15' over a 90' item
        assert_eq!(s.agenda[0].overrun_minutes(at("09:45")), 15);
        assert_eq!(p.slots[0].end, at("09:45"));
        assert_eq!(p.end, at("12:15"));
        assert_eq!(p.ahead, -15);
    }

    #[test]
    fn items_before_a_fixed_item_are_squeezed_when_it_would_start_late() {
        let mut s = day();
        s.agenda[2].planned_minutes = 150; // input B now ends 12:15 on plan
        s.toggle_current(at("08:00"));
        let p = project(&s, at("09:50")); // 20' over
        assert_eq!(p.squeezes.len(), 1);
        assert_eq!(p.squeezes[0].fixed, 3);
        assert_eq!(p.squeezes[0].minutes, 20);
        assert_eq!(p.squeezes[0].items, vec![0, 1, 2]);
        assert_eq!(p.slots[3].start, at("12:35"));
        assert_eq!(p.ahead, -20);
    }

    #[test]
    fn rebalance_shrinks_pending_flexible_items_in_proportion() {
        let mut s = day();
        s.agenda[2].planned_minutes = 150;
        s.toggle_current(at("08:00"));
        let r = rebalance(&s, at("09:50")).expect("late");
        // Break has 10' of room, input B 145': 20' shared ~ 1 and 19.
        assert_eq!(r.changes, vec![(1, 14), (2, 131)]);
        assert_eq!(r.shortfall, 0);
        assert_eq!(r.end, at("13:30"));
    }

    #[test]
    fn rebalance_reports_what_cannot_be_recovered() {
        let mut s = day();
        s.agenda[3].fixed_start = None;
        s.agenda.truncate(2);
        s.toggle_current(at("08:00"));
        let r = rebalance(&s, at("10:30")).expect("late");
        assert_eq!(r.changes, vec![(1, 5)]);
        assert_eq!(r.shortfall, 50);
        assert!(rebalance(&day(), at("07:00")).is_none());
    }

    #[test]
    fn fixed_times_use_the_session_offset() {
        let s = day();
        assert_eq!(fixed_moment(&s, hm("12:15")).to_rfc3339(), "2017-05-08T12:15:00+07:00");
    }
}
