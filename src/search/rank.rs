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
    /// How well they match, by kind and by whether the words name the item
    /// or are only in its text (see [`strength`], summed): items that match
    /// about equally well tie here, and the more urgent warning sign goes
    /// first.
    pub strength: u32,
    /// Every covered word is in the item's title: a topic named by the
    /// words typed ("statins", "Parkinson's") stays ahead of signs that
    /// mention them.
    pub titled: bool,
    /// A warning sign whose question or everyday words match: its level's
    /// urgency (most urgent highest), so symptoms typed find the most urgent
    /// matching sign first, ahead of topic entries. 0 for anything else.
    pub urgency: u32,
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

/// The weight of one word's best match in [`Rank::strength`]: by kind
/// (whole word, prefix, typo), and within a kind whether it names the item
/// (title, everyday words, summary or question) or is only in its text.
fn strength(points: u32) -> u32 {
    // Read back from the points: every row of the table is above the next,
    // and within a row the naming fields come first.
    for (row, weight) in POINTS.iter().zip([7, 5, 3]) {
        if points >= row[2] {
            return weight;
        }
        if points >= row[5] {
            return weight - 1;
        }
    }
    0
}

/// Ranks an item: `None` when it covers none of the query words. Also
/// returns the index of the text to show: the one matching the most words.
pub(super) fn rank_item(item: &Item, m: &Matches) -> Option<(Rank, usize)> {
    let n = m.kinds.len();
    let mut best = vec![0u32; n];
    let mut shown = (0usize, 0u32, 0usize);
    let mut rank = Rank::default();
    let mut symptom = false;
    let mut titled = vec![false; n];
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
        symptom |= matches!(text.class, Class::Summary | Class::Synonym);
        if text.class == Class::Title {
            for (t, h) in titled.iter_mut().zip(&here) {
                *t |= *h > 0;
            }
        }
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
    rank.strength = best.iter().map(|&p| strength(p)).sum();
    rank.urgency = if symptom { item.urgency } else { 0 };
    rank.titled = best.iter().zip(&titled).all(|(&b, &t)| b == 0 || t);
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
        let r = |covered, points, phrase, breadth| Rank { covered, points, phrase, breadth, ..Rank::default() };
        assert!(r(2, 50, 0, 1) > r(1, 100, 2, 9));
        assert!(r(1, 90, 0, 1) > r(1, 85, 2, 9));
        assert!(r(2, 90, 1, 1) > r(2, 90, 0, 5));
    }

    #[test]
    fn among_equally_good_matches_the_more_urgent_sign_leads() {
        let whole = |urgency, points| Rank { covered: 1, strength: 7, urgency, points, ..Rank::default() };
        assert!(whole(3, 90) > whole(2, 95), "more urgent beats a better naming field");
        assert!(whole(1, 90) > whole(0, 100), "a sign's question beats a topic's title (not all of it typed)");
        assert!(Rank { strength: 6, ..whole(0, 85) } < whole(1, 90), "a word named beats one in the text");
        let typo_sign = Rank { covered: 1, strength: 3, urgency: 4, points: 30, ..Rank::default() };
        assert!(whole(0, 85) > typo_sign, "a whole word still beats a typo, however urgent");
        let titled_topic = Rank { titled: true, ..whole(0, 100) };
        assert!(titled_topic > whole(4, 95), "a topic named by the word typed stays first");
        let tiers: Vec<u32> = [100, 90, 85, 80, 70, 60, 55, 50, 40, 30, 25, 20, 0].map(strength).to_vec();
        assert_eq!(tiers, [7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 0]);
    }
}
