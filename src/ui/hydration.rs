//! Draws the water plan: a scrolled pane, so what does not fit shows a
//! "more" mark.

use ratatui::buffer::Buffer;
use ratatui::text::Line;

use super::frame::{framed, scrolled};
use crate::theme::Theme;
use crate::view::Scroll;
use crate::view::hydration::HydrationScreen;
use crate::view::pane::PaneWords;

pub fn render(screen: HydrationScreen, scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    let block = framed(Line::styled(screen.title, theme.title), theme, true);
    scrolled(block, screen.pane, scroll, look, buf);
}
