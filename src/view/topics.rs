//! A topics tab: the entry list beside (or above, when narrow) the selected
//! entry's text, sources and related entries.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::lines::{body_lines, mark, sources_lines};
use super::pane::{Pane, text_width};
use crate::guide::model::{Entry, Guide};
use crate::text;
use crate::theme::Theme;

/// Bodies narrower than this stack the list above the text.
pub const WIDE: u16 = 80;

/// The list and the text of a list-and-text body (topics, coach, red
/// flags): side by side when wide, else the list on top.
pub fn split(body: Rect, items: usize) -> (Rect, Rect) {
    if body.width >= WIDE {
        let list_w = (body.width * 2 / 5).clamp(26, 40);
        let [list, detail] = body.layout(&Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]));
        (list, detail)
    } else {
        let want = (items as u16).saturating_add(2);
        // Too short for both: the text wins (its frame names the entry).
        let list_h = if body.height < 10 { 0 } else { want.min((body.height / 3).max(3)) };
        let [list, detail] = body.layout(&Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]));
        (list, detail)
    }
}

/// What a topics tab shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicsScreen {
    pub list: Rect,
    /// The selected entry's text; None when the tab has no entries.
    pub detail: Option<Pane>,
}

/// A topics tab of `entries` in `body`, with entry `selected` open and its
/// related link `link` chosen; `highlight` marks the words of a search.
pub fn screen(
    guide: &Guide,
    entries: &[Entry],
    selected: usize,
    link: usize,
    highlight: Option<&str>,
    body: Rect,
    theme: Theme,
) -> TopicsScreen {
    let (list, detail) = split(body, entries.len());
    let detail = entries.get(selected).map(|entry| Pane {
        area: detail,
        lines: detail_lines(guide, entry, link, text_width(detail), theme, highlight),
    });
    TopicsScreen { list, detail }
}

/// The whole detail text of an entry, wrapped to `width`.
fn detail_lines(
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

/// "Title (Tab)" for a related id.
fn related_label(guide: &Guide, id: &str) -> String {
    match guide.find_item(id) {
        Some((t, _, title)) => format!("{title} ({})", guide.tabs[t].title),
        None => id.to_string(),
    }
}
