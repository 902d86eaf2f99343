//! Spoken cues as app state, on a fake clock: the right words at the right
//! phase change, the latest only when the loop wakes late, nothing without
//! a cue command, `m` silencing them with the bell, `c` and its kept
//! preference, a paused routine holding its cue, a program that cannot
//! start, and no wake-up added for any of it.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::app::CueOut;
use crossterm::event::KeyCode;

const CUES: &str = include_str!("fixtures/valid/cues.toml");

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

fn say(words: &str) -> Option<CueOut> {
    Some(CueOut::Say(words.into()))
}

/// The `cued` routine (lead-in 0.4 s; in 0.4, out 0.4; a hold on each leg
/// of 0.4 s with 0.3 s between: ends at 2.3 s), started at `at` = 0, with
/// a cue command when `command`; preferences are kept in the directory
/// returned with it.
fn started(command: bool) -> (Harness, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("a temporary data directory");
    let mut h = Harness::with_guide(80, 24, CUES);
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    if command {
        h.app.enable_cues("speak".into());
    }
    h.press(KeyCode::Enter);
    (h, data)
}

/// Moves the fake clock to `t` seconds after the start and takes the cue.
fn cue_at(h: &mut Harness, t: f64) -> Option<CueOut> {
    h.advance(secs(t) - h.at);
    h.app.take_cue()
}

#[test]
fn the_words_of_each_phase_go_out_as_it_begins() {
    let (mut h, _data) = started(true);
    assert_eq!(h.app.take_cue(), None, "the lead-in says nothing");
    assert_eq!(cue_at(&mut h, 0.399), None, "not before its time");
    assert_eq!(cue_at(&mut h, 0.4), say("Breathe in"));
    assert_eq!(h.app.take_cue(), None, "once only");
    assert_eq!(cue_at(&mut h, 0.7), None, "nothing between phase changes");
    assert_eq!(cue_at(&mut h, 0.8), say("Out slowly"));
    assert_eq!(cue_at(&mut h, 1.2), say("left leg: Press your heel down"));
    assert_eq!(cue_at(&mut h, 1.6), say("Other leg"));
    assert_eq!(cue_at(&mut h, 1.9), say("right leg: Press your heel down"));
    assert_eq!(cue_at(&mut h, 2.3), say("All done"));
    assert_eq!(cue_at(&mut h, 5.0), None, "finished: quiet");
}

#[test]
fn a_late_wake_says_only_the_phase_now_never_a_queue() {
    let (mut h, _data) = started(true);
    assert_eq!(cue_at(&mut h, 0.5), say("Breathe in"));
    // Out (0.8) and the left leg (1.2) went by while nobody looked.
    assert_eq!(cue_at(&mut h, 1.65), say("Other leg"));
    assert_eq!(h.app.take_cue(), None);
    assert_eq!(cue_at(&mut h, 9.0), say("All done"), "past every phase at once: the end");
}

#[test]
fn without_a_cue_command_nothing_is_said() {
    let (mut h, _data) = started(false);
    for t in [0.4, 0.8, 1.2, 1.6, 1.9, 2.3] {
        assert_eq!(cue_at(&mut h, t), None, "at {t} s");
    }
}

#[test]
fn m_silences_the_cues_with_the_bell_and_stops_one_speaking() {
    let (mut h, _data) = started(true);
    assert!(h.app.tabs.iter().any(|t| matches!(t, cramp_guide::app::TabState::Coach(c) if c.bell)), "sound on");
    assert_eq!(cue_at(&mut h, 0.4), say("Breathe in"));
    // The run loop rings the bell with the frame.
    h.app.bell_due = false;
    h.press(KeyCode::Char('m'));
    assert_eq!(h.app.take_cue(), Some(CueOut::Hush), "the cue speaking stops");
    assert!(h.screen().contains("Sound: off (no bell, no spoken cues)."), "{}", h.screen());
    assert_eq!(cue_at(&mut h, 0.8), None);
    assert!(!h.app.bell_due, "no bell either");
    h.press(KeyCode::Char('m'));
    assert_eq!(h.app.take_cue(), None, "turning sound on says nothing by itself");
    assert_eq!(cue_at(&mut h, 1.2), say("left leg: Press your heel down"));
    assert!(h.app.bell_due, "and the bell rings with it");
}

#[test]
fn c_turns_the_cues_off_and_on_and_says_so() {
    let (mut h, _data) = started(true);
    h.press(KeyCode::Char('c'));
    assert_eq!(h.app.take_cue(), Some(CueOut::Hush));
    assert!(h.screen().contains("Spoken cues: off."), "{}", h.screen());
    assert_eq!(cue_at(&mut h, 0.4), None);
    h.press(KeyCode::Char('c'));
    assert!(h.screen().contains("Spoken cues: on."), "{}", h.screen());
    assert_eq!(cue_at(&mut h, 0.8), say("Out slowly"));
}

#[test]
fn c_without_a_command_says_how_to_hear_them() {
    let (mut h, _data) = started(false);
    h.press(KeyCode::Char('c'));
    h.press(KeyCode::Char('c'));
    let screen = h.screen();
    assert!(screen.contains("Spoken cues: on; start with --voice or --cue-command"), "{screen}");
}

#[test]
fn moves_of_ones_own_are_said_and_a_paused_routine_keeps_its_cue() {
    let (mut h, _data) = started(true);
    assert_eq!(cue_at(&mut h, 0.1), None);
    h.press(KeyCode::Char('n'));
    assert_eq!(h.app.take_cue(), say("Breathe in"), "skipping the lead-in says the first phase");
    h.press(KeyCode::Char(' '));
    h.press(KeyCode::Char('n'));
    assert_eq!(h.app.take_cue(), None, "paused: the phase waits");
    assert_eq!(cue_at(&mut h, 30.0), None, "however long the pause");
    h.press(KeyCode::Char(' '));
    assert_eq!(h.app.take_cue(), say("Out slowly"), "said as the routine goes on");
    h.press(KeyCode::Char('r'));
    assert_eq!(h.app.take_cue(), None, "restarted into the lead-in");
}

#[test]
fn a_program_that_cannot_start_turns_cues_off_for_the_run() {
    let (mut h, _data) = started(true);
    assert_eq!(cue_at(&mut h, 0.4), say("Breathe in"));
    let now = h.clock().mono;
    h.app.cue_failed("cannot start nope: No such file or directory (os error 2)".into(), now);
    let screen = h.screen();
    assert!(screen.contains("Spoken cues off: cannot start nope: No such file"), "one status line:\n{screen}");
    for t in [0.8, 1.2, 1.6, 1.9, 2.3] {
        assert_eq!(cue_at(&mut h, t), None, "at {t} s");
    }
    assert!(h.screen().contains("routine finished"), "the routine went on to its end:\n{}", h.screen());
}

#[test]
fn cues_add_no_wake_up() {
    let (mut with, _data_with) = started(true);
    let (mut without, _data_without) = started(false);
    for t in [0.0, 0.2, 0.4, 0.9, 1.7, 2.2] {
        with.advance(secs(t) - with.at);
        without.advance(secs(t) - without.at);
        let _ = with.app.take_cue();
        let at = |h: &Harness| h.app.next_wake(h.clock()).map(|w| w - h.base.mono);
        assert_eq!(at(&with), at(&without), "at {t} s");
    }
    with.advance(secs(10.0));
    let _ = with.app.take_cue();
    assert_eq!(with.app.next_wake(with.clock()), None, "finished and said: idle");
}

#[test]
fn the_cue_key_is_in_the_coach_help_and_c_is_kept() {
    use cramp_guide::app::keys::{Action, Scope, in_scope};
    let ui = cramp_guide::guide::ui_text::UiText::english();
    for scope in [Scope::CoachList, Scope::CoachSession] {
        let cues = in_scope(scope).find(|b| b.action == Action::ToggleCues).expect("a cue key in the coach");
        assert_eq!((cues.label, cues.help(&ui)), ("c", "spoken cues on/off (heard with --voice or --cue-command)"));
        let sound = in_scope(scope).find(|b| b.action == Action::ToggleBell).expect("m");
        assert!(sound.help(&ui).contains("spoken cues"), "m says it silences the cues too: {}", sound.help(&ui));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.app.after_first_frame();
    assert!(h.app.cues.on, "on unless turned off");
    h.tab_of_kind("coach");
    h.press(KeyCode::Char('c'));
    let mut again = Harness::with_data_dir(80, 24, dir.path());
    again.app.after_first_frame();
    // The coach reads the kept choice when it comes up.
    again.tab_of_kind("coach");
    assert!(!again.app.cues.on, "off is kept for next time");
}

#[test]
fn the_command_line_turns_sound_on_over_a_kept_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.app.after_first_frame();
    h.tab_of_kind("coach");
    h.press(KeyCode::Char('m'));
    h.press(KeyCode::Char('m'));
    let mut again = Harness::with_data_dir(80, 24, dir.path());
    again.app.enable_cues("speak".into());
    again.app.after_first_frame();
    again.tab_of_kind("coach");
    let sound = again.app.tabs.iter().any(|t| matches!(t, cramp_guide::app::TabState::Coach(c) if c.bell));
    assert!(sound, "--voice or --cue-command wins for its run");
}
