//! Cramps to put in a diary before a screen is drawn.

use std::time::Duration;

use chrono::{FixedOffset, TimeZone};
use cramp_guide::diary::NewCramp;

/// A cramp that began on `day` November 2026 at `hour:minute` UTC and
/// lasted `secs`, with its details (`("leg", "left")` …) and note.
pub fn cramp(day: u32, hour: u32, minute: u32, secs: u64, details: &[(&str, &str)], note: Option<&str>) -> NewCramp {
    let started = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, day, hour, minute, 0).unwrap();
    NewCramp {
        started,
        duration: Duration::from_secs(secs),
        details: details.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        note: note.map(str::to_string),
    }
}
