//! cramp-guide: a keyboard-only terminal guide to leg cramps.
//!
//! `guide` holds the content model, its rules and its loader (no terminal
//! code), `diary` the cramp diary's file and arithmetic, `coach` the timing
//! engine and the words of its cues, `search` the index, `text` wrapping and
//! figures, `theme` the styles; `view` works out what each screen shows for a
//! size, `app` holds the state and key handling, `ui` draws, `run` is the
//! terminal loop, `cue` runs the program that speaks the coach's cues. The
//! arrows run one way: run → app, ui, cue; plain_coach → coach, cue; ui →
//! app, view, theme; app → view, theme, coach, search, guide, diary; view →
//! guide, coach, search, diary, text, theme; diary → guide, text.

/// The bytes of a file the program carries for a rare command (the shell
/// completions, the man page), in a section of their own that the Linux
/// build lays after all other constants (`link/cold-data.ld`): a usual
/// session never reads them, and kept apart they are never mapped with
/// what it does read.
macro_rules! cold_bytes {
    ($path:expr) => {{
        #[unsafe(link_section = ".rodata.cold")]
        static BYTES: [u8; include_bytes!($path).len()] = *include_bytes!($path);
        &BYTES
    }};
}

pub mod app;
pub mod cli;
pub mod coach;
pub mod cue;
pub mod diary;
pub mod diary_cli;
pub mod guide;
pub mod names;
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
