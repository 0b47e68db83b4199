//! Bytes read as the events a person and a terminal could send: keys bound
//! where the app is, typed text with accents, wide and combining characters,
//! pastes, resizes, the mouse and the clock. The same bytes always make the
//! same events for the same app, so a failing script can be replayed.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;

use crate::tui::app::App;
use crate::tui::command::Command;
use crate::tui::keymap::{BINDINGS, Chord, Context};

/// A script's bytes, read one at a time; zeros once they run out.
pub struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, at: 0 }
    }

    pub fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    pub fn is_empty(&self) -> bool {
        self.at >= self.data.len()
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[usize::from(self.byte()) % items.len()]
    }
}

/// One thing that happens to the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// What the terminal sends.
    Event(Event),
    /// The clock moves on this many seconds, and ticks.
    Tick(i64),
}

/// Text as facilitators type it in Indonesian, English and names, with the
/// characters that are hard to cut and measure.
const TYPED: &[char] = &[
    'a', 'a', 'a', 'a', 'n', 'n', 'n', 'd', 'd', 'd', 'i', 'i', 'e', 'e', 'k', 'm', 't', 'u', 'p', ' ', ' ',
    ' ', 'A', 'D', 'K', 'é', 'É', 'ß', 'İ', '会', '议', '\u{0301}', '\u{200d}', '😀', '\'', '’', '/', '@',
    '1', '0', ':', '-', 'q',
];

/// Keys that edit text or move in it.
const EDITING: &[(KeyCode, KeyModifiers)] = &[
    (KeyCode::Backspace, KeyModifiers::NONE),
    (KeyCode::Enter, KeyModifiers::NONE),
    (KeyCode::Left, KeyModifiers::NONE),
    (KeyCode::Right, KeyModifiers::NONE),
    (KeyCode::Home, KeyModifiers::NONE),
    (KeyCode::End, KeyModifiers::NONE),
    (KeyCode::Delete, KeyModifiers::NONE),
    (KeyCode::Tab, KeyModifiers::NONE),
    (KeyCode::BackTab, KeyModifiers::SHIFT),
    (KeyCode::Esc, KeyModifiers::NONE),
    (KeyCode::Up, KeyModifiers::NONE),
    (KeyCode::Down, KeyModifiers::NONE),
    (KeyCode::Char('u'), KeyModifiers::CONTROL),
    (KeyCode::Char('j'), KeyModifiers::CONTROL),
    (KeyCode::Enter, KeyModifiers::ALT),
    (KeyCode::Char('o'), KeyModifiers::CONTROL),
    (KeyCode::Char('w'), KeyModifiers::CONTROL),
    (KeyCode::Char('r'), KeyModifiers::CONTROL),
];

fn press(code: KeyCode, mods: KeyModifiers) -> Step {
    Step::Event(Event::Key(KeyEvent::new(code, mods)))
}

fn chord(c: Chord) -> Step {
    press(c.code, c.mods)
}

/// The next steps the bytes ask for, in the app as it is now: one event,
/// or the keys of a word typed one letter at a time.
pub fn decode(bytes: &mut Bytes, app: &App, size: Size) -> Vec<Step> {
    vec![match one(bytes, app, size) {
        Ok(step) => step,
        Err(steps) => return steps,
    }]
}

/// One event, or (as `Err`) the keys of a word.
fn one(bytes: &mut Bytes, app: &App, size: Size) -> Result<Step, Vec<Step>> {
    // Where text is typed (a search, a note, a form), mostly type: that is
    // what people do there, and where the hard text goes.
    let typing = app.contexts().iter().any(|c| {
        matches!(c, Context::Filter | Context::Editor | Context::Prompt | Context::Form | Context::Mention)
    });
    let step = match bytes.byte() {
        30..=69 if typing => typed(bytes.pick(TYPED)),
        70..=89 if typing => return word(bytes),
        90..=99 if typing => press(KeyCode::Backspace, KeyModifiers::NONE),
        100..=104 if typing => press(KeyCode::Char('u'), KeyModifiers::CONTROL),
        0..=109 => bound_key(bytes, app),
        110..=119 => {
            let binding = &BINDINGS[usize::from(bytes.byte()) % BINDINGS.len()];
            chord(bytes.pick(binding.keys))
        }
        120..=179 => typed(bytes.pick(TYPED)),
        180..=189 => {
            let (code, mods) = bytes.pick(EDITING);
            press(code, mods)
        }
        190..=197 => {
            let len = usize::from(bytes.byte() % 24);
            let mut text: String = (0..len).map(|_| bytes.pick(TYPED)).collect();
            if bytes.byte() < 64 {
                text.push_str("\r\nbaris\tdua\n");
            }
            Step::Event(Event::Paste(text))
        }
        198..=205 => resize(bytes),
        206..=219 => mouse(bytes, size),
        220..=249 => tick(bytes),
        _ => odd(bytes),
    };
    Ok(step)
}

/// Words and pieces of words of the bundled sessions, some inside others,
/// with accents and apostrophes folded away or not.
const WORDS: &[&str] = &[
    "dana",
    "d",
    "desa",
    "an",
    "a",
    "kecamatan",
    "camat",
    "paten",
    "pelayanan",
    "la",
    "ka",
    "e",
    "i",
    "syafii",
    "Syafi'i",
    "wedari",
    "Wédari",
    "imam",
    "会议",
    "议",
];

/// A word typed a letter at a time, often followed by a space.
fn word(bytes: &mut Bytes) -> Result<Step, Vec<Step>> {
    let mut steps: Vec<Step> = bytes.pick(WORDS).chars().map(typed).collect();
    if bytes.byte() < 160 {
        steps.push(typed(' '));
    }
    Err(steps)
}

/// A key of the app's current contexts; quitting (which starts sigap
/// again) only now and then, so that cases go deep.
fn bound_key(bytes: &mut Bytes, app: &App) -> Step {
    let contexts = app.contexts();
    let keys: Vec<(Chord, bool)> = app
        .keymap
        .bindings_of(&contexts)
        .flat_map(|b| b.keys.iter().map(move |k| (*k, b.command == Command::Quit)))
        .collect();
    if keys.is_empty() {
        return typed(bytes.pick(TYPED));
    }
    let (key, quits) = keys[usize::from(bytes.byte()) % keys.len()];
    if quits && bytes.byte() > 24 {
        return press(KeyCode::Down, KeyModifiers::NONE);
    }
    chord(key)
}

fn typed(c: char) -> Step {
    let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    press(KeyCode::Char(c), mods)
}

/// Any size from 1×1 to 300×100, often a small or an ordinary one.
fn resize(bytes: &mut Bytes) -> Step {
    let (w, h) = (u16::from(bytes.byte()), u16::from(bytes.byte()));
    let (w, h) = match bytes.byte() % 4 {
        0 => (1 + w % 30, 1 + h % 12),
        1 => (80, 24),
        // At most 1 + 255 * 299 / 255: 300 columns, 100 rows.
        _ => (1 + (u32::from(w) * 299 / 255) as u16, 1 + (u32::from(h) * 99 / 255) as u16),
    };
    Step::Event(Event::Resize(w, h))
}

/// A click or the wheel, mostly on the screen, now and then just off it.
fn mouse(bytes: &mut Bytes, size: Size) -> Step {
    let kind = match bytes.byte() % 6 {
        0 | 1 => MouseEventKind::Down(MouseButton::Left),
        2 => MouseEventKind::ScrollUp,
        3 => MouseEventKind::ScrollDown,
        4 => MouseEventKind::Moved,
        _ => MouseEventKind::Down(MouseButton::Right),
    };
    let column = u16::from(bytes.byte()) % size.width.saturating_add(2).max(1);
    let row = u16::from(bytes.byte()) % size.height.saturating_add(2).max(1);
    Step::Event(Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }))
}

/// The clock: mostly the next second, sometimes minutes or days later.
fn tick(bytes: &mut Bytes) -> Step {
    let n = i64::from(bytes.byte());
    Step::Tick(match bytes.byte() % 8 {
        0..=4 => 1,
        5 => 1 + n % 59,
        6 => 60 * (1 + n % 180),
        _ => 86_400 * (1 + n % 3),
    })
}

/// What a terminal sends now and then: releases, focus, function keys,
/// characters with Ctrl or Alt.
fn odd(bytes: &mut Bytes) -> Step {
    match bytes.byte() % 5 {
        0 => {
            let mut key = KeyEvent::new(KeyCode::Char(bytes.pick(TYPED)), KeyModifiers::NONE);
            key.kind = KeyEventKind::Release;
            Step::Event(Event::Key(key))
        }
        1 => Step::Event(if bytes.byte().is_multiple_of(2) { Event::FocusGained } else { Event::FocusLost }),
        2 => press(KeyCode::F(1 + bytes.byte() % 12), KeyModifiers::NONE),
        3 => press(KeyCode::Insert, KeyModifiers::NONE),
        _ => {
            let mods = if bytes.byte().is_multiple_of(2) { KeyModifiers::CONTROL } else { KeyModifiers::ALT };
            press(KeyCode::Char(bytes.pick(TYPED)), mods)
        }
    }
}
