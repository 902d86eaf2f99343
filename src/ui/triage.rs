//! Draws the red-flag check: the verdict card, the questions grouped by
//! level, and the "why it matters" pane.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::frame::{framed, scrolled};
use crate::theme::Theme;
use crate::view::Scroll;
use crate::view::pane::PaneWords;
use crate::view::pane::text_area;
use crate::view::triage::TriageScreen;

pub fn render(screen: TriageScreen, scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    let style = screen.card_style;
    let card = framed(Line::styled(screen.card_title, style), theme, true).border_style(style);
    let card = match screen.card_more {
        Some(more) => card.title_bottom(Line::styled(more, theme.key).right_aligned()),
        None => card,
    };
    card.render(screen.card, buf);
    Paragraph::new(screen.card_lines).render(text_area(screen.card), buf);
    let block = framed(Line::styled(screen.list_title, theme.dim), theme, false);
    let block = match screen.list_more {
        Some(more) => block.title_bottom(Line::styled(more, theme.key).right_aligned()),
        None => block,
    };
    let inner = block.inner(screen.list);
    block.render(screen.list, buf);
    Paragraph::new(screen.list_lines).render(inner, buf);
    let block = framed(Line::styled(screen.why_title, theme.title), theme, true);
    scrolled(block, screen.why, scroll, look, buf);
}
