//! cramp-guide: a keyboard-only terminal guide to leg cramps.
//!
//! `guide` holds the content model, its rules and its loader (no terminal
//! code), `coach` the timing engine, `search` the index, `text` wrapping and
//! figures, `theme` the styles; `view` works out what each screen shows for a
//! size, `app` holds the state and key handling, `ui` draws, `run` is the
//! terminal loop. The arrows run one way: run → app, ui; ui → app, view,
//! theme; app → view, theme, coach, search, guide; view → guide, coach,
//! search, text, theme.

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
pub mod text;
pub mod theme;
pub mod ui;
pub mod view;
