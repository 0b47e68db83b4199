//! The people on a session's roster.

use serde::{Deserialize, Serialize};

/// A participant's id, stable across all sessions of one workshop (`p001`, …).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParticipantId(pub String);

impl ParticipantId {
    /// The id of the `n`th participant (counting from 1).
    pub fn numbered(n: usize) -> Self {
        ParticipantId(format!("p{n:03}"))
    }

    /// The number in a `pNNN` id, if it has one.
    pub fn number(&self) -> Option<usize> {
        self.0.strip_prefix('p')?.parse().ok()
    }
}

impl std::fmt::Display for ParticipantId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Gender as recorded on the roster, for disaggregated reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Gender {
    Female,
    Male,
    #[default]
    NotRecorded,
}

/// One person on the roster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: ParticipantId,
    /// Full name with academic titles, as the person writes it.
    pub name: String,
    #[serde(default)]
    pub gender: Gender,
    /// Position (*jabatan*).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// Work unit (*unit kerja*, *instansi*).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Sub-district (*kecamatan*).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kecamatan: String,
    /// Regency or city (*kabupaten/kota*).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kabupaten: String,
    /// Civil-servant number (NIP), kept as text so leading zeros survive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Any disability the participant chose to record, in their words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disability: Option<String>,
    /// Working group (*kelompok*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

impl Participant {
    /// A participant with only an id and a name.
    pub fn new(id: ParticipantId, name: impl Into<String>) -> Self {
        Participant {
            id,
            name: name.into(),
            gender: Gender::NotRecorded,
            role: String::new(),
            organisation: String::new(),
            kecamatan: String::new(),
            kabupaten: String::new(),
            nip: None,
            phone: None,
            disability: None,
            group: None,
        }
    }

    /// The region as people say it: "Panekan, Kab. Magetan".
    pub fn region(&self) -> String {
        match (self.kecamatan.is_empty(), self.kabupaten.is_empty()) {
            (false, false) => format!("{}, {}", self.kecamatan, self.kabupaten),
            (false, true) => self.kecamatan.clone(),
            (true, false) => self.kabupaten.clone(),
            (true, true) => String::new(),
        }
    }

    pub fn has_disability(&self) -> bool {
        self.disability.as_deref().is_some_and(|d| !d.trim().is_empty())
    }
}

/// The next free `pNNN` id after those in `roster`.
pub fn next_participant_id(roster: &[Participant]) -> ParticipantId {
    let highest = roster.iter().filter_map(|p| p.id.number()).max().unwrap_or(0);
    ParticipantId::numbered(highest + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_continues_after_the_highest() {
        let roster = vec![
            Participant::new(ParticipantId::numbered(1), "A"),
            Participant::new(ParticipantId::numbered(7), "B"),
            Participant::new(ParticipantId("tamu".into()), "C"),
        ];
        assert_eq!(next_participant_id(&roster), ParticipantId("p008".into()));
        assert_eq!(next_participant_id(&[]), ParticipantId("p001".into()));
    }

    #[test]
    fn region_joins_what_is_known() {
        let mut p = Participant::new(ParticipantId::numbered(1), "A");
        assert_eq!(p.region(), "");
        p.kecamatan = "Panekan".into();
        p.kabupaten = "Kab. Magetan".into();
        assert_eq!(p.region(), "Panekan, Kab. Magetan");
    }
}
