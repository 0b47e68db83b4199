//! Agenda templates and roster files: the reusable parts of a session.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::{AgendaItem, FORMAT_VERSION, ItemId, ItemKind, Minutes, Participant};

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
