//! The search overlay: the query line and live results, each with its tab,
//! title and a snippet where the matched words are marked (bold and
//! underlined, so the marks survive without colour).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::frame::popup;
use crate::app::{App, SearchState};
use crate::text;
use crate::theme::Theme;
use crate::view::cut;
use crate::view::lines::{marked, typed};
use crate::view::list_window::ListWindow;

pub fn render(app: &App, search: &SearchState, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let words = app.search_words(search);
    let frame = cut::centred_share(area, 90, 80);
    // The title that fits the frame, its keys first to go.
    let [.., shortest] = &words.titles;
    let title = words.titles.iter().find(|t| text::width(t) + 4 <= usize::from(frame.width)).unwrap_or(shortest);
    let inner = popup(frame, title, theme, buf);
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let w = usize::from(inner.width);
    let mut lines = vec![query_line(search, words.recall.as_deref(), w, theme)];
    if search.query.trim().is_empty() {
        lines.push(Line::default());
        for l in text::wrap(&words.empty, w) {
            lines.push(Line::styled(l, theme.dim));
        }
    } else if search.hits.is_empty() {
        lines.push(Line::default());
        for l in text::wrap(&words.no_matches, w) {
            lines.push(Line::styled(l, theme.warning));
        }
    } else {
        let found = format!("{} {} {}", words.found, theme.symbols.separator, words.choose);
        lines.push(Line::styled(found, theme.dim));
        // Two rows a hit, under the query and the line above the hits.
        let window = ListWindow::showing(search.selected, usize::from(inner.height).saturating_sub(2) / 2);
        for (i, hit) in search.hits.iter().enumerate().skip(window.first).take(window.room) {
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
/// the cursor stays in view; on an empty line, the last search as a hint
/// (`recall`).
fn query_line(search: &SearchState, recall: Option<&str>, width: usize, theme: Theme) -> Line<'static> {
    let prompt = Span::styled("/ ", theme.key);
    if search.query.is_empty() {
        let cursor = Span::styled(theme.symbols.cursor, theme.accent);
        let hint = text::truncate(recall.unwrap_or_default(), width.saturating_sub(3), theme.symbols.ellipsis);
        return Line::from(vec![prompt, cursor, Span::styled(hint, theme.dim)]);
    }
    let mut spans = vec![prompt];
    spans.extend(typed(&search.query, width.saturating_sub(2), theme.title, Some(theme.accent), theme));
    Line::from(spans)
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

#[cfg(test)]
mod tests {
    use super::query_line;
    use crate::app::SearchState;
    use crate::text::line_input::{Edit, LineInput};
    use crate::theme::Theme;

    /// The query line for `query` with the cursor at byte `cursor`, as text.
    fn shown(query: &str, cursor: usize, width: usize) -> String {
        let mut search = SearchState::default();
        search.query = LineInput::with_text(query, usize::MAX);
        for _ in query[cursor..].chars() {
            search.query.edit(Edit::Left);
        }
        query_line(&search, None, width, Theme::MONO).spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_query_that_just_fits_before_the_cursor_is_not_cut() {
        // 20 columns: "/ ", the cursor and 17 for the query.
        let fits = "abcdefghijklmnopq";
        assert_eq!(shown(fits, fits.len(), 20), "/ abcdefghijklmnopq▏");
        let over = "abcdefghijklmnopqr";
        assert_eq!(shown(over, over.len(), 20), "/ …cdefghijklmnopqr▏", "one more: cut at the left, the cursor kept");
    }

    #[test]
    fn the_text_after_the_cursor_fills_the_line_to_its_end() {
        let line = shown("abcdefghijklmnopqrstuvwxyz", 5, 20);
        assert_eq!(line, "/ abcde▏fghijklmnop…");
        assert_eq!(crate::text::width(&line), 20);
        assert_eq!(shown("abcdefghijklmnopqrstuvwxyz", 0, 20), "/ ▏abcdefghijklmnop…", "the cursor at the start");
    }
}
