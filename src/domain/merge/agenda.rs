//! Merging the agenda items and the run log.

use std::cmp::Ordering;

use super::{canonical, pick, weave, weave_ids};
use crate::domain::{AgendaItem, Event, ItemId, ItemKind, ItemState, LogEntry, Minutes, Session, Timestamp};

type Plan = (String, ItemKind, Minutes, Option<String>, Option<chrono::NaiveTime>);
type Timing = (ItemState, Option<Timestamp>, Option<Timestamp>, i64, Option<Timestamp>);

fn plan_of(i: &AgendaItem) -> Plan {
    (i.title.clone(), i.kind, i.planned_minutes, i.facilitator.clone(), i.fixed_start)
}

fn timing_of(i: &AgendaItem) -> Timing {
    (i.state, i.started_at, i.ended_at, i.paused_seconds, i.paused_at)
}

/// The copy whose run of the agenda is kept, whole, so that the states of
/// the items stay consistent (one item open at most): the copy that ran the
/// agenda since the ancestor, else the one whose last step is the latest.
fn runner<'a>(base: Option<&Session>, ours: &'a Session, theirs: &'a Session) -> &'a Session {
    let run = |s: &Session| s.agenda.iter().map(|i| (i.id.clone(), timing_of(i))).collect::<Vec<_>>();
    let (o, t, b) = (run(ours), run(theirs), base.map(run));
    if o == t || b.as_ref() == Some(&t) {
        return ours;
    }
    if b.as_ref() == Some(&o) {
        return theirs;
    }
    let last_step = |s: &Session| s.log.iter().map(|e| e.at).max();
    match last_step(ours).cmp(&last_step(theirs)).then_with(|| canonical(&o, &t)) {
        Ordering::Less => theirs,
        _ => ours,
    }
}

/// The last time a copy's log changed an item's plan.
fn last_plan_change(s: &Session, item: &ItemId) -> Option<Timestamp> {
    s.log
        .iter()
        .filter(|e| matches!(&e.event, Event::PlanChanged { item: i, .. } | Event::FixedReleased { item: i, .. } if i == item))
        .map(|e| e.at)
        .max()
}

pub(super) fn last_move(s: &Session) -> Option<Timestamp> {
    s.log.iter().filter(|e| matches!(e.event, Event::PlanMoved { .. })).map(|e| e.at).max()
}

pub(super) fn merge_agenda(base: Option<&Session>, ours: &Session, theirs: &Session) -> Vec<AgendaItem> {
    let ids = |s: &Session| s.agenda.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    let runner = runner(base, ours, theirs);
    weave_ids(&ids(ours), &ids(theirs), |_, _| false)
        .into_iter()
        .filter_map(|id| {
            let (o, t) = match (ours.item(&id), theirs.item(&id)) {
                (Some(o), Some(t)) => (o, t),
                (o, t) => return o.or(t).cloned(),
            };
            let b = base.and_then(|b| b.item(&id));
            let plan = pick(b.map(plan_of).as_ref(), &plan_of(o), &plan_of(t), |x, y| {
                let when = |p: &Plan| {
                    if *p == plan_of(o) { last_plan_change(ours, &id) } else { last_plan_change(theirs, &id) }
                };
                when(x).cmp(&when(y))
            });
            let timing = timing_of(runner.item(&id).unwrap_or(o));
            let (title, kind, planned_minutes, facilitator, fixed_start) = plan;
            let (state, started_at, ended_at, paused_seconds, paused_at) = timing;
            Some(AgendaItem {
                id,
                title,
                kind,
                planned_minutes,
                facilitator,
                fixed_start,
                state,
                started_at,
                ended_at,
                paused_seconds,
                paused_at,
            })
        })
        .collect()
}

pub(super) fn merge_log(base: Option<&Session>, ours: &Session, theirs: &Session) -> Vec<LogEntry> {
    let mut log = weave(&ours.log, &theirs.log, |a, b| a.at < b.at);
    let Some(base) = base else { return log };
    // Logs mostly only grow; then nothing was removed.
    if ours.log.starts_with(&base.log) && theirs.log.starts_with(&base.log) {
        return log;
    }
    // An entry of the ancestor that a copy no longer has was removed there:
    // keep as many as both copies kept, plus what either added.
    let count = |list: &[LogEntry], e: &LogEntry| list.iter().filter(|x| *x == e).count();
    let mut seen: Vec<&LogEntry> = Vec::new();
    for e in &base.log {
        if seen.contains(&e) {
            continue;
        }
        seen.push(e);
        let (b, o, t) = (count(&base.log, e), count(&ours.log, e), count(&theirs.log, e));
        let wanted = b.min(o).min(t) + o.saturating_sub(b).max(t.saturating_sub(b));
        let mut extra = count(&log, e).saturating_sub(wanted);
        log.retain(|x| {
            if extra > 0 && x == e {
                extra -= 1;
                false
            } else {
                true
            }
        });
    }
    log
}
