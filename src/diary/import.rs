//! Reading a diary CSV back (the format `export` writes): every row is
//! checked before anything is written, and every bad row is named by the
//! line it starts on, in plain words.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::NewCramp;
use super::parse::{parse_duration, parse_moment};
use crate::guide::model::DiaryConfig;

/// The cramps of a CSV text, or every problem found, each as "line N: …".
/// `id` is ignored (the diary gives its own); unknown columns are refused.
pub fn parse_csv(text: &str, config: Option<&DiaryConfig>, now: DateTime<Utc>) -> Result<Vec<NewCramp>, Vec<String>> {
    // Rows of the wrong length are read too, so each can be named.
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_string()).collect(),
        Err(e) => return Err(vec![format!("line 1: {}", unreadable(&e))]),
    };
    let column = |name: &str| header.iter().position(|h| h == name);
    let mut problems = Vec::new();
    let started = column("started_at");
    let duration = column("duration_seconds");
    for (name, found) in [("started_at", started), ("duration_seconds", duration)] {
        if found.is_none() {
            problems.push(format!("line 1: no {name} column"));
        }
    }
    let note = column("note");
    let mut details = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if ["id", "started_at", "duration_seconds", "note"].contains(&name.as_str()) {
            continue;
        }
        match config.and_then(|c| c.field(name)) {
            Some(field) => details.push((i, field)),
            None => problems.push(format!("line 1: column {name:?} is not a detail this guide records")),
        }
    }
    let (Some(started), Some(duration)) = (started, duration) else { return Err(problems) };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(format!("line {line}: {}", unreadable(&e)));
                continue;
            }
        };
        // The line the row starts on (a quoted note may span lines).
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != header.len() {
            problems.push(format!("line {line}: {} columns, expected {}", record.len(), header.len()));
            continue;
        }
        match row(&record, started, duration, note, &details, now) {
            Ok(cramp) => out.push(cramp),
            Err(e) => problems.push(format!("line {line}: {e}")),
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// One row of the right length as a cramp, or its first problem.
fn row(
    record: &csv::StringRecord,
    started: usize,
    duration: usize,
    note: Option<usize>,
    details: &[(usize, &crate::guide::model::DetailField)],
    now: DateTime<Utc>,
) -> Result<NewCramp, String> {
    let cell = |i: usize| record.get(i).unwrap_or("").trim();
    let started = parse_moment(cell(started), now)?;
    let seconds: f64 =
        cell(duration).parse().map_err(|_| format!("duration_seconds {:?} is not a number", cell(duration)))?;
    let length = parse_duration(&format!("{seconds}s"))?;
    let mut values = BTreeMap::new();
    for (i, field) in details {
        if !cell(*i).is_empty() {
            values.insert(field.key.clone(), field.parse_value(cell(*i))?);
        }
    }
    let note = note.map(cell).filter(|s| !s.is_empty()).map(str::to_string);
    Ok(NewCramp { started, duration: round_ms(length), details: values, note })
}

/// What the CSV reader could not read, in plain words.
fn unreadable(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_string(),
        _ => "could not be read as CSV".to_string(),
    }
}

fn round_ms(d: Duration) -> Duration {
    Duration::from_millis((d.as_secs_f64() * 1000.0).round() as u64)
}
