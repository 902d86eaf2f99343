//! Pasting: a bracketed paste goes only where a person types (the search
//! line, a text row of the diary's form, the weight field), with its line
//! breaks as spaces; anywhere else it is never pressed as keys, and the
//! footer says where a paste goes. State tests on a fixed clock, and one
//! in a pseudo-terminal with the real binary.

mod common;

use std::time::Duration;

use common::Harness;
use common::pty::Tui;
use cramp_guide::diary::{DIARY_FILE, Diary};
use crossterm::event::KeyCode;

#[test]
fn a_paste_into_the_search_line_is_one_query_with_its_line_breaks_as_spaces() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.bracketed_paste("calf\ncramp\tat night\r\n");
    let search = h.app.search.as_ref().expect("the search line stays open");
    assert_eq!(search.query.to_string(), "calf cramp at night  ");
    assert!(!search.hits.is_empty(), "the pasted query is searched");
    assert!(h.app.status.is_none(), "{:?}", h.app.status);
}

#[test]
fn a_paste_into_the_forms_note_stays_in_the_note_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('0'));
    h.press(KeyCode::Char('a'));
    h.chars("2:00");
    // Up from the length wraps to the time, again to the note.
    h.press(KeyCode::Up);
    h.press(KeyCode::Up);
    h.bracketed_paste("woke at 3\nstretched; drank water\nd x q");
    let form = h.app.diary.form.as_ref().expect("the form is still open: a line break is no Enter");
    assert_eq!(form.note.to_string(), "woke at 3 stretched; drank water d x q");
    assert!(!dir.path().join(DIARY_FILE).exists(), "nothing saved");
    h.press(KeyCode::Enter);
    let saved = Diary::open_or_create(dir.path()).unwrap().list(None).unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].entry.note.as_deref(), Some("woke at 3 stretched; drank water d x q"));
}

#[test]
fn a_paste_on_a_choice_row_of_the_form_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('0'));
    h.press(KeyCode::Char('a'));
    h.press(KeyCode::Down);
    let before = h.app.diary.form.clone();
    h.bracketed_paste("left");
    assert_eq!(h.app.diary.form, before, "a choice takes its key, not text");
    assert!(h.app.status.is_some(), "the footer says where a paste goes");
}

#[test]
fn a_paste_into_the_weight_field_is_typed_there_and_bounded() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('9'));
    h.press(KeyCode::Char('w'));
    h.bracketed_paste("70\nkg");
    assert_eq!(h.weight_field().as_deref(), Some("70 kg"), "a line break is no Enter");
    h.press(KeyCode::Enter);
    assert!(h.screen().contains(" 70 kg "), "{}", h.screen());
    h.press(KeyCode::Char('w'));
    h.bracketed_paste(&"9".repeat(100));
    assert_eq!(h.weight_field().map(|w| w.chars().count()), Some(16), "as long as typing allows");
}

#[test]
fn a_paste_where_nothing_is_typed_presses_no_key_and_the_footer_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(dir.path()).unwrap();
    diary.add(&common::diary::cramp(2, 1, 30, 130, &[], None)).unwrap();
    drop(diary);
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('0'));
    let before = std::fs::read(dir.path().join(DIARY_FILE)).unwrap();
    // As keys, d would delete the cramp, x export, q quit, 1 change tab.
    h.bracketed_paste("d x q 1 /");
    assert!(!h.app.quit, "q was not pressed");
    assert_eq!(h.app.tab, h.app.guide.tabs.len(), "still on the Diary tab");
    assert!(h.app.search.is_none() && h.app.overlay.is_none());
    assert_eq!(Diary::open_or_create(dir.path()).unwrap().list(None).unwrap().len(), 1, "nothing deleted");
    assert_eq!(std::fs::read(dir.path().join(DIARY_FILE)).unwrap(), before);
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("A paste goes only where you type"), "{footer}");
    // The note lasts until the next key, like every other.
    h.press(KeyCode::Down);
    assert!(!h.screen().lines().last().unwrap().contains("A paste goes"));
}

#[test]
fn a_question_up_takes_no_paste() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('9'));
    h.press(KeyCode::Char('w'));
    h.chars("70");
    h.press(KeyCode::Esc);
    assert!(h.app.overlay.is_some(), "Esc asks before throwing the typing away");
    h.bracketed_paste("y");
    assert!(h.app.overlay.is_some(), "a paste answers no question");
    assert_eq!(h.weight_field().as_deref(), Some("70"));
}

/// The real binary turns bracketed paste on while it runs, takes a paste
/// whole, and turns it off again when it quits.
#[test]
fn the_program_takes_a_bracketed_paste_whole_and_turns_it_off_on_quitting() {
    let mut tui = Tui::builder(80, 24).timeout(Duration::from_secs(30)).spawn();
    tui.wait_for_text("[1 Overview]");
    tui.wait_for_screen(|s| s.bracketed_paste(), "bracketed paste on");
    // Pasted where nothing is typed: q is not pressed.
    tui.send("\x1b[200~q\x1b[201~");
    tui.wait_for_text("A paste goes only where you type");
    tui.send("/");
    tui.wait_for_text("Search");
    tui.send("\x1b[200~night\ncramps\x1b[201~");
    tui.wait_for_text("night cramps");
    tui.key("Esc");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    assert!(!tui.with_screen(|s| s.bracketed_paste()), "bracketed paste is off again");
}
