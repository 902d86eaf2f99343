//! Symptoms typed into search find the most urgent matching warning sign
//! first: a person who types what they feel must not have to scroll past a
//! topic, or a milder sign, to reach "call your emergency number now".

mod common;

use common::guide;
use cramp_guide::guide::model::{Guide, TabBody};
use cramp_guide::search::{Hit, Index};

/// Phrases as a worried person types them, with the level the first hit
/// must be a warning sign of.
const SYMPTOMS: &[(&str, &str)] = &[
    ("swollen", "today"),
    ("swollen calf", "today"),
    ("flight", "today"),
    ("calf pain after a long flight", "today"),
    ("chest pain", "emergency"),
    ("short of breath", "emergency"),
    ("breathless", "emergency"),
    ("coughing up blood", "emergency"),
    ("fainted", "emergency"),
    ("passed out", "emergency"),
    ("racing heart and chest pain", "emergency"),
    ("face drooping", "emergency"),
    ("slurred speech", "emergency"),
    ("leg cold and pale", "emergency"),
    ("blue leg", "emergency"),
    ("confused", "emergency"),
    ("blood clot in my leg", "today"),
    ("dark urine", "today"),
    ("cola coloured pee", "today"),
    ("muscle pain on a statin", "today"),
    ("dizzy and sweating in the heat", "today"),
    ("cramp lasting 15 minutes", "today"),
    ("rusty nail", "emergency"),
    ("not peeing", "today"),
    ("leg pain at rest", "today"),
    ("red warm calf", "today"),
    ("cramps from water pills", "today"),
    ("stiff jaw after a cut", "emergency"),
    ("spasms in my neck after a wound", "emergency"),
    ("pregnant with a swollen face and headache", "today"),
    ("fever and severe muscle pain", "emergency"),
    ("drank lots of water now vomiting", "emergency"),
    ("hot red swollen leg and fever", "today"),
    ("cramps after vomiting and diarrhoea", "today"),
];

/// The level of a hit when it is a warning sign.
fn sign_level<'g>(guide: &'g Guide, hit: &Hit) -> Option<&'g str> {
    match &guide.tabs[hit.target.tab].body {
        TabBody::Triage(t) => Some(t.signs[hit.target.item].level.as_str()),
        _ => None,
    }
}

#[test]
fn symptoms_typed_find_the_most_urgent_matching_sign_first() {
    let g = guide();
    let index = Index::new(&g);
    let mut wrong = Vec::new();
    for &(phrase, level) in SYMPTOMS {
        let hits = index.search(phrase, 5);
        let first = hits.first().and_then(|h| sign_level(&g, h));
        if first != Some(level) {
            let shown: Vec<String> = hits.iter().map(|h| format!("{} ({:?})", h.title, sign_level(&g, h))).collect();
            wrong.push(format!("{phrase:?}: wanted a sign of {level:?} first, got {shown:#?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn among_the_signs_listed_none_comes_before_a_more_urgent_equally_good_one() {
    let g = guide();
    let index = Index::new(&g);
    for &(phrase, _) in SYMPTOMS {
        let hits = index.search(phrase, 10);
        for pair in hits.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let rank = |h: &Hit| (h.rank.covered, h.rank.strength, h.rank.titled);
            if rank(a) == rank(b) {
                assert!(a.rank.urgency >= b.rank.urgency, "{phrase:?}: {:?} before {:?}", a.title, b.title);
            }
        }
    }
}

#[test]
fn a_topic_named_by_the_words_typed_still_comes_first() {
    let g = guide();
    let index = Index::new(&g);
    for (query, title) in [("statins", "Statins"), ("parkinsons", "Parkinson")] {
        let first = &index.search(query, 5)[0];
        assert!(first.title.contains(title), "{query:?}: {:?}", first.title);
    }
}
