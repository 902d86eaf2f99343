//! Ranking: what an item's matches are worth. The whole policy is the
//! [`POINTS`] table and the order of the fields of [`Rank`].

use super::index::{Class, Item, Vocab};
use super::query::Kind;

/// The points one query word earns in an item, for its best match there:
/// rows by how it matched (whole word, prefix, typo), columns by where
/// (the order of [`Class`]). Every whole-word match is worth more than any
/// prefix match, and every prefix match more than any typo.
pub(super) const POINTS: [[u32; 6]; 3] = [
    // title synonym summary body heading source
    [100, 95, 90, 85, 82, 80], // whole word (or same stem)
    [70, 65, 60, 55, 52, 50],  // prefix
    [40, 35, 30, 25, 22, 20],  // typo
];

pub(super) fn points(kind: Kind, class: Class) -> u32 {
    let row = match kind {
        Kind::Whole => 0,
        Kind::Prefix => 1,
        Kind::Typo => 2,
    };
    POINTS[row][class as usize]
}

/// How good an item is for a query; compared field by field, so the first
/// field decides unless it ties.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    /// Meaningful query words the item covers: more beats fewer.
    pub covered: usize,
    /// Each covered word's best [`POINTS`], summed.
    pub points: u32,
    /// 2 when a text is exactly the query words (a synonym typed in full),
    /// 1 when the query words stand in a row in a text.
    pub phrase: u8,
    /// Texts of the item that match at all.
    pub breadth: usize,
}

/// Which kind of match each query word has with each vocabulary term:
/// `kinds[word][term]`, and whether a term matches any word.
pub(super) struct Matches {
    pub(super) kinds: Vec<Vec<Option<Kind>>>,
    pub(super) any: Vec<bool>,
    /// The byte length of each query word.
    lens: Vec<usize>,
}

impl Matches {
    pub(super) fn new(vocab: &Vocab, query: &super::Query) -> Matches {
        let kinds: Vec<Vec<Option<Kind>>> =
            query.words.iter().map(|q| vocab.terms.iter().map(|t| q.kind(t)).collect()).collect();
        let any = (0..vocab.terms.len()).map(|t| kinds.iter().any(|k| k[t].is_some())).collect();
        let lens = query.words.iter().map(|q| q.word.text.len()).collect();
        Matches { kinds, any, lens }
    }

    /// How many bytes of a word (term number `term`, `len` bytes) to mark:
    /// all of it, or the longest prefix typed.
    pub(super) fn marked_len(&self, term: usize, len: usize) -> Option<usize> {
        if !self.any[term] {
            return None;
        }
        self.kinds
            .iter()
            .zip(&self.lens)
            .filter_map(|(k, &q)| k[term].map(|kind| if kind == Kind::Prefix { q } else { len }))
            .max()
    }
}

/// Ranks an item: `None` when it covers none of the query words. Also
/// returns the index of the text to show: the one matching the most words.
pub(super) fn rank_item(item: &Item, m: &Matches) -> Option<(Rank, usize)> {
    let n = m.kinds.len();
    let mut best = vec![0u32; n];
    let mut shown = (0usize, 0u32, 0usize);
    let mut rank = Rank::default();
    for (t, text) in item.texts.iter().enumerate() {
        let mut here = vec![0u32; n];
        for &term in &text.terms {
            if !m.any[term] {
                continue;
            }
            for (i, kinds) in m.kinds.iter().enumerate() {
                if let Some(kind) = kinds[term] {
                    here[i] = here[i].max(points(kind, text.class));
                }
            }
        }
        let count = here.iter().filter(|&&p| p > 0).count();
        if count == 0 {
            continue;
        }
        rank.breadth += 1;
        let sum = here.iter().sum();
        if (count, sum) > (shown.0, shown.1) {
            shown = (count, sum, t);
        }
        for (b, h) in best.iter_mut().zip(&here) {
            *b = (*b).max(*h);
        }
        if n > 1 {
            rank.phrase = rank.phrase.max(phrase(&text.terms, m));
        }
    }
    rank.covered = best.iter().filter(|&&p| p > 0).count();
    rank.points = best.iter().sum();
    (rank.covered > 0).then_some((rank, shown.2))
}

/// 2 when `terms` are exactly the query words as whole words, 1 when the
/// query words match a run of them in order, else 0.
fn phrase(terms: &[usize], m: &Matches) -> u8 {
    let n = m.kinds.len();
    if terms.len() < n {
        return 0;
    }
    let whole = terms.len() == n && m.kinds.iter().zip(terms).all(|(k, &t)| k[t] == Some(Kind::Whole));
    if whole {
        return 2;
    }
    let run = (0..=terms.len() - n).any(|s| m.kinds.iter().zip(&terms[s..]).all(|(k, &t)| k[t].is_some()));
    u8::from(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_outranks_the_next_wherever_it_is_found() {
        let classes = [Class::Title, Class::Synonym, Class::Summary, Class::Body, Class::Heading, Class::Source];
        let kinds = [Kind::Whole, Kind::Prefix, Kind::Typo];
        for pair in kinds.windows(2) {
            let worst_better = classes.iter().map(|&c| points(pair[0], c)).min().unwrap();
            let best_worse = classes.iter().map(|&c| points(pair[1], c)).max().unwrap();
            assert!(worst_better > best_worse, "{:?} over {:?}", pair[0], pair[1]);
        }
        for kind in kinds {
            let row: Vec<u32> = classes.iter().map(|&c| points(kind, c)).collect();
            assert!(row.windows(2).all(|w| w[0] > w[1]), "{kind:?}: {row:?} falls from title to source");
        }
    }

    #[test]
    fn coverage_comes_before_points_and_points_before_phrase() {
        let more = Rank { covered: 2, points: 50, phrase: 0, breadth: 1 };
        let fewer = Rank { covered: 1, points: 100, phrase: 2, breadth: 9 };
        assert!(more > fewer);
        let richer = Rank { covered: 1, points: 90, phrase: 0, breadth: 1 };
        let poorer = Rank { covered: 1, points: 85, phrase: 2, breadth: 9 };
        assert!(richer > poorer);
        let phrase = Rank { covered: 2, points: 90, phrase: 1, breadth: 1 };
        let apart = Rank { covered: 2, points: 90, phrase: 0, breadth: 5 };
        assert!(phrase > apart);
    }
}
