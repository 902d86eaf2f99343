//! `coach ROUTINE --plain` on a fake clock: the exact lines, at the exact
//! instants, and a clean stop when interrupted.

mod common;

use std::time::Duration;

use common::process::Binary;
use cramp_guide::guide::model::{Phase, PhaseKind, Routine, Step, StepKind};
use cramp_guide::guide::ui_text::UiText;
use cramp_guide::plain_coach::{say, script};
use cramp_guide::text::figures::Numbers;

fn routine() -> Routine {
    let s = Duration::from_secs;
    Routine {
        id: "test".into(),
        title: "Test routine".into(),
        description: "d".into(),
        cautions: Vec::new(),
        lead_in: Some(s(2)),
        steps: vec![
            Step {
                title: "Breathing".into(),
                kind: StepKind::Breathe {
                    phases: vec![
                        Phase {
                            kind: PhaseKind::Inhale,
                            seconds: s(4),
                            say: "Breathe in slowly through your nose".into(),
                        },
                        Phase {
                            kind: PhaseKind::Exhale,
                            seconds: Duration::from_millis(5500),
                            say: "Breathe out slowly through pursed lips".into(),
                        },
                    ],
                    cycles: 2,
                },
            },
            Step {
                title: "Stretch".into(),
                kind: StepKind::Hold {
                    say: "Press your heel down".into(),
                    seconds: s(20),
                    sides: vec!["left leg".into(), "right leg".into()],
                    switch: s(3),
                    repeat: 1,
                },
            },
        ],
        sources: Vec::new(),
        synonyms: Vec::new(),
        cues: Default::default(),
    }
}

#[test]
fn one_line_per_phase_change_at_its_instant() {
    let mut waited = Vec::new();
    let mut out = Vec::new();
    let finished = say(&script(&routine(), &UiText::english(), Numbers::ENGLISH), &mut out, |at| {
        waited.push(at.as_secs_f64());
        true
    })
    .unwrap();
    assert!(finished);
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "Test routine — 1:04 in all",
            "Get ready: Breathing — 2 s",
            "Breathe in slowly through your nose — 4 s — cycle 1 of 2",
            "Breathe out slowly through pursed lips — 5.5 s — cycle 1 of 2",
            "Breathe in slowly through your nose — 4 s — cycle 2 of 2",
            "Breathe out slowly through pursed lips — 5.5 s — cycle 2 of 2",
            "Press your heel down (left leg) — 20 s",
            "Switch to the right leg — 3 s",
            "Press your heel down (right leg) — 20 s",
            "Done — 1:04",
        ]
    );
    assert_eq!(waited, [0.0, 0.0, 2.0, 6.0, 11.5, 15.5, 21.0, 41.0, 44.0, 64.0]);
}

#[test]
fn an_interruption_stops_cleanly_between_lines() {
    let mut out = Vec::new();
    let mut calls = 0;
    let finished = say(&script(&routine(), &UiText::english(), Numbers::ENGLISH), &mut out, |_| {
        calls += 1;
        calls <= 3
    })
    .unwrap();
    assert!(!finished);
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(!text.contains('\x1b'));
}

#[test]
fn an_unknown_routine_exits_2_and_lists_the_routines() {
    // A real run of a routine is in `e2e_plain_coach.rs`.
    let out = Binary::new().args(["coach", "no-such-routine", "--plain"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("calf-relief"), "lists the routines: {err}");
}
