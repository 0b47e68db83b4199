//! The one key table: it dispatches keys and it is what the help screen and
//! the footer show, so the two can never disagree.

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui_textarea::Input;

mod chord;
mod table;

pub use chord::Chord;
pub use table::{BINDINGS, DefaultBinding};

use super::command::{Command, Gesture};
use crate::text::{Lang, Text};

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

/// One line of the key table in force: the default, or as the settings rebound it.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Chord>,
    pub command: Command,
    pub hint: bool,
}

/// The key table in force: dispatch and help both read it, so a rebound
/// key is shown where it works.
#[derive(Clone, Debug, PartialEq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    /// The English table.
    fn default() -> Self {
        Keymap::for_lang(Lang::En)
    }
}

pub use crate::domain::problem::KeyError;

impl Keymap {
    /// The default table as it is in force in a language.
    pub fn for_lang(lang: Lang) -> Keymap {
        let bindings = BINDINGS
            .iter()
            .filter(|b| b.applies_in(lang))
            .map(|b| Binding { context: b.context, keys: b.keys.to_vec(), command: b.command, hint: b.hint })
            .collect();
        Keymap { bindings }
    }

    /// The default table of a language with the settings' overrides: each named command
    /// (by its stable name, or by the name older settings files used) gets
    /// the given keys instead of its own, in every context where it is
    /// bound; another command of that context holding one of those keys
    /// loses it. A setting names a command, not a key of one language, so
    /// it applies in every language. Overrides that cannot be applied are
    /// returned and skipped.
    pub fn with_overrides(
        lang: Lang,
        overrides: &std::collections::BTreeMap<String, Vec<String>>,
    ) -> (Keymap, Vec<KeyError>) {
        let mut map = Keymap::for_lang(lang);
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

/// [`Keymap::lookup`] on the default (English) table.
pub fn lookup(contexts: &[Context], event: KeyEvent) -> Option<Gesture> {
    DEFAULT_KEYMAP.lookup(contexts, event)
}

/// [`Keymap::from_event`] on the default (English) table.
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
    use crate::domain::Status;
    use Context as C;
    use crossterm::event::{KeyCode, KeyModifiers};

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
        for lang in [Lang::En, Lang::Id] {
            let lines: Vec<&DefaultBinding> = BINDINGS.iter().filter(|b| b.applies_in(lang)).collect();
            for (i, a) in lines.iter().enumerate() {
                for b in lines.iter().skip(i + 1).filter(|b| b.context == a.context) {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{:?} bound twice in {:?} ({lang:?})", k, a.context);
                    }
                }
            }
        }
    }

    #[test]
    fn every_command_has_its_keys_in_every_language() {
        for b in BINDINGS.iter().filter(|b| b.lang.is_some()) {
            for lang in [Lang::En, Lang::Id] {
                assert!(
                    BINDINGS
                        .iter()
                        .any(|o| o.applies_in(lang) && o.context == b.context && o.command == b.command),
                    "{:?} has no key in {lang:?}",
                    b.command
                );
            }
        }
    }
}
