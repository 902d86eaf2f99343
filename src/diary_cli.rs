//! `cramp-guide diary ...`: the diary from the command line. Bad input (an
//! unknown detail, an absurd length, a future time, a malformed CSV row) or
//! a diary file that is not ours is a usage error (exit 2) and writes
//! nothing; a disk that refuses a write is a runtime error (exit 1).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};

use crate::cli::{DiaryCommand, ExportFormat};
use crate::diary::{
    self, Cramp, Diary, DiaryError, NewCramp, Stats, WEEKS, now_local, parse_duration, parse_moment, parse_since,
};
use crate::guide::model::{DiaryConfig, Guide};
use crate::text::figures::elapsed_text;

/// How a diary command failed.
#[derive(Debug)]
pub enum DiaryFailure {
    /// Bad input or a file that is not a diary: exit 2, nothing written.
    Usage(String),
    /// The disk or the database failed: exit 1.
    Runtime(String),
}

impl From<DiaryError> for DiaryFailure {
    fn from(e: DiaryError) -> DiaryFailure {
        if e.is_bad_file() { DiaryFailure::Usage(e.to_string()) } else { DiaryFailure::Runtime(e.to_string()) }
    }
}

/// What a diary command has to say.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Reply {
    /// For standard output: what a script reads (for `add`, the id alone).
    pub out: String,
    /// For the person, on standard error: how the input was read.
    pub note: Option<String>,
}

impl From<String> for Reply {
    fn from(out: String) -> Reply {
        Reply { out, note: None }
    }
}

/// Runs a diary command.
pub fn run(command: &DiaryCommand, guide: &Guide, data_dir: Option<&Path>) -> Result<Reply, DiaryFailure> {
    let dir = diary::data_dir(data_dir)
        .ok_or_else(|| DiaryFailure::Runtime("no data directory: pass --data-dir DIR".to_string()))?;
    diary::check_folder(&dir)?;

    let config = guide.diary.as_ref();
    let now = now_local();
    match command {
        DiaryCommand::Add { at, duration, details, note } => {
            let entry = new_cramp(at.as_deref(), duration, details, note.as_deref(), config, now)?;
            let mut diary = Diary::open_or_create(&dir)?;
            let id = diary.add(&entry)?;
            Ok(Reply { out: format!("{id}\n"), note: Some(added_note(id, &entry, duration, guide)) })
        }
        DiaryCommand::List { since } => {
            let (cramps, note) = read(&dir, since.as_deref())?;
            Ok(Reply { out: list_text(&cramps, config), note })
        }
        DiaryCommand::Stats => {
            let (cramps, note) = read(&dir, None)?;
            Ok(Reply { out: stats_text(&Stats::compute(&cramps, now, config), config, now), note })
        }
        DiaryCommand::Delete { id } => {
            let Some(mut diary) = Diary::open_existing(&dir)? else {
                return Err(DiaryFailure::Usage(format!("no cramp has the id {id} (the diary is empty)")));
            };
            match diary.delete(*id)? {
                Some(c) => Ok(format!("Deleted cramp {id} of {}.\n", c.entry.started.format("%Y-%m-%d %H:%M")).into()),
                None => {
                    Err(DiaryFailure::Usage(format!("no cramp has the id {id}; `cramp-guide diary list` shows them")))
                }
            }
        }
        DiaryCommand::Export { format, since, output, force } => {
            let (cramps, note) = read(&dir, since.as_deref())?;
            let format = match format {
                ExportFormat::Markdown => diary::ExportFormat::Markdown,
                ExportFormat::Csv => diary::ExportFormat::Csv,
                ExportFormat::Json => diary::ExportFormat::Json,
            };
            let text = diary::export(&cramps, guide, format, now);
            match output {
                None => Ok(Reply { out: text, note }),
                Some(path) => {
                    diary::write_new_file(path, &text, *force).map_err(|e| match &e {
                        DiaryError::Io { error, .. } if error.kind() == std::io::ErrorKind::AlreadyExists => {
                            DiaryFailure::Usage(e.to_string())
                        }
                        _ => DiaryFailure::Runtime(e.to_string()),
                    })?;
                    let out = format!("Wrote {} to {}.\n", cramps_count(cramps.len()), path.display());
                    Ok(Reply { out, note })
                }
            }
        }
        DiaryCommand::Import { file } => {
            let text =
                std::fs::read_to_string(file).map_err(|e| DiaryFailure::Usage(format!("{}: {e}", file.display())))?;
            let cramps = diary::parse_csv(&text, config, Utc::now()).map_err(|problems| {
                let lines = if problems.len() == 1 { "a line" } else { "lines" };
                DiaryFailure::Usage(format!(
                    "{}: {lines} that cannot be read; nothing was imported:\n  {}",
                    file.display(),
                    problems.join("\n  ")
                ))
            })?;
            let mut diary = Diary::open_or_create(&dir)?;
            let (added, skipped) = diary.add_all(&cramps)?;
            let already = match skipped {
                0 => String::new(),
                1 => "; 1 was already in the diary".to_string(),
                n => format!("; {n} were already in the diary"),
            };
            Ok(format!("Imported {}{already}.\n", cramps_count(added)).into())
        }
    }
}

/// The cramps from a day on (all when None), and, when the diary could
/// only be opened to read, a note that says why nothing can be saved.
fn read(dir: &Path, since: Option<&str>) -> Result<(Vec<Cramp>, Option<String>), DiaryFailure> {
    let since = since.map(parse_since).transpose().map_err(DiaryFailure::Usage)?;
    match Diary::open_existing(dir)? {
        Some(diary) => {
            let note = diary.read_only().map(|why| {
                format!("note: {}: open to read only; nothing can be saved: {why}\n", diary.path().display())
            });
            Ok((diary.list(since)?, note))
        }
        None => Ok((Vec::new(), None)),
    }
}

fn new_cramp(
    at: Option<&str>,
    duration: &str,
    details: &[String],
    note: Option<&str>,
    config: Option<&DiaryConfig>,
    now: DateTime<FixedOffset>,
) -> Result<NewCramp, DiaryFailure> {
    let usage = DiaryFailure::Usage;
    let length = parse_duration(duration).map_err(usage)?;
    let started = match at {
        Some(text) => parse_moment(text, now.with_timezone(&Utc)).map_err(usage)?,
        None => now - chrono::Duration::from_std(length).unwrap_or_default(),
    };
    let mut values = BTreeMap::new();
    for d in details {
        let (key, value) =
            d.split_once('=').ok_or_else(|| usage(format!("--detail {d:?}: expected KEY=VALUE, e.g. leg=left")))?;
        let field = config.and_then(|c| c.field(key.trim())).ok_or_else(|| {
            let keys: Vec<&str> = config.map(|c| c.fields.iter().map(|f| f.key.as_str()).collect()).unwrap_or_default();
            usage(format!("--detail {d:?}: unknown detail {:?}; details: {}", key.trim(), keys.join(", ")))
        })?;
        values.insert(field.key.clone(), field.parse_value(value).map_err(|e| usage(format!("--detail {e}")))?);
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty()).map(str::to_string);
    Ok(NewCramp { started, duration: length, details: values, note })
}

/// "1 cramp", "2 cramps".
fn cramps_count(n: usize) -> String {
    if n == 1 { "1 cramp".to_string() } else { format!("{n} cramps") }
}

/// "Recorded cramp 3: began 2026-11-26 03:10, lasted 2:00 (2 minutes).",
/// then, past the guide's threshold, the advice the cramp screen gives.
fn added_note(id: i64, entry: &NewCramp, typed: &str, guide: &Guide) -> String {
    let minutes = if diary::is_bare_number(typed) { format!(" ({} minutes)", typed.trim()) } else { String::new() };
    let mut note = format!(
        "Recorded cramp {id}: began {}, lasted {}{minutes}.\n",
        entry.started.format("%Y-%m-%d %H:%M"),
        elapsed_text(entry.duration)
    );
    if let Some((e, level)) = guide.cramp_advice(entry.duration) {
        let _ = writeln!(note, "{level} \u{2014} over {}. {}", elapsed_text(e.after), e.say.trim());
        for source in &e.sources {
            let _ = writeln!(note, "Source: {} {}", source.title, source.url);
        }
    }
    note
}

fn list_text(cramps: &[Cramp], config: Option<&DiaryConfig>) -> String {
    if cramps.is_empty() {
        return "No cramps recorded yet. Time one with ! in the guide and press s, or use \
                `cramp-guide diary add --duration 2:30`.\n"
            .to_string();
    }
    let mut out = String::new();
    for c in cramps {
        let e = &c.entry;
        let _ = write!(out, "{:>5}  {}  {:>7}", c.id, e.started.format("%Y-%m-%d %H:%M"), elapsed_text(e.duration));
        if let Some(config) = config {
            for f in &config.fields {
                if let Some(v) = e.details.get(&f.key) {
                    let _ = write!(out, "  {}: {}", f.label, f.value_label(v));
                }
            }
        }
        if let Some(note) = &e.note {
            let _ = write!(out, "  \u{2014} {note}");
        }
        out.push('\n');
    }
    out
}

fn stats_text(s: &Stats, config: Option<&DiaryConfig>, now: DateTime<FixedOffset>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Cramps recorded: {}", s.total);
    let _ = writeln!(
        out,
        "Last 7 days: {}  ·  last 30 days: {}  ·  last 90 days: {}",
        s.last_7_days, s.last_30_days, s.last_90_days
    );
    if let Some(m) = s.median {
        let _ = writeln!(out, "Median length: {}", elapsed_text(m));
    }
    if let Some((d, at)) = s.longest {
        let _ = writeln!(out, "Longest: {} on {}", elapsed_text(d), at.format("%Y-%m-%d"));
    }
    if let Some((night, all)) = s.at_night.filter(|(_, all)| *all > 0) {
        let _ = writeln!(out, "At night: {night} of {all}");
    }
    if let Some(config) = config {
        for detail in &s.details {
            if let Some(f) = config.field(&detail.key) {
                let _ = writeln!(out, "{}", detail.line(f));
            }
        }
    }
    let _ = writeln!(out, "\nPer week, last {WEEKS} weeks (oldest first, to {}):", now.format("%Y-%m-%d"));
    let counts: Vec<String> = s.weekly.iter().map(usize::to_string).collect();
    let _ = writeln!(out, "{}", counts.join(" "));
    out
}
