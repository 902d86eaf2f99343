//! Durations and figures as words, one way for the screen and `--print`:
//! "1:05", "1:02:05", "45 s", "7.5 s", "2.25", "2,370". Words and plurals
//! ("10 minutes") are the guide's, made with `Text::count`.
//!
//! A figure with decimals or thousands is written with the separators of
//! the guide's language ([`Numbers`]: "2,5 l" and "1.000 ml" in German);
//! the free functions write them the English way. Unit symbols (s, ml, l,
//! oz) are the same in every language and stay here.

use std::time::Duration;

/// How a language writes numbers: the mark before decimals and the one
/// between groups of three digits (the guide's `[locale]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbers<'a> {
    pub decimal: &'a str,
    pub thousands: &'a str,
}

impl Numbers<'_> {
    /// "2.5" and "2,370".
    pub const ENGLISH: Numbers<'static> = Numbers { decimal: ".", thousands: "," };

    /// A number without needless decimals: 8, 0.5, 2.25.
    pub fn number(&self, x: f64) -> String {
        self.with_decimal(number_text(x))
    }

    /// A number with exactly one decimal: "2.4".
    pub fn one_decimal(&self, x: f64) -> String {
        self.with_decimal(format!("{x:.1}"))
    }

    /// A whole number with its thousands grouped: "2,370".
    pub fn thousands(&self, v: f64) -> String {
        let n = v.round() as i64;
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.thousands);
            }
            out.push(c);
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    /// Seconds as a figure: "7 s", "7.5 s".
    pub fn seconds(&self, d: Duration) -> String {
        format!("{} s", self.number(d.as_secs_f64()))
    }

    /// "45 s" under a minute, else "1:05".
    pub fn length(&self, d: Duration) -> String {
        if d < Duration::from_secs(60) { self.seconds(d) } else { clock_text(d) }
    }

    /// A water amount as [`water_text`] writes it, with these separators.
    pub fn water(&self, (min, max): (f64, f64), ml: impl Fn(f64) -> f64, metric_first: bool) -> String {
        let (oz, metric) = if (max - min).abs() < 0.5 {
            let litres = ml(min) / 1000.0;
            let litres = if litres >= 1.0 { format!(" ({} l)", self.one_decimal(litres)) } else { String::new() };
            (format!("{min:.0} oz"), format!("{} ml{litres}", self.thousands(ml(min))))
        } else {
            (format!("{min:.0}–{max:.0} oz"), format!("{}–{} ml", self.thousands(ml(min)), self.thousands(ml(max))))
        };
        if metric_first { format!("{metric} ≈ {oz}") } else { format!("{oz} ≈ {metric}") }
    }

    /// `figure` (written with a point) with this language's decimal mark.
    fn with_decimal(&self, figure: String) -> String {
        if self.decimal == "." { figure } else { figure.replace('.', self.decimal) }
    }
}

/// A time left or a length, as m:ss (h:mm:ss from an hour) of its seconds
/// rounded up, so 65.3 s shows as "1:06" and "0:00" only at the very end.
pub fn clock_text(d: Duration) -> String {
    clock(d.as_secs() + u64::from(d.subsec_nanos() > 0))
}

/// A time that has passed, as m:ss (h:mm:ss from an hour) of its whole
/// seconds: a timer counting up shows "0:59" until the minute is full.
pub fn elapsed_text(d: Duration) -> String {
    clock(d.as_secs())
}

fn clock(s: u64) -> String {
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Seconds as a figure: "7 s", "7.5 s".
pub fn seconds_text(d: Duration) -> String {
    Numbers::ENGLISH.seconds(d)
}

/// "45 s" under a minute, else "1:05".
pub fn length_text(d: Duration) -> String {
    Numbers::ENGLISH.length(d)
}

/// How many minutes `d` is, when it is a whole number of them (from one).
pub fn whole_minutes(d: Duration) -> Option<u64> {
    let secs = d.as_secs_f64();
    (secs >= 60.0 && secs % 60.0 == 0.0).then(|| (secs / 60.0) as u64)
}

/// A number without needless decimals: 8, 0.5, 2.25.
pub fn number_text(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    // Two decimals, then no trailing zeros or point: 8.00 is 8, 0.50 is 0.5.
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A water amount in US fluid ounces with its metric figure, `ml` giving
/// the rounded millilitres of an amount in ounces: "80 oz ≈ 2,370 ml (2.4 l)",
/// "8–16 oz ≈ 240–470 ml", or metric first ("2,370 ml (2.4 l) ≈ 80 oz") for
/// someone who gave a weight in kg. One form for the screen and `--print`.
pub fn water_text(range: (f64, f64), ml: impl Fn(f64) -> f64, metric_first: bool) -> String {
    Numbers::ENGLISH.water(range, ml, metric_first)
}

/// A whole number with a comma between thousands: "2,370".
pub fn thousands_text(v: f64) -> String {
    Numbers::ENGLISH.thousands(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    /// Millilitres of US fluid ounces, rounded to 10, as the guide rounds them.
    fn ml(oz: f64) -> f64 {
        (oz * 29.5735 / 10.0).round() * 10.0
    }

    #[test]
    fn water_in_ounces_first_with_litres_past_one() {
        assert_eq!(water_text((80.0, 80.0), ml, false), "80 oz ≈ 2,370 ml (2.4 l)");
        assert_eq!(water_text((12.0, 12.0), ml, false), "12 oz ≈ 350 ml");
        assert_eq!(water_text((8.0, 16.0), ml, false), "8–16 oz ≈ 240–470 ml");
    }

    #[test]
    fn water_in_a_language_with_a_decimal_comma() {
        let german = Numbers { decimal: ",", thousands: "." };
        assert_eq!(german.water((80.0, 80.0), ml, true), "2.370 ml (2,4 l) ≈ 80 oz");
        assert_eq!(german.thousands(1000.0), "1.000");
        assert_eq!(german.number(2.5), "2,5");
        assert_eq!(german.seconds(secs(7.5)), "7,5 s");
        assert_eq!(german.length(secs(75.0)), "1:15");
    }

    #[test]
    fn water_led_by_metric_figures_in_kg() {
        assert_eq!(water_text((80.0, 80.0), ml, true), "2,370 ml (2.4 l) ≈ 80 oz");
        assert_eq!(water_text((8.0, 16.0), ml, true), "240–470 ml ≈ 8–16 oz");
    }

    #[test]
    fn clocks_round_a_time_left_up_and_a_time_passed_down() {
        assert_eq!(clock_text(secs(65.3)), "1:06");
        assert_eq!(clock_text(secs(0.0)), "0:00");
        assert_eq!(elapsed_text(secs(75.9)), "1:15");
        assert_eq!(elapsed_text(secs(3725.0)), "1:02:05");
        assert_eq!(clock_text(secs(3600.0)), "1:00:00");
    }

    #[test]
    fn lengths_and_thresholds_read_as_words() {
        assert_eq!(length_text(secs(45.0)), "45 s");
        assert_eq!(length_text(secs(7.5)), "7.5 s");
        assert_eq!(length_text(secs(65.0)), "1:05");
    }

    #[test]
    fn figures_drop_needless_decimals_and_group_thousands() {
        assert_eq!(number_text(8.0), "8");
        assert_eq!(number_text(0.5), "0.5");
        assert_eq!(number_text(2.25), "2.25");
        assert_eq!(number_text(f64::NAN), "?");
        assert_eq!(thousands_text(2370.0), "2,370");
        assert_eq!(thousands_text(470.0), "470");
        assert_eq!(thousands_text(1_234_567.0), "1,234,567");
    }
}
