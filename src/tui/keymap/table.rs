//! The default key table: every key of every context, and the language a
//! line is for where the languages differ.

use crossterm::event::KeyCode;

use super::Context;
use super::chord::{Chord, alt, code, ctrl, key};
use crate::domain::Status;
use crate::text::Lang;
use crate::tui::command::{Command, Pane};

/// One line of the default table.
pub struct DefaultBinding {
    pub context: Context,
    pub keys: &'static [Chord],
    pub command: Command,
    /// Shown in the footer, not only on the help screen.
    pub hint: bool,
    /// The one language the line is for, or `None` for every language: the
    /// attendance keys are the status codes the pane shows, and those
    /// differ between languages.
    pub lang: Option<Lang>,
}

impl DefaultBinding {
    /// Whether the line is in force in a language.
    pub fn applies_in(&self, lang: Lang) -> bool {
        self.lang.is_none_or(|l| l == lang)
    }
}

const fn bind(context: Context, keys: &'static [Chord], command: Command, hint: bool) -> DefaultBinding {
    DefaultBinding { context, keys, command, hint, lang: None }
}

/// A line in force in one language only.
const fn bind_in(
    lang: Lang,
    context: Context,
    keys: &'static [Chord],
    command: Command,
    hint: bool,
) -> DefaultBinding {
    DefaultBinding { context, keys, command, hint, lang: Some(lang) }
}

use Context as C;

const UP: &[Chord] = &[key('k'), code(KeyCode::Up)];
const DOWN: &[Chord] = &[key('j'), code(KeyCode::Down)];
const PAGE_UP: &[Chord] = &[code(KeyCode::PageUp)];
const PAGE_DOWN: &[Chord] = &[code(KeyCode::PageDown)];
const ARROW_UP: &[Chord] = &[code(KeyCode::Up)];
const ARROW_DOWN: &[Chord] = &[code(KeyCode::Down)];
const ENTER: &[Chord] = &[code(KeyCode::Enter)];
const ESC: &[Chord] = &[code(KeyCode::Esc)];

/// The default key table.
pub static BINDINGS: &[DefaultBinding] = &[
    // Everywhere outside the editor and forms.
    bind(C::Global, &[key('?')], Command::ToggleHelp, true),
    bind(C::Global, &[key('q'), ctrl('c')], Command::Quit, true),
    // Help screen.
    // `q` closes what is open on top, never the app behind it.
    bind(C::Help, &[code(KeyCode::Esc), key('?'), key('q')], Command::ToggleHelp, true),
    bind(C::Help, UP, Command::Up, false),
    bind(C::Help, DOWN, Command::Down, false),
    // Home: the session list.
    bind(C::Home, ENTER, Command::Confirm, true),
    bind(C::Home, &[key('c')], Command::NewSession, true),
    bind(C::Home, &[key('/')], Command::StartFilter, true),
    bind(C::Home, &[key('r')], Command::OpenReport, true),
    bind(C::Home, UP, Command::Up, false),
    bind(C::Home, DOWN, Command::Down, false),
    bind(C::Home, PAGE_UP, Command::PageUp, false),
    bind(C::Home, PAGE_DOWN, Command::PageDown, false),
    bind(C::Home, ESC, Command::Cancel, false),
    // The new-session form.
    bind(C::Form, ENTER, Command::Confirm, true),
    bind(C::Form, &[code(KeyCode::Tab), code(KeyCode::Down)], Command::NextField, true),
    bind(C::Form, &[code(KeyCode::BackTab), code(KeyCode::Up)], Command::PreviousField, false),
    bind(C::Form, &[code(KeyCode::Right)], Command::NextChoice, true),
    bind(C::Form, &[code(KeyCode::Left)], Command::PreviousChoice, false),
    bind(C::Form, ESC, Command::Cancel, true),
    bind(C::Form, &[ctrl('c')], Command::Quit, false),
    // Filtering a list as you type.
    bind(C::Filter, ENTER, Command::Confirm, true),
    bind(C::Filter, ESC, Command::Cancel, true),
    bind(C::Filter, ARROW_UP, Command::Up, false),
    bind(C::Filter, ARROW_DOWN, Command::Down, false),
    // The run view, whichever pane has the focus.
    bind(C::Run, &[key(' ')], Command::ToggleTimer, true),
    bind(C::Run, &[key(']')], Command::NextItem, true),
    bind(C::Run, &[key('[')], Command::PreviousItem, true),
    bind(C::Run, &[key('+'), key('=')], Command::ExtendItem, true),
    bind(C::Run, &[key('-')], Command::ShortenItem, true),
    bind(C::Run, &[key('R')], Command::Rebalance, true),
    bind(C::Run, &[key('n')], Command::NewNote, true),
    bind(C::Run, &[key('1')], Command::Focus(Pane::Agenda), false),
    bind(C::Run, &[key('2')], Command::Focus(Pane::Attendance), false),
    bind(C::Run, &[key('3')], Command::Focus(Pane::Notes), false),
    bind(C::Run, &[code(KeyCode::Tab)], Command::NextPane, true),
    bind(C::Run, &[key('u')], Command::Undo, true),
    bind(C::Run, &[key('E')], Command::Export, false),
    bind(C::Run, &[key('b')], Command::ToggleClock, true),
    bind(C::Run, &[key('D')], Command::EditDetails, false),
    bind(C::Run, &[ctrl('r')], Command::Redo, false),
    bind(C::Run, &[key('/')], Command::StartFilter, false),
    bind(C::Run, UP, Command::Up, false),
    bind(C::Run, DOWN, Command::Down, false),
    bind(C::Run, PAGE_UP, Command::PageUp, false),
    bind(C::Run, PAGE_DOWN, Command::PageDown, false),
    bind(C::Run, ESC, Command::Cancel, false),
    // Agenda pane.
    bind(C::Agenda, &[key('s')], Command::SkipItem, true),
    // Attendance pane: one key per status, the letter of the code the pane
    // shows for it. English: Present, Late, left Early (`o`: `e` is
    // Excused), Excused, Sick, Absent. Indonesian: Hadir, Terlambat, Pulang
    // sebelum waktunya (PSW), Izin, Sakit, Alpa; there `t` is Terlambat, so
    // the arrival time is typed with `J` (jam).
    bind_in(Lang::En, C::Attendance, &[key('p')], Command::Mark(Status::Present), true),
    bind_in(Lang::Id, C::Attendance, &[key('h')], Command::Mark(Status::Present), true),
    bind_in(Lang::En, C::Attendance, &[key('l')], Command::Mark(Status::Late), true),
    bind_in(Lang::Id, C::Attendance, &[key('t')], Command::Mark(Status::Late), true),
    bind_in(Lang::En, C::Attendance, &[key('o')], Command::Mark(Status::LeftEarly), true),
    bind_in(Lang::Id, C::Attendance, &[key('p')], Command::Mark(Status::LeftEarly), true),
    bind_in(Lang::En, C::Attendance, &[key('e')], Command::Mark(Status::Excused), true),
    bind_in(Lang::Id, C::Attendance, &[key('i')], Command::Mark(Status::Excused), true),
    bind(C::Attendance, &[key('s')], Command::Mark(Status::Sick), true),
    bind(C::Attendance, &[key('a')], Command::Mark(Status::Absent), true),
    bind(C::Attendance, &[key('x')], Command::Mark(Status::Unmarked), false),
    bind(C::Attendance, &[key('A')], Command::MarkRestAbsent, false),
    bind(C::Attendance, &[key('w')], Command::AddWalkIn, false),
    bind(C::Attendance, &[key('r')], Command::EditReason, false),
    bind_in(Lang::En, C::Attendance, &[key('t')], Command::EditTime, true),
    bind_in(Lang::Id, C::Attendance, &[key('J')], Command::EditTime, true),
    bind(C::Attendance, &[key('m')], Command::ToggleUnmarked, false),
    // Notes pane.
    bind(C::Notes, &[code(KeyCode::Enter), key('e')], Command::EditNote, true),
    bind(C::Notes, &[key('d')], Command::DeleteNote, true),
    bind(C::Notes, &[key('c')], Command::ToggleActionDone, false),
    // The note editor.
    bind(C::Editor, ENTER, Command::SaveNote, true),
    bind(C::Editor, &[alt(KeyCode::Enter), ctrl('j')], Command::InsertNewline, true),
    bind(C::Editor, &[code(KeyCode::Tab)], Command::CycleNoteKind, true),
    bind(C::Editor, &[ctrl('o')], Command::NextEditorField, true),
    bind(C::Editor, ESC, Command::CloseEditor, true),
    // Choosing a name after `@`.
    bind(C::Mention, &[code(KeyCode::Tab), code(KeyCode::Enter)], Command::Confirm, true),
    bind(C::Mention, ARROW_UP, Command::Up, false),
    bind(C::Mention, ARROW_DOWN, Command::Down, false),
    bind(C::Mention, ESC, Command::Cancel, true),
    // One-line prompts (walk-in, reason).
    bind(C::Prompt, ENTER, Command::Confirm, true),
    bind(C::Prompt, &[code(KeyCode::Tab)], Command::NextField, true),
    bind(C::Prompt, ESC, Command::Cancel, true),
    // Reviewing a past session.
    bind(C::Review, &[key('['), code(KeyCode::Left)], Command::PreviousSession, true),
    bind(C::Review, &[key(']'), code(KeyCode::Right)], Command::NextSession, true),
    bind(C::Review, &[key('e')], Command::EditSession, true),
    bind(C::Review, &[key('g')], Command::ToggleGrouping, true),
    bind(C::Review, &[key('r')], Command::OpenReport, true),
    bind(C::Review, &[key('E')], Command::Export, true),
    bind(C::Review, &[code(KeyCode::Tab)], Command::NextPane, true),
    bind(C::Review, UP, Command::Up, false),
    bind(C::Review, DOWN, Command::Down, false),
    bind(C::Review, PAGE_UP, Command::PageUp, false),
    bind(C::Review, PAGE_DOWN, Command::PageDown, false),
    bind(C::Review, ESC, Command::Cancel, true),
    // The workshop report.
    bind(C::Report, &[code(KeyCode::Tab)], Command::NextPane, true),
    bind(C::Report, &[key('f')], Command::ToggleAtRisk, true),
    bind(C::Report, &[key('+'), key('=')], Command::RaiseThreshold, true),
    bind(C::Report, &[key('-')], Command::LowerThreshold, true),
    bind(C::Report, UP, Command::Up, false),
    bind(C::Report, DOWN, Command::Down, false),
    bind(C::Report, PAGE_UP, Command::PageUp, false),
    bind(C::Report, PAGE_DOWN, Command::PageDown, false),
    bind(C::Report, ESC, Command::Cancel, true),
    // The projector clock: the timer keys still work while it shows.
    bind(C::Clock, &[key('b'), code(KeyCode::Esc)], Command::ToggleClock, true),
    bind(C::Clock, &[key(' ')], Command::ToggleTimer, true),
    bind(C::Clock, &[key(']')], Command::NextItem, true),
    bind(C::Clock, &[key('[')], Command::PreviousItem, true),
    bind(C::Clock, &[key('+'), key('=')], Command::ExtendItem, true),
    bind(C::Clock, &[key('-')], Command::ShortenItem, true),
    // Esc never quits: following another sigap, the clock is the whole app.
    bind(C::Follow, &[key('b')], Command::ToggleClock, true),
    // Yes/no questions and previews.
    bind(C::Confirm, &[code(KeyCode::Enter), key('y')], Command::Confirm, true),
    bind(C::Confirm, &[key('n')], Command::Decline, true),
    bind(C::Confirm, &[code(KeyCode::Esc), key('q')], Command::Cancel, true),
];
