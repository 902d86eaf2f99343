//! The shipped guide pseudo-localised (every display string and every text
//! of the screens accented and a third longer) passes `--check`, prints,
//! and shows no plain English word on any screen of a walk over them all:
//! whatever English is left is a word the code still holds.

mod common;
#[path = "common/pseudo.rs"]
mod pseudo;
#[path = "common/walk.rs"]
mod walk;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

use common::process::Binary;

use pseudo::{cut_words, display_words, english_on, english_words, pseudo_guide, pseudo_text, strings_of, urls};
use walk::Walk;

const SHIPPED: &str = include_str!("../guide.toml");

/// English words a screen still shows because the code holds them, each
/// with where it comes from. Empty this list as they move to `ui.en.toml`.
const STILL_IN_CODE: &[(&str, &str)] = &[
    // Key names, as the keys are labelled (src/app/keys.rs, `KEYS`): the
    // names on the keys themselves, the same in every guide.
    ("space", "key name, src/app/keys.rs"),
    ("enter", "key name, src/app/keys.rs"),
    ("shift", "key name, src/app/keys.rs"),
    ("backspace", "key name, src/app/keys.rs"),
    ("delete", "key name, src/app/keys.rs"),
];

fn cramp_guide(args: &[&str], data: &Path) -> Output {
    Binary::new().args(args).env("CRAMP_GUIDE_DATA_DIR", data).env("NO_COLOR", "1").output().expect("run cramp-guide")
}

fn ui_text() -> String {
    let data = tempfile::tempdir().unwrap();
    let out = cramp_guide(&["ui-text"], data.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("ui-text prints UTF-8")
}

/// The pseudo guide and what is English in it.
struct Pseudo {
    guide: String,
    english: BTreeSet<String>,
    urls: Vec<String>,
}

impl Pseudo {
    fn new() -> Pseudo {
        let ui = ui_text();
        Pseudo { guide: pseudo_guide(SHIPPED, &ui), english: english_words(SHIPPED, &ui), urls: urls(SHIPPED) }
    }

    /// The English words of `text`, but those on the [`STILL_IN_CODE`] list.
    fn still_english(&self, text: &str) -> Vec<String> {
        let listed = |w: &String| STILL_IN_CODE.iter().any(|(s, _)| s == w);
        english_on(text, &self.english, &self.urls).into_iter().filter(|w| !listed(w)).collect()
    }
}

#[test]
fn the_pseudo_guide_passes_check_and_every_part_prints() {
    let pseudo = Pseudo::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pseudo.toml");
    std::fs::write(&file, &pseudo.guide).unwrap();
    let file = file.to_str().unwrap();
    let out = cramp_guide(&["--guide", file, "--check"], dir.path());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}{said}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains(&pseudo_text("valid")), "--check speaks the guide's words:\n{said}");
    let tabs = said.lines().filter(|l| l.starts_with(' ')).count();
    assert!(tabs >= 4, "{said}");
    let mut parts: Vec<String> = (1..=tabs).map(|t| t.to_string()).collect();
    parts.push(String::new());
    for part in parts {
        for format in ["text", "markdown"] {
            let mut args = vec!["--guide", file, "--format", format, "--print"];
            if !part.is_empty() {
                args.push(&part);
            }
            let out = cramp_guide(&args, dir.path());
            let printed = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "--print {part} --format {format}: {}", String::from_utf8_lossy(&out.stderr));
            assert!(printed.lines().count() > 3, "--print {part}:\n{printed}");
            let left = pseudo.still_english(&printed);
            assert!(left.is_empty(), "--print {part} --format {format} prints English {left:?}:\n{printed}");
        }
    }
}

#[test]
fn every_screen_of_the_pseudo_guide_shows_only_pseudo_words() {
    let pseudo = Pseudo::new();
    let query = pseudo_text("calf");
    let mut problems = Vec::new();
    let mut listed_seen = BTreeSet::new();
    for (width, height) in [(80, 24), (50, 16), (40, 12)] {
        let data = tempfile::tempdir().unwrap();
        let walk = Walk::new(&pseudo.guide, width, height, data.path(), &query);
        assert!(walk.screens.len() > 60, "the walk saw {} screens", walk.screens.len());
        for (what, screen) in &walk.screens {
            listed_seen.extend(english_on(screen, &pseudo.english, &pseudo.urls));
            let left = pseudo.still_english(screen);
            if !left.is_empty() {
                problems.push(format!("{width}×{height}, {what}: {left:?}\n{screen}"));
            }
        }
    }
    assert!(problems.is_empty(), "{} screens show English:\n{}", problems.len(), problems.join("\n"));
    // The list says only what is true: a word no screen shows any more
    // comes off it.
    let stale: Vec<String> = STILL_IN_CODE
        .iter()
        .filter(|(word, _)| !listed_seen.contains(*word))
        .map(|(w, from)| format!("{w} ({from})"))
        .collect();
    assert!(stale.is_empty(), "no longer on any screen, take them off STILL_IN_CODE: {stale:?}");
}

#[test]
fn the_pseudo_guide_s_command_line_speaks_its_words() {
    let pseudo = Pseudo::new();
    let guide = cramp_guide::guide::parse_guide(&pseudo.guide, "pseudo.toml").expect("the pseudo guide loads");
    let table = cramp_guide::report::routine_table(&guide);
    assert!(table.starts_with(&pseudo_text("Routines:")), "{table}");
    let mut said = vec![("coach --help's routines".to_string(), table)];
    for routine in guide.routines() {
        let numbers =
            cramp_guide::text::figures::Numbers { decimal: &guide.locale.decimal, thousands: &guide.locale.thousands };
        let lines = cramp_guide::plain_coach::script(routine, &guide.ui, numbers);
        let text: Vec<String> =
            lines.iter().map(|c| format!("{} {}", c.line, c.speak.as_deref().unwrap_or(""))).collect();
        said.push((format!("coach {} --plain", routine.id), text.join("\n")));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pseudo.toml");
    std::fs::write(&file, &pseudo.guide).unwrap();
    let file = file.to_str().unwrap();
    let add =
        ["diary", "--guide", file, "add", "--duration", "14:00", "--detail", "leg=left", "--at", "2026-11-20 23:30"];
    for args in [&add[..], &["--guide", file, "--list"], &["diary", "--guide", file, "list"]]
        .into_iter()
        .chain([&["diary", "--guide", file, "stats"][..], &["diary", "--guide", file, "export"]])
    {
        let out = cramp_guide(args, dir.path());
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        said.push((args.join(" "), text));
    }
    // `--list` and `coach --help` name every item by its id as well.
    let ids = strings_of(SHIPPED, "id");
    for (what, text) in said {
        let words = text.split_whitespace().filter(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            !ids.iter().any(|id| id == bare)
        });
        let left = pseudo.still_english(&words.collect::<Vec<_>>().join(" "));
        assert!(left.is_empty(), "{what} says English {left:?}:\n{text}");
    }
}

#[test]
fn text_a_third_longer_is_cut_only_between_words_or_with_an_ellipsis() {
    let pseudo = Pseudo::new();
    let words = display_words(&pseudo.guide);
    let mut problems = Vec::new();
    for (width, height) in [(80, 24), (50, 16), (40, 12)] {
        let data = tempfile::tempdir().unwrap();
        let walk = Walk::new(&pseudo.guide, width, height, data.path(), &pseudo_text("calf"));
        for (what, screen) in &walk.screens {
            let cut = cut_words(screen, &words);
            if !cut.is_empty() {
                problems.push(format!("{width}×{height}, {what}: {cut:?}\n{screen}"));
            }
        }
    }
    assert!(problems.is_empty(), "{} screens cut a word:\n{}", problems.len(), problems.join("\n"));
}
