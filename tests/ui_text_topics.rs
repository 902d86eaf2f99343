//! A topics tab's words come from the guide: a guide's `[ui.topics]`
//! replaces the list's frame, the related entries' heading and labels, and
//! the sources' heading and numbers, which every tab's text shares.

mod common;

use common::Harness;

const SHIPPED: &str = include_str!("../guide.toml");

const SPANISH: &str = r#"
[ui.topics]
list_title = "{at} de {total}"
related_heading = "Relacionado · {next} {previous} elige · {open} abre"
related_entry = "{title} (en {tab})"
sources = "Fuentes"
source_number = "({n})"
"#;

#[test]
fn a_topics_tab_s_words_come_from_the_guide() {
    let text = format!("{SHIPPED}\n{SPANISH}");
    let mut h = Harness::with_guide(120, 120, &text);
    h.app.show_disclaimer = false;
    h.tab_of_kind("topics");
    let s = h.screen();
    for said in
        ["1 de 10", "Relacionado · ] [ elige · Enter abre", "How a cramp feels (en Overview)", "Fuentes", "(1) "]
    {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    for english in ["1 of 10", "Related", "Sources", "[1]", "opens", "How a cramp feels (Overview)"] {
        assert!(!s.contains(english), "{english:?} is still English:\n{s}");
    }
}

#[test]
fn the_sources_of_every_tab_s_text_use_the_same_words() {
    let text = format!("{SHIPPED}\n{SPANISH}");
    for kind in ["coach", "hydration", "triage"] {
        let mut h = Harness::with_guide(120, 200, &text);
        h.app.show_disclaimer = false;
        h.tab_of_kind(kind);
        let s = h.screen();
        assert!(s.contains("Fuentes") && s.contains("(1) "), "{kind}:\n{s}");
        assert!(!s.contains("Sources") && !s.contains("[1]"), "{kind}:\n{s}");
    }
}
