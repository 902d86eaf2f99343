//! What a diary adds up to: counts over the last 7, 30 and 90 days, cramps
//! per week for the last 12 weeks, the median and longest length, the share
//! at night and each detail in brief: a choice by its most common value (or
//! the values tied for it), a scale by its median and range. Pure arithmetic over
//! recorded cramps and a given "now", so it is tested without a clock.
//!
//! Days and weeks are calendar days in local time: each cramp's own recorded
//! offset for the cramp, `now`'s offset for today. A clock change therefore
//! never moves a cramp to another day.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use super::Cramp;
use crate::guide::model::{DetailField, DetailKind, DiaryConfig};
use crate::guide::ui_text::{Text, groups};

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
    /// Per detail field that any cramp has, in the guide's order.
    pub details: Vec<DetailSummary>,
}

/// What the cramps say about one detail.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailSummary {
    /// The field's key.
    pub key: String,
    /// How many cramps have this detail.
    pub answered: usize,
    pub shape: Shape,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A choice: the most common stored values (several on a tie, in the
    /// guide's order) and how many cramps had each.
    Common { values: Vec<String>, count: usize },
    /// A number on a scale: the middle value and the lowest and highest.
    Scale { median: f64, low: u32, high: u32 },
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
        let details = config.map(|cfg| detail_summaries(cramps, cfg)).unwrap_or_default();
        Stats {
            total: cramps.len(),
            last_7_days,
            last_30_days,
            last_90_days,
            weekly,
            median,
            longest,
            at_night: config.map(|_| (night, cramps.len())),
            details,
        }
    }
}

/// The Monday on or before a day.
fn monday(day: NaiveDate) -> NaiveDate {
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Each field the cramps have, in brief.
fn detail_summaries(cramps: &[Cramp], config: &DiaryConfig) -> Vec<DetailSummary> {
    let mut out = Vec::new();
    for field in &config.fields {
        let values: Vec<&str> =
            cramps.iter().filter_map(|c| c.entry.details.get(&field.key)).map(String::as_str).collect();
        if values.is_empty() {
            continue;
        }
        let shape = match &field.kind {
            DetailKind::Scale { .. } => match scale_shape(&values) {
                Some(shape) => shape,
                None => common_shape(&values, &[]),
            },
            DetailKind::Choice(choices) => {
                let order: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
                common_shape(&values, &order)
            }
        };
        out.push(DetailSummary { key: field.key.clone(), answered: values.len(), shape });
    }
    out
}

/// The values seen most often, every one of them on a tie: in `order`
/// first, then any other (a value a later guide dropped) in sorted order.
fn common_shape(values: &[&str], order: &[&str]) -> Shape {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let count = counts.values().copied().max().unwrap_or(0);
    let rank = |v: &str| order.iter().position(|o| *o == v).unwrap_or(order.len());
    let mut top: Vec<&str> = counts.iter().filter(|(_, n)| **n == count).map(|(v, _)| *v).collect();
    top.sort_by_key(|v| rank(v));
    Shape::Common { values: top.into_iter().map(str::to_string).collect(), count }
}

/// Median and range of numbers; None when a stored value is not a number.
fn scale_shape(values: &[&str]) -> Option<Shape> {
    let mut numbers: Vec<u32> = values.iter().map(|v| v.parse().ok()).collect::<Option<_>>()?;
    numbers.sort_unstable();
    let n = numbers.len();
    let median = if n % 2 == 1 {
        f64::from(numbers[n / 2])
    } else {
        (f64::from(numbers[n / 2 - 1]) + f64::from(numbers[n / 2])) / 2.0
    };
    Some(Shape::Scale { median, low: *numbers.first()?, high: *numbers.last()? })
}

/// The words a detail's summary is said in. One set for the command line,
/// the Markdown for a doctor and the Diary tab: the guide's
/// `[ui.diary]` texts `detail_*`.
#[derive(Debug, Clone, Copy)]
pub struct DetailWords<'a> {
    pub mostly: &'a Text,
    pub mostly_count: &'a Text,
    pub tie: &'a Text,
    pub tie_count: &'a Text,
    pub scale: &'a Text,
    pub scale_count: &'a Text,
}

impl<'a> From<&'a groups::diary> for DetailWords<'a> {
    fn from(ui: &'a groups::diary) -> DetailWords<'a> {
        DetailWords {
            mostly: &ui.detail_mostly,
            mostly_count: &ui.detail_mostly_count,
            tie: &ui.detail_tie,
            tie_count: &ui.detail_tie_count,
            scale: &ui.detail_scale,
            scale_count: &ui.detail_scale_count,
        }
    }
}

impl DetailSummary {
    /// The summary in words, as the command line, the Diary tab and the
    /// Markdown for a doctor say it: "Where: mostly Calf (2 of 3)", "Which
    /// leg: a tie between Left and Right (2 each)", "How bad (0-10): median
    /// 3, range 2 to 9 (3 cramps)".
    pub fn line(&self, field: &DetailField, words: DetailWords) -> String {
        let (text, count) = self.parts(field, words);
        format!("{text} {count}")
    }

    /// The line in two parts, the words and the count in brackets, so a
    /// narrow pane can keep the count whole.
    pub fn parts(&self, field: &DetailField, words: DetailWords) -> (String, String) {
        let label = &field.label;
        match &self.shape {
            Shape::Common { values, count } => {
                let names: Vec<&str> = values.iter().map(|v| field.value_label(v)).collect();
                match names.as_slice() {
                    [one] => (
                        words.mostly.fill(&[("label", label), ("value", one)]),
                        words.mostly_count.fill(&[("count", count), ("answered", &self.answered)]),
                    ),
                    [rest @ .., last] => (
                        words.tie.fill(&[("label", label), ("values", &rest.join(", ")), ("last", last)]),
                        words.tie_count.fill(&[("count", count)]),
                    ),
                    [] => (label.clone(), String::new()),
                }
            }
            Shape::Scale { median, low, high } => (
                words.scale.fill(&[("label", label), ("median", median), ("low", low), ("high", high)]),
                words.scale_count.count(self.answered, &[]),
            ),
        }
    }
}
