//! A coach session from its lead-in to its end, on a fake clock: the
//! lead-in waits for Space while its cautions take longer to read than it
//! lasts; a question stops the countdown while it is asked; the picture
//! and the text keep their places from phase to phase, at 40×12 too; and
//! the end says what happened (everything skipped, how many more than fit);
//! a session seen past its end before a tick still wakes the run loop.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::app::TabState;
use cramp_guide::coach::{RunState, SegmentKind};
use cramp_guide::view::coach::CoachScreen;
use crossterm::event::KeyCode;

/// The coach tab with routine `id` selected, past the banner.
fn coach_at(w: u16, h: u16, id: &str) -> Harness {
    let mut harness = Harness::new(w, h);
    harness.select_routine(id);
    harness
}

/// The session on screen: its state, segment kind and position.
fn session(h: &Harness) -> Option<(RunState, SegmentKind, Duration)> {
    let now = h.clock().mono;
    match &h.app.tabs[h.app.tab] {
        TabState::Coach(c) => c.session.as_deref().map(|(_, s)| (s.state(), s.view(now).segment.kind, s.position(now))),
        _ => None,
    }
}

/// Starts the selected routine; Space when it waits for the cautions.
fn start(h: &mut Harness) {
    h.press(KeyCode::Enter);
    if matches!(session(h), Some((RunState::Paused { .. }, _, _))) {
        h.press(KeyCode::Char(' '));
    }
}

/// Skips every phase to the end.
fn skip_all(h: &mut Harness) {
    for _ in 0..200 {
        if matches!(session(h), Some((RunState::Finished, _, _))) {
            return;
        }
        h.press(KeyCode::Char('n'));
    }
    panic!("the routine never ended");
}

#[test]
fn skipping_every_phase_is_said_and_the_cut_list_says_how_many_more() {
    for (w, ht) in [(80, 24), (50, 16), (40, 12), (120, 40)] {
        let mut h = coach_at(w, ht, "slow-exhale");
        start(&mut h);
        skip_all(&mut h);
        let screen = h.screen();
        assert!(!screen.contains("Well done"), "{w}x{ht}: nothing was done:\n{screen}");
        assert!(screen.contains("Every phase skipped"), "{w}x{ht}: the end says so:\n{screen}");
        let skipped = match &h.app.tabs[h.app.tab] {
            TabState::Coach(c) => c.session.as_deref().unwrap().1.summary(h.clock().mono).skipped.len(),
            _ => unreachable!(),
        };
        let shown = screen.matches('•').count();
        let words: Vec<&str> = screen.split_whitespace().collect();
        let more = words
            .windows(3)
            .find_map(|w| (w[0] == "and" && w[2].starts_with("more")).then(|| w[1].parse::<usize>().ok()).flatten())
            .unwrap_or_else(|| panic!("{w}x{ht}: the cut list says how many more:\n{screen}"));
        assert_eq!(shown + more, skipped, "{w}x{ht}: shown and \"more\" add up to what was skipped:\n{screen}");
    }
}

#[test]
fn a_lead_in_that_ran_out_by_itself_still_counts_as_every_phase_skipped() {
    let mut h = coach_at(80, 24, "slow-exhale");
    start(&mut h);
    h.advance(Duration::from_secs(4));
    assert!(matches!(session(&h), Some((_, SegmentKind::Breathe(_), _))), "past the lead-in");
    skip_all(&mut h);
    let screen = h.screen();
    assert!(screen.contains("Every phase skipped"), "{screen}");
}

#[test]
fn n_on_the_end_screen_is_no_search() {
    let mut h = coach_at(80, 24, "slow-exhale");
    start(&mut h);
    skip_all(&mut h);
    h.press(KeyCode::Char('n'));
    let screen = h.screen();
    assert!(!screen.to_lowercase().contains("search"), "n on the end screen answers no search:\n{screen}");
    assert!(h.app.last_search.is_none());
}

#[test]
fn the_stop_and_quit_questions_stop_the_countdown_while_asked() {
    for question in [KeyCode::Esc, KeyCode::Char('q')] {
        let mut h = coach_at(80, 24, "calf-relief");
        start(&mut h);
        h.advance(Duration::from_secs(8));
        h.press(question);
        assert!(h.app.overlay.is_some(), "{question:?} asks");
        let asked = session(&h).unwrap().2;
        h.advance(Duration::from_secs(20));
        assert_eq!(session(&h).unwrap().2, asked, "{question:?}: the countdown stands while the question is up");
        assert_eq!(h.app.next_wake(h.clock()), None, "nothing to wake for while it stands");
        h.press(KeyCode::Char('n'));
        assert_eq!(session(&h).unwrap().0, RunState::Running, "n: it goes on");
        h.advance(Duration::from_secs(3));
        assert_eq!(session(&h).unwrap().2, asked + Duration::from_secs(3), "from where it stood");
    }
}

#[test]
fn at_40x12_the_breathing_shape_stays_and_the_text_keeps_its_rows() {
    for (w, ht) in [(40, 12), (50, 16), (80, 24), (120, 40)] {
        let mut h = coach_at(w, ht, "slow-exhale");
        start(&mut h);
        let mut rows: Vec<(SegmentKind, usize, usize)> = Vec::new();
        for _ in 0..6 {
            h.press(KeyCode::Char('n'));
            let (_, kind, _) = session(&h).unwrap();
            let body = h.app.areas(h.app.size).body;
            let picture = match h.app.current() {
                cramp_guide::app::Current::Coach(_, routines, state) => match h.app.coach_screen(routines, state, body)
                {
                    CoachScreen::Session(s) => s.picture.is_some(),
                    CoachScreen::List(_) => false,
                },
                _ => false,
            };
            assert!(picture, "{w}x{ht}: the breathing shape shows in {kind:?}");
            let screen = h.screen();
            let lines: Vec<&str> = screen.lines().collect();
            let label = ["BREATHE IN", "BREATHE OUT", "REST", "HOLD YOUR BREATH"];
            let phase_row = lines.iter().position(|l| label.iter().any(|p| l.contains(p))).unwrap();
            let say = ["Breathe in slowly", "Breathe out slowly", "Pause gently", "Hold the breath"];
            let say_row = lines.iter().position(|l| say.iter().any(|p| l.contains(p))).unwrap();
            rows.push((kind, phase_row, say_row));
        }
        let (_, phase_row, say_row) = rows[0];
        for (kind, p, s) in &rows {
            assert_eq!(*p, phase_row, "{w}x{ht}: the phase line stays on its row in {kind:?}: {rows:?}");
            assert_eq!(*s, say_row, "{w}x{ht}: the instruction stays on its row in {kind:?}: {rows:?}");
        }
    }
}

/// The shipped guide with the first routine's cautions cut to one short
/// sentence (a few words, read well within its lead-in).
fn short_caution_guide() -> String {
    caution_guide("Stop if it hurts.")
}

/// The shipped guide with the first routine's cautions replaced by `caution`.
fn caution_guide(caution: &str) -> String {
    let text = cramp_guide::guide::DEFAULT_GUIDE;
    let routine = text.find("[[tabs.routines]]").expect("the guide has routines");
    let start = routine + text[routine..].find("cautions = [").unwrap();
    let end = start + text[start..].find("]\n").unwrap() + 1;
    assert!(text[end..].starts_with("\nlead_in = 5.0"), "the first routine's lead-in is 5 s");
    format!("{}cautions = [\"{caution}\"]{}", &text[..start], &text[end..])
}

/// The state a session of `guide`'s first routine is in a second after it
/// was started at `w`x`ht`.
fn a_second_in(w: u16, ht: u16, guide: &str) -> RunState {
    let mut h = Harness::with_guide(w, ht, guide);
    h.tab_of_kind("coach");
    h.press(KeyCode::Enter);
    h.advance(Duration::from_secs(1));
    session(&h).unwrap().0
}

#[test]
fn cautions_quick_to_read_still_hold_the_lead_in_where_they_do_not_fit_beside_it() {
    // Fifteen long words read in the 5 s lead-in, but wrap past a small panel.
    let caution = vec!["Extraordinarily"; 15].join(" ");
    for (w, ht, held) in [(40, 12, true), (120, 40, false)] {
        let state = a_second_in(w, ht, &caution_guide(&caution));
        assert_eq!(matches!(state, RunState::Paused { .. }), held, "{w}x{ht}: {state:?}");
    }
}

#[test]
fn cautions_read_in_exactly_the_lead_in_do_not_hold_it_and_one_word_more_does() {
    // Three words a second: 15 words take the 5 s lead-in exactly.
    for (words, held) in [(15, false), (16, true)] {
        let caution = vec!["word"; words].join(" ");
        let state = a_second_in(120, 40, &caution_guide(&caution));
        assert_eq!(matches!(state, RunState::Paused { .. }), held, "{words} words: {state:?}");
    }
}

#[test]
fn the_lead_in_waits_for_space_while_its_cautions_take_longer_to_read() {
    for (w, ht) in [(80, 24), (120, 40)] {
        // Two cautions, some thirty words: longer to read than 3 s.
        let mut h = coach_at(w, ht, "slow-exhale");
        h.press(KeyCode::Enter);
        h.advance(Duration::from_secs(15));
        let (state, kind, at) = session(&h).unwrap();
        assert_eq!((kind, at), (SegmentKind::GetReady, Duration::ZERO), "{w}x{ht}: it waits at the lead-in");
        assert!(matches!(state, RunState::Paused { .. }), "{w}x{ht}");
        let screen = h.screen();
        assert!(screen.contains("Space starts"), "{w}x{ht}: it says how to start:\n{screen}");
        h.press(KeyCode::Char(' '));
        h.advance(Duration::from_secs(1));
        assert_eq!(session(&h).unwrap().0, RunState::Running, "{w}x{ht}: Space starts it");
        // One short caution reads within its lead-in: no wait.
        let state = a_second_in(w, ht, &short_caution_guide());
        assert_eq!(state, RunState::Running, "{w}x{ht}: a short caution does not hold it");
    }
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
