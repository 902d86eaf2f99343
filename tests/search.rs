//! Search over the shipped guide: case, accents, synonyms, prefixes, AND,
//! ranking, snippets, and no panic on any input.

use cramp_guide::guide::model::{Entry, Guide, Source, Tab, TabBody};
use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::search::{Field, Hit, Index, Target, match_ranges, normalize};
use proptest::prelude::*;
use std::sync::LazyLock;

static SHIPPED: LazyLock<Index> = LazyLock::new(|| Index::new(&guide()));

fn guide() -> Guide {
    parse_guide(DEFAULT_GUIDE, "guide.toml").expect("the shipped guide loads")
}

/// The id of the entry, routine or sign a hit leads to (the tab id for a
/// hydration tab).
fn id_of(guide: &Guide, t: Target) -> String {
    let tab = &guide.tabs[t.tab];
    match &tab.body {
        TabBody::Topics(e) => e[t.item].id.clone(),
        TabBody::Coach(r) => r[t.item].id.clone(),
        TabBody::Triage(tr) => tr.signs[t.item].id.clone(),
        TabBody::Hydration(_) => tab.id.clone(),
    }
}

fn ids(guide: &Guide, hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|h| id_of(guide, h.target)).collect()
}

/// Snippet and ranges are consistent: ranges are sorted, inside the snippet,
/// on char boundaries, and each marks text that normalises to a query word.
fn assert_hit_well_formed(hit: &Hit, query: &str) {
    let words: Vec<String> = normalize(query).split(' ').map(str::to_string).collect();
    assert!(hit.snippet.chars().count() <= 82, "snippet too long: {:?}", hit.snippet);
    let mut last_end = 0;
    for r in &hit.ranges {
        assert!(r.start < r.end && r.end <= hit.snippet.len(), "{r:?} in {:?}", hit.snippet);
        assert!(r.start >= last_end, "ranges overlap or are unsorted: {:?}", hit.ranges);
        assert!(hit.snippet.is_char_boundary(r.start) && hit.snippet.is_char_boundary(r.end));
        let marked = normalize(&hit.snippet[r.clone()]);
        assert!(words.iter().any(|w| marked.starts_with(w.as_str())), "{marked:?} does not match {words:?}");
        last_end = r.end;
    }
}

#[test]
fn normalize_folds_case_accents_apostrophes_and_punctuation() {
    assert_eq!(normalize("CAFÉ"), normalize("cafe"));
    assert_eq!(normalize("CAFÉ"), "cafe");
    assert_eq!(normalize("Parkinson's"), normalize("Parkinsons"));
    assert_eq!(normalize("Parkinson’s"), "parkinsons");
    assert_eq!(normalize("sodium-potassium (Na⁺/K⁺)"), "sodium potassium na k");
    assert_eq!(normalize("   \t\n "), "");
}

#[test]
fn search_is_case_and_accent_insensitive() {
    let g = guide();
    let index = Index::new(&g);
    let plain = ids(&g, &index.search("magnesium", 10));
    assert!(!plain.is_empty());
    assert_eq!(ids(&g, &index.search("MAGNESIUM", 10)), plain);
    // Accents in the query still find plain text.
    assert_eq!(ids(&g, &index.search("magnésium", 10)), plain);
    assert_eq!(ids(&g, &index.search("DÏABÈTES", 3))[0], ids(&g, &index.search("diabetes", 3))[0]);
}

#[test]
fn apostrophes_do_not_matter() {
    let g = guide();
    let index = Index::new(&g);
    for q in ["Parkinsons", "parkinson's", "PARKINSON’S"] {
        let hits = index.search(q, 5);
        assert_eq!(id_of(&g, hits[0].target), "parkinsons", "{q}");
        assert_eq!(hits[0].field, Field::Title);
    }
}

#[test]
fn synonyms_find_their_entries() {
    let g = guide();
    let index = Index::new(&g);
    let charley = ids(&g, &index.search("charley horse", 3));
    assert!(charley.contains(&"what-is-a-leg-cramp".to_string()), "{charley:?}");
    assert_eq!(ids(&g, &index.search("water pills", 3))[0], "diuretics");
    assert_eq!(ids(&g, &index.search("blood clot", 3))[0], "dvt");
    assert_eq!(ids(&g, &index.search("deep vein thrombosis", 3))[0], "dvt");
    let hit = &index.search("charlie horse", 1)[0];
    assert_eq!(hit.field, Field::Synonym);
    assert_eq!(hit.snippet, "charlie horse");
}

#[test]
fn every_query_word_must_match() {
    let g = guide();
    let index = Index::new(&g);
    let calf = ids(&g, &index.search("calf", 100));
    let massage = ids(&g, &index.search("massage", 100));
    let both = ids(&g, &index.search("calf massage", 100));
    assert!(!both.is_empty());
    for id in &both {
        assert!(calf.contains(id) && massage.contains(id), "{id}");
    }
    assert!(both.len() < calf.len() && both.len() <= massage.len());
    assert!(index.search("pickle qqqzzz", 10).is_empty());
}

#[test]
fn a_word_prefix_matches() {
    let g = guide();
    let index = Index::new(&g);
    let full = ids(&g, &index.search("magnesium", 10));
    assert_eq!(ids(&g, &index.search("magnes", 10)), full);
    assert!(ids(&g, &index.search("dehyd", 5)).contains(&"dehydration-electrolytes".to_string()));
    let hit = &index.search("statin", 1)[0];
    assert_eq!(id_of(&g, hit.target), "statins");
    assert_eq!(&hit.snippet[hit.ranges[0].clone()], "Statin");
}

#[test]
fn nonsense_and_empty_queries_find_nothing() {
    let index = Index::new(&guide());
    for q in ["qwxzvbk", "", "   ", "\t\n", "!!! ??? ---", "'"] {
        assert!(index.search(q, 10).is_empty(), "{q:?}");
    }
    assert!(index.search("cramp", 0).is_empty());
}

#[test]
fn one_hit_per_item_and_limit_respected() {
    let index = Index::new(&guide());
    let hits = index.search("cramp", 1000);
    let mut targets: Vec<Target> = hits.iter().map(|h| h.target).collect();
    let n = targets.len();
    targets.sort_by_key(|t| (t.tab, t.item));
    targets.dedup();
    assert_eq!(targets.len(), n);
    assert_eq!(index.search("cramp", 3).len(), 3);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn snippets_hold_the_match_and_ranges_are_valid() {
    let g = guide();
    let index = Index::new(&g);
    for q in [
        "magnes",
        "charley horse",
        "blood clot",
        "emergency room",
        "pursed lips",
        "oxygen",
        "Parkinson's",
        "sodium-potassium",
        "≈",
        "NHS",
        "breathe out",
        "10 minutes",
        "waking",
        "calf",
    ] {
        for hit in index.search(q, 50) {
            assert!(!hit.snippet.is_empty(), "{q}");
            assert!(!hit.ranges.is_empty(), "{q}: no range in {:?}", hit.snippet);
            assert_hit_well_formed(&hit, q);
            assert_eq!(hit.tab_title, g.tabs[hit.target.tab].title);
        }
    }
    // A long body is cut around the match.
    let hit = index.search("sofa", 5).into_iter().find(|h| h.field == Field::Body).unwrap();
    assert!(hit.snippet.starts_with('…') || hit.snippet.ends_with('…'), "{:?}", hit.snippet);
    assert!(hit.snippet.to_lowercase().contains("sofa"));
}

/// A guide with one topics tab holding `entries`.
fn tiny_guide(entries: Vec<Entry>) -> Guide {
    Guide {
        title: "T".into(),
        disclaimer: "D".into(),
        source: Source { title: "S".into(), url: "https://example.com/".into() },
        tabs: vec![Tab { id: "t".into(), title: "Things".into(), intro: None, body: TabBody::Topics(entries) }],
        cramp_now: None,
        diary: None,
    }
}

fn entry(id: &str, title: &str, summary: &str, body: &str, synonyms: &[&str]) -> Entry {
    Entry {
        id: id.into(),
        title: title.into(),
        summary: summary.into(),
        body: body.into(),
        sources: vec![],
        related: vec![],
        synonyms: synonyms.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn title_outranks_synonym_outranks_summary_outranks_body() {
    let g = tiny_guide(vec![
        entry("body", "Alpha", "one", "All about the zebra here.", &[]),
        entry("summary", "Beta", "A zebra", "nothing", &[]),
        entry("synonym", "Gamma", "two", "nothing", &["zebra crossing"]),
        entry("title", "Zebra stripes", "three", "nothing", &[]),
    ]);
    let hits = Index::new(&g).search("zebra", 10);
    assert_eq!(ids(&g, &hits), ["title", "synonym", "summary", "body"]);
    let fields: Vec<Field> = hits.iter().map(|h| h.field).collect();
    assert_eq!(fields, [Field::Title, Field::Synonym, Field::Summary, Field::Body]);
}

#[test]
fn whole_and_earlier_words_rank_higher() {
    let g = tiny_guide(vec![
        entry("late", "A", "s", "one two three four five six seven zebra", &[]),
        entry("prefix", "B", "s", "zebras", &[]),
        entry("early", "C", "s", "zebra one two", &[]),
    ]);
    let hits = Index::new(&g).search("zebra", 10);
    assert_eq!(ids(&g, &hits), ["early", "late", "prefix"]);
}

#[test]
fn match_ranges_mark_the_original_text() {
    let text = "Le CAFÉ au lait, Parkinson’s and magnesium.";
    let marked: Vec<&str> = match_ranges(text, "cafe PARKINSONS magn").into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["CAFÉ", "Parkinson’s", "magn"]);
    assert!(match_ranges(text, "   ").is_empty());
    assert!(match_ranges("", "cafe").is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    let index = Index::new(&guide());
    let huge_words = "a ".repeat(100_000);
    let huge_word = "x".repeat(1_000_000);
    let odd = [
        "🦵💥",
        "cramp 🦵",
        "e\u{301}\u{301}\u{301}",
        "\u{301}",
        "\u{200d}\u{fe0f}",
        "\0\x1b[31m",
        "İstanbul",
        "ß ẞ ﬁ",
        "עברית العربية",
        "日本語",
        huge_words.as_str(),
        huge_word.as_str(),
        "calf\u{0}massage",
    ];
    for q in odd {
        for hit in index.search(q, 20) {
            assert_hit_well_formed(&hit, q);
        }
        for r in match_ranges(q, q) {
            assert!(q.is_char_boundary(r.start) && q.is_char_boundary(r.end));
        }
        let _ = normalize(q);
    }
}

/// Not a pass/fail check: run with `--nocapture` to see the time of one search.
#[test]
fn time_one_search() {
    let index = Index::new(&guide());
    let queries = ["charley horse", "magnes", "blood clot", "water pills", "cramp", "xyz"];
    let rounds = 200u32;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for q in queries {
            std::hint::black_box(index.search(q, 50));
        }
    }
    let per = start.elapsed() / (rounds * queries.len() as u32);
    println!("one search over the shipped guide: {per:?}");
}

proptest! {
    #[test]
    fn any_query_is_safe(query in "\\PC{0,40}|[a-zA-Z\u{300}-\u{36f}'’ -]{0,30}") {
        for hit in SHIPPED.search(&query, 20) {
            assert_hit_well_formed(&hit, &query);
        }
    }

    #[test]
    fn match_ranges_are_sorted_boundaries(text in "\\PC{0,60}", query in "\\PC{0,12}") {
        let ranges = match_ranges(&text, &query);
        let mut last = 0;
        for r in ranges {
            prop_assert!(r.start >= last && r.start < r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            last = r.end;
        }
    }

    #[test]
    fn normalize_is_idempotent(s in "\\PC{0,60}") {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
    }
}
