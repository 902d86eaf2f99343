//! Reading a diary CSV back (the format `export` writes): every row is
//! checked before anything is written, and every bad row is named by the
//! line it starts on, in plain words.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::NewCramp;
use super::parse::{parse_duration, parse_moment};
use crate::guide::model::DiaryConfig;
use crate::guide::ui_text::{UiText, groups};

/// The cramps of a CSV file's bytes, or every problem found, each as
/// "line N: …" in the words of `all` (`[ui.diary_cli]`, and `[ui.diary]` for
/// a value that cannot be read); a line that is not UTF-8 text (a file saved
/// in another encoding) is one of them. `id` is ignored (the diary gives its
/// own); unknown columns are refused.
pub fn parse_csv(
    bytes: &[u8],
    config: Option<&DiaryConfig>,
    now: DateTime<Utc>,
    all: &UiText,
) -> Result<Vec<NewCramp>, Vec<String>> {
    let ui = &all.diary_cli;
    let at_line = |line: u64, problem: &str| ui.at_line.fill(&[("line", &line), ("problem", &problem)]);
    // Rows of the wrong length are read too, so each can be named.
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_string()).collect(),
        Err(e) => return Err(vec![at_line(1, &unreadable(&e, ui))]),
    };
    let column = |name: &str| header.iter().position(|h| h == name);
    let mut problems = Vec::new();
    let started = column("started_at");
    let duration = column("duration_seconds");
    for (name, found) in [("started_at", started), ("duration_seconds", duration)] {
        if found.is_none() {
            problems.push(at_line(1, &ui.csv_no_column.fill(&[("column", &name)])));
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
            None => problems.push(at_line(1, &ui.csv_unknown_column.fill(&[("column", &format!("{name:?}"))]))),
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
                problems.push(at_line(line, &unreadable(&e, ui)));
                continue;
            }
        };
        // The line the row starts on (a quoted note may span lines).
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != header.len() {
            problems.push(at_line(line, &ui.csv_columns.count(record.len(), &[("expected", &header.len())])));
            continue;
        }
        match row(&record, started, duration, note, &details, now, all) {
            Ok(cramp) => out.push(cramp),
            Err(e) => problems.push(at_line(line, &e)),
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
    all: &UiText,
) -> Result<NewCramp, String> {
    let (ui, said) = (&all.diary_cli, &all.diary);
    let cell = |i: usize| record.get(i).unwrap_or("").trim();
    let started = parse_moment(cell(started), now).map_err(|e| e.say(said))?;
    let seconds: f64 =
        cell(duration).parse().map_err(|_| ui.csv_not_a_number.fill(&[("value", &format!("{:?}", cell(duration)))]))?;
    let length = parse_duration(&format!("{seconds}s")).map_err(|e| e.say(said))?;
    let mut values = BTreeMap::new();
    for (i, field) in details {
        if !cell(*i).is_empty() {
            values.insert(field.key.clone(), field.parse_value(cell(*i)).map_err(|e| e.say(said))?);
        }
    }
    let note = note.map(cell).filter(|s| !s.is_empty()).map(str::to_string);
    Ok(NewCramp { started, duration: round_ms(length), details: values, note })
}

/// What the CSV reader could not read, in plain words.
fn unreadable(error: &csv::Error, ui: &groups::diary_cli) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => ui.csv_not_utf8.get().to_string(),
        _ => ui.csv_unreadable.get().to_string(),
    }
}

fn round_ms(d: Duration) -> Duration {
    Duration::from_millis((d.as_secs_f64() * 1000.0).round() as u64)
}
