//! Turns what serde read into the checked model, collecting every problem
//! (not just the first) with its place in the file.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use super::error::{Location, Problem};
use super::model::*;
use super::raw::*;

/// The longest a single phase, hold or lead-in may last.
const MAX_PHASE_SECONDS: f64 = 3600.0;
/// The longest a whole routine may last.
const MAX_ROUTINE: Duration = Duration::from_secs(4 * 3600);
/// Body weights outside this range (in pounds) are not a person's.
const WEIGHT_RANGE_LB: (f64, f64) = (1.0, 1500.0);
/// Keys 1-9 select a tab, so there can be no more.
const MAX_TABS: usize = 9;
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
    pub fn report(&mut self, path: &str, message: impl Into<String>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let span = span_of(self.doc, path);
        self.problems.push(Problem::new(path, message).at(self.text, span));
    }

    /// The line where the value at `path` is written, if it is in the file.
    fn line_of(&self, path: &str) -> Option<usize> {
        span_of(self.doc, path).map(|span| Location::of_span(self.text, span).line)
    }

    fn finish<T>(mut self, value: T) -> Result<T, Vec<Problem>> {
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

/// Checks everything and builds the model, or returns every problem found.
pub fn validate(raw: RawGuide, text: &str, doc: &DeTable<'_>) -> Result<Guide, Vec<Problem>> {
    let mut c = Checker { text, doc, problems: Vec::new(), more: 0 };
    c.text("title", &raw.title);
    c.text("disclaimer", &raw.disclaimer);
    let source = c.source("source", raw.source);
    if raw.tabs.is_empty() {
        c.report("tabs", "a guide needs at least one tab ([[tabs]])");
    }
    if raw.tabs.len() > MAX_TABS {
        c.report(
            &format!("tabs[{MAX_TABS}]"),
            format!(
                "a guide has at most {MAX_TABS} tabs (keys 1-{MAX_TABS} select them); this file has {}",
                raw.tabs.len()
            ),
        );
    }
    let tabs: Vec<Tab> = raw.tabs.into_iter().enumerate().map(|(i, t)| tab(&mut c, &format!("tabs[{i}]"), t)).collect();
    let cramp_now = raw.cramp_now.map(|r| cramp_now(&mut c, r));
    let guide = Guide { title: raw.title, disclaimer: raw.disclaimer, source, tabs, cramp_now };
    cross_check(&mut c, &guide);
    c.finish(guide)
}

fn tab(c: &mut Checker, path: &str, t: RawTab) -> Tab {
    check_id(c, &format!("{path}.id"), &t.id);
    c.text(&format!("{path}.title"), &t.title);
    if let Some(intro) = &t.intro {
        c.text(&format!("{path}.intro"), intro);
    }
    let kind = match t.kind {
        TabKind::Topics => "topics tab",
        TabKind::Coach => "coach tab",
        TabKind::Triage => "triage tab",
        TabKind::Hydration => "hydration tab",
    };
    if t.kind != TabKind::Topics {
        c.not_here(&format!("{path}.entries"), &t.entries, kind);
    }
    if t.kind != TabKind::Coach {
        c.not_here(&format!("{path}.routines"), &t.routines, kind);
    }
    if t.kind != TabKind::Triage {
        c.not_here(&format!("{path}.levels"), &t.levels, kind);
        c.not_here(&format!("{path}.self_care"), &t.self_care, kind);
        c.not_here(&format!("{path}.signs"), &t.signs, kind);
    }
    if t.kind != TabKind::Hydration {
        c.not_here(&format!("{path}.plan"), &t.plan, kind);
    }
    let body = match t.kind {
        TabKind::Topics => {
            let entries = non_empty(c, path, "entries", t.entries, "at least one entry ([[tabs.entries]])");
            TabBody::Topics(
                entries.into_iter().enumerate().map(|(i, e)| entry(c, &format!("{path}.entries[{i}]"), e)).collect(),
            )
        }
        TabKind::Coach => {
            let routines = non_empty(c, path, "routines", t.routines, "at least one routine ([[tabs.routines]])");
            TabBody::Coach(
                routines
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| super::validate_coach::routine(c, &format!("{path}.routines[{i}]"), r))
                    .collect(),
            )
        }
        TabKind::Triage => TabBody::Triage(triage(c, path, t.levels, t.self_care, t.signs)),
        TabKind::Hydration => match t.plan {
            Some(plan) => TabBody::Hydration(hydration(c, &format!("{path}.plan"), plan)),
            None => {
                c.report(path, "a hydration tab needs a plan ([tabs.plan])");
                TabBody::Hydration(HydrationPlan {
                    default_weight_lb: 0.0,
                    min_weight_lb: 0.0,
                    max_weight_lb: 0.0,
                    amounts: Vec::new(),
                    caution: String::new(),
                    sources: Vec::new(),
                })
            }
        },
    };
    Tab { id: t.id, title: t.title, intro: t.intro, body }
}

fn non_empty<T>(c: &mut Checker, path: &str, key: &str, items: Option<Vec<T>>, what: &str) -> Vec<T> {
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

fn entry(c: &mut Checker, path: &str, e: RawEntry) -> Entry {
    check_id(c, &format!("{path}.id"), &e.id);
    c.text(&format!("{path}.title"), &e.title);
    c.text(&format!("{path}.summary"), &e.summary);
    c.text(&format!("{path}.body"), &e.body);
    c.texts(&format!("{path}.synonyms"), &e.synonyms);
    let sources = c.sources(&format!("{path}.sources"), e.sources, true);
    Entry {
        id: e.id,
        title: e.title,
        summary: e.summary,
        body: e.body,
        sources,
        related: e.related,
        synonyms: e.synonyms,
    }
}

fn level(c: &mut Checker, path: &str, l: RawLevel) -> Level {
    check_id(c, &format!("{path}.id"), &l.id);
    c.text(&format!("{path}.title"), &l.title);
    c.text(&format!("{path}.advice"), &l.advice);
    Level { id: l.id, title: l.title, advice: l.advice }
}

fn triage(
    c: &mut Checker,
    path: &str,
    levels: Option<Vec<RawLevel>>,
    self_care: Option<RawLevel>,
    signs: Option<Vec<RawSign>>,
) -> Triage {
    let levels: Vec<Level> = non_empty(c, path, "levels", levels, "at least one level ([[tabs.levels]])")
        .into_iter()
        .enumerate()
        .map(|(i, l)| level(c, &format!("{path}.levels[{i}]"), l))
        .collect();
    let self_care = match self_care {
        Some(l) => level(c, &format!("{path}.self_care"), l),
        None => {
            c.report(path, "a triage tab needs `self_care`, the verdict when nothing is ticked");
            Level { id: String::new(), title: String::new(), advice: String::new() }
        }
    };
    let signs = non_empty(c, path, "signs", signs, "at least one warning sign ([[tabs.signs]])");
    let signs = signs
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let p = format!("{path}.signs[{i}]");
            check_id(c, &format!("{p}.id"), &s.id);
            if !levels.iter().any(|l| l.id == s.level) {
                let known: Vec<&str> = levels.iter().map(|l| l.id.as_str()).collect();
                c.report(
                    &format!("{p}.level"),
                    format!("unknown level {:?}; this tab's levels are {}", s.level, known.join(", ")),
                );
            }
            c.text(&format!("{p}.question"), &s.question);
            c.text(&format!("{p}.why"), &s.why);
            c.texts(&format!("{p}.synonyms"), &s.synonyms);
            Sign {
                sources: c.sources(&format!("{p}.sources"), s.sources, true),
                id: s.id,
                level: s.level,
                question: s.question,
                why: s.why,
                synonyms: s.synonyms,
            }
        })
        .collect();
    Triage { levels, self_care, signs }
}

fn hydration(c: &mut Checker, path: &str, p: RawPlan) -> HydrationPlan {
    let (lo, hi) = WEIGHT_RANGE_LB;
    for (key, v) in [
        ("min_weight_lb", p.min_weight_lb),
        ("default_weight_lb", p.default_weight_lb),
        ("max_weight_lb", p.max_weight_lb),
    ] {
        if !v.is_finite() || !(lo..=hi).contains(&v) {
            c.report(&format!("{path}.{key}"), format!("must be a weight from {lo} to {hi} lb, found {v}"));
        }
    }
    if p.min_weight_lb > p.max_weight_lb {
        c.report(
            &format!("{path}.min_weight_lb"),
            format!(
                "min_weight_lb ({}) is above max_weight_lb ({}); the smallest weight must come first",
                p.min_weight_lb, p.max_weight_lb
            ),
        );
    } else if !(p.min_weight_lb <= p.default_weight_lb && p.default_weight_lb <= p.max_weight_lb) {
        c.report(&format!("{path}.default_weight_lb"), "must lie between min_weight_lb and max_weight_lb");
    }
    c.text(&format!("{path}.caution"), &p.caution);
    let sources = c.sources(&format!("{path}.sources"), p.sources, true);
    if p.amounts.is_empty() {
        c.report(&format!("{path}.amounts"), "a plan needs at least one amount ([[tabs.plan.amounts]])");
    }
    let amounts =
        p.amounts.into_iter().enumerate().map(|(i, a)| amount(c, &format!("{path}.amounts[{i}]"), a)).collect();
    HydrationPlan {
        default_weight_lb: p.default_weight_lb,
        min_weight_lb: p.min_weight_lb,
        max_weight_lb: p.max_weight_lb,
        amounts,
        caution: p.caution,
        sources,
    }
}

fn amount(c: &mut Checker, path: &str, a: RawAmount) -> Amount {
    c.text(&format!("{path}.label"), &a.label);
    c.text(&format!("{path}.when"), &a.when);
    if let Some(note) = &a.note {
        c.text(&format!("{path}.note"), note);
    }
    let quantity = match (a.oz_per_lb, a.oz_min) {
        (Some(ratio), None) => {
            c.not_here(&format!("{path}.oz_max"), &a.oz_max, "per-pound amount");
            Quantity::PerPound { oz_per_lb: c.amount(&format!("{path}.oz_per_lb"), ratio, 5.0) }
        }
        (None, Some(min)) => {
            let min_oz = c.amount(&format!("{path}.oz_min"), min, 1000.0);
            let max_oz = a.oz_max.map_or(min_oz, |m| c.amount(&format!("{path}.oz_max"), m, 1000.0));
            if max_oz < min_oz {
                c.report(&format!("{path}.oz_max"), "must not be below oz_min");
            }
            Quantity::Fixed { min_oz, max_oz }
        }
        _ => {
            c.report(path, "give exactly one of `oz_per_lb` (a ratio) or `oz_min` (a fixed amount)");
            Quantity::Fixed { min_oz: 0.0, max_oz: 0.0 }
        }
    };
    Amount { label: a.label, when: a.when, quantity, note: a.note }
}

fn cramp_now(c: &mut Checker, r: RawCrampNow) -> CrampNow {
    c.text("cramp_now.title", &r.title);
    if r.steps.is_empty() {
        c.report("cramp_now.steps", "needs at least one step");
    }
    c.texts("cramp_now.steps", &r.steps);
    let mut previous = 0.0;
    let escalations = r
        .escalations
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let p = format!("cramp_now.escalations[{i}]");
            let minutes = e.after_minutes;
            let after = if !minutes.is_finite() || minutes <= 0.0 || minutes > 24.0 * 60.0 {
                c.report(
                    &format!("{p}.after_minutes"),
                    format!("must be minutes above 0 and at most 1440, found {minutes}"),
                );
                Duration::ZERO
            } else {
                if minutes <= previous {
                    c.report(&format!("{p}.after_minutes"), "escalations must be in order, earliest first");
                }
                previous = minutes;
                Duration::from_secs_f64(minutes * 60.0)
            };
            c.text(&format!("{p}.say"), &e.say);
            Escalation {
                after,
                level: e.level,
                say: e.say,
                sources: c.sources(&format!("{p}.sources"), e.sources, true),
            }
        })
        .collect();
    CrampNow { title: r.title, steps: r.steps, routine: r.routine, watch: r.watch, escalations }
}

/// Checks that span tabs: unique ids and references that resolve.
fn cross_check(c: &mut Checker, guide: &Guide) {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut claim = |c: &mut Checker, id: &str, path: String| {
        if id.is_empty() {
            return;
        }
        match seen.get(id) {
            Some(first) => {
                let line = c.line_of(first).map(|l| format!(" on line {l}")).unwrap_or_default();
                c.report(
                    &path,
                    format!(
                        "duplicate id {id:?}: already used by {first}{line}; ids must be unique in the whole guide"
                    ),
                );
            }
            None => {
                seen.insert(id.to_string(), path);
            }
        }
    };
    for (t, tab) in guide.tabs.iter().enumerate() {
        claim(c, &tab.id, format!("tabs[{t}].id"));
        match &tab.body {
            TabBody::Topics(entries) => {
                for (i, e) in entries.iter().enumerate() {
                    claim(c, &e.id, format!("tabs[{t}].entries[{i}].id"));
                }
            }
            TabBody::Coach(routines) => {
                for (i, r) in routines.iter().enumerate() {
                    claim(c, &r.id, format!("tabs[{t}].routines[{i}].id"));
                }
            }
            TabBody::Triage(tr) => {
                for (i, l) in tr.levels.iter().enumerate() {
                    claim(c, &l.id, format!("tabs[{t}].levels[{i}].id"));
                }
                claim(c, &tr.self_care.id, format!("tabs[{t}].self_care.id"));
                for (i, s) in tr.signs.iter().enumerate() {
                    claim(c, &s.id, format!("tabs[{t}].signs[{i}].id"));
                }
            }
            TabBody::Hydration(_) => {}
        }
    }
    let targets: HashSet<&str> = guide
        .tabs
        .iter()
        .flat_map(|tab| match &tab.body {
            TabBody::Topics(entries) => entries.iter().map(|e| e.id.as_str()).collect(),
            TabBody::Coach(routines) => routines.iter().map(|r| r.id.as_str()).collect(),
            _ => Vec::new(),
        })
        .collect();
    for (t, tab) in guide.tabs.iter().enumerate() {
        if let TabBody::Topics(entries) = &tab.body {
            for (i, e) in entries.iter().enumerate() {
                for (k, id) in e.related.iter().enumerate() {
                    let path = format!("tabs[{t}].entries[{i}].related[{k}]");
                    if id == &e.id {
                        c.report(&path, "an entry cannot be related to itself");
                    } else if !targets.contains(id.as_str()) {
                        c.report(&path, format!("no entry or routine has the id {id:?}"));
                    }
                }
            }
        }
    }
    if let Some(now) = &guide.cramp_now {
        if let Some(id) = &now.routine
            && guide.find_routine(id).is_none()
        {
            c.report("cramp_now.routine", format!("no coach routine has the id {id:?}"));
        }
        let triage = guide.triage().map(|(_, t)| t);
        for (k, id) in now.watch.iter().enumerate() {
            if !triage.is_some_and(|t| t.signs.iter().any(|s| &s.id == id)) {
                c.report(&format!("cramp_now.watch[{k}]"), format!("no warning sign has the id {id:?}"));
            }
        }
        for (k, e) in now.escalations.iter().enumerate() {
            if !triage.is_some_and(|t| t.levels.iter().any(|l| l.id == e.level)) {
                c.report(
                    &format!("cramp_now.escalations[{k}].level"),
                    format!("no triage level has the id {:?}", e.level),
                );
            }
        }
    }
    for (t, tab) in guide.tabs.iter().enumerate() {
        if let TabBody::Coach(routines) = &tab.body {
            for (i, r) in routines.iter().enumerate() {
                let total = super::validate_coach::routine_length(r);
                if total > MAX_ROUTINE {
                    c.report(
                        &format!("tabs[{t}].routines[{i}]"),
                        format!("lasts {} min; a routine may last at most 4 hours", total.as_secs() / 60),
                    );
                }
            }
        }
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
