//! Draws a topics tab: the entry list and the selected entry's text pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::frame::{framed, scrolled};
use crate::app::{App, TopicsState};
use crate::guide::model::Entry;
use crate::text;
use crate::theme::Theme;

pub fn render(app: &App, entries: &[Entry], state: &TopicsState, body: Rect, buf: &mut Buffer) {
    let screen = app.topics_screen(entries, state, body);
    let (Some(entry), Some(detail)) = (entries.get(state.selected), screen.detail) else {
        return;
    };
    render_list(entries, state, app.theme, screen.list, buf);
    let theme = app.theme;
    let block = framed(Line::styled(format!(" {} ", entry.title), theme.title), theme, true);
    scrolled(block, detail, state.scroll, theme, buf);
}

fn render_list(entries: &[Entry], state: &TopicsState, theme: Theme, area: Rect, buf: &mut Buffer) {
    let block = framed(Line::styled(format!(" {} of {} ", state.selected + 1, entries.len()), theme.dim), theme, false);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let two_lines = inner.height as usize >= entries.len() * 2 || inner.height >= 8;
    let per = if two_lines { 2 } else { 1 };
    let visible = (usize::from(inner.height) / per).max(1);
    // Keep the selection in view: scroll so it sits on the last visible row at most.
    let first = state.selected.saturating_sub(visible - 1);
    let mut lines = Vec::new();
    for (i, e) in entries.iter().enumerate().skip(first).take(visible) {
        let selected = i == state.selected;
        let marker = if selected { theme.symbols.marker } else { " " };
        let title = text::truncate(&format!("{marker} {}", e.title), width, theme.symbols.ellipsis);
        let pad = " ".repeat(width.saturating_sub(text::width(&title)));
        let style = if selected { theme.selected } else { theme.title };
        lines.push(Line::styled(format!("{title}{pad}"), style));
        if two_lines {
            let summary = text::truncate(&format!("  {}", e.summary), width, theme.symbols.ellipsis);
            lines.push(Line::styled(summary, theme.dim));
        }
    }
    Paragraph::new(lines).render(inner, buf);
}
