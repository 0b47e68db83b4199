//! The run view: the agenda timer, the roll call and the notes of one
//! session, with undo, and the save state the header shows.

use std::path::PathBuf;

use crate::domain::Minutes;
use crate::domain::{ItemId, ItemState, Note, Participant, ParticipantId, Session, Timestamp};
use crate::text::Text;
use crate::tui::command::{Command, Gesture, Pane};
use crate::tui::effect::Effect;
use crate::tui::keymap::Context;
use crate::tui::message::OpenedSession;

use super::editor::NoteEditor;
use super::{Filter, Notice, Outcome};

/// How many changes undo remembers.
pub const UNDO_DEPTH: usize = 100;
/// Seconds between tries after a failed save.
pub const RETRY_SECONDS: i64 = 5;

/// Whether what is on screen is on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// On disk, saved at the given time (or as opened).
    Saved(Option<Timestamp>),
    /// Changed; a save has been asked for.
    Pending,
    /// The last save failed; retried every few seconds.
    Failed { message: String, last_try: Timestamp },
}

/// How far from its planned start a session may begin before sigap offers
/// to move the plan.
pub const MOVE_PLAN_AFTER_MINUTES: i64 = 60;

/// A session open in the run view.
#[derive(Debug)]
pub struct Run {
    pub(crate) session: Session,
    pub(crate) path: PathBuf,
    pub(crate) read_only: Option<String>,
    pub(crate) focus: Pane,
    pub(crate) agenda_cursor: usize,
    /// Index into `visible_people()`.
    pub(crate) people_cursor: usize,
    pub(crate) people_filter: Filter,
    /// Index into `visible_notes()`.
    pub(crate) notes_cursor: usize,
    pub(crate) notes_filter: Filter,
    pub(crate) editor: Option<NoteEditor>,
    pub(crate) prompt: Option<Prompt>,
    /// The session details form, when open.
    pub(crate) details: Option<DetailsForm>,
    pub(crate) confirm: Option<Confirm>,
    pub(crate) save: SaveState,
    /// Typing in the editor that is not on disk yet.
    pub(crate) draft_unsaved: bool,
    /// The full-screen clock for the room is showing.
    pub(crate) clock: bool,
    /// Minutes after the start within which a present mark is not questioned.
    pub(crate) grace_minutes: Minutes,
    /// The notes are in time order (as they nearly always are): known when
    /// the session changes, so drawing a frame need not look at every note.
    pub(crate) notes_in_order: bool,
    /// Who gives the marks, as the app was told.
    pub(crate) author: String,
    /// The undo key as the key table has it, for the status line.
    pub(crate) undo_key: String,
    /// Only the participants still unmarked are listed.
    pub(crate) only_unmarked: bool,
    /// Who the last mark was for, while the cursor has not been moved since:
    /// a reason or a time typed next is theirs.
    just_marked: Option<ParticipantId>,
    burst: Burst,
    undo: Vec<(String, Session)>,
    redo: Vec<(String, Session)>,
}

fn notes_in_order(session: &Session) -> bool {
    session.notes.windows(2).all(|w| w[0].at <= w[1].at)
}

fn say(text: impl Into<String>) -> Outcome {
    Outcome::notice(Notice::info(text.into()))
}

mod agenda_keys;
mod details;
mod history;
mod notes;
mod on_disk;
mod questions;
mod roll_call;
mod times;
mod typing;

pub use details::DetailsForm;
pub use questions::{Confirm, Prompt, PromptKind};
use typing::Burst;
pub use typing::Guard;

impl Run {
    pub fn open(opened: OpenedSession) -> Self {
        let agenda_cursor = opened.session.current_index().unwrap_or(0);
        let note = opened.note.clone();
        let mut run = Run {
            session: opened.session,
            path: opened.path,
            read_only: opened.read_only,
            focus: Pane::Attendance,
            agenda_cursor,
            people_cursor: 0,
            people_filter: Filter::default(),
            notes_cursor: 0,
            notes_filter: Filter::default(),
            editor: None,
            prompt: None,
            details: None,
            confirm: None,
            clock: false,
            grace_minutes: crate::report::GRACE_MINUTES,
            notes_in_order: false,
            save: SaveState::Saved(None),
            draft_unsaved: false,
            author: super::UNKNOWN_AUTHOR.to_string(),
            undo_key: "u".to_string(),
            only_unmarked: false,
            just_marked: None,
            burst: Burst::default(),
            undo: Vec::new(),
            redo: Vec::new(),
        };
        // Opened from a search hit: show that note.
        if let Some(id) = note
            && let Some(pos) = run.visible_notes().iter().position(|&i| run.session.notes[i].id == id)
        {
            run.focus = Pane::Notes;
            run.notes_cursor = pos;
        }
        run.notes_in_order = notes_in_order(&run.session);
        run
    }

    pub fn contexts(&self) -> Vec<Context> {
        if let Some(editor) = &self.editor {
            return if editor.mention.is_some() {
                vec![Context::Mention, Context::Editor]
            } else {
                vec![Context::Editor]
            };
        }
        if self.prompt.is_some() {
            return vec![Context::Prompt];
        }
        if self.confirm.is_some() {
            return vec![Context::Confirm, Context::Global];
        }
        if self.details.is_some() {
            return vec![Context::Form];
        }
        if self.clock {
            return vec![Context::Clock, Context::Global];
        }
        if self.people_filter.typing || self.notes_filter.typing {
            return vec![Context::Filter];
        }
        let pane = match self.focus {
            Pane::Agenda => Context::Agenda,
            Pane::Attendance => Context::Attendance,
            Pane::Notes => Context::Notes,
        };
        vec![pane, Context::Run, Context::Global]
    }

    /// The words across the top when the session is read-only or unsaved.
    pub fn banner(&self, t: &Text) -> Option<String> {
        if let Some(why) = &self.read_only {
            return Some(format!(" {}: {why}. {}", t.read_only, t.read_only_hint));
        }
        match &self.save {
            SaveState::Failed { message, .. } => {
                Some(format!(" {}: {message}. {}", t.not_saved, t.kept_in_memory))
            }
            _ => None,
        }
    }

    /// How many lines the banner takes at `width`: a long one (the path to
    /// a copy of the work) wraps rather than hides its end.
    pub fn banner_lines(&self, t: &Text, width: u16) -> u16 {
        self.banner(t).map_or(0, |text| {
            let wide = unicode_width::UnicodeWidthStr::width(text.as_str());
            u16::try_from(wide.div_ceil(usize::from(width.max(1)))).unwrap_or(3).clamp(1, 3)
        })
    }

    /// Focus the pane under a click and, in the agenda and the attendance,
    /// put the cursor on the row under it.
    pub fn click(&mut self, column: u16, row: u16, body: ratatui::layout::Rect, t: &Text) {
        use crate::tui::layout::{clicked_line, contains, run_areas};
        let areas = run_areas(body, self.banner_lines(t, body.width));
        if contains(areas.agenda, column, row) {
            self.focus = Pane::Agenda;
            let selected = self.agenda_cursor.min(self.session.agenda.len().saturating_sub(1));
            if let Some(line) =
                clicked_line(areas.agenda, selected, row).filter(|l| *l < self.session.agenda.len())
            {
                self.agenda_cursor = line;
            }
        } else if contains(areas.people, column, row) {
            self.focus = Pane::Attendance;
            let len = self.visible_people().len();
            let selected = self.people_cursor.min(len.saturating_sub(1));
            if let Some(line) = clicked_line(areas.people, selected, row).filter(|l| *l < len) {
                self.people_cursor = line;
            }
        } else if contains(areas.notes, column, row) {
            self.focus = Pane::Notes;
        }
    }

    pub fn needs_save(&self) -> bool {
        !matches!(self.save, SaveState::Saved(_)) || self.draft_unsaved
    }

    /// Nothing open on top and no filter: `Esc` goes back home.
    pub fn is_idle(&self) -> bool {
        self.editor.is_none()
            && self.prompt.is_none()
            && self.confirm.is_none()
            && self.details.is_none()
            && !self.people_filter.is_active()
            && !self.notes_filter.is_active()
            // A filter just opened, still empty, is closed by Esc first.
            && !self.people_filter.typing
            && !self.notes_filter.typing
    }

    pub fn can_undo(&self) -> usize {
        self.undo.len()
    }

    /// Roster indices that pass the attendance filter.
    pub fn visible_people(&self) -> Vec<usize> {
        // Drawn on every frame: without a filter, nothing to look at.
        if !self.people_filter.is_active() && !self.only_unmarked {
            return (0..self.session.roster.len()).collect();
        }
        (0..self.session.roster.len())
            .filter(|&i| {
                let p = &self.session.roster[i];
                (!self.only_unmarked || self.session.mark(&p.id).status == crate::domain::Status::Unmarked)
                    && self.people_filter.matches(&[&p.name, &p.organisation, &p.kecamatan, &p.kabupaten])
            })
            .collect()
    }

    pub fn selected_person(&self) -> Option<&Participant> {
        self.visible_people().get(self.people_cursor).map(|&i| &self.session.roster[i])
    }

    /// Note indices that pass the notes filter, in time order.
    pub fn visible_notes(&self) -> Vec<usize> {
        let notes = &self.session.notes;
        let mut idx: Vec<usize> = if self.notes_filter.is_active() {
            (0..notes.len()).filter(|&i| self.notes_filter.matches(&[&notes[i].text])).collect()
        } else {
            (0..notes.len()).collect()
        };
        // Notes are taken in time order, so this is mostly a quick check.
        if !idx.windows(2).all(|w| notes[w[0]].at <= notes[w[1]].at) {
            idx.sort_by_key(|&i| (notes[i].at, i));
        }
        idx
    }

    pub fn selected_note(&self) -> Option<&Note> {
        self.visible_notes().get(self.notes_cursor).map(|&i| &self.session.notes[i])
    }

    /// The item notes are taken against: the open one, else the next one
    /// once the session has started.
    pub fn current_item(&self) -> Option<ItemId> {
        let open = self.session.agenda.iter().find(|i| i.is_open());
        let next = self
            .session
            .started_at()
            .and_then(|_| self.session.current_index())
            .map(|i| &self.session.agenda[i]);
        open.or(next).map(|i| i.id.clone())
    }

    /// What the person did: the overlay on top takes it first.
    pub fn update(&mut self, gesture: Gesture, now: Timestamp, t: &Text, random: u64) -> Outcome {
        if self.editor.is_some() {
            return self.update_editor(gesture, now, t, random);
        }
        if self.prompt.is_some() {
            return self.update_prompt(gesture, now, t);
        }
        if let Some(confirm) = self.confirm.take() {
            return self.answer(confirm, gesture, now, t);
        }
        if self.details.is_some() {
            return self.update_details(gesture, t);
        }
        if self.people_filter.typing || self.notes_filter.typing {
            return self.update_filter(gesture);
        }
        let just_marked = self.just_marked.take();
        let Gesture::Command(command) = gesture else { return Outcome::NONE };
        match command {
            Command::ToggleTimer
            | Command::NextItem
            | Command::PreviousItem
            | Command::ExtendItem
            | Command::ShortenItem
            | Command::SkipItem
            | Command::Rebalance => self.agenda_command(command, now, t),
            Command::Mark(_)
            | Command::MarkRestAbsent
            | Command::AddWalkIn
            | Command::EditReason
            | Command::EditTime
            | Command::ToggleUnmarked => self.roll_call_command(command, just_marked, now, t),
            Command::NewNote | Command::EditNote | Command::DeleteNote | Command::ToggleActionDone => {
                self.notes_command(command, now, t)
            }
            _ => self.view_command(command, t),
        }
    }

    /// The keys of the whole view, whichever pane has the focus.
    fn view_command(&mut self, command: Command, t: &Text) -> Outcome {
        match command {
            Command::ToggleClock => {
                self.clock = !self.clock;
                Outcome::NONE
            }
            Command::Focus(pane) => {
                self.focus = pane;
                Outcome::NONE
            }
            Command::NextPane => {
                self.focus = match self.focus {
                    Pane::Agenda => Pane::Attendance,
                    Pane::Attendance => Pane::Notes,
                    Pane::Notes => Pane::Agenda,
                };
                Outcome::NONE
            }
            Command::Up => self.move_cursor(-1),
            Command::Down => self.move_cursor(1),
            Command::PageUp => self.move_cursor(-10),
            Command::PageDown => self.move_cursor(10),
            Command::StartFilter => self.start_filter(),
            Command::Cancel => {
                self.people_filter = Filter::default();
                self.notes_filter = Filter::default();
                Outcome::NONE
            }
            Command::Undo => self.undo(t),
            Command::Redo => self.redo(t),
            Command::EditDetails => self.open_details(t),
            _ => Outcome::NONE,
        }
    }

    pub(super) fn tick(&mut self, now: Timestamp) -> Outcome {
        match &self.save {
            SaveState::Failed { last_try, .. } if (now - *last_try).num_seconds() >= RETRY_SECONDS => {
                Outcome::effect(Effect::Save)
            }
            _ => Outcome::NONE,
        }
    }

    pub(super) fn move_cursor(&mut self, by: isize) -> Outcome {
        let len = match self.focus {
            Pane::Agenda => self.session.agenda.len(),
            Pane::Attendance => self.visible_people().len(),
            Pane::Notes => self.visible_notes().len(),
        };
        let cursor = match self.focus {
            Pane::Agenda => &mut self.agenda_cursor,
            Pane::Attendance => &mut self.people_cursor,
            Pane::Notes => &mut self.notes_cursor,
        };
        *cursor = cursor.saturating_add_signed(by).min(len.saturating_sub(1));
        Outcome::NONE
    }

    /// Whether an item is the one the timer is on.
    pub fn is_current(&self, index: usize) -> bool {
        self.session.current_index() == Some(index)
            && matches!(
                self.session.agenda[index].state,
                ItemState::Running | ItemState::Paused | ItemState::Pending
            )
    }
}
