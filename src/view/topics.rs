//! A topics tab: the entry list beside (or above, when narrow) the selected
//! entry's text, sources and related entries.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::cut;
use super::lines::{body_lines, mark, sources_lines};
use super::list_window::ListWindow;
use super::pane::{Pane, frame_title, inner, text_width};
use crate::guide::model::{Entry, Guide};
use crate::search::Query;
use crate::text;
use crate::theme::Theme;

/// Bodies narrower than this stack the list above the text.
pub const WIDE: u16 = 80;

/// The list and the text of a list-and-text body (topics, coach, red
/// flags): side by side when wide, else the list on top.
pub fn split(body: Rect, items: usize) -> (Rect, Rect) {
    if body.width >= WIDE {
        let list_w = (body.width * 2 / 5).clamp(26, 40);
        let [list, detail] = cut::left(body, list_w);
        (list, detail)
    } else {
        let want = (items as u16).saturating_add(2);
        // Too short for both: the text wins (its frame names the entry).
        let list_h = if body.height < 10 { 0 } else { want.min((body.height / 3).max(3)) };
        let [list, detail] = cut::top(body, list_h);
        (list, detail)
    }
}

/// What a topics tab shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicsScreen {
    pub list: Rect,
    /// "3 of 8" for the list's frame.
    pub list_title: String,
    /// The entries that fit, the selected one in view.
    pub list_lines: Vec<Line<'static>>,
    /// The selected entry's title (cut to its frame) and text; None when the tab has no
    /// entries.
    pub detail: Option<(String, Pane)>,
    /// The detail line where the chosen related entry starts.
    pub link_line: Option<usize>,
}

/// A topics tab of `entries` in `body`, with entry `selected` open and
/// `said` its related link chosen, the keys and the words of a search.
pub fn screen(
    guide: &Guide,
    entries: &[Entry],
    selected: usize,
    said: Said<'_>,
    body: Rect,
    theme: Theme,
) -> TopicsScreen {
    let (list, detail) = split(body, entries.len());
    let mut link_line = None;
    let detail = entries.get(selected).map(|entry| {
        let lines = detail_lines(guide, entry, said, text_width(detail), theme, &mut link_line);
        (frame_title(&entry.title, detail.width, theme.symbols.ellipsis), Pane { area: detail, lines })
    });
    TopicsScreen {
        list,
        list_title: format!(
            " {} ",
            guide.ui.topics.list_title.fill(&[("at", &(selected + 1)), ("total", &entries.len())])
        ),
        list_lines: list_lines(entries, selected, inner(list), theme),
        detail,
        link_line,
    }
}

/// The entries that fit in the list's inside `area`, each with its summary
/// under it when there is room, the selected one in view.
fn list_lines(entries: &[Entry], selected: usize, area: Rect, theme: Theme) -> Vec<Line<'static>> {
    let width = usize::from(area.width);
    let two_lines = area.height as usize >= entries.len() * 2 || area.height >= 8;
    let per = if two_lines { 2 } else { 1 };
    let window = ListWindow::showing(selected, usize::from(area.height) / per);
    let mut lines = Vec::new();
    for (i, e) in entries.iter().enumerate().skip(window.first).take(window.room) {
        let is_selected = i == selected;
        let marker = if is_selected { theme.symbols.marker } else { " " };
        let title = text::truncate(&format!("{marker} {}", e.title), width, theme.symbols.ellipsis);
        let pad = " ".repeat(width.saturating_sub(text::width(&title)));
        let style = if is_selected { theme.selected } else { theme.title };
        lines.push(Line::styled(format!("{title}{pad}"), style));
        if two_lines {
            let summary = text::truncate(&format!("  {}", e.summary), width, theme.symbols.ellipsis);
            lines.push(Line::styled(summary, theme.dim));
        }
    }
    lines
}

/// The names of the keys that choose and open a related entry, from the
/// key table.
#[derive(Debug, Clone, Copy)]
pub struct RelatedKeys {
    pub next: &'static str,
    pub previous: &'static str,
    pub open: &'static str,
}

/// What the detail text shows beside the entry: the related link chosen,
/// the keys, the words of a search.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    pub link: Option<usize>,
    pub keys: RelatedKeys,
    pub highlight: Option<&'a Query>,
}

/// The whole detail text of an entry, wrapped to `width`.
fn detail_lines(
    guide: &Guide,
    entry: &Entry,
    said: Said<'_>,
    width: usize,
    theme: Theme,
    link_line: &mut Option<usize>,
) -> Vec<Line<'static>> {
    let Said { link, keys, highlight } = said;
    let words = &guide.ui.topics;
    let mut out = Vec::new();
    for l in text::wrap(&entry.summary, width) {
        out.push(Line::from(mark(&l, theme.heading, highlight, theme)));
    }
    out.push(Line::default());
    body_lines(&entry.body, width, theme, highlight, &mut out);
    sources_lines(&entry.sources, words, width, theme, &mut out);
    if !entry.related.is_empty() {
        out.push(Line::default());
        let heading =
            words.related_heading.fill(&[("next", &keys.next), ("previous", &keys.previous), ("open", &keys.open)]);
        out.extend(text::wrap(&heading, width).into_iter().map(|l| Line::styled(l, theme.heading)));
        for (i, id) in entry.related.iter().enumerate() {
            let label = related_label(guide, id);
            let selected = Some(i) == link;
            if selected {
                *link_line = Some(out.len());
            }
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
        Some((t, _, title)) => guide.ui.topics.related_entry.fill(&[("title", &title), ("tab", &guide.tabs[t].title)]),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::model::TabBody;

    fn entries() -> Vec<Entry> {
        let guide = crate::shipped::shipped_guide().expect("the shipped guide");
        let TabBody::Topics(entries) = &guide.tabs[0].body else { panic!("the first tab lists topics") };
        entries.to_vec()
    }

    #[test]
    fn an_entry_gets_its_summary_line_only_when_every_entry_has_room_or_the_list_has_eight_rows() {
        let entries = entries();
        assert!((8..16).contains(&entries.len()), "the rule is seen with 8 to 15 entries: {}", entries.len());
        let rows = |height| list_lines(&entries, 0, Rect::new(0, 0, 30, height), Theme::MONO);
        // Seven rows: a title each, no summaries.
        let seven = rows(7);
        assert_eq!(seven.len(), 7);
        for (line, entry) in seven.iter().zip(&entries) {
            assert!(line.to_string().contains(&entry.title[..entry.title.len().min(10)]), "{line}");
        }
        // Eight rows: four entries, each with its summary under it.
        let eight = rows(8);
        assert_eq!(eight.len(), 8);
        assert!(eight[1].to_string().trim_start().starts_with(&entries[0].summary[..5]), "{}", eight[1]);
        // Room for all of them twice over.
        let all = entries.len() as u16 * 2;
        assert_eq!(rows(all).len(), usize::from(all));
    }

    /// A short list gets its summaries from twice its length in rows, below
    /// eight rows as well: three entries in six rows, not in five.
    #[test]
    fn a_short_list_gets_its_summaries_where_every_entry_has_two_rows() {
        let entries = &entries()[..3];
        for height in 1..=9u16 {
            let lines = list_lines(entries, 0, Rect::new(0, 0, 30, height), Theme::MONO);
            let is_summary = |l: &Line| {
                let shown = l.to_string();
                entries.iter().any(|e| shown.trim_start().starts_with(&e.summary.chars().take(8).collect::<String>()))
            };
            let summaries = lines.iter().filter(|l| is_summary(l)).count();
            let titles = lines.len() - summaries;
            let at = format!("{height} rows: {lines:?}");
            if height >= 6 {
                assert_eq!((titles, summaries), (3, 3), "{at}");
            } else {
                assert_eq!((titles, summaries), (usize::from(height).min(3), 0), "{at}");
            }
        }
    }
}
