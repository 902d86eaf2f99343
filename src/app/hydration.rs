//! The hydration plan's state: a body weight and a unit, and the weight
//! field `w` opens. The amounts for that weight are the model's arithmetic
//! (`guide::hydration`).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keys::Action;
use super::tab_keys::{Effect, page_move};
use super::{App, TabState};
use crate::guide::hydration::KG_PER_LB;
use crate::guide::model::HydrationPlan;
use crate::view::{Extent, Scroll};

/// One press of + or - in each unit: every whole kilogram can be reached.
const STEP_LB: f64 = 5.0;
const STEP_KG: f64 = 1.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Lb,
    Kg,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HydrationState {
    /// Always kept in pounds, within the plan's range.
    pub weight_lb: f64,
    pub unit: Unit,
    /// The weight being typed, in `unit`, while the field is open.
    pub editing: Option<String>,
    /// The plan's scroll position.
    pub scroll: Scroll,
}

impl HydrationState {
    pub fn new(plan: &HydrationPlan) -> HydrationState {
        HydrationState {
            weight_lb: plan.default_weight_lb.clamp(plan.min_weight_lb, plan.max_weight_lb),
            unit: Unit::Lb,
            editing: None,
            scroll: Scroll::default(),
        }
    }

    /// Sets the weight from a number in the current unit, or with its unit
    /// ("70kg", "154 lb", which also switches to that unit), kept within the
    /// plan's range; false when `text` is not a weight.
    pub fn set_weight(&mut self, plan: &HydrationPlan, text: &str) -> bool {
        let text = text.trim().to_lowercase();
        let (number, unit) = if let Some(n) = text.strip_suffix("kg") {
            (n, Unit::Kg)
        } else if let Some(n) = text.strip_suffix("lbs").or_else(|| text.strip_suffix("lb")) {
            (n, Unit::Lb)
        } else {
            (text.as_str(), self.unit)
        };
        let Ok(value) = number.trim().parse::<f64>() else {
            return false;
        };
        if !value.is_finite() {
            return false;
        }
        self.unit = unit;
        let lb = match self.unit {
            Unit::Lb => value,
            Unit::Kg => value / KG_PER_LB,
        };
        self.weight_lb = lb.clamp(plan.min_weight_lb, plan.max_weight_lb);
        true
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
            // From the whole kilogram shown, so every press changes it.
            Unit::Kg => next((self.weight_lb * KG_PER_LB).round(), STEP_KG) / KG_PER_LB,
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
    pub(super) fn act(&mut self, plan: &HydrationPlan, action: Action, extent: Extent) -> Effect {
        match action {
            Action::WeightUp => self.step(plan, true),
            Action::WeightDown => self.step(plan, false),
            Action::ToggleUnit => self.toggle_unit(),
            Action::EditWeight => self.editing = Some(String::new()),
            Action::Yes => {
                if let Some(text) = self.editing.take() {
                    self.set_weight(plan, &text);
                }
            }
            Action::Close => self.editing = None,
            action => {
                if let Some(step) = page_move(action) {
                    self.scroll.apply(step, extent);
                }
            }
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

impl App {
    /// Typing into the open weight field; true when the key was taken.
    pub(super) fn weight_typing(&mut self, event: &KeyEvent) -> bool {
        let TabState::Hydration(state) = &mut self.tabs[self.tab] else {
            return false;
        };
        let Some(field) = &mut state.editing else {
            return false;
        };
        if event.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
            return false;
        }
        match event.code {
            // A full field takes the key and drops it.
            KeyCode::Char(c @ ('0'..='9' | '.' | ',' | 'k' | 'g' | 'l' | 'b' | ' ')) => {
                if field.len() < 9 {
                    field.push(if c == ',' { '.' } else { c });
                }
            }
            KeyCode::Backspace => {
                field.pop();
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> HydrationPlan {
        crate::guide::hydration::sample_plan()
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
        assert_eq!(s.weight_text(), "75 kg");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "165 lb");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "75 kg");
        s.step(&p, false);
        assert_eq!(s.weight_text(), "74 kg");
    }

    #[test]
    fn every_whole_kilogram_is_reached_going_up_and_down() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.toggle_unit();
        s.weight_lb = p.min_weight_lb;
        let kg = |s: &HydrationState| -> i64 { s.weight_text().trim_end_matches(" kg").parse().unwrap() };
        // Bounded, so a step that stops moving fails instead of hanging.
        let steps = (p.max_weight_lb - p.min_weight_lb) as usize;
        for _ in 0..steps {
            if s.weight_lb >= p.max_weight_lb {
                break;
            }
            let before = kg(&s);
            s.step(&p, true);
            assert_eq!(kg(&s), before + 1, "every press up is the next kilogram");
        }
        assert_eq!(s.weight_lb, p.max_weight_lb, "the top is reached");
        for _ in 0..steps {
            if s.weight_lb <= p.min_weight_lb {
                break;
            }
            let before = kg(&s);
            s.step(&p, false);
            assert_eq!(kg(&s), before - 1, "every press down is the kilogram before");
        }
        assert_eq!(s.weight_lb, p.min_weight_lb, "the bottom is reached");
    }

    #[test]
    fn a_typed_weight_is_read_in_the_unit_shown_and_kept_in_range() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.toggle_unit();
        assert!(s.set_weight(&p, "70"));
        assert_eq!(s.weight_text(), "70 kg");
        assert!(!s.set_weight(&p, ""));
        assert_eq!(s.weight_text(), "70 kg");
        assert!(s.set_weight(&p, "9999"));
        assert_eq!(s.weight_lb, 500.0);
        assert!(s.set_weight(&p, "154 lb"));
        assert_eq!(s.weight_text(), "154 lb");
        assert!(s.set_weight(&p, "70kg"));
        assert_eq!(s.weight_text(), "70 kg");
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
