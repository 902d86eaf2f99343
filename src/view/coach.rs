//! A coach tab's routine list beside the selected routine's text. A
//! session under way is `coach_session`.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::coach_session::SessionView;
use super::lines::{body_lines, sources_lines};
use super::pane::{Pane, inner, text_width};
use super::topics::split;
use crate::coach::Summary;
use crate::guide::model::{Routine, StepKind};
use crate::guide::ui_text::groups;
use crate::text;
use crate::text::figures::{clock_text, count_text, seconds_text};
use crate::theme::Theme;

/// What a coach tab shows: the routine list, or the session under way.
#[derive(Debug, Clone, PartialEq)]
pub enum CoachScreen {
    List(CoachListScreen),
    Session(SessionView),
}

/// What the routine list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CoachListScreen {
    pub list: Rect,
    /// One line per routine that fits, with its length.
    pub list_lines: Vec<Line<'static>>,
    /// The selected routine's title and text; None when there are no
    /// routines.
    pub detail: Option<(String, Pane)>,
}

/// The routine list in `body`, routine `selected` open; `last` is how its
/// last session went, if it ran.
pub fn list_screen(
    routines: &[Routine],
    selected: usize,
    last: Option<&Summary>,
    sources: &groups::topics,
    body: Rect,
    theme: Theme,
) -> CoachListScreen {
    let (list, detail) = split(body, routines.len());
    let list_lines = list_lines(routines, selected, inner(list), theme);
    let detail = routines.get(selected).map(|routine| {
        let lines = routine_lines(routine, last, sources, text_width(detail), theme);
        (routine.title.clone(), Pane { area: detail, lines })
    });
    CoachListScreen { list, list_lines, detail }
}

/// The routines that fit in the list's inside `area`, the selected one in
/// view, each with its length.
fn list_lines(routines: &[Routine], selected: usize, area: Rect, theme: Theme) -> Vec<Line<'static>> {
    let width = usize::from(area.width);
    let first = selected.saturating_sub(usize::from(area.height).max(1) - 1);
    routines
        .iter()
        .enumerate()
        .skip(first)
        .map(|(i, r)| {
            let is_selected = i == selected;
            let marker = if is_selected { theme.symbols.marker } else { " " };
            let length = clock_text(r.length());
            let title = text::truncate(
                &format!("{marker} {}", r.title),
                width.saturating_sub(length.len() + 1),
                theme.symbols.ellipsis,
            );
            let pad = " ".repeat(width.saturating_sub(text::width(&title) + length.len()));
            let style = if is_selected { theme.selected } else { theme.title };
            Line::styled(format!("{title}{pad}{length}"), style)
        })
        .collect()
}

/// What the detail says of a routine: last result, length, description,
/// cautions, steps with timings, sources.
fn routine_lines(
    routine: &Routine,
    last: Option<&Summary>,
    sources: &groups::topics,
    w: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some(summary) = last {
        let how = if summary.completed { "Finished" } else { "Stopped" };
        let skipped =
            if summary.skipped.is_empty() { String::new() } else { format!(" · {} skipped", summary.skipped.len()) };
        out.push(Line::styled(
            format!(
                "{how} last time: {} · {}{skipped}",
                clock_text(summary.active),
                count_text(u64::from(summary.cycles_done), "breathing cycle")
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
    sources_lines(&routine.sources, sources, w, theme, &mut out);
    out
}
