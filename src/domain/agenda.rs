//! Agenda items: what is planned, and what actually happened to each.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::{Minutes, Timestamp, seconds_between};

/// An agenda item's id, unique within its session (`a01`, `a02`, …).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub String);

impl ItemId {
    /// The id of the `n`th item (counting from 1).
    pub fn numbered(n: usize) -> Self {
        ItemId(format!("a{n:02}"))
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of activity an item is; drives lesson-hour counting and colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    Input,
    Discussion,
    GroupWork,
    Plenary,
    Energizer,
    Break,
    MealPrayer,
    Ceremony,
    Test,
    Admin,
}

impl ItemKind {
    pub const ALL: [ItemKind; 10] = [
        ItemKind::Input,
        ItemKind::Discussion,
        ItemKind::GroupWork,
        ItemKind::Plenary,
        ItemKind::Energizer,
        ItemKind::Break,
        ItemKind::MealPrayer,
        ItemKind::Ceremony,
        ItemKind::Test,
        ItemKind::Admin,
    ];

    /// Whether the item counts towards lesson hours (JP). Breaks, meals and
    /// prayer, ceremonies and registration are part of the day but not of the
    /// learning time a certificate is based on.
    pub fn is_learning(self) -> bool {
        !matches!(self, ItemKind::Break | ItemKind::MealPrayer | ItemKind::Ceremony | ItemKind::Admin)
    }
}

/// Where an item is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ItemState {
    #[default]
    Pending,
    Running,
    Paused,
    Done,
    Skipped,
}

/// One line of the agenda.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub id: ItemId,
    pub title: String,
    pub kind: ItemKind,
    /// Planned length in whole minutes.
    pub planned_minutes: Minutes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    /// A start time that must not move (lunch at 12:15, the bus at 16:00),
    /// on the session's date and in its UTC offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_start: Option<NaiveTime>,
    #[serde(default)]
    pub state: ItemState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<Timestamp>,
    /// Seconds spent paused in pauses that have ended.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub paused_seconds: i64,
    /// When the current pause began, while the item is paused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused_at: Option<Timestamp>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl AgendaItem {
    /// A pending item.
    pub fn new(id: ItemId, title: impl Into<String>, kind: ItemKind, planned_minutes: Minutes) -> Self {
        AgendaItem {
            id,
            title: title.into(),
            kind,
            planned_minutes,
            facilitator: None,
            fixed_start: None,
            state: ItemState::Pending,
            started_at: None,
            ended_at: None,
            paused_seconds: 0,
            paused_at: None,
        }
    }

    /// Planned length in seconds.
    pub fn planned_seconds(&self) -> i64 {
        self.planned_minutes * 60
    }

    /// Seconds of actual work on the item up to `now`: from its start to its
    /// end (or `now`), less the time it was paused.
    pub fn elapsed_seconds(&self, now: Timestamp) -> i64 {
        let Some(start) = self.started_at else {
            return 0;
        };
        let until = self.ended_at.or(self.paused_at).unwrap_or(now);
        (seconds_between(start, until) - self.paused_seconds).max(0)
    }

    /// Seconds left of the plan at `now`; negative once the item overruns.
    pub fn remaining_seconds(&self, now: Timestamp) -> i64 {
        self.planned_seconds() - self.elapsed_seconds(now)
    }

    /// Whole minutes past the plan at `now` (0 while within it).
    pub fn overrun_minutes(&self, now: Timestamp) -> Minutes {
        let over = -self.remaining_seconds(now);
        if over <= 0 { 0 } else { (over + 59) / 60 }
    }

    /// Whether the item is open: running or paused.
    pub fn is_open(&self) -> bool {
        matches!(self.state, ItemState::Running | ItemState::Paused)
    }

    /// Whether the item is finished one way or another.
    pub fn is_closed(&self) -> bool {
        matches!(self.state, ItemState::Done | ItemState::Skipped)
    }

    /// Begin (or resume) work on the item at `now`.
    pub fn start(&mut self, now: Timestamp) {
        match self.state {
            ItemState::Paused => {
                if let Some(p) = self.paused_at.take() {
                    self.paused_seconds += seconds_between(p, now).max(0);
                }
            }
            _ => {
                self.started_at = Some(now);
                self.ended_at = None;
                self.paused_seconds = 0;
                self.paused_at = None;
            }
        }
        self.state = ItemState::Running;
    }

    /// Pause a running item at `now`.
    pub fn pause(&mut self, now: Timestamp) {
        if self.state == ItemState::Running {
            self.paused_at = Some(now);
            self.state = ItemState::Paused;
        }
    }

    /// Finish the item at `now` (a pause in progress ends with it).
    pub fn finish(&mut self, now: Timestamp) {
        let end = self.paused_at.take().map_or(now, |p| {
            // The paused stretch is not work: the item ended when it was paused.
            self.paused_seconds += seconds_between(p, now).max(0);
            now
        });
        self.ended_at = Some(end);
        self.state = ItemState::Done;
    }

    /// Skip the item: it will not be held.
    pub fn skip(&mut self) {
        self.state = ItemState::Skipped;
        self.paused_at = None;
    }

    /// Reopen a closed item, as if its end had not happened: work resumes
    /// and the time between its end and `now` counts as paused.
    pub fn reopen(&mut self, now: Timestamp) {
        match (self.state, self.started_at, self.ended_at) {
            (ItemState::Done, Some(_), Some(end)) => {
                self.paused_seconds += seconds_between(end, now).max(0);
                self.ended_at = None;
                self.state = ItemState::Running;
            }
            _ => {
                self.state = ItemState::Pending;
                self.started_at = None;
                self.ended_at = None;
                self.paused_seconds = 0;
                self.paused_at = None;
            }
        }
    }

    /// Put an open item back to pending (when stepping back past it).
    pub fn reset(&mut self) {
        self.state = ItemState::Pending;
        self.started_at = None;
        self.ended_at = None;
        self.paused_seconds = 0;
        self.paused_at = None;
    }

    /// Actual length in whole minutes, once the item is done.
    pub fn actual_minutes(&self) -> Option<Minutes> {
        let (Some(_), Some(end)) = (self.started_at, self.ended_at) else {
            return None;
        };
        Some((self.elapsed_seconds(end) + 30) / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap()
    }

    fn item(minutes: Minutes) -> AgendaItem {
        AgendaItem::new(ItemId::numbered(1), "Input", ItemKind::Input, minutes)
    }

    #[test]
    fn elapsed_and_remaining_follow_the_clock() {
        let mut a = item(90);
        a.start(at("08:00"));
        assert_eq!(a.elapsed_seconds(at("08:30")), 30 * 60);
        assert_eq!(a.remaining_seconds(at("08:30")), 60 * 60);
        assert_eq!(a.overrun_minutes(at("09:30")), 0);
        assert_eq!(a.overrun_minutes(at("09:42")), 12);
    }

    #[test]
    fn a_pause_stops_the_timer_and_counts_as_paused_time() {
        let mut a = item(30);
        a.start(at("08:00"));
        a.pause(at("08:10"));
        assert_eq!(a.elapsed_seconds(at("08:25")), 10 * 60);
        a.start(at("08:20"));
        assert_eq!(a.paused_seconds, 10 * 60);
        assert_eq!(a.elapsed_seconds(at("08:30")), 20 * 60);
        a.finish(at("08:40"));
        assert_eq!(a.actual_minutes(), Some(30));
    }

    #[test]
    fn finishing_while_paused_does_not_count_the_pause() {
        let mut a = item(30);
        a.start(at("08:00"));
        a.pause(at("08:10"));
        a.finish(at("08:20"));
        assert_eq!(a.actual_minutes(), Some(10));
    }

    #[test]
    fn reopening_a_done_item_resumes_its_timer() {
        let mut a = item(30);
        a.start(at("08:00"));
        a.finish(at("08:20"));
        a.reopen(at("08:25"));
        assert_eq!(a.state, ItemState::Running);
        assert_eq!(a.elapsed_seconds(at("08:30")), 25 * 60);
    }

    #[test]
    fn only_learning_kinds_count_towards_lesson_hours() {
        assert!(ItemKind::Input.is_learning());
        assert!(ItemKind::GroupWork.is_learning());
        assert!(!ItemKind::Break.is_learning());
        assert!(!ItemKind::MealPrayer.is_learning());
    }
}
