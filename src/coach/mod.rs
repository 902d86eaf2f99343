//! The coach's timing engine: a routine laid out in time ([`Timeline`]), a
//! person's way through it ([`Session`]) and the words spoken as each phase
//! begins ([`cue_words`]). No terminal code.
//!
//! Time is a value, not a loop count: the session keeps when it started, how
//! long it has been paused and the net jump of skip/back, and computes the
//! position from an injected `now`. Nothing advances per tick, so it cannot
//! drift, and tests drive it with fake clocks.
//!
//! Display convention: a time left is shown as the ceiling of its seconds
//! ([`shown_seconds`]), so "6" shows for anything in (5 s, 6 s] and "0" only
//! at the very end; the routine's time left is shown as m:ss of the same
//! ceiling (`text::figures::clock_text`). [`Session::next_change`] returns
//! exactly the instants at which these values flip.

pub mod cues;
pub mod session;
pub mod timeline;
pub mod words;

pub use cues::{PhaseChange, cue_words};
pub use session::{Clock, RunState, Session, Summary, View};
pub use timeline::{Segment, SegmentKind, Timeline};
pub use words::CoachWords;

use std::time::Duration;

/// Whole seconds shown for a time left: the ceiling, so 5.2 s shows as 6.
pub fn shown_seconds(left: Duration) -> u64 {
    left.as_secs() + u64::from(left.subsec_nanos() > 0)
}
