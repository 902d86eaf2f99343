//! When the app wakes by itself: a status note wakes it once, when the note
//! is due to go; a timed cramp wakes it each second (its badge shows the
//! time on every screen); otherwise it sleeps until a key.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::app::STATUS_FOR;
use crossterm::event::KeyCode;

#[test]
fn a_status_note_wakes_the_app_once_to_go() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Char('s'));
    assert!(h.app.status.is_some());
    assert_eq!(h.app.next_wake(h.clock()), Some(h.clock().mono + STATUS_FOR));
    h.advance(STATUS_FOR - Duration::from_millis(1));
    assert!(h.app.status.is_some(), "not before it is due");
    h.advance(Duration::from_millis(1));
    assert!(h.app.status.is_none(), "the note goes by itself");
    assert_eq!(h.app.next_wake(h.clock()), None, "then idle: no wake-up at all");
}

#[test]
fn a_hidden_cramp_timer_still_wakes_each_second_and_ends_in_one_place() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Esc);
    let wake = h.app.next_wake(h.clock()).expect("the badge ticks");
    assert!(wake <= h.clock().mono + Duration::from_secs(1));
    h.advance(Duration::from_secs(90));
    let started = h.app.cramp.as_ref().unwrap().started;
    let done = h.app.end_cramp(h.clock()).expect("a cramp was timed");
    assert_eq!(done.started, started);
    assert_eq!(done.lasted, Duration::from_secs(90));
    h.advance(STATUS_FOR);
    assert_eq!(h.app.next_wake(h.clock()), None);
}
