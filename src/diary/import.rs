//! Reading a diary CSV back (the format `export` writes): every row is
//! checked before anything is written, and a bad row is named by its line.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::NewCramp;
use super::parse::{parse_duration, parse_moment};
use crate::guide::model::DiaryConfig;

/// The cramps of a CSV text, or the first problem with its line number.
/// `id` is ignored (the diary gives its own); unknown columns are refused.
pub fn parse_csv(text: &str, config: Option<&DiaryConfig>, now: DateTime<Utc>) -> Result<Vec<NewCramp>, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let header: Vec<String> =
        reader.headers().map_err(|e| format!("line 1: {e}"))?.iter().map(|h| h.trim().to_string()).collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let started = column("started_at").ok_or("line 1: no started_at column")?;
    let duration = column("duration_seconds").ok_or("line 1: no duration_seconds column")?;
    let note = column("note");
    let mut details = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if ["id", "started_at", "duration_seconds", "note"].contains(&name.as_str()) {
            continue;
        }
        match config.and_then(|c| c.field(name)) {
            Some(field) => details.push((i, field)),
            None => return Err(format!("line 1: column {name:?} is not a detail this guide records")),
        }
    }
    let mut out = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line = n + 2;
        let record = record.map_err(|e| format!("line {line}: {e}"))?;
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        let at = |e: String| format!("line {line}: {e}");
        let started = parse_moment(cell(started), now).map_err(at)?;
        let seconds: f64 = cell(duration)
            .parse()
            .map_err(|_| format!("line {line}: duration_seconds {:?} is not a number", cell(duration)))?;
        let length = parse_duration(&format!("{seconds}s")).map_err(|e| format!("line {line}: {e}"))?;
        let mut values = BTreeMap::new();
        for (i, field) in &details {
            if !cell(*i).is_empty() {
                values.insert(field.key.clone(), field.parse_value(cell(*i)).map_err(|e| format!("line {line}: {e}"))?);
            }
        }
        let note = note.map(cell).filter(|s| !s.is_empty()).map(str::to_string);
        out.push(NewCramp { started, duration: round_ms(length), details: values, note });
    }
    Ok(out)
}

fn round_ms(d: Duration) -> Duration {
    Duration::from_millis((d.as_secs_f64() * 1000.0).round() as u64)
}
