//! A topics tab: the entry list beside (or above, when narrow) the selected
//! entry's text, sources and related entries.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Theme, areas, framed, scrolled, text, text_area};
use crate::app::{App, TopicsState};
use crate::guide::markup::{Block, parse_blocks};
use crate::guide::model::{Entry, Guide, Source, TabBody};

/// Terminals narrower than this stack the list above the text.
pub const WIDE: u16 = 80;

/// The list and detail rectangles of a topics tab's body.
pub fn split(body: Rect, entries: usize) -> (Rect, Rect) {
    if body.width >= WIDE {
        let list_w = (body.width * 2 / 5).clamp(26, 40);
        let [list, detail] = body.layout(&Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]));
        (list, detail)
    } else {
        let want = (entries as u16).saturating_add(2);
        // Too short for both: the text wins (its frame names the entry).
        let list_h = if body.height < 10 { 0 } else { want.min((body.height / 3).max(3)) };
        let [list, detail] = body.layout(&Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]));
        (list, detail)
    }
}

/// Lines of the detail text and how many show at once, for scrolling.
pub fn detail_metrics(app: &App, size: Size) -> (usize, usize) {
    let Some((entry, state)) = app.current_entry() else {
        return (0, 0);
    };
    let body = areas(app, size).body;
    let (_, detail) = split(body, app.guide.tabs[app.tab].body.item_count());
    let inner_w = usize::from(detail.width.saturating_sub(4));
    let lines = detail_lines(&app.guide, entry, state.link, inner_w, app.theme, None).len();
    (lines, usize::from(detail.height.saturating_sub(2)))
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let TabBody::Topics(entries) = &app.guide.tabs[app.tab].body else {
        return;
    };
    let Some((entry, state)) = app.current_entry() else {
        return;
    };
    let (list, detail) = split(area, entries.len());
    render_list(entries, state, app.theme, list, buf);
    render_detail(app, entry, state, detail, buf);
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

fn render_detail(app: &App, entry: &Entry, state: &TopicsState, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let block = framed(Line::styled(format!(" {} ", entry.title), theme.title), theme, true);
    let width = usize::from(text_area(block.inner(area)).width);
    let lines = detail_lines(&app.guide, entry, state.link, width, theme, app.highlight());
    scrolled(block, lines, state.scroll, theme, area, buf);
}

/// The whole detail text of an entry, wrapped to `width`.
pub fn detail_lines(
    guide: &Guide,
    entry: &Entry,
    link: usize,
    width: usize,
    theme: Theme,
    highlight: Option<&str>,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for l in text::wrap(&entry.summary, width) {
        out.push(Line::from(mark(&l, theme.heading, highlight, theme)));
    }
    out.push(Line::default());
    body_lines(&entry.body, width, theme, highlight, &mut out);
    sources_lines(&entry.sources, width, theme, &mut out);
    if !entry.related.is_empty() {
        out.push(Line::default());
        out.push(Line::styled("Related · ] [ choose · Enter opens", theme.heading));
        for (i, id) in entry.related.iter().enumerate() {
            let label = related_label(guide, id);
            let selected = i == link;
            let marker = if selected { theme.symbols.marker } else { " " };
            let style = if selected { theme.selected } else { theme.link };
            for (lead, l) in text::hanging(&label, width, &format!("{marker} ")) {
                out.push(Line::from(vec![Span::raw(lead), Span::styled(l, style)]));
            }
        }
    }
    out
}

/// Paragraphs and bullets of a body, with a blank line between blocks
/// (bullets of one list stay together).
pub fn body_lines(body: &str, width: usize, theme: Theme, highlight: Option<&str>, out: &mut Vec<Line<'static>>) {
    let bullet = format!("{} ", theme.symbols.bullet);
    let mut previous_bullet = false;
    for (i, block) in parse_blocks(body).iter().enumerate() {
        let is_bullet = matches!(block, Block::Bullet(_));
        if i > 0 && !(is_bullet && previous_bullet) {
            out.push(Line::default());
        }
        previous_bullet = is_bullet;
        match block {
            Block::Paragraph(t) => {
                out.extend(text::wrap(t, width).into_iter().map(|l| Line::from(mark(&l, theme.text, highlight, theme))))
            }
            Block::Bullet(t) => {
                for (lead, l) in text::hanging(t, width, &bullet) {
                    let mut spans = vec![Span::styled(lead, theme.accent)];
                    spans.extend(mark(&l, theme.text, highlight, theme));
                    out.push(Line::from(spans));
                }
            }
        }
    }
}

/// A line of text with the words of a search marked.
fn mark(line: &str, style: ratatui::style::Style, highlight: Option<&str>, theme: Theme) -> Vec<Span<'static>> {
    match highlight {
        Some(query) => super::search::marked(line, &crate::search::match_ranges(line, query), style, theme),
        None => vec![Span::styled(line.to_string(), style)],
    }
}

/// "Sources" with each title and its full URL, broken across lines if long.
pub fn sources_lines(sources: &[Source], width: usize, theme: Theme, out: &mut Vec<Line<'static>>) {
    if sources.is_empty() {
        return;
    }
    out.push(Line::default());
    out.push(Line::styled("Sources", theme.heading));
    for (i, s) in sources.iter().enumerate() {
        let number = format!("[{}] ", i + 1);
        let indent = text::width(&number);
        for (lead, l) in text::hanging(&s.title, width, &number) {
            out.push(Line::from(vec![Span::styled(lead, theme.dim), Span::raw(l)]));
        }
        for piece in text::break_chars(&s.url, width.saturating_sub(indent)) {
            out.push(Line::from(vec![Span::raw(" ".repeat(indent)), Span::styled(piece, theme.link)]));
        }
    }
}

/// "Title (Tab)" for a related id.
fn related_label(guide: &Guide, id: &str) -> String {
    match guide.find_item(id) {
        Some((t, _, title)) => format!("{title} ({})", guide.tabs[t].title),
        None => id.to_string(),
    }
}
