//! The arrows between modules run one way (state → view ← drawing), read
//! from the source text: run → app, ui; ui → app, view, theme; app → view,
//! theme, coach, search, guide, diary; view → guide, coach, search, diary,
//! text, theme; diary → guide, text.
//! No screen file draws with a sibling screen's helpers, and no two files of
//! a folder import each other, directly or round a circle.

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
