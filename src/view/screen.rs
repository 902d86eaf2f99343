//! The regions of the whole screen for a size: the tab bar, the disclaimer
//! banner (until the first key), the body and the footer.

use ratatui::layout::{Constraint, Layout, Rect, Size};

use crate::text;

/// Below this size the screen only asks for a larger window.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;

/// The banner shows only on screens at least this tall.
const BANNER_MIN_HEIGHT: u16 = 16;

/// The regions of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub tabs: Rect,
    pub banner: Rect,
    pub body: Rect,
    pub footer: Rect,
}

/// Whether the screen is too small for the guide.
pub fn too_small(size: Size) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

/// Splits a screen of `size`; `banner` is the disclaimer while it shows.
pub fn areas(size: Size, banner: Option<&str>) -> Areas {
    let area = Rect::new(0, 0, size.width, size.height);
    let banner_h = match banner {
        Some(disclaimer) if size.height >= BANNER_MIN_HEIGHT => banner_lines(disclaimer, size.width).len() as u16 + 1,
        _ => 0,
    };
    let [tabs, banner, body, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner_h),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    Areas { tabs, banner, body, footer }
}

/// The disclaimer wrapped for a banner of `width`: at most four lines.
pub fn banner_lines(disclaimer: &str, width: u16) -> Vec<String> {
    text::wrap(disclaimer, usize::from(width.saturating_sub(2))).into_iter().take(4).collect()
}

/// The notice for a window too small for the guide, wrapped to `width`.
pub fn too_small_lines(width: u16) -> Vec<String> {
    let message = format!("Make the window larger (at least {MIN_WIDTH}×{MIN_HEIGHT}) · q quits");
    text::wrap(&message, usize::from(width))
}

/// Where a one-line question pops up on a screen of `area`: centred, just
/// wide enough for it.
pub fn question_frame(area: Rect, question: &str) -> Rect {
    let width = (text::width(question) as u16 + 4).min(area.width);
    area.centered(Constraint::Length(width), Constraint::Length(3.min(area.height)))
}
