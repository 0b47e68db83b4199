//! The home screen: sessions grouped by workshop, and the new-session form.

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate, NaiveTime, Timelike};

use super::{Filter, Notice, Outcome, edit_line};
use crate::domain::{Phase, Timestamp};
use crate::search::{Hit, SearchFilter};
use crate::text::Text;
use crate::tui::command::{Command, Gesture};
use crate::tui::effect::{Effect, NewSessionSpec, OpenMode};
use crate::tui::keymap::Context;
use crate::tui::message::{HomeData, HomeRow};

/// A line of the session list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HomeLine {
    /// A workshop's name (or the heading of note hits or unreadable files).
    Heading { text: String, unreadable: bool },
    /// The item of `items()` at this index.
    Item(usize),
}

/// How many note hits the home screen lists at most.
pub const MAX_HITS: usize = 500;

/// The home screen's state.
#[derive(Debug, Default)]
pub struct Home {
    pub(crate) data: HomeData,
    /// Whether the folder has been read at least once.
    pub(crate) loaded: bool,
    /// Index into `items()`.
    pub(crate) cursor: usize,
    pub(crate) filter: Filter,
    /// Notes matching the filter, across every session.
    pub(crate) hits: Vec<Hit>,
    pub(crate) form: Option<Form>,
    /// While the folder is first read: how many sessions of how many.
    pub(crate) read_so_far: Option<(usize, usize)>,
}

/// A line of the home list: a session, or a note that matches the search.
#[derive(Clone, Copy, Debug)]
pub enum HomeItem<'a> {
    Session(&'a HomeRow),
    Note(&'a Hit),
}

/// The fields of the new-session form, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormField {
    Workshop,
    Title,
    Date,
    Start,
    Template,
    Roster,
}

const FIELDS: [FormField; 6] = [
    FormField::Workshop,
    FormField::Title,
    FormField::Date,
    FormField::Start,
    FormField::Template,
    FormField::Roster,
];

/// The new-session form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub workshop: String,
    pub title: String,
    pub date: String,
    pub start: String,
    /// Index into the templates, or `None` for an empty agenda.
    pub template: Option<usize>,
    /// Index into the rosters, or `None` for the workshop's last roster.
    pub roster: Option<usize>,
    pub field: FormField,
    pub error: Option<String>,
}

/// The next quarter hour at or after `now` (08:07 → 08:15, 08:15 → 08:15).
pub fn next_quarter_hour(now: Timestamp) -> NaiveTime {
    let minutes = now.hour() * 60 + now.minute() + u32::from(now.second() > 0);
    let rounded = minutes.div_ceil(15) * 15;
    NaiveTime::from_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(i64::from(rounded % (24 * 60)))
}

fn cycle(current: Option<usize>, len: usize, forward: bool) -> Option<usize> {
    // None comes before the first choice and after the last.
    match (current, forward) {
        (_, _) if len == 0 => None,
        (None, true) => Some(0),
        (None, false) => Some(len - 1),
        (Some(i), true) => (i + 1 < len).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
    }
}

impl Home {
    pub fn load(&mut self, data: HomeData) {
        self.data = data;
        self.loaded = true;
        self.read_so_far = None;
        self.search();
        self.cursor = self.cursor.min(self.items().len().saturating_sub(1));
    }

    /// How far the first reading of the folder has got, until the list is in.
    pub fn reading(&mut self, done: usize, total: usize) {
        if !self.loaded {
            self.read_so_far = Some((done, total));
        }
    }

    /// Find the notes that match the filter (all of its words, any order).
    fn search(&mut self) {
        self.hits = self.data.corpus.search(&self.filter.text, &SearchFilter::default(), MAX_HITS);
        self.hits.retain(|h| h.note.is_some());
    }

    /// The list as drawn: a heading before each workshop (and before the
    /// note hits, and the unreadable files), then its items by index.
    pub fn lines(&self, t: &Text) -> Vec<HomeLine> {
        let mut out = Vec::new();
        let mut heading: Option<String> = None;
        for (i, item) in self.items().iter().enumerate() {
            let (group, unreadable) = match item {
                HomeItem::Session(HomeRow { summary: Ok(s), .. }) => (s.workshop.clone(), false),
                HomeItem::Session(_) => (t.unreadable_files.to_string(), true),
                HomeItem::Note(_) => (format!("{} “{}”", t.notes_matching, self.filter.text), false),
            };
            if heading.as_ref() != Some(&group) {
                out.push(HomeLine::Heading { text: group.clone(), unreadable });
                heading = Some(group);
            }
            out.push(HomeLine::Item(i));
        }
        out
    }

    /// Put the cursor on the item drawn at `line`, if one is.
    pub fn click_line(&mut self, t: &Text, line: usize) {
        if let Some(HomeLine::Item(i)) = self.lines(t).get(line) {
            self.cursor = *i;
        }
    }

    /// Sessions that match the filter, then the notes that match it.
    pub fn items(&self) -> Vec<HomeItem<'_>> {
        let sessions = self.visible().into_iter().map(HomeItem::Session);
        sessions.chain(self.hits.iter().map(HomeItem::Note)).collect()
    }

    pub fn contexts(&self) -> Vec<Context> {
        if self.form.is_some() {
            vec![Context::Form]
        } else if self.filter.typing {
            vec![Context::Filter]
        } else {
            vec![Context::Home, Context::Global]
        }
    }

    /// Rows that pass the filter, in list order.
    pub fn visible(&self) -> Vec<&HomeRow> {
        self.data
            .rows
            .iter()
            .filter(|row| match &row.summary {
                Ok(s) => self.filter.matches(&[&s.workshop, &s.title, &s.venue]),
                Err(e) => self.filter.matches(&[&row.path.to_string_lossy(), e]),
            })
            .collect()
    }

    /// The sessions of the same workshop as `path`, oldest first: what the
    /// review steps through.
    pub fn siblings(&self, path: &Path) -> Vec<PathBuf> {
        let workshop = self.data.rows.iter().find(|r| r.path == path).and_then(|r| r.summary.as_ref().ok());
        let Some(workshop) = workshop.map(|s| s.workshop.clone()) else { return vec![path.to_path_buf()] };
        let mut same: Vec<_> = self
            .data
            .rows
            .iter()
            .filter_map(|r| r.summary.as_ref().ok())
            .filter(|s| s.workshop == workshop)
            .collect();
        same.sort_by_key(|s| s.planned_start);
        same.into_iter().map(|s| s.path.clone()).collect()
    }

    /// The session under the cursor (for a note hit: the note's session).
    pub fn selected(&self) -> Option<&HomeRow> {
        match self.items().get(self.cursor)? {
            HomeItem::Session(row) => Some(row),
            HomeItem::Note(hit) => self.data.rows.iter().find(|r| r.path == hit.path),
        }
    }

    fn move_cursor(&mut self, by: isize) {
        let len = self.items().len();
        self.cursor = self.cursor.saturating_add_signed(by).min(len.saturating_sub(1));
    }

    pub fn update(&mut self, gesture: Gesture, now: Timestamp, t: &Text) -> Outcome {
        if self.form.is_some() {
            return self.update_form(gesture, t);
        }
        match gesture {
            Gesture::Command(Command::Up) => self.move_cursor(-1),
            Gesture::Command(Command::Down) => self.move_cursor(1),
            Gesture::Command(Command::PageUp) => self.move_cursor(-10),
            Gesture::Command(Command::PageDown) => self.move_cursor(10),
            Gesture::Command(Command::StartFilter) => self.filter.typing = true,
            Gesture::Input(input) if self.filter.typing => {
                self.filter.type_key(&input);
                self.search();
                self.cursor = 0;
            }
            Gesture::Paste(text) if self.filter.typing => {
                self.filter.text.push_str(text.lines().next().unwrap_or(""));
                self.search();
                self.cursor = 0;
            }
            Gesture::Command(Command::Confirm) if self.filter.typing => self.filter.typing = false,
            Gesture::Command(Command::Cancel) => {
                self.filter = Filter::default();
                self.hits.clear();
            }
            Gesture::Command(Command::Confirm) => return self.open_selected(),
            Gesture::Command(Command::OpenReport) => {
                if let Some(HomeRow { summary: Ok(s), .. }) = self.selected() {
                    return Outcome::effect(Effect::LoadReport(s.workshop.clone()));
                }
            }
            Gesture::Command(Command::NewSession) => self.form = Some(self.new_form(now)),
            _ => {}
        }
        Outcome::NONE
    }

    /// Open the session under the cursor, at the note if a note hit is
    /// selected: a finished session for review, anything else to run.
    fn open_selected(&self) -> Outcome {
        let note = match self.items().get(self.cursor) {
            Some(HomeItem::Note(hit)) => hit.note.clone(),
            _ => None,
        };
        match self.selected() {
            Some(HomeRow { path, summary: Ok(s) }) => {
                let mode = if s.phase == Phase::Finished { OpenMode::Review } else { OpenMode::Run };
                Outcome::effect(Effect::Open { path: path.clone(), mode, note })
            }
            Some(HomeRow { summary: Err(e), .. }) => Outcome::notice(Notice::problem(e.clone())),
            None => Outcome::NONE,
        }
    }

    /// A form prefilled with today, the next quarter hour, the selected
    /// session's workshop and the template and roster used last.
    fn new_form(&self, now: Timestamp) -> Form {
        let workshop = self.selected().and_then(|r| r.summary.as_ref().ok()).map(|s| s.workshop.clone());
        let find = |list: &[String], name: &Option<String>| {
            name.as_ref().and_then(|n| list.iter().position(|x| x == n))
        };
        let field = if workshop.is_some() { FormField::Title } else { FormField::Workshop };
        Form {
            workshop: workshop.unwrap_or_default(),
            title: String::new(),
            date: now.date_naive().format("%Y-%m-%d").to_string(),
            start: next_quarter_hour(now).format("%H:%M").to_string(),
            template: find(&self.data.templates, &self.data.last_template),
            roster: find(&self.data.rosters, &self.data.last_roster),
            field,
            error: None,
        }
    }

    fn update_form(&mut self, gesture: Gesture, t: &Text) -> Outcome {
        let (templates, rosters) = (self.data.templates.len(), self.data.rosters.len());
        let Some(form) = self.form.as_mut() else { return Outcome::NONE };
        let at = FIELDS.iter().position(|f| *f == form.field).unwrap_or(0);
        match gesture {
            Gesture::Command(Command::Cancel) => self.form = None,
            Gesture::Command(Command::NextField) => form.field = FIELDS[(at + 1) % FIELDS.len()],
            Gesture::Command(Command::PreviousField) => {
                form.field = FIELDS[(at + FIELDS.len() - 1) % FIELDS.len()]
            }
            Gesture::Command(Command::NextChoice | Command::PreviousChoice) => {
                let forward = gesture == Gesture::Command(Command::NextChoice);
                match form.field {
                    FormField::Template => form.template = cycle(form.template, templates, forward),
                    FormField::Roster => form.roster = cycle(form.roster, rosters, forward),
                    _ => {}
                }
            }
            Gesture::Input(input) => {
                let text = match form.field {
                    FormField::Workshop => &mut form.workshop,
                    FormField::Title => &mut form.title,
                    FormField::Date => &mut form.date,
                    FormField::Start => &mut form.start,
                    FormField::Template | FormField::Roster => return Outcome::NONE,
                };
                edit_line(text, &input);
                form.error = None;
            }
            Gesture::Command(Command::Confirm) => match self.spec(t) {
                Ok(spec) => return Outcome::effect(Effect::Create(spec)),
                Err(e) => {
                    if let Some(form) = self.form.as_mut() {
                        form.error = Some(e);
                    }
                }
            },
            _ => {}
        }
        Outcome::NONE
    }

    /// The form as a session to create, or what is wrong with it.
    fn spec(&self, t: &Text) -> Result<NewSessionSpec, String> {
        let form = self.form.as_ref().ok_or_else(String::new)?;
        if form.workshop.trim().is_empty() {
            return Err(t.form_need_workshop.into());
        }
        if form.title.trim().is_empty() {
            return Err(t.form_need_title.into());
        }
        let date = NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d")
            .map_err(|_| format!("{}: {}", t.form_bad_date, form.date))?;
        let start = NaiveTime::parse_from_str(form.start.trim(), "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(form.start.trim(), "%H.%M"))
            .map_err(|_| format!("{}: {}", t.form_bad_time, form.start))?;
        Ok(NewSessionSpec {
            workshop: form.workshop.trim().to_string(),
            title: form.title.trim().to_string(),
            date,
            start,
            template: form.template.and_then(|i| self.data.templates.get(i).cloned()),
            roster: form.roster.and_then(|i| self.data.rosters.get(i).cloned()),
        })
    }

    /// Show a creation error in the form rather than losing what was typed.
    pub fn form_failed(&mut self, why: String) {
        if let Some(form) = self.form.as_mut() {
            form.error = Some(why);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    #[test]
    fn the_next_quarter_hour_rounds_up() {
        let at = |s: &str| DateTime::parse_from_rfc3339(&format!("2017-05-08T{s}+07:00")).unwrap();
        assert_eq!(next_quarter_hour(at("08:07:00")).to_string(), "08:15:00");
        assert_eq!(next_quarter_hour(at("08:15:00")).to_string(), "08:15:00");
        assert_eq!(next_quarter_hour(at("08:15:01")).to_string(), "08:30:00");
        assert_eq!(next_quarter_hour(at("23:50:00")).to_string(), "00:00:00");
    }

    #[test]
    fn choices_cycle_through_none() {
        assert_eq!(cycle(None, 2, true), Some(0));
        assert_eq!(cycle(Some(1), 2, true), None);
        assert_eq!(cycle(None, 2, false), Some(1));
        assert_eq!(cycle(None, 0, true), None);
    }
}
