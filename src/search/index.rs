//! Building the [`Index`]: every searchable text of the guide, normalised
//! once, with the class of the field it comes from, and the vocabulary:
//! every distinct word of the guide with its stem, which each text refers to
//! by number.

use std::collections::{HashMap, HashSet};

use super::normalize::Normalized;
use super::query::{Language, Stemming, Word};
use super::{Field, Index, Target};
use crate::guide::Guide;
use crate::guide::markup::parse_blocks;
use crate::guide::model::{Source, StepKind, TabBody};

#[derive(Debug, Clone)]
pub(super) struct Item {
    pub(super) target: Target,
    pub(super) tab_title: String,
    pub(super) title: String,
    pub(super) texts: Vec<Text>,
    /// For a warning sign of the more urgent half of its check's levels
    /// (with the usual four: call now, get seen today), how urgent: the
    /// most urgent level has the highest number. 0 otherwise: such signs
    /// and topics rank by how well they match.
    pub(super) urgency: u32,
}

/// Where in an item a word was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Class {
    /// An entry's or routine's title, a water-plan label.
    Title,
    /// The everyday words an item lists for search.
    Synonym,
    /// A summary, a routine's description, a warning sign's question.
    Summary,
    /// The text: body, steps, cautions, "why it matters".
    Body,
    /// The tab or advice level an item sits under.
    Heading,
    /// The title of a source.
    Source,
}

/// One searchable text of an item.
#[derive(Debug, Clone)]
pub(super) struct Text {
    pub(super) field: Field,
    pub(super) class: Class,
    /// The text as shown in snippets: whitespace collapsed.
    pub(super) display: String,
    pub(super) norm: Normalized,
    /// The vocabulary number of each word of `norm`.
    pub(super) terms: Vec<usize>,
}

/// Every distinct normalised word of the guide.
#[derive(Debug, Clone, Default)]
pub(super) struct Vocab {
    pub(super) terms: Vec<Word>,
    /// How many times each term occurs in the guide.
    pub(super) counts: Vec<u32>,
    numbers: HashMap<String, usize>,
    stems: HashSet<String>,
    /// How the guide's language folds word endings.
    pub(super) stemming: Stemming,
}

impl Vocab {
    /// The number of normalised `word` (written `original`), given it
    /// the first time it is seen.
    fn number(&mut self, word: &str, original: &str) -> usize {
        if let Some(&n) = self.numbers.get(word) {
            self.counts[n] += 1;
            return n;
        }
        let n = self.terms.len();
        let term = Word::from_original(word, original, self.stemming);
        self.stems.insert(term.stem.clone());
        self.terms.push(term);
        self.counts.push(1);
        self.numbers.insert(word.to_string(), n);
        n
    }

    /// Whether the guide has this word, or another with its stem.
    pub(super) fn knows(&self, word: &Word) -> bool {
        self.numbers.contains_key(&word.text) || self.stems.contains(&word.stem)
    }
}

use Class as C;

impl Item {
    fn new(target: Target, tab_title: &str, title: &str) -> Item {
        Item { target, tab_title: tab_title.to_string(), title: title.to_string(), texts: Vec::new(), urgency: 0 }
    }

    fn add(&mut self, vocab: &mut Vocab, field: Field, class: Class, text: &str) {
        let display = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if display.is_empty() {
            return;
        }
        let norm = Normalized::new(&display);
        let terms = (0..norm.words.len()).map(|i| vocab.number(norm.word(i), &display[norm.original_of(i)])).collect();
        self.texts.push(Text { field, class, display, norm, terms });
    }

    fn add_all<'a>(&mut self, v: &mut Vocab, field: Field, class: Class, texts: impl IntoIterator<Item = &'a String>) {
        for t in texts {
            self.add(v, field, class, t);
        }
    }

    fn add_sources(&mut self, v: &mut Vocab, sources: &[Source]) {
        self.add_all(v, Field::Source, C::Source, sources.iter().map(|s| &s.title));
    }
}

impl Index {
    /// Normalises every searchable text of `guide`.
    pub fn new(guide: &Guide) -> Index {
        let mut items = Vec::new();
        let language = Language::of(&guide.locale);
        let mut vocab = Vocab { stemming: language.stemming, ..Vocab::default() };
        let v = &mut vocab;
        for (t, tab) in guide.tabs.iter().enumerate() {
            let new_item = |v: &mut Vocab, item: usize, title: &str| {
                let mut it = Item::new(Target { tab: t, item }, &tab.title, title);
                it.add(v, Field::Title, C::Heading, &tab.title);
                it
            };
            match &tab.body {
                TabBody::Topics(entries) => {
                    for (i, e) in entries.iter().enumerate() {
                        let mut it = new_item(v, i, &e.title);
                        it.add(v, Field::Title, C::Title, &e.title);
                        it.add_all(v, Field::Synonym, C::Synonym, &e.synonyms);
                        it.add(v, Field::Summary, C::Summary, &e.summary);
                        let body: Vec<String> = parse_blocks(&e.body).iter().map(|b| b.text().to_string()).collect();
                        it.add(v, Field::Body, C::Body, &body.join(" · "));
                        it.add_sources(v, &e.sources);
                        items.push(it);
                    }
                }
                TabBody::Coach(routines) => {
                    for (i, r) in routines.iter().enumerate() {
                        let mut it = new_item(v, i, &r.title);
                        it.add(v, Field::Title, C::Title, &r.title);
                        it.add_all(v, Field::Synonym, C::Synonym, &r.synonyms);
                        it.add(v, Field::Summary, C::Summary, &r.description);
                        it.add_all(v, Field::Body, C::Body, &r.cautions);
                        for step in &r.steps {
                            it.add(v, Field::Step, C::Body, &step.title);
                            match &step.kind {
                                StepKind::Hold { say, .. } => it.add(v, Field::Step, C::Body, say),
                                StepKind::Breathe { phases, .. } => {
                                    it.add_all(v, Field::Step, C::Body, phases.iter().map(|p| &p.say))
                                }
                            }
                        }
                        it.add_sources(v, &r.sources);
                        items.push(it);
                    }
                }
                TabBody::Triage(triage) => {
                    for (i, s) in triage.signs.iter().enumerate() {
                        let mut it = new_item(v, i, &s.question);
                        let levels = triage.levels.len();
                        let rank = triage.rank_of(&s.level).unwrap_or(levels);
                        if rank < levels.div_ceil(2) {
                            it.urgency = u32::try_from(levels - rank).unwrap_or(0);
                        }
                        it.add(v, Field::Question, C::Summary, &s.question);
                        it.add_all(v, Field::Synonym, C::Synonym, &s.synonyms);
                        if let Some(level) = triage.levels.iter().find(|l| l.id == s.level) {
                            it.add(v, Field::Title, C::Heading, &level.title);
                        }
                        it.add(v, Field::Why, C::Body, &s.why);
                        it.add_sources(v, &s.sources);
                        items.push(it);
                    }
                }
                TabBody::Hydration(plan) => {
                    let mut it = new_item(v, 0, &tab.title);
                    it.add(v, Field::Title, C::Title, &tab.title);
                    it.add_all(v, Field::Title, C::Title, plan.amounts.iter().map(|a| &a.label));
                    it.add_all(v, Field::Body, C::Body, tab.intro.iter());
                    for a in &plan.amounts {
                        it.add(v, Field::Body, C::Body, &a.when);
                        it.add_all(v, Field::Body, C::Body, a.note.iter());
                    }
                    it.add(v, Field::Body, C::Body, &plan.caution);
                    it.add_sources(v, &plan.sources);
                    items.push(it);
                }
            }
        }
        Index { items, vocab, language }
    }
}
