//! Reading what people type: cramp lengths ("2" minutes, "2:30", "150s",
//! "2m30s") and moments ("2026-11-20 23:40" in local time, or RFC 3339 with
//! an offset).

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::guide::ui_text::{UiText, groups};

/// The longest cramp the diary accepts.
pub const MAX_DURATION: Duration = Duration::from_secs(24 * 3600);

/// A length, a time or a day that cannot be read, with the text as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputProblem {
    /// A length in no form the diary reads.
    DurationForm(String),
    DurationNotPositive(String),
    /// Longer than [`MAX_DURATION`].
    DurationTooLong(String),
    /// A time in no form the diary reads.
    MomentForm(String),
    /// A local time a clock change skips.
    MomentMissing(String),
    MomentFuture(String),
    /// A day (`--since`) in no form the diary reads.
    SinceForm(String),
}

impl InputProblem {
    /// The problem in the words of a guide's `[ui.diary]` table.
    pub fn say(&self, ui: &groups::diary) -> String {
        let (text, typed) = match self {
            InputProblem::DurationForm(t) => (&ui.duration_form, t),
            InputProblem::DurationNotPositive(t) => (&ui.duration_not_positive, t),
            InputProblem::DurationTooLong(t) => (&ui.duration_too_long, t),
            InputProblem::MomentForm(t) => (&ui.moment_form, t),
            InputProblem::MomentMissing(t) => (&ui.moment_missing, t),
            InputProblem::MomentFuture(t) => (&ui.moment_future, t),
            InputProblem::SinceForm(t) => (&ui.since_form, t),
        };
        text.fill(&[("text", &format!("{typed:?}"))])
    }
}

/// In the English defaults, for where no guide is at hand.
impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(&UiText::english_once().diary))
    }
}

/// "2:30", "1:02:30", "150s", "2m30s", "2m", "1h5m", or a bare number of
/// minutes ("2", "1.5"); more than 0 and at most 24 hours.
pub fn parse_duration(text: &str) -> Result<Duration, InputProblem> {
    let t = text.trim().to_ascii_lowercase();
    let bad = || InputProblem::DurationForm(text.to_string());
    if t.starts_with('-') {
        return Err(InputProblem::DurationNotPositive(text.to_string()));
    }
    let seconds: f64 = if t.contains(':') {
        let parts: Vec<&str> = t.split(':').collect();
        if parts.len() > 3 || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
            return Err(bad());
        }
        let nums: Vec<f64> = parts.iter().map(|p| p.parse::<f64>().unwrap_or(f64::NAN)).collect();
        if nums[1..].iter().any(|n| *n >= 60.0) {
            return Err(bad());
        }
        nums.iter().fold(0.0, |acc, n| acc * 60.0 + n)
    } else if is_bare_number(&t) {
        t.parse::<f64>().map_err(|_| bad())? * 60.0
    } else {
        let mut total = 0.0;
        let mut number = String::new();
        let mut seen = false;
        for c in t.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let unit = match c {
                'h' => 3600.0,
                'm' => 60.0,
                's' => 1.0,
                _ => return Err(bad()),
            };
            let n: f64 = number.parse().map_err(|_| bad())?;
            total += n * unit;
            number.clear();
            seen = true;
        }
        if !number.is_empty() || !seen {
            return Err(bad());
        }
        total
    };
    if !seconds.is_finite() || seconds <= 0.0 {
        return Err(InputProblem::DurationNotPositive(text.to_string()));
    }
    let d = Duration::from_secs_f64(seconds);
    if d > MAX_DURATION {
        return Err(InputProblem::DurationTooLong(text.to_string()));
    }
    Ok(d)
}

/// Whether a typed length is a number alone, which is read as minutes.
pub fn is_bare_number(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// "YYYY-MM-DD HH:MM" (local time) or RFC 3339; never in the future.
pub fn parse_moment(text: &str, now: DateTime<Utc>) -> Result<DateTime<FixedOffset>, InputProblem> {
    let t = text.trim();
    let moment = if let Ok(m) = DateTime::parse_from_rfc3339(t) {
        m
    } else {
        let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
            .ok_or_else(|| InputProblem::MomentForm(text.to_string()))?;
        local(naive).ok_or_else(|| InputProblem::MomentMissing(text.to_string()))?
    };
    // A minute of grace for clocks a little apart.
    if moment.with_timezone(&Utc) > now + chrono::Duration::minutes(1) {
        return Err(InputProblem::MomentFuture(text.to_string()));
    }
    Ok(moment)
}

/// "YYYY-MM-DD": the start of that local day.
pub fn parse_since(text: &str) -> Result<DateTime<Utc>, InputProblem> {
    let date =
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| InputProblem::SinceForm(text.to_string()))?;
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    let start = local(midnight).unwrap_or_else(|| Utc.from_utc_datetime(&midnight).fixed_offset());
    Ok(start.with_timezone(&Utc))
}

/// A local wall-clock time with the offset in force then; the earlier one
/// when a clock change repeats it.
pub fn local(naive: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
    Local.from_local_datetime(&naive).earliest().map(|t| t.fixed_offset())
}

/// Now, in local time with its offset.
pub fn now_local() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_every_written_form() {
        for (text, secs) in [
            ("2:30", 150.0),
            ("1:02:30", 3750.0),
            ("150s", 150.0),
            ("2", 120.0),
            ("1.5", 90.0),
            ("90", 5400.0),
            ("2m30s", 150.0),
            ("2m", 120.0),
            ("1h5m", 3900.0),
            (" 45S ", 45.0),
            ("0:01", 1.0),
        ] {
            assert_eq!(parse_duration(text), Ok(Duration::from_secs_f64(secs)), "{text}");
        }
    }

    #[test]
    fn bad_durations_say_why() {
        for (text, why) in [
            ("-5s", "more than 0"),
            ("0", "more than 0"),
            ("0:00", "more than 0"),
            ("25h", "longer than 24 hours"),
            ("24:00:01", "longer than 24 hours"),
            ("2:75", "expected"),
            ("abc", "expected"),
            ("5x", "expected"),
            ("", "expected"),
            ("3m20", "expected"),
            // Four parts are no time of day, however short.
            ("0:0:1:30", "expected"),
            ("1::30", "expected"),
        ] {
            let err = parse_duration(text).expect_err(text).to_string();
            assert!(err.contains(why), "{text}: {err}");
        }
        assert!(parse_duration("24h").is_ok(), "24 hours is the limit, inclusive");
    }

    #[test]
    fn moments_in_rfc3339_and_local_form_never_future() {
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap();
        let m = parse_moment("2026-11-20T23:40:00+01:00", now).unwrap();
        assert_eq!(m.offset().local_minus_utc(), 3600);
        assert_eq!(m.with_timezone(&Utc), Utc.with_ymd_and_hms(2026, 11, 20, 22, 40, 0).unwrap());
        assert!(parse_moment("2026-11-20 23:40", now).is_ok());
        assert!(parse_moment("2026-11-26T12:00:30+00:00", now).is_ok(), "within a minute of now");
        assert!(parse_moment("2026-11-26T12:01:00+00:00", now).is_ok(), "a minute ahead: the edge of the grace");
        assert!(parse_moment("2026-11-26T12:01:01+00:00", now).is_err(), "past it");
        let future = parse_moment("2026-11-27T12:00:00+00:00", now).unwrap_err().to_string();
        assert!(future.contains("in the future"), "{future}");
        assert!(parse_moment("20 Nov", now).unwrap_err().to_string().contains("expected"));
        assert!(parse_since("2026-11-01").is_ok());
        assert!(parse_since("11/01/2026").is_err());
    }
}
