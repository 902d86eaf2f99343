//! The language a guide is written in, as far as the program's own handling
//! of text goes: how search folds word endings and which words it skips,
//! month and weekday names, how numbers are written, the weight unit a
//! water plan starts in and the first day of the week. A guide's `[locale]`
//! table sets any of them; the rest are English.

use serde::{Deserialize, Serialize};

/// The stemmers search can fold word endings with (`none`: words are
/// matched as written, with prefixes and typing mistakes only).
pub const STEMMERS: &[&str] = &[
    "arabic",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hungarian",
    "italian",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "spanish",
    "swedish",
    "tamil",
    "turkish",
    "none",
];

/// Words that carry no meaning in an English question: search drops them
/// unless the query is made of nothing else.
pub const ENGLISH_STOP_WORDS: &[&str] = &[
    "a", "about", "after", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
    "did", "do", "does", "doing", "for", "from", "get", "gets", "getting", "got", "had", "has", "have", "having",
    "how", "i", "if", "im", "in", "into", "is", "it", "its", "ive", "keep", "keeps", "me", "mine", "my", "myself",
    "of", "on", "or", "our", "should", "so", "some", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "too", "very", "was", "we", "were", "what", "whats", "when", "where", "which", "while",
    "who", "why", "will", "with", "would", "you", "your",
];

pub const WEIGHT_UNITS: &[&str] = &["lb", "kg", "st"];

pub const WEEKDAY_IDS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// How the program handles the guide's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locale {
    /// The language tag, e.g. `en`, `es`, `de-CH`.
    pub language: String,
    /// One of [`STEMMERS`].
    pub stemmer: String,
    /// Normalised words (lower case, no accents) search drops.
    pub stop_words: Vec<String>,
    /// January to December, as shown in dates.
    pub months: Vec<String>,
    /// Monday to Sunday, as shown in dates.
    pub weekdays: Vec<String>,
    /// Between the whole part of a number and its decimals.
    pub decimal: String,
    /// Between groups of three digits.
    pub thousands: String,
    /// One of [`WEIGHT_UNITS`]: the unit the water plan starts in.
    pub weight_unit: String,
    /// One of [`WEEKDAY_IDS`].
    pub first_weekday: String,
}

impl Default for Locale {
    fn default() -> Locale {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        Locale {
            language: "en".into(),
            stemmer: "english".into(),
            stop_words: words(ENGLISH_STOP_WORDS),
            months: words(&["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
            weekdays: words(&["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
            decimal: ".".into(),
            thousands: ",".into(),
            weight_unit: "lb".into(),
            first_weekday: "monday".into(),
        }
    }
}

/// The `[locale]` table as written: every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocale {
    pub language: Option<String>,
    pub stemmer: Option<String>,
    pub stop_words: Option<Vec<String>>,
    pub months: Option<Vec<String>>,
    pub weekdays: Option<Vec<String>>,
    pub decimal: Option<String>,
    pub thousands: Option<String>,
    pub weight_unit: Option<String>,
    pub first_weekday: Option<String>,
}

/// What is wrong with a `[locale]` table: the key and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleProblem {
    /// A value not among the allowed ones.
    NotOneOf {
        key: &'static str,
        found: String,
        allowed: &'static [&'static str],
    },
    /// A list of the wrong length.
    Count {
        key: &'static str,
        found: usize,
        wanted: usize,
    },
    /// A separator that is not one character, or both the same.
    Separator {
        key: &'static str,
        found: String,
    },
    Empty {
        key: &'static str,
    },
}

impl RawLocale {
    /// The locale, English where the table says nothing, and its problems.
    pub fn resolve(self) -> (Locale, Vec<LocaleProblem>) {
        let mut out = Locale::default();
        let mut problems = Vec::new();
        let one_of = |key, value: Option<String>, allowed: &'static [&'static str], problems: &mut Vec<_>| {
            value.and_then(|v: String| {
                let v = v.trim().to_lowercase();
                if allowed.contains(&v.as_str()) {
                    Some(v)
                } else {
                    problems.push(LocaleProblem::NotOneOf { key, found: v, allowed });
                    None
                }
            })
        };
        if let Some(language) = self.language {
            if language.trim().is_empty() {
                problems.push(LocaleProblem::Empty { key: "language" });
            } else {
                out.language = language.trim().to_string();
            }
        }
        if let Some(s) = one_of("stemmer", self.stemmer, STEMMERS, &mut problems) {
            out.stemmer = s;
        }
        if let Some(u) = one_of("weight_unit", self.weight_unit, WEIGHT_UNITS, &mut problems) {
            out.weight_unit = u;
        }
        if let Some(d) = one_of("first_weekday", self.first_weekday, WEEKDAY_IDS, &mut problems) {
            out.first_weekday = d;
        }
        if let Some(words) = self.stop_words {
            out.stop_words = words.iter().map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect();
        }
        for (key, list, wanted, slot) in
            [("months", self.months, 12, &mut out.months), ("weekdays", self.weekdays, 7, &mut out.weekdays)]
        {
            if let Some(list) = list {
                if list.len() != wanted {
                    problems.push(LocaleProblem::Count { key, found: list.len(), wanted });
                } else if list.iter().any(|w| w.trim().is_empty()) {
                    problems.push(LocaleProblem::Empty { key });
                } else {
                    *slot = list;
                }
            }
        }
        for (key, value, slot) in
            [("decimal", self.decimal, &mut out.decimal), ("thousands", self.thousands, &mut out.thousands)]
        {
            if let Some(v) = value {
                if v.chars().count() == 1 {
                    *slot = v;
                } else {
                    problems.push(LocaleProblem::Separator { key, found: v });
                }
            }
        }
        if out.decimal == out.thousands {
            problems.push(LocaleProblem::Separator { key: "thousands", found: out.thousands.clone() });
        }
        (out, problems)
    }
}

impl Locale {
    /// The name of month `month` (1–12).
    pub fn month(&self, month: u32) -> &str {
        self.months.get(month.saturating_sub(1) as usize).map_or("", String::as_str)
    }

    /// The name of a weekday, Monday 0 to Sunday 6.
    pub fn weekday(&self, from_monday: u32) -> &str {
        self.weekdays.get(from_monday as usize).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_table_is_english() {
        let (locale, problems) = RawLocale::default().resolve();
        assert_eq!((locale, problems), (Locale::default(), Vec::new()));
    }

    #[test]
    fn a_german_table_sets_what_it_names_and_says_what_is_wrong() {
        let raw = RawLocale {
            language: Some("de".into()),
            stemmer: Some("German".into()),
            decimal: Some(",".into()),
            thousands: Some(".".into()),
            weight_unit: Some("kg".into()),
            months: Some(vec!["Jan".into(); 11]),
            first_weekday: Some("montag".into()),
            ..RawLocale::default()
        };
        let (locale, problems) = raw.resolve();
        assert_eq!(
            (locale.stemmer.as_str(), locale.decimal.as_str(), locale.weight_unit.as_str()),
            ("german", ",", "kg")
        );
        assert_eq!(locale.months, Locale::default().months, "a list of the wrong length is not taken");
        assert!(problems.contains(&LocaleProblem::Count { key: "months", found: 11, wanted: 12 }));
        assert!(matches!(&problems[..], [LocaleProblem::NotOneOf { key: "first_weekday", .. }, _]), "{problems:?}");
        let (_, same) = RawLocale { decimal: Some(",".into()), ..RawLocale::default() }.resolve();
        assert_eq!(same, [LocaleProblem::Separator { key: "thousands", found: ",".into() }]);
    }
}
