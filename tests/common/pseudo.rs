//! A pseudo-localised guide: the shipped guide and every text of the screens
//! (`cramp-guide ui-text`) with each display string's letters accented and
//! its words a third longer ("Overview" → "ÓÓṽééŕṽííéŵ"), everything the
//! program reads as data kept as it is (ids, kinds, levels, URLs, keys,
//! numbers, `{placeholders}`, `--options` and `code`). A screen of it that
//! still shows a plain English word shows a word that is not data.
#![allow(dead_code)]

use std::collections::BTreeSet;

/// The guide's string keys a person reads (from `src/guide/raw.rs`, the
/// coach's cue words and the diary's fields). Under `[ui]` every string is
/// read; under `[locale]`, [`LOCALE_DISPLAY`].
pub const DISPLAY: &[&str] = &[
    // the guide, its source and every source
    "title",
    "disclaimer",
    // tabs and entries
    "intro",
    "summary",
    "body",
    // search words: the pseudo guide is searched in its own words
    "synonyms",
    // routines and steps
    "description",
    "cautions",
    "say",
    "sides",
    // the coach's spoken cue words
    "inhale",
    "hold",
    "exhale",
    "rest",
    "stretch",
    "switch",
    "done",
    // red flags
    "question",
    "why",
    "advice",
    // the water plan
    "caution",
    "label",
    "when",
    "note",
    // the cramp screen's steps (a list of strings; a routine's steps are tables)
    "steps",
];

/// The guide's string keys the program reads as data: ids and references
/// to them, kinds and levels, URLs, a diary choice's key, stored value and
/// meaning, a diary hint's fact.
pub const DATA: &[&str] =
    &["id", "kind", "url", "related", "level", "routine", "watch", "sign", "fact", "key", "value", "means"];

/// The `[locale]` keys a person reads; the rest (language tag, stemmer,
/// stop words, separators, unit, first weekday) are data.
pub const LOCALE_DISPLAY: &[&str] = &["months", "weekdays"];

/// The letters of the pseudo language: each ASCII letter's accented form
/// (one column wide, and folded back to the letter by search's accent
/// folding). `q` has none and stays.
fn accented(c: char) -> char {
    const LOWER: &str = "áḃçďéḟğĥíĵķĺṁñóṗqŕšťúṽŵẋýž";
    const UPPER: &str = "ÁḂÇĎÉḞĞĤÍĴĶĹṀÑÓṖQŔŠŤÚṼŴẊÝŽ";
    let pick = |table: &str, at: u8| table.chars().nth(usize::from(at)).unwrap_or(c);
    match c {
        'a'..='z' => pick(LOWER, c as u8 - b'a'),
        'A'..='Z' => pick(UPPER, c as u8 - b'A'),
        c => c,
    }
}

fn is_vowel(c: char) -> bool {
    "aeiouyAEIOUY".contains(c)
}

/// One word of ASCII letters, accented and a third longer: the first
/// vowels are doubled (or the last letter, in a word without enough).
fn pseudo_word(word: &str) -> String {
    let letters: Vec<char> = word.chars().collect();
    let mut extra = letters.len().div_ceil(3);
    let mut out = String::new();
    for (i, &c) in letters.iter().enumerate() {
        out.push(accented(c));
        let last = i + 1 == letters.len();
        while extra > 0 && (is_vowel(c) || last) {
            out.push(accented(c));
            extra -= 1;
            if !last {
                break;
            }
        }
    }
    out
}

/// The length in bytes of what starts `rest` and must be kept as written:
/// a `{placeholder}`, a `code span`, a URL or an `--option`.
fn kept(rest: &str, at_word_start: bool) -> usize {
    if let Some(inner) = rest.strip_prefix('{')
        && let Some(end) = inner.find('}')
        && inner[..end].chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return end + 2;
    }
    if let Some(inner) = rest.strip_prefix('`')
        && let Some(end) = inner.find('`')
    {
        return end + 2;
    }
    let url = ["http://", "https://", "www."].iter().any(|p| rest.starts_with(p));
    let option = rest.starts_with("--") && rest[2..].starts_with(|c: char| c.is_ascii_alphabetic());
    if at_word_start && (url || option) {
        return rest.find(char::is_whitespace).unwrap_or(rest.len());
    }
    0
}

/// A display text in the pseudo language.
pub fn pseudo_text(text: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let at_word_start = text[..at].chars().next_back().is_none_or(|c| c.is_whitespace() || c == '(');
        let keep = kept(rest, at_word_start);
        if keep > 0 {
            out.push_str(&rest[..keep]);
            at += keep;
            continue;
        }
        let word = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        if word > 0 {
            out.push_str(&pseudo_word(&rest[..word]));
            at += word;
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            at += c.len_utf8();
        }
    }
    out
}

/// Calls `f` on every string of `value` a person reads; `key` is the key
/// the value (or the list holding it) has, `path` where it is.
fn each_display(value: &mut toml::Value, key: &str, path: &str, f: &mut dyn FnMut(&mut String)) {
    match value {
        toml::Value::String(s) => {
            let display = if path.starts_with("ui.") {
                true
            } else if path.starts_with("locale.") {
                LOCALE_DISPLAY.contains(&key)
            } else if DISPLAY.contains(&key) {
                true
            } else {
                assert!(DATA.contains(&key), "{path}: is `{key}` read by a person or is it data? Add it to a list");
                false
            };
            if display {
                f(s);
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                each_display(item, key, &format!("{path}[{i}]"), f);
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table.iter_mut() {
                let at = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                each_display(v, k, &at, f);
            }
        }
        _ => {}
    }
}

/// The guide with the UI texts (`ui_text`, as `cramp-guide ui-text` prints
/// them) as its `[ui]` and `[locale]` tables, as one TOML table.
fn with_ui(guide: &str, ui_text: &str) -> toml::Value {
    let mut table: toml::Table = guide.parse().expect("the guide is TOML");
    let ui: toml::Table = ui_text.parse().expect("the UI texts are TOML");
    for (k, v) in ui {
        assert!(table.insert(k.clone(), v).is_none(), "the guide already has a [{k}] table");
    }
    toml::Value::Table(table)
}

/// The guide in the pseudo language, with every UI text in it too.
pub fn pseudo_guide(guide: &str, ui_text: &str) -> String {
    let mut all = with_ui(guide, ui_text);
    each_display(&mut all, "", "", &mut |s| *s = pseudo_text(s));
    toml::to_string(&all).expect("the pseudo guide is written as TOML")
}

/// The English words (four letters or more, lower case) of the guide's
/// display strings and of the UI texts.
pub fn english_words(guide: &str, ui_text: &str) -> BTreeSet<String> {
    let mut all = with_ui(guide, ui_text);
    let mut words = BTreeSet::new();
    each_display(&mut all, "", "", &mut |s| {
        words.extend(plain_words(s).map(|w| w.to_lowercase()).filter(|w| w.len() >= 4));
    });
    words
}

/// The URLs of the guide (its sources): a screen may show them, cut
/// anywhere over lines.
pub fn urls(guide: &str) -> Vec<String> {
    strings_of(guide, "url")
}

/// Every string of the guide under `key` (e.g. every `id`).
pub fn strings_of(guide: &str, key: &str) -> Vec<String> {
    let mut all: toml::Value = toml::Value::Table(guide.parse().expect("the guide is TOML"));
    let mut found = Vec::new();
    each_string(&mut all, "", &mut |k, s| {
        if k == key {
            found.push(s.clone());
        }
    });
    found
}

fn each_string(value: &mut toml::Value, key: &str, f: &mut dyn FnMut(&str, &mut String)) {
    match value {
        toml::Value::String(s) => f(key, s),
        toml::Value::Array(items) => items.iter_mut().for_each(|item| each_string(item, key, f)),
        toml::Value::Table(table) => table.iter_mut().for_each(|(k, v)| each_string(v, k, f)),
        _ => {}
    }
}

/// Every word (run of letters, lower case) of the display strings of a
/// guide that carries its own `[ui]` table, such as the pseudo guide.
pub fn display_words(guide: &str) -> BTreeSet<String> {
    let mut all = toml::Value::Table(guide.parse().expect("the guide is TOML"));
    let mut words = BTreeSet::new();
    each_display(&mut all, "", "", &mut |s| {
        words.extend(s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase));
    });
    words
}

/// The pseudo words `screen` shows cut short with no "…" after them: runs
/// of letters, some accented, that are no word of `words`. A word a popup
/// covers in part (its frame's left or right edge beside the word) is not
/// counted; one that runs into its own frame's corner is.
pub fn cut_words(screen: &str, words: &BTreeSet<String>) -> Vec<String> {
    let mut cut = Vec::new();
    for line in screen.lines() {
        let mut rest = line;
        while let Some(start) = rest.find(char::is_alphabetic) {
            let before = rest[..start].chars().next_back();
            let run = &rest[start..];
            let end = run.find(|c: char| !c.is_alphabetic()).unwrap_or(run.len());
            let (word, after) = run.split_at(end);
            let next = after.chars().next();
            let covered = matches!(before, Some('│' | '╮' | '╯')) || matches!(next, Some('│' | '╭' | '╰'));
            let known = words.contains(&word.to_lowercase()) || next == Some('…');
            if !word.is_ascii() && !covered && !known && !cut.iter().any(|c| c == word) {
                cut.push(word.to_string());
            }
            rest = after;
        }
    }
    cut
}

/// The runs of plain ASCII letters in `text`.
pub fn plain_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The English words on `screen`, in the order they appear, each once;
/// a `--option`, a Markdown code fence, a path and one of `urls` (or a
/// piece of one, cut over lines) are not words.
pub fn english_on(screen: &str, english: &BTreeSet<String>, urls: &[String]) -> Vec<String> {
    let mut seen = Vec::new();
    let screen = urls.iter().fold(screen.to_string(), |s, url| s.replace(url.as_str(), " "));
    let pieces = screen.split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{259f}').contains(&c));
    let words = pieces
        .filter(|p| !p.starts_with("--") && !p.starts_with("```") && !p.contains('/'))
        .filter(|p| !(p.len() > 2 && urls.iter().any(|u| u.contains(*p))))
        .flat_map(plain_words);
    for w in words.map(str::to_lowercase) {
        if english.contains(&w) && !seen.contains(&w) {
            seen.push(w);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_accented_and_a_third_longer_and_data_is_kept() {
        assert_eq!(pseudo_word("Overview"), "ÓÓṽééŕṽííéŵ");
        assert_eq!(pseudo_word("GET"), "ĞÉÉŤ");
        assert_eq!(pseudo_text("Question {at} of {total}"), "Qúúééšťííóñ {at} óóḟ {total}");
        assert_eq!(
            pseudo_text("see https://nhs.uk/x or `cramp-guide diary` --data-dir"),
            "šééé https://nhs.uk/x óóŕ `cramp-guide diary` --data-dir"
        );
    }
}
