//! Safety text at every size from 40×12 up: the first screen's emergency
//! sentence, the cramp screen with its red flags and their actions, the
//! red-flag verdict and tick list, the water plan's caution. What does not
//! fit shows a "more" mark and scrolls. Snapshots at 80×24, 50×16, 40×12.

mod common;

use std::time::Duration;

use common::Harness;
use crossterm::event::KeyCode;

const SIZES: [(u16, u16); 3] = [(80, 24), (50, 16), (40, 12)];

fn name(what: &str, (w, h): (u16, u16)) -> String {
    format!("{what}_{w}x{h}")
}

#[test]
fn first_screen_at_each_size() {
    for size in SIZES {
        let h = Harness::new(size.0, size.1);
        insta::assert_snapshot!(name("first_screen", size), h.terminal().backend());
    }
}

#[test]
fn cramp_screen_at_each_size() {
    for size in SIZES {
        let mut h = Harness::new(size.0, size.1);
        h.press(KeyCode::Char('!'));
        insta::assert_snapshot!(name("cramp_now", size), h.terminal().backend());
    }
}

#[test]
fn red_flags_at_each_size() {
    for size in SIZES {
        let mut h = Harness::new(size.0, size.1);
        h.tab_of_kind("triage");
        h.press(KeyCode::Char(' '));
        insta::assert_snapshot!(name("red_flags_urgent", size), h.terminal().backend());
    }
}

#[test]
fn water_plan_at_each_size() {
    for size in SIZES {
        // With a diary to keep the weight in, so the footer shows its keys.
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::with_data_dir(size.0, size.1, dir.path());
        h.tab_of_kind("hydration");
        h.press(KeyCode::Char('u'));
        h.chars("w70");
        h.press(KeyCode::Enter);
        insta::assert_snapshot!(name("water_70kg", size), h.terminal().backend());
    }
}

#[test]
fn a_late_cramp_on_another_tab_at_each_size() {
    for size in SIZES {
        let mut h = Harness::new(size.0, size.1);
        h.press(KeyCode::Char('!'));
        h.press(KeyCode::Esc);
        h.press(KeyCode::Char('2'));
        h.advance(Duration::from_secs(11 * 60));
        insta::assert_snapshot!(name("late_cramp_on_causes", size), h.terminal().backend());
    }
}
