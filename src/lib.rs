//! cramp-guide: a keyboard-only terminal guide to leg cramps.
//!
//! `guide` holds the content model and its loader (no terminal code),
//! `app` the state and key handling, `ui` the drawing, `run` the terminal loop.

pub mod app;
pub mod cli;
pub mod coach;
pub mod guide;
pub mod report;
mod run;
pub use run::run_tui;
pub mod plain_coach;
pub mod print;
pub mod search;
pub mod shipped;
pub mod ui;
