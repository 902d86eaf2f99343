//! Draws a coach tab: the routine list and the selected routine's text, or
//! the session under way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
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
            paint_session(session.lines, session.text, buf);
        }
    }
}

/// The session's lines, painted on every frame while it runs. When every
/// line fits, wrapping changes nothing, and drawing each line on its row
/// costs a fraction of a wrapping paragraph; narrow windows still wrap.
fn paint_session(lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    if lines.iter().all(|line| line.width() <= usize::from(area.width)) {
        for (line, row) in lines.iter().zip(area.rows()) {
            line.render(row, buf);
        }
    } else {
        Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
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
