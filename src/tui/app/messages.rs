//! What the runner reports, taken in by the app: lists, sessions and
//! reports read, saves and exports done or failed, a stop asked for.

use super::{App, ClockView, ReportView, Review, Run, View};
use crate::domain::Timestamp;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::effect::OpenMode;
use crate::tui::message::{Message, OpenedSession, Update};

impl App {
    pub(super) fn on_message(
        &mut self,
        message: Message,
        now: Timestamp,
        precise: Timestamp,
    ) -> Option<Effect> {
        if message == Message::Tick {
            if let Some(effect) = self.tick_held(precise) {
                return Some(effect);
            }
        } else {
            self.quit_armed = false;
        }
        match message {
            Message::Shutdown => {
                if let Some(run) = self.run_mut() {
                    run.keep_draft();
                }
                Some(Effect::Quit)
            }
            Message::NowWriter(session) => {
                if let View::Run(run) = &mut self.view {
                    run.now_writer(*session);
                    let t = self.text();
                    self.say(t.disk.now_writer, false);
                }
                None
            }
            Message::Reloaded(session) => {
                if let View::Clock(clock) = &mut self.view {
                    clock.session = *session;
                    clock.problem = None;
                }
                None
            }
            Message::ReloadFailed(why) => {
                if let View::Clock(clock) = &mut self.view {
                    clock.problem = Some(why);
                }
                None
            }
            Message::ListLoaded(data) => {
                self.home.load(data);
                None
            }
            Message::ListProgress { done, total } => {
                self.home.reading(done, total);
                None
            }
            Message::Opened(opened) => {
                self.opened(*opened);
                None
            }
            Message::ReportLoaded(data) => {
                self.view =
                    View::Report(Box::new(ReportView::new(*data, now, self.threshold, self.grace_minutes)));
                None
            }
            Message::Exported(paths) => {
                self.exported(&paths);
                None
            }
            Message::ExportFailed(why) => {
                self.say(format!("{}: {why}", self.text().export.export_failed), true);
                None
            }
            Message::OpenFailed(why) => {
                match self.view {
                    View::Home if self.home.form.is_some() => self.home.form_failed(why),
                    _ => self.say(why, true),
                }
                None
            }
            other => self.update_view(Update::Message(other), now),
        }
    }

    /// Say where the exports went: the folder first, then the names, their
    /// shared stem said once.
    fn exported(&mut self, paths: &[std::path::PathBuf]) {
        let folder = paths.first().and_then(|p| p.parent()).map(|d| d.display().to_string());
        let names: Vec<String> =
            paths.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
        let stem = names.first().map(|n| n.rsplit_once('-').map_or(n.as_str(), |(s, _)| s)).unwrap_or("");
        let rest: Vec<&str> = names.iter().skip(1).map(|n| n.strip_prefix(stem).unwrap_or(n)).collect();
        let mut list = names.first().cloned().unwrap_or_default();
        for name in rest {
            list.push_str(", ");
            list.push_str(name);
        }
        let t = self.text();
        self.say(format!("{} {}/: {list}", t.export.exported, folder.unwrap_or_default()), false);
    }

    fn opened(&mut self, opened: OpenedSession) {
        let t = self.text();
        let notice = opened.notice.clone();
        let read_only = opened.read_only.clone();
        self.home.form = None;
        match opened.mode {
            OpenMode::Run => {
                let mut run = Run::open(opened);
                run.grace_minutes = self.grace_minutes;
                run.author = self.author.clone();
                run.undo_key = self.key_of(Command::Undo);
                self.view = View::Run(Box::new(run));
                match (read_only, notice) {
                    (Some(why), _) => self.say(format!("{}: {why}", t.read_only), true),
                    (None, Some(n)) => self.say(n, false),
                    (None, None) => self.notice = None,
                }
            }
            OpenMode::Follow => {
                let clock = ClockView { session: opened.session, path: opened.path, problem: None };
                self.view = View::Clock(Box::new(clock));
            }
            OpenMode::Review => {
                let siblings = self.home.siblings(&opened.path);
                self.view = View::Review(Box::new(Review::open(opened, siblings)));
                self.notice = None;
            }
        }
    }
}
