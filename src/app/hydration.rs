//! The hydration plan's state: a body weight and a unit. The arithmetic
//! works out the guide's amounts for that weight; the ratios come from
//! guide.toml.

use super::App;
use super::TabState;
use super::keys::Action;
use crate::guide::model::{HydrationPlan, TabBody};

pub const ML_PER_OZ: f64 = 29.5735;
pub const KG_PER_LB: f64 = 0.453_592_37;
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

    /// The weight as shown: whole pounds or kilograms.
    pub fn weight_text(&self) -> String {
        match self.unit {
            Unit::Lb => format!("{:.0} lb", self.weight_lb),
            Unit::Kg => format!("{:.0} kg", self.weight_lb * KG_PER_LB),
        }
    }
}

impl App {
    pub(super) fn hydration_action(&mut self, action: Action) {
        let (TabBody::Hydration(plan), TabState::Hydration(state)) =
            (&self.guide.tabs[self.tab].body, &mut self.tabs[self.tab])
        else {
            return;
        };
        match action {
            Action::WeightUp => state.step(plan, true),
            Action::WeightDown => state.step(plan, false),
            Action::ToggleUnit => state.toggle_unit(),
            _ => {}
        }
    }
}

/// Ounces as ml rounded to the nearest 10.
pub fn ml(oz: f64) -> f64 {
    (oz * ML_PER_OZ / 10.0).round() * 10.0
}

/// "80 oz ≈ 2,370 ml (2.4 l)" or "8–16 oz ≈ 240–470 ml".
pub fn amount_text((min, max): (f64, f64)) -> String {
    let litres = |oz: f64| {
        let l = oz * ML_PER_OZ / 1000.0;
        if l >= 1.0 { format!(" ({l:.1} l)") } else { String::new() }
    };
    if (max - min).abs() < 0.5 {
        format!("{:.0} oz ≈ {} ml{}", min, thousands(ml(min)), litres(min))
    } else {
        format!("{:.0}–{:.0} oz ≈ {}–{} ml", min, max, thousands(ml(min)), thousands(ml(max)))
    }
}

fn thousands(v: f64) -> String {
    let n = v.round() as i64;
    if n >= 1000 { format!("{},{:03}", n / 1000, n % 1000) } else { n.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::model::Quantity;

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
    fn half_the_body_weight_in_ounces() {
        let q = Quantity::PerPound { oz_per_lb: 0.5 };
        assert_eq!(plan().ounces(q, 160.0), (80.0, 80.0));
        assert!(!plan().is_capped(q, 160.0));
        assert_eq!(amount_text((80.0, 80.0)), "80 oz ≈ 2,370 ml (2.4 l)");
    }

    #[test]
    fn a_per_pound_amount_stops_at_the_daily_ceiling() {
        let q = Quantity::PerPound { oz_per_lb: 0.5 };
        assert_eq!(plan().ounces(q, 200.0), (100.0, 100.0));
        assert!(!plan().is_capped(q, 200.0), "exactly at the ceiling is not capped");
        assert_eq!(plan().ounces(q, 500.0), (100.0, 100.0));
        assert!(plan().is_capped(q, 202.0));
    }

    #[test]
    fn fixed_ranges_in_both_units() {
        let q = Quantity::Fixed { min_oz: 8.0, max_oz: 16.0 };
        assert_eq!(amount_text(plan().ounces(q, 999.0)), "8–16 oz ≈ 240–470 ml");
        assert!(!plan().is_capped(q, 999.0));
        assert_eq!(amount_text((12.0, 12.0)), "12 oz ≈ 350 ml");
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
