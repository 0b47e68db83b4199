//! The daily attendance sheet (*daftar hadir*): one mark per participant.

use serde::{Deserialize, Serialize};

use super::{Minutes, Timestamp, seconds_between};

/// Attendance status, as on an Indonesian *daftar hadir*.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Status {
    #[default]
    Unmarked,
    /// *Hadir*.
    Present,
    /// *Terlambat*: arrived after the start.
    Late,
    /// *Pulang sebelum waktu*: left before the end.
    LeftEarly,
    /// *Izin*: excused absence.
    Excused,
    /// *Sakit*.
    Sick,
    /// *Alpa*: absent without notice.
    Absent,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Unmarked,
        Status::Present,
        Status::Late,
        Status::LeftEarly,
        Status::Excused,
        Status::Sick,
        Status::Absent,
    ];

    /// The order of an attendance sheet's columns: the marks, unmarked last.
    pub const SHEET_ORDER: [Status; 7] = [
        Status::Present,
        Status::Late,
        Status::LeftEarly,
        Status::Excused,
        Status::Sick,
        Status::Absent,
        Status::Unmarked,
    ];

    /// Whether the person was in the room for at least part of the session.
    pub fn is_in_room(self) -> bool {
        matches!(self, Status::Present | Status::Late | Status::LeftEarly)
    }

    /// The code used on Indonesian attendance sheets.
    pub fn code(self) -> &'static str {
        match self {
            Status::Unmarked => "–",
            Status::Present => "H",
            Status::Late => "T",
            Status::LeftEarly => "PSW",
            Status::Excused => "I",
            Status::Sick => "S",
            Status::Absent => "A",
        }
    }
}

/// One participant's attendance in one session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    pub status: Status,
    /// When the person arrived (recorded for late arrivals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrived: Option<Timestamp>,
    /// When the person left (recorded for early departures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<Timestamp>,
    /// Why: the letter for *izin*, the illness, the errand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When the mark was given; merging two copies keeps the latest mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marked_at: Option<Timestamp>,
    /// Who gave the mark: the facilitator's name, or the computer's user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marked_by: Option<String>,
}

impl Mark {
    pub fn with_status(status: Status) -> Self {
        Mark { status, ..Mark::default() }
    }

    /// The mark as the roll call sees it, without who gave it and when.
    pub fn unstamped(&self) -> Mark {
        Mark { marked_at: None, marked_by: None, ..self.clone() }
    }

    /// Whole minutes after `start` that the person arrived (0 if on time or unknown).
    pub fn minutes_late(&self, start: Timestamp) -> Minutes {
        self.arrived.map_or(0, |a| whole_minutes(seconds_between(start, a)))
    }

    /// Whole minutes before `end` that the person left (0 if they stayed or unknown).
    pub fn minutes_left_early(&self, end: Timestamp) -> Minutes {
        self.left.map_or(0, |l| whole_minutes(seconds_between(l, end)))
    }
}

/// Seconds as whole minutes, rounding down, never below zero.
fn whole_minutes(seconds: i64) -> Minutes {
    seconds.max(0) / 60
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap()
    }

    #[test]
    fn late_arrival_counts_minutes_after_the_start() {
        let mark = Mark { status: Status::Late, arrived: Some(at("08:17")), ..Mark::default() };
        assert_eq!(mark.minutes_late(at("08:00")), 17);
        assert_eq!(mark.minutes_late(at("08:30")), 0);
    }

    #[test]
    fn leaving_early_counts_minutes_before_the_end() {
        let mark = Mark { status: Status::LeftEarly, left: Some(at("11:00")), ..Mark::default() };
        assert_eq!(mark.minutes_left_early(at("12:00")), 60);
        assert_eq!(mark.minutes_left_early(at("10:00")), 0);
    }
}
