//! `tests/README.md` maps every test file to its feature: a file missing
//! from the map, or a name in the map with no file, fails here.

use std::collections::BTreeSet;

#[test]
fn the_map_and_the_folder_agree() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let map = std::fs::read_to_string(format!("{dir}/README.md")).expect("tests/README.md");
    let files: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    let named: BTreeSet<String> = map
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.ends_with(".rs") && !s.contains('/'))
        .map(str::to_string)
        .collect();
    let unmapped: Vec<&String> = files.iter().filter(|f| !named.contains(*f)).collect();
    let missing: Vec<&String> = named.iter().filter(|n| !files.contains(*n)).collect();
    assert!(unmapped.is_empty(), "test files not in tests/README.md: {unmapped:?}");
    assert!(missing.is_empty(), "tests/README.md names files that are not there: {missing:?}");
}
