//! The words spoken at a phase change: the coach tab's cue words for the
//! kind of phase, or, where the guide gives none, the phase's own
//! instruction, so a guide in another language speaks that language.

use super::timeline::{SegmentKind, Timeline};
use crate::guide::model::{CueWords, PhaseKind};

/// A moment that calls for a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseChange {
    /// Segment `n` of the timeline began.
    Segment(usize),
    /// The routine came to its end.
    Done,
}

/// What to say at `change`; None for the get-ready lead-in (nothing to
/// do yet) and for words that come out empty.
pub fn cue_words(words: &CueWords, timeline: &Timeline, change: PhaseChange) -> Option<String> {
    let segments = timeline.segments();
    let index = match change {
        PhaseChange::Done => return spoken(words.done.as_deref().unwrap_or(timeline.words().cue_done.get())),
        PhaseChange::Segment(index) => index,
    };
    let segment = segments.get(index)?;
    let own = segment.say.as_str();
    let said = match segment.kind {
        SegmentKind::GetReady => return None,
        SegmentKind::Breathe(kind) => {
            let word = match kind {
                PhaseKind::Inhale => &words.inhale,
                PhaseKind::Hold => &words.hold,
                PhaseKind::Exhale => &words.exhale,
                PhaseKind::Rest => &words.rest,
            };
            word.as_deref().unwrap_or(own).to_string()
        }
        SegmentKind::Hold => {
            let word = words.stretch.as_deref().unwrap_or(own);
            // The side first: it is what a person with closed eyes needs.
            match &segment.side {
                Some(side) => timeline.words().cue_side.fill(&[("side", side), ("word", &word)]),
                None => word.to_string(),
            }
        }
        SegmentKind::Switch => {
            // A pause between holds changes sides, or rests before holding
            // the same side again.
            let before = index.checked_sub(1).and_then(|i| segments.get(i)).map(|s| &s.side);
            let word = if before.is_some_and(|side| *side != segment.side) { &words.switch } else { &words.rest };
            word.as_deref().unwrap_or(own).to_string()
        }
    };
    spoken(&said)
}

/// Words as a speech program gets them: one line (control characters
/// become spaces), without the leading '-' a program would take for an
/// option. None when nothing is left.
pub fn spoken(words: &str) -> Option<String> {
    let line = crate::text::one_line(words);
    let line = line.trim_start_matches(|c: char| c == '-' || c.is_whitespace()).trim_end();
    (!line.is_empty()).then(|| line.to_string())
}
