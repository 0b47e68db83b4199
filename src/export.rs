//! Sessions turned into text for people: summaries, minutes, sheets.

pub mod report;
pub mod summary;
