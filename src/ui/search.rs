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
    // The title that fits the frame, its keys first to go.
    let title = ["Search the guide · Enter goes · Esc cancels", "Search · Enter goes · Esc cancels", "Search"]
        .into_iter()
        .find(|t| text::width(t) + 4 <= usize::from(frame.width))
        .unwrap_or("Search");
    let inner = popup(frame, title, theme, buf);
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let w = usize::from(inner.width);
    let mut lines = vec![query_line(search, w, theme)];
    if search.query.trim().is_empty() {
        lines.push(Line::default());
        for l in text::wrap(&format!("Type to search every tab. {HINT}"), w) {
            lines.push(Line::styled(l, theme.dim));
        }
    } else if search.hits.is_empty() {
        lines.push(Line::default());
        let mut message = format!("No matches for \"{}\".", search.query.trim());
        if !search.suggestions.is_empty() {
            message.push_str(&format!(" Did you mean {}?", search.suggestions.join(", ")));
        }
        for l in text::wrap(&format!("{message} {HINT}"), w) {
            lines.push(Line::styled(l, theme.warning));
        }
    } else {
        let found = if search.total > search.hits.len() {
            format!("the best {} of {} found", search.hits.len(), search.total)
        } else {
            format!("{} found", search.hits.len())
        };
        lines.push(Line::styled(format!("{found} {} ↑ ↓ choose", theme.symbols.separator), theme.dim));
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

/// "/ " and the query with the cursor in it, cut at the left when long so
/// the cursor stays in view; on an empty line, the last search as a hint.
fn query_line(search: &SearchState, width: usize, theme: Theme) -> Line<'static> {
    let prompt = Span::styled("/ ", theme.key);
    let cursor = Span::styled(theme.symbols.cursor, theme.accent);
    if search.query.is_empty() {
        let hint = search.hint.as_ref().map(|h| format!("{h} (↑ recalls it)")).unwrap_or_default();
        let hint = text::truncate(&hint, width.saturating_sub(3), theme.symbols.ellipsis);
        return Line::from(vec![prompt, cursor, Span::styled(hint, theme.dim)]);
    }
    let (head, tail) = search.query.split_at(search.cursor.min(search.query.len()));
    // Room for the head: the prompt, the cursor and at least a little tail.
    let room = width.saturating_sub(3 + text::width(tail).min(8));
    let mut start = 0;
    while text::width(&head[start..]) + usize::from(start > 0) > room {
        start += head[start..].chars().next().map_or(1, char::len_utf8);
    }
    let head = if start > 0 { format!("{}{}", theme.symbols.ellipsis, &head[start..]) } else { head.to_string() };
    let used = 3 + text::width(&head);
    let tail = text::truncate(tail, width.saturating_sub(used), theme.symbols.ellipsis);
    Line::from(vec![prompt, Span::styled(head, theme.title), cursor, Span::styled(tail, theme.title)])
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
