//! Pause, skip, back, sleep, stop and restart, at exact instants.

use super::*;

#[test]
fn pause_freezes_time_and_resume_continues() {
    let fake = Fake::new();
    let mut session = fake.start(&four_six(10));
    session.toggle_pause(fake.at(s(7.0)));
    let paused = session.view(fake.at(s(107.0)));
    assert_eq!(paused.state, RunState::Paused { by_sleep: false });
    assert_eq!((paused.segment.kind, paused.phase_left), (SegmentKind::Breathe(OUT), s(3.0)));
    assert_eq!(session.next_change(fake.at(s(50.0)), 0), None);
    session.toggle_pause(fake.at(s(107.0)));
    let resumed = session.view(fake.at(s(107.0)));
    assert_eq!(
        (resumed.segment.kind, resumed.phase_left, resumed.state),
        (SegmentKind::Breathe(OUT), s(3.0), RunState::Running)
    );
    assert_eq!(session.next_change(fake.at(s(107.0)), 0), Some(fake.at(s(108.0))));
    let later = session.view(fake.at(s(110.0)));
    assert_eq!((later.segment.kind, later.segment.cycle, later.phase_left), (SegmentKind::Breathe(IN), 2, s(4.0)));
    assert_eq!((session.active(fake.at(s(110.0))), session.position(fake.at(s(110.0)))), (s(10.0), s(10.0)));
}

#[test]
fn skip_goes_to_the_next_phase_and_finishes_from_the_last() {
    let fake = Fake::new();
    let mut session = fake.start(&four_six(2));
    session.skip(fake.at(s(1.5)));
    let view = session.view(fake.at(s(1.5)));
    assert_eq!((view.segment.kind, view.phase_left), (SegmentKind::Breathe(OUT), s(6.0)));
    let view = session.view(fake.at(s(7.5)));
    assert_eq!((view.segment.kind, view.segment.cycle, view.phase_left), (SegmentKind::Breathe(IN), 2, s(4.0)));
    // Paused, skipping still moves and stays paused.
    session.toggle_pause(fake.at(s(8.0)));
    session.skip(fake.at(s(9.0)));
    let view = session.view(fake.at(s(30.0)));
    assert_eq!((view.index, view.phase_left, view.state), (3, s(6.0), RunState::Paused { by_sleep: false }));
    session.skip(fake.at(s(31.0)));
    assert_eq!(session.state(), RunState::Finished);
    let summary = session.summary(fake.at(s(40.0)));
    assert_eq!(summary.skipped.len(), 3);
    assert_eq!(summary.skipped[0], "Slow breathing: Breathe in, cycle 1 of 2 (2.5 s left)");
    assert_eq!(summary.skipped[1], "Slow breathing: Breathe in, cycle 2 of 2 (3.5 s left)");
    assert_eq!((summary.cycles_done, summary.completed, summary.active), (0, true, s(8.0)));
}

#[test]
fn back_goes_to_the_step_start_then_the_previous_step() {
    let fake = Fake::new();
    let steps = vec![breathe("Breathe", &[(IN, s(4.0)), (OUT, s(6.0))], 2), hold("Stretch", s(30.0), &[], s(0.0), 1)];
    let mut session = fake.start(&routine(Some(s(3.0)), steps));
    session.back(fake.at(s(28.0)));
    assert_eq!(session.position(fake.at(s(28.0))), s(23.0));
    assert_eq!(session.view(fake.at(s(28.5))).step, Some(1));
    session.back(fake.at(s(28.5)));
    assert_eq!(session.position(fake.at(s(28.5))), s(3.0));
    session.back(fake.at(s(29.0)));
    assert_eq!(session.position(fake.at(s(29.0))), Duration::ZERO);
    assert_eq!(session.view(fake.at(s(29.0))).segment.say, "Get ready: Breathe");
    session.back(fake.at(s(30.0)));
    assert_eq!(session.position(fake.at(s(31.0))), s(1.0));
    // Paused, back moves and stays paused.
    session.toggle_pause(fake.at(s(40.0)));
    session.back(fake.at(s(45.0)));
    let view = session.view(fake.at(s(60.0)));
    assert_eq!(
        (view.segment.kind, view.phase_left, view.state),
        (SegmentKind::Breathe(IN), s(4.0), RunState::Paused { by_sleep: false })
    );
    assert_eq!(session.active(fake.at(s(60.0))), s(40.0));
}

#[test]
fn sleep_pauses_without_counting_the_slept_time() {
    let fake = Fake::new();
    let mut session = fake.start(&four_six(100));
    assert!(!session.update(fake.clock(s(12.0), s(12.0))));
    assert!(!session.update(fake.clock(s(16.0), s(20.0)))); // wall 4 s ahead: no sleep
    assert!(!session.update(fake.clock(s(17.0), s(19.0)))); // wall stepped back: no sleep
    assert!(session.update(fake.clock(s(18.0), s(19.0 + 3600.0))));
    assert_eq!(session.state(), RunState::Paused { by_sleep: true });
    assert_eq!(session.position(fake.at(s(500.0))), s(18.0));
    assert_eq!(session.next_change(fake.at(s(20.0)), 0), None);
    session.toggle_pause(fake.at(s(30.0)));
    assert_eq!(session.position(fake.at(s(31.0))), s(19.0));
    assert_eq!(session.summary(fake.at(s(31.0))).active, s(19.0));
}

#[test]
fn summary_and_restart() {
    let fake = Fake::new();
    let steps =
        vec![breathe("Slow breathing", &[(IN, s(2.0)), (OUT, s(2.0))], 3), hold("Stretch", s(10.0), &[], s(0.0), 1)];
    let mut session = fake.start(&routine(Some(s(2.0)), steps));
    session.skip(fake.at(s(7.0)));
    session.toggle_pause(fake.at(s(9.0)));
    session.toggle_pause(fake.at(s(69.0)));
    let summary = session.stop(fake.at(s(75.0)));
    assert_eq!((summary.active, summary.cycles_done, summary.completed), (s(15.0), 2, false));
    assert_eq!(summary.skipped, vec!["Slow breathing: Breathe in, cycle 2 of 3 (1.0 s left)".to_string()]);
    assert_eq!(session.view(fake.at(s(90.0))).state, RunState::Finished);
    assert_eq!(session.position(fake.at(s(90.0))), s(16.0));
    session.restart(fake.clock(s(100.0), s(100.0)));
    assert_eq!(
        (session.state(), session.active(fake.at(s(101.0))), session.position(fake.at(s(101.0)))),
        (RunState::Running, s(1.0), s(1.0))
    );
    assert!(session.summary(fake.at(s(101.0))).skipped.is_empty());
    assert!(session.segment_changed_since(0, fake.at(s(102.0))));
    assert!(!session.segment_changed_since(0, fake.at(s(101.5))));
}

#[test]
fn back_exactly_at_the_grace_stays_in_the_step() {
    let fake = Fake::new();
    let steps = vec![breathe("Breathe", &[(IN, s(4.0)), (OUT, s(6.0))], 2), hold("Stretch", s(30.0), &[], s(0.0), 1)];
    // The stretch starts at 3 + 20 = 23 s; BACK_GRACE (1 s) into it is 24 s.
    let mut session = fake.start(&routine(Some(s(3.0)), steps.clone()));
    session.back(fake.at(s(24.0)));
    assert_eq!(session.position(fake.at(s(24.0))), s(23.0), "one grace in: the start of this step");
    let mut session = fake.start(&routine(Some(s(3.0)), steps));
    session.back(fake.at(s(23.999)));
    assert_eq!(session.position(fake.at(s(23.999))), s(3.0), "within the grace: the step before");
}

#[test]
fn a_wall_clock_exactly_the_sleep_gap_ahead_is_not_a_sleep() {
    let fake = Fake::new();
    let mut session = fake.start(&four_six(100));
    // SLEEP_GAP is 5 s: the wall clock must run ahead by more than that.
    assert!(!session.update(fake.clock(s(10.0), s(15.0))));
    assert_eq!(session.state(), RunState::Running);
    assert!(session.update(fake.clock(s(11.0), s(21.0 + 1e-6))));
    assert_eq!(session.state(), RunState::Paused { by_sleep: true });
}

#[test]
fn a_stopped_session_keeps_its_summary_when_woken_later() {
    let fake = Fake::new();
    let mut session = fake.start(&four_six(3));
    let stopped = session.stop(fake.at(s(12.0)));
    assert_eq!((stopped.cycles_done, stopped.completed), (1, false));
    // A late wake (the loop, a resize) must not count the rest as done.
    session.update(fake.clock(s(100.0), s(100.0)));
    let later = session.summary(fake.at(s(100.0)));
    assert_eq!((later.cycles_done, later.completed, later.active), (1, false, s(12.0)));
}

#[test]
fn a_skipped_stretch_is_named_with_its_side_and_round_only_when_there_are_several() {
    let fake = Fake::new();
    let mut once = fake.start(&routine(None, vec![hold("Calf stretch", s(30.0), &[], s(0.0), 1)]));
    once.skip(fake.at(s(10.0)));
    assert_eq!(once.summary(fake.at(s(10.0))).skipped, vec!["Calf stretch (20.0 s left)".to_string()]);
    let mut twice = fake.start(&routine(None, vec![hold("Calf stretch", s(30.0), &["left leg"], s(5.0), 2)]));
    twice.skip(fake.at(s(10.0)));
    assert_eq!(
        twice.summary(fake.at(s(10.0))).skipped,
        vec!["Calf stretch, left leg, 1 of 2 (20.0 s left)".to_string()]
    );
}
