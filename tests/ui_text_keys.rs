//! The key table's words come from the guide: what each key does in help,
//! its word in the footer (and the shorter one for a narrow footer), the
//! headings and notes of help.

mod common;

use common::Harness;
use crossterm::event::KeyCode;

const SHIPPED: &str = include_str!("../guide.toml");

/// The shipped guide with its key words replaced, in Spanish.
fn spanish() -> String {
    format!(
        "{SHIPPED}\n[ui.keys]\nglobal_heading = \"En todas partes\"\n\
         global_search_help = \"buscar en toda la guía\"\nglobal_search_hint = \"buscar\"\n\
         global_search_hint_short = \"bus\"\nglobal_help_hint = \"ayuda\"\nglobal_help_hint_short = \"ay\"\n\
         global_quit_asks_hint = \"salir\"\nglobal_quit_asks_hint_short = \"sal\"\n\
         search_note = \"escriba para buscar\"\n"
    )
}

#[test]
fn the_footer_says_the_guide_s_words_for_the_keys() {
    let mut h = Harness::with_guide(120, 30, &spanish());
    h.app.show_disclaimer = false;
    let footer = h.screen().lines().last().unwrap().to_string();
    for said in ["/ buscar", "? ayuda", "q salir"] {
        assert!(footer.contains(said), "{said:?}: {footer}");
    }
    for english in ["search", "help", "quit"] {
        assert!(!footer.contains(english), "{english:?}: {footer}");
    }
}

#[test]
fn a_narrow_footer_takes_the_guide_s_shorter_words() {
    let mut h = Harness::with_guide(40, 12, &spanish());
    h.app.show_disclaimer = false;
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("/ bus") && footer.contains("? ay"), "{footer}");
    assert!(!footer.contains("find"), "{footer}");
}

#[test]
fn help_says_the_guide_s_headings_texts_and_notes() {
    let mut h = Harness::with_guide(120, 200, &spanish());
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('?'));
    let s = h.screen();
    for said in ["En todas partes", "buscar en toda la guía", "escriba para buscar"] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    for english in ["Everywhere", "search the whole guide", "type to search"] {
        assert!(!s.contains(english), "{english:?}:\n{s}");
    }
}

/// The shipped guide with the footer's and help's own words replaced.
fn spanish_chrome() -> String {
    format!(
        "{SHIPPED}\n[ui.help]\ntitle = \"Teclas · {{close}} cierra\"\n\
         [ui.footer]\ntoo_small = \"Agrande la ventana ({{width}}×{{height}}) · {{quit}} sale\"\n\
         [ui.cramp]\nquit_question = \"¿Salir? Calambre de {{lasted}}: {{save}} guarda · {{discard}} tira · {{keep}} sigue\"\n"
    )
}

#[test]
fn help_s_title_is_the_guide_s_with_the_key_that_closes_it() {
    let mut h = Harness::with_guide(80, 24, &spanish_chrome());
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('?'));
    let s = h.screen();
    assert!(s.contains(" Teclas · Esc cierra "), "{s}");
    assert!(!s.contains("Keys"), "{s}");
}

#[test]
fn the_quit_question_while_a_cramp_is_timed_is_the_guide_s() {
    let mut h = Harness::with_guide(80, 24, &spanish_chrome());
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Char('q'));
    let s = h.screen();
    assert!(s.contains("¿Salir? Calambre de 0:00: s guarda · x tira · n sigue"), "{s}");
    assert!(!s.contains("Quit?"), "{s}");
}

#[test]
fn a_window_too_small_asks_in_the_guide_s_words() {
    let h = Harness::with_guide(30, 10, &spanish_chrome());
    let s = h.screen();
    assert!(s.contains("Agrande la ventana (40×12) · q"), "{s}");
    assert!(!s.contains("larger"), "{s}");
}
