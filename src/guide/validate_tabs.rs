//! Checks per kind of tab (topics, triage, hydration) and for the cramp-now
//! card. Coach routines are checked in `validate_coach`.

use std::time::Duration;

use super::checker::{Checker, check_id, non_empty};
use super::model::{
    Amount, CrampNow, Deferred, Entry, Escalation, HydrationPlan, Level, Quantity, Sign, SignAction, Tab, TabBody,
    Triage,
};
use super::raw::{RawAmount, RawCrampNow, RawEntry, RawLevel, RawPlan, RawSign, RawTab, TabKind};

/// Body weights outside this range (in pounds) are not a person's.
const WEIGHT_RANGE_LB: (f64, f64) = (1.0, 1500.0);
/// The largest daily ceiling a plan may set, in ounces (about 10 litres).
const MAX_OZ_PER_DAY: f64 = 340.0;

pub(super) fn tab(c: &mut Checker, path: &str, t: RawTab) -> Tab {
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
        c.not_here(&format!("{path}.cues"), &t.cues, kind);
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
            let cues = super::validate_coach::cue_words(c, &format!("{path}.cues"), t.cues.unwrap_or_default());
            TabBody::Coach(
                routines
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| super::validate_coach::routine(c, &format!("{path}.routines[{i}]"), r, &cues))
                    .collect(),
            )
        }
        TabKind::Triage => TabBody::Triage(triage(c, path, t.levels, t.self_care, t.signs).into()),
        TabKind::Hydration => match t.plan {
            Some(plan) => TabBody::Hydration(hydration(c, &format!("{path}.plan"), plan).into()),
            None => {
                c.report(path, "a hydration tab needs a plan ([tabs.plan])");
                TabBody::Hydration(Deferred::from(HydrationPlan {
                    default_weight_lb: 0.0,
                    min_weight_lb: 0.0,
                    max_weight_lb: 0.0,
                    max_oz_per_day: 0.0,
                    amounts: Vec::new(),
                    caution: String::new(),
                    sources: Vec::new(),
                }))
            }
        },
    };
    Tab { id: t.id, title: t.title, intro: t.intro, body }
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
            let action = s.action.map(|a| {
                c.text(&format!("{p}.action.title"), &a.title);
                c.text(&format!("{p}.action.advice"), &a.advice);
                SignAction { title: a.title, advice: a.advice }
            });
            Sign {
                sources: c.sources(&format!("{p}.sources"), s.sources, true),
                id: s.id,
                level: s.level,
                question: s.question,
                why: s.why,
                synonyms: s.synonyms,
                action,
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
    let max_oz_per_day = c.amount(&format!("{path}.max_oz_per_day"), p.max_oz_per_day, MAX_OZ_PER_DAY);
    c.text(&format!("{path}.caution"), &p.caution);
    let sources = c.sources(&format!("{path}.sources"), p.sources, true);
    if p.amounts.is_empty() {
        c.report(&format!("{path}.amounts"), "a plan needs at least one amount ([[tabs.plan.amounts]])");
    }
    let amounts: Vec<Amount> =
        p.amounts.into_iter().enumerate().map(|(i, a)| amount(c, &format!("{path}.amounts[{i}]"), a)).collect();
    for (i, a) in amounts.iter().enumerate() {
        if let Quantity::Fixed { max_oz, .. } = a.quantity
            && max_oz > max_oz_per_day
        {
            c.report(
                &format!("{path}.amounts[{i}]"),
                format!("{max_oz} oz is more than the plan's daily ceiling, max_oz_per_day ({max_oz_per_day})"),
            );
        }
    }
    HydrationPlan {
        default_weight_lb: p.default_weight_lb,
        min_weight_lb: p.min_weight_lb,
        max_weight_lb: p.max_weight_lb,
        max_oz_per_day,
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

pub(super) fn cramp_now(c: &mut Checker, r: RawCrampNow) -> CrampNow {
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
