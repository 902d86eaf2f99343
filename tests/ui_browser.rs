//! The browser's screens, driven through the same key handler a person uses,
//! drawn on a test backend: snapshots at 80×24 and 120×40, the help overlay,
//! and a sweep over tiny sizes.

mod common;

use common::Harness;
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
