//! What a diary adds up to: counts over the last 7, 30 and 90 days, cramps
//! per week for the last 12 weeks, the median and longest length, the share
//! at night and the most common value of each detail. Pure arithmetic over
//! recorded cramps and a given "now", so it is tested without a clock.
//!
//! Days and weeks are calendar days in local time: each cramp's own recorded
//! offset for the cramp, `now`'s offset for today. A clock change therefore
//! never moves a cramp to another day.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use super::Cramp;
use crate::guide::model::DiaryConfig;

/// How many weeks the weekly chart covers.
pub const WEEKS: usize = 12;

#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub total: usize,
    pub last_7_days: usize,
    pub last_30_days: usize,
    pub last_90_days: usize,
    /// Cramps per week, oldest first; the last is the current week (from Monday).
    pub weekly: [usize; WEEKS],
    pub median: Option<Duration>,
    /// The longest cramp's length and start.
    pub longest: Option<(Duration, DateTime<FixedOffset>)>,
    /// (cramps that began at night, cramps): None without a night window.
    pub at_night: Option<(usize, usize)>,
    /// Per detail field (in the guide's order): the most common value and its count.
    pub most_common: Vec<(String, String, usize)>,
}

impl Stats {
    pub fn compute(cramps: &[Cramp], now: DateTime<FixedOffset>, config: Option<&DiaryConfig>) -> Stats {
        let today = now.date_naive();
        let this_monday = monday(today);
        let mut weekly = [0; WEEKS];
        let (mut last_7_days, mut last_30_days, mut last_90_days) = (0, 0, 0);
        let mut night = 0;
        let mut lengths: Vec<Duration> = Vec::with_capacity(cramps.len());
        let mut longest: Option<(Duration, DateTime<FixedOffset>)> = None;
        for c in cramps {
            let started = c.entry.started;
            let day = started.date_naive();
            let days_ago = (today - day).num_days();
            if (0..7).contains(&days_ago) {
                last_7_days += 1;
            }
            if (0..30).contains(&days_ago) {
                last_30_days += 1;
            }
            if (0..90).contains(&days_ago) {
                last_90_days += 1;
            }
            let weeks_ago = (this_monday - monday(day)).num_days().div_euclid(7);
            if (0..WEEKS as i64).contains(&weeks_ago) {
                weekly[WEEKS - 1 - weeks_ago as usize] += 1;
            }
            if config.is_some_and(|cfg| cfg.is_night(started.hour())) {
                night += 1;
            }
            let d = c.entry.duration;
            lengths.push(d);
            let longer = match longest {
                None => true,
                Some((best, at)) => d > best || (d == best && started > at),
            };
            if longer {
                longest = Some((d, started));
            }
        }
        lengths.sort_unstable();
        let median = match lengths.len() {
            0 => None,
            n if n % 2 == 1 => Some(lengths[n / 2]),
            n => Some((lengths[n / 2 - 1] + lengths[n / 2]) / 2),
        };
        let most_common = config.map(|cfg| most_common(cramps, cfg)).unwrap_or_default();
        Stats {
            total: cramps.len(),
            last_7_days,
            last_30_days,
            last_90_days,
            weekly,
            median,
            longest,
            at_night: config.map(|_| (night, cramps.len())),
            most_common,
        }
    }
}

/// The Monday on or before a day.
fn monday(day: NaiveDate) -> NaiveDate {
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Each field's most common value; ties go to the value listed first.
fn most_common(cramps: &[Cramp], config: &DiaryConfig) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    for field in &config.fields {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for c in cramps {
            if let Some(v) = c.entry.details.get(&field.key) {
                *counts.entry(v.as_str()).or_default() += 1;
            }
        }
        let best = counts.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)));
        if let Some((value, n)) = best {
            out.push((field.key.clone(), (*value).to_string(), *n));
        }
    }
    out
}
