//! The one key table: it dispatches keys and it is what the help screen and
//! the footer show, so the two can never disagree.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::Input;

use super::action::{Action, Pane};
use crate::domain::Status;

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
}

/// A key with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Chord {
    Chord { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
}

const fn ctrl(c: char) -> Chord {
    Chord { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
}

const fn code(code: KeyCode) -> Chord {
    Chord { code, mods: KeyModifiers::NONE }
}

const fn alt(code: KeyCode) -> Chord {
    Chord { code, mods: KeyModifiers::ALT }
}

impl Chord {
    /// Whether a key event is this chord. Shift is part of a character
    /// (`A`, `+`, `?`), so it is ignored for characters.
    fn matches(&self, event: &KeyEvent) -> bool {
        let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if let KeyCode::Char(_) = event.code {
            mods.remove(KeyModifiers::SHIFT);
        }
        let same_code = match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) if self.mods.contains(KeyModifiers::CONTROL) => {
                a.eq_ignore_ascii_case(&b)
            }
            (a, b) => a == b,
        };
        same_code && mods == self.mods
    }

    /// A key as the settings file writes it: `x`, `X`, `Ctrl+r`,
    /// `Alt+Enter`, `Shift+Tab`, `F5`, `Space`, `PgDn`, `↑` or `Up`.
    pub fn parse(text: &str) -> Option<Chord> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl+") {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("alt+") {
                mods |= KeyModifiers::ALT;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "shift+tab" | "backtab" => KeyCode::BackTab,
                "up" | "↑" => KeyCode::Up,
                "down" | "↓" => KeyCode::Down,
                "left" | "←" => KeyCode::Left,
                "right" | "→" => KeyCode::Right,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?),
                _ => return None,
            },
        };
        Some(Chord { code, mods })
    }

    /// How the key is written on the help screen.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl+");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt+");
        }
        out.push_str(&name);
        out
    }
}

/// One line of the default table.
pub struct DefaultBinding {
    pub context: Context,
    pub keys: &'static [Chord],
    pub action: Action,
    /// Shown in the footer, not only on the help screen.
    pub hint: bool,
}

const fn bind(context: Context, keys: &'static [Chord], action: Action, hint: bool) -> DefaultBinding {
    DefaultBinding { context, keys, action, hint }
}

/// One line of the key table in force: the default, or as the settings rebound it.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Chord>,
    pub action: Action,
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
    bind(C::Global, &[key('?')], Action::ToggleHelp, true),
    bind(C::Global, &[key('q'), ctrl('c')], Action::Quit, true),
    // Help screen.
    // `q` closes what is open on top, never the app behind it.
    bind(C::Help, &[code(KeyCode::Esc), key('?'), key('q')], Action::ToggleHelp, true),
    bind(C::Help, UP, Action::Up, false),
    bind(C::Help, DOWN, Action::Down, false),
    // Home: the session list.
    bind(C::Home, ENTER, Action::Confirm, true),
    bind(C::Home, &[key('c')], Action::NewSession, true),
    bind(C::Home, &[key('/')], Action::StartFilter, true),
    bind(C::Home, &[key('r')], Action::OpenReport, true),
    bind(C::Home, UP, Action::Up, false),
    bind(C::Home, DOWN, Action::Down, false),
    bind(C::Home, PAGE_UP, Action::PageUp, false),
    bind(C::Home, PAGE_DOWN, Action::PageDown, false),
    bind(C::Home, ESC, Action::Cancel, false),
    // The new-session form.
    bind(C::Form, ENTER, Action::Confirm, true),
    bind(C::Form, &[code(KeyCode::Tab), code(KeyCode::Down)], Action::NextField, true),
    bind(C::Form, &[code(KeyCode::BackTab), code(KeyCode::Up)], Action::PreviousField, false),
    bind(C::Form, &[code(KeyCode::Right)], Action::NextChoice, true),
    bind(C::Form, &[code(KeyCode::Left)], Action::PreviousChoice, false),
    bind(C::Form, ESC, Action::Cancel, true),
    bind(C::Form, &[ctrl('c')], Action::Quit, false),
    // Filtering a list as you type.
    bind(C::Filter, ENTER, Action::Confirm, true),
    bind(C::Filter, ESC, Action::Cancel, true),
    bind(C::Filter, ARROW_UP, Action::Up, false),
    bind(C::Filter, ARROW_DOWN, Action::Down, false),
    // The run view, whichever pane has the focus.
    bind(C::Run, &[key(' ')], Action::ToggleTimer, true),
    bind(C::Run, &[key(']')], Action::NextItem, true),
    bind(C::Run, &[key('[')], Action::PreviousItem, true),
    bind(C::Run, &[key('+'), key('=')], Action::ExtendItem, true),
    bind(C::Run, &[key('-')], Action::ShortenItem, true),
    bind(C::Run, &[key('R')], Action::Rebalance, true),
    bind(C::Run, &[key('n')], Action::NewNote, true),
    bind(C::Run, &[key('1')], Action::Focus(Pane::Agenda), false),
    bind(C::Run, &[key('2')], Action::Focus(Pane::Attendance), false),
    bind(C::Run, &[key('3')], Action::Focus(Pane::Notes), false),
    bind(C::Run, &[code(KeyCode::Tab)], Action::NextPane, true),
    bind(C::Run, &[key('u')], Action::Undo, true),
    bind(C::Run, &[key('E')], Action::Export, false),
    bind(C::Run, &[key('b')], Action::ToggleClock, true),
    bind(C::Run, &[ctrl('r')], Action::Redo, false),
    bind(C::Run, &[key('/')], Action::StartFilter, false),
    bind(C::Run, UP, Action::Up, false),
    bind(C::Run, DOWN, Action::Down, false),
    bind(C::Run, PAGE_UP, Action::PageUp, false),
    bind(C::Run, PAGE_DOWN, Action::PageDown, false),
    bind(C::Run, ESC, Action::Cancel, false),
    // Agenda pane.
    bind(C::Agenda, &[key('s')], Action::SkipItem, true),
    // Attendance pane: one key per status.
    bind(C::Attendance, &[key('p')], Action::Mark(Status::Present), true),
    bind(C::Attendance, &[key('l')], Action::Mark(Status::Late), true),
    bind(C::Attendance, &[key('o')], Action::Mark(Status::LeftEarly), true),
    bind(C::Attendance, &[key('e')], Action::Mark(Status::Excused), true),
    bind(C::Attendance, &[key('s')], Action::Mark(Status::Sick), true),
    bind(C::Attendance, &[key('a')], Action::Mark(Status::Absent), true),
    bind(C::Attendance, &[key('x')], Action::Mark(Status::Unmarked), true),
    bind(C::Attendance, &[key('A')], Action::MarkRestAbsent, false),
    bind(C::Attendance, &[key('w')], Action::AddWalkIn, false),
    bind(C::Attendance, &[key('r')], Action::EditReason, false),
    bind(C::Attendance, &[key('t')], Action::EditTime, false),
    bind(C::Attendance, &[key('m')], Action::ToggleUnmarked, false),
    // Notes pane.
    bind(C::Notes, &[code(KeyCode::Enter), key('e')], Action::EditNote, true),
    bind(C::Notes, &[key('d')], Action::DeleteNote, true),
    bind(C::Notes, &[key('c')], Action::ToggleActionDone, false),
    // The note editor.
    bind(C::Editor, ENTER, Action::SaveNote, true),
    bind(C::Editor, &[alt(KeyCode::Enter), ctrl('j')], Action::InsertNewline, true),
    bind(C::Editor, &[code(KeyCode::Tab)], Action::CycleNoteKind, true),
    bind(C::Editor, &[ctrl('o')], Action::NextEditorField, true),
    bind(C::Editor, ESC, Action::CloseEditor, true),
    // Choosing a name after `@`.
    bind(C::Mention, &[code(KeyCode::Tab), code(KeyCode::Enter)], Action::Confirm, true),
    bind(C::Mention, ARROW_UP, Action::Up, false),
    bind(C::Mention, ARROW_DOWN, Action::Down, false),
    bind(C::Mention, ESC, Action::Cancel, true),
    // One-line prompts (walk-in, reason).
    bind(C::Prompt, ENTER, Action::Confirm, true),
    bind(C::Prompt, &[code(KeyCode::Tab)], Action::NextField, true),
    bind(C::Prompt, ESC, Action::Cancel, true),
    // Reviewing a past session.
    bind(C::Review, &[key('['), code(KeyCode::Left)], Action::PreviousSession, true),
    bind(C::Review, &[key(']'), code(KeyCode::Right)], Action::NextSession, true),
    bind(C::Review, &[key('e')], Action::EditSession, true),
    bind(C::Review, &[key('g')], Action::ToggleGrouping, true),
    bind(C::Review, &[key('r')], Action::OpenReport, true),
    bind(C::Review, &[key('E')], Action::Export, true),
    bind(C::Review, &[code(KeyCode::Tab)], Action::NextPane, true),
    bind(C::Review, UP, Action::Up, false),
    bind(C::Review, DOWN, Action::Down, false),
    bind(C::Review, PAGE_UP, Action::PageUp, false),
    bind(C::Review, PAGE_DOWN, Action::PageDown, false),
    bind(C::Review, ESC, Action::Cancel, true),
    // The workshop report.
    bind(C::Report, &[code(KeyCode::Tab)], Action::NextPane, true),
    bind(C::Report, &[key('f')], Action::ToggleAtRisk, true),
    bind(C::Report, &[key('+'), key('=')], Action::RaiseThreshold, true),
    bind(C::Report, &[key('-')], Action::LowerThreshold, true),
    bind(C::Report, UP, Action::Up, false),
    bind(C::Report, DOWN, Action::Down, false),
    bind(C::Report, PAGE_UP, Action::PageUp, false),
    bind(C::Report, PAGE_DOWN, Action::PageDown, false),
    bind(C::Report, ESC, Action::Cancel, true),
    // The projector clock: the timer keys still work while it shows.
    bind(C::Clock, &[key('b'), code(KeyCode::Esc)], Action::ToggleClock, true),
    bind(C::Clock, &[key(' ')], Action::ToggleTimer, true),
    bind(C::Clock, &[key(']')], Action::NextItem, true),
    bind(C::Clock, &[key('[')], Action::PreviousItem, true),
    bind(C::Clock, &[key('+'), key('=')], Action::ExtendItem, true),
    bind(C::Clock, &[key('-')], Action::ShortenItem, true),
    // Esc never quits: following another sigap, the clock is the whole app.
    bind(C::Follow, &[key('b')], Action::ToggleClock, true),
    // Yes/no questions and previews.
    bind(C::Confirm, &[code(KeyCode::Enter), key('y')], Action::Confirm, true),
    bind(C::Confirm, &[key('n')], Action::Decline, true),
    bind(C::Confirm, &[code(KeyCode::Esc), key('q')], Action::Cancel, true),
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
            .map(|b| Binding {
                context: b.context,
                keys: b.keys.to_vec(),
                action: b.action.clone(),
                hint: b.hint,
            })
            .collect();
        Keymap { bindings }
    }
}

/// A key override the settings asked for that could not be applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("\"{0}\" is not an action of the key table (sigap config lists them)")]
    UnknownAction(String),
    #[error(
        "{action}: \"{key}\" is not a key sigap knows (examples: x, X, Ctrl+r, Alt+Enter, F5, Space, PgDn)"
    )]
    UnknownKey { action: String, key: String },
    #[error("{action}: no keys given")]
    NoKeys { action: String },
}

/// The name an action has in the settings file: `ToggleTimer`, `Mark(Late)`.
pub fn action_name(action: &Action) -> String {
    format!("{action:?}")
}

impl Keymap {
    /// The default table with the settings' overrides: each named action
    /// gets the given keys instead of its own, in every context where it is
    /// bound; another action of that context holding one of those keys
    /// loses it. Overrides that cannot be applied are returned and skipped.
    pub fn with_overrides(
        overrides: &std::collections::BTreeMap<String, Vec<String>>,
    ) -> (Keymap, Vec<KeyError>) {
        let mut map = Keymap::default();
        let mut errors = Vec::new();
        for (name, keys) in overrides {
            if !map.bindings.iter().any(|b| action_name(&b.action) == *name) {
                errors.push(KeyError::UnknownAction(name.clone()));
                continue;
            }
            let chords: Result<Vec<Chord>, KeyError> = keys
                .iter()
                .map(|k| {
                    Chord::parse(k)
                        .ok_or_else(|| KeyError::UnknownKey { action: name.clone(), key: k.clone() })
                })
                .collect();
            let chords = match chords {
                Ok(c) if c.is_empty() => {
                    errors.push(KeyError::NoKeys { action: name.clone() });
                    continue;
                }
                Ok(c) => c,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let contexts: Vec<Context> =
                map.bindings.iter().filter(|b| action_name(&b.action) == *name).map(|b| b.context).collect();
            for b in &mut map.bindings {
                if action_name(&b.action) == *name {
                    b.keys = chords.clone();
                } else if contexts.contains(&b.context) {
                    b.keys.retain(|k| !chords.contains(k));
                }
            }
        }
        (map, errors)
    }

    /// The action for a key in the given contexts (most specific first), or
    /// the key as typed text where text is taken.
    pub fn lookup(&self, contexts: &[Context], event: KeyEvent) -> Option<Action> {
        for context in contexts {
            let hit = self
                .bindings
                .iter()
                .filter(|b| b.context == *context)
                .find(|b| b.keys.iter().any(|k| k.matches(&event)));
            if let Some(binding) = hit {
                return Some(binding.action.clone());
            }
        }
        contexts.iter().any(|c| c.takes_text()).then(|| Action::Input(Input::from(event)))
    }

    /// A terminal event as an action: key presses only (Windows also
    /// reports releases and repeats), and pasted text. Resizes only redraw.
    pub fn from_event(&self, contexts: &[Context], event: Event) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => self.lookup(contexts, key),
            Event::Paste(text) => Some(Action::Paste(text)),
            _ => None,
        }
    }

    /// The bindings of the given contexts, in table order, for help and
    /// hints; an action left without keys is not shown.
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
pub fn lookup(contexts: &[Context], event: KeyEvent) -> Option<Action> {
    DEFAULT_KEYMAP.lookup(contexts, event)
}

/// [`Keymap::from_event`] on the default table.
pub fn from_event(contexts: &[Context], event: Event) -> Option<Action> {
    DEFAULT_KEYMAP.from_event(contexts, event)
}

/// All the keys of a binding, as written on screen: `j/↓`.
pub fn keys_label(binding: &Binding) -> String {
    binding.keys.iter().map(Chord::label).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn the_pane_comes_before_the_view() {
        let ctx = [C::Attendance, C::Run, C::Global];
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('s'), KeyModifiers::NONE)),
            Some(Action::Mark(Status::Sick))
        );
        let ctx = [C::Agenda, C::Run, C::Global];
        assert_eq!(lookup(&ctx, press(KeyCode::Char('s'), KeyModifiers::NONE)), Some(Action::SkipItem));
    }

    #[test]
    fn shifted_characters_and_control_keys_match() {
        let ctx = [C::Attendance, C::Run, C::Global];
        assert_eq!(
            lookup(&ctx, press(KeyCode::Char('A'), KeyModifiers::SHIFT)),
            Some(Action::MarkRestAbsent)
        );
        assert_eq!(lookup(&ctx, press(KeyCode::Char('+'), KeyModifiers::SHIFT)), Some(Action::ExtendItem));
        assert_eq!(lookup(&ctx, press(KeyCode::Char('r'), KeyModifiers::CONTROL)), Some(Action::Redo));
        assert_eq!(lookup(&ctx, press(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Action::Quit));
        assert_eq!(lookup(&ctx, press(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn typing_contexts_turn_unbound_keys_into_text() {
        let ctx = [C::Editor];
        let typed = lookup(&ctx, press(KeyCode::Char('q'), KeyModifiers::NONE));
        assert!(matches!(typed, Some(Action::Input(_))), "q is text in the editor");
        assert_eq!(lookup(&ctx, press(KeyCode::Enter, KeyModifiers::ALT)), Some(Action::InsertNewline));
    }

    #[test]
    fn only_presses_act() {
        let ctx = [C::Attendance, C::Run, C::Global];
        let mut release = press(KeyCode::Char('p'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(from_event(&ctx, Event::Key(release)), None);
        let p = press(KeyCode::Char('p'), KeyModifiers::NONE);
        assert_eq!(from_event(&ctx, Event::Key(p)), Some(Action::Mark(Status::Present)));
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
