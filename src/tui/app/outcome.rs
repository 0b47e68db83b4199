//! What one update of a view comes to: work for the runner, words for the
//! status line, both or neither.

use crate::tui::effect::Effect;

/// Words for the status line, and whether they tell of a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub(crate) text: String,
    pub(crate) problem: bool,
}

impl Notice {
    pub fn new(text: impl Into<String>, problem: bool) -> Self {
        Notice { text: text.into(), problem }
    }

    /// Words that tell how things went.
    pub fn info(text: impl Into<String>) -> Self {
        Notice::new(text, false)
    }

    /// Words that tell of a problem.
    pub fn problem(text: impl Into<String>) -> Self {
        Notice::new(text, true)
    }
}

/// The result of a view's update.
#[derive(Debug, Default, PartialEq)]
#[must_use]
pub struct Outcome {
    pub(crate) effect: Option<Effect>,
    pub(crate) notice: Option<Notice>,
}

impl Outcome {
    /// Nothing for the runner, nothing to say.
    pub const NONE: Outcome = Outcome { effect: None, notice: None };

    pub fn new(effect: Option<Effect>, notice: Option<Notice>) -> Self {
        Outcome { effect, notice }
    }

    /// Work for the runner, nothing to say.
    pub fn effect(effect: Effect) -> Self {
        Outcome { effect: Some(effect), notice: None }
    }

    /// Something to say, no work.
    pub fn notice(notice: Notice) -> Self {
        Outcome { effect: None, notice: Some(notice) }
    }
}
