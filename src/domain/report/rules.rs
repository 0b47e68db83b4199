//! The rules of one mark and one participant: learning minutes, minutes
//! attended, the cell of a mark and the standing against the threshold.

use super::{Cell, Outcome, Standing};
use crate::domain::schedule::planned_end;
use crate::domain::session::Phase;
use crate::domain::{ItemState, Mark, Minutes, Session, Status, Timestamp};

/// Learning minutes of a session: planned minutes of its learning items that
/// were not skipped.
pub fn learning_minutes(session: &Session) -> Minutes {
    session
        .agenda
        .iter()
        .filter(|i| i.kind.is_learning() && i.state != ItemState::Skipped)
        .map(|i| i.planned_minutes)
        .sum()
}

/// Whether a session is over at `now`: finished, or started and past its
/// planned end (a day run without pressing "finish" did happen). A session
/// never started is still to come whatever its date: nothing says it was held.
pub fn is_over(session: &Session, now: Timestamp) -> bool {
    match session.phase() {
        Phase::Finished => true,
        Phase::Running => planned_end(session) <= now,
        Phase::Planned => false,
    }
}

/// Learning minutes a mark attended: the session's learning minutes less the
/// minutes missed by arriving late (beyond the grace time) and by leaving
/// before the planned end; nothing for anyone not in the room.
pub fn minutes_attended(session: &Session, mark: &Mark, grace_minutes: Minutes) -> Minutes {
    if !mark.status.is_in_room() {
        return 0;
    }
    let late = session.minutes_late(mark);
    let late = if late <= grace_minutes { 0 } else { late };
    let early = mark.minutes_left_early(planned_end(session));
    (learning_minutes(session) - late - early).max(0)
}

/// The cell of one mark in one session.
pub fn cell(session: &Session, over: bool, mark: &Mark, grace_minutes: Minutes) -> Cell {
    let outcome = match mark.status {
        Status::Present | Status::Late | Status::LeftEarly => {
            Outcome::Attended(minutes_attended(session, mark, grace_minutes))
        }
        Status::Excused | Status::Sick => Outcome::Excused,
        Status::Absent => Outcome::Absent,
        Status::Unmarked if over => Outcome::AbsentUnmarked,
        Status::Unmarked => Outcome::ToCome,
    };
    Cell { status: mark.status, outcome }
}

/// Where someone stands, from minutes attended and planned and the learning
/// minutes of each session still to come for them. Integer arithmetic, so
/// that exactly the threshold reaches it.
pub fn standing(
    attended: Minutes,
    planned: Minutes,
    to_come: &[Minutes],
    threshold_percent: u32,
) -> Standing {
    let threshold = Minutes::from(threshold_percent);
    let reaches = |minutes: Minutes| minutes * 100 >= threshold * planned;
    let best = attended + to_come.iter().sum::<Minutes>();
    // Missing the shortest remaining session is the smallest slip possible.
    let smallest_slip = to_come.iter().copied().filter(|m| *m > 0).min().unwrap_or(0);
    if reaches(attended) {
        Standing::Reached
    } else if !reaches(best) {
        Standing::CannotReach
    } else if smallest_slip == 0 || !reaches(best - smallest_slip) {
        Standing::AtRisk
    } else {
        Standing::OnTrack
    }
}
