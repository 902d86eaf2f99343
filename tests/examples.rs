//! The guides in `examples/`, on another topic and in another language,
//! load and run: a new topic or a new language is only a new TOML file.

mod common;

use std::path::PathBuf;

use common::Harness;
use common::process::Binary;
use crossterm::event::KeyCode;

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .expect("the examples folder")
        .map(|e| e.expect("an example").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "examples/ holds at least one guide");
    files
}

#[test]
fn every_example_passes_check() {
    for path in examples() {
        let out = Binary::new().arg("--guide").arg(&path).arg("--check").output().expect("run --check");
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{}: {}{said}", path.display(), String::from_utf8_lossy(&out.stderr));
        assert!(said.contains(": valid, "), "{said}");
    }
}

#[test]
fn the_spanish_hiccups_guide_speaks_spanish_on_its_red_flags_and_searches_in_spanish() {
    let path = examples().into_iter().find(|p| p.ends_with("hipo.es.toml")).expect("the hiccups example");
    let text = std::fs::read_to_string(path).unwrap();
    let mut h = Harness::with_guide(80, 24, &text);
    h.app.show_disclaimer = false;
    h.tab_of_kind("triage");
    let s = h.screen();
    for said in ["Valoración", "NADA MARCADO TODAVÍA", "Pregunta 1 de 2 · 0 marcadas", "Por qué importa"] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    h.press(KeyCode::Char(' '));
    let s = h.screen();
    assert!(s.contains("1 marcada") && s.contains("Porque marcaste"), "{s}");
    // The tab's own panes; the footer's key hints are the key table's.
    let panes: String = s.lines().take(s.lines().count() - 1).collect::<Vec<_>>().join("\n");
    for english in ["Verdict", "Question", "ticked", "Why it matters", "Because you ticked", "cramp", "Cramp"] {
        assert!(!panes.contains(english), "{english:?} left on the Spanish red flags:\n{panes}");
    }
    // Spanish stemming: "respiraciones" finds "Respiración lenta".
    h.search_and_go("respiraciones");
    assert!(h.screen().contains("Respiración lenta"), "{}", h.screen());
}
