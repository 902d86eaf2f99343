//! What a session says comes next: the next phase of a breath, the next
//! round or side of a stretch, or the next step of the routine by name —
//! never the instruction on screen again.

use crate::coach::{Segment, SegmentKind, Timeline};
use crate::guide::ui_text::groups;

/// "Next: …" for segment `index` of `timeline`; None at the last segment.
pub fn next_text(timeline: &Timeline, index: usize, ui: &groups::coach) -> Option<String> {
    let segments = timeline.segments();
    let (now, next) = (segments.get(index)?, segments.get(index + 1)?);
    let title = |s: &Segment| s.step.map_or("", |step| timeline.step_title(step)).to_string();
    let length_text = |d| timeline.words().numbers().length(d);
    if next.step != now.step {
        return Some(step_text(&title(next), next, timeline, ui));
    }
    Some(match next.kind {
        SegmentKind::Hold => {
            let round = if next.cycles > 1 {
                ui.next_round.fill(&[("at", &next.cycle), ("total", &next.cycles)])
            } else {
                String::new()
            };
            let last_hold = segments[..=index].iter().rev().find(|s| s.kind == SegmentKind::Hold);
            match &next.side {
                Some(side) if last_hold.and_then(|h| h.side.as_ref()) != Some(side) => {
                    let side = ui.next_side.fill(&[
                        ("step", &title(next)),
                        ("side", side),
                        ("length", &length_text(next.len)),
                    ]);
                    format!("{side}{round}")
                }
                _ => ui.next_again.fill(&[("step", &title(next)), ("round", &round)]),
            }
        }
        _ => ui.next_phase.fill(&[("say", &next.say), ("length", &length_text(next.len))]),
    })
}

/// A step named by what it is: "Slow-exhale breathing, 6 cycles",
/// "Calf stretch: left leg, 30 s", "Gentle massage, 45 s".
fn step_text(title: &str, first: &Segment, timeline: &Timeline, ui: &groups::coach) -> String {
    let length_text = |d| timeline.words().numbers().length(d);
    match (first.kind, &first.side) {
        (SegmentKind::Breathe(_), _) => {
            ui.next_breathing.fill(&[("step", &title), ("cycles", &ui.cycles.count(first.cycles as usize, &[]))])
        }
        (_, Some(side)) => ui.next_side.fill(&[("step", &title), ("side", side), ("length", &length_text(first.len))]),
        _ => ui.next_step.fill(&[("step", &title), ("length", &length_text(first.len))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::figures::Numbers;

    /// Where the next segment starts a new step, it is named by its title,
    /// with its first side for a step held one side at a time.
    #[test]
    fn a_new_step_held_one_side_at_a_time_is_named_with_its_first_side() {
        let guide = crate::shipped::shipped_guide().expect("the shipped guide");
        let (mut sided, mut plain) = (0, 0);
        for routine in guide.routines() {
            let timeline = Timeline::new(routine, &guide.ui, Numbers::ENGLISH);
            let segments = timeline.segments();
            for i in 0..segments.len().saturating_sub(1) {
                let next = &segments[i + 1];
                if next.step == segments[i].step {
                    continue;
                }
                let said = next_text(&timeline, i, &guide.ui.coach).expect("a segment follows");
                let title = next.step.map_or("", |step| timeline.step_title(step));
                assert!(said.starts_with(title), "{said:?} names {title:?}");
                match &next.side {
                    Some(side) => {
                        sided += 1;
                        assert!(said.contains(side.as_str()), "{said:?} names the side {side:?}");
                    }
                    None => plain += 1,
                }
            }
        }
        assert!(sided > 0 && plain > 0, "the shipped routines start a sided step and another ({sided}, {plain})");
    }

    /// A stretch held again on the same side is "again", with its round;
    /// the side is named only where it changes.
    #[test]
    fn a_hold_again_on_the_same_side_is_said_again_and_a_new_side_is_named() {
        let both = "sides = [\"left leg\", \"right leg\"]\nswitch_seconds = 5";
        let one = "sides = [\"left leg\"]\nrepeat = 2\nswitch_seconds = 5";
        assert!(crate::guide::DEFAULT_GUIDE.contains(both), "the shipped stretch is held on both legs");
        let text = crate::guide::DEFAULT_GUIDE.replacen(both, one, 1);
        let guide = crate::guide::parse_guide(&text, "guide.toml").unwrap();
        let mut again = 0;
        for routine in guide.routines() {
            let timeline = Timeline::new(routine, &guide.ui, Numbers::ENGLISH);
            let segments = timeline.segments();
            for i in 0..segments.len().saturating_sub(1) {
                let (now, next) = (&segments[i], &segments[i + 1]);
                if next.step != now.step || next.kind != SegmentKind::Hold {
                    continue;
                }
                let Some(side) = &next.side else { continue };
                let said = next_text(&timeline, i, &guide.ui.coach).expect("a segment follows");
                let held = segments[..=i].iter().rev().find(|s| s.kind == SegmentKind::Hold);
                if held.and_then(|h| h.side.as_ref()) == Some(side) {
                    again += 1;
                    assert!(said.contains(" again") && !said.contains(side.as_str()), "{said:?}");
                } else {
                    assert!(said.contains(side.as_str()), "{said:?}");
                }
            }
        }
        assert!(again > 0, "the stretch is held again on the same leg");
    }
}
