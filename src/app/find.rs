//! Search from any tab: a live query over the whole guide, an editable
//! query line, a jump to the chosen hit that lands on its first match, and
//! n / N to walk the matches in the text and then the other hits.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keys::{Action, Global, Scope, global_key, key_label};
use super::{App, Place, TabState};
use crate::coach::Clock;
use crate::guide::Guide;
use crate::search::{Hit, Index, Query};
use crate::text::line_input::LineInput;
use crate::view::lines::match_lines;
use crate::view::search::{Found, Keys, SearchWords};
use crate::view::{Extent, Scroll};

/// Results shown at most.
const MAX_HITS: usize = 50;

/// Keys closer together than this come from a paste, not from fingers: an
/// Enter or Tab among them is part of the text (a space), not a command.
/// Bracketed paste stays off, as nothing would turn it off again after a
/// crash or a signal.
const PASTE_GAP: Duration = Duration::from_millis(5);

/// The open search line.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: LineInput,
    /// The last search, shown while the line is empty; ↑ brings it back.
    pub hint: Option<String>,
    pub hits: Vec<Hit>,
    /// How many items matched in all: more than the hits listed when the
    /// list was cut.
    pub total: usize,
    pub selected: usize,
    /// "Did you mean": guide words near the query, when nothing matches.
    pub suggestions: Vec<String>,
    /// When the last character was typed, to tell a paste from typing.
    typed_at: Option<Instant>,
}

impl SearchState {
    /// Searches again for the query as it now stands.
    fn refresh(&mut self, index: &Index) {
        let query = index.query(&self.query);
        (self.hits, self.total) = index.search_counted(&query, MAX_HITS);
        self.suggestions =
            if self.hits.is_empty() && !query.is_empty() { index.suggest(&self.query) } else { Vec::new() };
        self.selected = 0;
    }
}

/// A finished search, for n / N and for marking matches in the text.
#[derive(Debug, Clone)]
pub struct LastSearch {
    pub query: String,
    /// The query as the index matched it, to mark the same words.
    pub matcher: Query,
    pub hits: Vec<Hit>,
    pub current: usize,
    /// Which match in the current hit's text is shown, from 0.
    pub occurrence: usize,
}

impl App {
    pub(super) fn open_search(&mut self) {
        let hint = self.last_search.as_ref().map(|s| s.query.clone());
        self.search = Some(SearchState { hint, ..SearchState::default() });
    }

    /// A frame went out: whatever comes next was typed after it was seen,
    /// so it is not part of a paste, however fast it follows.
    pub fn frame_drawn(&mut self) {
        if let Some(search) = &mut self.search {
            search.typed_at = None;
        }
    }

    /// Searches again for the open search line's query as it now stands
    /// (the index is built on the first search).
    fn refresh_search(&mut self) {
        let index = index(&mut self.index, &self.guide);
        if let Some(search) = &mut self.search {
            search.refresh(index);
        }
    }

    /// Pasted text typed into the open search line, searched once.
    pub(super) fn search_paste(&mut self, line: &str) {
        let Some(search) = &mut self.search else {
            return;
        };
        for c in line.chars() {
            search.query.insert(c);
        }
        search.typed_at = None;
        self.refresh_search();
    }

    /// Typing into the open search line; true when the key was taken.
    pub(super) fn search_typing(&mut self, event: &KeyEvent, now: Clock) -> bool {
        let Some(search) = &mut self.search else {
            return false;
        };
        let plain = !event.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let pasted = search.typed_at.is_some_and(|at| now.mono.saturating_duration_since(at) < PASTE_GAP);
        let c = match event.code {
            KeyCode::Char(c) if plain && !c.is_control() => c,
            KeyCode::Enter | KeyCode::Tab if pasted => ' ',
            KeyCode::Char('j') if pasted && event.modifiers == KeyModifiers::CONTROL => ' ',
            _ => return false,
        };
        search.query.insert(c);
        search.typed_at = Some(now.mono);
        self.refresh_search();
        true
    }

    pub(super) fn search_action(&mut self, action: Action) {
        let Some(search) = &mut self.search else {
            return;
        };
        search.typed_at = None;
        match action {
            Action::Down => search.selected = (search.selected + 1).min(search.hits.len().saturating_sub(1)),
            Action::Up if search.query.is_empty() => {
                if let Some(hint) = search.hint.clone() {
                    search.query.set(&hint);
                    self.refresh_search();
                }
            }
            Action::Up => search.selected = search.selected.saturating_sub(1),
            Action::Follow => {
                let search = self.search.take().unwrap_or_default();
                if let Some(hit) = search.hits.get(search.selected) {
                    let place = place_of(hit);
                    let matcher = index(&mut self.index, &self.guide).query(&search.query);
                    self.last_search = Some(LastSearch {
                        query: search.query.to_string(),
                        matcher,
                        current: search.selected,
                        hits: search.hits,
                        occurrence: 0,
                    });
                    self.go_to(place);
                    self.show_match();
                }
            }
            Action::Close => self.search = None,
            action => {
                if super::line_edit::edit(&mut search.query, action) {
                    self.refresh_search();
                }
            }
        }
    }

    /// n / N: the next or previous match in the text of the current hit,
    /// then the next or previous hit of the last search.
    pub(super) fn next_match(&mut self, forward: bool) {
        let here = self.matches_here();
        let Some(last) = &mut self.last_search else {
            let key = global_key(Global::Search);
            self.status = Some(self.guide.ui.search.no_search_yet.fill(&[("key", &key)]));
            return;
        };
        if last.hits.is_empty() {
            return;
        }
        let count = here.map_or(0, |(lines, _)| lines.len());
        let n = last.hits.len();
        if forward && last.occurrence + 1 < count {
            last.occurrence += 1;
        } else if !forward && last.occurrence > 0 && count > 0 {
            last.occurrence = (last.occurrence - 1).min(count - 1);
        } else {
            last.current = if forward { (last.current + 1) % n } else { (last.current + n - 1) % n };
            last.occurrence = 0;
            let place = place_of(&last.hits[last.current]);
            self.go_to(place);
            if !forward {
                // Backwards, a hit is entered at its last match.
                let count = self.matches_here().map_or(0, |(lines, _)| lines.len());
                if let Some(last) = &mut self.last_search {
                    last.occurrence = count.saturating_sub(1);
                }
            }
        }
        self.show_match();
    }

    /// The words of the open search overlay `search`.
    pub fn search_words(&self, search: &SearchState) -> SearchWords {
        let key = |action| key_label(Scope::Search, action);
        let keys =
            Keys { go: key(Action::Follow), cancel: key(Action::Close), up: key(Action::Up), down: key(Action::Down) };
        let found = Found {
            query: &search.query,
            shown: search.hits.len(),
            total: search.total,
            suggestions: &search.suggestions,
            last: search.hint.as_deref(),
        };
        crate::view::search::words(&self.guide.ui.search, keys, found)
    }

    /// The words to mark in the text, while a search is being walked.
    pub fn highlight(&self) -> Option<&Query> {
        self.last_search.as_ref().map(|s| &s.matcher)
    }

    /// Which marked match of the text on screen is the current one, when
    /// the screen shows the current hit.
    pub fn current_match(&self) -> Option<usize> {
        let last = self.last_search.as_ref()?;
        let hit = last.hits.get(last.current)?;
        let place = self.place();
        (place.tab == hit.target.tab && place.item == hit.target.item).then_some(last.occurrence)
    }

    /// The lines of the current hit's text holding a match, and how much
    /// the text holds and shows; None unless a topics entry of the current
    /// hit is on screen.
    pub fn matches_here(&self) -> Option<(Vec<usize>, Extent)> {
        self.current_match()?;
        if !matches!(self.tabs[self.tab], TabState::Topics(_)) {
            return None;
        }
        let pane = self.scroll_pane(self.tab)?;
        Some((match_lines(&pane.lines, self.theme), pane.extent()))
    }

    /// Scrolls the text so the current match shows, and says where we are.
    fn show_match(&mut self) {
        let here = self.matches_here();
        let Some(last) = &self.last_search else {
            return;
        };
        let n = last.hits.len();
        let hit = &last.hits[last.current];
        let ui = &self.guide.ui.search;
        let at = last.current + 1;
        let query = &last.query;
        let mut status = ui.result_status.fill(&[("at", &at), ("total", &n), ("query", query), ("title", &hit.title)]);
        if let Some((lines, extent)) = here.filter(|(lines, _)| !lines.is_empty()) {
            let k = last.occurrence.min(lines.len() - 1);
            status = ui.match_status.fill(&[
                ("match", &(k + 1)),
                ("matches", &lines.len()),
                ("at", &at),
                ("total", &n),
                ("query", query),
            ]);
            if let TabState::Topics(state) = &mut self.tabs[self.tab] {
                let top = scroll_to_show(state.scroll.top(), lines[k], extent.page, extent.last_top());
                state.scroll = Scroll::at(top);
            }
        }
        self.status = Some(status);
    }
}

/// The scroll that shows `line`: unchanged when it already shows, else
/// with the line a third of the way down the page.
pub fn scroll_to_show(scroll: usize, line: usize, page: usize, max: usize) -> usize {
    if line >= scroll && line < scroll + page {
        return scroll.min(max);
    }
    line.saturating_sub(page / 3).min(max)
}

/// The search index, built the first time it is needed.
fn index<'a>(slot: &'a mut Option<Index>, guide: &Guide) -> &'a Index {
    slot.get_or_insert_with(|| Index::new(guide))
}

fn place_of(hit: &Hit) -> Place {
    Place { tab: hit.target.tab, item: hit.target.item, scroll: 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolls_only_when_the_line_is_off_the_page() {
        assert_eq!(scroll_to_show(0, 5, 10, 50), 0, "already on the page");
        assert_eq!(scroll_to_show(0, 30, 9, 50), 27, "a third of the way down");
        assert_eq!(scroll_to_show(20, 3, 9, 50), 0, "above the page");
        assert_eq!(scroll_to_show(0, 45, 9, 40), 40, "never past the end");
        assert_eq!(scroll_to_show(0, 10, 10, 50), 7, "the line just below the page is not on it");
        assert_eq!(scroll_to_show(10, 10, 10, 50), 10, "the first line of the page is");
    }
}
