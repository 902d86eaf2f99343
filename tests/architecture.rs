//! The arrows between modules run one way (state → view ← drawing), read
//! from the source text: run → app, ui; ui → app, view, theme; app → view,
//! theme, coach, search, guide, diary; view → guide, coach, search, diary,
//! text, theme; diary → guide, text.
//! No screen file draws with a sibling screen's helpers, and no two files of
//! a folder import each other, directly or round a circle.
//! No sentence and no topic word is written in the drawing, view and output
//! code: they come from the guide or `ui.en.toml`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Every `.rs` file under `src/<module>` (a folder, or `src/<module>.rs`).
fn files_of(module: &str) -> Vec<PathBuf> {
    let dir = Path::new(SRC).join(module);
    let file = Path::new(SRC).join(format!("{module}.rs"));
    let mut out = Vec::new();
    if file.is_file() {
        out.push(file);
    }
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    assert!(!out.is_empty(), "no source for module {module}");
    out.sort();
    out
}

/// The source without comments, line by line.
fn code(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| l.split(" // ").next().unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first segments of every path that starts with `prefix`
/// (`crate::ui::x` and `crate::{ui, app}` give "ui" and "app").
fn segments_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|p| ident(p.trim())).filter(|s| !s.is_empty()));
        } else {
            out.insert(ident(rest));
        }
    }
    out
}

fn ident(s: &str) -> String {
    s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// Which top-level modules each file of `module` refers to.
fn references(module: &str) -> Vec<(PathBuf, BTreeSet<String>)> {
    files_of(module).into_iter().map(|f| (f.clone(), segments_after(&code(&f), "crate::"))).collect()
}

fn assert_never_refers(modules: &[&str], forbidden: &[&str]) {
    let mut wrong = Vec::new();
    for module in modules {
        for (file, refs) in references(module) {
            for f in forbidden {
                if refs.contains(*f) {
                    wrong.push(format!("{} refers to crate::{f}", file.strip_prefix(SRC).unwrap().display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the arrows:\n{}", wrong.join("\n"));
}

#[test]
fn state_and_content_never_import_drawing() {
    assert_never_refers(&["app", "view", "guide", "coach", "search", "diary", "print", "text", "theme"], &["ui"]);
}

#[test]
fn the_view_and_below_never_import_the_app() {
    assert_never_refers(
        &["view", "guide", "coach", "search", "diary", "print", "text", "theme", "cue"],
        &["app", "run"],
    );
    // Running the cue program knows nothing of screens or content.
    assert_never_refers(&["cue"], &["ui", "view", "guide", "coach"]);
    assert_never_refers(&["guide", "coach", "search", "diary", "print", "text", "theme"], &["view"]);
    assert_never_refers(&["guide", "coach", "search", "text", "theme"], &["diary"]);
    assert_never_refers(&["text", "theme"], &["guide", "coach", "search", "print"]);
}

#[test]
fn drawing_reads_only_the_app_the_view_and_the_theme() {
    // The search overlay still wraps and cuts its own lines; its text is
    // being reworked on its own.
    let allowed_here = |file: &Path, module: &str| file.ends_with("ui/search.rs") && module == "text";
    let mut wrong = Vec::new();
    for (file, refs) in references("ui") {
        for module in refs {
            if !["app", "view", "theme"].contains(&module.as_str()) && !allowed_here(&file, &module) {
                wrong.push(format!("{} refers to crate::{module}", file.strip_prefix(SRC).unwrap().display()));
            }
        }
    }
    assert!(wrong.is_empty(), "drawing goes round the view:\n{}", wrong.join("\n"));
}

#[test]
fn the_scan_sees_single_and_grouped_imports() {
    let refs =
        segments_after("use crate::ui::Theme;\nuse crate::{app, ui::text};\nlet x = crate::view::f();", "crate::");
    assert_eq!(refs, BTreeSet::from(["app".to_string(), "ui".to_string(), "view".to_string()]));
}

/// The file names (without `.rs`) of a folder, besides `mod.rs`.
fn siblings(dir: &Path) -> BTreeMap<String, PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            (stem != "mod").then_some((stem, p))
        })
        .collect()
}

#[test]
fn no_screen_file_draws_with_a_sibling_screen() {
    let dir = Path::new(SRC).join("ui");
    let screens = siblings(&dir);
    let shared = ["frame"];
    let mut wrong = Vec::new();
    for (name, path) in &screens {
        for used in segments_after(&code(path), "super::") {
            if used != *name && screens.contains_key(&used) && !shared.contains(&used.as_str()) {
                wrong.push(format!("ui/{name}.rs uses ui/{used}.rs"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The names the folder's `mod.rs` re-exports from its files
/// (`pub use coach::CoachState;` maps "CoachState" to "coach").
fn reexports(dir: &Path, files: &BTreeMap<String, PathBuf>) -> BTreeMap<String, String> {
    let Ok(code) = fs::read_to_string(dir.join("mod.rs")) else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for line in code.lines().map(str::trim).filter(|l| l.starts_with("pub use ") || l.starts_with("use ")) {
        let path = line.trim_start_matches("pub ").trim_start_matches("use ").trim_end_matches(';');
        let Some((file, names)) = path.split_once("::") else { continue };
        if !files.contains_key(file) {
            continue;
        }
        let names = names.trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',').map(|n| ident(n.trim())).filter(|n| !n.is_empty()) {
            out.insert(name, file.to_string());
        }
    }
    out
}

/// A circle of imports among the sibling files of `dir`, if there is one.
/// A name taken through the folder's `mod.rs` counts as taken from the file
/// it comes from.
fn circle_in(dir: &Path, module: &str) -> Option<Vec<String>> {
    let files = siblings(dir);
    let reexported = reexports(dir, &files);
    let edges: BTreeMap<String, BTreeSet<String>> = files
        .iter()
        .map(|(name, path)| {
            let code = code(path);
            let mut used = segments_after(&code, "super::");
            used.extend(segments_after(&code, &format!("crate::{module}::")));
            let used = used
                .into_iter()
                .map(|u| reexported.get(&u).cloned().unwrap_or(u))
                .filter(|u| u != name && files.contains_key(u))
                .collect();
            (name.clone(), used)
        })
        .collect();
    // Depth-first search for a back edge.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in &edges[node] {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|n| visit(n, &edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_files_of_a_folder_import_each_other_round_a_circle() {
    let mut circles = Vec::new();
    let mut stack = vec![PathBuf::from(SRC)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path.clone());
                let module = path.strip_prefix(SRC).unwrap().to_string_lossy().replace('/', "::");
                if let Some(circle) = circle_in(&path, &module) {
                    circles.push(format!("src/{}: {}", module.replace("::", "/"), circle.join(" → ")));
                }
            }
        }
    }
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}

/// Where the words a person reads are put on screen or into output: every
/// sentence there must come from the guide or `ui.en.toml`.
const WORDLESS: &[&str] = &["view", "ui", "app", "coach", "text", "report", "print"];

/// Words that belong to the guide's topic, never to the program.
const TOPIC_WORDS: &[&str] = &["cramp", "cramps", "leg", "legs", "calf", "calves", "water"];

/// Unit symbols, the same in every language: not words.
const UNIT_SYMBOLS: &[&str] = &["oz", "ml", "lb", "kg", "st"];

/// Literals that may stay, each with its reason: (file, literal). None
/// today; an entry that no longer matches a literal fails the test.
const ALLOWED_WORDS: &[(&str, &str)] = &[];

/// Files whose literals are not words: the key table names keys as the
/// keyboard does ("PgDn Space", "Shift-Tab"), the same in every language.
const ALLOWED_FILES: &[&str] = &["app/keys.rs"];

/// The string literals of `code` outside comments, `#[cfg(test)]` code and
/// messages for programmers (`expect`, `panic!`, `unreachable!`, asserts),
/// each with its line number.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    // Brace depth, and the depth a `#[cfg(test)]` item started at while
    // inside it (its literals are not read).
    let (mut depth, mut test_item): (usize, Option<usize>) = (0, None);
    let cfg_test: Vec<char> = "#[cfg(test)]".chars().collect();
    while i < chars.len() {
        let c = chars[i];
        if test_item.is_none() && chars[i..].starts_with(&cfg_test) {
            test_item = Some(depth);
            i += cfg_test.len();
        } else if c == '{' {
            depth += 1;
            i += 1;
        } else if c == '}' || c == ';' {
            depth = depth.saturating_sub(usize::from(c == '}'));
            // The item ends with its closing brace, or a `;` at its own depth.
            if test_item == Some(depth) {
                test_item = None;
            }
            i += 1;
        } else if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A char literal ('x', '\n', '"'), or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' || (c == 'r' && (at(i + 1) == '"' || at(i + 1) == '#') && !ident_char(at(i.wrapping_sub(1))))
        {
            let raw = c == 'r';
            let mut hashes = 0;
            if raw {
                i += 1;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                if at(i) != '"' {
                    continue;
                }
            }
            let (start, start_line) = (i, line);
            i += 1;
            let mut text = String::new();
            while i < chars.len() {
                let d = chars[i];
                if !raw && d == '\\' {
                    text.push(match at(i + 1) {
                        'n' => '\n',
                        't' => '\t',
                        e => e,
                    });
                    i += 2;
                    continue;
                }
                if d == '"' && (0..hashes).all(|h| at(i + 1 + h) == '#') {
                    i += 1 + hashes;
                    break;
                }
                line += usize::from(d == '\n');
                text.push(d);
                i += 1;
            }
            let before: String = chars[start.saturating_sub(80)..start].iter().collect();
            let call = before.rsplit(['\n', ';', '{']).next().unwrap_or("");
            let for_programmers = ["expect(", "panic!(", "unreachable!(", "assert", "todo!(", "unimplemented!("]
                .iter()
                .any(|m| call.contains(m));
            if !for_programmers && test_item.is_none() {
                out.push((start_line, text));
            }
        } else {
            i += 1;
        }
    }
    out
}

fn ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a literal is words a person reads: two or more words, or a
/// topic word, once `{placeholders}` are taken out.
fn is_words(literal: &str) -> bool {
    let mut bare = String::new();
    let mut inside = false;
    for c in literal.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            c if !inside => bare.push(c),
            _ => {}
        }
    }
    // An id, a key or a file name ("water.unit", "cramp#{}"): no spaces,
    // nothing but lower case, digits and joining marks.
    if bare.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-#:/".contains(c)) {
        return false;
    }
    let words: Vec<&str> = bare
        .split(|c: char| !ident_char(c))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !UNIT_SYMBOLS.contains(w))
        .collect();
    let topic = words.iter().any(|w| TOPIC_WORDS.contains(&w.to_lowercase().as_str()));
    let sentence = words.iter().filter(|w| !w.contains('_')).count() >= 2;
    topic || sentence
}

/// Every literal of words in the drawing, view and output code, as
/// "file:line: literal", less the allowed ones.
fn words_in_code() -> Vec<String> {
    let mut found = Vec::new();
    for module in WORDLESS {
        for file in files_of(module) {
            let name = file.strip_prefix(SRC).unwrap().display().to_string();
            // A file of tests (`mod tests;` under `#[cfg(test)]`), or one whose
            // literals are not words.
            if file.ends_with("tests.rs") || ALLOWED_FILES.contains(&name.as_str()) {
                continue;
            }
            for (line, literal) in string_literals(&fs::read_to_string(&file).unwrap()) {
                if is_words(&literal) && !ALLOWED_WORDS.contains(&(name.as_str(), literal.as_str())) {
                    found.push(format!("src/{name}:{line}: {literal:?}"));
                }
            }
        }
    }
    found
}

#[test]
fn no_words_a_person_reads_are_written_in_the_drawing_view_or_output_code() {
    let found = words_in_code();
    assert!(found.is_empty(), "words in code: they belong in ui.en.toml (or the guide):\n{}", found.join("\n"));
    for (name, literal) in ALLOWED_WORDS {
        let code = fs::read_to_string(Path::new(SRC).join(name)).unwrap_or_default();
        let there = string_literals(&code).iter().any(|(_, l)| l == literal);
        assert!(there, "src/{name} no longer holds {literal:?}: take it off ALLOWED_WORDS");
    }
}

#[test]
fn the_word_scan_sees_sentences_and_topic_words_and_skips_the_rest() {
    let code = r##"
        //! "Module docs are not read"
        fn f() {
            let a = "Get ready: {title}";
            let b = "{title}: {say}";
            let c = 'x';
            let d = "Cramp";
            let e = x.expect("the guide loads");
            let f = r#"raw words here"#;
            // "a comment is not read"
            let g = "cramp_now_start_routine";
            let h = "Enter c";
            panic!("for programmers only");
        }
        #[cfg(test)]
        mod tests { const T: &str = "test words are fine"; fn f() { let x = "more test words"; } }
        #[cfg(test)]
        fn helper() -> &'static str { "a test helper" }
        fn after() { let y = "Words after the tests"; }
    "##;
    let found: Vec<String> = string_literals(code).into_iter().filter(|(_, l)| is_words(l)).map(|(_, l)| l).collect();
    assert_eq!(found, ["Get ready: {title}", "Cramp", "raw words here", "Words after the tests"]);
}
