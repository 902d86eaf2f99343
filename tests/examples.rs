//! The guides in `examples/`, on another topic and in another language,
//! load and run: a new topic or a new language is only a new TOML file.

mod common;
#[path = "common/pseudo.rs"]
mod pseudo;
#[path = "common/walk.rs"]
mod walk;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::Harness;
use common::process::Binary;
use cramp_guide::guide::ui_text::DEFAULTS;
use crossterm::event::KeyCode;
use walk::Walk;

/// English words the Spanish guide's screens still show because the code
/// holds them, each with where it comes from. Empty this list as they move
/// to `ui.en.toml`.
const STILL_IN_CODE: &[(&str, &str)] = &[
    // Key names, as the keys are labelled (src/app/keys.rs, `KEYS`): the
    // names on the keys themselves, the same in every guide.
    ("space", "key name, src/app/keys.rs"),
    ("enter", "key name, src/app/keys.rs"),
    ("backspace", "key name, src/app/keys.rs"),
    ("delete", "key name, src/app/keys.rs"),
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
        let out = Binary::new().arg("--guide").arg(&path).arg("--check").output().expect("run --check");
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{}: {}{said}", path.display(), String::from_utf8_lossy(&out.stderr));
        assert!(said.lines().count() > 2, "a line per tab:\n{said}");
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

/// The Spanish guide's text, and every English word of the screens' own
/// texts ("cramp" among them) but those Spanish has too ("general", "plan").
fn spanish_guide() -> (PathBuf, String, BTreeSet<String>) {
    let path = examples().into_iter().find(|p| p.ends_with("hipo.es.toml")).expect("the hiccups example");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut spanish = pseudo::english_words(&text, "");
    // The program's name, `cramp-guide`, is in a Spanish text.
    spanish.remove("cramp");
    let english: BTreeSet<String> = pseudo::english_words("", DEFAULTS).difference(&spanish).cloned().collect();
    assert!(english.contains("cramp") && english.contains("verdict") && !english.contains("general"));
    (path, text, english)
}

#[test]
fn the_spanish_hiccups_guide_prints_in_spanish() {
    let (path, text, english) = spanish_guide();
    let urls = pseudo::urls(&text);
    let guide = cramp_guide::guide::parse_guide(&text, "hipo.es.toml").unwrap();
    let mut said = vec![("coach --help".to_string(), cramp_guide::report::routine_table(&guide))];
    for routine in guide.routines() {
        let numbers =
            cramp_guide::text::figures::Numbers { decimal: &guide.locale.decimal, thousands: &guide.locale.thousands };
        let cues = cramp_guide::plain_coach::script(routine, &guide.ui, numbers);
        let lines: Vec<&str> = cues.iter().map(|c| c.line.as_str()).collect();
        said.push((format!("coach {} --plain", routine.id), lines.join("\n")));
    }
    for args in [&["--check"][..], &["--print"], &["--print", "--format", "markdown"], &["--list"]] {
        let out = Binary::new().arg("--guide").arg(&path).args(args).output().expect("run cramp-guide");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        said.push((args.join(" "), String::from_utf8_lossy(&out.stdout).into_owned()));
    }
    // `--list` and `coach --help` name each item by its id too, `--check`
    // each tab's kind as the file writes it, and the program by its name.
    let mut data = pseudo::strings_of(&text, "id");
    data.extend(pseudo::strings_of(&text, "kind"));
    data.push("cramp-guide".into());
    for (what, text) in said {
        let words = text.split_whitespace().filter(|w| !data.iter().any(|d| d == w.trim_matches(['(', ')'])));
        let left: Vec<String> = pseudo::english_on(&words.collect::<Vec<_>>().join(" "), &english, &urls)
            .into_iter()
            .filter(|w| !STILL_IN_CODE.iter().any(|(s, _)| s == w))
            .collect();
        assert!(left.is_empty(), "{what} says English {left:?}:\n{text}");
    }
}

#[test]
fn every_screen_of_the_spanish_hiccups_guide_is_in_spanish_and_never_about_cramps() {
    let (_, text, english) = spanish_guide();
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
