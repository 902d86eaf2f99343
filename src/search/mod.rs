//! Finding anything in the guide, forgiving a tired typist: a query word
//! matches a guide word with the same stem ("cramps", "cramping"), a word it
//! begins (while typing), or a word within a typing mistake or two
//! ("magnesum"); words such as "my", "at" or "after" are left out, and items
//! are ranked by how many of the remaining words they cover (see [`Rank`]).
//! Case, accents and apostrophes never matter.
//!
//! [`Index::new`] normalises every searchable text once and numbers the
//! guide's words; a search then compares the query with each distinct word
//! once. No terminal code.

mod index;
mod normalize;
mod query;
mod rank;
mod snippet;

use std::ops::Range;

pub use normalize::normalize;
pub use query::{Kind, Language, Query, Stemming, edits_allowed, match_ranges};
pub use rank::Rank;

use index::{Item, Vocab};
use rank::{Matches, rank_item};
use snippet::snippet;

/// Words offered by "did you mean" at most.
const SUGGESTIONS: usize = 3;

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
    pub rank: Rank,
}

/// The normalised text of every searchable item of a guide.
#[derive(Debug, Clone)]
pub struct Index {
    items: Vec<Item>,
    vocab: Vocab,
    /// The guide's language: its stemming and stop words.
    language: Language,
}

impl Index {
    /// `query` made ready for this guide: a word the guide has is taken as
    /// spelt on purpose and forgives no mistakes.
    pub fn query(&self, query: &str) -> Query {
        Query::with_known(query, &self.language, |w| self.vocab.knows(w))
    }

    /// The items matching `query`, best first, at most `limit`; one hit per
    /// item, shown in its best field. An item must cover at least half of
    /// the meaningful query words.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.search_query(&self.query(query), limit)
    }

    /// [`Index::search`] for a query already made ready.
    pub fn search_query(&self, query: &Query, limit: usize) -> Vec<Hit> {
        self.search_counted(query, limit).0
    }

    /// [`Index::search_query`], with how many items matched in all (more
    /// than `limit` when the list was cut).
    pub fn search_counted(&self, query: &Query, limit: usize) -> (Vec<Hit>, usize) {
        if query.is_empty() || limit == 0 {
            return (Vec::new(), 0);
        }
        let m = Matches::new(&self.vocab, query);
        let needed = query.words.len().div_ceil(2);
        let mut hits: Vec<(Rank, usize, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(n, item)| rank_item(item, &m).map(|(rank, text)| (rank, n, text)))
            .filter(|(rank, _, _)| rank.covered >= needed)
            .collect();
        // Best first; equal ranks keep the guide's order.
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let total = hits.len();
        hits.truncate(limit);
        let hits = hits
            .into_iter()
            .map(|(rank, n, t)| {
                let item = &self.items[n];
                let text = &item.texts[t];
                let (snippet, ranges) = snippet(text, &m);
                Hit {
                    target: item.target,
                    tab_title: item.tab_title.clone(),
                    title: item.title.clone(),
                    field: text.field,
                    snippet,
                    ranges,
                    rank,
                }
            })
            .collect();
        (hits, total)
    }

    /// "Did you mean": the guide words nearest to the query's words, for
    /// when nothing matches. Only words a few edits away count (at most
    /// three, and at most half the word), nearest first, then the most used.
    pub fn suggest(&self, query: &str) -> Vec<String> {
        let query = Query::with_known(query, &self.language, |_| false);
        let mut near: Vec<(usize, std::cmp::Reverse<u32>, &str)> = Vec::new();
        for q in &query.words {
            let word = &q.word;
            // Near enough to be a slip: one edit in a short word, two up to
            // eight letters, three beyond ("quinine" is not "urine").
            let limit = match word.chars {
                0..=4 => 1,
                5..=8 => 2,
                _ => 3,
            };
            for (t, term) in self.vocab.terms.iter().enumerate() {
                if term.chars < 3 || term.chars.abs_diff(word.chars) > limit || term.text == word.text {
                    continue;
                }
                let d = strsim::osa_distance(&word.text, &term.text);
                if d <= limit {
                    near.push((d, std::cmp::Reverse(self.vocab.counts[t]), &term.text));
                }
            }
        }
        near.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, _, w) in near {
            if !out.iter().any(|o| o == w) {
                out.push(w.to_string());
            }
            if out.len() == SUGGESTIONS {
                break;
            }
        }
        out
    }
}
