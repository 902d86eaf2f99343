//! Content tests for the shipped `guide.toml`: it parses, every tab the guide
//! promises is there, every article link is cited, and the text keeps its
//! promises (sources everywhere, related ids resolve, metric beside ounces).
//!
//! These tests read only the compiled-in guide: no files, no network.

mod common;

use common::guide;
use cramp_guide::guide::DEFAULT_GUIDE;
use cramp_guide::guide::model::{Guide, Source, TabBody};

const ARTICLE_URL: &str = "https://science.drinklmnt.com/did-you-know/leg-cramps";

/// Every distinct `href` of the article, exactly as written there.
const ARTICLE_HREFS: [&str; 30] = [
    "https://science.drinklmnt.com/did-you-know/heat-cramps/",
    "https://science.drinklmnt.com/did-you-know/what-causes-muscle-cramps/",
    "https://www.drtyna.com/",
    "https://medlineplus.gov/ency/article/002066.htm",
    "https://www.merriam-webster.com/dictionary/charley%20horse#h1",
    "https://jen.health/",
    "https://science.drinklmnt.com/electrolytes/prevent-electrolyte-imbalance",
    "https://medlineplus.gov/fluidandelectrolytebalance.html#:~:text=What%20are%20the%20different%20types,nerves%20and%20muscles%20work%20properly.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC6267510/#:~:text=Abstract,not%20all%2C%20invertebrate%20nervous%20systems.",
    "https://science.drinklmnt.com/electrolytes/low-potassium/",
    "https://pubmed.ncbi.nlm.nih.gov/31082167/#:~:text=Bicarbonate",
    "https://science.drinklmnt.com/low-carb/leg-cramps-on-keto",
    "https://pubmed.ncbi.nlm.nih.gov/30071093/#:~:text=Results:%20Among%20154%20subjects%20selected,affecting%20those%20undergoing%20maintenance%20dialysis.",
    "https://pubmed.ncbi.nlm.nih.gov/447849/#:~:text=Levels%20of%20alpha%2Dglycerophosphate%20oxidase,to%20cessation%20of%20physical%20activity.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC3249048/",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC8997532/#:~:text=Central%20fatigue%20is%20defined%20as,III%20and%20IV%20%5B19%5D.",
    "https://pubmed.ncbi.nlm.nih.gov/9232553/#:~:text=Furthermore%2C%20during%20acute%20EAMC%20the,cramp%20and%20decreasing%20EMG%20activity.",
    "https://www.ncbi.nlm.nih.gov/books/NBK499882/#:~:text=%5B4%5D%20Repetitive%20or%20prolonged%20activity,factors%20to%20myofascial%20pain%20syndrome.",
    "https://www.ncbi.nlm.nih.gov/books/NBK499882/#:~:text=Pathophysiology,tenderness%20in%20the%20affected%20regions.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC9320137/#:~:text=The%20hypothesis%20of%20this%20report,in%20both%20men%20and%20women.",
    "https://www.ncbi.nlm.nih.gov/books/NBK482322/",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC5450696/",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC8109617/#:~:text=Specifically%2C%20it%20is%20likely%20that,(with%20no%20incidence%20specified).",
    "https://www.ncbi.nlm.nih.gov/books/NBK559069/",
    "https://onlinelibrary.wiley.com/doi/10.1002/mus.23661",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC7613583/#:~:text=During%20year%201%2C%20statin%20therapy,the%20upper%20limit%20of%20normal.",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC7069845/",
    "https://www.merckmanuals.com/home/brain-spinal-cord-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps",
    "https://www.nhlbi.nih.gov/health/deep-vein-thrombosis",
    "https://www.ncbi.nlm.nih.gov/books/NBK537231/",
];

/// The tabs, in screen order: (id, kind).
const TABS: [(&str, &str); 9] = [
    ("overview", "topics"),
    ("causes", "topics"),
    ("medications", "topics"),
    ("conditions", "topics"),
    ("worry", "triage"),
    ("relief", "topics"),
    ("prevention", "topics"),
    ("coach", "coach"),
    ("water", "hydration"),
];

/// The seven medicine classes of the article: entry ids in the "medications" tab.
const MEDICATIONS: [&str; 7] = [
    "antiarrhythmics",
    "chemotherapy",
    "diuretics",
    "inhalers",
    "osteoporosis-medicines",
    "statins",
    "adhd-stimulants",
];

/// The nine conditions of the article: entry ids in the "conditions" tab.
const CONDITIONS: [&str; 9] = [
    "clonus",
    "dvt",
    "dystonia",
    "illusory-cramps",
    "multiple-sclerosis",
    "parkinsons",
    "pad",
    "spinal-cord-injury",
    "stroke",
];

fn tab<'a>(guide: &'a Guide, id: &str) -> &'a cramp_guide::guide::model::Tab {
    guide.tabs.iter().find(|t| t.id == id).unwrap_or_else(|| panic!("tab {id:?} is missing"))
}

fn entry_ids(guide: &Guide, tab_id: &str) -> Vec<String> {
    match &tab(guide, tab_id).body {
        TabBody::Topics(entries) => entries.iter().map(|e| e.id.clone()).collect(),
        other => panic!("tab {tab_id:?} should be topics, is {}", other.kind_name()),
    }
}

/// Every source of the guide, with a label saying where it is.
fn all_sources(guide: &Guide) -> Vec<(String, &Source)> {
    let mut out = vec![("[source]".to_string(), &guide.source)];
    for tab in &guide.tabs {
        match &tab.body {
            TabBody::Topics(entries) => {
                for e in entries.iter() {
                    out.extend(e.sources.iter().map(|s| (format!("entry {}", e.id), s)));
                }
            }
            TabBody::Coach(routines) => {
                for r in routines.iter() {
                    out.extend(r.sources.iter().map(|s| (format!("routine {}", r.id), s)));
                }
            }
            TabBody::Triage(triage) => {
                for s in &triage.signs {
                    out.extend(s.sources.iter().map(|src| (format!("sign {}", s.id), src)));
                }
            }
            TabBody::Hydration(plan) => {
                out.extend(plan.sources.iter().map(|s| (format!("plan of {}", tab.id), s)));
            }
        }
    }
    if let Some(now) = &guide.cramp_now {
        for esc in &now.escalations {
            out.extend(esc.sources.iter().map(|s| ("cramp_now escalation".to_string(), s)));
        }
    }
    out
}

fn is_http(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// Every piece of prose a reader sees, with a label.
fn all_texts(guide: &Guide) -> Vec<(String, String)> {
    let mut out = vec![("disclaimer".to_string(), guide.disclaimer.clone())];
    for tab in &guide.tabs {
        if let Some(intro) = &tab.intro {
            out.push((format!("intro of {}", tab.id), intro.clone()));
        }
        match &tab.body {
            TabBody::Topics(entries) => {
                for e in entries.iter() {
                    out.push((format!("summary of {}", e.id), e.summary.clone()));
                    out.push((format!("body of {}", e.id), e.body.clone()));
                }
            }
            TabBody::Coach(routines) => {
                for r in routines.iter() {
                    out.push((format!("description of {}", r.id), r.description.clone()));
                }
            }
            TabBody::Triage(triage) => {
                for l in triage.levels.iter().chain(std::iter::once(&triage.self_care)) {
                    out.push((format!("advice of {}", l.id), l.advice.clone()));
                }
                for s in &triage.signs {
                    out.push((format!("question of {}", s.id), s.question.clone()));
                    out.push((format!("why of {}", s.id), s.why.clone()));
                }
            }
            TabBody::Hydration(plan) => {
                out.push((format!("caution of {}", tab.id), plan.caution.clone()));
                for a in &plan.amounts {
                    if let Some(note) = &a.note {
                        out.push((format!("note of {}", a.label), note.clone()));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn shipped_guide_parses() {
    let g = guide();
    assert!(!g.title.trim().is_empty());
    assert!(g.tabs.len() <= 9, "at most 9 tabs fit the bar");
}

#[test]
fn source_is_the_article() {
    let g = guide();
    assert_eq!(g.source.url, ARTICLE_URL);
    assert_eq!(g.source.title, "When to Worry About Leg Cramps");
}

#[test]
fn disclaimer_says_not_advice_and_emergency_number() {
    let g = guide();
    let d = g.disclaimer.to_lowercase();
    assert!(d.contains("not medical advice"), "{d}");
    assert!(d.contains("diagnose"), "{d}");
    assert!(d.contains("emergency number"), "{d}");
    for number in ["911", "999", "112"] {
        assert!(d.contains(number), "disclaimer should mention {number}");
    }
}

#[test]
fn tabs_are_present_in_order_with_kind_and_content() {
    let g = guide();
    let ids: Vec<&str> = g.tabs.iter().map(|t| t.id.as_str()).collect();
    let expected: Vec<&str> = TABS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected, "tabs and their order");
    for (id, kind) in TABS {
        let t = tab(&g, id);
        assert_eq!(t.body.kind_name(), kind, "kind of tab {id:?}");
        assert!(t.body.item_count() > 0, "tab {id:?} is empty");
        assert!(t.title.chars().count() <= 12, "tab title {:?} is too long for the bar", t.title);
    }
}

#[test]
fn all_seven_medications_are_present() {
    let g = guide();
    let ids = entry_ids(&g, "medications");
    for med in MEDICATIONS {
        assert!(ids.iter().any(|i| i == med), "medication entry {med:?} missing");
    }
}

#[test]
fn all_nine_conditions_are_present() {
    let g = guide();
    let ids = entry_ids(&g, "conditions");
    for cond in CONDITIONS {
        assert!(ids.iter().any(|i| i == cond), "condition entry {cond:?} missing");
    }
    assert!(ids.iter().any(|i| i == "other-conditions"), "the FAQ's wider list of conditions is missing");
}

#[test]
fn every_entry_and_sign_has_a_web_source() {
    let g = guide();
    for tab in &g.tabs {
        match &tab.body {
            TabBody::Topics(entries) => {
                for e in entries.iter() {
                    assert!(e.sources.iter().any(|s| is_http(&s.url)), "entry {:?} has no http(s) source", e.id);
                }
            }
            TabBody::Triage(triage) => {
                for s in &triage.signs {
                    assert!(s.sources.iter().any(|src| is_http(&src.url)), "sign {:?} has no http(s) source", s.id);
                }
            }
            TabBody::Coach(routines) => {
                for r in routines.iter() {
                    assert!(r.sources.iter().any(|s| is_http(&s.url)), "routine {:?} has no http(s) source", r.id);
                }
            }
            TabBody::Hydration(plan) => {
                assert!(plan.sources.iter().any(|s| is_http(&s.url)), "plan has no source");
            }
        }
    }
    for (place, s) in all_sources(&g) {
        assert!(is_http(&s.url), "{place}: {:?} is not an http(s) url", s.url);
        assert!(!s.title.trim().is_empty(), "{place}: a source has no title");
    }
}

#[test]
fn every_related_id_resolves() {
    let g = guide();
    for tab in &g.tabs {
        if let TabBody::Topics(entries) = &tab.body {
            for e in entries.iter() {
                for r in &e.related {
                    assert!(g.find_item(r).is_some(), "entry {:?} relates to unknown id {r:?}", e.id);
                    assert_ne!(r, &e.id, "entry {:?} relates to itself", e.id);
                }
            }
        }
    }
}

#[test]
fn relief_entries_point_at_the_coach() {
    let g = guide();
    match &tab(&g, "relief").body {
        TabBody::Topics(entries) => {
            for e in entries.iter() {
                assert!(
                    e.related.iter().any(|r| g.find_routine(r).is_some()),
                    "relief entry {:?} should relate to a coach routine",
                    e.id
                );
            }
        }
        other => panic!("relief should be topics, is {}", other.kind_name()),
    }
}

#[test]
fn medicines_and_conditions_overviews_link_every_item() {
    let g = guide();
    let related_of = |id: &str| -> Vec<String> {
        let (t, i) = g.find_entry(id).unwrap_or_else(|| panic!("entry {id:?} missing"));
        match &g.tabs[t].body {
            TabBody::Topics(entries) => entries[i].related.clone(),
            _ => unreachable!(),
        }
    };
    let meds = related_of("medication-side-effects");
    for med in MEDICATIONS {
        assert!(meds.iter().any(|r| r == med), "Medicines entry should relate to {med:?}");
    }
    let conds = related_of("underlying-conditions");
    for cond in CONDITIONS {
        assert!(conds.iter().any(|r| r == cond), "Underlying conditions should relate to {cond:?}");
    }
}

#[test]
fn every_article_link_is_cited() {
    let g = guide();
    let urls: Vec<&str> = all_sources(&g).iter().map(|(_, s)| s.url.as_str()).collect();
    let mut distinct = ARTICLE_HREFS.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), 30, "the literal list holds 30 distinct links");
    for href in ARTICLE_HREFS {
        assert!(urls.contains(&href), "article link not cited anywhere: {href}");
    }
}

#[test]
fn ounces_always_come_with_millilitres() {
    let g = guide();
    for (place, text) in all_texts(&g) {
        if text.contains(" oz") {
            assert!(text.contains(" ml"), "{place} gives ounces without millilitres: {text:?}");
        }
    }
}

#[test]
fn triage_levels_and_signs() {
    let g = guide();
    let (_, triage) = g.triage().expect("a triage tab");
    let levels: Vec<&str> = triage.levels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(levels, ["emergency", "today", "soon", "mention"], "levels, most urgent first");
    assert_eq!(triage.self_care.id, "self-care");
    for level in &levels {
        assert!(triage.signs.iter().any(|s| &s.level == level), "no sign at level {level:?}");
    }
    let intro = tab(&g, "worry").intro.as_deref().unwrap_or_default().to_lowercase();
    assert!(intro.contains("diagnose"), "the check must say it does not diagnose");
    assert!(intro.contains("emergency number"), "the check must point to the emergency number");
}

#[test]
fn cramp_now_points_at_real_things() {
    let g = guide();
    let now = g.cramp_now.as_ref().expect("a [cramp_now] screen");
    assert!((4..=9).contains(&now.steps.len()), "4 to 9 steps");
    let routine = now.routine.as_deref().expect("a routine for the cramp screen");
    assert_eq!(routine, "calf-relief");
    assert!(g.find_routine(routine).is_some());
    let (_, triage) = g.triage().expect("a triage tab");
    assert!(!now.watch.is_empty());
    for id in &now.watch {
        let sign = triage.signs.iter().find(|s| &s.id == id).unwrap_or_else(|| panic!("watched sign {id:?} missing"));
        assert!(["emergency", "today"].contains(&sign.level.as_str()), "watched sign {id:?} should be urgent");
    }
    for esc in &now.escalations {
        assert!(triage.levels.iter().any(|l| l.id == esc.level));
        assert!(!esc.sources.is_empty());
    }
}

#[test]
fn coach_routines_are_present() {
    let g = guide();
    for id in ["calf-relief", "slow-exhale", "bedtime-stretch"] {
        assert!(g.find_routine(id).is_some(), "routine {id:?} missing");
    }
}

#[test]
fn fraboni_is_spelt_right() {
    assert!(!DEFAULT_GUIDE.contains("Framboni"));
}
