//! Draws the "cramp right now" screen over the body.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::frame::framed;
use crate::theme::Theme;
use crate::view::cramp_now::CrampNowScreen;

pub fn render(screen: CrampNowScreen, theme: Theme, buf: &mut Buffer) {
    Clear.render(screen.area, buf);
    let tone = screen.tone;
    framed(Line::styled(screen.title, tone), theme, true).border_style(tone).render(screen.area, buf);
    Paragraph::new(screen.lines).render(screen.text, buf);
}
