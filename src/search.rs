//! Finding anything in the guide: every query word must start a word of the
//! item (case-, accent- and apostrophe-insensitive), best matches first.
//!
//! [`Index::new`] normalises every searchable text once; a search then only
//! compares words. No terminal code.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::guide::Guide;
use crate::guide::markup::parse_blocks;
use crate::guide::model::{Source, StepKind, TabBody};

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

/// Query words beyond this many are ignored.
const MAX_QUERY_WORDS: usize = 16;
/// Only this much of a query is read.
const MAX_QUERY_BYTES: usize = 1024;
/// A snippet is at most this many characters, ellipses included.
const SNIPPET_CHARS: usize = 80;
/// Characters of context kept before the first match in a cut snippet.
const SNIPPET_LEAD: usize = 24;
const ELLIPSIS: &str = "…";

/// The normalised text of every searchable item of a guide.
#[derive(Debug, Clone)]
pub struct Index {
    items: Vec<Item>,
}

#[derive(Debug, Clone)]
struct Item {
    target: Target,
    tab_title: String,
    title: String,
    texts: Vec<Text>,
}

/// One searchable text of an item.
#[derive(Debug, Clone)]
struct Text {
    field: Field,
    weight: u32,
    /// The text as shown in snippets: whitespace collapsed.
    display: String,
    norm: Normalized,
}

/// Field weights: title > synonym > summary > question > body.
const W_TITLE: u32 = 1000;
const W_LABEL: u32 = 800;
const W_SYNONYM: u32 = 700;
const W_SUMMARY: u32 = 500;
const W_QUESTION: u32 = 450;
const W_STEP: u32 = 320;
const W_HEADING: u32 = 300;
const W_WHY: u32 = 280;
const W_BODY: u32 = 250;
const W_SOURCE: u32 = 100;

/// Bonuses on top of the field weight.
const B_WHOLE_WORD: u32 = 60;
const B_POSITION: u32 = 40;
const B_PHRASE: u32 = 100;
const B_EXACT: u32 = 150;

impl Item {
    fn new(target: Target, tab_title: &str, title: &str) -> Item {
        Item { target, tab_title: tab_title.to_string(), title: title.to_string(), texts: Vec::new() }
    }

    fn add(&mut self, field: Field, weight: u32, text: &str) {
        let display = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if display.is_empty() {
            return;
        }
        let norm = Normalized::new(&display);
        self.texts.push(Text { field, weight, display, norm });
    }

    fn add_all<'a>(&mut self, field: Field, weight: u32, texts: impl IntoIterator<Item = &'a String>) {
        for t in texts {
            self.add(field, weight, t);
        }
    }

    fn add_sources(&mut self, sources: &[Source]) {
        self.add_all(Field::Source, W_SOURCE, sources.iter().map(|s| &s.title));
    }
}

impl Index {
    /// Normalises every searchable text of `guide`.
    pub fn new(guide: &Guide) -> Index {
        let mut items = Vec::new();
        for (t, tab) in guide.tabs.iter().enumerate() {
            let new_item = |item: usize, title: &str| {
                let mut it = Item::new(Target { tab: t, item }, &tab.title, title);
                it.add(Field::Title, W_HEADING, &tab.title);
                it
            };
            match &tab.body {
                TabBody::Topics(entries) => {
                    for (i, e) in entries.iter().enumerate() {
                        let mut it = new_item(i, &e.title);
                        it.add(Field::Title, W_TITLE, &e.title);
                        it.add_all(Field::Synonym, W_SYNONYM, &e.synonyms);
                        it.add(Field::Summary, W_SUMMARY, &e.summary);
                        let body: Vec<String> = parse_blocks(&e.body).iter().map(|b| b.text().to_string()).collect();
                        it.add(Field::Body, W_BODY, &body.join(" · "));
                        it.add_sources(&e.sources);
                        items.push(it);
                    }
                }
                TabBody::Coach(routines) => {
                    for (i, r) in routines.iter().enumerate() {
                        let mut it = new_item(i, &r.title);
                        it.add(Field::Title, W_TITLE, &r.title);
                        it.add_all(Field::Synonym, W_SYNONYM, &r.synonyms);
                        it.add(Field::Summary, W_SUMMARY, &r.description);
                        it.add_all(Field::Body, W_BODY, &r.cautions);
                        for step in &r.steps {
                            it.add(Field::Step, W_STEP, &step.title);
                            match &step.kind {
                                StepKind::Hold { say, .. } => it.add(Field::Step, W_STEP, say),
                                StepKind::Breathe { phases, .. } => {
                                    it.add_all(Field::Step, W_STEP, phases.iter().map(|p| &p.say))
                                }
                            }
                        }
                        it.add_sources(&r.sources);
                        items.push(it);
                    }
                }
                TabBody::Triage(triage) => {
                    for (i, s) in triage.signs.iter().enumerate() {
                        let mut it = new_item(i, &s.question);
                        it.add(Field::Question, W_QUESTION, &s.question);
                        it.add_all(Field::Synonym, W_SYNONYM, &s.synonyms);
                        if let Some(level) = triage.levels.iter().find(|l| l.id == s.level) {
                            it.add(Field::Title, W_HEADING, &level.title);
                        }
                        it.add(Field::Why, W_WHY, &s.why);
                        it.add_sources(&s.sources);
                        items.push(it);
                    }
                }
                TabBody::Hydration(plan) => {
                    let mut it = new_item(0, &tab.title);
                    it.add(Field::Title, W_TITLE, &tab.title);
                    it.add_all(Field::Title, W_LABEL, plan.amounts.iter().map(|a| &a.label));
                    it.add_all(Field::Body, W_BODY, tab.intro.iter());
                    for a in &plan.amounts {
                        it.add(Field::Body, W_BODY, &a.when);
                        it.add_all(Field::Body, W_BODY, a.note.iter());
                    }
                    it.add(Field::Body, W_BODY, &plan.caution);
                    it.add_sources(&plan.sources);
                    items.push(it);
                }
            }
        }
        Index { items }
    }

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

/// Scores an item: `None` unless every query word matches one of its texts.
/// Returns the score and the index of the text to show.
fn score_item(item: &Item, words: &[String]) -> Option<(u32, usize)> {
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

/// A piece of `text` of at most [`SNIPPET_CHARS`] characters around its first
/// match, with the byte ranges of the matches inside it.
fn snippet(text: &Text, words: &[String]) -> (String, Vec<Range<usize>>) {
    let display = &text.display;
    let matches = text.norm.matches(words);
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

/// Byte ranges in `text` of the parts of words that match a word of `query`
/// (case-, accent- and apostrophe-insensitive prefix match), in order.
pub fn match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    let words = query_words(query);
    if words.is_empty() {
        return Vec::new();
    }
    Normalized::new(text).matches(&words)
}

/// Lowercase, accents removed, apostrophes dropped, any other character that
/// is not a letter or digit turned into a space; runs of spaces collapsed and
/// the ends trimmed. `normalize("Parkinson's CAFÉ!") == "parkinsons cafe"`.
pub fn normalize(s: &str) -> String {
    let n = Normalized::new(s);
    let words: Vec<&str> = (0..n.words.len()).map(|i| n.word(i)).collect();
    words.join(" ")
}

/// The normalised words of a query, at most [`MAX_QUERY_WORDS`].
fn query_words(query: &str) -> Vec<String> {
    let mut cut = query.len().min(MAX_QUERY_BYTES);
    while !query.is_char_boundary(cut) {
        cut -= 1;
    }
    let n = Normalized::new(&query[..cut]);
    (0..n.words.len().min(MAX_QUERY_WORDS)).map(|i| n.word(i).to_string()).collect()
}

/// A normalised text that remembers where each byte came from.
#[derive(Debug, Clone)]
struct Normalized {
    text: String,
    /// For each byte of `text`, the byte range of the original character it
    /// came from (with any combining marks that followed it).
    origin: Vec<Range<usize>>,
    /// Byte ranges of the words of `text`.
    words: Vec<Range<usize>>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | 'ʹ' | '′')
}

impl Normalized {
    fn new(s: &str) -> Normalized {
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
            for d in c.to_lowercase().nfd() {
                if is_combining_mark(d) {
                    continue;
                }
                text.push(if d.is_alphanumeric() { d } else { ' ' });
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

    fn word(&self, i: usize) -> &str {
        &self.text[self.words[i].clone()]
    }

    /// The original byte range of normalised bytes `r` (non-empty).
    fn original(&self, r: Range<usize>) -> Range<usize> {
        self.origin[r.start].start..self.origin[r.end - 1].end
    }

    /// Original byte ranges of the parts of words matching a query word (the
    /// longest one when several do), in order.
    fn matches(&self, words: &[String]) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        for w in &self.words {
            let word = &self.text[w.clone()];
            let Some(len) = words.iter().filter(|q| word.starts_with(q.as_str())).map(|q| q.len()).max() else {
                continue;
            };
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
    fn a_lone_combining_mark_stays_with_its_letter() {
        let text = "cafe\u{301} noir";
        let r = match_ranges(text, "cafe");
        assert_eq!(&text[r[0].clone()], "cafe\u{301}");
    }
}
