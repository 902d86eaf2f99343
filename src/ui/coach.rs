//! Draws a coach tab: the routine list and the selected routine's text, or
//! the session under way.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::frame::{framed, scrolled};
use crate::theme::Theme;
use crate::view::Scroll;
use crate::view::coach::{CoachListScreen, CoachScreen};

pub fn render(screen: CoachScreen, scroll: Scroll, theme: Theme, buf: &mut Buffer) {
    match screen {
        CoachScreen::List(list) => render_list(list, scroll, theme, buf),
        CoachScreen::Session(session) => {
            framed(Line::styled(session.title, theme.title), theme, true).render(session.area, buf);
            Paragraph::new(session.lines).wrap(Wrap { trim: false }).render(session.text, buf);
        }
    }
}

fn render_list(screen: CoachListScreen, scroll: Scroll, theme: Theme, buf: &mut Buffer) {
    let block = framed(Line::styled(" Routines ", theme.dim), theme, false);
    let inner = block.inner(screen.list);
    block.render(screen.list, buf);
    Paragraph::new(screen.list_lines).render(inner, buf);
    if let Some((title, detail)) = screen.detail {
        let block = framed(Line::styled(format!(" {title} "), theme.title), theme, true);
        scrolled(block, detail, scroll, theme, buf);
    }
}
