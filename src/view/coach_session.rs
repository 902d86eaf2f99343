//! A coach session: the instruction large and plain, the seconds left, a
//! breathing bar, progress for the phase and the routine, what comes next;
//! and the summary when it ends. Also the session's geometry, which the
//! app's wake-ups read (how many steps the breathing animation has).

use std::time::Instant;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::pane::text_area;
use crate::coach::{RunState, SegmentKind, Session, View, shown_seconds};
use crate::guide::model::PhaseKind;
use crate::text;
use crate::text::figures::clock_text;
use crate::theme::Theme;

/// Below this body height the session drops the animation and keeps the
/// instruction and countdown.
const ANIMATION_MIN_HEIGHT: u16 = 14;
/// Below this body width the session drops the animation.
const ANIMATION_MIN_WIDTH: u16 = 30;
/// Rows of the session block with the animation (for placing it).
const SESSION_ROWS: u16 = 15;
/// Lines kept for the instruction while the animation shows.
const INSTRUCTION_LINES: usize = 3;

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

/// What a session shows in `body` at `now`: its frame's title, where the
/// text goes and the text.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionView {
    pub title: String,
    /// The session's frame.
    pub area: Rect,
    pub text: Rect,
    pub lines: Vec<Line<'static>>,
}

/// A session of the routine `title` in `body` at `now`.
pub fn session_view(
    title: &str,
    session: &Session,
    now: Instant,
    body: Rect,
    reduced_motion: bool,
    theme: Theme,
) -> SessionView {
    let title = format!(" Coach · {title} ");
    let view = session.view(now);
    if view.state == RunState::Finished {
        return SessionView { title, area: body, text: text_area(body), lines: summary_lines(session, now, theme) };
    }
    let screen = session_screen(body, reduced_motion);
    SessionView { title, area: body, text: screen.text, lines: running_lines(session, &view, &screen, theme) }
}

fn running_lines(session: &Session, view: &View, screen: &SessionScreen, theme: Theme) -> Vec<Line<'static>> {
    let w = usize::from(screen.text.width);
    let steps = screen.anim_steps;
    let mut lines = Vec::new();
    let (label, style) = phase_label(view, theme);
    let status = match view.state {
        RunState::Paused { by_sleep: true } => " · PAUSED (the computer slept; Space resumes)",
        RunState::Paused { by_sleep: false } => " · PAUSED (Space resumes)",
        _ => "",
    };
    let seconds = shown_seconds(view.phase_left);
    lines.push(Line::from(vec![
        Span::styled(format!("{label} "), style),
        Span::styled(format!("{seconds} s"), theme.title.add_modifier(Modifier::BOLD)),
        Span::styled(status, theme.warning),
    ]));
    // Fixed slots while there is room, so nothing jumps between phases:
    // three lines of instruction, the side, the breathing bar.
    let roomy = steps > 0;
    let instruction = text::wrap(&view.segment.say, w);
    let slots = if roomy { instruction.len().max(INSTRUCTION_LINES) } else { instruction.len() };
    for i in 0..slots {
        lines.push(Line::styled(instruction.get(i).cloned().unwrap_or_default(), theme.title));
    }
    match &view.segment.side {
        Some(side) => lines.push(Line::styled(format!("Side: {side}"), theme.accent)),
        None if roomy => lines.push(Line::default()),
        None => {}
    }
    lines.push(Line::default());
    if roomy {
        let bar_w = screen.bar_width;
        if matches!(view.segment.kind, SegmentKind::Breathe(_)) {
            lines.push(breathing_bar(view, steps, bar_w, theme));
        } else {
            lines.push(Line::default());
        }
        lines.push(Line::default());
        lines.push(gauge("Phase  ", view.anim_frame(steps) as usize, bar_w, theme));
        let total = session.timeline().total().as_secs_f64().max(f64::MIN_POSITIVE);
        let done_secs = total - shown_seconds(view.routine_left) as f64;
        let routine_cells = ((done_secs / total) * bar_w as f64).floor().clamp(0.0, bar_w as f64) as usize;
        lines.push(gauge("Routine", routine_cells, bar_w, theme));
        lines.push(Line::default());
    }
    lines.push(Line::styled(progress_text(view), theme.text));
    if let Some(next) = &view.next {
        let next_text = format!("Next: {} ({})", next.say, clock_text(next.len));
        for l in text::wrap(&next_text, w) {
            lines.push(Line::styled(l, theme.dim));
        }
    }
    lines
}

/// "cycle 3 of 8 · step 2 of 4 · 3:10 left"
fn progress_text(view: &View) -> String {
    let mut parts = Vec::new();
    if view.segment.cycles > 1 {
        let noun = if matches!(view.segment.kind, SegmentKind::Breathe(_)) { "cycle" } else { "round" };
        parts.push(format!("{noun} {} of {}", view.segment.cycle, view.segment.cycles));
    }
    match view.step {
        Some(step) => parts.push(format!("step {} of {}", step + 1, view.step_count)),
        None => parts.push("getting ready".into()),
    }
    parts.push(format!("{} left", clock_text(view.routine_left)));
    parts.join(" · ")
}

fn phase_label(view: &View, theme: Theme) -> (&'static str, Style) {
    match view.segment.kind {
        SegmentKind::GetReady => ("GET READY", theme.warning),
        SegmentKind::Breathe(PhaseKind::Inhale) => ("BREATHE IN", theme.accent),
        SegmentKind::Breathe(PhaseKind::Exhale) => ("BREATHE OUT", theme.calm),
        SegmentKind::Breathe(PhaseKind::Hold) => ("HOLD YOUR BREATH", theme.warning),
        SegmentKind::Breathe(PhaseKind::Rest) => ("REST", theme.dim),
        SegmentKind::Hold => ("HOLD", theme.accent),
        SegmentKind::Switch => ("SWITCH", theme.warning),
    }
}

/// A bar that grows through an inhale, stays still on a hold and shrinks
/// through an exhale.
fn breathing_bar(view: &View, steps: u32, width: usize, theme: Theme) -> Line<'static> {
    let frame = view.anim_frame(steps) as usize * width / steps.max(1) as usize;
    let filled = match view.segment.kind {
        SegmentKind::Breathe(PhaseKind::Inhale) => frame,
        SegmentKind::Breathe(PhaseKind::Exhale) => width - frame.min(width),
        SegmentKind::Breathe(PhaseKind::Hold) => width,
        _ => 0,
    };
    Line::from(vec![
        Span::raw("Breath  "),
        Span::styled(theme.symbols.bar_full.repeat(filled), theme.accent),
        Span::styled(theme.symbols.bar_empty.repeat(width - filled), theme.dim),
    ])
}

fn gauge(label: &str, filled: usize, width: usize, theme: Theme) -> Line<'static> {
    let filled = filled.min(width);
    Line::from(vec![
        Span::raw(format!("{label} ")),
        Span::styled(theme.symbols.bar_full.repeat(filled), theme.text),
        Span::styled(theme.symbols.bar_empty.repeat(width - filled), theme.dim),
    ])
}

/// How the session went, once it has ended.
fn summary_lines(session: &Session, now: Instant, theme: Theme) -> Vec<Line<'static>> {
    let s = session.summary(now);
    let mut lines = vec![
        Line::styled(if s.completed { "Well done: routine finished." } else { "Routine stopped." }, theme.calm),
        Line::default(),
        Line::raw(format!("Time taken: {}", clock_text(s.active))),
        Line::raw(format!("Breathing cycles done: {}", s.cycles_done)),
    ];
    if s.skipped.is_empty() {
        lines.push(Line::raw("Nothing skipped."));
    } else {
        lines.push(Line::raw(format!("Skipped ({}):", s.skipped.len())));
        for part in &s.skipped {
            lines.push(Line::raw(format!("  {} {part}", theme.symbols.bullet)));
        }
    }
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::styled("r", theme.key),
        Span::raw(" again · "),
        Span::styled("Esc", theme.key),
        Span::raw(" back to the routines"),
    ]));
    lines
}
