//! Draws the help overlay: the help pane centred on the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use super::frame::{framed, scrolled};
use crate::app::App;
use crate::view::Scroll;

pub fn render(app: &App, scroll: Scroll, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let pane = app.help_pane(area.as_size());
    Clear.render(pane.area, buf);
    let block = framed(Line::styled(format!(" {} ", app.help_title()), theme.title), theme, true);
    scrolled(block, pane, scroll, (theme, &app.pane_words()), buf);
}
