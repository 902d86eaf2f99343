//! The arithmetic of the water plan: the guide's amounts worked out for a
//! body weight, and the unit conversions. The ratios come from guide.toml.

use super::model::Quantity;

pub const ML_PER_OZ: f64 = 29.5735;
pub const KG_PER_LB: f64 = 0.453_592_37;

impl Quantity {
    /// The amount for a weight, in ounces: (min, max), equal for a single
    /// figure.
    pub fn ounces(self, weight_lb: f64) -> (f64, f64) {
        match self {
            Quantity::PerPound { oz_per_lb } => (weight_lb * oz_per_lb, weight_lb * oz_per_lb),
            Quantity::Fixed { min_oz, max_oz } => (min_oz, max_oz),
        }
    }
}

/// Ounces in millilitres, rounded to the nearest 10.
pub fn ml(oz: f64) -> f64 {
    (oz * ML_PER_OZ / 10.0).round() * 10.0
}

/// Ounces in litres, unrounded.
pub fn litres(oz: f64) -> f64 {
    oz * ML_PER_OZ / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_the_body_weight_in_ounces() {
        assert_eq!(Quantity::PerPound { oz_per_lb: 0.5 }.ounces(160.0), (80.0, 80.0));
        assert_eq!(Quantity::Fixed { min_oz: 8.0, max_oz: 16.0 }.ounces(999.0), (8.0, 16.0));
    }

    #[test]
    fn millilitres_round_to_tens() {
        assert_eq!(ml(80.0), 2370.0);
        assert_eq!(ml(8.0), 240.0);
        assert!((litres(80.0) - 2.36588).abs() < 1e-9);
    }
}
