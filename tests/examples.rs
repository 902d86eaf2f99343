//! The guides in `examples/`, on another topic and in another language,
//! load and run: a new topic or a new language is only a new TOML file.

mod common;
#[path = "common/pseudo.rs"]
mod pseudo;
#[path = "common/walk.rs"]
mod walk;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use common::Harness;
use cramp_guide::guide::ui_text::DEFAULTS;
use crossterm::event::KeyCode;
use walk::Walk;

/// English words the Spanish guide's screens still show because the code
/// holds them, each with where it comes from. Empty this list as they move
/// to `ui.en.toml`.
const STILL_IN_CODE: &[(&str, &str)] = &[
    // Key names, as the keys are labelled (src/app/keys.rs, `KEYS`).
    ("space", "key name, src/app/keys.rs"),
    ("enter", "key name, src/app/keys.rs"),
    ("backspace", "key name, src/app/keys.rs"),
    ("delete", "key name, src/app/keys.rs"),
    // A pane's frame: "lines 1–20 of 58  PgDn for more" (src/view/pane.rs).
    ("lines", "a pane's frame, src/view/pane.rs"),
    ("more", "a pane's frame, src/view/pane.rs"),
    // The title of a question's popup (src/ui/mod.rs).
    ("question", "the confirm popup's title, src/ui/mod.rs"),
    // A routine's lead-in, "Get ready: Respira" (src/coach/timeline.rs).
    ("ready", "the lead-in's name, src/coach/timeline.rs"),
    // A skipped phase at a routine's end, "Respira: Breathe in, cycle 2 of 3
    // (1.0 s left)" (src/coach/timeline.rs, src/coach/session.rs, and
    // `PhaseKind::label` in src/guide/model.rs).
    ("breathe", "a skipped phase, src/coach/timeline.rs"),
    ("cycle", "a skipped phase, src/coach/timeline.rs"),
    ("left", "a skipped phase, src/coach/session.rs"),
];

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
        let out = Command::new(env!("CARGO_BIN_EXE_cramp-guide"))
            .arg("--guide")
            .arg(&path)
            .arg("--check")
            .env("CRAMP_GUIDE_DATA_DIR", tempfile::tempdir().unwrap().path())
            .output()
            .expect("run --check");
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

#[test]
fn every_screen_of_the_spanish_hiccups_guide_is_in_spanish_and_never_about_cramps() {
    let path = examples().into_iter().find(|p| p.ends_with("hipo.es.toml")).expect("the hiccups example");
    let text = std::fs::read_to_string(path).unwrap();
    // Every English word of the screens' own texts, "cramp" among them, but
    // those Spanish has too ("general", "plan", "total").
    let spanish = pseudo::english_words(&text, "");
    let english: BTreeSet<String> = pseudo::english_words("", DEFAULTS).difference(&spanish).cloned().collect();
    assert!(english.contains("cramp") && english.contains("verdict") && !english.contains("general"));
    let urls = pseudo::urls(&text);
    let mut problems = Vec::new();
    for (width, height) in [(80, 24), (50, 16), (40, 12)] {
        let data = tempfile::tempdir().unwrap();
        let walk = Walk::new(&text, width, height, data.path(), "hipo");
        for (what, screen) in &walk.screens {
            let left: Vec<String> = pseudo::english_on(screen, &english, &urls)
                .into_iter()
                .filter(|w| !STILL_IN_CODE.iter().any(|(s, _)| s == w))
                .collect();
            if !left.is_empty() {
                problems.push(format!("{width}×{height}, {what}: {left:?}\n{screen}"));
            }
        }
    }
    assert!(problems.is_empty(), "{} screens show English:\n{}", problems.len(), problems.join("\n"));
}
