//! Every word sigap shows a person, in English and Bahasa Indonesia.
//!
//! Labels are fields of one [`Text`] per language, so a missing translation
//! is a compile error rather than an English word in an Indonesian screen.

pub mod cli;
pub mod details;
pub(crate) mod disk;
mod en;
mod executor;
mod export;
pub mod folder;
mod guard;
mod id;
pub mod keys;
mod merge;
mod minutes_doc;
pub mod notation;
mod problem;
mod review;
mod roll;
mod room;
pub mod safety;
mod timetable;
pub mod visible;
mod workbook;

pub use en::EN;
pub use id::ID;

pub use details::DetailsText;
pub use disk::DiskText;
pub use executor::ExecutorText;
pub use export::ExportText;
pub use guard::GuardText;
pub use merge::MergeText;
pub use problem::parse_hint;
pub use review::ReviewText;
pub use roll::RollText;
pub use room::RoomText;
pub use safety::SafetyText;
pub use timetable::{TimetableText, parse_item_kind, parse_kind_correction};
pub use workbook::WorkbookText;

use crate::domain::session::Phase;
use crate::domain::{Gender, ItemKind, ItemState, NoteKind, Status};

/// The language of the interface.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Id,
}

impl Lang {
    /// The language a code names: `en` or `id` in any case, or a locale
    /// such as `id_ID.UTF-8` (`in` is Indonesian's former code).
    pub fn from_code(code: &str) -> Option<Lang> {
        let language = code.split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match language.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a locale string (`LANG`, `LC_ALL`) asks for.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("id") || locale.starts_with("in_") {
            Lang::Id
        } else {
            Lang::En
        }
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }
}

/// The words of one language.
pub struct Text {
    /// A store error in this language.
    pub store_error: fn(&crate::domain::problem::StoreError) -> String,
    /// `search` with no word to look for.
    pub nothing_to_find: &'static str,
    /// A workbook or Word file will not be written on a terminal: name a file.
    pub binary_to_terminal: fn(&str) -> String,
    /// Why the system refused a read or a write.
    pub io_cause: fn(&std::io::Error) -> String,
    /// A bad roster row's problem, in this language.
    pub row_problem: fn(&crate::domain::problem::RowProblem) -> String,
    /// Where a file could not be parsed, in this language.
    pub parse_hint: fn(&crate::domain::problem::ParseHint) -> String,
    /// A broken consistency rule, as `sigap check` prints it.
    pub broken: fn(&crate::domain::problem::Broken) -> String,
    /// Why a session is read-only, in this language.
    pub locked: &'static str,
    /// The words of the key table: each command's, each context's.
    pub keys: &'static keys::KeyWords,
    pub agenda_empty: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub confirm_hint: &'static str,
    /// The footer's word for Enter in a yes/no question.
    pub answer_yes: &'static str,
    pub confirm_rest_absent: &'static str,
    pub confirm_title: &'static str,
    pub draft_restored: &'static str,
    pub draft_waiting: &'static str,
    pub edit_note: &'static str,
    pub editor_hint: &'static str,
    pub everyone_marked: &'static str,
    pub female_short: &'static str,
    pub male_short: &'static str,
    pub form_bad_date: &'static str,
    pub form_bad_time: &'static str,
    pub form_hint: &'static str,
    pub form_need_title: &'static str,
    pub form_need_workshop: &'static str,
    pub form_title: &'static str,
    pub gender_label: &'static str,
    pub help_close: &'static str,
    pub help_intro: &'static str,
    pub help_title: &'static str,
    pub home_empty: &'static str,
    pub home_no_match: &'static str,
    pub home_title: &'static str,
    pub kept_in_memory: &'static str,
    pub last_roster: &'static str,
    pub log_action_done: &'static str,
    pub log_back: &'static str,
    pub log_delete_note: &'static str,
    pub log_extend: &'static str,
    pub log_next: &'static str,
    pub log_reason: &'static str,
    pub log_rebalance: &'static str,
    pub log_rest_absent: &'static str,
    pub log_shorten: &'static str,
    pub log_skip: &'static str,
    pub log_toggle: &'static str,
    pub log_walk_in: &'static str,
    pub new_end: &'static str,
    pub new_note: &'static str,
    pub next_up: &'static str,
    pub no_notes_yet: &'static str,
    pub no_template: &'static str,
    pub not_an_action: &'static str,
    pub not_saved: &'static str,
    pub not_started: &'static str,
    pub note_deleted: &'static str,
    pub note_empty: &'static str,
    pub notes_short: &'static str,
    pub nothing_changed: &'static str,
    pub nothing_to_redo: &'static str,
    pub nothing_to_undo: &'static str,
    pub on_disk: &'static str,
    pub on_time: &'static str,
    pub over: &'static str,
    pub paused: &'static str,
    pub press_space: &'static str,
    pub projected_end: &'static str,
    pub prompt_hint: &'static str,
    pub quit_unsaved: &'static str,
    pub read_only: &'static str,
    pub read_only_hint: &'static str,
    pub reason_title: &'static str,
    pub rebalance_hint: &'static str,
    pub rebalance_no_room: &'static str,
    pub rebalance_on_time: &'static str,
    pub rebalance_title: &'static str,
    pub redone: &'static str,
    pub remaining: &'static str,
    pub roster_field: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub session_finished: &'static str,
    pub shortfall: &'static str,
    pub squeezed: &'static str,
    pub template: &'static str,
    pub timer: &'static str,
    pub undone: &'static str,
    pub unreadable_files: &'static str,
    pub walk_in_title: &'static str,
    pub would_start_late: &'static str,
    pub no_more_sessions: &'static str,
    pub hours_short: &'static str,
    pub leave_unsaved: &'static str,
    pub fixed_released: &'static str,
    /// Monday first.
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
    pub log_move_plan: &'static str,
    pub move_plan_title: &'static str,
    pub move_plan_planned: &'static str,
    pub move_plan_question: &'static str,
    pub move_plan_fixed: &'static str,
    pub move_plan_keys: &'static str,
    pub notes_matching: &'static str,
    pub home_loading: &'static str,
    pub no_file_open: &'static str,
    pub status: [&'static str; 7],
    pub item_kind: [&'static str; 10],
    pub item_state: [&'static str; 5],
    pub note_kind: [&'static str; 5],
    pub gender: [&'static str; 3],
    pub phase: [&'static str; 3],
    pub workshop: &'static str,
    pub venue: &'static str,
    pub date: &'static str,
    pub start: &'static str,
    pub facilitators: &'static str,
    pub agenda: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub attendance: &'static str,
    pub by_gender: &'static str,
    pub late_arrivals: &'static str,
    pub left_early: &'static str,
    pub notes: &'static str,
    pub no_item: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub roster: &'static str,
    pub title: &'static str,
    pub path: &'static str,
    pub present_of_roster: &'static str,
    pub minutes_short: &'static str,
    pub lesson_hours: &'static str,
    pub no_sessions: &'static str,
    pub unreadable: &'static str,
    /// `sigap check`: how many files, all good.
    pub files_ok: fn(usize) -> String,
    /// `sigap check`: how many files, and how many of them have problems.
    pub files_bad: fn(usize, usize) -> String,
    pub created: &'static str,
    pub roster_from: &'static str,
    pub ignored_columns: &'static str,
    pub total: &'static str,
    pub disability: &'static str,
    pub none: &'static str,
    pub done: &'static str,
    /// A session title among search hits (`[session]`).
    pub session: &'static str,
    /// The words of `sigap report`.
    pub report: ReportText,
    /// The words of the review of a past session.
    pub review: ReviewText,
    /// The words of exports, templates and rosters.
    pub export: ExportText,
    /// The words of settings, the projector clock and the screen's hints.
    pub room: RoomText,
    /// The words of the roll call's guards and the agenda's questions.
    pub roll: RollText,
    /// The words said when sigap stops on an error of its own.
    pub guard: GuardText,
    /// The words of merging copies of a session.
    pub merge: MergeText,
    /// The words of the sessions folder: missing, created, being read.
    pub folder: folder::FolderText,
    /// The words of keeping files and the terminal safe.
    pub safety: SafetyText,
    /// The words of a file changed on disk and of copies of unsaved work.
    pub disk: DiskText,
    /// The words of the app's work on the disk and of its loop.
    pub executor: ExecutorText,
    /// The words of importing a timetable as templates.
    pub timetable: TimetableText,
    /// The words of a session's heading: `sigap details` and its form.
    pub details: DetailsText,
    /// How numbers, dates and times are written.
    pub notation: notation::Notation,
    /// Who holds a session's lock, for the read-only banner.
    pub locked_by: fn(&crate::domain::problem::Holder) -> String,
    /// What is wrong with the storage, in plain words.
    pub trouble: fn(crate::domain::problem::Trouble) -> &'static str,
    /// Where the copy of unsaved work was written.
    pub emergency_copy: fn(&std::path::Path) -> String,
    /// Said when not even a copy of the unsaved work could be written.
    pub no_emergency_copy: &'static str,
}

/// The words of the workshop attendance report.
pub struct ReportText {
    pub title: &'static str,
    pub threshold: &'static str,
    pub sessions: &'static str,
    pub participants: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub gender: &'static str,
    pub organisation: &'static str,
    pub kecamatan: &'static str,
    pub kabupaten: &'static str,
    pub attended: &'static str,
    pub planned: &'static str,
    /// Column heads: minutes attended and planned.
    pub attended_minutes: &'static str,
    pub planned_minutes: &'static str,
    pub percent: &'static str,
    pub standing_label: &'static str,
    /// Reached, on track, at risk, cannot reach.
    pub standing: [&'static str; 4],
    pub per_session: &'static str,
    pub learning: &'static str,
    pub in_room: &'static str,
    pub open_actions: &'static str,
    pub no_owner: &'static str,
    pub rules: &'static str,
    /// The counting rules, one a line; `{grace}` and `{threshold}` are filled in.
    pub rule_lines: [&'static str; 7],
    pub no_workshop: &'static str,
    pub several_workshops: &'static str,
    pub known: &'static str,
    pub skipped: &'static str,
    /// The report screen: pane titles, the threshold line, the chart legend.
    pub participants_pane: &'static str,
    pub certificate_at: &'static str,
    pub threshold_keys: &'static str,
    pub below_only: &'static str,
    pub nobody_below: &'static str,
    pub earlier_hidden: &'static str,
    pub not_recorded_short: &'static str,
    pub disability_short: &'static str,
}

fn index_of<T: PartialEq + Copy>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or(0)
}

impl Text {
    pub fn status(&self, s: Status) -> &'static str {
        self.status[index_of(&Status::ALL, s)]
    }
    pub fn item_kind(&self, k: ItemKind) -> &'static str {
        self.item_kind[index_of(&ItemKind::ALL, k)]
    }
    pub fn item_state(&self, s: ItemState) -> &'static str {
        let all =
            [ItemState::Pending, ItemState::Running, ItemState::Paused, ItemState::Done, ItemState::Skipped];
        self.item_state[index_of(&all, s)]
    }
    pub fn note_kind(&self, k: NoteKind) -> &'static str {
        self.note_kind[index_of(&NoteKind::ALL, k)]
    }
    pub fn gender(&self, g: Gender) -> &'static str {
        self.gender[index_of(&[Gender::Female, Gender::Male, Gender::NotRecorded], g)]
    }
    /// A date as the lists show it: `Thu 11 May` / `Kam 11 Mei`.
    pub fn day(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let weekday = self.weekdays[date.weekday().num_days_from_monday() as usize];
        format!("{weekday} {:02} {}", date.day(), self.months[date.month0() as usize])
    }

    /// A number of minutes as people say it: `45 min`, `2 h 15 min`.
    pub fn span(&self, minutes: crate::domain::Minutes) -> String {
        let hours = self.notation.number(minutes / 60);
        match (minutes / 60, minutes % 60) {
            (0, m) => format!("{m} {}", self.minutes_short),
            (_, 0) => format!("{hours} {}", self.hours_short),
            (_, m) => format!("{hours} {} {m} {}", self.hours_short, self.minutes_short),
        }
    }

    /// Why a command failed, in this language.
    pub fn command_error(&self, e: &crate::domain::problem::CommandError) -> String {
        use crate::domain::problem::CommandError as C;
        use crate::domain::problem::CreateError as K;
        let x = &self.export;
        let row = |path: &std::path::Path, source: &crate::domain::problem::ImportError, outcome: &str| {
            let place = source.cell.clone().unwrap_or_else(|| format!("{} {}", x.row, source.row));
            format!("{}: {place}: {}; {outcome}", path.display(), (self.row_problem)(&source.problem))
        };
        match e {
            C::Store(s) | C::Create(K::Store(s)) => (self.store_error)(s),
            C::NoFile { path } => format!("{}: {}", path.display(), x.no_such_file),
            C::Roster { path, source } => row(path, source, x.nothing_written),
            C::Create(K::Roster { path, source }) => row(path, source, x.nothing_created),
            C::Create(K::NoRoster { path, dir }) => {
                format!("{}: {}", path.display(), fill(x.no_roster, &[("dir", &dir.display().to_string())]))
            }
            C::Create(K::NoTitle) => x.no_title.to_string(),
            C::Create(K::NoWorkshop) => x.no_workshop.to_string(),
            C::Output(err) => format!("{}: {}", x.output_failed, (self.io_cause)(err)),
            C::Merge(m) => (self.merge.error)(m),
            C::NoFolder { path, named_by, is_file } => (self.folder.missing)(path, *named_by, *is_file),
            C::NoWorkshop { wanted, known } => {
                let known = if known.is_empty() { self.none.to_string() } else { known.join(", ") };
                format!("{} \"{wanted}\" ({}: {known})", self.report.no_workshop, self.report.known)
            }
            C::SeveralWorkshops { wanted, matching } => {
                format!("\"{wanted}\" {}: {}", self.report.several_workshops, matching.join(", "))
            }
            C::Exists { path, kind } => {
                let why = match kind {
                    crate::domain::problem::Kept::Template => x.template_exists,
                    crate::domain::problem::Kept::Roster => x.roster_exists,
                };
                format!("{}: {why}", path.display())
            }
            C::NoItems { path } => format!("{}: {}", path.display(), x.template_no_items),
            C::Unreadable { count } => (self.folder.unreadable)(*count),
            C::NotInGit { path } => format!("{}: {}", path.display(), self.merge.no_git),
            C::Git { message } => format!("{}: {message}", self.merge.git_failed),
            C::NoProgramPath => self.safety.no_exe.to_string(),
            C::NothingToFind => self.nothing_to_find.to_string(),
            C::BinaryToTerminal { extension } => (self.binary_to_terminal)(extension),
            C::Timetable { path, source } => self.timetable_error(path, source),
            C::Held { path, holder } => {
                format!("{}: {}", path.display(), (self.details.held)(holder.as_ref()))
            }
            C::ControlChars { field } => (self.details.control_chars)(self.details.label(*field, self)),
        }
    }

    /// A time of day as this language writes it: `07:45` / `07.45`.
    pub fn hhmm(&self, t: &crate::domain::Timestamp) -> String {
        self.notation.time(t)
    }

    pub fn phase(&self, p: Phase) -> &'static str {
        self.phase[index_of(&[Phase::Planned, Phase::Running, Phase::Finished], p)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(Lang::from_locale("id_ID.UTF-8"), Lang::Id);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }

    #[test]
    fn days_read_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2017, 5, 11).unwrap();
        assert_eq!(EN.day(d), "Thu 11 May");
        assert_eq!(ID.day(d), "Kam 11 Mei");
    }

    #[test]
    fn spans_read_in_hours_and_minutes() {
        assert_eq!(EN.span(45), "45 min");
        assert_eq!(EN.span(120), "2 h");
        assert_eq!(ID.span(135), "2 jam 15 menit");
    }

    #[test]
    fn every_status_has_a_word_in_both_languages() {
        for s in Status::ALL {
            assert!(!EN.status(s).is_empty() && !ID.status(s).is_empty());
        }
        assert_eq!(ID.status(Status::Absent), "alpa");
    }
}

/// `text` cut or padded to exactly `width` terminal columns (wide
/// characters count double; a cut ends in `…`).
pub fn fit(text: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    // Measured as ratatui places the text: the width of the whole string
    // (a family emoji joined by zero-width joiners is two cells, not eight),
    // cut grapheme by grapheme.
    let full = text.width();
    let mut out = String::new();
    if full <= width {
        out.push_str(text);
    } else if width > 0 {
        let mut used = 0;
        for g in text.graphemes(true) {
            let w = g.width();
            if used + w + 1 > width {
                break;
            }
            out.push_str(g);
            used += w;
        }
        out.push('…');
    }
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// A message with its `{name}` blanks filled in.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    pairs.iter().fold(template.to_string(), |text, (key, value)| text.replace(&format!("{{{key}}}"), value))
}

/// `HH:MM` of a moment.
pub fn hhmm(t: &crate::domain::Timestamp) -> String {
    t.format("%H:%M").to_string()
}

#[cfg(test)]
mod fit_tests {
    use super::fit;

    #[test]
    fn fit_pads_and_cuts_by_display_width() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("日本語", 5), "日本…");
        assert_eq!(fit("", 2), "  ");
    }
}
