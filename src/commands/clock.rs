//! `sigap clock` without a terminal: the clock has nowhere to draw, so the
//! session is shown (see [`super::open`]).

pub use super::open::run;
