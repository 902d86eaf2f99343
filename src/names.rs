//! Finding what a person names on the command line: a tab by id, number,
//! title or any one word of its title; an entry, routine or warning sign by
//! id in any case; a routine also by a word of its title when only one has
//! it. What is not found gets the nearest names as "did you mean".

use crate::guide::model::{Guide, TabBody};
use crate::search::normalize;

/// A tab by id, number (1-based), title, or a word of its title found in
/// one tab only.
pub fn find_tab(guide: &Guide, name: &str) -> Option<usize> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let tabs = &guide.tabs;
    let wanted = normalize(name);
    tabs.iter()
        .position(|t| t.id.eq_ignore_ascii_case(name))
        .or_else(|| name.parse::<usize>().ok().filter(|n| (1..=tabs.len()).contains(n)).map(|n| n - 1))
        .or_else(|| tabs.iter().position(|t| normalize(&t.title) == wanted))
        .or_else(|| only_one(tabs.iter().map(|t| has_word(&t.title, &wanted))))
}

/// Whether `name` names the app's own Diary tab (shown after the guide's
/// tabs, key 0, when the guide has a `[diary]` table): "diary" in any case,
/// or "0".
pub fn names_diary_tab(guide: &Guide, name: &str) -> bool {
    let name = name.trim();
    guide.diary.is_some() && (name == "0" || normalize(name) == "diary")
}

/// A routine by id in any case, or by a word of its title found in one
/// routine only: (tab, routine).
pub fn find_routine(guide: &Guide, name: &str) -> Option<(usize, usize)> {
    if let Some(found) = guide.find_routine(name) {
        return Some(found);
    }
    let routines: Vec<(usize, usize, &str, &str)> = guide
        .tabs
        .iter()
        .enumerate()
        .flat_map(|(t, tab)| match &tab.body {
            TabBody::Coach(rs) => rs.iter().enumerate().map(|(i, r)| (t, i, r.id.as_str(), r.title.as_str())).collect(),
            _ => Vec::new(),
        })
        .collect();
    let wanted = normalize(name);
    if let Some(&(t, i, _, _)) =
        routines.iter().find(|r| r.2.eq_ignore_ascii_case(name.trim()) || normalize(r.3) == wanted)
    {
        return Some((t, i));
    }
    only_one(routines.iter().map(|r| has_word(r.3, &wanted))).map(|k| (routines[k].0, routines[k].1))
}

/// An entry, routine or warning sign by id in any case: (tab, item).
pub fn find_item(guide: &Guide, id: &str) -> Option<(usize, usize)> {
    let id = id.trim();
    if let Some((t, i, _)) = guide.find_item(id) {
        return Some((t, i));
    }
    let exact = item_ids(guide).into_iter().find(|known| known.eq_ignore_ascii_case(id))?;
    guide.find_item(exact).map(|(t, i, _)| (t, i))
}

/// Every entry, routine and warning-sign id, in guide order.
pub fn item_ids(guide: &Guide) -> Vec<&str> {
    guide.item_ids()
}

/// Up to three known names nearest to `name`: those it starts, contains or
/// is a word of first, then those within a few edits.
pub fn suggest<'a>(name: &str, known: &[&'a str]) -> Vec<&'a str> {
    let wanted = normalize(name);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'a str)> = known
        .iter()
        .filter_map(|&k| {
            let n = normalize(k);
            let near = 2 + wanted.chars().count() / 6;
            let distance = strsim::damerau_levenshtein(&wanted, &n);
            // A slip in one word of a longer name ("redd" for "Red flags")
            // counts too, after the whole name.
            let word = n
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
                .map(|w| strsim::damerau_levenshtein(&wanted, w) + 1)
                .min()
                .unwrap_or(usize::MAX);
            let score = if n.starts_with(&wanted) || n.contains(&wanted) {
                0
            } else if distance <= near {
                distance
            } else if word <= near {
                word
            } else {
                return None;
            };
            Some((score, k))
        })
        .collect();
    scored.sort_by_key(|(score, k)| (*score, k.len()));
    scored.into_iter().map(|(_, k)| k).take(3).collect()
}

/// A name not found, in one sentence: the problem, the nearest names if
/// any, then `then` (what there is): `no tab is called "redd"; did you
/// mean "Red flags"? The tabs are: …`, or `…"zzz". The tabs are: …`.
pub fn not_found(problem: &str, name: &str, known: &[&str], then: &str) -> String {
    said_not_found(problem, &suggest(name, known), then)
}

/// As [`not_found`], with the nearest names already chosen.
pub fn said_not_found(problem: &str, near: &[&str], then: &str) -> String {
    let quoted: Vec<String> = near.iter().map(|n| format!("\"{n}\"")).collect();
    match quoted.as_slice() {
        [] => format!("{problem}. {then}"),
        [one] => format!("{problem}; did you mean {one}? {then}"),
        [rest @ .., last] => format!("{problem}; did you mean {} or {last}? {then}", rest.join(", ")),
    }
}

fn has_word(title: &str, wanted: &str) -> bool {
    normalize(title).split(|c: char| !c.is_alphanumeric()).any(|w| !w.is_empty() && w == wanted)
}

/// The index of the one true value, or None when none or several are.
fn only_one(found: impl Iterator<Item = bool>) -> Option<usize> {
    let mut hits = found.enumerate().filter(|(_, hit)| *hit).map(|(i, _)| i);
    match (hits.next(), hits.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{DEFAULT_GUIDE, parse_guide};

    fn guide() -> Guide {
        parse_guide(DEFAULT_GUIDE, "guide.toml").unwrap()
    }

    #[test]
    fn tabs_by_id_number_title_or_one_word() {
        let g = guide();
        let worry = g.tabs.iter().position(|t| t.id == "worry").unwrap();
        for name in ["worry", "WORRY", "5", "Red flags", "red", "Flags", " red "] {
            assert_eq!(find_tab(&g, name), Some(worry), "{name:?}");
        }
        assert_eq!(find_tab(&g, "water"), g.tabs.iter().position(|t| t.id == "water"));
        assert_eq!(find_tab(&g, "nothing"), None);
        assert_eq!(find_tab(&g, "0"), None);
        assert_eq!(find_tab(&g, ""), None);
    }

    #[test]
    fn items_by_id_in_any_case() {
        let g = guide();
        assert_eq!(find_item(&g, "DVT"), find_item(&g, "dvt"));
        assert!(find_item(&g, "DVT").is_some());
        assert!(find_item(&g, "Statins").is_some());
        assert!(find_item(&g, "statin").is_none(), "a near id is suggested, not guessed");
    }

    #[test]
    fn routines_by_a_word_of_one_title() {
        let g = guide();
        let slow = g.find_routine("slow-exhale").unwrap();
        assert_eq!(find_routine(&g, "breathing"), Some(slow));
        assert_eq!(find_routine(&g, "SLOW-EXHALE"), Some(slow));
        assert_eq!(find_routine(&g, "slow-exhale breathing"), Some(slow), "by its whole title");
        assert_eq!(find_routine(&g, "calf"), None, "two routines have calf in their title");
    }

    #[test]
    fn suggestions_are_the_nearest_names() {
        let g = guide();
        let ids = item_ids(&g);
        let near = suggest("statin", &ids);
        assert_eq!(near.first(), Some(&"statins"), "{near:?}");
        assert!(near.contains(&"statin-muscle-pain"), "{near:?}");
        assert_eq!(suggest("dystnia", &ids), vec!["dystonia"]);
        let titles: Vec<&str> = g.tabs.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(suggest("redd", &titles), vec!["Red flags"], "a slip in one word of a title");
        assert!(suggest("zzzzzzzz", &ids).is_empty());
        assert_eq!(not_found("none", "zzzzzzzz", &ids, "Then."), "none. Then.");
        assert_eq!(not_found("none", "clonsu", &ids, "Then."), "none; did you mean \"clonus\"? Then.");
        assert_eq!(
            not_found("none", "statin", &ids, "Then."),
            "none; did you mean \"statins\" or \"statin-muscle-pain\"? Then."
        );
    }
}
