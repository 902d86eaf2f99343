//! State and key handling of a topics tab: the entry list, the detail's
//! scroll position and the selected related link.

use super::keys::Action;
use super::tab_keys::{Effect, page_move, step_selection};
use crate::guide::model::Entry;
use crate::view::{Extent, Scroll};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TopicsState {
    pub selected: usize,
    /// The detail's scroll position.
    pub scroll: Scroll,
    /// The related entry chosen with ] / [, which Enter opens; None until
    /// one is chosen, so Enter on the list never jumps elsewhere.
    pub link: Option<usize>,
}

impl TopicsState {
    /// Handles a key of a topics tab of `entries`, whose detail pane has
    /// `extent` at the current size.
    pub(super) fn act(&mut self, entries: &[Entry], action: Action, extent: Extent) -> Effect {
        let related = entries.get(self.selected).map_or(&[][..], |e| &e.related[..]);
        let links = related.len();
        match action {
            Action::Down | Action::Up | Action::First | Action::Last => {
                let next = step_selection(self.selected, entries.len(), action);
                if next != self.selected {
                    *self = TopicsState { selected: next, ..TopicsState::default() };
                }
            }
            Action::NextLink if links > 0 => self.link = Some(self.link.map_or(0, |l| (l + 1) % links)),
            Action::PrevLink if links > 0 => self.link = Some(self.link.map_or(links - 1, |l| (l + links - 1) % links)),
            Action::Follow => {
                if let Some(id) = self.link.and_then(|l| related.get(l)) {
                    return Effect::Open(id.clone());
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
