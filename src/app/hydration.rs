//! The hydration plan's state: a body weight and a unit. The amounts for
//! that weight are the model's arithmetic (`guide::hydration`).

use super::keys::Action;
use super::tab_keys::Effect;
use crate::guide::hydration::KG_PER_LB;
use crate::guide::model::HydrationPlan;

/// One press of + or - in each unit.
const STEP_LB: f64 = 5.0;
const STEP_KG: f64 = 2.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Lb,
    Kg,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HydrationState {
    /// Always kept in pounds, within the plan's range.
    pub weight_lb: f64,
    pub unit: Unit,
}

impl HydrationState {
    pub fn new(plan: &HydrationPlan) -> HydrationState {
        HydrationState {
            weight_lb: plan.default_weight_lb.clamp(plan.min_weight_lb, plan.max_weight_lb),
            unit: Unit::Lb,
        }
    }

    /// One step up (`up`) or down in the current unit, to the next multiple
    /// of the step in that unit, staying within the plan's range.
    pub fn step(&mut self, plan: &HydrationPlan, up: bool) {
        let next = |value: f64, step: f64| {
            // A hair of tolerance so a value that is a multiple after a unit
            // round trip still counts as one.
            let units = value / step;
            if up { ((units + 1e-6).floor() + 1.0) * step } else { ((units - 1e-6).ceil() - 1.0) * step }
        };
        let next_lb = match self.unit {
            Unit::Lb => next(self.weight_lb, STEP_LB),
            Unit::Kg => next(self.weight_lb * KG_PER_LB, STEP_KG) / KG_PER_LB,
        };
        self.weight_lb = next_lb.clamp(plan.min_weight_lb, plan.max_weight_lb);
    }

    pub fn toggle_unit(&mut self) {
        self.unit = match self.unit {
            Unit::Lb => Unit::Kg,
            Unit::Kg => Unit::Lb,
        };
    }

    /// Handles a key of the water plan `plan`.
    pub(super) fn act(&mut self, plan: &HydrationPlan, action: Action) -> Effect {
        match action {
            Action::WeightUp => self.step(plan, true),
            Action::WeightDown => self.step(plan, false),
            Action::ToggleUnit => self.toggle_unit(),
            _ => {}
        }
        Effect::None
    }

    /// The weight as shown: whole pounds or kilograms.
    pub fn weight_text(&self) -> String {
        match self.unit {
            Unit::Lb => format!("{:.0} lb", self.weight_lb),
            Unit::Kg => format!("{:.0} kg", self.weight_lb * KG_PER_LB),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> HydrationPlan {
        HydrationPlan {
            default_weight_lb: 160.0,
            min_weight_lb: 60.0,
            max_weight_lb: 500.0,
            max_oz_per_day: 100.0,
            amounts: Vec::new(),
            caution: "c".into(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn steps_clamp_to_the_plan_range() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        for _ in 0..1000 {
            s.step(&p, true);
        }
        assert_eq!(s.weight_lb, 500.0);
        for _ in 0..1000 {
            s.step(&p, false);
        }
        assert_eq!(s.weight_lb, 60.0);
    }

    #[test]
    fn kilogram_steps_land_on_whole_kilograms_and_round_trip() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.toggle_unit();
        assert_eq!(s.weight_text(), "73 kg");
        s.step(&p, true);
        assert_eq!(s.weight_text(), "74 kg");
        s.step(&p, true);
        assert_eq!(s.weight_text(), "76 kg");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "168 lb");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "76 kg");
    }

    #[test]
    fn pound_steps_land_on_multiples_of_five() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.weight_lb = 163.0;
        s.step(&p, true);
        assert_eq!(s.weight_lb, 165.0);
        s.step(&p, true);
        assert_eq!(s.weight_lb, 170.0);
        s.weight_lb = 163.0;
        s.step(&p, false);
        assert_eq!(s.weight_lb, 160.0);
    }
}
