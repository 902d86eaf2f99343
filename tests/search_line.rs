//! The search line as a person uses it: editing keys, the last query as a
//! hint, pasted text, the footer, landing on the first match, and the
//! selection stopping at the first and last hit.

mod common;

use common::Harness;
use cramp_guide::app::Current;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

/// The id of the topics entry on screen and its text's scroll position.
fn entry_on_screen(h: &Harness) -> (String, usize) {
    match h.app.current() {
        Current::Topics(_, entries, state) => (entries[state.selected].id.clone(), state.scroll.top()),
        _ => panic!("a topics tab is on screen"),
    }
}

/// The lines of the text on screen holding a match, and the lines shown.
fn match_lines(h: &Harness) -> (Vec<usize>, usize) {
    let (lines, extent) = h.app.matches_here().expect("the current result is on screen");
    (lines, extent.page)
}

fn query(h: &Harness) -> (String, usize) {
    let s = h.app.search.as_ref().expect("the search line is open");
    (s.query.to_string(), s.query.cursor())
}

/// Each editing key, from the state before: (keys, query after, cursor after).
#[test]
fn editing_keys_move_the_cursor_and_delete() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("calf cramp");
    assert_eq!(query(&h), ("calf cramp".into(), 10));
    let steps: &[(&str, &str, usize)] = &[
        ("Left", "calf cramp", 9),
        ("Left", "calf cramp", 8),
        ("Right", "calf cramp", 9),
        ("Home", "calf cramp", 0),
        ("Right", "calf cramp", 1),
        ("Ctrl-a", "calf cramp", 0),
        ("Delete", "alf cramp", 0),
        ("type c", "calf cramp", 1),
        ("End", "calf cramp", 10),
        ("Ctrl-w", "calf ", 5),
        ("type night", "calf night", 10),
        ("Ctrl-a", "calf night", 0),
        ("Ctrl-e", "calf night", 10),
        ("Backspace", "calf nigh", 9),
        ("Left", "calf nigh", 8),
        ("Ctrl-u", "h", 0),
        ("Backspace", "h", 0),
        ("Left", "h", 0),
        ("Delete", "", 0),
        ("Delete", "", 0),
        ("Right", "", 0),
        ("Ctrl-w", "", 0),
        ("type é b", "é b", 4),
        ("Left", "é b", 3),
        ("Left", "é b", 2),
        ("Left", "é b", 0),
        ("Right", "é b", 2),
        ("Ctrl-w", " b", 0),
    ];
    for &(keys, after, cursor) in steps {
        match keys {
            "Left" => h.press(KeyCode::Left),
            "Right" => h.press(KeyCode::Right),
            "Home" => h.press(KeyCode::Home),
            "End" => h.press(KeyCode::End),
            "Delete" => h.press(KeyCode::Delete),
            "Backspace" => h.press(KeyCode::Backspace),
            "Ctrl-a" => h.ctrl('a'),
            "Ctrl-e" => h.ctrl('e'),
            "Ctrl-u" => h.ctrl('u'),
            "Ctrl-w" => h.ctrl('w'),
            typed => h.chars(typed.strip_prefix("type ").unwrap()),
        }
        assert_eq!(query(&h), (after.to_string(), cursor), "after {keys}");
    }
    assert_eq!(h.app.tab, 0, "← and → stayed in the line, not on the tabs");
    assert!(h.app.history.is_empty(), "Backspace did not go back");
}

#[test]
fn results_follow_every_edit() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("statins");
    let found = h.app.search.as_ref().unwrap().hits.len();
    assert!(found > 0);
    h.ctrl('u');
    assert!(h.app.search.as_ref().unwrap().hits.is_empty(), "Ctrl-U empties the line and the results");
    h.chars("xstatins");
    h.press(KeyCode::Home);
    h.press(KeyCode::Delete);
    assert_eq!(h.app.search.as_ref().unwrap().hits.len(), found, "Delete searches again");
}

#[test]
fn the_last_query_is_a_hint_and_up_recalls_it() {
    let mut h = Harness::new(80, 24);
    h.search_and_go("statin");
    h.press(KeyCode::Char('/'));
    assert_eq!(query(&h), (String::new(), 0), "/ starts empty");
    assert!(h.screen().contains("statin (↑ recalls it)"), "{}", h.screen());
    h.chars("quinine");
    assert_eq!(query(&h).0, "quinine", "typing does not add to the last query");
    h.ctrl('u');
    h.press(KeyCode::Up);
    assert_eq!(query(&h), ("statin".into(), 6), "↑ on an empty line recalls it");
    assert!(!h.app.search.as_ref().unwrap().hits.is_empty());
    h.press(KeyCode::Down);
    h.press(KeyCode::Up);
    assert_eq!(query(&h).0, "statin", "↑ in a full line chooses results");
    assert_eq!(h.app.search.as_ref().unwrap().selected, 0);
}

#[test]
fn pasted_text_goes_into_the_line_newlines_and_all() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.paste("leg cramps\nat\tnight\n");
    assert_eq!(query(&h).0, "leg cramps at night ", "a pasted newline or tab is a space, not Enter");
    assert!(h.app.search.is_some());
    h.advance(std::time::Duration::from_millis(300));
    h.press(KeyCode::Enter);
    assert!(h.app.search.is_none(), "Enter typed after the paste goes");
    assert_eq!(entry_on_screen(&h).0, "what-is-a-leg-cramp");
}

#[test]
fn the_search_footer_shows_only_keys_that_work_there() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    let screen = h.screen();
    let footer = screen.lines().last().unwrap();
    assert!(!footer.contains("q quit") && !footer.contains("? help"), "{footer}");
    assert!(footer.contains("Enter go") && footer.contains("Esc cancel") && footer.contains("Ctrl-c quit"), "{footer}");
    assert!(footer.contains("Ctrl-u clear"), "{footer}");
    h.press(KeyCode::F(1));
    assert!(h.app.overlay.is_none(), "help does not open over the search line");
    h.chars("q?");
    assert_eq!(query(&h).0, "q?");
    h.ctrl('u');
    assert_eq!(query(&h).0, "");
    h.ctrl('c');
    assert!(h.app.quit, "Ctrl-C quits, as the footer says");
}

#[test]
fn ctrl_keys_work_with_shift_or_caps_lock_held() {
    // Some terminals report Ctrl with Shift or Caps Lock as a capital:
    // Ctrl-U and Ctrl-C still clear and quit.
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("cramp");
    let shifted = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
    let now = h.clock();
    h.app.handle_key_at(shifted('U'), now);
    assert_eq!(query(&h).0, "", "Ctrl-Shift-U clears the line");
    assert!(!h.app.quit);
    h.app.handle_key_at(shifted('C'), now);
    assert!(h.app.quit, "Ctrl-Shift-C quits");
}

/// The cells of row `y` that are marked as the current match.
fn current_cells(h: &Harness) -> String {
    let terminal = h.terminal();
    let buffer = terminal.backend().buffer();
    buffer
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED | Modifier::REVERSED))
        .map(|c| c.symbol())
        .collect()
}

#[test]
fn enter_lands_on_the_first_match_far_down_the_text() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    // Only deep in the body of "What a leg cramp is".
    h.chars("sofa");
    h.press(KeyCode::Enter);
    let (entry, scroll) = entry_on_screen(&h);
    assert_eq!(entry, "what-is-a-leg-cramp");
    let (lines, page) = match_lines(&h);
    assert!(lines[0] >= page, "the first match is below the first page: line {} of a {page}-line page", lines[0]);
    assert!(scroll > 0, "the text scrolled");
    assert!((scroll..scroll + page).contains(&lines[0]), "line {} shows from {scroll}", lines[0]);
    assert_eq!(current_cells(&h).to_lowercase(), "sofa", "and is marked as the current match");
}

#[test]
fn n_scrolls_to_matches_further_down_the_same_text() {
    let mut h = Harness::new(80, 14);
    h.search_and_go("leg cramp");
    assert_eq!(entry_on_screen(&h).0, "what-is-a-leg-cramp");
    let start = h.app.place();
    let (lines, page) = match_lines(&h);
    let far = lines.iter().position(|&l| l >= page + start.scroll).expect("a match below the first page");
    for _ in 0..far {
        h.press(KeyCode::Char('n'));
    }
    let here = h.app.place();
    assert_eq!((here.tab, here.item), (start.tab, start.item));
    assert!((here.scroll..here.scroll + page).contains(&lines[far]), "match {far} on line {} shows", lines[far]);
    let current = current_cells(&h).to_lowercase();
    assert!(current.starts_with("leg") || current.starts_with("cramp"), "{current:?}");
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains(&format!("Match {} of {} here", far + 1, lines.len())), "{footer}");
}

#[test]
fn nothing_found_offers_the_nearest_guide_words() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("magnezzzium");
    let screen = h.screen();
    assert!(screen.contains("No matches for \"magnezzzium\". Did you mean magnesium"), "{screen}");
    h.ctrl('u');
    h.chars("qqzzx");
    let screen = h.screen();
    assert!(screen.contains("No matches for \"qqzzx\".") && !screen.contains("Did you mean"), "{screen}");
}

#[test]
fn a_long_query_keeps_the_cursor_in_view() {
    let mut h = Harness::new(40, 12);
    h.press(KeyCode::Char('/'));
    h.chars("why do my legs cramp at night after running");
    let cursor_row = |h: &Harness| h.screen().lines().find(|l| l.contains("/ ")).unwrap_or_default().to_string();
    let row = cursor_row(&h);
    assert!(row.contains("running▏"), "the end of the query and the cursor show: {row:?}");
    h.ctrl('w');
    let row = cursor_row(&h);
    assert!(row.contains("after ▏"), "{row:?}");
    h.press(KeyCode::Home);
    let row = cursor_row(&h);
    assert!(row.contains("/ ▏why do"), "{row:?}");
}

#[test]
fn a_paste_is_keys_less_than_5_ms_apart_with_no_frame_between() {
    use std::time::Duration;
    // A newline 4 ms after the last key is part of a paste; at 5 ms it is
    // Enter, typed by a person.
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.paste("calf");
    h.advance(Duration::from_millis(4));
    h.press(KeyCode::Enter);
    assert_eq!(query(&h).0, "calf ", "4 ms: still the paste");
    h.advance(Duration::from_millis(5));
    h.press(KeyCode::Enter);
    assert!(h.app.search.is_none(), "5 ms: Enter");
    // A frame drawn between two keys means the person saw the first: the
    // next key is typed, however soon it comes.
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.paste("calf");
    h.app.frame_drawn();
    h.press(KeyCode::Enter);
    assert!(h.app.search.is_none(), "after a frame: Enter");
}

#[test]
fn ctrl_j_is_a_pasted_newline_only_inside_a_paste() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.paste("calf");
    h.ctrl('j');
    assert_eq!(query(&h).0, "calf ", "inside a paste, Ctrl-J (a line feed) is a space");
    h.advance(std::time::Duration::from_millis(300));
    h.ctrl('j');
    assert_eq!(query(&h).0, "calf ", "typed on its own it is not");
}

#[test]
fn did_you_mean_is_worked_out_only_when_nothing_is_found() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("cramp");
    let search = h.app.search.as_ref().unwrap();
    assert!(!search.hits.is_empty());
    assert!(search.suggestions.is_empty(), "{:?}", search.suggestions);
    h.ctrl('u');
    h.chars("calg");
    let search = h.app.search.as_ref().unwrap();
    assert!(search.hits.is_empty(), "{:?}", search.hits);
    assert!(search.suggestions.iter().any(|w| w == "calf"), "{:?}", search.suggestions);
}

#[test]
fn search_selection_stops_at_the_last_hit() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("water pills");
    let hits = h.app.search.as_ref().expect("search is open").hits.len();
    assert!(hits >= 2, "\"water pills\" finds at least two hits, found {hits}");
    for _ in 0..hits + 5 {
        h.press(KeyCode::Down);
    }
    assert_eq!(h.app.search.as_ref().unwrap().selected, hits - 1, "Down stops at the last hit");
    for _ in 0..hits + 5 {
        h.press(KeyCode::Up);
    }
    assert_eq!(h.app.search.as_ref().unwrap().selected, 0, "Up stops at the first");
}
