//! The cramp screen, its badge, its notice, its question and its notes take
//! their words from the guide's `[ui.cramp]` table, and the keys they name
//! from the key table: a guide on hiccups says "Hipo 1:23".

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::guide::DEFAULT_GUIDE;
use crossterm::event::KeyCode;

const CRAMP: &str = r#"
[ui.cramp]
lasting = "dura {time}"
over_threshold = "{level} — pasados {after}"
source = "Fuente: {title} {url}"
do_this_now = "Haz esto ahora"
enter_starts = "{key} empieza «{routine}» en el entrenador"
enter_goes_back = "{key} vuelve a «{routine}»"
watch_for = "Señales de alarma"
level_action = "⇒ {level}"
first_then_level = "⇒ {first}; luego {level}"
your_diary = "Tu diario: {fact}"
key_stopped = "paró"
key_discard = "descartar"
key_hide = "ocultar"
badge = "Hipo {time}"
notice = "Hipo de más de {after}: {action}"
notice_keys = "{key} muestra qué hacer"
quit_question = "¿Salir? Hipo de {lasted}. {save} guarda · {discard} descarta · {keep} sigue"
no_screen = "Sin pantalla de hipo."
timer_back = "El cronómetro ha vuelto."
keeps_running_routine = "El cronómetro sigue: {show} lo muestra."
discarded = "Cronómetro descartado · {undo} deshace"
keeps_running = "El cronómetro sigue: {show} lo muestra, {stopped} lo termina."
"#;

/// English words of the cramp screen and its notes, none of which may show
/// with the table above.
const ENGLISH: &[&str] = &[
    "lasting",
    "Do this now",
    "Red flags to watch",
    "in the coach",
    "it stopped",
    "discard the timer",
    "hide (the",
    "Cramp ",
    "— over",
    "shows what to do",
    "Source:",
    "Quit?",
    "keeps going",
    "timer",
    "then ",
];

/// The English words left on `screen` above its footer (the footer's key
/// hints are the key table's).
fn english_left(screen: &str) -> Vec<&'static str> {
    let lines: Vec<&str> = screen.lines().collect();
    let above = lines[..lines.len() - 1].join("\n");
    ENGLISH.iter().copied().filter(|w| above.contains(w)).collect()
}

/// The shipped guide with the table above, and its cramp screen's title
/// in the same words.
fn guide() -> String {
    let title = "[cramp_now]\ntitle = \"Cramp right now\"";
    assert!(DEFAULT_GUIDE.contains(title));
    format!("{}\n{CRAMP}", DEFAULT_GUIDE.replace(title, "[cramp_now]\ntitle = \"Hipo: ahora\""))
}

#[test]
fn the_cramp_screen_and_its_badge_and_notice_say_the_guide_s_words() {
    let mut h = Harness::with_guide(120, 70, &guide());
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('!'));
    h.advance(Duration::from_secs(83));
    let s = h.screen();
    for said in ["dura 1:23", "HAZ ESTO AHORA", "Enter empieza «", "SEÑALES DE ALARMA", "⇒ ", "s paró · x descartar"]
    {
        let said = said.replace("HAZ ESTO AHORA", "Haz esto ahora").replace("SEÑALES DE ALARMA", "Señales de alarma");
        assert!(s.contains(&said), "{said:?}:\n{s}");
    }
    assert!(s.contains("Esc ocultar"), "{s}");
    let keys = s.lines().find(|l| l.contains("s paró")).unwrap_or_default();
    assert!(
        keys.trim_matches(|c: char| c == '│' || c == '"' || c == ' ').starts_with("s paró"),
        "no mark before the first key: {keys}"
    );
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
    // Past the guide's threshold: the advice, its sources, the badge and
    // the notice under the tabs, hidden or not.
    h.advance(Duration::from_secs(11 * 60));
    h.press(KeyCode::Esc);
    let s = h.screen();
    assert!(s.contains("Hipo 12:23"), "the badge:\n{s}");
    assert!(s.contains("Hipo de más de 10:00:") && s.contains("! muestra qué hacer"), "the notice:\n{s}");
    assert!(s.contains("El cronómetro sigue: ! lo muestra, s lo termina."), "the note of Esc:\n{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
    h.press(KeyCode::Char('!'));
    let s = h.screen();
    assert!(s.contains("— pasados 10:00") && s.contains("Fuente: "), "{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
    h.press(KeyCode::Enter);
    let s = h.screen();
    assert!(s.contains("El cronómetro sigue: ! lo muestra."), "{s}");
    h.press(KeyCode::Char('q'));
    let s = h.screen();
    assert!(s.contains("¿Salir? Hipo de 12:23. s guarda · x descarta · n sigue"), "{s}");
    assert_eq!(english_left(&s), Vec::<&str>::new(), "{s}");
}

#[test]
fn the_notes_of_discarding_and_undoing_say_the_guide_s_words() {
    let mut h = Harness::with_guide(80, 24, &guide());
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Char('x'));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("Cronómetro descartado · u deshace"), "{footer}");
    h.press(KeyCode::Char('u'));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("El cronómetro ha vuelto."), "{footer}");
}

#[test]
fn a_guide_without_a_cramp_screen_says_so_in_its_words() {
    let mut h = Harness::with_guide(80, 24, &guide());
    h.app.show_disclaimer = false;
    h.app.guide.cramp_now = None;
    h.press(KeyCode::Char('!'));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("Sin pantalla de hipo."), "{footer}");
}
