//! The coach tab: the routine list with each routine's length and steps,
//! and the session view — the instruction large and plain, the seconds
//! left, a breathing bar, progress for the phase and the routine, what
//! comes next.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect, Size};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::topics::{body_lines, sources_lines};
use super::{Theme, framed, text};
use crate::app::{App, CoachState};
use crate::coach::{RunState, SegmentKind, Session, View, clock_text, shown_seconds};
use crate::guide::model::{PhaseKind, Routine, StepKind};
use crate::guide::{routine_length, step_length};

/// Below this height the session drops the animation and keeps the
/// instruction and countdown.
const ANIMATION_MIN_HEIGHT: u16 = 16;

/// Lines kept for the instruction while the animation shows.
const INSTRUCTION_LINES: usize = 3;
/// Rows of the session block with the animation (for placing it).
const SESSION_ROWS: u16 = 15;

/// Width of the breathing bar (and the phase gauge) for a screen width.
fn bar_width(width: u16) -> u16 {
    width.saturating_sub(16).min(60)
}

/// How many steps the breathing animation has at this size (0: none shown).
pub fn anim_steps(size: Size) -> u32 {
    if size.height < ANIMATION_MIN_HEIGHT || size.width < 30 { 0 } else { u32::from(bar_width(size.width)) }
}

pub fn render(app: &App, state: &CoachState, routines: &[Routine], now: Instant, area: Rect, buf: &mut Buffer) {
    match state.session.as_deref() {
        Some((index, session)) => render_session(app, &routines[*index], session, now, area, buf),
        None => render_list(app, state, routines, area, buf),
    }
}

fn render_list(app: &App, state: &CoachState, routines: &[Routine], area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let (list, detail) = super::topics::split(area, routines.len());
    let block = framed(Line::styled(" Routines ", theme.dim), theme, false);
    let inner = block.inner(list);
    block.render(list, buf);
    let width = usize::from(inner.width);
    let first = state.selected.saturating_sub(usize::from(inner.height).max(1) - 1);
    let lines: Vec<Line> = routines
        .iter()
        .enumerate()
        .skip(first)
        .map(|(i, r)| {
            let selected = i == state.selected;
            let marker = if selected { theme.symbols.marker } else { " " };
            let length = clock_text(routine_length(r));
            let title = text::truncate(
                &format!("{marker} {}", r.title),
                width.saturating_sub(length.len() + 1),
                theme.symbols.ellipsis,
            );
            let pad = " ".repeat(width.saturating_sub(text::width(&title) + length.len()));
            let style = if selected { theme.selected } else { theme.title };
            Line::styled(format!("{title}{pad}{length}"), style)
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);

    let Some(routine) = routines.get(state.selected) else {
        return;
    };
    let block = framed(Line::styled(format!(" {} ", routine.title), theme.title), theme, true);
    let w = usize::from(super::text_area(block.inner(detail)).width);
    super::scrolled(block, routine_lines(state, routine, w, theme), state.scroll, theme, detail, buf);
}

/// Lines of the selected routine's detail and how many show, for scrolling.
pub fn detail_metrics(app: &App, state: &CoachState, routines: &[Routine]) -> (usize, usize) {
    let Some(routine) = routines.get(state.selected) else {
        return (0, 0);
    };
    let (_, detail) = super::topics::split(super::areas(app, app.size).body, routines.len());
    let w = usize::from(detail.width.saturating_sub(4));
    (routine_lines(state, routine, w, app.theme).len(), usize::from(detail.height.saturating_sub(2)))
}

/// What the detail says of a routine: last result, length, description,
/// cautions, steps with timings, sources.
fn routine_lines(state: &CoachState, routine: &Routine, w: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some((i, summary)) = &state.last
        && *i == state.selected
    {
        let how = if summary.completed { "Finished" } else { "Stopped" };
        out.push(Line::styled(
            format!(
                "{how} last time: {} · {} breathing cycles{}",
                clock_text(summary.active),
                summary.cycles_done,
                if summary.skipped.is_empty() {
                    String::new()
                } else {
                    format!(" · {} skipped", summary.skipped.len())
                }
            ),
            theme.calm,
        ));
        out.push(Line::default());
    }
    out.push(Line::from(vec![
        Span::styled("Enter", theme.key),
        Span::raw(format!(" starts · {} in all", clock_text(routine_length(routine)))),
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
                    .map(|p| format!("{} {}", p.kind.label().to_lowercase(), seconds_text(p.seconds.as_secs_f64())))
                    .collect();
                format!("{} × {cycles}", pattern.join(", "))
            }
            StepKind::Hold { seconds, sides, repeat, .. } => {
                let per = if sides.is_empty() { String::new() } else { format!(" per side ({})", sides.join(", ")) };
                let times = if *repeat > 1 { format!(" × {repeat}") } else { String::new() };
                format!("hold {}{per}{times}", seconds_text(seconds.as_secs_f64()))
            }
        };
        let line = format!("{} · {} · {}", step.title, detail, clock_text(step_length(step)));
        for (lead, l) in text::hanging(&line, w.saturating_sub(2), &format!("{}. ", i + 1)) {
            out.push(Line::raw(format!("  {lead}{l}")));
        }
    }
    sources_lines(&routine.sources, w, theme, &mut out);
    out
}

fn seconds_text(s: f64) -> String {
    if s.fract() == 0.0 { format!("{s:.0} s") } else { format!("{s:.1} s") }
}

fn render_session(app: &App, routine: &Routine, session: &Session, now: Instant, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let view = session.view(now);
    let finished = view.state == RunState::Finished;
    let title = Line::styled(format!(" Coach · {} ", routine.title), theme.title);
    let block = framed(title, theme, true);
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect { x: inner.x + 1, width: inner.width.saturating_sub(2), ..inner };
    if finished {
        render_summary(app, session, now, inner, buf);
        return;
    }
    let w = usize::from(inner.width);
    let steps = app.anim_steps();
    let mut lines = Vec::new();
    let (label, style) = phase_label(&view, theme);
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
        let bar_w = bar_width(app.size.width) as usize;
        if matches!(view.segment.kind, SegmentKind::Breathe(_)) {
            lines.push(breathing_bar(&view, steps, bar_w, theme));
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
    lines.push(Line::styled(progress_text(&view), theme.text));
    if let Some(next) = view.next {
        let next_text = format!("Next: {} ({})", next.say, clock_text(next.len));
        for l in text::wrap(&next_text, w) {
            lines.push(Line::styled(l, theme.dim));
        }
    }
    // With room to spare, sit the block a little way down, at a fixed row.
    let top = if roomy { inner.height.saturating_sub(SESSION_ROWS) / 3 } else { 0 };
    let inner = Rect { y: inner.y + top, height: inner.height - top, ..inner };
    // This is drawn on every frame of a running session. When every line
    // fits, wrapping changes nothing and a wrapping paragraph costs several
    // times more than drawing each line on its row.
    if lines.iter().all(|line| line.width() <= usize::from(inner.width)) {
        for (line, row) in lines.iter().zip(inner.rows()) {
            line.render(row, buf);
        }
    } else {
        Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
    }
}

/// "cycle 3 of 8 · step 2 of 4 · 3:10 left"
pub fn progress_text(view: &View) -> String {
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

fn phase_label(view: &View, theme: Theme) -> (&'static str, ratatui::style::Style) {
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

fn render_summary(app: &App, session: &Session, now: Instant, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
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
    let [body] = area.layout(&Layout::vertical([Constraint::Fill(1)]));
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(body, buf);
}
