//! Checks the `[diary]` table: detail fields with unique keys and choices
//! that can each be picked with one key, a night window of real hours, and
//! hints that name real warning signs and known facts.

use std::collections::HashSet;

use super::checker::{Checker, check_id};
use super::diary::{Choice, DetailField, DetailKind, DiaryConfig, DiaryFact, SignHint};
use super::model::{Tab, TabBody};
use super::raw::{RawDiary, RawField};

/// Column names of the export that a detail key may not take.
const RESERVED_KEYS: [&str; 4] = ["id", "started_at", "duration_seconds", "note"];
/// Keys the detail prompt keeps for itself.
const RESERVED_CHOICE_KEYS: [char; 2] = ['q', '?'];

pub(super) fn diary(c: &mut Checker, r: RawDiary, tabs: &[Tab]) -> DiaryConfig {
    for (key, hour) in [("night_from", r.night_from), ("night_to", r.night_to)] {
        if hour > 23 {
            c.report(&format!("diary.{key}"), format!("must be an hour from 0 to 23, found {hour}"));
        }
    }
    if r.night_from == r.night_to {
        c.report("diary.night_to", "must differ from night_from (the night window would be empty)");
    }
    let mut keys = HashSet::new();
    let fields: Vec<DetailField> = r
        .fields
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let path = format!("diary.fields[{i}]");
            if !keys.insert(f.key.clone()) {
                c.report(&format!("{path}.key"), format!("detail key {:?} is used twice", f.key));
            }
            field(c, &path, f)
        })
        .collect();
    let signs: Vec<&str> = tabs
        .iter()
        .flat_map(|t| match &t.body {
            TabBody::Triage(triage) => triage.signs.iter().map(|s| s.id.as_str()).collect(),
            _ => Vec::new(),
        })
        .collect();
    let hints = r
        .hints
        .into_iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let path = format!("diary.hints[{i}]");
            if !signs.contains(&h.sign.as_str()) {
                c.report(&format!("{path}.sign"), format!("no warning sign has the id {:?}", h.sign));
            }
            match DiaryFact::from_name(&h.fact) {
                Some(fact) => Some(SignHint { sign: h.sign, fact }),
                None => {
                    let names: Vec<&str> = DiaryFact::NAMES.iter().map(|(n, _)| *n).collect();
                    c.report(
                        &format!("{path}.fact"),
                        format!("expected one of {}, found {:?}", names.join(", "), h.fact),
                    );
                    None
                }
            }
        })
        .collect();
    DiaryConfig { fields, night_from: r.night_from, night_to: r.night_to, hints }
}

fn field(c: &mut Checker, path: &str, f: RawField) -> DetailField {
    check_id(c, &format!("{path}.key"), &f.key);
    if RESERVED_KEYS.contains(&f.key.as_str()) {
        c.report(&format!("{path}.key"), format!("{:?} is an export column of its own; choose another key", f.key));
    }
    c.text(&format!("{path}.label"), &f.label);
    let kind = match f.kind.as_str() {
        "choice" => {
            c.not_here(&format!("{path}.min"), &f.min, "choice field");
            c.not_here(&format!("{path}.max"), &f.max, "choice field");
            DetailKind::Choice(choices(c, path, f.choices.unwrap_or_default()))
        }
        "scale" => {
            c.not_here(&format!("{path}.choices"), &f.choices, "scale field");
            let (min, max) = (f.min.unwrap_or(0), f.max.unwrap_or(0));
            if f.max.is_none() || min >= max || max > 1000 {
                c.report(&format!("{path}.max"), "a scale needs whole numbers min < max <= 1000");
            }
            DetailKind::Scale { min, max }
        }
        other => {
            c.report(&format!("{path}.kind"), format!("expected \"choice\" or \"scale\", found {other:?}"));
            DetailKind::Choice(Vec::new())
        }
    };
    DetailField { key: f.key, label: f.label, kind }
}

fn choices(c: &mut Checker, path: &str, raw: Vec<super::raw::RawChoice>) -> Vec<Choice> {
    if raw.len() < 2 {
        c.report(&format!("{path}.choices"), "a choice field needs at least two choices");
    }
    let mut keys = HashSet::new();
    let mut values = HashSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, ch)| {
            let p = format!("{path}.choices[{i}]");
            let mut chars = ch.key.chars();
            let key = match (chars.next(), chars.next()) {
                (Some(k), None) if k.is_ascii_alphanumeric() && !RESERVED_CHOICE_KEYS.contains(&k) => k,
                _ => {
                    c.report(&format!("{p}.key"), format!("must be one letter or digit (not q), found {:?}", ch.key));
                    '\0'
                }
            };
            if key != '\0' && !keys.insert(key) {
                c.report(&format!("{p}.key"), format!("key {key:?} picks two choices"));
            }
            c.text(&format!("{p}.value"), &ch.value);
            c.text(&format!("{p}.label"), &ch.label);
            if !values.insert(ch.value.clone()) {
                c.report(&format!("{p}.value"), format!("value {:?} is used twice", ch.value));
            }
            let means = match ch.means.as_deref() {
                None => None,
                Some("yes") => Some(true),
                Some("no") => Some(false),
                Some(other) => {
                    c.report(&format!("{p}.means"), format!("must be \"yes\" or \"no\", found {other:?}"));
                    None
                }
            };
            Choice { key, value: ch.value, label: ch.label, means }
        })
        .collect()
}
