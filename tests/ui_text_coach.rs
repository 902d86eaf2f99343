//! The coach takes its words from the guide's `[ui.coach]` table, and the
//! keys it names from the key table: the routine list, a session, its
//! badge, its pause, the question before stopping, its end and its notes.
//! Every coach text is replaced by a pseudo-localised copy (vowels
//! accented), and no English word of the code is left on screen.

mod common;

use common::Harness;
use cramp_guide::app::TabState;
use cramp_guide::coach::RunState;
use cramp_guide::guide::DEFAULT_GUIDE;
use cramp_guide::guide::ui_text::DEFAULTS;
use cramp_guide::text::figures::Numbers;
use crossterm::event::KeyCode;

/// `text` with its vowels accented, its placeholders kept.
fn accented(text: &str) -> String {
    let mut inside = false;
    text.chars()
        .map(|c| {
            inside = (inside || c == '{') && c != '}';
            match c {
                _ if inside => c,
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                'u' => 'ú',
                'A' => 'Á',
                'E' => 'É',
                'I' => 'Í',
                'O' => 'Ó',
                'U' => 'Ú',
                c => c,
            }
        })
        .collect()
}

/// The shipped guide with every `[ui.coach]` text accented.
fn guide() -> String {
    let defaults: toml::Table = DEFAULTS.parse().unwrap();
    let accent = |value: &toml::Value| match value {
        toml::Value::String(s) => toml::Value::String(accented(s)),
        toml::Value::Table(forms) => toml::Value::Table(
            forms.iter().map(|(k, v)| (k.clone(), toml::Value::String(accented(v.as_str().unwrap())))).collect(),
        ),
        _ => unreachable!(),
    };
    let coach: toml::Table =
        defaults["ui"]["coach"].as_table().unwrap().iter().map(|(k, v)| (k.clone(), accent(v))).collect();
    let ui = toml::Table::from_iter([("coach".to_string(), toml::Value::Table(coach))]);
    let doc = toml::Table::from_iter([("ui".to_string(), toml::Value::Table(ui))]);
    format!("{DEFAULT_GUIDE}\n{}", toml::to_string(&doc).unwrap())
}

/// The English words of the coach's code found on `screen` above its
/// footer (the footer's key hints are the key table's).
fn english_left(screen: &str) -> Vec<&'static str> {
    const ENGLISH: &[&str] = &[
        "Coach ·",
        "Coach:",
        "Routines",
        "starts ·",
        "in all",
        "Caution:",
        "Steps",
        "Get ready ·",
        "breathe in",
        "breathe out",
        "BREATHE",
        "GET READY",
        "HOLD",
        "PAUSED",
        "READ THE",
        "BEFORE YOU",
        "step ",
        " left",
        "getting ready",
        "Next:",
        "Routine",
        "Every phase",
        "Well done",
        "Time taken",
        " done",
        "Skipped",
        "Nothing skipped",
        " more",
        "again",
        "back to the",
        "Stop the",
        "keeps going",
        "last time",
        "Get ready",
        "Switch to",
        "Relax, then",
        "Breathe in",
        "Breathe out",
        "cycle ",
    ];
    let lines: Vec<&str> = screen.lines().collect();
    let above = lines[..lines.len() - 1].join("\n");
    ENGLISH.iter().copied().filter(|w| above.contains(w)).collect()
}

fn coach_at(w: u16, h: u16, id: &str) -> Harness {
    let mut harness = Harness::with_guide(w, h, &guide());
    harness.app.show_disclaimer = false;
    harness.select_routine(id);
    harness
}

fn state(h: &Harness) -> Option<RunState> {
    match &h.app.tabs[h.app.tab] {
        TabState::Coach(c) => c.session.as_deref().map(|(_, s)| s.state()),
        _ => None,
    }
}

#[test]
fn the_routine_list_says_the_guide_s_words() {
    let h = coach_at(120, 60, "slow-exhale");
    let s = h.screen();
    assert!(s.contains("Enter stárts · ") && s.contains(" ín áll"), "{s}");
    assert!(s.contains("bréáthé óút"), "the breathing pattern:\n{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
    let h = coach_at(120, 60, "calf-relief");
    let s = h.screen();
    assert!(s.contains("Cáútíón: ") && s.contains("Stéps"), "{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
}

#[test]
fn a_session_its_pause_badge_question_and_end_say_the_guide_s_words() {
    let mut h = coach_at(80, 24, "slow-exhale");
    h.start_routine();
    h.advance(std::time::Duration::from_secs(1));
    let s = h.screen();
    assert!(s.contains("Cóách · "), "the frame's title:\n{s}");
    assert!(s.contains("GÉT RÉÁDY") || s.contains("BRÉÁTHÉ"), "{s}");
    assert!(s.contains("stép 1 óf") || s.contains("géttíng réády"), "{s}");
    h.press(KeyCode::Char(' '));
    let s = h.screen();
    assert!(s.contains("PÁÚSÉD: Space résúmés"), "the key from the key table:\n{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
    h.press(KeyCode::Char(' '));
    // Running out of sight: the badge.
    h.press(KeyCode::Char('1'));
    let s = h.screen();
    assert!(s.contains("Cóách: "), "the badge:\n{s}");
    h.tab_of_kind("coach");
    h.press(KeyCode::Esc);
    let s = h.screen();
    assert!(s.contains("Stóp thé róútíné? y stóps · n kééps góíng"), "{s}");
    h.press(KeyCode::Char('n'));
    for _ in 0..200 {
        if state(&h) == Some(RunState::Finished) {
            break;
        }
        h.press(KeyCode::Char('n'));
    }
    let s = h.screen();
    assert!(s.contains("Évéry phásé skíppéd."), "{s}");
    assert!(s.contains("Tímé tákén: ") && s.contains("r ágáín · Esc báck tó thé róútínés"), "{s}");
    // The skipped parts, with the time each had left, are named in the
    // guide's words too.
    assert!(s.contains("Gét réády") && s.contains(" s léft)"), "{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
    h.press(KeyCode::Char(' '));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("Róútíné éndéd: r rúns ít ágáín."), "{footer}");
}

#[test]
fn the_sound_and_cue_notes_say_the_guide_s_words() {
    let data = tempfile::tempdir().unwrap();
    let mut h = coach_at(80, 24, "slow-exhale");
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    h.start_routine();
    h.press(KeyCode::Char('c'));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("Spókén cúés: "), "{footer}");
}

#[test]
fn the_engine_s_instructions_and_names_of_skipped_parts_say_the_guide_s_words() {
    let guide = cramp_guide::guide::parse_guide(&guide(), "guide.toml").unwrap();
    let (tab, index) = guide.find_routine("bedtime-stretch").unwrap();
    let cramp_guide::guide::model::TabBody::Coach(routines) = &guide.tabs[tab].body else { unreachable!() };
    let timeline = cramp_guide::coach::Timeline::new(&routines[index], &guide.ui, Numbers::ENGLISH);
    let said: Vec<&str> = timeline.segments().iter().map(|s| s.say.as_str()).collect();
    assert!(said[0].starts_with("Gét réády: "), "{said:?}");
    assert!(said.iter().any(|s| s.starts_with("Swítch tó thé ")), "{said:?}");
    let named: Vec<String> = (0..timeline.segments().len()).map(|i| timeline.describe(i)).collect();
    let all = named.join("\n");
    for english in ["Get ready", "Switch to", "Relax", " of "] {
        assert!(!all.contains(english), "{english:?} left:\n{all}");
    }
    // A breathing phase the guide gives no words of its own is named in
    // the UI's words.
    let (tab, index) = guide.find_routine("slow-exhale").unwrap();
    let cramp_guide::guide::model::TabBody::Coach(routines) = &guide.tabs[tab].body else { unreachable!() };
    let mut routine = routines[index].clone();
    for step in &mut routine.steps {
        if let cramp_guide::guide::model::StepKind::Breathe { phases, .. } = &mut step.kind {
            phases.iter_mut().for_each(|p| p.say.clear());
        }
    }
    let timeline = cramp_guide::coach::Timeline::new(&routine, &guide.ui, Numbers::ENGLISH);
    let said: Vec<&str> = timeline.segments().iter().map(|s| s.say.as_str()).collect();
    assert!(said.contains(&"Bréáthé ín") && said.contains(&"Bréáthé óút"), "{said:?}");
    let named = timeline.describe(1);
    assert!(named.contains(", cyclé 1 óf "), "{named}");
}

#[test]
fn the_plain_coach_says_the_guide_s_words() {
    let text = format!(
        "{DEFAULT_GUIDE}\n[ui.plain_coach]\nheading = \"{{routine}}: {{length}} en total\"\n\
         caution = \"Cuidado: {{caution}}\"\non_side = \"{{say}} [{{side}}]\"\nseconds = \"{{seconds}} seg\"\n\
         cycle_of = \"ciclo {{at}}/{{total}}\"\nround_of = \"vuelta {{at}}/{{total}}\"\ndone = \"Hecho: {{length}}\"\n"
    );
    let guide = cramp_guide::guide::parse_guide(&text, "guide.toml").unwrap();
    let (tab, index) = guide.find_routine("calf-relief").unwrap();
    let cramp_guide::guide::model::TabBody::Coach(routines) = &guide.tabs[tab].body else { unreachable!() };
    let lines: Vec<String> = cramp_guide::plain_coach::script(&routines[index], &guide.ui, Numbers::ENGLISH)
        .into_iter()
        .map(|c| c.line)
        .collect();
    let all = lines.join("\n");
    assert!(lines[0].starts_with("Calf cramp relief: ") && lines[0].ends_with(" en total"), "{all}");
    assert!(lines[1].starts_with("Cuidado: "), "{all}");
    assert!(all.contains(" seg") && all.contains("vuelta 1/"), "{all}");
    assert!(lines.last().unwrap().starts_with("Hecho: "), "{all}");
    for english in ["in all", "Caution:", " s —", "cycle ", "round ", "Done"] {
        assert!(!all.contains(english), "{english:?} left:\n{all}");
    }
}
