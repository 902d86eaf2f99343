//! Scoring an item against the query words: the best match of each word,
//! plus bonuses for whole words, early words and phrases.

use super::index::{Item, Text};

/// Bonuses on top of the field weight.
const B_WHOLE_WORD: u32 = 60;
const B_POSITION: u32 = 40;
const B_PHRASE: u32 = 100;
const B_EXACT: u32 = 150;

/// Scores an item: `None` unless every query word matches one of its texts.
/// Returns the score and the index of the text to show.
pub(super) fn score_item(item: &Item, words: &[String]) -> Option<(u32, usize)> {
    let mut total = 0u32;
    // Per text: how many query words it matches, and their summed scores.
    let mut per_text = vec![(0u32, 0u32); item.texts.len()];
    for word in words {
        let mut best = 0u32;
        for (t, text) in item.texts.iter().enumerate() {
            if let Some(s) = word_score(text, word) {
                per_text[t].0 += 1;
                per_text[t].1 += s;
                best = best.max(s);
            }
        }
        if best == 0 {
            return None;
        }
        total = total.saturating_add(best);
    }
    let bonus = item.texts.iter().map(|t| phrase_bonus(t, words)).max().unwrap_or(0);
    let shown = (0..item.texts.len()).max_by(|&a, &b| per_text[a].cmp(&per_text[b]).then(b.cmp(&a)))?;
    Some((total.saturating_add(bonus), shown))
}

/// The score of `word`'s best match in `text`: a whole word beats a prefix,
/// an earlier word beats a later one.
fn word_score(text: &Text, word: &str) -> Option<u32> {
    let n = &text.norm;
    let mut best: Option<u32> = None;
    for (i, w) in n.words.iter().enumerate() {
        let w = &n.text[w.clone()];
        if !w.starts_with(word) {
            continue;
        }
        let whole = if w.len() == word.len() { B_WHOLE_WORD } else { 0 };
        let position = B_POSITION.saturating_sub(i as u32);
        let s = text.weight + whole + position;
        best = best.max(Some(s));
        if whole > 0 {
            break;
        }
    }
    best
}

/// A bonus when the query words appear in a row in `text`, and more when they
/// are all of it (a synonym typed in full).
fn phrase_bonus(text: &Text, words: &[String]) -> u32 {
    if words.len() < 2 {
        return if text.norm.words.len() == 1 && text.norm.word(0) == words[0] { B_EXACT } else { 0 };
    }
    let n = &text.norm;
    let count = n.words.len();
    if count < words.len() {
        return 0;
    }
    for start in 0..=count - words.len() {
        if words.iter().enumerate().all(|(k, q)| n.word(start + k).starts_with(q.as_str())) {
            let exact = count == words.len() && words.iter().enumerate().all(|(k, q)| n.word(k) == q);
            return B_PHRASE + if exact { B_EXACT } else { 0 };
        }
    }
    0
}
