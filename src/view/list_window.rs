//! The part of a list a window shows: every list that moves a selection
//! (the topics, the routines, the red-flag questions, the cramps of the
//! diary, the search hits) keeps the selected item in view the same way.

use std::ops::Range;

/// Which rows of a list a window of `room` rows shows. Moving down, the
/// selection sits on the window's last row at most; moving back up, the
/// window follows as soon as the selection would leave its top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListWindow {
    /// The first row shown.
    pub first: usize,
    /// How many rows the window holds (at least one).
    pub room: usize,
}

impl ListWindow {
    /// The window that shows row `selected`.
    pub fn showing(selected: usize, room: usize) -> ListWindow {
        ListWindow::showing_rows(selected, selected, room)
    }

    /// The window that shows the rows `start..=end` of one item that takes
    /// several rows (a wrapped question): its last row in view, and its
    /// first too, which wins when the item is taller than the window.
    pub fn showing_rows(start: usize, end: usize, room: usize) -> ListWindow {
        let room = room.max(1);
        ListWindow { first: end.saturating_sub(room - 1).min(start), room }
    }

    /// The rows shown of a list of `len` rows.
    pub fn rows(&self, len: usize) -> Range<usize> {
        self.first.min(len)..self.first.saturating_add(self.room).min(len)
    }

    /// Whether rows are hidden above the window.
    pub fn more_above(&self) -> bool {
        self.first > 0
    }

    /// Whether rows of a list of `len` are hidden below the window.
    pub fn more_below(&self, len: usize) -> bool {
        len > self.first.saturating_add(self.room)
    }
}

#[cfg(test)]
mod tests {
    use super::ListWindow;

    #[test]
    fn the_selection_stays_in_view_on_the_last_row_at_most() {
        // Three rows of room over ten: the top stays until the fourth row.
        for (selected, first) in [(0, 0), (1, 0), (2, 0), (3, 1), (9, 7)] {
            let window = ListWindow::showing(selected, 3);
            assert_eq!(window.first, first, "selected {selected}");
            assert!(window.rows(10).contains(&selected));
        }
        assert_eq!(ListWindow::showing(9, 3).rows(10), 7..10);
        assert_eq!(ListWindow::showing(1, 3).rows(2), 0..2, "a short list shows whole");
        // No room is one row, never an empty window.
        assert_eq!(ListWindow::showing(4, 0).rows(10), 4..5);
    }

    #[test]
    fn an_item_of_several_rows_shows_whole_or_from_its_start() {
        // Rows 5..=7 in a window of 4: its end on the last row.
        assert_eq!(ListWindow::showing_rows(5, 7, 4).rows(20), 4..8);
        // Taller than the window: its start wins.
        assert_eq!(ListWindow::showing_rows(5, 12, 4).rows(20), 5..9);
    }

    #[test]
    fn it_says_what_is_hidden_above_and_below() {
        let top = ListWindow::showing(0, 3);
        assert!(!top.more_above() && top.more_below(4) && !top.more_below(3));
        let end = ListWindow::showing(3, 3);
        assert!(end.more_above() && !end.more_below(4));
    }
}
