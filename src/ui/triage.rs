//! Draws the red-flag check: the verdict card, the questions grouped by
//! level, and the "why it matters" pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::frame::{framed, scrolled};
use crate::app::{App, TriageState};
use crate::guide::model::{Tab, Triage};
use crate::text;
use crate::theme::Theme;
use crate::view::pane::text_area;

pub fn render(app: &App, tab: &Tab, triage: &Triage, state: &TriageState, body: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let screen = app.triage_screen(tab, triage, state, body);
    let style = theme.level(screen.verdict.rank);
    let block = framed(Line::styled(" Verdict ", style), theme, true).border_style(style);
    block.render(screen.card, buf);
    Paragraph::new(screen.card_lines).render(text_area(screen.card), buf);
    render_questions(triage, state, theme, screen.list, buf);
    let block = framed(Line::styled(" Why it matters ", theme.title), theme, true);
    scrolled(block, screen.why, state.scroll, theme, buf);
}

fn render_questions(triage: &Triage, state: &TriageState, theme: Theme, area: Rect, buf: &mut Buffer) {
    let ticked = state.ticked.iter().filter(|t| **t).count();
    let block = framed(Line::styled(format!(" Questions · {ticked} ticked "), theme.dim), theme, false);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let order = triage.display_order();
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut selected_end = 0;
    for (rank, level) in triage.levels.iter().enumerate() {
        lines.push(Line::styled(text::truncate(&level.title, width, theme.symbols.ellipsis), theme.level(Some(rank))));
        for &i in order.iter().filter(|&&i| triage.signs[i].level == level.id) {
            let sign = &triage.signs[i];
            let selected = i == state.selected;
            if selected {
                selected_line = lines.len();
            }
            let marker = if selected { theme.symbols.marker } else { " " };
            let check = if state.ticked[i] { theme.symbols.check_on } else { theme.symbols.check_off };
            let style = if selected { theme.selected } else { theme.text };
            for (lead, l) in text::hanging(&sign.question, width, &format!("{marker}{check} ")) {
                let line = format!("{lead}{l}");
                let pad = " ".repeat(width.saturating_sub(text::width(&line)));
                lines.push(Line::styled(format!("{line}{pad}"), style));
            }
            if selected {
                selected_end = lines.len() - 1;
            }
        }
    }
    let page = usize::from(inner.height).max(1);
    // Keep the whole selected question in view.
    let first = selected_end.saturating_sub(page - 1).min(selected_line);
    Paragraph::new(lines.into_iter().skip(first).collect::<Vec<_>>()).render(inner, buf);
}
