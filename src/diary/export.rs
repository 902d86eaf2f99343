//! The diary for a doctor (Markdown) and for scripts (CSV, JSON), and the
//! one safe way to put a new file on disk.
//!
//! CSV columns: `id,started_at,duration_seconds`, one per detail field in the
//! guide's order, then `note`. JSON: an array of objects with `id`,
//! `started_at`, `duration_seconds`, `details` and `note`. `started_at` is
//! RFC 3339 with the offset recorded with the cramp.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, SecondsFormat};

use super::stats::{DetailWords, Stats, WEEKS};
use super::{Cramp, DiaryError};
use crate::guide::Guide;
use crate::guide::model::DiaryConfig;
use crate::guide::ui_text::UiText;
use crate::text::figures::elapsed_text as clock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Csv,
    Json,
}

/// The cramps (newest first) in a format, with the details `guide` records
/// and, for the Markdown, its words; `now` dates the Markdown summary.
pub fn export(cramps: &[Cramp], guide: &Guide, format: ExportFormat, now: DateTime<FixedOffset>) -> String {
    let config = guide.diary.as_ref();
    match format {
        ExportFormat::Csv => csv_text(cramps, config),
        ExportFormat::Json => json_text(cramps),
        ExportFormat::Markdown => markdown(cramps, config, &guide.ui, now),
    }
}

fn started_at(c: &Cramp) -> String {
    c.entry.started.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Seconds as a plain number: "150", or "150.5" when not whole.
fn seconds(d: Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) { (ms / 1000).to_string() } else { format!("{:.3}", d.as_secs_f64()) }
}

fn detail_keys(config: Option<&DiaryConfig>) -> Vec<&str> {
    config.map(|c| c.fields.iter().map(|f| f.key.as_str()).collect()).unwrap_or_default()
}

fn csv_text(cramps: &[Cramp], config: Option<&DiaryConfig>) -> String {
    let keys = detail_keys(config);
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["id", "started_at", "duration_seconds"];
    header.extend(&keys);
    header.push("note");
    // Writing into a Vec cannot fail.
    w.write_record(&header).expect("csv into memory");
    for c in cramps {
        let mut row = vec![c.id.to_string(), started_at(c), seconds(c.entry.duration)];
        row.extend(keys.iter().map(|k| c.entry.details.get(*k).cloned().unwrap_or_default()));
        row.push(c.entry.note.clone().unwrap_or_default());
        w.write_record(&row).expect("csv into memory");
    }
    String::from_utf8(w.into_inner().expect("csv into memory")).expect("csv of UTF-8 text")
}

/// One cramp in the JSON export, fields in the documented order.
#[derive(serde::Serialize)]
struct JsonCramp<'a> {
    id: i64,
    started_at: String,
    duration_seconds: serde_json::Value,
    details: &'a std::collections::BTreeMap<String, String>,
    note: Option<&'a str>,
}

fn json_text(cramps: &[Cramp]) -> String {
    let rows: Vec<JsonCramp<'_>> = cramps
        .iter()
        .map(|c| JsonCramp {
            id: c.id,
            started_at: started_at(c),
            duration_seconds: if c.entry.duration.subsec_millis() == 0 {
                c.entry.duration.as_secs().into()
            } else {
                c.entry.duration.as_secs_f64().into()
            },
            details: &c.entry.details,
            note: c.entry.note.as_deref(),
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rows).expect("JSON of plain values");
    text.push('\n');
    text
}

/// Escapes the characters Markdown would read as formatting in a table
/// cell; a line break, a tab or an escape (an imported note may hold them)
/// is a space.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '|' | '*' | '_' | '`' | '\\' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            c if c.is_control() => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn markdown(cramps: &[Cramp], config: Option<&DiaryConfig>, ui: &UiText, now: DateTime<FixedOffset>) -> String {
    let words = &ui.markdown;
    let stats = Stats::compute(cramps, now, config);
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", words.title.get()));
    out.push_str(&format!("{}\n\n", words.exported.fill(&[("when", &now.format("%Y-%m-%d %H:%M"))])));
    out.push_str(&format!("## {}\n\n", words.summary_title.get()));
    let total = words.summary_total.fill(&[
        ("total", &stats.total),
        ("last_7", &stats.last_7_days),
        ("last_30", &stats.last_30_days),
        ("last_90", &stats.last_90_days),
    ]);
    out.push_str(&format!("- {total}\n"));
    if let Some(median) = stats.median {
        out.push_str(&format!("- {}\n", words.summary_median.fill(&[("length", &clock(median))])));
    }
    if let Some((longest, at)) = stats.longest {
        let said = words.summary_longest.fill(&[("length", &clock(longest)), ("date", &at.format("%Y-%m-%d"))]);
        out.push_str(&format!("- {said}\n"));
    }
    if let Some((night, all)) = stats.at_night.filter(|(_, all)| *all > 0) {
        let said = words.summary_at_night.fill(&[("night", &night), ("all", &all), ("percent", &(night * 100 / all))]);
        out.push_str(&format!("- {said}\n"));
    }
    if let Some(config) = config {
        for detail in &stats.details {
            if let Some(field) = config.field(&detail.key) {
                out.push_str(&format!("- {}\n", md(&detail.line(field, DetailWords::from(&*ui.diary)))));
            }
        }
    }
    out.push_str(&format!("\n## {}\n\n```text\n", words.weekly_title.fill(&[("weeks", &WEEKS)])));
    let top = stats.weekly.iter().copied().max().unwrap_or(0).max(1);
    let this_monday = now.date_naive()
        - chrono::Duration::days(i64::from(chrono::Datelike::weekday(&now.date_naive()).num_days_from_monday()));
    for (i, n) in stats.weekly.iter().enumerate() {
        let start = this_monday - chrono::Duration::weeks((WEEKS - 1 - i) as i64);
        let bar = "#".repeat((n * 30).div_ceil(top));
        out.push_str(&format!("{}  {bar:<30} {n}\n", start.format("%Y-%m-%d")));
    }
    out.push_str(&format!("```\n\n## {}\n\n", words.cramps_title.get()));
    let fields: Vec<_> = config.map(|c| c.fields.iter().collect()).unwrap_or_default();
    let mut header: Vec<String> =
        [&words.column_date, &words.column_time, &words.column_length].iter().map(|t| md(t.get())).collect();
    header.extend(fields.iter().map(|f| md(&f.label)));
    header.push(md(words.column_note.get()));
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for c in cramps {
        let s = c.entry.started;
        let mut row = vec![s.format("%Y-%m-%d").to_string(), s.format("%H:%M").to_string(), clock(c.entry.duration)];
        row.extend(
            fields.iter().map(|f| c.entry.details.get(&f.key).map(|v| md(f.value_label(v))).unwrap_or_default()),
        );
        row.push(md(c.entry.note.as_deref().unwrap_or("")));
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    if cramps.is_empty() {
        out.push_str(&format!("\n{}\n", words.empty.get()));
    }
    out
}

/// Writes a new file atomically (a temporary file in the same folder, then a
/// rename); an existing file is replaced only with `force`.
pub fn write_new_file(path: &Path, text: &str, force: bool) -> Result<(), DiaryError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !force && path.exists() {
        return Err(DiaryError::Exists { path: path.to_path_buf() });
    }
    // Errors name the file asked for, never the temporary one beside it.
    let failed = |e: std::io::Error| DiaryError::io(path, without_path(e));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    tmp.write_all(text.as_bytes()).and_then(|()| tmp.as_file().sync_all()).map_err(failed)?;
    let result = if force { tmp.persist(path).map(|_| ()) } else { tmp.persist_noclobber(path).map(|_| ()) };
    result.map_err(|e| {
        let kind = e.error.kind();
        if kind == std::io::ErrorKind::AlreadyExists {
            DiaryError::Exists { path: path.to_path_buf() }
        } else {
            failed(e.error)
        }
    })
}

/// The same error without the temporary file's path that `tempfile` adds
/// to its message ("… at path \"/dir/.tmpXXXX\"").
fn without_path(error: std::io::Error) -> std::io::Error {
    let text = error.to_string();
    match text.rfind(" at path \"") {
        Some(at) => std::io::Error::new(error.kind(), &text[..at]),
        None => error,
    }
}
