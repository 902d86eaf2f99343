//! State and key handling of a topics tab: the entry list, the detail's
//! scroll position and the selected related link.

use ratatui::layout::Size;

use super::keys::Action;
use super::{App, Place, TabState, step_selection};
use crate::guide::model::{Entry, TabBody};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicsState {
    pub selected: usize,
    /// First line of the detail shown.
    pub scroll: usize,
    /// Which related entry Enter opens.
    pub link: usize,
}

impl App {
    /// The selected entry of the current tab, when it is a topics tab.
    pub fn current_entry(&self) -> Option<(&Entry, &TopicsState)> {
        match (&self.guide.tabs[self.tab].body, &self.tabs[self.tab]) {
            (TabBody::Topics(entries), TabState::Topics(state)) => entries.get(state.selected).map(|e| (e, state)),
            _ => None,
        }
    }

    /// Handles a topics key; returns a place to go to when a link is followed.
    pub(super) fn topics_action(&mut self, action: Action, size: Size) -> Option<Place> {
        let (lines, page) = crate::ui::topics::detail_metrics(self, size);
        let max_scroll = lines.saturating_sub(page);
        let entry_count = self.guide.tabs[self.tab].body.item_count();
        let links = self.current_entry().map_or(0, |(e, _)| e.related.len());
        let follow = self.current_entry().and_then(|(e, s)| e.related.get(s.link)).and_then(|id| self.place_of(id));
        let TabState::Topics(state) = &mut self.tabs[self.tab] else {
            return None;
        };
        match action {
            Action::Down | Action::Up | Action::First | Action::Last => {
                let next = step_selection(state.selected, entry_count, action);
                if next != state.selected {
                    *state = TopicsState { selected: next, ..TopicsState::default() };
                }
            }
            Action::PageDown => state.scroll = (state.scroll + page.saturating_sub(1).max(1)).min(max_scroll),
            Action::PageUp => state.scroll = state.scroll.saturating_sub(page.saturating_sub(1).max(1)),
            Action::HalfPageDown => state.scroll = (state.scroll + (page / 2).max(1)).min(max_scroll),
            Action::HalfPageUp => state.scroll = state.scroll.saturating_sub((page / 2).max(1)),
            Action::NextLink if links > 0 => state.link = (state.link + 1) % links,
            Action::PrevLink if links > 0 => state.link = (state.link + links - 1) % links,
            Action::Follow => return follow,
            _ => {}
        }
        None
    }

    /// Where an entry, routine or warning sign id lives.
    pub fn place_of(&self, id: &str) -> Option<Place> {
        let (tab, item, _) = self.guide.find_item(id)?;
        Some(Place { tab, item, scroll: 0 })
    }

    /// Keeps every topics tab's scroll within its text after a resize or jump.
    pub(super) fn clamp_scrolls(&mut self) {
        let size = self.size;
        if let TabState::Topics(_) = self.tabs[self.tab] {
            let (lines, page) = crate::ui::topics::detail_metrics(self, size);
            if let TabState::Topics(state) = &mut self.tabs[self.tab] {
                state.scroll = state.scroll.min(lines.saturating_sub(page));
            }
        }
    }
}
