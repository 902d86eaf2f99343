//! `tests/README.md` maps every test file to its feature, and names every
//! helper file in `common/`: a file missing from the map, or a name in the
//! map with no file, fails here. And no test file starts the binary but
//! through `common/` (which gives it a private data directory and home).

use std::collections::BTreeSet;

/// The `.rs` files in `tests/` + `sub` (`""` for the folder itself).
fn files(sub: &str) -> BTreeSet<String> {
    let dir = format!("{}/tests/{sub}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .map(|n| if sub.is_empty() { n } else { format!("{sub}/{n}") })
        .collect()
}

/// The `.rs` names in backticks in the map that start with `prefix` and
/// have no further `/`.
fn named(prefix: &str) -> BTreeSet<String> {
    let map =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/README.md")).expect("tests/README.md");
    map.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.ends_with(".rs"))
        .filter(|s| s.strip_prefix(prefix).is_some_and(|rest| !rest.contains('/')))
        .map(str::to_string)
        .collect()
}

#[track_caller]
fn agree(files: &BTreeSet<String>, named: &BTreeSet<String>) {
    let unmapped: Vec<&String> = files.difference(named).collect();
    let missing: Vec<&String> = named.difference(files).collect();
    assert!(unmapped.is_empty(), "files not in tests/README.md: {unmapped:?}");
    assert!(missing.is_empty(), "tests/README.md names files that are not there: {missing:?}");
}

#[test]
fn the_map_and_the_folder_agree() {
    agree(&files(""), &named(""));
}

#[test]
fn the_map_names_every_helper_in_common() {
    agree(&files("common"), &named("common/"));
}

/// The `.rs` files under `dir`, subfolders included, but not `common/`.
fn test_sources(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && !path.ends_with("common") {
            out.extend(test_sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn only_common_starts_the_binary() {
    // `Command::new` of the binary would run it with the real home and data
    // directory; `common::process::Binary` and `common::pty::Tui` never do.
    // Other programs (`kill`, `bash`) are named by a literal.
    let mut bare = Vec::new();
    for path in test_sources(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests"))) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices("Command::new(") {
            if !text[at + "Command::new(".len()..].starts_with('"') {
                let line = text[..at].lines().count();
                bare.push(format!("{}:{line}", path.display()));
            }
        }
    }
    assert!(bare.is_empty(), "start the binary with common::process::Binary or common::pty::Tui: {bare:#?}");
}
