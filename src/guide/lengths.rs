//! How long routines and their steps last: one rule for the coach, the
//! validation limit, the screen and `--print`.

use std::time::Duration;

use super::model::{Routine, Step, StepKind};

impl Routine {
    /// How long the routine lasts from the lead-in to the end of its last
    /// step. Saturates rather than overflowing, so an absurd routine is still
    /// measured.
    pub fn length(&self) -> Duration {
        self.steps.iter().map(Step::length).fold(self.lead_in.unwrap_or_default(), Duration::saturating_add)
    }
}

impl Step {
    /// How long one step lasts.
    pub fn length(&self) -> Duration {
        match &self.kind {
            StepKind::Breathe { phases, cycles } => {
                phases.iter().map(|p| p.seconds).fold(Duration::ZERO, Duration::saturating_add).saturating_mul(*cycles)
            }
            StepKind::Hold { seconds, sides, switch, repeat, .. } => {
                // Every hold is followed by a switch pause but the last.
                let sides = u32::try_from(sides.len().max(1)).unwrap_or(u32::MAX);
                let holds = sides.saturating_mul(*repeat).max(1);
                seconds.saturating_mul(holds).saturating_add(switch.saturating_mul(holds - 1))
            }
        }
    }
}
