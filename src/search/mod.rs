//! Finding anything in the guide: every query word must start a word of the
//! item (case-, accent- and apostrophe-insensitive), best matches first.
//!
//! [`Index::new`] normalises every searchable text once; a search then only
//! compares words. No terminal code.

mod index;
mod normalize;
mod score;
mod snippet;

use std::ops::Range;

pub use normalize::{match_ranges, normalize};

use index::Item;
use normalize::query_words;
use score::score_item;
use snippet::snippet;

/// Where a hit leads: a tab, and an item within it (entry, routine, warning
/// sign; 0 for a hydration tab).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub tab: usize,
    pub item: usize,
}

/// The kind of text a hit was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The item's title, or a heading it sits under (tab title, triage level,
    /// hydration amount label).
    Title,
    Summary,
    Body,
    Synonym,
    Source,
    Question,
    Why,
    Step,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub tab_title: String,
    /// The item's title (a warning sign's question; the tab title for a
    /// hydration tab).
    pub title: String,
    /// The field the snippet comes from.
    pub field: Field,
    /// A short piece of that field around the first match.
    pub snippet: String,
    /// Byte ranges in `snippet` of the matched parts of words.
    pub ranges: Vec<Range<usize>>,
    pub score: u32,
}

/// The normalised text of every searchable item of a guide.
#[derive(Debug, Clone)]
pub struct Index {
    items: Vec<Item>,
}

impl Index {
    /// The items matching every word of `query`, best first, at most `limit`.
    /// One hit per item, shown in its best field.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let words = query_words(query);
        if words.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut hits: Vec<(u32, usize, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(n, item)| score_item(item, &words).map(|(score, text)| (score, n, text)))
            .collect();
        // Best score first; equal scores keep the guide's order.
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.truncate(limit);
        hits.into_iter()
            .map(|(score, n, t)| {
                let item = &self.items[n];
                let text = &item.texts[t];
                let (snippet, ranges) = snippet(text, &words);
                Hit {
                    target: item.target,
                    tab_title: item.tab_title.clone(),
                    title: item.title.clone(),
                    field: text.field,
                    snippet,
                    ranges,
                    score,
                }
            })
            .collect()
    }
}
