//! The coach engine over fake clocks: exact timing, controls, sleep and
//! invariants over random routines. Nothing here sleeps.

use std::time::{Duration, Instant, SystemTime};

use cramp_guide::coach::{Clock, RunState, SegmentKind, Session, Timeline, shown_seconds};
use cramp_guide::guide::model::{Phase, PhaseKind, Routine, Step, StepKind};
use cramp_guide::guide::ui_text::UiText;
use cramp_guide::text::figures::{Numbers, clock_text};

#[path = "coach_engine/controls.rs"]
mod controls;
#[path = "coach_engine/invariants.rs"]
mod invariants;

const IN: PhaseKind = PhaseKind::Inhale;
const OUT: PhaseKind = PhaseKind::Exhale;

fn s(secs: f64) -> Duration {
    Duration::from_secs_f64(secs)
}

fn breathe(title: &str, phases: &[(PhaseKind, Duration)], cycles: u32) -> Step {
    // No words of its own: the timeline names the phase in the UI's words.
    let phases = phases.iter().map(|&(kind, seconds)| Phase { kind, seconds, say: String::new() });
    Step { title: title.into(), kind: StepKind::Breathe { phases: phases.collect(), cycles } }
}

fn hold(title: &str, seconds: Duration, sides: &[&str], switch: Duration, repeat: u32) -> Step {
    let sides = sides.iter().map(|side| side.to_string()).collect();
    let say = "Press your heel down".to_string();
    Step { title: title.into(), kind: StepKind::Hold { say, seconds, sides, switch, repeat } }
}

fn routine(lead_in: Option<Duration>, steps: Vec<Step>) -> Routine {
    let (id, title, description) = ("r".into(), "Routine".into(), "For tests".into());
    let (cautions, sources, synonyms) = (vec![], vec![], vec![]);
    Routine { id, title, description, cautions, lead_in, steps, sources, synonyms, cues: Default::default() }
}

fn four_six(cycles: u32) -> Routine {
    routine(None, vec![breathe("Slow breathing", &[(IN, s(4.0)), (OUT, s(6.0))], cycles)])
}

/// A fake pair of clocks: offsets from one base instant and one wall time.
struct Fake {
    base: Instant,
    wall: SystemTime,
}

impl Fake {
    fn new() -> Fake {
        Fake { base: Instant::now(), wall: SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000) }
    }
    fn at(&self, t: Duration) -> Instant {
        self.base + t
    }
    fn clock(&self, mono: Duration, wall: Duration) -> Clock {
        Clock { mono: self.base + mono, wall: self.wall + wall }
    }
    fn start(&self, routine: &Routine) -> Session {
        Session::start(
            Timeline::new(routine, &UiText::english(), Numbers::ENGLISH),
            self.clock(Duration::ZERO, Duration::ZERO),
        )
    }
}

#[test]
fn an_hour_of_four_six_ends_exactly_on_schedule() {
    let fake = Fake::new();
    let mut session = fake.start(&four_six(360));
    assert_eq!(session.timeline().total(), s(3600.0));
    for k in 0..360u32 {
        let t = s(10.0) * k;
        assert!(!session.update(fake.clock(t, t)));
        let view = session.view(fake.at(t));
        assert_eq!(
            (view.index, view.segment.kind, view.segment.cycle),
            (2 * k as usize, SegmentKind::Breathe(IN), k + 1)
        );
        assert_eq!(view.phase_left, s(4.0));
        assert_eq!(session.view(fake.at(t + s(4.0))).phase_left, s(6.0));
        assert_eq!(session.view(fake.at(t + s(4.0) - Duration::from_nanos(1))).phase_left, Duration::from_nanos(1));
    }
    let just_before = s(3600.0) - Duration::from_nanos(1);
    assert!(!session.update(fake.clock(just_before, just_before)));
    assert_eq!(session.view(fake.at(just_before)).state, RunState::Running);
    assert_eq!(session.view(fake.at(s(3600.0))).state, RunState::Finished);
    assert!(session.update(fake.clock(s(3600.7), s(3600.7))));
    assert_eq!(session.state(), RunState::Finished);
    let summary = session.summary(fake.at(s(4000.0)));
    assert_eq!((summary.active, summary.cycles_done, summary.completed), (s(3600.0), 360, true));
    assert!(summary.skipped.is_empty());
}

#[test]
fn holds_per_side_with_switches_and_repeats() {
    let steps = vec![
        hold("Calf stretch", s(30.0), &["left leg", "right leg"], s(5.0), 2),
        hold("Massage", s(20.0), &[], s(5.0), 3),
        hold("Foot", s(10.0), &["left foot", "right foot"], Duration::ZERO, 1),
        hold("Toe", s(8.0), &["left foot"], s(2.0), 2),
    ];
    let timeline = Timeline::new(&routine(Some(s(5.0)), steps), &UiText::english(), Numbers::ENGLISH);
    let got: Vec<_> = timeline
        .segments()
        .iter()
        .map(|g| (g.kind, g.say.as_str(), g.side.as_deref(), g.cycle, g.cycles, g.len))
        .collect();
    let (hold, switch, say) = (SegmentKind::Hold, SegmentKind::Switch, "Press your heel down");
    #[rustfmt::skip]
    let want = vec![
        (SegmentKind::GetReady, "Get ready: Calf stretch", None, 1, 1, s(5.0)),
        (hold, say, Some("left leg"), 1, 2, s(30.0)), (switch, "Switch to the right leg", Some("right leg"), 1, 2, s(5.0)),
        (hold, say, Some("right leg"), 1, 2, s(30.0)), (switch, "Switch to the left leg", Some("left leg"), 2, 2, s(5.0)),
        (hold, say, Some("left leg"), 2, 2, s(30.0)), (switch, "Switch to the right leg", Some("right leg"), 2, 2, s(5.0)),
        (hold, say, Some("right leg"), 2, 2, s(30.0)),
        (hold, say, None, 1, 3, s(20.0)), (switch, "Relax, then hold again", None, 2, 3, s(5.0)),
        (hold, say, None, 2, 3, s(20.0)), (switch, "Relax, then hold again", None, 3, 3, s(5.0)),
        (hold, say, None, 3, 3, s(20.0)),
        (hold, say, Some("left foot"), 1, 1, s(10.0)), (hold, say, Some("right foot"), 1, 1, s(10.0)),
        (hold, say, Some("left foot"), 1, 2, s(8.0)), (switch, "Relax, then hold again", Some("left foot"), 2, 2, s(2.0)),
        (hold, say, Some("left foot"), 2, 2, s(8.0)),
    ];
    assert_eq!(got, want);
    assert_eq!(timeline.total(), s(5.0 + 135.0 + 70.0 + 20.0 + 18.0));
    assert_eq!(
        (timeline.step_start(0), timeline.step_start(1), timeline.step_start(2), timeline.step_start(3)),
        (s(5.0), s(140.0), s(210.0), s(230.0))
    );
    assert_eq!(timeline.describe(2), "Calf stretch: Switch to the right leg");
    assert_eq!(timeline.describe(3), "Calf stretch, right leg, 1 of 2");
}

#[test]
fn fractional_phases_flip_at_exact_instants() {
    let fake = Fake::new();
    let session = fake.start(&routine(None, vec![breathe("Half", &[(IN, s(5.5)), (OUT, s(5.5))], 2)]));
    let view = session.view(fake.at(Duration::ZERO));
    assert_eq!((shown_seconds(view.phase_left), clock_text(view.routine_left)), (6, "0:22".to_string()));
    assert_eq!(shown_seconds(session.view(fake.at(s(0.5))).phase_left), 5);
    assert_eq!(shown_seconds(session.view(fake.at(s(0.5) - Duration::from_nanos(1))).phase_left), 6);
    // Phase flips at n + 0.5 s, the routine's time left at whole seconds.
    let mut at = Duration::ZERO;
    let mut flips = vec![];
    while let Some(next) = session.next_change(fake.at(at), 0) {
        assert!(next > fake.at(at));
        at = next - fake.base;
        flips.push(at);
    }
    assert_eq!(&flips[..4], &[s(0.5), s(1.0), s(1.5), s(2.0)]);
    assert_eq!(flips.len(), 34);
    assert_eq!(flips.last(), Some(&s(22.0)));
    let steps = [0.0, 0.5, 1.0].map(|t| session.next_change(fake.at(s(t)), 4).map(|n| n - fake.base));
    assert_eq!(steps, [Some(s(0.5)), Some(s(1.0)), Some(s(1.375))]);
    assert_eq!(session.view(fake.at(s(1.375))).anim_frame(4), 1);
    assert_eq!(session.view(fake.at(s(1.375) - Duration::from_nanos(1))).anim_frame(4), 0);
    assert_eq!(
        (clock_text(s(65.3)), clock_text(s(60.0)), shown_seconds(s(5.0) + Duration::from_nanos(1))),
        ("1:06".into(), "1:00".into(), 6)
    );
}
