//! Durations and numbers as words (`src/text/figures.rs`): the limits of
//! each form.

use std::time::Duration;

use cramp_guide::text::figures::{length_text, number_text, thousands_text, whole_minutes};

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

#[test]
fn lengths_under_a_minute_are_seconds_and_longer_ones_a_clock() {
    assert_eq!(length_text(secs(59.5)), "59.5 s");
    assert_eq!(length_text(secs(60.0)), "1:00");
}

#[test]
fn whole_minutes_are_counted_from_one_and_the_rest_are_not() {
    assert_eq!(whole_minutes(secs(120.0)), Some(2));
    assert_eq!(whole_minutes(secs(60.0)), Some(1));
    assert_eq!(whole_minutes(secs(90.0)), None);
    assert_eq!(whole_minutes(secs(30.0)), None);
    assert_eq!(whole_minutes(Duration::ZERO), None);
}

#[test]
fn numbers_drop_needless_decimals() {
    assert_eq!(number_text(2.5), "2.5");
    assert_eq!(number_text(1.0 / 3.0), "0.33");
    assert_eq!(number_text(f64::INFINITY), "?");
    assert_eq!(number_text(3.0 - 1e-12), "3");
    assert_eq!(number_text(1e-12), "0");
    assert_eq!(number_text(10.0), "10");
    assert_eq!(number_text(100.0), "100");
    assert_eq!(number_text(1e6), "1000000");
}

#[test]
fn thousands_keep_their_sign() {
    assert_eq!(thousands_text(-2370.0), "-2,370");
    assert_eq!(thousands_text(0.0), "0");
    assert_eq!(thousands_text(999.4), "999");
}
