//! The snippet shown with a hit: a short piece of a text around its first
//! match, cut at words, with the matches marked.

use std::ops::Range;

use super::index::Text;
use super::rank::Matches;

/// A snippet is at most this many characters, ellipses included.
const SNIPPET_CHARS: usize = 80;
/// Characters of context kept before the first match in a cut snippet.
const SNIPPET_LEAD: usize = 24;
const ELLIPSIS: &str = "…";

/// A piece of `text` of at most [`SNIPPET_CHARS`] characters around its first
/// match, with the byte ranges of the matches inside it.
pub(super) fn snippet(text: &Text, m: &Matches) -> (String, Vec<Range<usize>>) {
    let display = &text.display;
    let matches = text.norm.matches(|i, w| m.marked_len(text.terms[i], w.len()));
    let first = matches.first().map_or(0, |r| r.start);
    let total_chars = display.chars().count();
    let (start, end) = if total_chars <= SNIPPET_CHARS {
        (0, display.len())
    } else {
        window(display, first, matches.first().map_or(0, |r| r.end))
    };
    let mut out = String::new();
    if start > 0 {
        out.push_str(ELLIPSIS);
    }
    let shift = out.len();
    out.push_str(&display[start..end]);
    if end < display.len() {
        out.push_str(ELLIPSIS);
    }
    let ranges = matches
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + shift..r.end - start + shift)
        .collect();
    (out, ranges)
}

/// Byte bounds of a window of `display` holding the match `first..first_end`.
fn window(display: &str, first: usize, first_end: usize) -> (usize, usize) {
    let chars: Vec<(usize, char)> = display.char_indices().collect();
    let at = chars.partition_point(|&(b, _)| b < first);
    let mut start = at.saturating_sub(SNIPPET_LEAD);
    if start > 0 {
        // Begin at a word: just after the first space before the match.
        if let Some(sp) = (start..at).find(|&i| chars[i].1 == ' ') {
            start = sp + 1;
        }
    }
    let room = SNIPPET_CHARS - if start > 0 { 1 } else { 0 };
    let mut end = (start + room).min(chars.len());
    if end < chars.len() {
        end -= 1; // room for the closing ellipsis
        // End at a word: at the last space after the match, if any.
        let match_end = chars.partition_point(|&(b, _)| b < first_end);
        if let Some(sp) = (match_end..end).rev().find(|&i| chars[i].1 == ' ') {
            end = sp;
        }
    }
    let byte = |i: usize| chars.get(i).map_or(display.len(), |c| c.0);
    (byte(start), byte(end))
}
