//! The clinical-safety rules of the shipped guide, written down so that a later
//! edit cannot quietly undo them: an emergency level comes first and starts
//! with the call; every warning sign the NHS gives sits at its level with a
//! source; the statin instruction is the NHS one; every electrolyte suggestion
//! carries the salt and potassium caution; the water plan has a sourced ceiling
//! that no weight passes.
//!
//! These tests read only the compiled-in guide.

mod common;

use common::guide;
use cramp_guide::guide::model::{Entry, Guide, HydrationPlan, Quantity, Sign, StepKind, TabBody, Triage};

fn triage(g: &Guide) -> &Triage {
    g.triage().expect("a triage tab").1
}

fn sign<'a>(g: &'a Guide, id: &str) -> &'a Sign {
    triage(g).signs.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("warning sign {id:?} is missing"))
}

fn entry<'a>(g: &'a Guide, id: &str) -> &'a Entry {
    let (t, i) = g.find_entry(id).unwrap_or_else(|| panic!("entry {id:?} is missing"));
    match &g.tabs[t].body {
        TabBody::Topics(entries) => &entries[i],
        _ => unreachable!("find_entry returns topics tabs"),
    }
}

fn entries_of<'a>(g: &'a Guide, tab: &str) -> &'a [Entry] {
    let tab = g.tabs.iter().find(|t| t.id == tab).unwrap_or_else(|| panic!("tab {tab:?} is missing"));
    match &tab.body {
        TabBody::Topics(entries) => entries,
        other => panic!("tab {:?} should be topics, is {}", tab.id, other.kind_name()),
    }
}

fn plan(g: &Guide) -> &HydrationPlan {
    g.tabs
        .iter()
        .find_map(|t| match &t.body {
            TabBody::Hydration(plan) => Some(plan),
            _ => None,
        })
        .expect("a hydration tab")
}

const NHS: &str = "https://www.nhs.uk/";
const EMERGENCY_CALL: &str = "Call your local emergency number now";

/// The salt and potassium caution, recognised by the words that carry it:
/// who should ask first, and the medicines that raise potassium, by name.
const SALT_CAUTION: [&str; 10] = [
    "pregnant",
    "low-salt",
    "blood pressure",
    "kidney",
    "ramipril",
    "losartan",
    "spironolactone",
    "eplerenone",
    "amiloride",
    "salt substitute",
];

fn has_salt_caution(text: &str) -> bool {
    let t = text.to_lowercase();
    SALT_CAUTION.iter().all(|w| t.contains(w))
}

/// Text that suggests taking electrolytes, salt or pickle juice.
fn suggests_electrolytes(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("electrolyte") || t.contains("pickle")
}

#[test]
fn the_emergency_level_comes_first_and_starts_with_the_call() {
    let g = guide();
    let levels = &triage(&g).levels;
    let first = levels.first().expect("at least one level");
    assert_eq!(first.id, "emergency");
    assert!(first.title.to_lowercase().contains("emergency number"), "title: {:?}", first.title);
    assert!(
        first.advice.trim_start().starts_with(EMERGENCY_CALL),
        "the emergency advice must start with the call: {:?}",
        first.advice
    );
    let second = &levels[1];
    assert_eq!(second.id, "today", "a same-day level follows the emergency one");
    assert!(second.advice.to_lowercase().contains("same day"));
}

/// (sign id, level): the warning signs the NHS pages give, each at its level.
const NHS_SIGNS: [(&str, &str); 20] = [
    ("clot-breathless", "emergency"),
    ("coughing-blood", "emergency"),
    ("fainting", "emergency"),
    ("stroke-signs", "emergency"),
    ("heatstroke", "emergency"),
    ("cold-pale-leg", "emergency"),
    ("swollen-leg", "today"),
    ("over-ten-minutes", "today"),
    ("tetanus-or-toxin", "today"),
    ("statin-muscle-pain", "today"),
    ("dark-urine-weakness", "today"),
    ("heat-exhaustion", "today"),
    ("rest-pain", "today"),
    ("severe-dehydration", "today"),
    ("disturbing-sleep", "soon"),
    ("numb-or-swollen-legs", "soon"),
    ("muscles-shrinking", "soon"),
    ("exercise-leg-pain", "soon"),
    ("kidney-disease", "soon"),
    ("palpitations", "soon"),
];

#[test]
fn every_nhs_warning_sign_sits_at_its_level_with_a_source() {
    let g = guide();
    for (id, level) in NHS_SIGNS {
        let s = sign(&g, id);
        assert_eq!(s.level, level, "sign {id:?} is at the wrong level");
        assert!(!s.sources.is_empty(), "sign {id:?} has no source");
        if id != "kidney-disease" {
            assert!(
                s.sources.iter().any(|src| src.url.starts_with(NHS) || src.url.contains("medlineplus.gov")),
                "sign {id:?} must name the public-health page it follows"
            );
        }
    }
}

/// Public-health pages the guide may follow where the NHS has none.
const WHERE_THE_NHS_HAS_NONE: [&str; 3] =
    ["https://medlineplus.gov/", "https://www.mayoclinic.org/", "https://www.merckmanuals.com/"];

#[test]
fn every_emergency_sign_is_backed_by_public_health_guidance() {
    let g = guide();
    let emergency: Vec<&Sign> = triage(&g).signs.iter().filter(|s| s.level == "emergency").collect();
    assert!(emergency.len() >= 6, "the six emergency triggers, found {}", emergency.len());
    for s in emergency {
        let nhs = s.sources.iter().any(|src| src.url.starts_with(NHS));
        let other = s.sources.iter().any(|src| WHERE_THE_NHS_HAS_NONE.iter().any(|p| src.url.starts_with(p)));
        assert!(nhs || other, "emergency sign {:?} needs an NHS page, or one where the NHS has none", s.id);
    }
}

/// (sign id, level, words its question must hold): the signs added from
/// the NHS, Mayo Clinic, MedlinePlus and Merck pages, each at its level.
const MORE_SIGNS: [(&str, &str, &[&str]); 9] = [
    ("over-drinking", "emergency", &["a lot of water", "headache", "vomiting", "confus", "fit"]),
    ("sepsis", "emergency", &["confus", "breath", "blotchy", "fever", "muscle pain"]),
    (
        "fainting",
        "emergency",
        &[
            "not breathing",
            "within a minute",
            "fully",
            "chest pain",
            "palpitations",
            "fit",
            "injur",
            "exercise",
            "lying down",
        ],
    ),
    ("palpitations-chest-pain", "emergency", &["palpitations", "chest pain", "breathless", "faint"]),
    ("cellulitis", "today", &["red", "hot", "swollen", "fever"]),
    ("fluid-loss-or-weakness", "today", &["vomiting", "diarrhoea", "sweating", "water pills", "weakness", "feeling"]),
    ("rest-pain", "today", &["rest", "sores", "colour"]),
    ("simple-faint", "soon", &["fainted", "within a minute"]),
    ("new-medicine", "soon", &["new medicine"]),
];

#[test]
fn more_warning_signs_sit_at_their_levels() {
    let g = guide();
    for (id, level, words) in MORE_SIGNS {
        let s = sign(&g, id);
        assert_eq!(s.level, level, "sign {id:?} is at the wrong level");
        let q = s.question.to_lowercase();
        for word in words {
            assert!(q.contains(word), "sign {id:?} should ask about {word:?}: {:?}", s.question);
        }
        let public = |src: &&cramp_guide::guide::model::Source| {
            src.url.starts_with(NHS) || WHERE_THE_NHS_HAS_NONE.iter().any(|p| src.url.starts_with(p))
        };
        assert!(s.sources.iter().any(|src| public(&src)), "sign {id:?} must name the public-health page it follows");
    }
    assert!(
        sign(&g, "over-drinking").why.to_lowercase().contains("do not drink more"),
        "low blood sodium from drinking too much: more water makes it worse"
    );
    assert!(!sign(&g, "fainting").question.contains("(nearly)"), "a simple faint is not an emergency");
}

/// The NHS's DVT symptoms, any one of which in one leg is the clot sign.
const CLOT_SYMPTOMS: [&str; 4] = ["swelling", "warm", "red or darker", "pain"];

/// The clause of `text` that holds `word`: cut at full stops, colons and
/// semicolons.
fn clause_with<'a>(text: &'a str, word: &str) -> &'a str {
    text.split(['.', ':', ';']).find(|c| c.to_lowercase().contains(word)).unwrap_or_default()
}

/// The clot rule as written in `text`: every NHS symptom named, as
/// alternatives (joined by "or", never "and", so any one of them trips it),
/// and ordinary tenderness not among them.
fn assert_clot_rule(place: &str, text: &str) {
    let clause = clause_with(text, "warm").to_lowercase();
    for symptom in CLOT_SYMPTOMS {
        assert!(clause.contains(symptom), "{place}: the clot rule should name {symptom:?}: {clause:?}");
    }
    assert!(clause.contains(" or "), "{place}: the symptoms are alternatives: {clause:?}");
    assert!(!clause.contains(" and "), "{place}: no symptom may need another (\"and\"): {clause:?}");
    assert!(!clause.contains("tender"), "{place}: tenderness alone is normal after a cramp: {clause:?}");
}

#[test]
fn the_dvt_sign_trips_on_any_one_nhs_symptom() {
    let g = guide();
    let s = sign(&g, "swollen-leg");
    let q = s.question.to_lowercase();
    assert!(q.contains("one leg"), "the NHS: symptoms in one leg: {:?}", s.question);
    assert!(q.contains("throbbing or cramping"), "the NHS's words for the pain: {:?}", s.question);
    assert_clot_rule("the swollen-leg sign", &s.question);
    let why = s.why.to_lowercase();
    assert!(why.contains("any one"), "the why says one symptom is enough");
    for word in ["brown or black skin", "surgery", "journey", "pregnan", "cancer", "clot before"] {
        assert!(why.contains(word), "the why should give {word:?}");
    }
    for word in ["pill", "hrt", "smok", "overweight", "over 60"] {
        assert!(why.contains(word), "the why should give the NHS risk factor {word:?}");
    }
}

#[test]
fn one_clot_rule_everywhere() {
    let g = guide();
    let now = g.cramp_now.as_ref().expect("a cramp screen");
    let massage = now.steps.iter().find(|s| s.to_lowercase().contains("massage")).expect("a massage step");
    assert_clot_rule("the cramp screen's massage step", massage);
    assert_clot_rule("the massage entry", &entry(&g, "gentle-massage").body);
    let dvt = entry(&g, "dvt").body.to_lowercase();
    assert!(dvt.contains("any one"), "the DVT entry says one symptom is enough");
    for place in ["dvt", "poor-circulation", "faq-er"] {
        let body = entry(&g, place).body.to_lowercase();
        assert!(!body.contains("swollen, warm and painful"), "{place} still asks for every symptom at once");
    }
    let (t, _) = g.find_routine("calf-relief").expect("the relief routine");
    let TabBody::Coach(routines) = &g.tabs[t].body else { unreachable!() };
    let mut clot_cautions = 0;
    for r in routines.iter() {
        for caution in r.cautions.iter().filter(|c| c.contains("clot") || c.contains("warm")) {
            clot_cautions += 1;
            assert_clot_rule(&format!("routine {}", r.id), caution);
        }
    }
    assert!(clot_cautions >= 2, "the relief and bedtime routines warn of a clot, found {clot_cautions}");
}

#[test]
fn the_emergency_faq_names_the_real_triggers() {
    let g = guide();
    let faq = entry(&g, "faq-er");
    let body = faq.body.to_lowercase();
    assert!(faq.body.trim_start().starts_with(EMERGENCY_CALL), "the FAQ starts with the call");
    for trigger in [
        "breathlessness or chest pain",
        "coughing up blood",
        "fainting",
        "stroke",
        "heatstroke",
        "cold, pale",
        "emergency department",
        "within a minute",
        "sepsis",
        "low blood sodium",
        "do not drink more",
    ] {
        assert!(body.contains(trigger), "the emergency FAQ should name {trigger:?}");
    }
}

#[test]
fn the_statin_entry_gives_the_nhs_instruction_and_links_the_red_flag() {
    let g = guide();
    let diuretics = entry(&g, "diuretics").body.to_lowercase();
    assert!(diuretics.contains("blood test"), "cramps after a new or larger water pill: a blood test for salts");
    let statins = entry(&g, "statins");
    let body = statins.body.to_lowercase();
    assert!(body.contains("muscle pain, tenderness, weakness or cramps"));
    assert!(body.contains("straight away"));
    assert!(statins.sources.iter().any(|s| s.url.starts_with("https://www.nhs.uk/medicines/")));
    assert!(statins.related.iter().any(|r| r == "statin-muscle-pain"), "statins should relate to the red flag");
    assert_eq!(sign(&g, "statin-muscle-pain").level, "today");
    assert!(g.find_item("statin-muscle-pain").is_some(), "a related sign can be opened");
}

#[test]
fn other_medicines_keep_do_not_stop_on_your_own() {
    let g = guide();
    for e in entries_of(&g, "medications").iter().filter(|e| e.id != "statins") {
        let body = e.body.to_lowercase();
        let asks = body.contains("on your own") || body.contains("keep using") || body.contains("rather than");
        assert!(asks, "medicine {:?} should say not to stop on your own", e.id);
    }
}

#[test]
fn every_electrolyte_suggestion_carries_the_caution() {
    let g = guide();
    let mut checked = 0;
    let mut texts: Vec<(String, String)> = Vec::new();
    for tab in ["relief", "prevention"] {
        for e in entries_of(&g, tab) {
            texts.push((e.id.clone(), e.body.clone()));
        }
    }
    texts.push(("nutritional-deficiencies".into(), entry(&g, "nutritional-deficiencies").body.clone()));
    let now = g.cramp_now.as_ref().expect("a cramp screen");
    for (i, step) in now.steps.iter().enumerate() {
        texts.push((format!("cramp_now.steps[{i}]"), step.clone()));
    }
    for (place, text) in texts {
        if suggests_electrolytes(&text) {
            checked += 1;
            assert!(has_salt_caution(&text), "{place} suggests electrolytes without the caution");
        }
    }
    assert!(checked >= 7, "the check should meet the electrolyte entries, met {checked}");
}

#[test]
fn the_water_plan_has_a_sourced_ceiling_no_weight_passes() {
    let g = guide();
    let plan = plan(&g);
    // About 3.7 l (125 oz) is the US National Academies' figure for men from
    // drinks and food together; the plan's ceiling for drinks stays below it.
    assert!(plan.max_oz_per_day > 0.0 && plan.max_oz_per_day <= 110.0, "ceiling {}", plan.max_oz_per_day);
    assert!(plan.sources.iter().any(|s| s.url.contains("mayoclinic.org")), "the ceiling needs its source");
    assert!(plan.min_weight_lb >= 90.0, "adults only: {} lb is a child's weight", plan.min_weight_lb);
    for weight in [plan.min_weight_lb, plan.default_weight_lb, plan.max_weight_lb] {
        for a in &plan.amounts {
            let (_, max) = plan.ounces(a.quantity, weight);
            assert!(max <= plan.max_oz_per_day, "{} at {weight} lb gives {max} oz", a.label);
        }
    }
    let per_pound = plan.amounts.iter().find(|a| matches!(a.quantity, Quantity::PerPound { .. })).expect("a ratio");
    assert!(plan.is_capped(per_pound.quantity, plan.max_weight_lb), "500 lb must hit the ceiling");
    let caution = plan.caution.to_lowercase();
    for word in ["adults only", "daily total", "thirst", "1 litre an hour", "kidney", "sodium", "pregnant"] {
        assert!(caution.contains(word), "the caution should say {word:?}");
    }
    let intro = g.tabs.iter().find(|t| t.id == "water").and_then(|t| t.intro.as_deref()).unwrap_or_default();
    assert!(intro.contains("US fluid ounces"), "say which ounces");
    for a in plan.amounts.iter().filter(|a| matches!(a.quantity, Quantity::Fixed { .. })) {
        let note = a.note.as_deref().unwrap_or_default();
        assert!(note.contains("total"), "{} must say it counts toward the daily total", a.label);
    }
}

#[test]
fn the_cramp_screen_steps_are_safe() {
    let g = guide();
    let now = g.cramp_now.as_ref().expect("a cramp screen");
    let steps: Vec<String> = now.steps.iter().map(|s| s.to_lowercase()).collect();
    let massage = steps.iter().find(|s| s.contains("massage")).expect("a massage step");
    assert!(massage.contains("swelling") && massage.contains("warm"), "the massage step needs the clot caveat");
    assert!(steps.iter().any(|s| s.contains("toes") && s.contains("shin")), "the lying-down stretch");
    assert!(steps.iter().any(|s| s.contains("hold on to something")), "the fall warning");
    let first = now.escalations.first().expect("an escalation");
    assert_eq!(first.after.as_secs(), 600);
    assert_eq!(first.level, "today", "the NHS asks for an urgent appointment after 10 minutes");
    assert!(first.sources.iter().any(|s| s.url.starts_with(NHS)));
    assert!(now.watch.iter().any(|id| sign(&g, id).level == "emergency"), "the screen watches an emergency sign");
}

#[test]
fn causes_are_not_overstated() {
    let g = guide();
    let opening = entry(&g, "what-is-a-leg-cramp").body.to_lowercase();
    assert!(opening.contains("no clear cause"), "the NHS: cramps often have no clear cause");
    for cause in ["older", "pregnancy", "exercise", "medicines"] {
        assert!(opening.contains(cause), "the opening entry should name {cause:?}");
    }
    let self_care = triage(&g).self_care.advice.to_lowercase();
    assert!(self_care.contains("no clear cause"));
    assert!(!self_care.contains("usually down to"), "self-care must not claim a usual cause");
    for e in entries_of(&g, "overview").iter().chain(entries_of(&g, "causes")) {
        let body = e.body.to_lowercase();
        for claim in ["most of the time it points", "most leg cramps come from", "most often, leg cramps come"] {
            assert!(!body.contains(claim), "{:?} still says {claim:?}", e.id);
        }
    }
}

#[test]
fn dehydration_signs_follow_the_nhs() {
    let g = guide();
    let e = entry(&g, "dehydration-signs");
    let body = e.body.to_lowercase();
    for sign in ["thirsty", "dark yellow", "peeing less", "dizzy", "tired", "dry mouth, lips and eyes"] {
        assert!(body.contains(sign), "missing the sign {sign:?}");
    }
    assert!(body.contains("urgent help"), "say when to get urgent help");
    assert!(!body.contains("late sign"), "the unsupported late-sign claim is gone");
    assert!(!body.contains("tents over"), "skin tenting is not a test for adults");
    assert!(e.sources.iter().any(|s| s.url.starts_with(NHS)));
}

#[test]
fn breathing_routines_warn_people_who_are_short_of_breath() {
    let g = guide();
    let (t, _) = g.find_routine("slow-exhale").expect("the breathing routine");
    let TabBody::Coach(routines) = &g.tabs[t].body else { unreachable!() };
    for r in routines.iter().filter(|r| r.steps.iter().any(|s| matches!(s.kind, StepKind::Breathe { .. }))) {
        let cautions = r.cautions.join(" ").to_lowercase();
        assert!(
            cautions.contains("short of breath") && cautions.contains("shorter counts") && cautions.contains("never"),
            "routine {:?} needs the short-of-breath caution",
            r.id
        );
    }
}

#[test]
fn the_source_and_its_experts_are_described_honestly() {
    let g = guide();
    let about = entry(&g, "about-the-source").body.to_lowercase();
    for fact in ["sells electrolyte", "naturopathic", "chiropractor", "physical therapist", "opinion", "nhs"] {
        assert!(about.contains(fact), "the source note should say {fact:?}");
    }
}

#[test]
fn smaller_errors_stay_fixed() {
    let g = guide();
    let ms = entry(&g, "multiple-sclerosis").body.to_lowercase();
    assert!(ms.contains("protective coating"), "MS is a disease of the nerves' coating");
    let dystonia = entry(&g, "dystonia").body.to_lowercase();
    assert!(dystonia.contains("twist"), "dystonia causes twisting postures");
    for e in entries_of(&g, "overview").iter().chain(entries_of(&g, "causes")) {
        assert!(!e.body.contains("movement disorders, for example Parkinson's disease (PD) and multiple"));
    }
    assert!(entry(&g, "iron-deficiency").body.contains("dated"), "the lactic-acid claim is marked as dated");
    assert!(entry(&g, "sodium-potassium-pump").body.contains("simplified"), "the pump story is marked as simplified");
    // Every A&E is explained, and so is every claudication in running text.
    let mut texts: Vec<(String, String)> = Vec::new();
    for tab in &g.tabs {
        match &tab.body {
            TabBody::Topics(entries) => texts.extend(entries.iter().map(|e| (e.id.clone(), e.body.clone()))),
            TabBody::Triage(t) => {
                texts.extend(t.signs.iter().map(|s| (s.id.clone(), s.why.clone())));
                texts.extend(t.levels.iter().map(|l| (l.id.clone(), l.advice.clone())));
            }
            _ => {}
        }
    }
    for (place, text) in texts {
        if text.contains("A&E") {
            assert!(text.contains("emergency department"), "{place} says A&E without explaining it");
        }
        if text.to_lowercase().contains("claudication") {
            assert!(text.to_lowercase().contains("walk"), "{place} says claudication without explaining it");
        }
    }
}

#[test]
fn tetanus_is_an_emergency_once_it_shows() {
    let g = guide();
    let wound = sign(&g, "tetanus-or-toxin");
    assert_eq!(wound.level, "today", "a worrying wound without symptoms: the same day");
    let s = sign(&g, "tetanus-symptoms");
    assert_eq!(s.level, "emergency", "stiffness or spasms after a wound: call now");
    let q = s.question.to_lowercase();
    for word in ["wound", "jaw", "spasms", "neck", "back", "tummy", "swallowing", "breathing"] {
        assert!(q.contains(word), "the tetanus sign should name {word:?}: {:?}", s.question);
    }
    assert!(s.sources.iter().any(|src| src.url == "https://www.nhs.uk/conditions/tetanus/"));
    let faq = &entry(&g, "faq-er").body;
    let emergency_part = faq.split("Get seen the same day").next().unwrap_or_default().to_lowercase();
    assert!(
        emergency_part.contains("tetanus") && emergency_part.contains("jaw"),
        "the emergency FAQ lists tetanus symptoms among the reasons to call now"
    );
}

#[test]
fn heatstroke_names_a_temperature_of_40_c() {
    let g = guide();
    let s = sign(&g, "heatstroke");
    assert_eq!(s.level, "emergency");
    assert!(s.question.contains("40 °C"), "the NHS's heatstroke sign of 40 °C or above: {:?}", s.question);
    assert!(entry(&g, "faq-er").body.contains("40 °C"), "the emergency FAQ names it too");
}

#[test]
fn pregnancy_has_its_entry_and_the_pre_eclampsia_sign() {
    let g = guide();
    let e = entry(&g, "pregnancy-cramps");
    let body = e.body.to_lowercase();
    for fact in ["later", "stretch", "gentle", "midwife or pharmacist", "supplement", "same day", "after giving birth"]
    {
        assert!(body.contains(fact), "the pregnancy entry should say {fact:?}");
    }
    assert_clot_rule("the pregnancy entry", &e.body);
    assert!(e.sources.iter().any(|s| s.url.starts_with("https://www.nhs.uk/pregnancy/")), "the NHS pregnancy page");
    assert!(e.related.iter().any(|r| r == "pre-eclampsia"), "the entry links the pre-eclampsia sign");
    let s = sign(&g, "pre-eclampsia");
    assert_eq!(s.level, "today", "possible pre-eclampsia: get help now, the same day at the latest");
    let q = s.question.to_lowercase();
    for word in ["pregnan", "swelling", "face, hands or feet", "headache", "vision", "below the ribs"] {
        assert!(q.contains(word), "the pre-eclampsia sign should name {word:?}: {:?}", s.question);
    }
    let why = s.why.to_lowercase();
    for who in ["midwife", "maternity unit", "111"] {
        assert!(why.contains(who), "the pre-eclampsia sign should say to call {who:?}");
    }
    assert!(s.sources.iter().any(|src| src.url == "https://www.nhs.uk/conditions/pre-eclampsia/"));
}

#[test]
fn the_cramp_screen_covers_thigh_and_foot_and_states_the_ten_minute_rule_from_the_start() {
    let g = guide();
    let now = g.cramp_now.as_ref().expect("a cramp screen");
    let steps: Vec<String> = now.steps.iter().map(|s| s.to_lowercase()).collect();
    for place in ["back of the thigh", "front of the thigh", "foot"] {
        assert!(
            steps.iter().any(|s| s.starts_with(place) || s.contains(&format!("{place}:"))),
            "a step for the {place}"
        );
    }
    let rule = steps.iter().find(|s| s.contains("10 minutes")).expect("a step with the 10-minute rule");
    for words in ["urgent appointment with your doctor", "urgent care", "nhs 111 in the uk"] {
        assert!(rule.contains(words), "the 10-minute step should say {words:?}: {rule:?}");
    }
    let say = now.escalations[0].say.to_lowercase();
    assert!(say.contains("urgent care") && say.contains("nhs 111 in the uk"), "not UK-only: {say:?}");
    assert!(entry(&g, "thigh-and-foot-cramps").sources.iter().any(|s| s.url.starts_with(NHS)));
}

#[test]
fn the_coach_says_stop_or_breathe_normally_and_every_routine_names_chest_pain() {
    let g = guide();
    let coach = g.tabs.iter().find(|t| t.id == "coach").expect("a coach tab");
    let intro = coach.intro.as_deref().unwrap_or_default().to_lowercase();
    assert!(intro.contains("stop, or breathe normally"), "intro: {intro:?}");
    assert!(!intro.contains("slower"), "never tell someone short of breath to go slower: {intro:?}");
    let TabBody::Coach(routines) = &coach.body else { unreachable!() };
    for r in routines.iter() {
        let line = r.cautions.iter().map(|c| c.to_lowercase()).find(|c| c.contains("chest pain or new breathlessness"));
        let line = line.unwrap_or_else(|| panic!("routine {:?} needs the chest-pain caution", r.id));
        assert!(line.contains("stop") && line.contains("emergency number"), "routine {:?}: {line:?}", r.id);
        assert!(r.sources.iter().any(|s| s.url == "https://www.nhs.uk/conditions/chest-pain/"), "routine {:?}", r.id);
    }
}

#[test]
fn the_water_ceiling_leads_with_the_nhs_and_compares_drinks_with_drinks() {
    let g = guide();
    let plan = plan(&g);
    let daily = entry(&g, "daily-water").body.clone();
    for (place, text) in [("the plan's caution", plan.caution.as_str()), ("daily-water", daily.as_str())] {
        let t = text.to_lowercase();
        let nhs = t.find("6–8 glasses").unwrap_or_else(|| panic!("{place} should give the NHS's 6–8 glasses"));
        let ceiling = t.find("100 oz").unwrap_or_else(|| panic!("{place} should give the ceiling"));
        assert!(nhs < ceiling, "{place} leads with the NHS figure");
        for word in ["hot weather", "from drinks", "women", "73 oz"] {
            assert!(t.contains(word), "{place} should say {word:?}");
        }
        assert!(!t.contains("drinks and food together"), "{place} compares drinks with drinks");
    }
    assert!(plan.sources.iter().any(|s| s.url.starts_with("https://www.nhs.uk/live-well/")), "the NHS drinks page");
}

#[test]
fn the_questions_people_bring_have_answers() {
    let g = guide();
    let quinine = entry(&g, "quinine-and-painkillers");
    let body = quinine.body.to_lowercase();
    for fact in [
        "not a routine treatment",
        "platelets",
        "heart rhythm",
        "overdose",
        "warns against",
        "tonic water",
        "paracetamol or ibuprofen",
        "soreness",
    ] {
        assert!(body.contains(fact), "the quinine entry should say {fact:?}");
    }
    assert!(quinine.sources.iter().any(|s| s.url.starts_with("https://www.gov.uk/drug-safety-update/")), "the MHRA");
    let magnesium = entry(&g, "magnesium").body.to_lowercase();
    for fact in ["older adults", "pregnancy", "kidney disease"] {
        assert!(magnesium.contains(fact), "the magnesium entry should say {fact:?}");
    }
    let older = entry(&g, "older-adults").body.to_lowercase();
    for fact in ["medicine review", "thirst", "water pills"] {
        assert!(older.contains(fact), "the older-adults entry should say {fact:?}");
    }
    let children = entry(&g, "children").body.to_lowercase();
    assert!(children.contains("for adults") && children.contains("gp"), "a child's leg pains: a GP");
    let night = entry(&g, "night-cramps");
    assert!(
        night.related.iter().any(|r| r == "bedtime-stretch") && night.related.iter().any(|r| r == "disturbing-sleep")
    );
    let lacking = entry(&g, "faq-lacking").body.to_lowercase();
    assert!(lacking.contains("only a blood test can tell"), "what you lack is found by a blood test");
    assert!(lacking.contains("do not take potassium or iron"), "no potassium or iron without advice");
    let iron = entry(&g, "iron-deficiency");
    assert!(iron.body.contains("dialysis"), "the study is of people on dialysis");
    assert!(iron.sources.iter().any(|s| s.title.contains("dialysis")), "and its source says so");
    let points = entry(&g, "key-takeaways");
    assert!(!points.summary.to_lowercase().contains("four"), "the key points list five");
}

#[test]
fn a_same_day_sign_that_needs_action_now_leads_with_it() {
    let g = guide();
    // Heat exhaustion: cool down first, then the same-day level.
    let heat = sign(&g, "heat-exhaustion");
    assert_eq!(heat.level, "today");
    let action = heat.action.as_ref().expect("heat exhaustion leads with what to do now");
    assert!(action.title.to_lowercase().contains("cool down now"), "{:?}", action.title);
    let advice = action.advice.to_lowercase();
    for fact in ["cool place", "feet", "drink", "cool the skin", "not leave the person alone", "30 minutes"] {
        assert!(advice.contains(fact), "heat exhaustion's action should say {fact:?}: {advice}");
    }
    assert!(advice.contains("emergency number") && advice.contains("40 °c"), "when to call: {advice}");
    // Possible pre-eclampsia: call now, not at the next check-up.
    let pre = sign(&g, "pre-eclampsia");
    let action = pre.action.as_ref().expect("pre-eclampsia leads with the call");
    assert!(action.title.to_lowercase().contains("now"), "{:?}", action.title);
    assert!(action.advice.contains("midwife") && action.advice.contains("emergency number"), "{}", action.advice);
    // No sign at the emergency level needs one: the level itself is the call.
    for s in triage(&g).signs.iter().filter(|s| s.level == "emergency") {
        assert!(s.action.is_none(), "{}: the emergency level already leads with the call", s.id);
    }
}
