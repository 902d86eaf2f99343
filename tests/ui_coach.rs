//! The coach's screens on a fake clock: the routine list, and a session at
//! start, mid-inhale, on a hold, paused and finished.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::app::TabState;
use crossterm::event::KeyCode;

fn coach_at_slow_exhale() -> Harness {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("coach");
    let index = match &h.app.guide.tabs[h.app.tab].body {
        cramp_guide::guide::model::TabBody::Coach(r) => r.iter().position(|r| r.id == "slow-exhale").unwrap(),
        _ => unreachable!(),
    };
    for _ in 0..index {
        h.press(KeyCode::Down);
    }
    h
}

/// Starts the selected routine and lets its get-ready lead-in run out.
fn start_past_lead_in(h: &mut Harness) {
    h.start_routine();
    let lead = lead_in(h);
    h.advance(lead);
}

fn lead_in(h: &Harness) -> Duration {
    match &h.app.tabs[h.app.tab] {
        TabState::Coach(c) => {
            let segment = &c.session.as_ref().unwrap().1.timeline().segments()[0];
            match segment.kind {
                cramp_guide::coach::SegmentKind::GetReady => segment.len,
                _ => Duration::ZERO,
            }
        }
        _ => unreachable!(),
    }
}

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

#[test]
fn routine_list() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("coach");
    insta::assert_snapshot!("coach_list_80x24", h.terminal().backend());
}

#[test]
fn a_session_at_several_moments() {
    let mut h = coach_at_slow_exhale();
    h.start_routine();
    insta::assert_snapshot!("coach_session_start", h.terminal().backend());
    assert!(h.screen().contains("GET READY"));
    let lead = lead_in(&h);
    h.advance(lead);
    let screen = h.screen();
    assert!(screen.contains("BREATHE IN"), "{screen}");

    h.advance(secs(2.0));
    insta::assert_snapshot!("coach_session_mid_inhale", h.terminal().backend());

    h.advance(secs(3.0));
    let out = h.screen();
    assert!(out.contains("BREATHE OUT"), "{out}");

    h.press(KeyCode::Char(' '));
    let paused = h.screen();
    assert!(paused.contains("PAUSED"), "{paused}");
    insta::assert_snapshot!("coach_session_paused", h.terminal().backend());
    h.advance(secs(30.0));
    assert_eq!(h.screen(), paused, "paused, nothing moves");
    h.press(KeyCode::Char(' '));
    assert!(!h.screen().contains("PAUSED"));
}

#[test]
fn a_stretch_hold_and_the_finish() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("coach");
    // Past the get-ready lead-in into the first hold.
    start_past_lead_in(&mut h);
    h.advance(secs(1.0));
    let hold = h.screen();
    assert!(hold.contains("HOLD"), "{hold}");
    insta::assert_snapshot!("coach_session_hold", h.terminal().backend());
    // Run far past the end.
    h.advance(secs(4.0 * 3600.0));
    let done = h.screen();
    assert!(done.contains("finished"), "{done}");
    let footer = done.lines().last().unwrap_or_default();
    for gone in ["pause", "skip", "back"] {
        assert!(!footer.contains(gone), "a finished session offers no {gone:?}: {footer:?}");
    }
    assert!(
        footer.contains("r restart") || footer.contains("r redo"),
        "a finished session can start again: {footer:?}"
    );
    insta::assert_snapshot!("coach_session_finished", h.terminal().backend());
    h.press(KeyCode::Esc);
    assert!(h.screen().contains("Finished last time"));
}

#[test]
fn esc_asks_before_discarding_a_running_session() {
    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    h.advance(secs(1.0));
    h.press(KeyCode::Esc);
    assert!(h.screen().contains("Stop the routine?"));
    h.press(KeyCode::Char('n'));
    assert!(h.screen().contains("BREATHE IN"), "n keeps going");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('y'));
    let list = h.screen();
    assert!(list.contains("Stopped last time"), "{list}");
}

#[test]
fn q_asks_before_quitting_while_a_routine_runs_and_ctrl_c_does_not() {
    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    h.press(KeyCode::Char('q'));
    assert!(!h.app.quit, "q asks first while a routine runs");
    assert!(h.screen().contains("Stop the routine? y quits · n keeps going"), "{}", h.screen());
    h.press(KeyCode::Char('n'));
    assert!(!h.app.quit && h.app.overlay.is_none());
    assert!(h.screen().contains("BREATHE IN"), "n keeps going");
    h.press(KeyCode::Char('q'));
    h.press(KeyCode::Char('y'));
    assert!(h.app.quit, "y quits");

    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    h.ctrl('c');
    assert!(h.app.quit, "Ctrl-C quits at once");

    // With no routine running, q quits at once.
    let mut h = coach_at_slow_exhale();
    h.press(KeyCode::Char('q'));
    assert!(h.app.quit);
}

#[test]
fn skip_and_back_move_between_phases_and_steps() {
    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    h.press(KeyCode::Char('n'));
    assert!(h.screen().contains("BREATHE OUT"));
    h.press(KeyCode::Char('b'));
    assert!(h.screen().contains("BREATHE IN"));
}

#[test]
fn the_run_loop_sleeps_until_the_next_visible_change() {
    let mut h = coach_at_slow_exhale();
    assert_eq!(h.app.next_wake(h.clock()), None, "idle: no wake-up at all");
    h.press(KeyCode::Enter);
    assert_eq!(h.app.next_wake(h.clock()), None, "waiting for the cautions to be read: no wake-up");
    h.press(KeyCode::Char(' '));
    let wake = h.app.next_wake(h.clock()).expect("a running session wakes");
    assert!(wake > h.clock().mono && wake <= h.clock().mono + secs(1.0));
    h.press(KeyCode::Char(' '));
    assert_eq!(h.app.next_wake(h.clock()), None, "paused: no wake-up");
}

#[test]
fn small_sizes_keep_the_instruction_and_countdown() {
    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    for (w, hgt) in [(40, 12), (44, 13)] {
        h.app.resize(ratatui::layout::Size { width: w, height: hgt });
        let screen = h.screen();
        assert!(screen.contains("BREATHE IN"), "{w}x{hgt}:\n{screen}");
        let countdown = screen.lines().any(|l| {
            let words: Vec<&str> = l.trim_matches(['"', '│', '|', ' ']).split_whitespace().collect();
            words.windows(4).any(|w| matches!(w, ["BREATHE", "IN", n, "s"] if n.parse::<u32>().is_ok()))
        });
        assert!(countdown, "a countdown such as \"BREATHE IN 3 s\" at {w}x{hgt}:\n{screen}");
        let inhale = cramp_guide::coach::SegmentKind::Breathe(cramp_guide::guide::model::PhaseKind::Inhale);
        assert!(h.app.anim_steps(inhale) > 0, "a small breathing shape moves at {w}x{hgt}");
    }
}

#[test]
fn a_sleeping_computer_pauses_the_session_and_says_so() {
    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    h.advance(secs(1.0));
    assert!(!h.screen().contains("PAUSED"));
    // The wall clock jumps an hour while the monotonic clock (stopped in
    // suspend) moves a second: the machine slept.
    h.at += secs(1.0);
    let now = cramp_guide::coach::Clock { mono: h.base.mono + h.at, wall: h.base.wall + h.at + secs(3600.0) };
    h.app.tick(now);
    let after = h.screen();
    assert!(after.contains("the computer slept"), "{after}");
    assert_eq!(h.app.next_wake(now), None, "paused by sleep: no wake-ups");
}

#[test]
fn the_bell_rings_at_phase_changes_only_when_switched_on() {
    let mut h = coach_at_slow_exhale();
    start_past_lead_in(&mut h);
    h.advance(secs(4.5));
    assert!(!h.app.bell_due, "the bell is off by default");
    h.press(KeyCode::Char('m'));
    h.advance(secs(1.0));
    assert!(!h.app.bell_due, "no phase change, no bell");
    h.advance(secs(6.0));
    assert!(h.app.bell_due, "the exhale ended: bell");
}
