//! The one scroll position every scrollable pane keeps (topics, coach,
//! the red-flag "why" panel, help), and the one paging rule.
//!
//! Paging rule: a page moves by the lines shown minus one, so the last line
//! of one page is the first of the next; half a page moves by half the
//! lines shown. Both move at least one line. Every move, and [`Scroll::clamp`]
//! after a resize, keeps the position at or before the last valid one, so
//! the stored position is always one drawing would show.

/// The first line shown of a pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll(usize);

/// How much a pane holds and shows, for scrolling it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extent {
    /// Lines of text in all.
    pub lines: usize,
    /// Lines shown at once.
    pub page: usize,
}

/// A scrolling move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    LineUp,
    LineDown,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    /// The first line.
    Top,
    /// The last page.
    Bottom,
}

impl Extent {
    /// The last valid first line: the one that shows the end of the text.
    pub fn last_top(self) -> usize {
        self.lines.saturating_sub(self.page)
    }

    /// Lines a page moves: the lines shown minus one, at least one.
    pub fn page_step(self) -> usize {
        self.page.saturating_sub(1).max(1)
    }

    /// Lines half a page moves: half the lines shown, at least one.
    pub fn half_step(self) -> usize {
        (self.page / 2).max(1)
    }
}

impl Scroll {
    /// A position at `line`, to be clamped to its pane.
    pub fn at(line: usize) -> Scroll {
        Scroll(line)
    }

    /// The first line shown.
    pub fn top(self) -> usize {
        self.0
    }

    /// Moves within `extent`, never past its last valid position.
    pub fn apply(&mut self, step: Move, extent: Extent) {
        let top = self.0.min(extent.last_top());
        let next = match step {
            Move::LineUp => top.saturating_sub(1),
            Move::LineDown => top + 1,
            Move::PageUp => top.saturating_sub(extent.page_step()),
            Move::PageDown => top + extent.page_step(),
            Move::HalfPageUp => top.saturating_sub(extent.half_step()),
            Move::HalfPageDown => top + extent.half_step(),
            Move::Top => 0,
            Move::Bottom => extent.last_top(),
        };
        self.0 = next.min(extent.last_top());
    }

    /// Keeps the position within `extent` (after a resize or a change of
    /// text).
    pub fn clamp(&mut self, extent: Extent) {
        self.0 = self.0.min(extent.last_top());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: Extent = Extent { lines: 30, page: 10 };

    #[test]
    fn a_page_is_the_lines_shown_minus_one() {
        let mut s = Scroll::default();
        s.apply(Move::PageDown, TEXT);
        assert_eq!(s.top(), 9);
        s.apply(Move::HalfPageDown, TEXT);
        assert_eq!(s.top(), 14);
        s.apply(Move::PageUp, TEXT);
        assert_eq!(s.top(), 5);
    }

    #[test]
    fn moves_stop_at_the_last_valid_position() {
        let mut s = Scroll::default();
        for _ in 0..10 {
            s.apply(Move::PageDown, TEXT);
        }
        assert_eq!(s.top(), 20);
        s.apply(Move::LineDown, TEXT);
        assert_eq!(s.top(), 20);
    }

    #[test]
    fn a_larger_pane_clamps_and_the_next_page_up_moves() {
        let mut s = Scroll::at(20);
        let bigger = Extent { lines: 30, page: 25 };
        s.clamp(bigger);
        assert_eq!(s.top(), 5);
        s.apply(Move::PageUp, bigger);
        assert_eq!(s.top(), 0);
    }

    #[test]
    fn a_tiny_pane_still_moves_a_line() {
        let mut s = Scroll::default();
        s.apply(Move::PageDown, Extent { lines: 5, page: 1 });
        assert_eq!(s.top(), 1);
        s.apply(Move::PageDown, Extent { lines: 5, page: 0 });
        assert_eq!(s.top(), 2);
    }
}
