//! The `Checker` that collects every problem of a guide file with its place
//! in the file, and the small checks shared by every kind of tab.

use std::time::Duration;

use toml::de::{DeTable, DeValue};

use super::error::{Location, Problem};
use super::model::Source;
use super::raw::RawSource;

/// The longest a single phase, hold or lead-in may last.
const MAX_PHASE_SECONDS: f64 = 3600.0;
/// After this many problems the rest are only counted: a broken generated
/// file must not flood the screen (or take long to locate every mistake).
const MAX_PROBLEMS: usize = 100;

/// Collects problems with their spans.
pub(super) struct Checker<'a> {
    text: &'a str,
    doc: &'a DeTable<'a>,
    pub problems: Vec<Problem>,
    /// Problems found beyond `MAX_PROBLEMS`, counted but not kept.
    more: usize,
}

impl<'a> Checker<'a> {
    pub fn new(text: &'a str, doc: &'a DeTable<'a>) -> Checker<'a> {
        Checker { text, doc, problems: Vec::new(), more: 0 }
    }

    pub fn report(&mut self, path: &str, message: impl Into<String>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let span = span_of(self.doc, path);
        self.problems.push(Problem::new(path, message).at(self.text, span));
    }

    /// The line where the value at `path` is written, if it is in the file.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        span_of(self.doc, path).map(|span| Location::of_span(self.text, span).line)
    }

    pub fn finish<T>(mut self, value: T) -> Result<T, Vec<Problem>> {
        if self.problems.is_empty() {
            return Ok(value);
        }
        // In file order, so they read top to bottom like the file.
        self.problems.sort_by_key(|p| p.location.as_ref().map(|l| (l.line, l.column)));
        if self.more > 0 {
            self.problems.push(Problem::more(self.problems.len(), self.more));
        }
        Err(self.problems)
    }

    pub fn text(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(path, "must not be empty");
        }
    }

    pub fn texts(&mut self, path: &str, values: &[String]) {
        for (i, value) in values.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), value);
        }
    }

    pub fn url(&mut self, path: &str, url: &str) {
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        match rest {
            Some(host) if !host.is_empty() && !host.starts_with('/') && !url.chars().any(char::is_whitespace) => {}
            _ => self.report(path, format!("expected an http:// or https:// URL, found {url:?}")),
        }
    }

    pub fn sources(&mut self, path: &str, sources: Vec<RawSource>, required: bool) -> Vec<Source> {
        if required && sources.is_empty() {
            self.report(path, "needs at least one source (a title and an http(s) URL)");
        }
        sources.into_iter().enumerate().map(|(i, s)| self.source(&format!("{path}[{i}]"), s)).collect()
    }

    pub fn source(&mut self, path: &str, s: RawSource) -> Source {
        self.text(&format!("{path}.title"), &s.title);
        self.url(&format!("{path}.url"), &s.url);
        Source { title: s.title, url: s.url }
    }

    /// Seconds to a duration: finite, above zero, at most an hour.
    pub fn seconds(&mut self, path: &str, seconds: f64) -> Duration {
        if !seconds.is_finite() || seconds <= 0.0 {
            self.report(path, format!("must be a number of seconds above zero, found {seconds}"));
            Duration::ZERO
        } else if seconds > MAX_PHASE_SECONDS {
            self.report(path, format!("{seconds} s is over the limit of {MAX_PHASE_SECONDS} s (one hour)"));
            Duration::ZERO
        } else {
            Duration::from_secs_f64(seconds)
        }
    }

    pub fn count(&mut self, path: &str, value: Option<i64>, default: u32) -> u32 {
        match value {
            None => default,
            Some(n) if (1..=10_000).contains(&n) => n as u32,
            Some(n) => {
                self.report(path, format!("must be a whole number from 1 to 10000, found {n}"));
                default
            }
        }
    }

    /// A positive, finite amount no larger than `max`.
    pub fn amount(&mut self, path: &str, value: f64, max: f64) -> f64 {
        if !value.is_finite() || value <= 0.0 || value > max {
            self.report(path, format!("must be a number above 0 and at most {max}, found {value}"));
        }
        value
    }

    pub fn not_here<T>(&mut self, path: &str, value: &Option<T>, kind: &str) {
        if value.is_some() {
            self.report(path, format!("is not used by a {kind}; remove it or change `kind`"));
        }
    }
}

pub(super) fn non_empty<T>(c: &mut Checker, path: &str, key: &str, items: Option<Vec<T>>, what: &str) -> Vec<T> {
    let items = items.unwrap_or_default();
    if items.is_empty() {
        // Point at `entries = []` when it is written, else at the tab.
        let at = if written(c.doc, &format!("{path}.{key}")) { format!("{path}.{key}") } else { path.to_string() };
        c.report(&at, format!("this tab has no items; it needs {what}"));
    }
    items
}

pub(super) fn check_id(c: &mut Checker, path: &str, id: &str) {
    let ok =
        !id.is_empty() && id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_');
    if !ok {
        c.report(path, format!("an id is lowercase letters, digits, '-' and '_' only, found {id:?}"));
    }
}

/// Whether the value at `path` is written in the file (not just its table).
fn written(doc: &DeTable<'_>, path: &str) -> bool {
    lookup(doc, path).1
}

/// The span of the value at `path` (`tabs[1].entries[0].id`), or of the
/// nearest enclosing value that exists.
pub(super) fn span_of(doc: &DeTable<'_>, path: &str) -> Option<std::ops::Range<usize>> {
    lookup(doc, path).0
}

/// The span of the value at `path` or its nearest enclosing value, and
/// whether the whole path was found.
fn lookup(doc: &DeTable<'_>, path: &str) -> (Option<std::ops::Range<usize>>, bool) {
    let mut best = None;
    let mut value: Option<&DeValue<'_>> = None;
    for part in path.split('.') {
        let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
        let table = match value {
            None => doc,
            Some(v) => match v.as_table() {
                Some(t) => t,
                None => return (best, false),
            },
        };
        let Some(found) = table.get(key) else {
            return (best, false);
        };
        best = Some(found.span());
        value = Some(found.get_ref());
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            let Some(item) = index.trim_end_matches(']').parse::<usize>().ok().and_then(|i| value?.as_array()?.get(i))
            else {
                return (best, false);
            };
            best = Some(item.span());
            value = Some(item.get_ref());
        }
    }
    (best, true)
}
