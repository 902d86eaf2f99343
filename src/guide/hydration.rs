//! The unit conversions of the water plan. The amounts for a weight, capped
//! at the plan's daily ceiling, are `HydrationPlan::ounces`; the ratios come
//! from guide.toml.

pub const ML_PER_OZ: f64 = 29.5735;
pub const KG_PER_LB: f64 = 0.453_592_37;

/// Ounces in millilitres, rounded to the nearest 10.
pub fn ml(oz: f64) -> f64 {
    (oz * ML_PER_OZ / 10.0).round() * 10.0
}

/// Ounces in litres, unrounded.
pub fn litres(oz: f64) -> f64 {
    oz * ML_PER_OZ / 1000.0
}

/// A plan for unit tests: 60 to 500 lb, at most 100 oz a day, no amounts.
#[cfg(test)]
pub(crate) fn sample_plan() -> super::model::HydrationPlan {
    super::model::HydrationPlan {
        default_weight_lb: 160.0,
        min_weight_lb: 60.0,
        max_weight_lb: 500.0,
        max_oz_per_day: 100.0,
        amounts: Vec::new(),
        caution: "c".into(),
        sources: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::guide::model::{HydrationPlan, Quantity};

    fn plan() -> HydrationPlan {
        sample_plan()
    }

    #[test]
    fn half_the_body_weight_in_ounces() {
        let q = Quantity::PerPound { oz_per_lb: 0.5 };
        assert_eq!(plan().ounces(q, 160.0), (80.0, 80.0));
        assert!(!plan().is_capped(q, 160.0));
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
    fn fixed_amounts_are_never_capped() {
        let q = Quantity::Fixed { min_oz: 8.0, max_oz: 16.0 };
        assert_eq!(plan().ounces(q, 999.0), (8.0, 16.0));
        assert!(!plan().is_capped(q, 999.0));
    }

    #[test]
    fn millilitres_round_to_tens() {
        assert_eq!(ml(80.0), 2370.0);
        assert_eq!(ml(8.0), 240.0);
        assert!((litres(80.0) - 2.36588).abs() < 1e-9);
    }
}
