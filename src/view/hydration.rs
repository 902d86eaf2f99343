//! Figures of the water plan as the screen writes them.

use crate::guide::hydration::{litres, ml};
use crate::text::figures::thousands_text;

/// "80 oz ≈ 2,370 ml (2.4 l)" or "8–16 oz ≈ 240–470 ml", for an amount of
/// (min, max) ounces.
pub fn amount_text((min, max): (f64, f64)) -> String {
    let litres = |oz: f64| {
        let l = litres(oz);
        if l >= 1.0 { format!(" ({l:.1} l)") } else { String::new() }
    };
    if (max - min).abs() < 0.5 {
        format!("{:.0} oz ≈ {} ml{}", min, thousands_text(ml(min)), litres(min))
    } else {
        format!("{:.0}–{:.0} oz ≈ {}–{} ml", min, max, thousands_text(ml(min)), thousands_text(ml(max)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_figure_with_litres_past_one() {
        assert_eq!(amount_text((80.0, 80.0)), "80 oz ≈ 2,370 ml (2.4 l)");
        assert_eq!(amount_text((12.0, 12.0)), "12 oz ≈ 350 ml");
    }

    #[test]
    fn a_range_in_both_units() {
        assert_eq!(amount_text((8.0, 16.0)), "8–16 oz ≈ 240–470 ml");
    }
}
