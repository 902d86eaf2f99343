//! A coach tab's routine list beside the selected routine's text. A
//! session under way is `coach_session`.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::coach_session::{SessionView, Words};
use super::lines::{body_lines, keyed, sources_lines};
use super::list_window::ListWindow;
use super::pane::{Pane, frame_title, inner, text_width};
use super::topics::split;
use crate::coach::Summary;
use crate::guide::model::{PhaseKind, Routine, StepKind};
use crate::guide::ui_text::{Text, groups};
use crate::text;
use crate::text::figures::clock_text;
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
    /// The list's frame title.
    pub list_title: String,
    /// One line per routine that fits, with its length.
    pub list_lines: Vec<Line<'static>>,
    /// The selected routine's title (cut to its frame) and text; None when there are no
    /// routines.
    pub detail: Option<(String, Pane)>,
}

/// The routine list in `body`, routine `selected` open; `last` is how its
/// last session went, if it ran.
pub fn list_screen(
    routines: &[Routine],
    selected: usize,
    last: Option<&Summary>,
    words: Words,
    sources: &groups::topics,
    body: Rect,
    theme: Theme,
) -> CoachListScreen {
    let (list, detail) = split(body, routines.len());
    let list_lines = list_lines(routines, selected, inner(list), theme);
    let detail = routines.get(selected).map(|routine| {
        let lines = routine_lines(routine, last, words, sources, text_width(detail), theme);
        (frame_title(&routine.title, detail.width, theme.symbols.ellipsis), Pane { area: detail, lines })
    });
    CoachListScreen { list, list_title: words.ui.list_title.get().to_string(), list_lines, detail }
}

/// The routines that fit in the list's inside `area`, the selected one in
/// view, each with its length.
fn list_lines(routines: &[Routine], selected: usize, area: Rect, theme: Theme) -> Vec<Line<'static>> {
    let width = usize::from(area.width);
    let window = ListWindow::showing(selected, usize::from(area.height));
    routines
        .iter()
        .enumerate()
        .skip(window.first)
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
    words: Words,
    sources: &groups::topics,
    w: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let ui = words.ui;
    let mut out = Vec::new();
    if let Some(summary) = last {
        let how = if summary.completed { &ui.last_finished } else { &ui.last_stopped };
        let skipped = match summary.skipped.len() {
            0 => String::new(),
            n => format!(" · {}", ui.skipped_count.count(n, &[])),
        };
        out.push(Line::styled(
            how.fill(&[
                ("time", &clock_text(summary.active)),
                ("cycles", &ui.breathing_cycles.count(summary.cycles_done as usize, &[])),
                ("skipped", &skipped),
            ]),
            theme.calm,
        ));
        out.push(Line::default());
    }
    let starts = Text::Plain(ui.list_starts.fill(&[("length", &clock_text(routine.length()))]));
    out.push(keyed(&starts, &[("key", words.start)], theme));
    out.push(Line::default());
    body_lines(&routine.description, w, theme, None, &mut out);
    for caution in &routine.cautions {
        out.push(Line::default());
        for (lead, l) in text::hanging(caution, w, &format!("{} ", ui.caution.get())) {
            out.push(Line::from(vec![Span::styled(lead, theme.warning), Span::raw(l)]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled(ui.steps.get().to_string(), theme.heading));
    if let Some(lead) = routine.lead_in {
        out.push(Line::raw(format!("  {}", ui.get_ready_step.fill(&[("length", &clock_text(lead))]))));
    }
    for (i, step) in routine.steps.iter().enumerate() {
        let detail = match &step.kind {
            StepKind::Breathe { phases, cycles } => {
                let pattern: Vec<String> = phases
                    .iter()
                    .map(|p| {
                        let word = match p.kind {
                            PhaseKind::Inhale => &ui.pattern_inhale,
                            PhaseKind::Exhale => &ui.pattern_exhale,
                            PhaseKind::Hold => &ui.pattern_hold,
                            PhaseKind::Rest => &ui.pattern_rest,
                        };
                        format!("{} {}", word.get(), words.numbers.seconds(p.seconds))
                    })
                    .collect();
                format!("{} × {cycles}", pattern.join(", "))
            }
            StepKind::Hold { seconds, sides, repeat, .. } => {
                let per =
                    if sides.is_empty() { String::new() } else { ui.per_side.fill(&[("sides", &sides.join(", "))]) };
                let times = if *repeat > 1 { format!(" × {repeat}") } else { String::new() };
                format!("{}{per}{times}", ui.hold_step.fill(&[("seconds", &words.numbers.seconds(*seconds))]))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// At every width a list can have, each routine's row is as wide as
    /// the list, its title cut to leave a space before its length.
    #[test]
    fn a_routine_row_keeps_a_space_before_its_length_however_narrow() {
        let guide = crate::guide::parse_guide(crate::guide::DEFAULT_GUIDE, "guide.toml").unwrap();
        let routines: Vec<Routine> = guide.routines().cloned().collect();
        for width in 8..=40u16 {
            for line in list_lines(&routines, 0, Rect::new(0, 0, width, 10), Theme::MONO) {
                let row = line.to_string();
                assert_eq!(text::width(&row), usize::from(width), "{row:?}");
                let (title, length) = row.rsplit_once(' ').expect("a space before the length");
                assert!(
                    length.chars().all(|c| c.is_ascii_digit() || c == ':') && !title.is_empty(),
                    "{width}: {row:?}"
                );
            }
        }
    }
}
