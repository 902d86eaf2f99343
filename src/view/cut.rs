//! Cutting an area into parts by plain arithmetic. Every part of the
//! screen is a fixed number of rows or columns and the rest, or a box
//! centred in an area; ratatui's `Layout` finds the same parts with a
//! constraint solver, which is most of the work of the first frame (each
//! new shape is solved once). The tests hold these to what `Layout` gives.

use ratatui::layout::Rect;

/// The first `rows` rows of `area` (all of it when it has fewer), and the
/// rest under them.
pub fn top(area: Rect, rows: u16) -> [Rect; 2] {
    let rows = rows.min(area.height);
    [Rect { height: rows, ..area }, Rect { y: area.y + rows, height: area.height - rows, ..area }]
}

/// The rest of `area`, and its last `rows` rows (all of it when it has
/// fewer) under the rest.
pub fn bottom(area: Rect, rows: u16) -> [Rect; 2] {
    let [rest, last] = top(area, area.height - rows.min(area.height));
    [rest, last]
}

/// The first `columns` columns of `area` (all of it when it has fewer),
/// and the rest to their right.
pub fn left(area: Rect, columns: u16) -> [Rect; 2] {
    let columns = columns.min(area.width);
    [Rect { width: columns, ..area }, Rect { x: area.x + columns, width: area.width - columns, ..area }]
}

/// The rest of `area`, and its last `columns` columns (all of it when it
/// has fewer) to the right of the rest.
pub fn right(area: Rect, columns: u16) -> [Rect; 2] {
    let [rest, last] = left(area, area.width - columns.min(area.width));
    [rest, last]
}

/// A box `width` by `height` (each at most the area's) centred in `area`;
/// an odd cell left over goes before the box.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect { x: area.x + (area.width - width).div_ceil(2), y: area.y + (area.height - height).div_ceil(2), width, height }
}

/// A box `width` wide (at most the area's) and `percent` of the area's
/// height, centred in `area`: its top and bottom fall on the rows nearest
/// to where the exact share would put them.
pub fn centred_share(area: Rect, width: u16, percent: u16) -> Rect {
    let height = f64::from(area.height);
    let exact = height * f64::from(percent.min(100)) / 100.0;
    let top = ((height - exact) / 2.0).round() as u16;
    let bottom = ((height + exact) / 2.0).round() as u16;
    Rect { y: area.y + top, height: bottom - top, ..centred(area, width, area.height) }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::{Constraint, Layout};

    use super::*;

    /// Sizes small, odd, even and large (solving every one from 0 to 30
    /// takes minutes in a debug build).
    const SIZES: [u16; 10] = [0, 1, 2, 3, 4, 5, 8, 13, 21, 30];

    /// Areas of every pair of sizes, at two origins.
    fn areas() -> impl Iterator<Item = Rect> {
        SIZES
            .into_iter()
            .flat_map(|w| SIZES.into_iter().flat_map(move |h| [Rect::new(0, 0, w, h), Rect::new(3, 5, w, h)]))
    }

    #[test]
    fn rows_and_columns_cut_as_the_layout_solver_cuts_them() {
        for area in areas() {
            for n in SIZES.into_iter().chain([34]) {
                let solved: [Rect; 2] = area.layout(&Layout::vertical([Constraint::Length(n), Constraint::Fill(1)]));
                assert_eq!(top(area, n), solved, "top {n} of {area}");
                let solved: [Rect; 2] = area.layout(&Layout::vertical([Constraint::Fill(1), Constraint::Length(n)]));
                assert_eq!(bottom(area, n), solved, "bottom {n} of {area}");
                let solved: [Rect; 2] = area.layout(&Layout::horizontal([Constraint::Length(n), Constraint::Fill(1)]));
                assert_eq!(left(area, n), solved, "left {n} of {area}");
                let solved: [Rect; 2] = area.layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Length(n)]));
                assert_eq!(right(area, n), solved, "right {n} of {area}");
            }
        }
    }

    #[test]
    fn a_box_is_centred_as_the_layout_solver_centres_it() {
        for area in areas() {
            for (w, h) in [(0, 0), (1, 1), (4, 3), (7, 2), (10, 10), (29, 30), (40, 40)] {
                let solved = area.centered(Constraint::Length(w), Constraint::Length(h));
                assert_eq!(centred(area, w, h), solved, "{w}×{h} in {area}");
            }
        }
    }

    /// Help and search show only on a screen of 40×12 or more.
    #[test]
    fn the_help_and_search_boxes_are_centred_as_the_layout_solver_centres_them() {
        let widths = [40, 41, 63, 64, 65, 89, 90, 91, 92, 120, 200];
        let heights = [12, 13, 16, 17, 24, 30, 39, 40, 41, 60];
        let screens = widths.into_iter().flat_map(|w| heights.into_iter().map(move |h| Rect::new(0, 0, w, h)));
        for area in screens {
            let solved = area.centered(Constraint::Max(90), Constraint::Percentage(80));
            assert_eq!(centred_share(area, 90, 80), solved, "search in {area}");
            for w in [7, 38, 60, 64] {
                let solved = area.centered(Constraint::Length(w), Constraint::Percentage(90));
                assert_eq!(centred_share(area, w, 90), solved, "help {w} wide in {area}");
            }
        }
    }
}
