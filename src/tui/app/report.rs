//! The workshop report in the terminal: who attended enough for a
//! certificate, who is at risk, totals by gender and disability, open actions.

use super::Outcome;
use crate::domain::{Session, Timestamp};
use crate::report::{ParticipantRow, Standing, WorkshopReport};
use crate::text::Text;
use crate::tui::command::{Command, Gesture};
use crate::tui::keymap::Context;
use crate::tui::message::ReportData;

/// The panes of the report, in `Tab` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportPane {
    Participants,
    Sessions,
    Actions,
}

/// A workshop's report on screen; rebuilt when the threshold changes.
#[derive(Debug)]
pub struct ReportView {
    pub(crate) workshop: String,
    pub(crate) sessions: Vec<Session>,
    pub(crate) skipped: Vec<String>,
    pub(crate) report: WorkshopReport,
    pub(crate) threshold: u32,
    pub(crate) at_risk_only: bool,
    pub(crate) focus: ReportPane,
    /// Lines scrolled in each pane, in `ReportPane` order.
    pub(crate) scroll: [u16; 3],
    built_at: Timestamp,
    grace_minutes: crate::domain::Minutes,
}

impl ReportView {
    /// The report at the settings' threshold and late grace.
    pub fn new(
        data: ReportData,
        now: Timestamp,
        threshold: u32,
        grace_minutes: crate::domain::Minutes,
    ) -> Self {
        let report = WorkshopReport::build_with(&data.sessions, threshold, now, grace_minutes);
        ReportView {
            workshop: data.workshop,
            sessions: data.sessions,
            skipped: data.skipped,
            report,
            threshold,
            at_risk_only: false,
            focus: ReportPane::Participants,
            scroll: [0; 3],
            built_at: now,
            grace_minutes,
        }
    }

    pub fn contexts(&self) -> Vec<Context> {
        vec![Context::Report, Context::Global]
    }

    fn rebuild(&mut self) {
        self.report =
            WorkshopReport::build_with(&self.sessions, self.threshold, self.built_at, self.grace_minutes);
        // A new threshold can shrink the at-risk list under the cursor.
        self.clamp_scroll();
    }

    /// The participants shown: everyone, or only those below the threshold.
    pub fn visible_rows(&self) -> Vec<&ParticipantRow> {
        self.report
            .participants
            .iter()
            .filter(|p| !self.at_risk_only || matches!(p.standing, Standing::AtRisk | Standing::CannotReach))
            .collect()
    }

    /// How many steps a pane scrolls: a row per participant shown, a line per
    /// session, an entry per owner, action and counting rule (with their
    /// headings). The view clamps further to what fits on the screen.
    pub fn scroll_limit(&self, pane: ReportPane) -> usize {
        match pane {
            ReportPane::Participants => self.visible_rows().len(),
            ReportPane::Sessions => self.report.sessions.len(),
            ReportPane::Actions => {
                let actions: usize = self.report.actions.iter().map(|g| 1 + g.actions.len()).sum();
                actions.max(1) + 2 + crate::text::EN.report.rule_lines.len()
            }
        }
    }

    fn clamp_scroll(&mut self) {
        for (i, pane) in
            [ReportPane::Participants, ReportPane::Sessions, ReportPane::Actions].into_iter().enumerate()
        {
            let last = self.scroll_limit(pane).saturating_sub(1);
            self.scroll[i] = self.scroll[i].min(u16::try_from(last).unwrap_or(u16::MAX));
        }
    }

    pub fn update(&mut self, gesture: Gesture, _now: Timestamp, _t: &Text) -> Outcome {
        let Gesture::Command(command) = gesture else { return Outcome::NONE };
        if let Some(by) = command.scroll_step() {
            let i = self.focus as usize;
            self.scroll[i] = (i32::from(self.scroll[i]) + by).clamp(0, i32::from(u16::MAX)) as u16;
            self.clamp_scroll();
            return Outcome::NONE;
        }
        match command {
            Command::RaiseThreshold => {
                self.threshold = (self.threshold + 5).min(100);
                self.rebuild();
            }
            Command::LowerThreshold => {
                self.threshold = self.threshold.saturating_sub(5);
                self.rebuild();
            }
            Command::ToggleAtRisk => {
                self.at_risk_only = !self.at_risk_only;
                self.scroll[0] = 0;
            }
            Command::NextPane => {
                self.focus = match self.focus {
                    ReportPane::Participants => ReportPane::Sessions,
                    ReportPane::Sessions => ReportPane::Actions,
                    ReportPane::Actions => ReportPane::Participants,
                };
            }
            _ => {}
        }
        Outcome::NONE
    }
}
