//! The words the coach engine puts into a timeline: the lead-in, the pause
//! between holds, a phase's own name, and the one-line names of what was
//! skipped. They come from the guide's `[ui.coach]`, so a session in
//! another language says nothing in English.

use crate::guide::model::PhaseKind;
use crate::guide::ui_text::{Text, UiText};
use crate::text::figures::Numbers;

/// The texts a timeline and a session need, taken from the UI text table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoachWords {
    pub get_ready: Text,
    pub get_ready_titled: Text,
    pub switch_to: Text,
    pub hold_again: Text,
    pub inhale: Text,
    pub hold: Text,
    pub exhale: Text,
    pub rest: Text,
    pub describe_breathe: Text,
    pub describe_switch: Text,
    pub describe_side: Text,
    pub describe_round: Text,
    pub describe_side_round: Text,
    pub skipped_left: Text,
    pub cue_done: Text,
    pub cue_side: Text,
    /// The decimal mark and thousands separator of the guide's language.
    pub decimal: String,
    pub thousands: String,
}

impl CoachWords {
    /// The coach's words of `ui`, with numbers written as `numbers`.
    pub fn of(ui: &UiText, numbers: Numbers) -> CoachWords {
        let c = &ui.coach;
        CoachWords {
            get_ready: c.get_ready.clone(),
            get_ready_titled: c.get_ready_titled.clone(),
            switch_to: c.switch_to.clone(),
            hold_again: c.hold_again.clone(),
            inhale: c.say_inhale.clone(),
            hold: c.say_hold.clone(),
            exhale: c.say_exhale.clone(),
            rest: c.say_rest.clone(),
            describe_breathe: c.describe_breathe.clone(),
            describe_switch: c.describe_switch.clone(),
            describe_side: c.describe_side.clone(),
            describe_round: c.describe_round.clone(),
            describe_side_round: c.describe_side_round.clone(),
            skipped_left: c.skipped_left.clone(),
            cue_done: c.cue_done.clone(),
            cue_side: c.cue_side.clone(),
            decimal: numbers.decimal.to_string(),
            thousands: numbers.thousands.to_string(),
        }
    }

    /// How the guide's language writes numbers.
    pub fn numbers(&self) -> Numbers<'_> {
        Numbers { decimal: &self.decimal, thousands: &self.thousands }
    }

    /// The name of a breathing phase, said when the guide gives the phase
    /// no words of its own.
    pub fn phase(&self, kind: PhaseKind) -> &str {
        match kind {
            PhaseKind::Inhale => self.inhale.get(),
            PhaseKind::Hold => self.hold.get(),
            PhaseKind::Exhale => self.exhale.get(),
            PhaseKind::Rest => self.rest.get(),
        }
    }
}
