//! Agenda templates and roster files: the reusable parts of a session.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::{AgendaItem, Event, FORMAT_VERSION, ItemId, ItemKind, Minutes, Participant, Session};

/// A reusable agenda, stored under `sessions/templates/`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub version: u32,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub items: Vec<TemplateItem>,
}

/// One line of a template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateItem {
    pub title: String,
    pub kind: ItemKind,
    pub minutes: Minutes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_start: Option<NaiveTime>,
}

impl Template {
    /// A fresh, pending agenda from the template.
    pub fn agenda(&self) -> Vec<AgendaItem> {
        self.items
            .iter()
            .enumerate()
            .map(|(n, t)| {
                let mut item = AgendaItem::new(ItemId::numbered(n + 1), t.title.clone(), t.kind, t.minutes);
                item.facilitator = t.facilitator.clone();
                item.fixed_start = t.fixed_start;
                item
            })
            .collect()
    }
}

impl Template {
    /// A session's agenda as it was planned, to run again: changes made
    /// while it ran (minutes added or taken, fixed times released when the
    /// plan moved) are undone from the run log, because they answered that
    /// day's overruns, not the plan.
    pub fn from_session(session: &Session, name: impl Into<String>) -> Self {
        let mut minutes: Vec<Minutes> = session.agenda.iter().map(|i| i.planned_minutes).collect();
        let mut fixed: Vec<Option<NaiveTime>> = session.agenda.iter().map(|i| i.fixed_start).collect();
        let index = |id: &ItemId| session.agenda.iter().position(|i| &i.id == id);
        // Newest first, so the oldest change leaves its `from` in place.
        for entry in session.log.iter().rev() {
            match &entry.event {
                Event::PlanChanged { item, from, .. } => {
                    if let Some(n) = index(item) {
                        minutes[n] = *from;
                    }
                }
                Event::FixedReleased { item, was } => {
                    if let Some(n) = index(item) {
                        fixed[n] = Some(*was);
                    }
                }
                _ => {}
            }
        }
        let items = session
            .agenda
            .iter()
            .zip(minutes.into_iter().zip(fixed))
            .map(|(item, (minutes, fixed_start))| TemplateItem {
                title: item.title.clone(),
                kind: item.kind,
                minutes,
                facilitator: item.facilitator.clone(),
                fixed_start,
            })
            .collect();
        Template { version: FORMAT_VERSION, name: name.into(), description: String::new(), items }
    }

    /// The planned length of the whole agenda.
    pub fn total_minutes(&self) -> Minutes {
        self.items.iter().map(|i| i.minutes).sum()
    }
}

/// A roster kept for reuse, stored under `sessions/rosters/`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RosterFile {
    pub version: u32,
    pub name: String,
    pub participants: Vec<Participant>,
}

impl RosterFile {
    pub fn new(name: impl Into<String>, participants: Vec<Participant>) -> Self {
        RosterFile { version: FORMAT_VERSION, name: name.into(), participants }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn a_template_keeps_the_plan_not_the_day_s_changes() {
        let at = |hm: &str| DateTime::parse_from_rfc3339(&format!("2017-05-08T{hm}:00+07:00")).unwrap();
        let mut s = Session::new("s", "W", "T", at("08:00"));
        let mut lunch = AgendaItem::new(ItemId::numbered(2), "ISHOMA", ItemKind::MealPrayer, 60);
        lunch.fixed_start = Some(NaiveTime::from_hms_opt(12, 0, 0).unwrap());
        let mut input = AgendaItem::new(ItemId::numbered(1), "Materi", ItemKind::Input, 90);
        input.facilitator = Some("Dr. Ana".into());
        s.agenda = vec![input, lunch];
        s.toggle_current(at("08:00"));
        s.adjust_current(5, at("08:30"));
        s.adjust_current(5, at("08:40"));
        s.move_plan(at("13:00"), at("13:00"));
        assert_eq!(s.agenda[0].planned_minutes, 100);
        let template = Template::from_session(&s, "Hari");
        assert_eq!(template.items[0].minutes, 90);
        assert_eq!(template.items[0].facilitator.as_deref(), Some("Dr. Ana"));
        assert_eq!(template.items[1].fixed_start, NaiveTime::from_hms_opt(12, 0, 0));
        assert_eq!(template.total_minutes(), 150);
        assert_eq!(template.agenda()[0].state, crate::domain::ItemState::Pending);
    }
}
