//! Draws a coach tab: the routine list and the selected routine's text, or
//! the session under way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::canvas::{Canvas, Painter, Shape};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::frame::{framed, scrolled};
use crate::theme::Theme;
use crate::view::Scroll;
use crate::view::coach::{CoachListScreen, CoachScreen};
use crate::view::coach_picture::Picture;
use crate::view::footer::{self, Hint};
use crate::view::pane::PaneWords;

/// `keys`: hints of the session's keys that the footer had no room for,
/// written on the session frame's bottom edge instead.
pub fn render(screen: CoachScreen, scroll: Scroll, keys: &[Hint], look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    match screen {
        CoachScreen::List(list) => render_list(list, scroll, look, buf),
        CoachScreen::Session(session) => {
            let frame = framed(Line::styled(session.title, theme.title), theme, true);
            if let Some(pane) = session.reading {
                scrolled(frame, pane, scroll, look, buf);
                return;
            }
            let frame = match footer::edge_line(keys, session.area.width, theme) {
                Some(line) => frame.title_bottom(line.right_aligned()),
                None => frame,
            };
            frame.render(session.area, buf);
            if let Some(picture) = session.picture {
                render_picture(picture, buf);
            }
            paint_session(session.lines, session.panel, buf);
            Paragraph::new(session.bottom_lines).render(session.bottom, buf);
        }
    }
}

/// Paints the picture's lit pixels on a half-block canvas, one canvas pixel
/// per picture pixel. They are painted by grid position, so the canvas
/// needs no bounds (those only place shapes drawn in coordinates).
fn render_picture(picture: Picture, buf: &mut Buffer) {
    let area = picture.area;
    let color = picture.style.fg.unwrap_or(Color::Reset);
    Canvas::default().marker(Marker::HalfBlock).paint(|ctx| ctx.draw(&Pixels { picture, color })).render(area, buf);
}

struct Pixels {
    picture: Picture,
    color: Color,
}

impl Shape for Pixels {
    fn draw(&self, painter: &mut Painter) {
        let Rect { width, height, .. } = self.picture.area;
        for y in 0..height * 2 {
            for x in 0..width {
                if self.picture.lit(x, y) {
                    painter.paint(usize::from(x), usize::from(y), self.color);
                }
            }
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

fn render_list(screen: CoachListScreen, scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    let block = framed(Line::styled(format!(" {} ", screen.list_title), theme.dim), theme, false);
    let inner = block.inner(screen.list);
    block.render(screen.list, buf);
    Paragraph::new(screen.list_lines).render(inner, buf);
    if let Some((title, detail)) = screen.detail {
        let block = framed(Line::styled(title, theme.title), theme, true);
        scrolled(block, detail, scroll, look, buf);
    }
}
