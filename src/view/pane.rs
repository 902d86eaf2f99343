//! A scrollable pane: the framed area it is drawn in and every line of its
//! text, wrapped for that area.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::scroll::{Extent, Scroll};
use crate::guide::ui_text::Text;
use crate::text;
use crate::theme::Theme;

/// The words on the frame of a pane whose text does not all fit, in the
/// guide's words: where the page is, the key that shows more, the end.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PaneWords {
    /// "lines {first}{range}{last} of {total}".
    pub position: Text,
    /// "PgDn for more", with the key from the key table.
    pub more: String,
    pub end: String,
}

/// A framed, scrollable region and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Pane {
    /// The frame, borders included.
    pub area: Rect,
    /// The whole text, wrapped to [`text_area`] of `area`.
    pub lines: Vec<Line<'static>>,
}

impl Pane {
    /// Lines shown at once.
    pub fn page(&self) -> usize {
        usize::from(inner(self.area).height)
    }

    pub fn extent(&self) -> Extent {
        Extent { lines: self.lines.len(), page: self.page() }
    }

    /// "lines a–b of n" and "PgDn for more" (or "end") for the frame, when
    /// the text does not all fit; the position alone, short, when the frame
    /// is narrow.
    pub fn position_mark(&self, scroll: Scroll, theme: Theme, words: &PaneWords) -> Option<Line<'static>> {
        let (page, total) = (self.page(), self.lines.len());
        if total <= page || page == 0 {
            return None;
        }
        let first = scroll.top() + 1;
        let last = (scroll.top() + page).min(total);
        let more = format!(" {} ", if last < total { &words.more } else { &words.end });
        let range = theme.symbols.range;
        let position = words.position.fill(&[("first", &first), ("range", &range), ("last", &last), ("total", &total)]);
        let position = format!(" {position} ");
        let room = usize::from(self.area.width).saturating_sub(2);
        Some(if text::width(&position) + text::width(&more) <= room {
            Line::from(vec![Span::styled(position, theme.dim), Span::styled(more, theme.key)])
        } else {
            Line::styled(format!(" {first}{}{last}/{total} ", theme.symbols.range), theme.dim)
        })
    }
}

/// `title` as a frame `width` wide shows it on its edge, with a space each
/// side: cut with an ellipsis where it would run into the corner.
pub fn frame_title(title: &str, width: u16, ellipsis: &str) -> String {
    format!(" {} ", text::truncate(title.trim(), usize::from(width).saturating_sub(4), ellipsis))
}

/// Inside a frame's borders.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1).min(area.right()),
        y: area.y.saturating_add(1).min(area.bottom()),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// Where text goes in a frame: inside the borders, one column in from each
/// side.
pub fn text_area(area: Rect) -> Rect {
    let inner = inner(area);
    Rect { x: inner.x + 1, width: inner.width.saturating_sub(2), ..inner }
}

/// The width text is wrapped to in a frame.
pub fn text_width(area: Rect) -> usize {
    usize::from(text_area(area).width)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "lines a–b of n" and the key for more show together only where both
    /// fit inside the frame's corners; else the position alone, short.
    #[test]
    fn the_position_and_the_key_for_more_show_together_only_where_both_fit() {
        let theme = Theme::MONO;
        let words = PaneWords {
            position: Text::Plain("lines {first}{range}{last} of {total}".to_string()),
            more: "PgDn for more".to_string(),
            end: "end".to_string(),
        };
        let lines = vec![Line::raw("a line"); 30];
        let mark = |width| {
            let pane = Pane { area: Rect::new(0, 0, width, 12), lines: lines.clone() };
            pane.position_mark(Scroll::at(0), theme, &words).expect("30 lines in 10 rows").to_string()
        };
        let r = theme.symbols.range;
        let both = format!(" lines 1{r}10 of 30  PgDn for more ");
        let needs = u16::try_from(text::width(&both) + 2).unwrap();
        for width in needs - 3..=needs + 1 {
            let expected = if width >= needs { both.clone() } else { format!(" 1{r}10/30 ") };
            assert_eq!(mark(width), expected, "{width} columns, {needs} needed for both");
        }
        let all = Pane { area: Rect::new(0, 0, 80, 40), lines: lines.clone() };
        assert_eq!(all.position_mark(Scroll::at(0), theme, &words), None, "no mark when everything shows");
    }
}
