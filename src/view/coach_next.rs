//! What a session says comes next: the next phase of a breath, the next
//! round or side of a stretch, or the next step of the routine by name —
//! never the instruction on screen again.

use crate::coach::{Segment, SegmentKind, Timeline};
use crate::text::figures::{count_text, length_text};

/// "Next: …" for segment `index` of `timeline`; None at the last segment.
pub fn next_text(timeline: &Timeline, index: usize) -> Option<String> {
    let segments = timeline.segments();
    let (now, next) = (segments.get(index)?, segments.get(index + 1)?);
    let title = |s: &Segment| s.step.map_or("", |step| timeline.step_title(step)).to_string();
    if next.step != now.step {
        return Some(step_text(&title(next), next));
    }
    Some(match next.kind {
        SegmentKind::Hold => {
            let round =
                if next.cycles > 1 { format!(" — round {} of {}", next.cycle, next.cycles) } else { String::new() };
            let last_hold = segments[..=index].iter().rev().find(|s| s.kind == SegmentKind::Hold);
            match &next.side {
                Some(side) if last_hold.and_then(|h| h.side.as_ref()) != Some(side) => {
                    format!("{}: {side}, {}{round}", title(next), length_text(next.len))
                }
                _ => format!("{} again{round}", title(next)),
            }
        }
        _ => format!("{} ({})", next.say, length_text(next.len)),
    })
}

/// A step named by what it is: "Slow-exhale breathing, 6 cycles",
/// "Calf stretch: left leg, 30 s", "Gentle massage, 45 s".
fn step_text(title: &str, first: &Segment) -> String {
    match (first.kind, &first.side) {
        (SegmentKind::Breathe(_), _) => format!("{title}, {}", count_text(u64::from(first.cycles), "cycle")),
        (_, Some(side)) => format!("{title}: {side}, {}", length_text(first.len)),
        _ => format!("{title}, {}", length_text(first.len)),
    }
}
