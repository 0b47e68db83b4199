//! The terminal app: event → key table → `Action` → `App::update` →
//! `Effect` → runner → `render(&App)`.

pub mod action;
pub mod app;
#[cfg(feature = "dev")]
#[doc(hidden)]
pub mod drive;
pub mod executor;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod runner;
pub mod theme;
pub mod view;
pub mod writer;
