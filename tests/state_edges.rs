//! Small state checks that the screens cannot show: the kilogram figure at
//! weights where a rough factor would round the other way, the search
//! selection stopping at the last hit, a phrase ranking above the same
//! words scattered, Backspace's history, stored scrolls kept within a text
//! that shrank, the topics list's keys and related links, the tab keys.

mod common;

use common::Harness;
use cramp_guide::app::hydration::{HydrationState, Unit};
use cramp_guide::app::{Current, Place, TabState, TopicsState, TriageState};
use cramp_guide::guide::model::Entry;
use cramp_guide::guide::parse_guide;
use cramp_guide::search::Index;
use crossterm::event::KeyCode;

#[test]
fn kilograms_use_the_exact_factor() {
    // 1 lb = 0.45359237 kg. Dividing by 2.2 instead rounds these up.
    for (lb, kg) in [(65.0, "29 kg"), (120.0, "54 kg"), (153.0, "69 kg"), (160.0, "73 kg")] {
        let state = HydrationState {
            weight_lb: lb,
            unit: Unit::Kg,
            editing: None,
            field_error: None,
            scroll: Default::default(),
        };
        assert_eq!(state.weight_text(), kg, "{lb} lb");
    }
    let state = HydrationState {
        weight_lb: 153.0,
        unit: Unit::Lb,
        editing: None,
        field_error: None,
        scroll: Default::default(),
    };
    assert_eq!(state.weight_text(), "153 lb");
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

#[test]
fn a_phrase_ranks_above_the_same_words_scattered() {
    // Both summaries hold both words; only the second has them in a row.
    // Without a phrase bonus the first would win on earlier words.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/minimal.toml"))
        .unwrap()
        .replace("summary = \"Short of water and salts\"", "summary = \"water and pills\"")
        + "\n[[tabs.entries]]\nid = \"second\"\ntitle = \"Second\"\nsummary = \"more water pills\"\n\
           body = \"Text.\"\nsources = [{ title = \"S\", url = \"https://example.com/s\" }]\n";
    let guide = parse_guide(&text, "phrase.toml").expect("the edited guide loads");
    let hits = Index::new(&guide).search("water pills", 10);
    let titles: Vec<&str> = hits.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["Second", "Dehydration"], "{hits:#?}");
}

#[test]
fn a_session_seen_past_its_end_before_a_tick_still_wakes_the_loop() {
    // The run loop asks for its next wake-up at the real time, after
    // drawing. When drawing took it past the routine's end, the session is
    // over but not yet marked so: the loop must wake at once to finish it,
    // not block on the keyboard with the last phase frozen on screen.
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("coach");
    h.start_routine();
    assert!(h.app.next_wake(h.clock()).is_some(), "a running session wakes");
    let later = cramp_guide::coach::Clock {
        mono: h.base.mono + h.at + std::time::Duration::from_secs(4 * 3600),
        wall: h.base.wall + h.at + std::time::Duration::from_secs(4 * 3600),
    };
    let wake = h.app.next_wake(later).expect("a session past its end, not yet ticked, wakes the loop");
    assert!(wake <= later.mono, "at once");
    h.app.tick(later);
    assert_eq!(h.app.next_wake(later), None, "finished and ticked: nothing more to wake for");
    assert!(h.screen().contains("routine finished"), "{}", h.screen());
}

#[test]
fn backspace_retraces_the_last_100_places_and_no_more() {
    let mut h = Harness::new(80, 24);
    let places: Vec<Place> = (0..150).map(|i| Place { tab: i % 2, item: i % 3, scroll: 0 }).collect();
    for &place in &places {
        h.app.go_to(place);
    }
    assert_eq!(h.app.history.len(), 100, "the oldest places are dropped");
    // Back through the last hundred, newest first; the start was dropped.
    for (k, &expected) in places[49..149].iter().rev().enumerate() {
        h.press(KeyCode::Backspace);
        assert_eq!(h.app.place(), expected, "Backspace number {}", k + 1);
    }
    h.press(KeyCode::Backspace);
    assert_eq!(h.app.place(), places[49], "nothing further back");
}

#[test]
fn a_place_past_the_guide_opens_its_last_tab_and_item() {
    let mut h = Harness::new(80, 24);
    h.app.open_at(Place { tab: 99, item: 0, scroll: 0 });
    assert_eq!(h.app.tab, h.app.tabs.len() - 1);
    h.app.open_at(Place { tab: 0, item: 999, scroll: 0 });
    let last = h.app.guide.tabs[0].body.item_count() - 1;
    assert_eq!((h.app.place().tab, h.app.place().item), (0, last));
    assert!(h.app.history.is_empty(), "opening a place keeps no history");
}

/// The state of the red-flag check on screen.
fn triage(h: &Harness) -> &TriageState {
    match h.app.current() {
        Current::Triage(_, _, state) => state,
        _ => panic!("not on the red-flag check"),
    }
}

/// The stored scroll of the red-flag check's "why" panel.
fn triage_scroll(h: &Harness) -> usize {
    triage(h).scroll.top()
}

#[test]
fn a_key_that_shortens_the_text_keeps_the_scroll_within_it() {
    // At 40×12 ticking the first sign shortens the "why" panel's text:
    // the stored scroll follows it to the new end, and one PgUp moves.
    let mut h = Harness::new(40, 12);
    h.app.show_disclaimer = false;
    h.tab_of_kind("triage");
    // Answered once: the self-care card, longer than the emergency one.
    h.press(KeyCode::Char('r'));
    let extent = |h: &Harness| h.app.scroll_pane(h.app.tab).unwrap().extent();
    let long = extent(&h);
    for _ in 0..50 {
        h.press(KeyCode::PageDown);
    }
    assert_eq!(triage_scroll(&h), long.last_top());
    h.press(KeyCode::Char(' '));
    let short = extent(&h);
    assert!(short.last_top() < long.last_top(), "ticking shortened the text: {long:?} → {short:?}");
    assert_eq!(triage_scroll(&h), short.last_top(), "the scroll is at the new end");
    h.press(KeyCode::PageUp);
    assert_eq!(triage_scroll(&h), short.last_top() - short.page_step());
}

#[test]
fn the_cramp_screens_scroll_is_kept_within_it_after_a_resize() {
    let mut h = Harness::new(40, 12);
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('!'));
    let small = h.app.cramp_pane().expect("the cramp screen's pane").extent();
    assert!(small.last_top() > 0, "the cramp screen scrolls at 40×12: {small:?}");
    for _ in 0..50 {
        h.press(KeyCode::PageDown);
    }
    let scroll = |h: &Harness| h.app.cramp.as_ref().unwrap().scroll.top();
    assert_eq!(scroll(&h), small.last_top());
    h.app.resize(ratatui::layout::Size { width: 60, height: 20 });
    let larger = h.app.cramp_pane().unwrap().extent();
    assert!(larger.last_top() < small.last_top(), "{small:?} → {larger:?}");
    assert_eq!(scroll(&h), larger.last_top(), "the scroll is at the new end");
}

/// The topics tab on screen: its entries and state.
fn topics_here(h: &Harness) -> (&[Entry], TopicsState) {
    match h.app.current() {
        Current::Topics(_, entries, state) => (entries, *state),
        _ => panic!("not on a topics tab"),
    }
}

/// The state of the topics tab on screen.
fn topics(h: &Harness) -> TopicsState {
    topics_here(h).1
}

#[test]
fn list_keys_move_the_topics_selection_within_the_list() {
    let mut h = Harness::new(80, 24);
    let last = h.app.guide.tabs[h.app.tab].body.item_count() - 1;
    assert!(last >= 3);
    let mut after = |key| {
        h.press(key);
        topics(&h).selected
    };
    assert_eq!(after(KeyCode::Up), 0, "Up at the top stays");
    assert_eq!(after(KeyCode::Down), 1);
    assert_eq!(after(KeyCode::Char('j')), 2);
    assert_eq!(after(KeyCode::Up), 1);
    assert_eq!(after(KeyCode::End), last);
    assert_eq!(after(KeyCode::Down), last, "Down at the bottom stays");
    assert_eq!(after(KeyCode::Char('k')), last - 1);
    assert_eq!(after(KeyCode::Home), 0);
    assert_eq!(after(KeyCode::Char('G')), last);
    assert_eq!(after(KeyCode::Char('g')), 0);
}

#[test]
fn related_links_cycle_both_ways_from_either_end() {
    let mut h = Harness::new(80, 24);
    let links = topics_here(&h).0[0].related.len();
    assert_eq!(links, 3, "the first entry has three related entries");
    let mut after = |key| {
        h.press(KeyCode::Char(key));
        topics(&h).link
    };
    assert_eq!(after(']'), Some(0), "] starts at the first");
    assert_eq!(after(']'), Some(1));
    assert_eq!(after(']'), Some(2));
    assert_eq!(after(']'), Some(0), "and wraps");
    assert_eq!(after('['), Some(2), "[ wraps back");
    assert_eq!(after('['), Some(1));
    h.press(KeyCode::Down);
    assert_eq!(topics(&h).link, None, "another entry starts with none chosen");
    let links = topics_here(&h).0[1].related.len();
    h.press(KeyCode::Char('['));
    assert_eq!(topics(&h).link, Some(links - 1), "[ starts at the last");
}

#[test]
fn an_entry_with_no_related_entries_chooses_none() {
    let related = "related = [\"how-a-cramp-feels\", \"dehydration-electrolytes\", \"key-takeaways\"]\n";
    let text = cramp_guide::guide::DEFAULT_GUIDE.replacen(related, "", 1);
    assert!(text.len() < cramp_guide::guide::DEFAULT_GUIDE.len(), "the first entry's related line is gone");
    let mut h = Harness::with_guide(80, 24, &text);
    assert!(topics_here(&h).0[0].related.is_empty());
    for key in [']', '['] {
        h.press(KeyCode::Char(key));
        assert_eq!(topics(&h).link, None, "{key} with nothing to choose");
    }
    let here = h.app.place();
    h.press(KeyCode::Enter);
    assert_eq!(h.app.place(), here, "Enter goes nowhere");
}

#[test]
fn triage_keys_follow_the_display_order_and_a_move_resets_the_why_scroll() {
    let mut h = Harness::new(40, 12);
    h.app.show_disclaimer = false;
    h.tab_of_kind("triage");
    let (_, check) = h.app.guide.triage().expect("a red-flag check");
    let order = check.display_order();
    assert!(order.len() >= 3);
    let selected = |h: &Harness| triage(h).selected;
    assert_eq!(selected(&h), order[0], "the first question shown is selected");
    // Up at the top is no move: the "why" panel keeps its scroll.
    h.press(KeyCode::PageDown);
    let scrolled = triage_scroll(&h);
    assert!(scrolled > 0);
    h.press(KeyCode::Up);
    assert_eq!((selected(&h), triage_scroll(&h)), (order[0], scrolled));
    // Each Down is the next question shown, and starts its panel at the top.
    for &next in &order[1..] {
        h.press(KeyCode::Down);
        assert_eq!((selected(&h), triage_scroll(&h)), (next, 0));
    }
    h.press(KeyCode::Home);
    assert_eq!(selected(&h), order[0]);
    h.press(KeyCode::End);
    assert_eq!(selected(&h), order[order.len() - 1]);
}

#[test]
fn tab_keys_cycle_through_the_tabs_both_ways() {
    let mut h = Harness::new(80, 24);
    let last = h.app.tabs.len() - 1;
    let mut after = |key| {
        h.press(key);
        h.app.tab
    };
    assert_eq!(after(KeyCode::BackTab), last, "back from the first is the last");
    assert_eq!(after(KeyCode::Tab), 0, "on from the last is the first");
    assert_eq!(after(KeyCode::Right), 1);
    assert_eq!(after(KeyCode::Char('l')), 2);
    assert_eq!(after(KeyCode::Left), 1);
    assert_eq!(after(KeyCode::Char('h')), 0);
    assert_eq!(after(KeyCode::Char('h')), last);
}

/// The line of the chosen related entry in the topics text, and the
/// lines on screen.
fn link_line_and_view(h: &Harness) -> (usize, std::ops::Range<usize>) {
    let body = h.app.areas(h.app.size).body;
    let (entries, state) = topics_here(h);
    let screen = h.app.topics_screen(entries, &state, body);
    let page = screen.detail.expect("an entry").1.extent().page;
    let top = state.scroll.top();
    (screen.link_line.expect("a related entry is chosen"), top..top + page)
}

/// The guide at 40×12 with ten related entries for the first entry: more
/// than a page.
fn with_ten_related_entries() -> Harness {
    let related = "related = [\"how-a-cramp-feels\", \"dehydration-electrolytes\", \"key-takeaways\"]";
    let more = "related = [\"how-a-cramp-feels\", \"dehydration-electrolytes\", \"key-takeaways\", \"faq-serious\", \
        \"faq-disease\", \"faq-er\", \"faq-lacking\", \"iron-deficiency\", \"muscle-fatigue\", \"statins\"]";
    let h = Harness::with_guide(40, 12, &cramp_guide::guide::DEFAULT_GUIDE.replacen(related, more, 1));
    assert_eq!(topics_here(&h).0[0].related.len(), 10);
    h
}

#[test]
fn choosing_a_related_entry_scrolls_it_into_view_both_ways() {
    let mut h = with_ten_related_entries();
    h.app.show_disclaimer = false;
    assert_eq!(topics(&h).scroll.top(), 0);
    // The first related entry is far below the top of the text.
    h.press(KeyCode::Char(']'));
    let (line, view) = link_line_and_view(&h);
    assert!(view.start > 0 && view.contains(&line), "line {line} in {view:?}");
    // From the end of the text, the first is above the page.
    for _ in 0..50 {
        h.press(KeyCode::PageDown);
    }
    let (_, at_end) = link_line_and_view(&h);
    for _ in 0..10 {
        h.press(KeyCode::Char(']'));
    }
    assert_eq!(topics(&h).link, Some(0), "wrapped to the first");
    let (line, view) = link_line_and_view(&h);
    assert!(line < at_end.start, "the first ({line}) was above the page at the end ({at_end:?})");
    assert!(view.contains(&line), "line {line} in {view:?}");
}

#[test]
fn a_related_entry_on_the_page_keeps_the_scroll_and_one_off_it_is_centred() {
    let mut h = with_ten_related_entries();
    h.app.show_disclaimer = false;
    let tab = h.app.tab;
    let scroll_to = |h: &mut Harness, top: usize| match &mut h.app.tabs[tab] {
        TabState::Topics(s) => s.scroll = cramp_guide::view::Scroll::at(top),
        _ => unreachable!(),
    };
    // The first line of each related entry (a long title takes two).
    let lines: Vec<usize> = (0..10)
        .map(|_| {
            h.press(KeyCode::Char(']'));
            link_line_and_view(&h).0
        })
        .collect();
    assert!(lines.is_sorted(), "{lines:?}");
    let page = link_line_and_view(&h).1.len();
    let last_top = h.app.scroll_pane(tab).unwrap().extent().last_top();
    assert!(page >= 3 && lines[4] < last_top, "a page of {page}, {lines:?}, scrolls to {last_top}");
    h.press(KeyCode::Char(']'));
    assert_eq!(topics(&h).link, Some(0));

    // The next related entry on the page's top line: no scroll.
    scroll_to(&mut h, lines[1]);
    h.press(KeyCode::Char(']'));
    assert_eq!(topics(&h).scroll.top(), lines[1], "on the top line");
    // On its bottom line: no scroll.
    scroll_to(&mut h, lines[2] + 1 - page);
    h.press(KeyCode::Char(']'));
    assert_eq!(topics(&h).scroll.top(), lines[2] + 1 - page, "on the bottom line");
    // Just below the page: it is brought to the middle.
    scroll_to(&mut h, lines[3] - page);
    h.press(KeyCode::Char(']'));
    assert_eq!(topics(&h).scroll.top(), lines[3] - (page - 1) / 2, "just below the page");
    // Just above the page: the same.
    scroll_to(&mut h, lines[4] + 1);
    h.press(KeyCode::Char(']'));
    assert_eq!(topics(&h).scroll.top(), lines[4] - (page - 1) / 2, "just above the page");
}
