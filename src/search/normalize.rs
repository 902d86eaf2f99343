//! Normalising text for matching (case, accents, apostrophes, punctuation),
//! while remembering where each normalised byte came from.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Query words beyond this many are ignored.
const MAX_QUERY_WORDS: usize = 16;
/// Only this much of a query is read.
const MAX_QUERY_BYTES: usize = 1024;

/// Lowercase, accents removed, apostrophes dropped, any other character that
/// is not a letter or digit turned into a space; runs of spaces collapsed and
/// the ends trimmed. `normalize("Parkinson's CAFÉ!") == "parkinsons cafe"`.
pub fn normalize(s: &str) -> String {
    let n = Normalized::new(s);
    let words: Vec<&str> = (0..n.words.len()).map(|i| n.word(i)).collect();
    words.join(" ")
}

/// The normalised words of a query, at most [`MAX_QUERY_WORDS`].
#[cfg(test)]
fn query_words(query: &str) -> Vec<String> {
    query_words_with_originals(query).into_iter().map(|(w, _)| w).collect()
}

/// The normalised words of a query with the text each came from (accents
/// kept), at most [`MAX_QUERY_WORDS`].
pub(super) fn query_words_with_originals(query: &str) -> Vec<(String, String)> {
    let mut cut = query.len().min(MAX_QUERY_BYTES);
    while !query.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &query[..cut];
    let n = Normalized::new(head);
    (0..n.words.len().min(MAX_QUERY_WORDS))
        .map(|i| (n.word(i).to_string(), head[n.original_of(i)].to_string()))
        .collect()
}

/// A normalised text that remembers where each byte came from.
#[derive(Debug, Clone)]
pub(super) struct Normalized {
    pub(super) text: String,
    /// For each byte of `text`, the byte range of the original character it
    /// came from (with any combining marks that followed it).
    origin: Vec<Range<usize>>,
    /// Byte ranges of the words of `text`.
    pub(super) words: Vec<Range<usize>>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | 'ʹ' | '′')
}

/// One step of folding a character: lower case, decomposed, without
/// combining marks or apostrophes, anything but a letter or digit a space.
fn fold_once(chars: &[char]) -> Vec<char> {
    chars
        .iter()
        .flat_map(|c| c.to_lowercase())
        .flat_map(|c| std::iter::once(c).nfd())
        .filter(|&d| !is_combining_mark(d) && !is_apostrophe(d))
        .map(|d| if d.is_alphanumeric() { d } else { ' ' })
        .collect()
}

/// What a character becomes in a normalised text: folded until folding
/// changes nothing more, so normalising twice is normalising once (U+0374
/// decomposes to U+02B9, itself an apostrophe).
fn fold(c: char) -> Vec<char> {
    let mut now = fold_once(&[c]);
    // Two rounds reach the fixed point for every character (a test walks
    // them all); the bound keeps a surprise from looping.
    for _ in 0..4 {
        let next = fold_once(&now);
        if next == now {
            break;
        }
        now = next;
    }
    now
}

impl Normalized {
    pub(super) fn new(s: &str) -> Normalized {
        let mut text = String::with_capacity(s.len());
        let mut origin: Vec<Range<usize>> = Vec::with_capacity(s.len());
        // Bytes of `text` produced by the last character that produced any.
        let mut last = 0..0;
        for (i, c) in s.char_indices() {
            let end = i + c.len_utf8();
            if is_apostrophe(c) {
                continue;
            }
            let before = text.len();
            for d in fold(c) {
                text.push(d);
                origin.resize(text.len(), i..end);
            }
            if text.len() > before {
                last = before..text.len();
            } else if is_combining_mark(c) {
                // A lone combining mark belongs to the letter before it.
                for o in &mut origin[last.clone()] {
                    o.end = end;
                }
            }
        }
        let mut words = Vec::new();
        let mut start = None;
        for (i, b) in text.bytes().enumerate() {
            match (b == b' ', start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    words.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push(s..text.len());
        }
        Normalized { text, origin, words }
    }

    pub(super) fn word(&self, i: usize) -> &str {
        &self.text[self.words[i].clone()]
    }

    /// The byte range in the original text that word `i` came from.
    pub(super) fn original_of(&self, i: usize) -> Range<usize> {
        self.original(self.words[i].clone())
    }

    /// The original byte range of normalised bytes `r` (non-empty).
    fn original(&self, r: Range<usize>) -> Range<usize> {
        self.origin[r.start].start..self.origin[r.end - 1].end
    }

    /// Original byte ranges of the matched parts of words, in order.
    /// `matched` gives, for a normalised word and its number, how many of
    /// its bytes match from its start (none: no match).
    pub(super) fn matches(&self, matched: impl Fn(usize, &str) -> Option<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        for (i, w) in self.words.iter().enumerate() {
            let Some(len) = matched(i, &self.text[w.clone()]).filter(|&len| len > 0) else {
                continue;
            };
            let len = len.min(w.len());
            let r = self.original(w.start..w.start + len);
            // Two normalised words can share one original character.
            match out.last_mut() {
                Some(prev) if r.start < prev.end => prev.end = prev.end.max(r.end),
                _ => out.push(r),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ranges of the parts of words that start with one of `query`'s words.
    fn match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
        let words = query_words(query);
        Normalized::new(text).matches(|_, w| words.iter().filter(|q| w.starts_with(q.as_str())).map(|q| q.len()).max())
    }

    #[test]
    fn normalizes_case_accents_and_punctuation() {
        assert_eq!(normalize("CAFÉ"), "cafe");
        assert_eq!(normalize("Parkinson's disease (PD)"), "parkinsons disease pd");
        assert_eq!(normalize("  sodium-potassium  "), "sodium potassium");
        assert_eq!(normalize("e\u{301}te\u{301}"), "ete");
    }

    #[test]
    fn match_ranges_point_into_the_original() {
        let text = "Le CAFÉ au lait";
        let r = match_ranges(text, "cafe");
        assert_eq!(r.len(), 1);
        assert_eq!(&text[r[0].clone()], "CAFÉ");
        let text = "Parkinson's disease";
        let r = match_ranges(text, "parkinsons dis");
        assert_eq!(&text[r[0].clone()], "Parkinson's");
        assert_eq!(&text[r[1].clone()], "dis");
    }

    #[test]
    fn every_character_normalises_the_same_twice() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let once = normalize(&c.to_string());
            assert_eq!(normalize(&once), once, "U+{:04X}", c as u32);
        }
        assert_eq!(normalize("a\u{374}b"), "ab", "U+0374 decomposes to a prime, dropped like an apostrophe");
    }

    #[test]
    fn a_lone_combining_mark_stays_with_its_letter() {
        let text = "cafe\u{301} noir";
        let r = match_ranges(text, "cafe");
        assert_eq!(&text[r[0].clone()], "cafe\u{301}");
    }
}
