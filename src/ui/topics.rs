//! Draws a topics tab: the entry list and the selected entry's text pane.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::frame::{framed, scrolled};
use crate::theme::Theme;
use crate::view::Scroll;
use crate::view::pane::PaneWords;
use crate::view::topics::TopicsScreen;

pub fn render(screen: TopicsScreen, scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    let Some((title, detail)) = screen.detail else {
        return;
    };
    let block = framed(Line::styled(screen.list_title, theme.dim), theme, false);
    let inner = block.inner(screen.list);
    block.render(screen.list, buf);
    Paragraph::new(screen.list_lines).render(inner, buf);
    let block = framed(Line::styled(title, theme.title), theme, true);
    scrolled(block, detail, scroll, look, buf);
}
