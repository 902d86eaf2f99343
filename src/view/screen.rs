//! The regions of the whole screen for a size: the tab bar, the disclaimer
//! banner (until the first key), the body and the footer.

use ratatui::layout::{Rect, Size};

use super::cut;
use crate::text;

/// Below this size the screen only asks for a larger window (and keeps the
/// emergency sentence): from this size up every safety text is reachable.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The whole disclaimer shows in the banner only when the body keeps at
/// least this many rows under it; else the emergency sentence alone does,
/// so the first frame shows every pane the tabs draw.
const BODY_UNDER_FULL_BANNER: u16 = 12;

/// The regions of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub tabs: Rect,
    /// A timed cramp's notice, past the guide's threshold.
    pub notice: Rect,
    pub banner: Rect,
    pub body: Rect,
    pub footer: Rect,
}

/// Whether the screen is too small for the guide.
pub fn too_small(size: Size) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

/// Splits a screen of `size`; `banner` is the disclaimer while it shows,
/// `notice` whether a timed cramp's notice takes a line.
pub fn areas(size: Size, banner: Option<&str>, notice: bool) -> Areas {
    let area = Rect::new(0, 0, size.width, size.height);
    let notice_h = u16::from(notice && size.height >= MIN_HEIGHT);
    // The tab bar and the footer take a row each.
    let rest = size.height.saturating_sub(2 + notice_h);
    let banner_h = match banner {
        Some(disclaimer) if size.height >= MIN_HEIGHT => {
            let full = banner_lines(disclaimer, size.width).len() as u16 + 1;
            if rest >= full + BODY_UNDER_FULL_BANNER {
                full
            } else {
                short_banner_lines(disclaimer, size.width).len() as u16
            }
        }
        _ => 0,
    };
    Areas::stacked(area, notice_h, banner_h)
}

impl Areas {
    /// The footer is the last row; from the top of the rest: the tab bar
    /// (a row), the notice and the banner (as many rows as they ask, as far
    /// as there are), the body. A single row is the footer's.
    fn stacked(area: Rect, notice_h: u16, banner_h: u16) -> Areas {
        let [rest, footer] = cut::bottom(area, 1);
        let [tabs, rest] = cut::top(rest, 1);
        let [notice, rest] = cut::top(rest, notice_h);
        let [banner, body] = cut::top(rest, banner_h);
        Areas { tabs, notice, banner, body, footer }
    }
}

/// The disclaimer wrapped for a banner of `width`: all of it, so the
/// emergency sentence is never cut (at most seven lines; below 40 columns,
/// where it would take more, the banner keeps the emergency sentence).
pub fn banner_lines(disclaimer: &str, width: u16) -> Vec<String> {
    let w = usize::from(width.saturating_sub(2));
    let all = text::wrap(disclaimer, w);
    if all.len() <= 7 {
        return all;
    }
    text::wrap(emergency_sentence(disclaimer), w).into_iter().take(7).collect()
}

/// The banner of a short screen: the emergency sentence alone.
pub fn short_banner_lines(disclaimer: &str, width: u16) -> Vec<String> {
    text::wrap(emergency_sentence(disclaimer), usize::from(width.saturating_sub(2))).into_iter().take(4).collect()
}

/// The sentence of the disclaimer that must never be cut: its last one,
/// where a guide says what to do in an emergency (README, `disclaimer`).
/// Found by its place, never by its words, so it holds in any language; a
/// sentence ends at `.`, `!` or `?` before a space.
pub fn emergency_sentence(disclaimer: &str) -> &str {
    let text = disclaimer.trim();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_some_and(|(_, next)| next.is_whitespace()) {
            start = i + c.len_utf8();
        }
    }
    text[start..].trim()
}

/// The notice for a window too small for the guide, `message`, wrapped to
/// `width`: the emergency sentence of `disclaimer` first when it fits with it.
pub fn too_small_lines(width: u16, height: u16, disclaimer: &str, message: &str) -> Vec<String> {
    let notice = text::wrap(message, usize::from(width));
    let emergency = text::wrap(emergency_sentence(disclaimer), usize::from(width));
    if emergency.len() + notice.len() <= usize::from(height) {
        emergency.into_iter().chain(notice).collect()
    } else {
        notice
    }
}

/// Where a question pops up on a screen of `area`, and its lines: centred,
/// wrapped to at most 60 columns (less on a narrow screen), just wide
/// enough for them.
pub fn question_frame(area: Rect, question: &str) -> (Rect, Vec<String>) {
    let room = usize::from(area.width.min(64).saturating_sub(4));
    let lines = text::wrap(question, room);
    let widest = lines.iter().map(|l| text::width(l)).max().unwrap_or(0) as u16;
    let width = (widest + 4).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    (cut::centred(area, width, height), lines)
}

#[cfg(test)]
mod tests {
    use ratatui::layout::{Constraint, Layout};

    use super::*;

    #[test]
    fn a_screen_too_narrow_or_too_short_alone_is_too_small() {
        let size = |width, height| Size { width, height };
        assert!(!too_small(size(MIN_WIDTH, MIN_HEIGHT)));
        assert!(too_small(size(MIN_WIDTH - 1, 100)), "too narrow, however tall");
        assert!(too_small(size(300, MIN_HEIGHT - 1)), "too short, however wide");
    }

    /// A window too small for the guide says so in every row it has; the
    /// emergency sentence comes first wherever both fit, and is left out
    /// (never the notice cut) where they do not.
    #[test]
    fn the_emergency_sentence_tops_the_too_small_notice_only_where_both_fit() {
        let disclaimer = "General information only. In an emergency, call 999 now.";
        let message = "This window is too small for the guide: make it larger.";
        let mut both_somewhere = false;
        for width in 1..=70u16 {
            let notice = text::wrap(message, usize::from(width));
            let emergency = text::wrap("In an emergency, call 999 now.", usize::from(width));
            for height in 1..=14u16 {
                let lines = too_small_lines(width, height, disclaimer, message);
                let both = emergency.len() + notice.len() <= usize::from(height);
                let expected: Vec<String> =
                    if both { [emergency.clone(), notice.clone()].concat() } else { notice.clone() };
                assert_eq!(lines, expected, "{width}x{height}");
                both_somewhere |= both && emergency.len() == 1;
            }
        }
        assert!(both_somewhere);
        // One row short of both: the notice alone, whole.
        assert_eq!(too_small_lines(70, 1, disclaimer, message), [message]);
        assert_eq!(too_small_lines(70, 2, disclaimer, message), ["In an emergency, call 999 now.", message]);
    }

    /// Every stack `areas` asks for: no notice and no banner below the
    /// smallest screen; above it a notice row or not, and a banner of any
    /// height that leaves the body a row or more.
    #[test]
    fn the_screen_is_stacked_as_the_layout_solver_stacks_it() {
        for height in 0..=40u16 {
            let asks: Vec<(u16, u16)> = if height < MIN_HEIGHT {
                vec![(0, 0)]
            } else {
                (0..=1).flat_map(|n| (0..=height - 3 - n).map(move |b| (n, b))).collect()
            };
            for (notice_h, banner_h) in asks {
                let area = Rect::new(0, 0, 40, height);
                let [tabs, notice, banner, body, footer] = area.layout(&Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Length(notice_h),
                    Constraint::Length(banner_h),
                    Constraint::Fill(1),
                    Constraint::Length(1),
                ]));
                let solved = Areas { tabs, notice, banner, body, footer };
                assert_eq!(Areas::stacked(area, notice_h, banner_h), solved, "{height} rows, {notice_h}, {banner_h}");
            }
        }
    }

    /// The whole disclaimer shows only where the body keeps its rows under
    /// it, the notice row counted; else the emergency sentence alone. Below
    /// the smallest screen neither shows, and the body (which the scroll is
    /// kept within while the screen is too small) has every row between the
    /// tab bar and the footer.
    #[test]
    fn the_full_banner_shows_only_where_the_body_keeps_its_rows_with_or_without_a_notice() {
        let disclaimer = "This guide is general information, not medical advice. Ask a doctor about your cramps. \
                          In an emergency, call your local emergency number now.";
        let full = banner_lines(disclaimer, 80).len() as u16 + 1;
        let short = short_banner_lines(disclaimer, 80).len() as u16;
        assert!(full > short, "the test needs a banner longer in full");
        for notice in [false, true] {
            for height in 0..=50 {
                let a = areas(Size { width: 80, height }, Some(disclaimer), notice);
                let fits = height >= MIN_HEIGHT;
                let notice_h = u16::from(notice && fits);
                // Below the tab bar, the notice and above the footer.
                let rest = height.saturating_sub(2 + notice_h);
                let at = format!("{height} rows, notice {notice}");
                let expected = match fits {
                    false => 0,
                    true if rest.saturating_sub(full) >= BODY_UNDER_FULL_BANNER => full,
                    true => short,
                };
                assert_eq!(a.banner.height, expected.min(rest), "{at}");
                assert_eq!(a.notice.height, notice_h, "{at}");
                assert_eq!(a.body.height, rest - a.banner.height, "{at}");
            }
        }
    }

    /// A question's frame is just wide enough for its widest line and a
    /// column of border and one of space each side, and as tall as its
    /// lines and the borders; never larger than the screen.
    #[test]
    fn a_question_frame_is_just_wide_and_tall_enough_for_its_lines() {
        let (frame, lines) = question_frame(Rect::new(0, 0, 80, 24), "Quit?");
        assert_eq!(lines, ["Quit?"]);
        assert_eq!((frame.width, frame.height), (9, 3));
        let long = "Stop the cramp timer and keep what was typed in the diary?";
        let (frame, lines) = question_frame(Rect::new(0, 0, 30, 24), long);
        let widest = lines.iter().map(|l| text::width(l)).max().unwrap() as u16;
        assert_eq!((frame.width, frame.height), (widest + 4, lines.len() as u16 + 2));
        let (frame, _) = question_frame(Rect::new(0, 0, 3, 2), long);
        assert_eq!((frame.width, frame.height), (3, 2), "cut to a tiny screen");
    }
}
