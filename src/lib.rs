//! sigap: run a workshop session from the terminal — the agenda timer, the
//! roll call and the minutes — and keep every word safe on disk.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod create;
pub mod domain;
pub mod export;
pub mod import;
pub mod report;
pub mod search;
pub mod settings;
pub mod shown;
pub mod store;
#[cfg(feature = "dev")]
pub mod synthetic;
pub mod text;
pub mod tui;

/// The old path of [`search::fold`], which the store, the import and the app use.
pub use search::fold;
