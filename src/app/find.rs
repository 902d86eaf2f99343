//! Search from any tab: a live query over the whole guide, a jump to the
//! chosen hit, and n / N to walk the hits afterwards.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keys::Action;
use super::{App, Place};
use crate::guide::Guide;
use crate::search::{Hit, Index};

/// Results shown at most.
const MAX_HITS: usize = 50;

/// The open search line.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
}

/// A finished search, for n / N and for marking matches in the text.
#[derive(Debug, Clone)]
pub struct LastSearch {
    pub query: String,
    pub hits: Vec<Hit>,
    pub current: usize,
}

impl App {
    pub(super) fn open_search(&mut self) {
        let query = self.last_search.as_ref().map(|s| s.query.clone()).unwrap_or_default();
        let hits = index(&mut self.index, &self.guide).search(&query, MAX_HITS);
        self.search = Some(SearchState { query, hits, selected: 0 });
    }

    /// Typing into the open search line; true when the key was taken.
    pub(super) fn search_typing(&mut self, event: &KeyEvent) -> bool {
        if self.search.is_none() {
            return false;
        }
        let index = index(&mut self.index, &self.guide);
        let Some(search) = &mut self.search else {
            return false;
        };
        let plain = !event.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match event.code {
            KeyCode::Char(c) if plain => search.query.push(c),
            KeyCode::Backspace => {
                search.query.pop();
            }
            _ => return false,
        }
        search.hits = index.search(&search.query, MAX_HITS);
        search.selected = 0;
        true
    }

    pub(super) fn search_action(&mut self, action: Action) {
        let Some(search) = &mut self.search else {
            return;
        };
        match action {
            Action::Down => search.selected = (search.selected + 1).min(search.hits.len().saturating_sub(1)),
            Action::Up => search.selected = search.selected.saturating_sub(1),
            Action::Follow => {
                let search = self.search.take().unwrap_or_default();
                if let Some(hit) = search.hits.get(search.selected) {
                    let place = place_of(hit);
                    self.last_search =
                        Some(LastSearch { query: search.query, current: search.selected, hits: search.hits });
                    self.go_to(place);
                }
            }
            Action::Close => self.search = None,
            _ => {}
        }
    }

    /// n / N: the next or previous hit of the last search.
    pub(super) fn next_match(&mut self, forward: bool) {
        let Some(last) = &mut self.last_search else {
            self.status = Some("No search yet: / searches the whole guide.".into());
            return;
        };
        if last.hits.is_empty() {
            return;
        }
        let n = last.hits.len();
        last.current = if forward { (last.current + 1) % n } else { (last.current + n - 1) % n };
        let hit = &last.hits[last.current];
        let place = place_of(hit);
        self.status = Some(format!("Match {} of {n} for \"{}\": {}", last.current + 1, last.query, hit.title));
        self.go_to(place);
    }

    /// The words to mark in the text, while a search is being walked.
    pub fn highlight(&self) -> Option<&str> {
        self.last_search.as_ref().map(|s| s.query.as_str())
    }
}

/// The search index, built the first time it is needed.
fn index<'a>(slot: &'a mut Option<Index>, guide: &Guide) -> &'a Index {
    slot.get_or_insert_with(|| Index::new(guide))
}

fn place_of(hit: &Hit) -> Place {
    Place { tab: hit.target.tab, item: hit.target.item, scroll: 0 }
}
