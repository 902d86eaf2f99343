//! Numbers and lengths of time as words: "45 s", "1:05", "10 minutes", "2.25".

use std::time::Duration;

use crate::coach::clock_text;

/// "45 s" under a minute, else "1:05".
pub(super) fn length_text(d: Duration) -> String {
    if d < Duration::from_secs(60) { format!("{} s", number_text(d.as_secs_f64())) } else { clock_text(d) }
}

/// "10 minutes", "1 minute", or a length for anything not in whole minutes.
pub(super) fn after_text(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 60.0 && secs % 60.0 == 0.0 {
        let m = secs / 60.0;
        format!("{} minute{}", number_text(m), if m == 1.0 { "" } else { "s" })
    } else {
        length_text(d)
    }
}

/// A number without needless decimals: 8, 0.5, 2.25.
pub(super) fn number_text(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    // Two decimals, then no trailing zeros: 8.00 is "8", 0.50 is "0.5".
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
#[path = "figures_test.rs"]
mod tests;
