//! Arrival and departure times typed by hand (`07:40`), at marking time or
//! later, and when the roll call itself is under way.

use chrono::{NaiveTime, TimeDelta, TimeZone};

use crate::domain::{Mark, ParticipantId, Status, Timestamp};
use crate::text::{Text, fill, hhmm};

use super::{Notice, Outcome, Run};

/// How long after its first mark the roll call counts as under way. Calling
/// thirty to forty names takes five to ten minutes with interruptions; a
/// present mark within this is the roll call, not someone walking in late.
pub const ROLL_CALL_MINUTES: i64 = 15;

/// A time of day as a facilitator types it: `07:40`, `7.40`, `0740`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let (h, m) = match text.find([':', '.']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None if text.len() == 4 => text.split_at(2),
        None => return None,
    };
    if m.len() != 2 || h.is_empty() || h.len() > 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

impl Run {
    /// Whether a present mark given `now` is part of the roll call: within
    /// [`ROLL_CALL_MINUTES`] of the first mark given since the start (the
    /// mark now begins it when there is none).
    pub(super) fn roll_call_under_way(&self, now: Timestamp) -> bool {
        let Some(start) = self.session.started_at() else { return true };
        let first = self
            .session
            .attendance
            .values()
            .filter(|m| m.status != Status::Unmarked)
            .filter_map(|m| m.marked_at)
            .filter(|at| *at >= start)
            .min();
        first.is_none_or(|first| now - first <= TimeDelta::minutes(ROLL_CALL_MINUTES))
    }

    /// The time a prompt starts from: the one recorded, else now.
    pub(super) fn time_to_correct(&self, id: &ParticipantId) -> String {
        let mark = self.session.mark(id);
        let recorded = if mark.status == Status::LeftEarly { mark.left } else { mark.arrived };
        recorded.map(|at| hhmm(&at)).unwrap_or_default()
    }

    /// Record a typed time: the departure of someone who left early, else
    /// the arrival, late when after the start lateness counts from.
    pub(super) fn set_time(&mut self, id: ParticipantId, text: &str, now: Timestamp, t: &Text) -> Outcome {
        let offset = *self.session.planned_start.offset();
        let day = self.session.planned_start.date_naive();
        let Some(at) =
            parse_time(text).and_then(|time| offset.from_local_datetime(&day.and_time(time)).single())
        else {
            return Outcome::notice(Notice::problem(fill(t.roll.not_a_time, &[("text", text)])));
        };
        let mut mark = self.session.mark(&id);
        if mark.status == Status::LeftEarly {
            mark.left = Some(at);
        } else {
            let late = Mark { arrived: Some(at), ..Mark::default() };
            let is_late = self.session.minutes_late(&late) > 0;
            mark.status = if is_late { Status::Late } else { Status::Present };
            mark.arrived = is_late.then_some(at);
            mark.left = None;
        }
        let by = self.author.clone();
        self.change(t.roll.log_time.into(), t, |s| s.record_mark(id, mark, now, &by))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    #[test]
    fn times_are_read_as_facilitators_write_them() {
        let t = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("07:40"), t(7, 40));
        assert_eq!(parse_time("7.40"), t(7, 40));
        assert_eq!(parse_time("0740"), t(7, 40));
        assert_eq!(parse_time(" 13:05 "), t(13, 5));
        for bad in ["", "9x", "7:4", "25:00", "07:60", "123:00", "abcd"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
