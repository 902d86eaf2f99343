//! A coaching session: where in the timeline a person is at any instant.
//!
//! `active = now − started − paused_total` (frozen while paused or finished),
//! and `position = active + jump`, where `jump` is the net of all skip/back
//! moves. Every question is answered from these values and an injected `now`.

use std::time::{Duration, Instant, SystemTime};

use super::timeline::Timeline;

mod readout;

pub use readout::{Summary, View};

/// Wall time running ahead of monotonic time by more than this means the
/// machine slept (the monotonic clock stops during suspend).
pub const SLEEP_GAP: Duration = Duration::from_secs(5);

/// Back within this much of a step's start goes to the previous step.
pub const BACK_GRACE: Duration = Duration::from_secs(1);

/// A reading of both clocks, injected by the caller.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub mono: Instant,
    pub wall: SystemTime,
}

impl Clock {
    /// The real clocks, for the run loop (tests build their own).
    pub fn now() -> Clock {
        Clock { mono: Instant::now(), wall: SystemTime::now() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    Running,
    /// `by_sleep`: paused automatically because the machine slept.
    Paused {
        by_sleep: bool,
    },
    Finished,
}

#[derive(Debug, Clone)]
pub struct Session {
    timeline: Timeline,
    started: Instant,
    paused_total: Duration,
    /// When time stopped counting: the pause, or the end.
    frozen_at: Option<Instant>,
    state: RunState,
    /// Net skip/back moves, in nanoseconds of position.
    jump: i128,
    /// Ended by `stop` before the end.
    stopped: bool,
    /// The clocks as of the last `update`, for sleep detection.
    sample: Clock,
    /// Furthest position reached, as of the last move.
    furthest: Duration,
    skipped: Vec<String>,
    /// Per segment: was any of it skipped.
    skipped_segments: Vec<bool>,
}

impl Session {
    pub fn start(timeline: Timeline, clock: Clock) -> Session {
        let segments = timeline.segments().len();
        let mut session = Session {
            timeline,
            started: clock.mono,
            paused_total: Duration::ZERO,
            frozen_at: None,
            state: RunState::Running,
            jump: 0,
            stopped: false,
            sample: clock,
            furthest: Duration::ZERO,
            skipped: Vec::new(),
            skipped_segments: vec![false; segments],
        };
        session.settle(clock.mono);
        session
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// The state as of the last update or control.
    pub fn state(&self) -> RunState {
        self.state
    }

    /// Running time: frozen while paused or finished, never decreasing.
    /// Running past the end (before `update` notices) counts only up to the end.
    pub fn active(&self, now: Instant) -> Duration {
        let over = self.raw_position(now) - nanos(self.timeline.total());
        let counted = self.counted(now);
        if self.state == RunState::Running && over > 0 {
            counted.saturating_sub(Duration::from_nanos(over as u64))
        } else {
            counted
        }
    }

    /// Where in the timeline the session is, 0..=total.
    pub fn position(&self, now: Instant) -> Duration {
        let raw = self.raw_position(now).clamp(0, nanos(self.timeline.total()));
        Duration::from_nanos(raw as u64)
    }

    /// Call on every wake. Marks the session finished once the position
    /// reaches the end, and pauses it (`by_sleep`) when the wall clock has run
    /// ahead of the monotonic one by over [`SLEEP_GAP`]: the machine slept, and
    /// as the monotonic clock stopped meanwhile, the slept time is not counted.
    /// Returns whether the state changed.
    pub fn update(&mut self, clock: Clock) -> bool {
        let before = self.state;
        let mono_gap = clock.mono.saturating_duration_since(self.sample.mono);
        let wall_gap = clock.wall.duration_since(self.sample.wall).unwrap_or_default();
        self.settle(clock.mono);
        if self.state == RunState::Running && wall_gap > mono_gap + SLEEP_GAP {
            self.frozen_at = Some(clock.mono);
            self.state = RunState::Paused { by_sleep: true };
        }
        self.sample = clock;
        before != self.state
    }

    /// Pauses (freezing time exactly) or resumes from the same position.
    pub fn toggle_pause(&mut self, now: Instant) {
        self.settle(now);
        match self.state {
            RunState::Running => {
                self.frozen_at = Some(now);
                self.state = RunState::Paused { by_sleep: false };
            }
            RunState::Paused { .. } => {
                let since = self.frozen_at.take().unwrap_or(now);
                self.paused_total += now.saturating_duration_since(since);
                self.state = RunState::Running;
            }
            RunState::Finished => {}
        }
    }

    /// Moves to the start of the next segment, recording what was left of
    /// this one; from the last segment, finishes. A paused session stays paused.
    pub fn skip(&mut self, now: Instant) {
        self.settle(now);
        if self.state == RunState::Finished {
            return;
        }
        let pos = self.position(now);
        let index = self.timeline.index_at(pos);
        let segment = &self.timeline.segments()[index];
        let target = segment.end();
        let left = target.saturating_sub(pos).as_secs_f64();
        let what = self.timeline.describe(index);
        let left = self.timeline.words().numbers().one_decimal(left);
        self.skipped.push(self.timeline.words().skipped_left.fill(&[("what", &what), ("left", &left)]));
        self.skipped_segments[index] = true;
        self.move_to(now, target);
        self.settle(now);
    }

    /// Moves to the start of the current step; within [`BACK_GRACE`] of it,
    /// to the start of the previous step (the lead-in counts as one).
    pub fn back(&mut self, now: Instant) {
        self.settle(now);
        if self.state == RunState::Finished {
            return;
        }
        let pos = self.position(now);
        let step = self.timeline.segments()[self.timeline.index_at(pos)].step;
        let current = step.map_or(Duration::ZERO, |s| self.timeline.step_start(s));
        let target = if pos - current < BACK_GRACE {
            // The step before (every step lasts a while, so it starts earlier),
            // or the lead-in's start from the first step.
            step.and_then(|s| s.checked_sub(1)).map_or(Duration::ZERO, |s| self.timeline.step_start(s))
        } else {
            current
        };
        self.move_to(now, target);
    }

    /// Starts again from the beginning: a fresh session.
    pub fn restart(&mut self, clock: Clock) {
        *self = Session::start(self.timeline.clone(), clock);
    }

    /// Ends the session where it is.
    pub fn stop(&mut self, now: Instant) -> Summary {
        self.settle(now);
        if self.state != RunState::Finished {
            self.frozen_at.get_or_insert(now);
            self.state = RunState::Finished;
            self.stopped = true;
        }
        self.summary(now)
    }

    /// Time counted since the start: `now − started − paused_total`, frozen
    /// while paused or finished.
    fn counted(&self, now: Instant) -> Duration {
        let until = self.frozen_at.unwrap_or(now);
        until.saturating_duration_since(self.started).saturating_sub(self.paused_total)
    }

    fn raw_position(&self, now: Instant) -> i128 {
        nanos(self.counted(now)) + self.jump
    }

    /// The state at `now`: running past the end counts as finished.
    fn state_at(&self, now: Instant) -> RunState {
        let over = self.raw_position(now) >= nanos(self.timeline.total());
        if self.state == RunState::Running && over { RunState::Finished } else { self.state }
    }

    /// Catches up with `now`: a running session past its end is finished,
    /// frozen at the exact instant it reached the end.
    fn settle(&mut self, now: Instant) {
        let over = self.raw_position(now) - nanos(self.timeline.total());
        match self.state {
            RunState::Running if over >= 0 => {
                let ended = now.checked_sub(Duration::from_nanos(over as u64)).unwrap_or(now);
                self.frozen_at = Some(ended.max(self.started));
                self.state = RunState::Finished;
            }
            RunState::Paused { .. } if over >= 0 => self.state = RunState::Finished,
            _ => {}
        }
        if self.state == RunState::Finished && !self.stopped {
            self.furthest = self.timeline.total();
        }
    }

    fn move_to(&mut self, now: Instant, target: Duration) {
        self.furthest = self.furthest.max(self.position(now)).max(target);
        self.jump = nanos(target) - nanos(self.counted(now));
    }
}

fn nanos(d: Duration) -> i128 {
    d.as_nanos() as i128
}
