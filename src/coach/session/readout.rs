//! What a session shows and amounts to at an instant: the view, the next
//! instant it changes, and the summary. Read-only over `Session`.

use std::time::{Duration, Instant};

use super::{RunState, Session, nanos};
use crate::coach::timeline::{Segment, SegmentKind};

/// Everything the screen needs at one instant.
#[derive(Debug, Clone)]
pub struct View<'a> {
    pub segment: &'a Segment,
    pub index: usize,
    /// Time left in the segment: never negative, never above `segment.len`.
    pub phase_left: Duration,
    pub routine_left: Duration,
    pub step: Option<usize>,
    pub step_count: usize,
    pub state: RunState,
}

impl View<'_> {
    /// Which of `steps` equal parts of the segment is under way, 0..steps
    /// (`steps` once the segment is complete). Exact, in whole nanoseconds,
    /// and flips at the instants `Session::next_change` reports.
    pub fn anim_frame(&self, steps: u32) -> u32 {
        let len = self.segment.len.as_nanos();
        if len == 0 {
            return steps;
        }
        let done = (self.segment.len - self.phase_left).as_nanos();
        (done * u128::from(steps) / len) as u32
    }

    /// Whether the session has not begun: at the very start of its lead-in
    /// (held there while the cautions are read).
    pub fn unstarted(&self) -> bool {
        self.segment.kind == SegmentKind::GetReady && self.phase_left == self.segment.len
    }
}

/// What a session amounted to.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Running time, pauses excluded.
    pub active: Duration,
    /// Breathing cycles reached in full with nothing of them skipped.
    pub cycles_done: u32,
    /// What was skipped, in order, each with the time it had left.
    pub skipped: Vec<String>,
    /// The routine reached its end (rather than being stopped).
    pub completed: bool,
    /// Every phase of the routine was skipped (in part or whole); the
    /// get-ready lead-in does not count.
    pub all_skipped: bool,
}

impl Session {
    /// What the session amounts to as of `now` (also while still running).
    pub fn summary(&self, now: Instant) -> Summary {
        let furthest = self.furthest.max(self.position(now));
        let segments = self.timeline.segments();
        let mut cycles_done = 0;
        let mut first = 0;
        let same_cycle = |a: &Segment, b: &Segment| {
            matches!(a.kind, SegmentKind::Breathe(_)) && (a.step, a.cycle) == (b.step, b.cycle)
        };
        for cycle in segments.chunk_by(|a, b| same_cycle(a, b) && same_cycle(b, a)) {
            let clean = !self.skipped_segments[first..first + cycle.len()].contains(&true);
            let last = &cycle[cycle.len() - 1];
            if matches!(last.kind, SegmentKind::Breathe(_)) && clean && last.end() <= furthest {
                cycles_done += 1;
            }
            first += cycle.len();
        }
        Summary {
            active: self.active(now),
            cycles_done,
            skipped: self.skipped.clone(),
            completed: self.state_at(now) == RunState::Finished && !self.stopped,
            all_skipped: segments
                .iter()
                .zip(&self.skipped_segments)
                .filter(|(segment, _)| segment.kind != SegmentKind::GetReady)
                .all(|(_, &skipped)| skipped),
        }
    }

    /// Everything the screen shows at `now`. The state is as of `now`: a
    /// session past its end shows as finished even before `update` is called.
    pub fn view(&self, now: Instant) -> View<'_> {
        let state = self.state_at(now);
        let pos = self.position(now);
        let total = self.timeline.total();
        let index = self.timeline.index_at(pos);
        let segments = self.timeline.segments();
        let segment = &segments[index];
        let phase_left = segment.end().saturating_sub(pos).min(segment.len);
        View {
            segment,
            index,
            phase_left,
            routine_left: total - pos,
            step: segment.step,
            step_count: self.timeline.step_count(),
            state,
        }
    }

    /// The next instant at which anything shown can change: a whole-second
    /// flip of the ceiling of the segment's or the routine's time left, the
    /// segment's end, or with `anim_steps > 0` the next of that many equal
    /// parts of the segment. Exact, and always after `now`. `None` when paused
    /// or finished.
    pub fn next_change(&self, now: Instant, anim_steps: u32) -> Option<Instant> {
        if self.state_at(now) != RunState::Running {
            return None;
        }
        let position = self.position(now);
        let segment = &self.timeline.segments()[self.timeline.index_at(position)];
        let pos = nanos(position);
        let (start, len) = (nanos(segment.start), nanos(segment.len));
        let phase_left = start + len - pos;
        let mut wait = phase_left.min(to_flip(phase_left));
        wait = wait.min(to_flip(nanos(self.timeline.total()) - pos));
        if anim_steps > 0 {
            let (done, parts) = (pos - start, i128::from(anim_steps));
            let part = done * parts / len + 1;
            let boundary = (part * len + parts - 1) / parts;
            wait = wait.min(boundary - done);
        }
        Some(now + Duration::from_nanos(wait as u64))
    }

    /// Whether the segment at `now` is another than `last_index` (for a bell).
    pub fn segment_changed_since(&self, last_index: usize, now: Instant) -> bool {
        self.timeline.index_at(self.position(now)) != last_index
    }
}

/// Time until the ceiling of the whole seconds in `left` (> 0) drops by one.
fn to_flip(left: i128) -> i128 {
    const SECOND: i128 = 1_000_000_000;
    left - (left - 1) / SECOND * SECOND
}
