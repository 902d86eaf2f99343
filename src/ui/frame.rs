//! Frames every screen draws in: a bordered block, a scrolled pane with
//! its position on the frame, a popup.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::theme::Theme;
use crate::view::pane::{PaneWords, text_area};
use crate::view::{Pane, Scroll};

/// A bordered block in the theme's frame style.
pub fn framed<'a>(title: impl Into<Line<'a>>, theme: Theme, focused: bool) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_set(ratatui::symbols::border::ROUNDED)
        .border_style(if focused { theme.focus_border } else { theme.border })
        .title(title)
}

/// Draws a pane in `block` from its `scroll` position, with where the page
/// is and the key for more (the words of `look`) on the frame when its text does not all fit. The
/// text sits one column in from each side. Key handling keeps `scroll`
/// within the pane; drawing keeps it there too, for a frame drawn at a size
/// the app has not been told of yet.
pub fn scrolled(block: Block<'_>, pane: Pane, mut scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    scroll.clamp(pane.extent());
    let block = match pane.position_mark(scroll, look.0, look.1) {
        Some(mark) => block.title_bottom(mark.right_aligned()),
        None => block,
    };
    let page = pane.page();
    let Pane { area, lines } = pane;
    block.render(area, buf);
    let shown: Vec<Line> = lines.into_iter().skip(scroll.top()).take(page).collect();
    Paragraph::new(shown).render(text_area(area), buf);
}

/// Clears an area for a popup and draws its frame; returns the inside.
pub fn popup(area: Rect, title: &str, theme: Theme, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let block = framed(Line::styled(format!(" {title} "), theme.title), theme, true);
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// The inside of a popup, one column in from each side.
pub fn padded(inner: Rect) -> Rect {
    Rect { x: inner.x + 1.min(inner.width), width: inner.width.saturating_sub(2), ..inner }
}
