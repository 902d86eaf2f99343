//! `cramp-guide diary ...`: the diary from the command line. Bad input (an
//! unknown detail, an absurd length, a future time, a malformed CSV row) or
//! a diary file that is not ours is a usage error (exit 2) and writes
//! nothing; a disk that refuses a write is a runtime error (exit 1).

use std::collections::BTreeMap;
use std::fmt::{Display, Write as _};
use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};

use crate::app::keys::{Action, Global, Scope, global_key, key_label};
use crate::cli::{DiaryCommand, ExportFormat};
use crate::diary::{
    self, Cramp, Diary, DiaryError, InputProblem, NewCramp, Stats, WEEKS, now_local, parse_duration, parse_moment,
    parse_since,
};
use crate::guide::model::{DiaryConfig, Guide};
use crate::guide::ui_text::{UiText, groups};
use crate::text::figures::elapsed_text;
use crate::text::one_line;

/// How a diary command failed.
#[derive(Debug)]
pub enum DiaryFailure {
    /// Bad input or a file that is not a diary: exit 2, nothing written.
    Usage(String),
    /// The disk or the database failed: exit 1.
    Runtime(String),
}

impl DiaryFailure {
    /// A failure of the diary file, said in the words of `ui`.
    fn of(e: DiaryError, ui: &groups::diary) -> DiaryFailure {
        if e.is_bad_file() { DiaryFailure::Usage(e.say(ui)) } else { DiaryFailure::Runtime(e.say(ui)) }
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

/// Runs a diary command; everything it says is in the guide's words
/// (`[ui.diary_cli]`, and `[ui.diary]` for what the Diary tab says too).
pub fn run(command: &DiaryCommand, guide: &Guide, data_dir: Option<&Path>) -> Result<Reply, DiaryFailure> {
    let ui = &guide.ui.diary_cli;
    let failed = |e: DiaryError| DiaryFailure::of(e, &guide.ui.diary);
    let dir = diary::data_dir(data_dir).ok_or_else(|| DiaryFailure::Runtime(ui.no_data_dir.get().to_string()))?;
    diary::check_folder(&dir).map_err(failed)?;

    let config = guide.diary.as_ref();
    let now = now_local();
    match command {
        DiaryCommand::Add { at, duration, details, note } => {
            let entry = new_cramp(at.as_deref(), duration, details, note.as_deref(), config, now, &guide.ui)?;
            let mut diary = Diary::open_or_create(&dir).map_err(failed)?;
            let id = diary.add(&entry).map_err(failed)?;
            Ok(Reply { out: format!("{id}\n"), note: Some(added_note(id, &entry, duration, guide)) })
        }
        DiaryCommand::List { since } => {
            let (cramps, note) = read(&dir, since.as_deref(), &guide.ui)?;
            Ok(Reply { out: list_text(&cramps, config, ui), note })
        }
        DiaryCommand::Stats => {
            let (cramps, note) = read(&dir, None, &guide.ui)?;
            Ok(Reply { out: stats_text(&Stats::compute(&cramps, now, config), config, now, &guide.ui), note })
        }
        DiaryCommand::Delete { id } => {
            let Some(mut diary) = Diary::open_existing(&dir).map_err(failed)? else {
                return Err(DiaryFailure::Usage(ui.no_such_id_empty.fill(&[("id", id)])));
            };
            match diary.delete(*id).map_err(failed)? {
                Some(c) => {
                    let started = c.entry.started.format("%Y-%m-%d %H:%M");
                    Ok(format!("{}\n", ui.deleted.fill(&[("id", id), ("started", &started)])).into())
                }
                None => Err(DiaryFailure::Usage(ui.no_such_id.fill(&[("id", id)]))),
            }
        }
        DiaryCommand::Export { format, since, output, force } => {
            let (cramps, note) = read(&dir, since.as_deref(), &guide.ui)?;
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
                        DiaryError::Exists { .. } => DiaryFailure::Usage(e.say(&guide.ui.diary)),
                        _ => DiaryFailure::Runtime(e.say(&guide.ui.diary)),
                    })?;
                    let out = format!("{}\n", ui.wrote.count(cramps.len(), &[("path", &path.display())]));
                    Ok(Reply { out, note })
                }
            }
        }
        DiaryCommand::Import { file } => {
            let bytes = std::fs::read(file).map_err(|e| DiaryFailure::Usage(format!("{}: {e}", file.display())))?;
            let cramps = diary::parse_csv(&bytes, config, Utc::now(), &guide.ui).map_err(|problems| {
                let refused = ui.import_refused.count(problems.len(), &[("file", &file.display())]);
                DiaryFailure::Usage(format!("{refused}\n  {}", problems.join("\n  ")))
            })?;
            let mut diary = Diary::open_or_create(&dir).map_err(failed)?;
            let (added, skipped) = diary.add_all(&cramps).map_err(failed)?;
            let said = match skipped {
                0 => ui.imported.count(added, &[]),
                n => ui.imported_some_there.count(added, &[("already", &ui.already_there.count(n, &[]))]),
            };
            Ok(format!("{said}\n").into())
        }
    }
}

/// The cramps from a day on (all when None), and, when the diary could
/// only be opened to read, a note that says why nothing can be saved.
fn read(dir: &Path, since: Option<&str>, all: &UiText) -> Result<(Vec<Cramp>, Option<String>), DiaryFailure> {
    let (ui, said) = (&all.diary_cli, &all.diary);
    let failed = |e: DiaryError| DiaryFailure::of(e, said);
    let since = since.map(parse_since).transpose().map_err(|e| DiaryFailure::Usage(e.say(said)))?;
    match Diary::open_existing(dir).map_err(failed)? {
        Some(diary) => {
            let note = diary.read_only().map(|why| {
                let path = diary.path().display();
                format!("{}\n", ui.read_only_note.fill(&[("path", &path), ("why", &why.reason_in(said))]))
            });
            Ok((diary.list(since).map_err(failed)?, note))
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
    all: &UiText,
) -> Result<NewCramp, DiaryFailure> {
    let (ui, said) = (&all.diary_cli, &all.diary);
    let usage = |e: InputProblem| DiaryFailure::Usage(e.say(said));
    let length = parse_duration(duration).map_err(usage)?;
    let started = match at {
        Some(text) => parse_moment(text, now.with_timezone(&Utc)).map_err(usage)?,
        None => now - chrono::Duration::from_std(length).unwrap_or_default(),
    };
    let mut values = BTreeMap::new();
    for d in details {
        let detail = format!("{d:?}");
        let (key, value) = d
            .split_once('=')
            .ok_or_else(|| DiaryFailure::Usage(ui.detail_not_key_value.fill(&[("detail", &detail)])))?;
        let field = config.and_then(|c| c.field(key.trim())).ok_or_else(|| {
            let keys: Vec<&str> = config.map(|c| c.fields.iter().map(|f| f.key.as_str()).collect()).unwrap_or_default();
            DiaryFailure::Usage(ui.detail_unknown.fill(&[
                ("detail", &detail),
                ("key", &format!("{:?}", key.trim())),
                ("keys", &keys.join(", ")),
            ]))
        })?;
        let value = field
            .parse_value(value)
            .map_err(|e| DiaryFailure::Usage(ui.detail_problem.fill(&[("problem", &e.say(said))])))?;
        values.insert(field.key.clone(), value);
    }
    // One line, as the form takes it: a tab, a line break or an escape
    // typed into the command line is a space.
    let note = note.map(|n| one_line(n).trim().to_string()).filter(|n| !n.is_empty());
    Ok(NewCramp { started, duration: length, details: values, note })
}

/// "Recorded cramp 3: began 2026-11-26 03:10, lasted 2:00 (2 minutes).",
/// then, past the guide's threshold, the advice the cramp screen gives.
fn added_note(id: i64, entry: &NewCramp, typed: &str, guide: &Guide) -> String {
    let ui = &guide.ui.diary_cli;
    let started = entry.started.format("%Y-%m-%d %H:%M");
    let length = elapsed_text(entry.duration);
    let said: [(&str, &dyn Display); 3] = [("id", &id), ("started", &started), ("length", &length)];
    let minutes = typed.trim();
    let recorded = if !diary::is_bare_number(minutes) {
        ui.recorded.fill(&said)
    } else if let Ok(n) = minutes.parse::<usize>() {
        ui.recorded_minutes.count(n, &said)
    } else {
        // A fraction of a minute ("1.5") takes the form for many.
        ui.recorded_minutes.fill(&[&said[..], &[("n", &minutes as &dyn Display)]].concat())
    };
    let mut note = format!("{recorded}\n");
    if let Some((e, level)) = guide.cramp_advice(entry.duration) {
        let advice = ui.advice.fill(&[("level", &level), ("after", &elapsed_text(e.after)), ("say", &e.say.trim())]);
        let _ = writeln!(note, "{advice}");
        for source in &e.sources {
            let _ = writeln!(note, "{}", ui.source.fill(&[("title", &source.title), ("url", &source.url)]));
        }
    }
    note
}

fn list_text(cramps: &[Cramp], config: Option<&DiaryConfig>, ui: &groups::diary_cli) -> String {
    if cramps.is_empty() {
        let timer = global_key(Global::CrampNow);
        let save = key_label(Scope::CrampNow, Action::CrampStopped);
        return format!("{}\n", ui.list_empty.fill(&[("timer", &timer), ("save", &save)]));
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
            // A note may hold line breaks (an import), or escapes.
            let _ = write!(out, "  \u{2014} {}", one_line(note));
        }
        out.push('\n');
    }
    out
}

fn stats_text(s: &Stats, config: Option<&DiaryConfig>, now: DateTime<FixedOffset>, all: &UiText) -> String {
    let ui = &all.diary_cli;
    let mut out = String::new();
    let _ = writeln!(out, "{}", ui.stats_total.fill(&[("total", &s.total)]));
    let recent =
        ui.stats_recent.fill(&[("last_7", &s.last_7_days), ("last_30", &s.last_30_days), ("last_90", &s.last_90_days)]);
    let _ = writeln!(out, "{recent}");
    if let Some(m) = s.median {
        let _ = writeln!(out, "{}", ui.stats_median.fill(&[("length", &elapsed_text(m))]));
    }
    if let Some((d, at)) = s.longest {
        let _ = writeln!(
            out,
            "{}",
            ui.stats_longest.fill(&[("length", &elapsed_text(d)), ("date", &at.format("%Y-%m-%d"))])
        );
    }
    if let Some((night, all)) = s.at_night.filter(|(_, all)| *all > 0) {
        let _ = writeln!(out, "{}", ui.stats_at_night.fill(&[("night", &night), ("all", &all)]));
    }
    if let Some(config) = config {
        for detail in &s.details {
            if let Some(f) = config.field(&detail.key) {
                let _ = writeln!(out, "{}", detail.line(f, (&*all.diary).into()));
            }
        }
    }
    let weekly = ui.stats_weekly.fill(&[("weeks", &WEEKS), ("date", &now.format("%Y-%m-%d"))]);
    let _ = writeln!(out, "\n{weekly}");
    let counts: Vec<String> = s.weekly.iter().map(usize::to_string).collect();
    let _ = writeln!(out, "{}", counts.join(" "));
    out
}
