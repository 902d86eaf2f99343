//! Every rule of the validator has a fixture that breaks it.
//!
//! The rules are read from the validator's source (every file of
//! `src/guide/` that calls the checker's `report`): each
//! `report(path, message)` call is one rule, and its message, with the
//! `{…}` placeholders of a `format!` as wildcards, is the rule's template. A
//! rule is covered when loading some file in `tests/fixtures/invalid/` gives
//! a problem whose message matches the template. A new rule without a fixture
//! fails here, naming the file and line of the rule.

use std::fs;
use std::path::{Path, PathBuf};

use cramp_guide::guide::load_guide;

/// One `report` call: where it is and its message template.
#[derive(Debug)]
struct Rule {
    place: String,
    template: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn validator_sources() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("src/guide"))
        .expect("src/guide")
        .map(|e| e.expect("a source file").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// The end (exclusive) of the string literal starting at `text[start]`
/// (a `"`), and its contents with `\"` and `\\` unescaped.
fn string_literal(text: &str, start: usize) -> (usize, String) {
    let bytes = text.as_bytes();
    assert_eq!(bytes[start], b'"');
    let mut out = String::new();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                let next = text[i + 1..].chars().next().expect("an escaped character");
                match next {
                    'n' => out.push('\n'),
                    other => out.push(other),
                }
                i += 1 + next.len_utf8();
            }
            b'"' => return (i + 1, out),
            _ => {
                let c = text[i..].chars().next().unwrap();
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    panic!("an unterminated string literal");
}

/// The top-level arguments of the call whose `(` is at `open`, as source
/// text, split at commas outside brackets and strings.
fn call_arguments(text: &str, open: usize) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut args = Vec::new();
    let mut start = open + 1;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_literal(text, i).0;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    let last = text[start..i].trim();
                    if !last.is_empty() {
                        args.push(last);
                    }
                    return args;
                }
            }
            b',' if depth == 1 => {
                args.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    panic!("an unclosed call");
}

/// The rules of one source file: every `report(` call (not its definition).
fn rules_in(file: &Path) -> Vec<Rule> {
    let text = fs::read_to_string(file).expect("a validator source");
    let name = file.file_name().unwrap().to_string_lossy();
    let mut rules = Vec::new();
    for (at, _) in text.match_indices(".report(") {
        let open = at + ".report".len();
        let args = call_arguments(&text, open);
        assert_eq!(args.len(), 2, "{name}: report takes a path and a message: {args:?}");
        let message = args[1];
        let quote = message.find('"').unwrap_or_else(|| panic!("{name}: a message without a literal: {message}"));
        let base = message.as_ptr() as usize - text.as_ptr() as usize;
        let (_, template) = string_literal(&text, base + quote);
        let line = text[..at].lines().count();
        rules.push(Rule { place: format!("src/guide/{name}:{line}"), template });
    }
    rules
}

/// The literal pieces of a `format!` template, split at `{…}` placeholders
/// (`{{` and `}}` are literal braces).
fn pieces(template: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.last_mut().unwrap().push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.last_mut().unwrap().push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                out.push(String::new());
            }
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

/// Whether `message` is the template with something in each placeholder.
fn matches(template: &str, message: &str) -> bool {
    let pieces = pieces(template);
    let (first, rest) = pieces.split_first().unwrap();
    let Some(mut left) = message.strip_prefix(first.as_str()) else {
        return false;
    };
    for (i, piece) in rest.iter().enumerate() {
        if i + 1 == rest.len() {
            return left.ends_with(piece.as_str());
        }
        match left.find(piece.as_str()) {
            Some(at) => left = &left[at + piece.len()..],
            None => return false,
        }
    }
    left.is_empty()
}

fn rules() -> Vec<Rule> {
    validator_sources().iter().flat_map(|f| rules_in(f)).collect()
}

/// Every problem message of every invalid fixture, with the fixture's name.
fn fixture_messages() -> Vec<(String, String)> {
    let dir = root().join("tests/fixtures/invalid");
    let mut out = Vec::new();
    for entry in fs::read_dir(&dir).expect("the invalid fixtures") {
        let path = entry.expect("a fixture").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Err(error) = load_guide(&path) {
            out.extend(error.problems.into_iter().map(|p| (name.clone(), p.message)));
        }
    }
    out
}

#[test]
fn every_validation_rule_has_a_fixture_that_breaks_it() {
    let rules = rules();
    let messages = fixture_messages();
    let uncovered: Vec<String> = rules
        .iter()
        .filter(|r| !messages.iter().any(|(_, m)| matches(&r.template, m)))
        .map(|r| format!("{}: {:?}", r.place, r.template))
        .collect();
    assert!(
        uncovered.is_empty(),
        "validation rules with no fixture in tests/fixtures/invalid/ (add one that breaks each):\n{}",
        uncovered.join("\n")
    );
}

#[test]
fn the_rules_are_found_in_the_source() {
    // The reader above must see the validator's rules, or the test above
    // would pass on nothing: spot-check a few templates of each file.
    let rules = rules();
    assert!(rules.len() >= 35, "only {} rules found: {rules:#?}", rules.len());
    for template in [
        "expected an http:// or https:// URL, found {url:?}",
        "a hold step needs `seconds`",
        "an entry cannot be related to itself",
        "escalations must be in order, earliest first",
        "must be a weight from {lo} to {hi} lb, found {v}",
    ] {
        assert!(rules.iter().any(|r| r.template == template), "{template:?} not found among {rules:#?}");
    }
}

#[test]
fn templates_match_only_their_own_messages() {
    let t = "must be a weight from {lo} to {hi} lb, found {v}";
    assert!(matches(t, "must be a weight from 1 to 1500 lb, found 2000"));
    assert!(!matches(t, "must be a number above 0 and at most 5, found 6"));
    assert!(!matches(t, "x must be a weight from 1 to 1500 lb, found 2000"));
    assert!(matches("a hold step needs `seconds`", "a hold step needs `seconds`"));
    assert!(!matches("a hold step needs `seconds`", "a hold step needs `seconds` and more"));
    assert!(matches("{seconds} s is over the limit", "3601 s is over the limit"));
    assert!(matches("lasts {} min; a routine", "lasts 300 min; a routine"));
}
