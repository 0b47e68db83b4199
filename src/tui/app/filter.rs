//! A list filter as the person types it, and one-line text fields.

use crate::fold::fold;

/// A list filter typed by the person: the text and whether keys go to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub text: String,
    pub typing: bool,
}

impl Filter {
    /// Whether `fields` match every word of the filter (case, accents ignored).
    pub fn matches(&self, fields: &[&str]) -> bool {
        let wanted = fold(&self.text);
        // Without a filter every row passes; folding thousands of notes on
        // every frame to find that out would cost more than drawing them.
        if wanted.split_whitespace().next().is_none() {
            return true;
        }
        let haystack = fold(&fields.join(" "));
        wanted.split_whitespace().all(|w| haystack.contains(w))
    }

    pub fn is_active(&self) -> bool {
        !self.text.is_empty()
    }

    /// Apply a typed key.
    pub(super) fn type_key(&mut self, input: &ratatui_textarea::Input) {
        edit_line(&mut self.text, input);
    }
}

/// Edit a one-line text field with a typed key; true when it changed.
pub(crate) fn edit_line(text: &mut String, input: &ratatui_textarea::Input) -> bool {
    use ratatui_textarea::Key;
    match input.key {
        Key::Char(c) if !input.ctrl && !input.alt && crate::shown::may_type(c) => {
            text.push(c);
            true
        }
        Key::Backspace => text.pop().is_some(),
        Key::Char('u') if input.ctrl => {
            text.clear();
            true
        }
        _ => false,
    }
}
