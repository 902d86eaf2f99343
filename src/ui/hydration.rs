//! Draws the water plan.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::frame::framed;
use crate::theme::Theme;
use crate::view::hydration::HydrationScreen;

pub fn render(screen: HydrationScreen, theme: Theme, buf: &mut Buffer) {
    framed(Line::styled(screen.title, theme.title), theme, true).render(screen.area, buf);
    Paragraph::new(screen.lines).render(screen.text, buf);
}
