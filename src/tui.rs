//! The terminal app: event → key table → `Command` → `App::update` →
//! `Effect` → runner → `Message` → `App::update`; `render(&App)` draws.

pub mod app;
pub mod command;
#[cfg(feature = "dev")]
#[doc(hidden)]
pub mod drive;
pub mod effect;
pub mod executor;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod message;
pub mod runner;
pub mod theme;
pub mod view;
pub mod writer;
