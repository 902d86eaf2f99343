//! The search overlay: the query line and live results, each with its tab,
//! title and a snippet where the matched words are marked (bold and
//! underlined, so the marks survive without colour).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::frame::popup;
use crate::app::{App, SearchState};
use crate::text;
use crate::theme::Theme;
use crate::view::lines::marked;

/// What is searchable, for the "no results" hint.
const HINT: &str = "Try a body part, a cause, a medicine, a condition or a symptom: calf, magnesium, \
                    statins, swelling, night cramps, breathing.";

pub fn render(app: &App, search: &SearchState, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let frame = area.centered(Constraint::Max(90), Constraint::Percentage(80));
    let inner = popup(frame, "Search the guide · Enter goes · Esc cancels", theme, buf);
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let w = usize::from(inner.width);
    let mut lines = vec![Line::from(vec![
        Span::styled("/ ", theme.key),
        Span::styled(search.query.clone(), theme.title),
        Span::styled(theme.symbols.cursor, theme.accent),
    ])];
    if search.query.trim().is_empty() {
        lines.push(Line::default());
        for l in text::wrap(&format!("Type to search every tab. {HINT}"), w) {
            lines.push(Line::styled(l, theme.dim));
        }
    } else if search.hits.is_empty() {
        lines.push(Line::default());
        for l in text::wrap(&format!("No matches for \"{}\". {HINT}", search.query.trim()), w) {
            lines.push(Line::styled(l, theme.warning));
        }
    } else {
        lines.push(Line::styled(
            format!("{} found {} {} choose", search.hits.len(), theme.symbols.separator, "↑ ↓"),
            theme.dim,
        ));
        let per = 2;
        let room = (usize::from(inner.height).saturating_sub(2) / per).max(1);
        let first = search.selected.saturating_sub(room - 1);
        for (i, hit) in search.hits.iter().enumerate().skip(first).take(room) {
            let selected = i == search.selected;
            let marker = if selected { theme.symbols.marker } else { " " };
            let head = text::truncate(
                &format!("{marker} {} {} {}", hit.tab_title, theme.symbols.path, hit.title),
                w,
                theme.symbols.ellipsis,
            );
            let pad = " ".repeat(w.saturating_sub(text::width(&head)));
            lines.push(Line::styled(format!("{head}{pad}"), if selected { theme.selected } else { theme.title }));
            let mut spans = vec![Span::raw("   ")];
            spans.extend(marked(&hit.snippet, &hit.ranges, theme.dim, theme));
            lines.push(truncate_line(spans, w, theme));
        }
    }
    Paragraph::new(lines).render(inner, buf);
}

/// Cuts a line of spans to `width` columns.
fn truncate_line(spans: Vec<Span<'static>>, width: usize, theme: Theme) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for span in spans {
        let w = text::width(&span.content);
        if used + w <= width {
            used += w;
            out.push(span);
        } else {
            let cut = text::truncate(&span.content, width - used, theme.symbols.ellipsis);
            out.push(Span::styled(cut, span.style));
            break;
        }
    }
    Line::from(out)
}
