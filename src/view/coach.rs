//! A coach tab: the routine list beside the selected routine's text, and
//! the geometry of a session (the breathing bar's width, how many steps its
//! animation has).

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::lines::{body_lines, sources_lines};
use super::pane::{Pane, text_area, text_width};
use super::topics::split;
use crate::coach::Summary;
use crate::guide::model::{Routine, StepKind};
use crate::text;
use crate::text::figures::{clock_text, seconds_text};
use crate::theme::Theme;

/// Below this body height the session drops the animation and keeps the
/// instruction and countdown.
const ANIMATION_MIN_HEIGHT: u16 = 14;
/// Below this body width the session drops the animation.
const ANIMATION_MIN_WIDTH: u16 = 30;
/// Rows of the session block with the animation (for placing it).
const SESSION_ROWS: u16 = 15;

/// What the routine list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CoachListScreen {
    pub list: Rect,
    /// The selected routine's text; None when there are no routines.
    pub detail: Option<Pane>,
}

/// The routine list in `body`, routine `selected` open; `last` is how its
/// last session went, if it ran.
pub fn list_screen(
    routines: &[Routine],
    selected: usize,
    last: Option<&Summary>,
    body: Rect,
    theme: Theme,
) -> CoachListScreen {
    let (list, detail) = split(body, routines.len());
    let detail = routines
        .get(selected)
        .map(|routine| Pane { area: detail, lines: routine_lines(routine, last, text_width(detail), theme) });
    CoachListScreen { list, detail }
}

/// What the detail says of a routine: last result, length, description,
/// cautions, steps with timings, sources.
fn routine_lines(routine: &Routine, last: Option<&Summary>, w: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some(summary) = last {
        let how = if summary.completed { "Finished" } else { "Stopped" };
        let skipped =
            if summary.skipped.is_empty() { String::new() } else { format!(" · {} skipped", summary.skipped.len()) };
        out.push(Line::styled(
            format!(
                "{how} last time: {} · {} breathing cycles{skipped}",
                clock_text(summary.active),
                summary.cycles_done
            ),
            theme.calm,
        ));
        out.push(Line::default());
    }
    out.push(Line::from(vec![
        Span::styled("Enter", theme.key),
        Span::raw(format!(" starts · {} in all", clock_text(routine.length()))),
    ]));
    out.push(Line::default());
    body_lines(&routine.description, w, theme, None, &mut out);
    for caution in &routine.cautions {
        out.push(Line::default());
        for (lead, l) in text::hanging(caution, w, "Caution: ") {
            out.push(Line::from(vec![Span::styled(lead, theme.warning), Span::raw(l)]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled("Steps", theme.heading));
    if let Some(lead) = routine.lead_in {
        out.push(Line::raw(format!("  Get ready · {}", clock_text(lead))));
    }
    for (i, step) in routine.steps.iter().enumerate() {
        let detail = match &step.kind {
            StepKind::Breathe { phases, cycles } => {
                let pattern: Vec<String> = phases
                    .iter()
                    .map(|p| format!("{} {}", p.kind.label().to_lowercase(), seconds_text(p.seconds)))
                    .collect();
                format!("{} × {cycles}", pattern.join(", "))
            }
            StepKind::Hold { seconds, sides, repeat, .. } => {
                let per = if sides.is_empty() { String::new() } else { format!(" per side ({})", sides.join(", ")) };
                let times = if *repeat > 1 { format!(" × {repeat}") } else { String::new() };
                format!("hold {}{per}{times}", seconds_text(*seconds))
            }
        };
        let line = format!("{} · {} · {}", step.title, detail, clock_text(step.length()));
        for (lead, l) in text::hanging(&line, w.saturating_sub(2), &format!("{}. ", i + 1)) {
            out.push(Line::raw(format!("  {lead}{l}")));
        }
    }
    sources_lines(&routine.sources, w, theme, &mut out);
    out
}

/// Where a session is drawn in a body, and how big its animation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionScreen {
    /// The session's text area, inside its frame.
    pub text: Rect,
    /// Steps of the breathing animation per phase; 0 when there is no room
    /// (or motion is reduced), and then the bars are not drawn.
    pub anim_steps: u32,
    /// Width of the breathing bar and the gauges.
    pub bar_width: usize,
}

/// A session in `body`; `reduced_motion` drops the animation.
pub fn session_screen(body: Rect, reduced_motion: bool) -> SessionScreen {
    let bar_width = body.width.saturating_sub(16).min(60);
    let roomy = body.height >= ANIMATION_MIN_HEIGHT && body.width >= ANIMATION_MIN_WIDTH;
    let anim_steps = if roomy && !reduced_motion { u32::from(bar_width) } else { 0 };
    let mut text = text_area(body);
    if anim_steps > 0 {
        // With room to spare, sit the block a little way down, at a fixed row.
        let top = text.height.saturating_sub(SESSION_ROWS) / 3;
        text = Rect { y: text.y + top, height: text.height - top, ..text };
    }
    SessionScreen { text, anim_steps, bar_width: usize::from(bar_width) }
}
