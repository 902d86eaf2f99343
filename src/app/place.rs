//! Places in the guide: where the person is, going somewhere with history
//! for Backspace, and finding an entry or routine by id.

use super::{App, TabState, TopicsState};
use crate::view::Scroll;

/// A place in the guide, for going back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub tab: usize,
    pub item: usize,
    /// First line of the text shown.
    pub scroll: usize,
}

/// Places kept for Backspace.
const MAX_HISTORY: usize = 100;

impl App {
    /// Where the person is now.
    pub fn place(&self) -> Place {
        let (item, scroll) = match &self.tabs[self.tab] {
            TabState::Topics(t) => (t.selected, t.scroll.top()),
            TabState::Coach(c) => (c.selected, 0),
            TabState::Triage(t) => (t.selected, 0),
            TabState::Hydration(_) => (0, 0),
            TabState::Diary => (self.diary.selected, 0),
        };
        Place { tab: self.tab, item, scroll }
    }

    /// Moves to a place, remembering the current one for Backspace.
    pub fn go_to(&mut self, place: Place) {
        let here = self.place();
        if here != place {
            self.history.push(here);
            if self.history.len() > MAX_HISTORY {
                self.history.remove(0);
            }
        }
        self.set_place(place);
    }

    /// Opens the guide at a place (from the command line), without history.
    pub fn open_at(&mut self, place: Place) {
        self.set_place(place);
    }

    pub(super) fn go_back(&mut self) {
        if let Some(place) = self.history.pop() {
            self.set_place(place);
        }
    }

    fn set_place(&mut self, place: Place) {
        self.tab = place.tab.min(self.tabs.len() - 1);
        let count = self.guide.tabs.get(self.tab).map_or(usize::MAX, |t| t.body.item_count());
        let item = place.item.min(count.saturating_sub(1));
        match &mut self.tabs[self.tab] {
            TabState::Topics(t) => {
                t.state = TopicsState { selected: item, scroll: Scroll::at(place.scroll), link: None }
            }
            TabState::Coach(c) => {
                if c.session.is_none() {
                    c.selected = item;
                }
            }
            TabState::Triage(t) => t.selected = item,
            TabState::Hydration(_) => {}
            TabState::Diary => self.diary.selected = item,
        }
        self.shown();
        self.clamp_scrolls();
    }

    /// Where an entry, routine or warning sign id lives.
    pub fn place_of(&self, id: &str) -> Option<Place> {
        let (tab, item, _) = self.guide.find_item(id)?;
        Some(Place { tab, item, scroll: 0 })
    }
}
