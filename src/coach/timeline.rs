//! A routine laid out in time: one segment per breathing phase, hold or
//! switch pause, back to back from zero.
//!
//! Segments of zero length are left out, so every position before the end
//! lies in exactly one segment. A routine that lasts no time at all gets one
//! zero-length get-ready segment, so there is always something to show.

use std::time::Duration;

use super::words::CoachWords;
use crate::guide::model::{PhaseKind, Routine, Step, StepKind};
use crate::guide::ui_text::UiText;
use crate::text::figures::Numbers;

/// What a segment asks the person to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    GetReady,
    Breathe(PhaseKind),
    Hold,
    Switch,
}

/// One stretch of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start: Duration,
    pub len: Duration,
    pub kind: SegmentKind,
    /// Index of the routine step; `None` for the lead-in.
    pub step: Option<usize>,
    /// The instruction to show.
    pub say: String,
    /// The side being held (or switched to), for per-side holds.
    pub side: Option<String>,
    /// 1-based cycle (breathe) or repeat (hold, switch) of `cycles`; 1 of 1 otherwise.
    pub cycle: u32,
    pub cycles: u32,
}

impl Segment {
    /// Where the segment ends (and the next one starts).
    pub fn end(&self) -> Duration {
        self.start + self.len
    }
}

/// The whole routine as segments.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    segments: Vec<Segment>,
    /// Start of each step, including steps that last no time.
    step_starts: Vec<Duration>,
    step_titles: Vec<String>,
    total: Duration,
    /// What the timeline says, in the guide's words.
    words: CoachWords,
}

impl Timeline {
    /// The routine laid out, saying what it says in the words of `ui`, its
    /// figures written as `numbers`.
    pub fn new(routine: &Routine, ui: &UiText, numbers: Numbers) -> Timeline {
        let words = CoachWords::of(ui, numbers);
        let mut out = Layout { words: &words, segments: Vec::new(), at: Duration::ZERO };
        let first = routine.steps.first().map(|s| s.title.as_str());
        let say = match first {
            Some(title) => words.get_ready_titled.fill(&[("title", &title)]),
            None => words.get_ready.get().to_string(),
        };
        out.push(Segment::new(SegmentKind::GetReady, routine.lead_in.unwrap_or_default(), None, say));
        let mut step_starts = Vec::with_capacity(routine.steps.len());
        for (index, step) in routine.steps.iter().enumerate() {
            step_starts.push(out.at);
            out.lay_step(index, step);
        }
        let total = out.at;
        let mut segments = out.segments;
        if segments.is_empty() {
            segments.push(Segment::new(SegmentKind::GetReady, Duration::ZERO, None, words.get_ready.get().into()));
        }
        let step_titles = routine.steps.iter().map(|s| s.title.clone()).collect();
        Timeline { segments, step_starts, step_titles, total, words }
    }

    /// The words the timeline says.
    pub fn words(&self) -> &CoachWords {
        &self.words
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Length of the whole routine: the sum of all segment lengths, which is
    /// the lead-in plus the sum of the steps.
    pub fn total(&self) -> Duration {
        self.total
    }

    pub fn step_count(&self) -> usize {
        self.step_starts.len()
    }

    /// Index of the segment containing `pos`; the last one when `pos >= total`.
    pub fn index_at(&self, pos: Duration) -> usize {
        if pos >= self.total {
            return self.segments.len() - 1;
        }
        self.segments.partition_point(|s| s.end() <= pos)
    }

    /// Where step `step` starts; `total` past the last step.
    pub fn step_start(&self, step: usize) -> Duration {
        self.step_starts.get(step).copied().unwrap_or(self.total)
    }

    /// The title of step `step` ("" when out of range).
    pub fn step_title(&self, step: usize) -> &str {
        self.step_titles.get(step).map_or("", String::as_str)
    }

    /// A one-line name for segment `index`, as listed in a summary:
    /// "Slow-exhale breathing: Breathe out, cycle 3 of 6".
    pub fn describe(&self, index: usize) -> String {
        let Some(seg) = self.segments.get(index) else {
            return String::new();
        };
        let title = seg.step.map_or("", |s| self.step_title(s));
        let w = &self.words;
        let (at, total) = (seg.cycle, seg.cycles);
        match seg.kind {
            SegmentKind::GetReady => w.get_ready.get().to_string(),
            SegmentKind::Breathe(kind) => {
                w.describe_breathe.fill(&[("title", &title), ("phase", &w.phase(kind)), ("at", &at), ("total", &total)])
            }
            SegmentKind::Switch => w.describe_switch.fill(&[("title", &title), ("say", &seg.say)]),
            SegmentKind::Hold => match (&seg.side, total > 1) {
                (Some(side), true) => {
                    w.describe_side_round.fill(&[("title", &title), ("side", side), ("at", &at), ("total", &total)])
                }
                (Some(side), false) => w.describe_side.fill(&[("title", &title), ("side", side)]),
                (None, true) => w.describe_round.fill(&[("title", &title), ("at", &at), ("total", &total)]),
                (None, false) => title.to_string(),
            },
        }
    }
}

impl Segment {
    fn new(kind: SegmentKind, len: Duration, step: Option<usize>, say: String) -> Segment {
        Segment { start: Duration::ZERO, len, kind, step, say, side: None, cycle: 1, cycles: 1 }
    }
}

/// Lays segments end to end.
struct Layout<'w> {
    words: &'w CoachWords,
    segments: Vec<Segment>,
    at: Duration,
}

impl Layout<'_> {
    fn push(&mut self, mut seg: Segment) {
        if seg.len.is_zero() {
            return;
        }
        seg.start = self.at;
        self.at += seg.len;
        self.segments.push(seg);
    }

    fn lay_step(&mut self, index: usize, step: &Step) {
        let at = Some(index);
        match &step.kind {
            StepKind::Breathe { phases, cycles } => {
                for cycle in 1..=*cycles {
                    for phase in phases {
                        let say = if phase.say.is_empty() {
                            self.words.phase(phase.kind).to_string()
                        } else {
                            phase.say.clone()
                        };
                        let kind = SegmentKind::Breathe(phase.kind);
                        self.push(Segment { cycle, cycles: *cycles, ..Segment::new(kind, phase.seconds, at, say) });
                    }
                }
            }
            StepKind::Hold { say, seconds, sides, switch, repeat } => {
                let repeat = (*repeat).max(1);
                let sides: Vec<Option<&String>> =
                    if sides.is_empty() { vec![None] } else { sides.iter().map(Some).collect() };
                let mut previous: Option<Option<&String>> = None;
                for cycle in 1..=repeat {
                    for &side in &sides {
                        // A pause between every two holds (as `Step::length` counts):
                        // a switch when the side changes, a rest before holding again.
                        if let Some(before) = previous {
                            let say = match side {
                                Some(name) if before != side => self.words.switch_to.fill(&[("side", name)]),
                                _ => self.words.hold_again.get().to_string(),
                            };
                            let seg = Segment::new(SegmentKind::Switch, *switch, at, say);
                            self.push(Segment { side: side.cloned(), cycle, cycles: repeat, ..seg });
                        }
                        let seg = Segment::new(SegmentKind::Hold, *seconds, at, say.clone());
                        self.push(Segment { side: side.cloned(), cycle, cycles: repeat, ..seg });
                        previous = Some(side);
                    }
                }
            }
        }
    }
}
