//! State of the red-flag check: which questions are ticked, the selected
//! one and its "why" panel's scroll. The verdict is the model's rule
//! (`Triage::verdict`).

use super::keys::Action;
use super::tab_keys::{Effect, page_move, step_selection};
use crate::guide::model::Triage;
use crate::view::{Extent, Scroll};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TriageState {
    pub selected: usize,
    /// The "why it matters" panel's scroll position.
    pub scroll: Scroll,
    pub ticked: Vec<bool>,
}

impl TriageState {
    pub fn new(signs: usize) -> TriageState {
        TriageState { selected: 0, scroll: Scroll::default(), ticked: vec![false; signs] }
    }

    pub fn toggle(&mut self) {
        if let Some(t) = self.ticked.get_mut(self.selected) {
            *t = !*t;
        }
    }

    pub fn clear(&mut self) {
        self.ticked.iter_mut().for_each(|t| *t = false);
    }

    /// Handles a key of the check of `triage`, whose "why" panel has
    /// `extent` at the current size.
    pub(super) fn act(&mut self, triage: &Triage, action: Action, extent: Extent) -> Effect {
        match action {
            Action::Tick => self.toggle(),
            Action::ClearTicks => self.clear(),
            Action::Down | Action::Up | Action::First | Action::Last => {
                // Move in display order (grouped by level), not file order.
                let order = triage.display_order();
                let at = order.iter().position(|&i| i == self.selected).unwrap_or(0);
                if let Some(&next) = order.get(step_selection(at, order.len(), action))
                    && next != self.selected
                {
                    self.selected = next;
                    self.scroll = Scroll::default();
                }
            }
            action => {
                if let Some(step) = page_move(action) {
                    self.scroll.apply(step, extent);
                }
            }
        }
        Effect::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_and_clearing() {
        let mut s = TriageState::new(3);
        s.selected = 1;
        s.toggle();
        assert_eq!(s.ticked, [false, true, false]);
        s.toggle();
        assert_eq!(s.ticked, [false, false, false]);
        s.toggle();
        s.clear();
        assert_eq!(s.ticked, [false, false, false]);
    }
}
