//! A query made ready for matching: its normalised words without the words
//! that carry no meaning, each with its stem and the number of typing
//! mistakes it may forgive.

use std::borrow::Cow;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

use super::normalize::{Normalized, query_words_with_originals};

/// How search folds word endings: by a Snowball stemmer of the guide's
/// language, or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stemming(Option<StemAlgorithm>);

/// The stemmers, by the names a guide's `[locale]` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StemAlgorithm {
    Arabic,
    Danish,
    Dutch,
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
}

impl Default for Stemming {
    fn default() -> Stemming {
        Stemming(Some(StemAlgorithm::English))
    }
}

impl Stemming {
    /// The stemming of a `[locale]` stemmer name (one of
    /// `guide::locale::STEMMERS`); `none` or an unknown name: none.
    pub fn named(name: &str) -> Stemming {
        use StemAlgorithm as A;
        let algorithm = match name {
            "arabic" => A::Arabic,
            "danish" => A::Danish,
            "dutch" => A::Dutch,
            "english" => A::English,
            "finnish" => A::Finnish,
            "french" => A::French,
            "german" => A::German,
            "greek" => A::Greek,
            "hungarian" => A::Hungarian,
            "italian" => A::Italian,
            "norwegian" => A::Norwegian,
            "portuguese" => A::Portuguese,
            "romanian" => A::Romanian,
            "russian" => A::Russian,
            "spanish" => A::Spanish,
            "swedish" => A::Swedish,
            "tamil" => A::Tamil,
            "turkish" => A::Turkish,
            _ => return Stemming(None),
        };
        Stemming(Some(algorithm))
    }

    fn algorithm(self) -> Option<Algorithm> {
        use StemAlgorithm as A;
        Some(match self.0? {
            A::Arabic => Algorithm::Arabic,
            A::Danish => Algorithm::Danish,
            A::Dutch => Algorithm::Dutch,
            A::English => Algorithm::English,
            A::Finnish => Algorithm::Finnish,
            A::French => Algorithm::French,
            A::German => Algorithm::German,
            A::Greek => Algorithm::Greek,
            A::Hungarian => Algorithm::Hungarian,
            A::Italian => Algorithm::Italian,
            A::Norwegian => Algorithm::Norwegian,
            A::Portuguese => Algorithm::Portuguese,
            A::Romanian => Algorithm::Romanian,
            A::Russian => Algorithm::Russian,
            A::Spanish => Algorithm::Spanish,
            A::Swedish => Algorithm::Swedish,
            A::Tamil => Algorithm::Tamil,
            A::Turkish => Algorithm::Turkish,
        })
    }
}

/// The language of a search: its stemming and the words it skips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub stemming: Stemming,
    /// Normalised words that carry no meaning in a question; dropped unless
    /// the query is made of nothing else.
    pub stop_words: Vec<String>,
}

impl Default for Language {
    fn default() -> Language {
        Language {
            stemming: Stemming::default(),
            stop_words: crate::guide::locale::ENGLISH_STOP_WORDS.iter().map(|w| w.to_string()).collect(),
        }
    }
}

impl Language {
    /// The language of a guide's `[locale]`.
    pub fn of(locale: &crate::guide::locale::Locale) -> Language {
        Language { stemming: Stemming::named(&locale.stemmer), stop_words: locale.stop_words.clone() }
    }
}

/// How a query word matched a word of the guide, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Within the typing mistakes the query word may have.
    Typo,
    /// The guide word starts with the query word (still being typed).
    Prefix,
    /// The same word, or the same stem ("cramps" and "cramping").
    Whole,
}

/// Typing mistakes forgiven in a word of `chars` characters: none below
/// five letters, one edit (insert, delete, substitute, swap neighbours)
/// for five to eight, two from nine.
pub fn edits_allowed(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// A guide or query word with what matching needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) stem: String,
    /// Characters in `text`.
    pub(super) chars: usize,
    /// Which letters `text` holds (see [`letter_mask`]).
    pub(super) mask: u32,
}

impl Word {
    /// An English word (see [`Word::in_language`]).
    #[cfg(test)]
    pub(super) fn new(text: &str) -> Word {
        Word::in_language(text, Stemming::default())
    }

    /// A normalised word `text` that was written `original` in the guide
    /// or the query: a stemmer other than English's reads the word with its
    /// accents ("respiración" and "respiraciones" share a stem only so),
    /// and its stem is then normalised like the text.
    pub(super) fn from_original(text: &str, original: &str, stemming: Stemming) -> Word {
        let mut word = Word::in_language(text, stemming);
        if let Some(algorithm) = stemming.algorithm().filter(|_| stemming.0 != Some(StemAlgorithm::English)) {
            let stem = super::normalize::normalize(&Stemmer::create(algorithm).stem(&original.to_lowercase()));
            if !stem.is_empty() && !stem.contains(' ') {
                word.stem = stem;
            }
        }
        word
    }

    pub(super) fn in_language(text: &str, stemming: Stemming) -> Word {
        Word {
            text: text.to_string(),
            stem: stem(text, stemming).into_owned(),
            chars: text.chars().count(),
            mask: letter_mask(text),
        }
    }
}

/// One meaningful word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct QueryWord {
    pub(super) word: Word,
    /// Typing mistakes this word may have; 0 when the guide has the word
    /// as typed.
    pub(super) edits: usize,
}

impl QueryWord {
    /// How this query word matches `w`, if it does.
    pub(super) fn kind(&self, w: &Word) -> Option<Kind> {
        let q = &self.word;
        if q.text == w.text || q.stem == w.stem {
            return Some(Kind::Whole);
        }
        if w.text.starts_with(q.text.as_str()) {
            return Some(Kind::Prefix);
        }
        self.typo(w).then_some(Kind::Typo)
    }

    /// Whether `w` is within the typing mistakes this word may have.
    fn typo(&self, w: &Word) -> bool {
        let q = &self.word;
        let edits = self.edits;
        // Cheap necessary conditions first: each edit changes the length by
        // at most one and brings in at most one letter the other word lacks.
        edits > 0
            && q.chars.abs_diff(w.chars) <= edits
            && (q.mask & !w.mask).count_ones() as usize <= edits
            && (w.mask & !q.mask).count_ones() as usize <= edits
            && strsim::osa_distance(&q.text, &w.text) <= edits
    }
}

/// A query ready for matching.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub(super) words: Vec<QueryWord>,
    /// How the guide's words are stemmed, to mark them alike.
    stemming: Stemming,
}

impl Query {
    /// The meaningful words of `query` (all of them when every word is a
    /// stop word), each forgiving typing mistakes by its length. Repeated
    /// words count once.
    pub fn new(query: &str) -> Query {
        Query::with_known(query, &Language::default(), |_| false)
    }

    /// Like [`Query::new`] in `language`, but a word for which `known`
    /// holds is taken as spelt on purpose and forgives no mistakes.
    pub(super) fn with_known(query: &str, language: &Language, known: impl Fn(&Word) -> bool) -> Query {
        let all = query_words_with_originals(query);
        let meaningful: Vec<&(String, String)> = all.iter().filter(|(w, _)| !language.stop_words.contains(w)).collect();
        let chosen = if meaningful.is_empty() { all.iter().collect() } else { meaningful };
        let mut words: Vec<QueryWord> = Vec::new();
        for (text, original) in chosen {
            let word = Word::from_original(text, original, language.stemming);
            if words.iter().any(|q| q.word.stem == word.stem) {
                continue;
            }
            let edits = if known(&word) { 0 } else { edits_allowed(word.chars) };
            words.push(QueryWord { word, edits });
        }
        Query { words, stemming: language.stemming }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words searched for, normalised.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|q| q.word.text.as_str())
    }

    /// How many normalised bytes of the guide word `w` the query marks: the
    /// whole word, or the longest prefix typed.
    pub(super) fn marked_len(&self, w: &Word) -> Option<usize> {
        self.words
            .iter()
            .filter_map(|q| q.kind(w).map(|k| if k == Kind::Prefix { q.word.text.len() } else { w.text.len() }))
            .max()
    }

    /// Byte ranges in `text` of the words (or, for a prefix, the parts of
    /// words) that match the query, in order.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        Normalized::new(text).matches(|_, w| self.marked_len(&Word::in_language(w, self.stemming)))
    }
}

/// Byte ranges in `text` of the words, or parts of words, that match
/// `query` (see [`Query`]), in order.
pub fn match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    Query::new(query).ranges(text)
}

/// Plurals the stemmer does not fold, with their singular: body words a
/// person types.
const IRREGULAR: &[(&str, &str)] = &[
    ("calves", "calf"),
    ("feet", "foot"),
    ("halves", "half"),
    ("teeth", "tooth"),
    ("women", "woman"),
    ("men", "man"),
    ("children", "child"),
    ("people", "person"),
    ("mice", "mouse"),
];

/// The stem of a normalised word ("cramps" and "cramping" both give
/// "cramp"; in English "calves" gives what "calf" gives). English words with
/// anything but ASCII letters are their own stem; with no stemming, every
/// word is.
pub(super) fn stem(word: &str, stemming: Stemming) -> Cow<'_, str> {
    let Some(algorithm) = stemming.algorithm() else { return Cow::Borrowed(word) };
    if word.is_empty() {
        return Cow::Borrowed(word);
    }
    if stemming.0 == Some(StemAlgorithm::English) {
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return Cow::Borrowed(word);
        }
        let word = IRREGULAR.iter().find(|(plural, _)| *plural == word).map_or(word, |(_, singular)| singular);
        return Stemmer::create(Algorithm::English).stem(word);
    }
    Stemmer::create(algorithm).stem(word)
}

/// A bit per letter a–z, and six shared bits for anything else. Two words
/// whose masks differ in more bits than the edits allowed cannot be that
/// close.
pub(super) fn letter_mask(word: &str) -> u32 {
    word.chars().fold(0, |mask, c| {
        let bit = if c.is_ascii_lowercase() { u32::from(c) - u32::from('a') } else { 26 + u32::from(c) % 6 };
        mask | 1 << bit
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Query {
        fn best(&self, w: &Word) -> Option<Kind> {
            self.words.iter().filter_map(|q| q.kind(w)).max()
        }
    }

    fn kind(query: &str, word: &str) -> Option<Kind> {
        Query::new(query).best(&Word::new(word))
    }

    #[test]
    fn edits_grow_with_the_word() {
        let table = [(1, 0), (4, 0), (5, 1), (8, 1), (9, 2), (20, 2)];
        for (chars, edits) in table {
            assert_eq!(edits_allowed(chars), edits, "{chars} letters");
        }
    }

    #[test]
    fn one_edit_of_each_kind_is_forgiven() {
        for (typed, guide) in [
            ("magnesum", "magnesium"),   // a letter left out
            ("magnessium", "magnesium"), // a letter too many
            ("magnisium", "magnesium"),  // a letter wrong
            ("magensium", "magnesium"),  // two letters swapped
            ("charly", "charley"),
            ("cloride", "chloride"),
        ] {
            assert_eq!(kind(typed, guide), Some(Kind::Typo), "{typed} for {guide}");
        }
        // Two edits from nine letters, not from eight or fewer.
        assert_eq!(kind("dehidratoin", "dehydration"), Some(Kind::Typo));
        assert_eq!(kind("potasum", "potassium"), None, "seven letters, two edits");
        assert_eq!(kind("calv", "calf"), None, "four letters forgive nothing");
    }

    #[test]
    fn stems_fold_endings() {
        assert_eq!(kind("cramps", "cramping"), Some(Kind::Whole));
        assert_eq!(kind("running", "run"), Some(Kind::Whole));
        assert_eq!(kind("hurts", "hurt"), Some(Kind::Whole));
        assert_eq!(kind("magnes", "magnesium"), Some(Kind::Prefix));
    }

    #[test]
    fn a_guide_in_german_folds_german_endings() {
        let german = Language { stemming: Stemming::named("german"), stop_words: vec!["der".into(), "die".into()] };
        let query = Query::with_known("die Krampf", &german, |_| false);
        assert_eq!(query.words().collect::<Vec<_>>(), ["krampf"], "its own stop words");
        let word = Word::in_language("krampfen", german.stemming);
        assert_eq!(query.best(&word), Some(Kind::Whole), "Krämpfen is Krampf in German");
        assert_eq!(kind("krampf", "krampfen"), Some(Kind::Prefix), "in English it is only a prefix");
        let none = Language { stemming: Stemming::named("none"), stop_words: Vec::new() };
        let q = Query::with_known("cramps", &none, |_| false);
        assert_eq!(q.best(&Word::in_language("cramping", none.stemming)), None, "no stemming: words as written");
        assert_eq!(Stemming::named("klingon"), Stemming::named("none"));
        // Spanish reads the accents the guide wrote before they are folded.
        let spanish = Stemming::named("spanish");
        let singular = Word::from_original("respiracion", "Respiración", spanish);
        let plural = Word::from_original("respiraciones", "respiraciones", spanish);
        assert_eq!(singular.stem, plural.stem);
        assert_ne!(Word::in_language("respiracion", spanish).stem, plural.stem, "without the accent it would not");
    }

    #[test]
    fn irregular_plurals_fold_like_regular_ones() {
        for (a, b) in [("calves", "calf"), ("calf", "calves"), ("feet", "foot"), ("foot", "feet"), ("knees", "knee")] {
            assert_eq!(kind(a, b), Some(Kind::Whole), "{a} ~ {b}");
        }
        assert_eq!(kind("feet", "fee"), None, "only the listed words fold");
    }

    #[test]
    fn stop_words_are_dropped_unless_alone() {
        let words = |q: &str| Query::new(q).words().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words("my calf hurts at night"), ["calf", "hurts", "night"]);
        assert_eq!(words("why is it"), ["why", "is", "it"]);
        assert_eq!(words("cramp cramps"), ["cramp"]);
    }

    #[test]
    fn a_known_word_forgives_nothing() {
        let q = Query::with_known("night", &Language::default(), |w| w.text == "night");
        assert_eq!(q.best(&Word::new("right")), None);
        assert_eq!(Query::new("night").best(&Word::new("right")), Some(Kind::Typo));
    }

    #[test]
    fn ranges_mark_whole_words_and_prefixes() {
        let text = "Magnesium and CRAMPING, magnets";
        let marked: Vec<&str> = Query::new("magnesum cramps magn").ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(marked, ["Magnesium", "CRAMPING", "magn"]);
    }
}
