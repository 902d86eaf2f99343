//! What each screen shows and where, for a given size: the regions of the
//! screen, the lines of each region and of every scrollable pane. Pure: no
//! `App`, no `Buffer`. Key handling (`app`) reads line counts and page
//! sizes from these functions and drawing (`ui`) paints what they return,
//! so the two cannot disagree. Every function takes the area it fills.
//!
//! ```text
//! ┌ tabs ─────────────────────────────────────────────┐  screen::areas
//! │ banner (the disclaimer, until the first key)      │
//! ├ body ─────────────────────────────────────────────┤
//! │ ┌ list ─────────┐┌ detail: a Pane ──────────────┐ │  topics::split
//! │ │               ││ lines[scroll..scroll+page]   │ │  (list on top
//! │ │               ││              lines a–b of n  │ │   under 80 cols)
//! │ └───────────────┘└──────────────────────────────┘ │
//! ├ footer ───────────────────────────────────────────┤
//! └───────────────────────────────────────────────────┘
//! ```
//! The red-flag body puts the verdict card above its list and "why" pane;
//! a coach session fills the body; help is a pane centred on the screen.

pub mod big_digits;
pub mod coach;
pub mod coach_next;
pub mod coach_picture;
pub mod coach_session;

pub mod cramp_now;
pub mod cut;
pub mod diary;
pub mod diary_entry;
pub mod footer;
pub mod help;
pub mod hydration;
pub mod lines;
pub mod list_window;
pub mod pane;
pub mod screen;
pub mod scroll;
pub mod search;
pub mod tab_bar;
pub mod topics;
pub mod triage;

pub use pane::Pane;
pub use scroll::{Extent, Move, Scroll};
