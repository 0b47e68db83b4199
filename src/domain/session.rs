//! A session: one timed block of a workshop, with its agenda, roster,
//! attendance, notes and a log of what actually happened.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::notes::{NoteDraft, NoteId};
use super::{
    AgendaItem, FORMAT_VERSION, ItemId, ItemState, Mark, Minutes, Note, Participant, ParticipantId, Status,
    Timestamp,
};

/// A session, exactly as it is stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Format version; see [`FORMAT_VERSION`].
    pub version: u32,
    /// Stable id, given once when the session is created.
    pub id: String,
    /// The training this session belongs to; sessions are grouped by it.
    pub workshop: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue: String,
    /// Planned start, which also fixes the date and the UTC offset.
    pub planned_start: Timestamp,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facilitators: Vec<String>,
    /// Who chairs the session (*pimpinan rapat*), signing the minutes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub chair: String,
    /// Who takes the minutes (*notulis*), signing them with the chair.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note_taker: String,
    /// Which of the workshop's parallel classes (rooms, groups) this session
    /// belongs to, when it runs in several at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    /// The session's own copy of the roster.
    #[serde(default)]
    pub roster: Vec<Participant>,
    /// Marks by participant id; a participant without a mark is unmarked.
    #[serde(default)]
    pub attendance: BTreeMap<ParticipantId, Mark>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Notes deleted, and when: a note deleted in one copy of the session
    /// must not come back from another copy when the two are merged.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub deleted_notes: BTreeMap<NoteId, Timestamp>,
    /// What actually happened, in order.
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// A note being written when the file was saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<NoteDraft>,
}

/// One line of the run log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    pub at: Timestamp,
    pub event: Event,
}

/// Something that happened while the session ran.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Event {
    SessionStarted,
    ItemStarted(ItemId),
    ItemPaused(ItemId),
    ItemResumed(ItemId),
    ItemFinished(ItemId),
    ItemSkipped(ItemId),
    /// Stepped back: the item is open again.
    ItemReopened(ItemId),
    /// The item was put back to pending by a step back.
    ItemReset(ItemId),
    /// The planned length of an item changed.
    PlanChanged {
        item: ItemId,
        from: Minutes,
        to: Minutes,
    },
    /// The whole plan was moved to a new start (a session held on another
    /// day or at another hour than planned).
    PlanMoved {
        from: Timestamp,
        to: Timestamp,
    },
    /// An item's fixed time could not be kept after the plan moved.
    FixedReleased {
        item: ItemId,
        was: NaiveTime,
    },
    SessionFinished,
}

/// Where a session is in its life, as listed on the home screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    Planned,
    Running,
    Finished,
}

/// Counts of the attendance sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttendanceCount {
    pub roster: usize,
    pub marked: usize,
    /// Present, late or left early: in the room at some point.
    pub in_room: usize,
    pub by_status: [usize; 7],
}

impl AttendanceCount {
    pub fn of(&self, status: Status) -> usize {
        self.by_status[Status::ALL.iter().position(|s| *s == status).unwrap_or(0)]
    }
}

impl Session {
    /// An empty session of the current format.
    pub fn new(
        id: impl Into<String>,
        workshop: impl Into<String>,
        title: impl Into<String>,
        planned_start: Timestamp,
    ) -> Self {
        Session {
            version: FORMAT_VERSION,
            id: id.into(),
            workshop: workshop.into(),
            title: title.into(),
            venue: String::new(),
            planned_start,
            facilitators: Vec::new(),
            chair: String::new(),
            note_taker: String::new(),
            class: None,
            agenda: Vec::new(),
            roster: Vec::new(),
            attendance: BTreeMap::new(),
            notes: Vec::new(),
            deleted_notes: BTreeMap::new(),
            log: Vec::new(),
            draft: None,
        }
    }

    pub fn date(&self) -> NaiveDate {
        self.planned_start.date_naive()
    }

    /// When the session actually started, if it has.
    pub fn started_at(&self) -> Option<Timestamp> {
        self.log.iter().find(|e| e.event == Event::SessionStarted).map(|e| e.at)
    }

    /// The start lateness is counted from: the planned start, or the actual
    /// one when that was later. Someone who arrives before a late start has
    /// missed nothing; an early start does not make anyone later than the
    /// invitation said.
    pub fn lateness_start(&self) -> Timestamp {
        self.started_at().map_or(self.planned_start, |s| s.max(self.planned_start))
    }

    /// Whole minutes a participant arrived after the session's start.
    pub fn minutes_late(&self, mark: &Mark) -> Minutes {
        mark.minutes_late(self.lateness_start())
    }

    /// When the session actually ended, if it has.
    pub fn finished_at(&self) -> Option<Timestamp> {
        self.log.iter().rev().find(|e| e.event == Event::SessionFinished).map(|e| e.at)
    }

    pub fn phase(&self) -> Phase {
        let all_closed = !self.agenda.is_empty() && self.agenda.iter().all(AgendaItem::is_closed);
        if self.finished_at().is_some() || all_closed {
            Phase::Finished
        } else if self.started_at().is_some() {
            Phase::Running
        } else {
            Phase::Planned
        }
    }

    pub fn participant(&self, id: &ParticipantId) -> Option<&Participant> {
        self.roster.iter().find(|p| &p.id == id)
    }

    /// The mark of a participant (unmarked if none was given).
    pub fn mark(&self, id: &ParticipantId) -> Mark {
        self.attendance.get(id).cloned().unwrap_or_default()
    }

    /// Set a participant's mark; an unmarked mark removes the entry.
    pub fn set_mark(&mut self, id: ParticipantId, mark: Mark) {
        if mark == Mark::default() {
            self.attendance.remove(&id);
        } else {
            self.attendance.insert(id, mark);
        }
    }

    /// Give a participant a mark at `now`, recording who gave it. Unlike
    /// [`Session::set_mark`], taking a mark back is kept as a dated unmarked
    /// entry, so that merging with an older copy does not bring the old mark
    /// back. Giving the mark someone already has changes nothing.
    pub fn record_mark(&mut self, id: ParticipantId, mark: Mark, now: Timestamp, by: &str) {
        if self.attendance.get(&id).map(Mark::unstamped).unwrap_or_default() == mark.unstamped() {
            return;
        }
        let stamped = Mark { marked_at: Some(now), marked_by: Some(by.to_string()), ..mark };
        self.attendance.insert(id, stamped);
    }

    /// Delete a note, leaving a tombstone with the time so that the note
    /// stays deleted when this copy is merged with another.
    pub fn delete_note(&mut self, id: &NoteId, now: Timestamp) {
        let before = self.notes.len();
        self.notes.retain(|n| &n.id != id);
        if self.notes.len() != before {
            self.deleted_notes.entry(id.clone()).or_insert(now);
        }
    }

    pub fn attendance_count(&self) -> AttendanceCount {
        let mut count = AttendanceCount { roster: self.roster.len(), ..AttendanceCount::default() };
        for p in &self.roster {
            let status = self.mark(&p.id).status;
            let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
            count.by_status[i] += 1;
            if status != Status::Unmarked {
                count.marked += 1;
            }
            if status.is_in_room() {
                count.in_room += 1;
            }
        }
        count
    }

    pub fn item(&self, id: &ItemId) -> Option<&AgendaItem> {
        self.agenda.iter().find(|i| &i.id == id)
    }

    /// The item the facilitator is on: the open one, else the first pending one.
    pub fn current_index(&self) -> Option<usize> {
        self.agenda
            .iter()
            .position(AgendaItem::is_open)
            .or_else(|| self.agenda.iter().position(|i| i.state == ItemState::Pending))
    }

    fn record(&mut self, at: Timestamp, event: Event) {
        self.log.push(LogEntry { at, event });
    }

    /// Start or pause the current item; the first start starts the session.
    pub fn toggle_current(&mut self, now: Timestamp) {
        let Some(i) = self.current_index() else { return };
        if self.started_at().is_none() {
            self.record(now, Event::SessionStarted);
        }
        let id = self.agenda[i].id.clone();
        let event = match self.agenda[i].state {
            ItemState::Running => {
                self.agenda[i].pause(now);
                Event::ItemPaused(id)
            }
            ItemState::Paused => {
                self.agenda[i].start(now);
                Event::ItemResumed(id)
            }
            _ => {
                self.agenda[i].start(now);
                Event::ItemStarted(id)
            }
        };
        self.record(now, event);
    }

    /// Finish the current item and start the next pending one; finishing the
    /// last item finishes the session.
    pub fn advance(&mut self, now: Timestamp) {
        let Some(i) = self.current_index() else { return };
        if self.started_at().is_none() {
            self.record(now, Event::SessionStarted);
        }
        if self.agenda[i].is_open() {
            self.agenda[i].finish(now);
            let id = self.agenda[i].id.clone();
            self.record(now, Event::ItemFinished(id));
        } else {
            // Nothing was running: start this item rather than skipping past it.
            self.agenda[i].start(now);
            let id = self.agenda[i].id.clone();
            self.record(now, Event::ItemStarted(id));
            return;
        }
        match self.agenda.iter().skip(i + 1).position(|it| it.state == ItemState::Pending) {
            Some(offset) => {
                let next = i + 1 + offset;
                self.agenda[next].start(now);
                let id = self.agenda[next].id.clone();
                self.record(now, Event::ItemStarted(id));
            }
            None => self.record(now, Event::SessionFinished),
        }
    }

    /// Go back one item: the open item returns to pending and the item before
    /// it (done or skipped) is open again.
    pub fn step_back(&mut self, now: Timestamp) {
        let open = self.agenda.iter().position(AgendaItem::is_open);
        let upto = open.or_else(|| self.current_index()).unwrap_or(self.agenda.len());
        let Some(prev) = self.agenda[..upto].iter().rposition(AgendaItem::is_closed) else {
            return;
        };
        if let Some(o) = open {
            self.agenda[o].reset();
            let id = self.agenda[o].id.clone();
            self.record(now, Event::ItemReset(id));
        }
        // A session that had finished is running again.
        self.log.retain(|e| e.event != Event::SessionFinished);
        self.agenda[prev].reopen(now);
        let id = self.agenda[prev].id.clone();
        self.record(now, Event::ItemReopened(id));
    }

    /// Change the plan of the current item by `delta` minutes (never below 1).
    pub fn adjust_current(&mut self, delta: Minutes, now: Timestamp) {
        let Some(i) = self.current_index() else { return };
        self.set_planned_minutes(i, self.agenda[i].planned_minutes + delta, now);
    }

    /// Set an item's planned minutes, recording the change.
    pub fn set_planned_minutes(&mut self, index: usize, minutes: Minutes, now: Timestamp) {
        let Some(item) = self.agenda.get_mut(index) else { return };
        let to = minutes.max(1);
        let from = item.planned_minutes;
        if from == to {
            return;
        }
        item.planned_minutes = to;
        let id = item.id.clone();
        self.record(now, Event::PlanChanged { item: id, from, to });
    }

    /// Skip an item that has not started (or is open: it ends unheld).
    pub fn skip(&mut self, index: usize, now: Timestamp) {
        let Some(item) = self.agenda.get_mut(index) else { return };
        if item.is_closed() {
            return;
        }
        item.skip();
        let id = item.id.clone();
        self.record(now, Event::ItemSkipped(id));
    }

    /// Finish the session now, closing the open item (once: a finished
    /// session stays finished at its first end).
    pub fn finish(&mut self, now: Timestamp) {
        if self.finished_at().is_some() {
            return;
        }
        if let Some(i) = self.agenda.iter().position(AgendaItem::is_open) {
            self.agenda[i].finish(now);
            let id = self.agenda[i].id.clone();
            self.record(now, Event::ItemFinished(id));
        }
        self.record(now, Event::SessionFinished);
    }

    /// Move the plan to start at `to`. Fixed times keep their clock time on
    /// the new date where they still fall after the new start; an earlier
    /// one cannot be kept and the item becomes flexible. All is logged.
    pub fn move_plan(&mut self, to: Timestamp, now: Timestamp) {
        let from = self.planned_start;
        if from == to {
            return;
        }
        self.record(now, Event::PlanMoved { from, to });
        self.planned_start = to;
        let date = to.date_naive();
        let mut released = Vec::new();
        for item in &mut self.agenda {
            let Some(time) = item.fixed_start else { continue };
            if date.and_time(time) < to.naive_local() {
                item.fixed_start = None;
                released.push(Event::FixedReleased { item: item.id.clone(), was: time });
            }
        }
        for event in released {
            self.record(now, event);
        }
    }

    /// Notes taken during an item, in time order.
    pub fn notes_of(&self, item: Option<&ItemId>) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.item.as_ref() == item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ItemKind, ParticipantId};
    use chrono::DateTime;

    fn at(hm: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap()
    }

    fn session() -> Session {
        let mut s = Session::new("s1", "Bimtek", "Hari 1", at("08:00"));
        for (n, (title, minutes)) in [("Registrasi", 15), ("Input", 90), ("Refleksi", 15)].iter().enumerate()
        {
            s.agenda.push(AgendaItem::new(ItemId::numbered(n + 1), *title, ItemKind::Input, *minutes));
        }
        s
    }

    #[test]
    fn first_toggle_starts_the_session_and_the_first_item() {
        let mut s = session();
        assert_eq!(s.phase(), Phase::Planned);
        s.toggle_current(at("08:02"));
        assert_eq!(s.started_at(), Some(at("08:02")));
        assert_eq!(s.agenda[0].state, ItemState::Running);
        assert_eq!(s.phase(), Phase::Running);
        s.toggle_current(at("08:05"));
        assert_eq!(s.agenda[0].state, ItemState::Paused);
        assert_eq!(s.log.last().unwrap().event, Event::ItemPaused(ItemId::numbered(1)));
    }

    #[test]
    fn advancing_through_every_item_finishes_the_session() {
        let mut s = session();
        s.toggle_current(at("08:00"));
        s.advance(at("08:15"));
        assert_eq!(s.current_index(), Some(1));
        s.advance(at("09:50"));
        s.advance(at("10:05"));
        assert_eq!(s.phase(), Phase::Finished);
        assert_eq!(s.finished_at(), Some(at("10:05")));
        assert_eq!(s.agenda[1].actual_minutes(), Some(95));
    }

    #[test]
    fn stepping_back_reopens_the_previous_item() {
        let mut s = session();
        s.toggle_current(at("08:00"));
        s.advance(at("08:15"));
        s.step_back(at("08:16"));
        assert_eq!(s.agenda[1].state, ItemState::Pending);
        assert_eq!(s.agenda[0].state, ItemState::Running);
        assert_eq!(s.current_index(), Some(0));
    }

    #[test]
    fn plan_changes_are_logged_and_never_below_one_minute() {
        let mut s = session();
        s.adjust_current(5, at("07:50"));
        assert_eq!(s.agenda[0].planned_minutes, 20);
        s.adjust_current(-60, at("07:51"));
        assert_eq!(s.agenda[0].planned_minutes, 1);
        assert_eq!(s.log[0].event, Event::PlanChanged { item: ItemId::numbered(1), from: 15, to: 20 });
    }

    #[test]
    fn moving_the_plan_keeps_fixed_times_that_still_fit() {
        let mut s = session();
        s.agenda[2].fixed_start = NaiveTime::from_hms_opt(12, 15, 0);
        s.agenda[1].fixed_start = NaiveTime::from_hms_opt(9, 0, 0);
        let tomorrow_ten = at("10:00") + chrono::Duration::days(1);
        s.move_plan(tomorrow_ten, tomorrow_ten);
        assert_eq!(s.planned_start, tomorrow_ten);
        assert_eq!(s.agenda[2].fixed_start, NaiveTime::from_hms_opt(12, 15, 0));
        assert_eq!(s.agenda[1].fixed_start, None, "09:00 is before the new start");
        assert!(matches!(s.log[0].event, Event::PlanMoved { .. }));
        assert!(matches!(s.log[1].event, Event::FixedReleased { .. }));
    }

    #[test]
    fn recorded_marks_say_when_and_by_whom_and_an_unmark_is_kept() {
        let mut s = session();
        let id = ParticipantId::numbered(1);
        s.roster.push(Participant::new(id.clone(), "Siti"));
        s.record_mark(id.clone(), Mark::with_status(Status::Present), at("08:01"), "Ratna");
        let mark = s.mark(&id);
        assert_eq!((mark.marked_at, mark.marked_by.as_deref()), (Some(at("08:01")), Some("Ratna")));
        s.record_mark(id.clone(), Mark::with_status(Status::Present), at("08:05"), "Agus");
        assert_eq!(s.mark(&id).marked_at, Some(at("08:01")), "the same mark again changes nothing");
        s.record_mark(id.clone(), Mark::default(), at("08:09"), "Agus");
        assert_eq!(s.mark(&id).status, Status::Unmarked);
        assert_eq!(s.attendance[&id].marked_at, Some(at("08:09")));
        assert_eq!(s.attendance_count().marked, 0);
    }

    #[test]
    fn deleting_a_note_leaves_a_tombstone() {
        let mut s = session();
        let id = NoteId("n1".into());
        s.notes.push(Note::new(id.clone(), at("08:10"), crate::domain::NoteKind::Note, "x"));
        s.delete_note(&NoteId("other".into()), at("08:11"));
        assert!(s.deleted_notes.is_empty(), "no tombstone for a note that was not there");
        s.delete_note(&id, at("08:12"));
        assert!(s.notes.is_empty());
        assert_eq!(s.deleted_notes.get(&id), Some(&at("08:12")));
    }

    #[test]
    fn unmarking_removes_the_entry() {
        let mut s = session();
        let id = ParticipantId::numbered(1);
        s.roster.push(Participant::new(id.clone(), "Siti"));
        s.set_mark(id.clone(), Mark::with_status(Status::Present));
        assert_eq!(s.attendance_count().in_room, 1);
        s.set_mark(id.clone(), Mark::default());
        assert!(s.attendance.is_empty());
        assert_eq!(s.attendance_count().of(Status::Unmarked), 1);
    }
}
