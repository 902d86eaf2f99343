//! Draws the "cramp right now" screen over the body: a scrolled pane, so
//! what does not fit shows a "more" mark.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use super::frame::{framed, scrolled};
use crate::theme::Theme;
use crate::view::Scroll;
use crate::view::cramp_now::CrampNowScreen;
use crate::view::pane::PaneWords;

pub fn render(screen: CrampNowScreen, scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    Clear.render(screen.pane.area, buf);
    let tone = screen.tone;
    let block = framed(Line::styled(screen.title, tone), theme, true).border_style(tone);
    scrolled(block, screen.pane, scroll, look, buf);
}
