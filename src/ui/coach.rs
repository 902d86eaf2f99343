//! The coach tab: the routine list with each routine's length and steps,
//! and the session view — the instruction large and plain, the seconds
//! left, a breathing bar, progress for the phase and the routine, what
//! comes next.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::frame::{framed, scrolled};
use crate::app::{App, CoachState};
use crate::coach::{RunState, SegmentKind, Session, View, shown_seconds};
use crate::guide::model::{PhaseKind, Routine};
use crate::text;
use crate::text::figures::clock_text;
use crate::theme::Theme;
use crate::view::pane::text_area;

/// Lines kept for the instruction while the animation shows.
const INSTRUCTION_LINES: usize = 3;

pub fn render(app: &App, routines: &[Routine], state: &CoachState, body: Rect, buf: &mut Buffer) {
    match state.session.as_deref() {
        Some((index, session)) => render_session(app, &routines[*index], session, body, buf),
        None => render_list(app, routines, state, body, buf),
    }
}

fn render_list(app: &App, routines: &[Routine], state: &CoachState, body: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let screen = app.coach_list_screen(routines, state, body);
    let block = framed(Line::styled(" Routines ", theme.dim), theme, false);
    let inner = block.inner(screen.list);
    block.render(screen.list, buf);
    let width = usize::from(inner.width);
    let first = state.selected.saturating_sub(usize::from(inner.height).max(1) - 1);
    let lines: Vec<Line> = routines
        .iter()
        .enumerate()
        .skip(first)
        .map(|(i, r)| {
            let selected = i == state.selected;
            let marker = if selected { theme.symbols.marker } else { " " };
            let length = clock_text(r.length());
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

    let (Some(routine), Some(detail)) = (routines.get(state.selected), screen.detail) else {
        return;
    };
    let block = framed(Line::styled(format!(" {} ", routine.title), theme.title), theme, true);
    scrolled(block, detail, state.scroll, theme, buf);
}

fn render_session(app: &App, routine: &Routine, session: &Session, area: Rect, buf: &mut Buffer) {
    let now = app.now.mono;
    let theme = app.theme;
    let view = session.view(now);
    let finished = view.state == RunState::Finished;
    let title = Line::styled(format!(" Coach · {} ", routine.title), theme.title);
    framed(title, theme, true).render(area, buf);
    let screen = app.session_screen(area);
    if finished {
        render_summary(app, session, text_area(area), buf);
        return;
    }
    let w = usize::from(screen.text.width);
    let steps = screen.anim_steps;
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
        let bar_w = screen.bar_width;
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
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(screen.text, buf);
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

fn render_summary(app: &App, session: &Session, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let s = session.summary(app.now.mono);
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
