//! Every scrollable pane (a topic's text, a routine's text, the red-flag
//! "why" panel, help) scrolls by the same rule, stops at its last line, and
//! stays valid when the window grows: the stored position, not only what is
//! drawn, is the last valid one.

mod common;

use common::Harness;
use cramp_guide::app::{Overlay, Place};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

const SMALL: Size = Size { width: 80, height: 12 };
const LARGE: Size = Size { width: 120, height: 24 };
/// More presses than any pane has pages.
const MANY: usize = 300;

/// The pane a test scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pane {
    /// The scrollable pane of the tab on screen.
    Tab,
    Help,
}

/// The stored first line of the pane.
fn stored(h: &Harness, pane: Pane) -> usize {
    match pane {
        Pane::Tab => h.app.tabs[h.app.tab].scroll().expect("the tab has a scrollable pane").top(),
        Pane::Help => match h.app.overlay {
            Some(Overlay::Help { scroll }) => scroll.top(),
            other => panic!("help is not open: {other:?}"),
        },
    }
}

/// The last valid first line of the pane at the app's size, as the view
/// works it out for drawing.
fn last_valid(h: &Harness, pane: Pane) -> usize {
    let extent = match pane {
        Pane::Tab => h.app.scroll_pane(h.app.tab).expect("the tab has a scrollable pane").extent(),
        Pane::Help => h.app.help_pane(h.app.size).extent(),
    };
    extent.last_top()
}

/// "lines a–b of n" as drawn on the pane's frame.
fn drawn_position(screen: &str) -> Option<(usize, usize, usize)> {
    let at = screen.find("lines ")?;
    let rest = &screen[at + "lines ".len()..];
    let number = |s: &str| -> Option<(usize, usize)> {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        Some((s[..digits].parse().ok()?, digits))
    };
    let (first, n) = number(rest)?;
    let rest = rest[n..].strip_prefix('–')?;
    let (last, n) = number(rest)?;
    let rest = rest[n..].strip_prefix(" of ")?;
    let (total, _) = number(rest)?;
    Some((first, last, total))
}

fn press_many(h: &mut Harness, code: KeyCode) {
    for _ in 0..MANY {
        h.press(code);
    }
}

/// The first of `places` whose pane still needs scrolling at the large size,
/// opened.
fn open_long(h: &mut Harness, places: impl IntoIterator<Item = Place>, what: &str) {
    // Measured as the rest of the test sees it: the first key there takes
    // the disclaimer banner away.
    h.app.show_disclaimer = false;
    h.app.resize(LARGE);
    for place in places {
        h.app.open_at(place);
        let pane = h.app.scroll_pane(h.app.tab).expect("the tab has a scrollable pane");
        if pane.extent().last_top() > 0 {
            return;
        }
    }
    panic!("no {what} is long enough to scroll at {}x{}", LARGE.width, LARGE.height);
}

/// Every item of every tab of `kind`, as places.
fn places_of_kind(h: &Harness, kind: &str) -> Vec<Place> {
    let guide = &h.app.guide;
    (0..guide.tabs.len())
        .filter(|&t| guide.tabs[t].body.kind_name() == kind)
        .flat_map(|tab| (0..guide.tabs[tab].body.item_count()).map(move |item| Place { tab, item, scroll: 0 }))
        .collect()
}

/// At 80×12, scroll to the end with many PgDn; grow the window to 120×24;
/// one PgUp must then change what is shown, and the stored position must
/// be the last valid one at every step.
fn scroll_to_the_end_then_grow(h: &mut Harness, pane: Pane, what: &str) {
    h.app.resize(SMALL);
    press_many(h, KeyCode::PageDown);
    assert!(last_valid(h, pane) > 0, "{what}: the text does not need scrolling at 80x12");
    assert_eq!(stored(h, pane), last_valid(h, pane), "{what}: many PgDn stop at the last valid line at 80x12");
    let (first, last, total) = drawn_position(&h.screen()).expect("the frame shows the position");
    assert_eq!((first - 1, last), (stored(h, pane), total), "{what}: the frame shows the end of the text");

    h.app.resize(LARGE);
    assert_eq!(
        stored(h, pane),
        last_valid(h, pane),
        "{what}: after growing to 120x24 the scroll is the last valid line"
    );
    let before = h.screen();
    h.press(KeyCode::PageUp);
    assert_ne!(h.screen(), before, "{what}: the first PgUp after growing changes what is shown");
    assert!(stored(h, pane) < last_valid(h, pane), "{what}: PgUp moved up");
}

#[test]
fn a_topics_text_stays_scrollable_after_the_window_grows() {
    let mut h = Harness::new(SMALL.width, SMALL.height);
    let places = places_of_kind(&h, "topics");
    open_long(&mut h, places, "topic");
    scroll_to_the_end_then_grow(&mut h, Pane::Tab, "topics");
}

#[test]
fn a_routines_text_stays_scrollable_after_the_window_grows() {
    let mut h = Harness::new(SMALL.width, SMALL.height);
    let places = places_of_kind(&h, "coach");
    open_long(&mut h, places, "routine");
    scroll_to_the_end_then_grow(&mut h, Pane::Tab, "coach");
}

#[test]
fn the_why_panel_stays_scrollable_after_the_window_grows() {
    let mut h = Harness::new(SMALL.width, SMALL.height);
    let places = places_of_kind(&h, "triage");
    open_long(&mut h, places, "warning sign");
    scroll_to_the_end_then_grow(&mut h, Pane::Tab, "triage why");
}

#[test]
fn help_stays_scrollable_after_the_window_grows() {
    let mut h = Harness::new(SMALL.width, SMALL.height);
    h.press(KeyCode::Char('?'));
    scroll_to_the_end_then_grow(&mut h, Pane::Help, "help");
}

#[test]
fn line_and_half_page_moves_stop_at_the_last_valid_line() {
    let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
    let mut h = Harness::new(SMALL.width, SMALL.height);
    let places = places_of_kind(&h, "topics");
    open_long(&mut h, places, "topic");
    h.app.resize(SMALL);
    for _ in 0..MANY {
        let now = h.clock();
        h.app.handle_key_at(ctrl_d, now);
    }
    assert_eq!(stored(&h, Pane::Tab), last_valid(&h, Pane::Tab), "topics: many Ctrl-d");

    let mut h = Harness::new(SMALL.width, SMALL.height);
    h.press(KeyCode::Char('?'));
    press_many(&mut h, KeyCode::Down);
    assert!(last_valid(&h, Pane::Help) > 0);
    assert_eq!(stored(&h, Pane::Help), last_valid(&h, Pane::Help), "help: many Down");
}

#[test]
fn a_page_is_the_lines_shown_minus_one_in_every_pane() {
    // Help used to page by a whole page and the others by a page minus one.
    let mut h = Harness::new(SMALL.width, SMALL.height);
    h.press(KeyCode::Char('?'));
    let page = h.app.help_pane(h.app.size).page();
    h.press(KeyCode::PageDown);
    assert_eq!(stored(&h, Pane::Help), page - 1, "help");

    for kind in ["topics", "coach", "triage"] {
        let mut h = Harness::new(SMALL.width, SMALL.height);
        let places = places_of_kind(&h, kind);
        open_long(&mut h, places, kind);
        // The first key takes the disclaimer banner away, which changes
        // the page: measure without it.
        h.app.show_disclaimer = false;
        h.app.resize(SMALL);
        let page = h.app.scroll_pane(h.app.tab).unwrap().page();
        h.press(KeyCode::PageDown);
        assert_eq!(stored(&h, Pane::Tab), page - 1, "{kind}");
    }
}

#[test]
fn a_tab_resized_while_away_comes_back_within_its_pane() {
    let mut h = Harness::new(SMALL.width, SMALL.height);
    let places = places_of_kind(&h, "topics");
    open_long(&mut h, places, "topic");
    h.app.resize(SMALL);
    press_many(&mut h, KeyCode::PageDown);
    let topics_tab = h.app.tab;
    let at_small = h.app.tabs[topics_tab].scroll().unwrap().top();
    let other = (topics_tab + 1) % h.app.tabs.len();
    h.press(KeyCode::Char(char::from(b'1' + other as u8)));
    h.app.resize(LARGE);
    h.press(KeyCode::Char(char::from(b'1' + topics_tab as u8)));
    let top = h.app.tabs[topics_tab].scroll().unwrap().top();
    assert!(last_valid(&h, Pane::Tab) < at_small, "the larger pane holds more of the text");
    assert_eq!(top, last_valid(&h, Pane::Tab), "the topic's scroll is fitted to its pane as it comes back");
    let (_, last, total) = drawn_position(&h.screen()).expect("the pane says where it is");
    assert_eq!(last, total, "it shows the end of the text, no blank page");
}
