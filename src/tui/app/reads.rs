//! What may be read of the views' state from outside the app (tests, the
//! benchmarks): read-only, so every change still goes through `update`.

use std::path::PathBuf;

use super::{
    Confirm, Filter, Form, Home, HomeData, NoteEditor, Notice, Prompt, ReportPane, ReportView, Review,
    ReviewPane, Run, SaveState,
};
use crate::domain::report::WorkshopReport;
use crate::domain::{Minutes, Session};
use crate::search::Hit;
use crate::tui::command::Pane;

impl Run {
    pub fn session(&self) -> &Session {
        &self.session
    }
    /// The session to build a state on directly, as tests and benchmarks
    /// do: a change made here is neither undoable nor saved.
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }
    pub fn focus(&self) -> Pane {
        self.focus
    }
    pub fn agenda_cursor(&self) -> usize {
        self.agenda_cursor
    }
    pub fn people_cursor(&self) -> usize {
        self.people_cursor
    }
    pub fn people_filter(&self) -> &Filter {
        &self.people_filter
    }
    pub fn editor(&self) -> &Option<NoteEditor> {
        &self.editor
    }
    pub fn details_form(&self) -> Option<&super::DetailsForm> {
        self.details.as_ref()
    }
    pub fn prompt(&self) -> &Option<Prompt> {
        &self.prompt
    }
    /// The question on screen, if any (a copy: tests compare it).
    pub fn confirm(&self) -> Option<Confirm> {
        self.confirm.clone()
    }
    pub fn save(&self) -> SaveState {
        self.save.clone()
    }
    pub fn draft_unsaved(&self) -> bool {
        self.draft_unsaved
    }
    pub fn clock(&self) -> bool {
        self.clock
    }
    pub fn grace_minutes(&self) -> Minutes {
        self.grace_minutes
    }
    /// The late grace the settings give, for a run view opened without them.
    pub fn set_grace_minutes(&mut self, minutes: Minutes) {
        self.grace_minutes = minutes;
    }
}

impl Notice {
    pub fn text(&self) -> &String {
        &self.text
    }
    /// Whether the notice tells of a problem (shown as one).
    pub fn is_problem(&self) -> bool {
        self.problem
    }
}

impl Home {
    pub fn cursor(&self) -> usize {
        self.cursor
    }
    pub fn data(&self) -> &HomeData {
        &self.data
    }
    /// The notes search as you type reads, as the list's second read brings them.
    pub fn set_corpus(&mut self, corpus: crate::search::Corpus) {
        self.data.corpus = corpus;
    }
    pub fn filter(&self) -> &Filter {
        &self.filter
    }
    pub fn form(&self) -> &Option<Form> {
        &self.form
    }
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }
}

impl ReportView {
    pub fn report(&self) -> &WorkshopReport {
        &self.report
    }
    pub fn scroll(&self) -> [u16; 3] {
        self.scroll
    }
    pub fn threshold(&self) -> u32 {
        self.threshold
    }
    pub fn focus(&self) -> ReportPane {
        self.focus
    }
}

impl Review {
    pub fn by_kind(&self) -> bool {
        self.by_kind
    }
    pub fn focus(&self) -> ReviewPane {
        self.focus
    }
    pub fn siblings(&self) -> &[PathBuf] {
        &self.siblings
    }
}
