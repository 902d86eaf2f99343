//! Checks that span tabs: ids unique in the whole guide, references that
//! resolve, and the length of each routine.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use super::checker::Checker;
use super::model::{Guide, TabBody};

/// The longest a whole routine may last.
const MAX_ROUTINE: Duration = Duration::from_secs(4 * 3600);

/// Checks that span tabs: unique ids and references that resolve.
pub(super) fn cross_check(c: &mut Checker, guide: &Guide) {
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
    let targets: HashSet<&str> = guide.item_ids().into_iter().collect();
    for (t, tab) in guide.tabs.iter().enumerate() {
        if let TabBody::Topics(entries) = &tab.body {
            for (i, e) in entries.iter().enumerate() {
                for (k, id) in e.related.iter().enumerate() {
                    let path = format!("tabs[{t}].entries[{i}].related[{k}]");
                    if id == &e.id {
                        c.report(&path, "an entry cannot be related to itself");
                    } else if !targets.contains(id.as_str()) {
                        c.report(&path, format!("no entry, routine or warning sign has the id {id:?}"));
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
                let total = r.length();
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
