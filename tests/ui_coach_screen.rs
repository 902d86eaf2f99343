//! The coach's session screen on a fake clock: snapshots of each kind of
//! moment at three sizes, with and without reduced motion; the breathing
//! picture's size against the phase; what "Next:" names; the cautions in
//! the lead-in; the footer's keys; the badge on other tabs.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::app::{Options, TabState};
use cramp_guide::coach::{RunState, SegmentKind};
use cramp_guide::guide::model::{PhaseKind, TabBody};
use cramp_guide::view::coach::CoachScreen;
use cramp_guide::view::coach_picture::Shape;
use crossterm::event::KeyCode;

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s)
}

/// A session of routine `id` at `width`×`height`, started, banner gone;
/// where its cautions had to be read first, read and let go with Space.
fn started(id: &str, width: u16, height: u16, reduced_motion: bool) -> Harness {
    let mut h = held(id, width, height, reduced_motion);
    if paused(&h) {
        h.press(KeyCode::Char(' '));
    }
    h
}

/// Whether the coach tab's session is paused.
fn paused(h: &Harness) -> bool {
    let TabState::Coach(state) = &h.app.tabs[h.app.tab] else { panic!("not on the coach") };
    let (_, session) = state.session.as_deref().expect("a session");
    matches!(session.state(), RunState::Paused { .. })
}

/// A session of routine `id` just started, as it first shows.
fn held(id: &str, width: u16, height: u16, reduced_motion: bool) -> Harness {
    let mut h = Harness::new(width, height);
    h.app.options = Options { reduced_motion };
    h.tab_of_kind("coach");
    let TabBody::Coach(routines) = &h.app.guide.tabs[h.app.tab].body else { unreachable!() };
    let index = routines.iter().position(|r| r.id == id).unwrap();
    for _ in 0..index {
        h.press(KeyCode::Down);
    }
    h.press(KeyCode::Enter);
    h
}

/// The moments snapped: (name, routine, seconds from the start, keys after).
const MOMENTS: &[(&str, &str, f64, &str)] = &[
    ("lead_in", "calf-relief", 1.0, ""),
    ("inhale", "slow-exhale", 3.0 + 2.0, ""),
    ("exhale", "slow-exhale", 3.0 + 4.0 + 3.5, ""),
    ("rest", "slow-exhale", 3.0 + 11.5, ""),
    ("stretch_hold", "bedtime-stretch", 5.0 + 12.0, ""),
    ("switch", "bedtime-stretch", 5.0 + 32.0, ""),
    ("paused", "slow-exhale", 3.0 + 2.0, " "),
    ("finished", "slow-exhale", 4.0 * 3600.0, ""),
];

#[test]
fn snapshots_of_each_moment_at_three_sizes() {
    for &(name, routine, at, keys) in MOMENTS {
        for (w, hgt) in [(80, 24), (120, 40), (40, 12)] {
            for reduced in [false, true] {
                let mut h = started(routine, w, hgt, reduced);
                h.advance(secs(at));
                h.chars(keys);
                let motion = if reduced { "_still" } else { "" };
                insta::assert_snapshot!(format!("{name}_{w}x{hgt}{motion}"), h.terminal().backend());
            }
        }
    }
}

/// Rows inside the session's frame with nothing on them.
fn empty_rows(screen: &str) -> usize {
    let rows: Vec<&str> = screen.lines().collect();
    // The frame runs from the row under the tab bar to the row over the footer.
    rows[2..rows.len() - 2].iter().filter(|r| r.trim_matches(|c| c == '│' || c == ' ' || c == '"').is_empty()).count()
}

#[test]
fn at_80x24_the_frame_has_at_most_two_empty_rows() {
    for &(name, routine, at, keys) in MOMENTS {
        for reduced in [false, true] {
            let mut h = started(routine, 80, 24, reduced);
            h.advance(secs(at));
            h.chars(keys);
            let screen = h.screen();
            assert!(empty_rows(&screen) <= 2, "{name} (reduced {reduced}):\n{screen}");
        }
    }
}

/// The breathing disc's radius on screen now.
fn radius(h: &Harness) -> f64 {
    let TabState::Coach(state) = &h.app.tabs[h.app.tab] else { unreachable!() };
    let TabBody::Coach(routines) = &h.app.guide.tabs[h.app.tab].body else { unreachable!() };
    let body = h.app.areas(h.app.size).body;
    let CoachScreen::Session(view) = h.app.coach_screen(routines, state, body) else { panic!("no session") };
    match view.picture.expect("a picture").shape {
        Shape::Disc { radius, .. } => radius,
        other => panic!("not a disc: {other:?}"),
    }
}

#[test]
fn the_disc_follows_the_phase_one_pixel_per_step() {
    let mut h = started("slow-exhale", 80, 24, false);
    h.advance(secs(3.0));
    let inhale = h.app.anim_steps(SegmentKind::Breathe(PhaseKind::Inhale));
    assert!(inhale >= 8, "a roomy picture animates ({inhale} steps)");
    let step = 4.0 / f64::from(inhale);
    let small = radius(&h);
    // Through the inhale: one pixel more at each step, and still between.
    for k in 1..inhale {
        h.advance(secs(step * 0.5));
        assert_eq!(radius(&h), small + f64::from(k - 1), "between steps {k}");
        h.advance(secs(step * 0.5));
        assert_eq!(radius(&h), small + f64::from(k), "at step {k}");
    }
    // The top of the breath, then smaller through the exhale.
    h.advance(secs(step));
    let large = radius(&h);
    assert_eq!(large, small + f64::from(inhale));
    h.advance(secs(3.5));
    assert!((radius(&h) - (small + large) / 2.0).abs() <= 1.0, "half way out, half way down");
    h.advance(secs(3.5));
    assert_eq!(radius(&h), small, "the rest is small and still");
    h.advance(secs(0.9));
    assert_eq!(radius(&h), small);
}

#[test]
fn the_app_wakes_exactly_at_each_step_and_second() {
    let mut h = started("slow-exhale", 80, 24, false);
    h.advance(secs(3.0));
    let steps = h.app.anim_steps(SegmentKind::Breathe(PhaseKind::Inhale));
    let wake = h.app.next_wake(h.clock()).unwrap();
    let expected = h.clock().mono + Duration::from_nanos(4_000_000_000u64.div_ceil(u64::from(steps)));
    assert_eq!(wake, expected.min(h.clock().mono + secs(1.0)));
    // Reduced motion: only the seconds.
    let mut h = started("slow-exhale", 80, 24, true);
    h.advance(secs(3.25));
    assert_eq!(h.app.next_wake(h.clock()).unwrap(), h.clock().mono + secs(0.75));
}

#[test]
fn reduced_motion_keeps_the_disc_still() {
    let mut h = started("slow-exhale", 80, 24, true);
    h.advance(secs(3.1));
    let first = radius(&h);
    for _ in 0..20 {
        h.advance(secs(0.5));
        assert_eq!(radius(&h), first);
    }
}

#[test]
fn next_names_what_really_comes_next() {
    let mut h = started("calf-relief", 80, 24, false);
    assert!(h.screen().contains("Next: Calf stretch, 30 s"), "{}", h.screen());
    h.advance(secs(5.0 + 1.0));
    let screen = h.screen();
    assert!(screen.contains("Next: Calf stretch again — round 2 of 2"), "{screen}");
    h.advance(secs(30.0));
    let screen = h.screen();
    assert!(screen.contains("Next: Slow-exhale breathing, 6 cycles"), "{screen}");

    let mut h = started("bedtime-stretch", 80, 24, false);
    h.advance(secs(5.0 + 1.0));
    assert!(h.screen().contains("Next: Switch to the right leg (5 s)"), "{}", h.screen());
    h.advance(secs(30.0));
    assert!(h.screen().contains("Next: Calf stretch: right leg, 30 s"), "{}", h.screen());

    let mut h = started("slow-exhale", 80, 24, false);
    h.advance(secs(3.5));
    assert!(h.screen().contains("Next: Breathe out slowly through pursed lips (7 s)"), "{}", h.screen());
}

#[test]
fn the_cautions_show_in_the_lead_in_only() {
    for (start, routine) in [("list", "calf-relief"), ("cramp", "calf-relief"), ("list", "slow-exhale")] {
        let mut h = if start == "list" {
            started(routine, 80, 24, false)
        } else {
            let mut h = Harness::new(80, 24);
            h.press(KeyCode::Char('!'));
            h.press(KeyCode::Enter);
            // Its cautions take longer to read than the lead-in: Space starts.
            assert!(paused(&h), "the relief routine waits for its cautions to be read");
            h.press(KeyCode::Char(' '));
            h
        };
        let screen = h.screen();
        assert!(screen.contains("Caution: "), "{start} {routine}:\n{screen}");
        assert!(screen.contains("GET READY"), "{screen}");
        h.advance(secs(5.5));
        assert!(!h.screen().contains("Caution: "), "{}", h.screen());
    }
    let mut h = started("calf-relief", 80, 24, false);
    h.advance(secs(0.5));
    assert!(h.screen().contains("a blood clot (DVT)."), "{}", h.screen());
}

#[test]
fn the_footer_shows_the_keys_that_work() {
    // Finished: no pause or skip.
    let mut h = started("slow-exhale", 80, 24, false);
    h.advance(secs(4.0 * 3600.0));
    let screen = h.screen();
    assert!(screen.contains("Well done: routine finished."), "{screen}");
    let footer = screen.lines().last().unwrap().to_string();
    assert!(!footer.contains("pause") && !footer.contains("skip"), "{footer}");
    assert!(footer.contains("redo"), "{footer}");
    h.press(KeyCode::Char(' '));
    assert!(h.screen().contains("Well done"), "Space does nothing once finished");

    // From the cramp screen: the timer note while fresh, then the coach keys.
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Enter);
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("cramp timer keeps running"), "{footer}");
    let fades = h.app.next_wake(h.clock()).unwrap();
    assert!(fades <= h.clock().mono + secs(4.0));
    h.advance(secs(4.0));
    // Held for its cautions to be read, Space starts it; running, it
    // pauses; paused, it resumes: the footer says which.
    let footer = |h: &Harness| h.screen().lines().last().unwrap().to_string();
    assert!(footer(&h).contains("Space start ·"), "{}", footer(&h));
    h.press(KeyCode::Char(' '));
    assert!(footer(&h).contains("Space pause ·"), "{}", footer(&h));
    h.advance(secs(1.0));
    h.press(KeyCode::Char(' '));
    assert!(footer(&h).contains("Space resume ·"), "{}", footer(&h));
    h.press(KeyCode::Char(' '));
    assert!(footer(&h).contains("Space pause ·"), "{}", footer(&h));
}

#[test]
fn a_routine_out_of_sight_shows_a_badge() {
    let mut h = started("slow-exhale", 80, 24, false);
    h.advance(secs(3.5));
    assert!(!h.screen().contains("Coach: "), "no badge on the coach itself");
    h.press(KeyCode::Char('1'));
    let screen = h.screen();
    let bottom = screen.lines().nth(22).unwrap();
    assert!(bottom.contains("Coach: Breathe in 4 s · 2:00 left"), "{screen}");
    // Out of sight, the picture does not move: only the seconds wake the app.
    assert_eq!(h.app.next_wake(h.clock()).unwrap(), h.clock().mono + secs(0.5));
    h.press(KeyCode::Char('8'));
    h.press(KeyCode::Char(' '));
    h.press(KeyCode::Char('1'));
    assert!(h.screen().lines().nth(22).unwrap().contains("Coach: Paused · 2:00 left"), "{}", h.screen());
}

/// Slow-exhale breathing with a held breath between in and out (the shipped
/// guide has none): in 4 s, hold 4 s, out 7 s, rest 1 s.
fn with_breath_hold(width: u16, height: u16, reduced_motion: bool) -> Harness {
    let mut h = started("slow-exhale", width, height, reduced_motion);
    let mut guide = h.app.guide.clone();
    for tab in &mut guide.tabs {
        if let TabBody::Coach(routines) = &mut tab.body {
            for routine in
                cramp_guide::guide::model::Deferred::make_mut(routines).iter_mut().filter(|r| r.id == "slow-exhale")
            {
                if let cramp_guide::guide::model::StepKind::Breathe { phases, .. } = &mut routine.steps[0].kind {
                    let hold = cramp_guide::guide::model::Phase {
                        kind: PhaseKind::Hold,
                        seconds: secs(4.0),
                        say: "Hold the breath gently".into(),
                    };
                    phases.insert(1, hold);
                }
            }
        }
    }
    let tab = h.app.tab;
    let mut app = cramp_guide::app::App::new(guide, h.app.theme, h.app.size);
    app.options = h.app.options;
    app.tick(h.clock());
    h.app = app;
    h.chars(&(tab + 1).to_string());
    let TabBody::Coach(routines) = &h.app.guide.tabs[tab].body else { unreachable!() };
    for _ in 0..routines.iter().position(|r| r.id == "slow-exhale").unwrap() {
        h.press(KeyCode::Down);
    }
    h.press(KeyCode::Enter);
    if paused(&h) {
        h.press(KeyCode::Char(' '));
    }
    h
}

#[test]
fn a_held_breath_keeps_the_disc_large_and_still() {
    for (w, hgt) in [(80, 24), (120, 40), (40, 12)] {
        for reduced in [false, true] {
            let mut h = with_breath_hold(w, hgt, reduced);
            h.advance(secs(3.0 + 4.0 + 1.5));
            let screen = h.screen();
            assert!(screen.contains("HOLD YOUR BREATH"), "{screen}");
            let motion = if reduced { "_still" } else { "" };
            insta::assert_snapshot!(format!("breath_hold_{w}x{hgt}{motion}"), h.terminal().backend());
            if w == 80 && !reduced {
                assert_eq!(h.app.anim_steps(SegmentKind::Breathe(PhaseKind::Hold)), 0, "nothing moves on a hold");
                let held = radius(&h);
                h.advance(secs(2.0));
                assert_eq!(radius(&h), held);
                h.advance(secs(1.0));
                let out = radius(&h);
                assert_eq!(out, held, "the out-breath starts from the top");
            }
        }
    }
}

#[test]
fn cautions_that_do_not_fit_wait_to_be_read_before_the_start() {
    // Room for every caution beside the countdown: they show there, and as
    // they take longer to read than the lead-in lasts, it waits for Space.
    for (w, hgt) in [(80, 24), (120, 40)] {
        let h = held("calf-relief", w, hgt, false);
        assert!(paused(&h), "{w}x{hgt} waits:\n{}", h.screen());
        let screen = h.screen();
        assert!(screen.contains("(DVT).") && screen.contains(" further."), "{screen}");
        assert!(screen.contains("GET READY") && screen.contains("Space starts"), "{screen}");
        assert!(!screen.contains("BEFORE YOU START"), "beside the countdown, not alone:\n{screen}");
    }
    // With the banner still up at 80x24 (a routine named on the command
    // line), the picture gives the cautions its room instead.
    let mut h = Harness::new(80, 24);
    assert!(h.app.start_routine("calf-relief", h.clock()));
    let screen = h.screen();
    assert!(screen.contains("(DVT).") && screen.contains(" further.") && screen.contains("GET READY"), "{screen}");
    assert!(!screen.contains('█'), "no picture beside the cautions:\n{screen}");

    for (w, hgt) in [(40, 12), (50, 16)] {
        let mut h = held("calf-relief", w, hgt, false);
        assert!(paused(&h), "{w}x{hgt}: the lead-in waits");
        insta::assert_snapshot!(format!("cautions_to_read_{w}x{hgt}"), h.terminal().backend());
        // Time does not run while they are read.
        h.advance(secs(60.0));
        assert!(h.screen().contains("BEFORE YOU START"), "{}", h.screen());
        // Every caution can be scrolled to, and no further than the last line.
        for _ in 0..40 {
            h.press(KeyCode::Down);
        }
        let bottom = h.screen();
        assert!(bottom.contains("never slow your breathing") || bottom.contains("breathing further."), "{bottom}");
        assert!(bottom.contains(" end "), "the last line is shown at the bottom:\n{bottom}");
        let TabState::Coach(state) = &h.app.tabs[h.app.tab] else { unreachable!() };
        let top = state.shown_scroll().top();
        let pane = h.app.scroll_pane(h.app.tab).expect("the cautions pane");
        assert_eq!(top, pane.lines.len() - pane.page(), "stored scroll is the last valid position");
        h.press(KeyCode::PageUp);
        let TabState::Coach(state) = &h.app.tabs[h.app.tab] else { unreachable!() };
        assert!(state.shown_scroll().top() < top, "one PgUp moves the text");
        // Space starts the routine from the top of its lead-in.
        h.press(KeyCode::Char(' '));
        assert!(!paused(&h));
        let screen = h.screen();
        assert!(screen.contains("GET READY 5 s"), "{screen}");
        h.advance(secs(5.5));
        assert!(h.screen().contains("HOLD"), "{}", h.screen());
    }
    // A routine without cautions never waits.
    let h = held("slow-exhale", 40, 12, false);
    let TabBody::Coach(routines) = &h.app.guide.tabs[h.app.tab].body else { unreachable!() };
    assert!(routines.iter().any(|r| r.id == "slow-exhale" && !r.cautions.is_empty()) || !paused(&h));
}

#[test]
fn keys_the_footer_has_no_room_for_go_on_the_session_frame() {
    let h = started("slow-exhale", 40, 12, false);
    let screen = h.screen();
    let lines: Vec<&str> = screen.lines().collect();
    let footer = lines[lines.len() - 1];
    let edge = lines[lines.len() - 2];
    assert!(footer.contains("! cramp") && footer.contains("q quit"), "{footer}");
    assert!(!footer.contains("Space"), "no room for it in the footer: {footer}");
    assert!(edge.contains("Space pause/resume") && edge.contains("Esc stop"), "{edge}");
    // With room, the footer has them and the edge only what is left.
    let h = started("slow-exhale", 120, 40, false);
    let screen = h.screen();
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines[lines.len() - 1].contains("Space pause"), "{screen}");
    assert!(!lines[lines.len() - 2].contains("Space"), "{screen}");
    // Never global keys on the frame.
    assert!(!lines[lines.len() - 2].contains("Tab"), "{screen}");
}

#[test]
fn the_badge_never_covers_a_frames_marks() {
    let mut h = started("slow-exhale", 40, 12, false);
    h.advance(secs(3.5));
    h.press(KeyCode::Char('1'));
    let screen = h.screen();
    let lines: Vec<&str> = screen.lines().collect();
    let bottom = lines[lines.len() - 2];
    assert!(bottom.contains("lines 1–5 of ") && bottom.contains("PgDn for more"), "the mark stays whole:\n{screen}");
    // No room beside the mark: the badge goes on the top edge, after the title.
    assert!(lines[1].contains("1 of 10") && lines[1].contains(" Breathe in 4 s · 2:00 "), "{screen}");
}

#[test]
fn the_footer_always_keeps_the_way_out_of_help_and_names_keys_by_their_first() {
    let mut h = Harness::new(80, 24);
    let tabs = h.app.footer_hints().into_iter().find(|x| x.word == "tabs").expect("a tabs hint");
    assert_eq!(tabs.key, "Tab", "the first key of \"Tab → l\"");
    assert!(!tabs.must && !tabs.local);
    h.press(KeyCode::Char('?'));
    let hints = h.app.footer_hints();
    let close = hints.iter().find(|x| x.word == "close").expect("a close hint in help");
    assert!(close.must, "the way out of help always shows");
    assert_eq!(close.key, "Esc");
    assert!(
        hints
            .iter()
            .filter(|x| x.must)
            .all(|x| ["close", "help", "quit", "cramp", "find"].iter().any(|w| x.word.contains(w))),
        "{hints:?}"
    );
}
