//! What the minutes say, gathered once for every format they are written
//! in (Markdown, Word): the session's time, the agenda planned against
//! actual, the notes under their item and the notes of one kind.

use crate::domain::schedule::{planned_end, planned_slots};
use crate::domain::{AgendaItem, Gender, Minutes, Note, NoteKind, Session, Timestamp, lesson_hours};
use crate::text::Text;

/// When the session ran, as a range (`07.51–16.02`), with a remark saying
/// it was the plan or what the plan was (`rencana 07.45–16.00`).
pub struct Held {
    pub range: String,
    pub remark: String,
}

/// The session's time: actual when it started, planned otherwise.
pub fn held(s: &Session, t: &Text) -> Held {
    let e = &t.export;
    let planned = format!("{}–{}", t.hhmm(&s.planned_start), t.hhmm(&planned_end(s)));
    let (range, remark) = match (s.started_at(), s.finished_at()) {
        (Some(a), Some(b)) => {
            (format!("{}–{}", t.hhmm(&a), t.hhmm(&b)), format!("{} {planned}", e.planned_time))
        }
        (Some(a), None) => (format!("{}–", t.hhmm(&a)), format!("{} {planned}", e.planned_time)),
        _ => (planned, e.planned_time.to_string()),
    };
    Held { range, remark }
}

/// The session's time as a document states it, with its zone:
/// `pukul 07.51–16.02 WIB (rencana 07.45–16.00)`.
pub fn stated_time(s: &Session, t: &Text) -> String {
    let held = held(s, t);
    t.notation.stated_range(&held.range, &held.remark, s.planned_start.offset())
}

/// One agenda item, planned against actual.
pub struct AgendaRow<'a> {
    pub number: usize,
    pub item: &'a AgendaItem,
    /// When the plan puts it.
    pub planned_start: Timestamp,
    /// When it started and, once over, ended and how long it took.
    pub started: Option<Timestamp>,
    pub ended: Option<(Timestamp, Minutes)>,
}

impl AgendaRow<'_> {
    /// Actual minus planned minutes, once the item is over.
    pub fn difference(&self) -> Option<Minutes> {
        self.ended.map(|(_, m)| m - self.item.planned_minutes)
    }
}

/// The agenda's rows and its totals in minutes: planned, of which
/// learning (for lesson hours), and actual.
pub struct Agenda<'a> {
    pub rows: Vec<AgendaRow<'a>>,
    pub planned: Minutes,
    pub learning: Minutes,
    pub actual: Minutes,
}

impl Agenda<'_> {
    /// The planned learning time in lesson hours (*JP*).
    pub fn lesson_hours(&self) -> f64 {
        lesson_hours(self.learning)
    }
}

pub fn agenda(s: &Session) -> Agenda<'_> {
    let mut agenda = Agenda { rows: Vec::new(), planned: 0, learning: 0, actual: 0 };
    for (n, (item, slot)) in s.agenda.iter().zip(planned_slots(s)).enumerate() {
        agenda.planned += item.planned_minutes;
        if item.kind.is_learning() {
            agenda.learning += item.planned_minutes;
        }
        let ended = match (item.started_at, item.ended_at, item.actual_minutes()) {
            (Some(_), Some(b), Some(m)) => {
                agenda.actual += m;
                Some((b, m))
            }
            _ => None,
        };
        agenda.rows.push(AgendaRow {
            number: n + 1,
            item,
            planned_start: slot.start,
            started: item.started_at,
            ended,
        });
    }
    agenda
}

/// The notes taken during one agenda item (`None`: outside the agenda),
/// in the order they were taken.
pub struct NoteGroup<'a> {
    /// The item's number and the item.
    pub item: Option<(usize, &'a AgendaItem)>,
    pub notes: Vec<&'a Note>,
}

/// The notes under their agenda item, in agenda order, then those outside
/// the agenda; items without notes are left out.
pub fn note_groups(s: &Session) -> Vec<NoteGroup<'_>> {
    let items = s.agenda.iter().enumerate().map(|(n, i)| Some((n + 1, i))).chain(std::iter::once(None));
    items
        .filter_map(|item| {
            let mut notes: Vec<&Note> = s.notes_of(item.map(|(_, i)| &i.id)).collect();
            notes.sort_by_key(|n| n.at);
            (!notes.is_empty()).then_some(NoteGroup { item, notes })
        })
        .collect()
}

/// The notes of these kinds, in the order they were taken.
pub fn of_kind<'a>(s: &'a Session, kinds: &[NoteKind]) -> Vec<&'a Note> {
    let mut notes: Vec<&Note> = s.notes.iter().filter(|n| kinds.contains(&n.kind)).collect();
    notes.sort_by_key(|n| n.at);
    notes
}

/// How many of each gender were in the room: `(gender, in the room, on
/// the roster)` for each gender someone on the roster has, men first as
/// Indonesian reports count them.
pub fn in_room_by_gender(s: &Session) -> Vec<(Gender, usize, usize)> {
    [Gender::Male, Gender::Female, Gender::NotRecorded]
        .into_iter()
        .filter_map(|g| {
            let all: Vec<_> = s.roster.iter().filter(|p| p.gender == g).collect();
            let in_room = all.iter().filter(|p| s.mark(&p.id).status.is_in_room()).count();
            (!all.is_empty()).then_some((g, in_room, all.len()))
        })
        .collect()
}
