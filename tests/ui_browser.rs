//! The browser's screens, driven through the same key handler a person uses,
//! drawn on a test backend: snapshots at 80×24 and 120×40, the help overlay,
//! and a sweep over tiny sizes. And its state: the tab keys, the topics
//! list's keys, related links (chosen both ways, scrolled into view),
//! Backspace's history of places, and a place past the guide.

mod common;

use common::Harness;
use cramp_guide::app::{Current, Place, TabState, TopicsState};
use cramp_guide::guide::model::Entry;
use crossterm::event::KeyCode;
use ratatui::layout::Size;

#[test]
fn first_screen_shows_the_disclaimer_until_a_key_is_pressed() {
    let mut h = Harness::new(80, 24);
    assert!(h.screen().contains("not medical advice"));
    insta::assert_snapshot!("first_screen_80x24", h.terminal().backend());
    h.press(KeyCode::Down);
    assert!(!h.screen().contains("not medical advice"));
}

#[test]
fn every_tab_at_80x24_and_120x40() {
    for (w, hgt) in [(80, 24), (120, 40)] {
        let mut h = Harness::new(w, hgt);
        let tabs = h.app.guide.tabs.len();
        for i in 0..tabs {
            h.press(KeyCode::Char(char::from(b'1' + i as u8)));
            assert_eq!(h.app.tab, i);
            let id = h.app.guide.tabs[i].id.clone();
            insta::assert_snapshot!(format!("tab_{}_{id}_{w}x{hgt}", i + 1), h.terminal().backend());
        }
    }
}

#[test]
fn help_overlay_lists_every_key_and_closes_with_esc() {
    for (w, hgt) in [(80, 24), (120, 40)] {
        let mut h = Harness::new(w, hgt);
        h.press(KeyCode::Char('?'));
        insta::assert_snapshot!(format!("help_{w}x{hgt}"), h.terminal().backend());
        h.press(KeyCode::Esc);
        assert!(h.app.overlay.is_none());
    }
}

#[test]
fn help_scrolls_to_its_last_line_and_no_further() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::F(1));
    for _ in 0..500 {
        h.press(KeyCode::Down);
    }
    let bottom = h.screen();
    assert!(bottom.contains("Questions"), "the last group shows at the bottom:\n{bottom}");
    h.press(KeyCode::Down);
    assert_eq!(h.screen(), bottom, "scrolling past the end changes nothing");
}

#[test]
fn narrow_terminals_stack_the_list_above_the_text() {
    let mut h = Harness::new(60, 24);
    h.press(KeyCode::Char('2'));
    insta::assert_snapshot!("causes_60x24", h.terminal().backend());
}

#[test]
fn scrolling_the_detail_stops_at_its_end() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Down);
    for _ in 0..50 {
        h.press(KeyCode::PageDown);
    }
    let end = h.screen();
    assert!(end.contains(" end "), "the frame says the end is reached:\n{end}");
    h.ctrl('d');
    assert_eq!(h.screen(), end);
    h.ctrl('u');
    assert_ne!(h.screen(), end);
}

#[test]
fn tiny_sizes_render_without_panicking() {
    let mut h = Harness::new(1, 1);
    let tabs = h.app.guide.tabs.len();
    for w in 1..=30 {
        for hgt in 1..=12 {
            h.app.resize(Size { width: w, height: hgt });
            for i in 0..tabs {
                h.press(KeyCode::Char(char::from(b'1' + i as u8)));
                let text = h.screen();
                assert!(!text.trim().is_empty(), "{w}x{hgt} tab {i} drew nothing");
            }
            h.press(KeyCode::Char('?'));
            h.terminal();
            h.press(KeyCode::Esc);
        }
    }
}

#[test]
fn below_the_minimum_size_the_screen_asks_for_a_larger_window() {
    let h = Harness::new(20, 5);
    let text = h.screen();
    assert!(text.contains("Make the window"), "{text}");
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
