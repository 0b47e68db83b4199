//! The one key table: it dispatches keys and it is what the help screen and
//! the footer show, so the two can never disagree.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};
use ratatui_textarea::Input;

mod chord;

pub use chord::Chord;
use chord::{alt, code, ctrl, key};

use super::command::{Command, Gesture, Pane};
use crate::domain::Status;
use crate::text::Text;

/// Where a key applies, from the most specific (a prompt) to the least (global).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Home,
    Form,
    Run,
    Agenda,
    Attendance,
    Notes,
    Filter,
    Editor,
    Mention,
    Prompt,
    Confirm,
    Help,
    Review,
    Report,
    Clock,
    /// The clock of `sigap clock`, following another sigap: nothing to change.
    Follow,
}

impl Context {
    /// Contexts where a key that is not in the table is typed text.
    fn takes_text(self) -> bool {
        matches!(self, Context::Form | Context::Filter | Context::Editor | Context::Prompt)
    }

    /// Every context, in the order of the keys doc.
    pub const ALL: [Context; 17] = [
        Context::Global,
        Context::Home,
        Context::Form,
        Context::Run,
        Context::Agenda,
        Context::Attendance,
        Context::Notes,
        Context::Filter,
        Context::Editor,
        Context::Mention,
        Context::Prompt,
        Context::Confirm,
        Context::Help,
        Context::Review,
        Context::Report,
        Context::Clock,
        Context::Follow,
    ];

    /// The context's name in a language, as a help heading.
    pub fn name(self, t: &Text) -> &'static str {
        let w = &t.keys.contexts;
        match self {
            Context::Global => w.global,
            Context::Home => w.home,
            Context::Form => w.form,
            Context::Run => w.run,
            Context::Agenda => w.agenda,
            Context::Attendance => w.attendance,
            Context::Notes => w.notes,
            Context::Filter => w.filter,
            Context::Editor => w.editor,
            Context::Mention => w.mention,
            Context::Prompt => w.prompt,
            Context::Confirm => w.confirm,
            Context::Help => w.help,
            Context::Review => w.review,
            Context::Report => w.report,
            Context::Clock => w.clock,
            Context::Follow => w.follow,
        }
    }
}

/// One line of the default table.
pub struct DefaultBinding {
    pub context: Context,
    pub keys: &'static [Chord],
    pub command: Command,
    /// Shown in the footer, not only on the help screen.
    pub hint: bool,
}

const fn bind(context: Context, keys: &'static [Chord], command: Command, hint: bool) -> DefaultBinding {
    DefaultBinding { context, keys, command, hint }
}

/// One line of the key table in force: the default, or as the settings rebound it.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Chord>,
    pub command: Command,
    pub hint: bool,
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
    bind(C::Run, &[ctrl('r')], Command::Redo, false),
    bind(C::Run, &[key('/')], Command::StartFilter, false),
    bind(C::Run, UP, Command::Up, false),
    bind(C::Run, DOWN, Command::Down, false),
    bind(C::Run, PAGE_UP, Command::PageUp, false),
    bind(C::Run, PAGE_DOWN, Command::PageDown, false),
    bind(C::Run, ESC, Command::Cancel, false),
    // Agenda pane.
    bind(C::Agenda, &[key('s')], Command::SkipItem, true),
    // Attendance pane: one key per status.
    bind(C::Attendance, &[key('p')], Command::Mark(Status::Present), true),
    bind(C::Attendance, &[key('l')], Command::Mark(Status::Late), true),
    bind(C::Attendance, &[key('o')], Command::Mark(Status::LeftEarly), true),
    bind(C::Attendance, &[key('e')], Command::Mark(Status::Excused), true),
    bind(C::Attendance, &[key('s')], Command::Mark(Status::Sick), true),
    bind(C::Attendance, &[key('a')], Command::Mark(Status::Absent), true),
    bind(C::Attendance, &[key('x')], Command::Mark(Status::Unmarked), true),
    bind(C::Attendance, &[key('A')], Command::MarkRestAbsent, false),
    bind(C::Attendance, &[key('w')], Command::AddWalkIn, false),
    bind(C::Attendance, &[key('r')], Command::EditReason, false),
    bind(C::Attendance, &[key('t')], Command::EditTime, false),
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

/// The key table in force: dispatch and help both read it, so a rebound
/// key is shown where it works.
#[derive(Clone, Debug, PartialEq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = BINDINGS
            .iter()
            .map(|b| Binding { context: b.context, keys: b.keys.to_vec(), command: b.command, hint: b.hint })
            .collect();
        Keymap { bindings }
    }
}

pub use crate::domain::problem::KeyError;

impl Keymap {
    /// The default table with the settings' overrides: each named command
    /// (by its stable name, or by the name older settings files used) gets
    /// the given keys instead of its own, in every context where it is
    /// bound; another command of that context holding one of those keys
    /// loses it. Overrides that cannot be applied are returned and skipped.
    pub fn with_overrides(
        overrides: &std::collections::BTreeMap<String, Vec<String>>,
    ) -> (Keymap, Vec<KeyError>) {
        let mut map = Keymap::default();
        let mut errors = Vec::new();
        for (name, keys) in overrides {
            match parse_override(name, keys) {
                Ok((command, chords)) if map.bindings.iter().any(|b| b.command == command) => {
                    map.rebind(command, &chords);
                }
                Ok(_) => errors.push(KeyError::UnknownAction(name.clone())),
                Err(e) => errors.push(e),
            }
        }
        (map, errors)
    }

    /// Give `command` these keys wherever it is bound, taking them from the
    /// other commands of those contexts.
    fn rebind(&mut self, command: Command, chords: &[Chord]) {
        let contexts: Vec<Context> =
            self.bindings.iter().filter(|b| b.command == command).map(|b| b.context).collect();
        for b in &mut self.bindings {
            if b.command == command {
                b.keys = chords.to_vec();
            } else if contexts.contains(&b.context) {
                b.keys.retain(|k| !chords.contains(k));
            }
        }
    }

    /// The command for a key in the given contexts (most specific first), or
    /// the key as typed text where text is taken.
    pub fn lookup(&self, contexts: &[Context], event: KeyEvent) -> Option<Gesture> {
        for context in contexts {
            let hit = self
                .bindings
                .iter()
                .filter(|b| b.context == *context)
                .find(|b| b.keys.iter().any(|k| k.matches(&event)));
            if let Some(binding) = hit {
                return Some(Gesture::Command(binding.command));
            }
        }
        contexts.iter().any(|c| c.takes_text()).then(|| Gesture::Input(Input::from(event)))
    }

    /// A terminal event as a gesture: key presses only (Windows also
    /// reports releases and repeats), and pasted text. Resizes only redraw.
    pub fn from_event(&self, contexts: &[Context], event: Event) -> Option<Gesture> {
        match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => self.lookup(contexts, key),
            Event::Paste(text) => Some(Gesture::Paste(text)),
            _ => None,
        }
    }

    /// The bindings of the given contexts, in table order, for help and
    /// hints; a command left without keys is not shown.
    pub fn bindings_of<'a>(&'a self, contexts: &'a [Context]) -> impl Iterator<Item = &'a Binding> + 'a {
        contexts
            .iter()
            .flat_map(move |c| self.bindings.iter().filter(move |b| b.context == *c && !b.keys.is_empty()))
    }

    /// Every binding, for `sigap config`.
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }
}

static DEFAULT_KEYMAP: std::sync::LazyLock<Keymap> = std::sync::LazyLock::new(Keymap::default);

/// [`Keymap::lookup`] on the default table.
pub fn lookup(contexts: &[Context], event: KeyEvent) -> Option<Gesture> {
    DEFAULT_KEYMAP.lookup(contexts, event)
}

/// [`Keymap::from_event`] on the default table.
pub fn from_event(contexts: &[Context], event: Event) -> Option<Gesture> {
    DEFAULT_KEYMAP.from_event(contexts, event)
}

/// The command a settings override names, with the keys it asks for.
fn parse_override(name: &str, keys: &[String]) -> Result<(Command, Vec<Chord>), KeyError> {
    let command = Command::from_name(name).ok_or_else(|| KeyError::UnknownAction(name.to_string()))?;
    let chords = keys
        .iter()
        .map(|k| {
            Chord::parse(k).ok_or_else(|| KeyError::UnknownKey { action: name.to_string(), key: k.clone() })
        })
        .collect::<Result<Vec<Chord>, KeyError>>()?;
    if chords.is_empty() {
        return Err(KeyError::NoKeys { action: name.to_string() });
    }
    Ok((command, chords))
}

/// All the keys of a binding, as written on screen: `j/↓`.
pub fn keys_label(binding: &Binding) -> String {
    binding.keys.iter().map(Chord::label).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn the_pane_comes_before_the_view() {
        let ctx = [C::Attendance, C::Run, C::Global];
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('s'), KeyModifiers::NONE)),
            Some(Gesture::Command(Command::Mark(Status::Sick)))
        );
        let ctx = [C::Agenda, C::Run, C::Global];
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('s'), KeyModifiers::NONE)),
            Some(Gesture::Command(Command::SkipItem))
        );
    }

    #[test]
    fn shifted_characters_and_control_keys_match() {
        let ctx = [C::Attendance, C::Run, C::Global];
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('A'), KeyModifiers::SHIFT)),
            Some(Gesture::Command(Command::MarkRestAbsent))
        );
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('+'), KeyModifiers::SHIFT)),
            Some(Gesture::Command(Command::ExtendItem))
        );
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('r'), KeyModifiers::CONTROL)),
            Some(Gesture::Command(Command::Redo))
        );
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Gesture::Command(Command::Quit))
        );
        assert_eq!(lookup(&ctx, press(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn typing_contexts_turn_unbound_keys_into_text() {
        let ctx = [C::Editor];
        let typed = lookup(&ctx, press(KeyCode::Char('q'), KeyModifiers::NONE));
        assert!(matches!(typed, Some(Gesture::Input(_))), "q is text in the editor");
        assert_eq!(
            lookup(&ctx, press(KeyCode::Enter, KeyModifiers::ALT)),
            Some(Gesture::Command(Command::InsertNewline))
        );
    }

    #[test]
    fn only_presses_act() {
        let ctx = [C::Attendance, C::Run, C::Global];
        let mut release = press(KeyCode::Char('p'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(from_event(&ctx, Event::Key(release)), None);
        let p = press(KeyCode::Char('p'), KeyModifiers::NONE);
        assert_eq!(from_event(&ctx, Event::Key(p)), Some(Gesture::Command(Command::Mark(Status::Present))));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in BINDINGS.iter().skip(i + 1).filter(|b| b.context == a.context) {
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{:?} bound twice in {:?}", k, a.context);
                }
            }
        }
    }
}
