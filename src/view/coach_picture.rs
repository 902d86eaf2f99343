//! The session's picture, as pixels of a half-block grid (one column wide,
//! half a row tall, so about square): a breathing disc inside the ring it
//! grows to, or for a stretch a bar that empties as the hold runs out.
//!
//! The disc's radius moves in whole pixels and the bar in whole pixel rows,
//! so every animation step changes at least one cell and nothing changes in
//! between: [`anim_steps`] is the number of such steps in a phase, which the
//! coach engine turns into exact wake-up instants.

use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::coach::{SegmentKind, View, shown_seconds};
use crate::guide::model::PhaseKind;

/// What is drawn, in pixels of `area` (x: 0..width, y: 0..2·height, from the top).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Picture {
    pub area: Rect,
    pub shape: Shape,
    /// The colour of every lit pixel (one colour, so no cell needs a
    /// background colour and `NO_COLOR` loses nothing).
    pub style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A disc of `radius` pixels inside a one-pixel ring of `ring`.
    Disc { radius: f64, ring: f64 },
    /// A framed bar in columns `left..right`, its lowest `filled` pixel rows
    /// (of the rows inside its frame) lit.
    Bar { left: u16, right: u16, filled: u16 },
}

/// The disc's smallest and largest radius for a picture of `area`.
pub fn disc_radii(area: Rect) -> (u16, u16) {
    let ring = ring_radius(area);
    let top = (ring - 1.0).floor().max(1.0) as u16;
    ((top * 3 / 10).max(1), top)
}

fn ring_radius(area: Rect) -> f64 {
    (f64::from(area.width) / 2.0).min(f64::from(area.height)) - 0.25
}

/// Pixel rows inside the hold bar's frame.
fn bar_rows(area: Rect) -> u16 {
    (area.height * 2).saturating_sub(2)
}

/// Steps of animation in a segment of `kind` for a picture of `area`: one
/// per pixel of radius on a breath in or out, one per pixel row of the bar
/// on a stretch; none for a still picture.
pub fn anim_steps(area: Rect, kind: SegmentKind) -> u32 {
    match kind {
        SegmentKind::Breathe(PhaseKind::Inhale | PhaseKind::Exhale) => {
            let (small, large) = disc_radii(area);
            u32::from(large - small)
        }
        SegmentKind::Hold | SegmentKind::Switch => u32::from(bar_rows(area)),
        _ => 0,
    }
}

/// The picture of `view` in `area`; `still` (reduced motion) keeps the disc
/// at one size and moves the bar only with the seconds.
pub fn picture(view: &View, area: Rect, still: bool, style: Style) -> Picture {
    let shape = match view.segment.kind {
        SegmentKind::Hold | SegmentKind::Switch => {
            let rows = bar_rows(area);
            let filled = if still {
                let whole = shown_seconds(view.segment.len).max(1);
                (u64::from(rows) * shown_seconds(view.phase_left)).div_ceil(whole) as u16
            } else {
                rows - view.anim_frame(u32::from(rows)) as u16
            };
            let width = (area.width / 3).clamp(4, 14).min(area.width);
            let left = (area.width - width) / 2;
            Shape::Bar { left, right: left + width, filled }
        }
        kind => {
            let (small, large) = disc_radii(area);
            let frame = view.anim_frame(u32::from(large - small)) as u16;
            let radius = match kind {
                _ if still => (small + large) / 2,
                SegmentKind::Breathe(PhaseKind::Inhale) => small + frame,
                SegmentKind::Breathe(PhaseKind::Exhale) => large - frame,
                SegmentKind::Breathe(PhaseKind::Hold) => large,
                _ => small,
            };
            Shape::Disc { radius: f64::from(radius), ring: ring_radius(area) }
        }
    };
    Picture { area, shape, style }
}

/// The disc small and still, inside its ring: the picture once a routine
/// has ended.
pub fn resting(area: Rect, style: Style) -> Picture {
    let shape = Shape::Disc { radius: f64::from(disc_radii(area).0), ring: ring_radius(area) };
    Picture { area, shape, style }
}

impl Picture {
    /// Whether pixel (`x`, `y`) is lit.
    pub fn lit(&self, x: u16, y: u16) -> bool {
        let (w, h) = (self.area.width, self.area.height * 2);
        match self.shape {
            Shape::Disc { radius, ring } => {
                let dx = f64::from(x) + 0.5 - f64::from(w) / 2.0;
                let dy = f64::from(y) + 0.5 - f64::from(h) / 2.0;
                let d = (dx * dx + dy * dy).sqrt();
                d <= radius || (d <= ring && d > ring - 1.0)
            }
            Shape::Bar { left, right, filled } => {
                let inside = x >= left && x < right && y < h;
                // The bottom row is always lit: the fill counts up from it.
                let frame = x == left || x + 1 == right || y == 0;
                inside && (frame || y + 1 + filled >= h)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A breath in or out moves a step a pixel of radius, a stretch or a
    /// switch a step a pixel row of the bar; anything else stays still.
    #[test]
    fn a_stretch_moves_a_bar_row_a_step_and_a_breath_a_pixel_of_radius() {
        for (width, height) in [(12, 6), (20, 10), (40, 20), (31, 9)] {
            let area = Rect::new(0, 0, width, height);
            let at = format!("{width}x{height}");
            assert_eq!(anim_steps(area, SegmentKind::Hold), u32::from(height * 2 - 2), "{at}");
            assert_eq!(anim_steps(area, SegmentKind::Switch), u32::from(height * 2 - 2), "{at}");
            let (small, large) = disc_radii(area);
            assert!(large > small, "{at}");
            for phase in [PhaseKind::Inhale, PhaseKind::Exhale] {
                assert_eq!(anim_steps(area, SegmentKind::Breathe(phase)), u32::from(large - small), "{at}");
            }
            assert_eq!(anim_steps(area, SegmentKind::Breathe(PhaseKind::Hold)), 0, "{at}");
            assert_eq!(anim_steps(area, SegmentKind::GetReady), 0, "{at}");
        }
    }
}
