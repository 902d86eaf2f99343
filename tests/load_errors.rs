//! The loader refuses every broken guide with its own clear message: what is
//! wrong, where (file, line, column, entry path) and the line with a caret.
//!
//! Every file in `tests/fixtures/invalid/` has a row in `CASES`; files that
//! cannot be committed (missing, a directory, unreadable, huge) are made here
//! in a temporary directory.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::process::Binary;
use cramp_guide::guide::model::TabBody;
use cramp_guide::guide::{DEFAULT_GUIDE, LoadError, MAX_GUIDE_BYTES, Problem, load_guide, parse_guide};

/// One broken fixture: the entry path the problem names, a piece of its
/// message, and the line and column of the mistake (None: the file as a whole).
struct Case {
    file: &'static str,
    path: &'static str,
    message: &'static str,
    at: Option<(usize, usize)>,
}

const fn case(file: &'static str, path: &'static str, message: &'static str, at: Option<(usize, usize)>) -> Case {
    Case { file, path, message, at }
}

/// Line and column were checked by hand against each fixture: they point at
/// the bad value, the misspelt key, or the header of the table that lacks a key.
const CASES: &[Case] = &[
    // The file itself.
    case("empty.toml", "", "is empty", None),
    case("not_utf8.toml", "", "is not valid UTF-8 text (found the byte 0xE9)", Some((2, 18))),
    // TOML syntax.
    case("syntax_error.toml", "", "TOML syntax error: string values must be quoted", Some((15, 9))),
    case("duplicate_key.toml", "", "duplicate key `title`", Some((19, 1))),
    // Shapes: types, required keys, unknown keys and values.
    case("wrong_type.toml", "tabs[0].entries[0].summary", "expected a string, found the number 42", Some((16, 11))),
    case("missing_key.toml", "tabs[0].entries[0]", "missing required key `summary`", Some((13, 1))),
    case(
        "unknown_key.toml",
        "tabs[0].entries[0].sumary",
        "unknown key `sumary`; did you mean `summary`?",
        Some((16, 1)),
    ),
    case("unknown_tab_kind.toml", "tabs[0].kind", "unknown value `topic`; did you mean `topics`?", Some((11, 8))),
    case("no_tabs.toml", "tabs", "a guide needs at least one tab", None),
    case("ten_tabs.toml", "tabs[9]", "a guide has at most 9 tabs", Some((62, 1))),
    // Topics.
    case(
        "duplicate_id.toml",
        "tabs[0].entries[1].id",
        "duplicate id \"dehydration\": already used by tabs[0].entries[0].id on line 14",
        Some((21, 6)),
    ),
    case(
        "unknown_related.toml",
        "tabs[0].entries[0].related[0]",
        "no entry, routine or warning sign has the id \"night-cramps\"",
        Some((19, 12)),
    ),
    case("tab_without_entries.toml", "tabs[0]", "this tab has no items; it needs at least one entry", Some((8, 1))),
    case("empty_title.toml", "tabs[0].entries[0].title", "must not be empty", Some((15, 9))),
    case(
        "bad_url.toml",
        "tabs[0].entries[1].sources[0].url",
        "expected an http:// or https:// URL, found \"ftp://example.com/iron\"",
        Some((25, 36)),
    ),
    case("bad_id.toml", "tabs[0].entries[0].id", "an id is lowercase letters, digits", Some((14, 6))),
    case("uppercase_id.toml", "tabs[0].entries[0].id", "found \"DEHYDRATION\"", Some((15, 6))),
    case("self_related.toml", "tabs[0].entries[0].related[0]", "an entry cannot be related to itself", Some((20, 12))),
    case("no_sources.toml", "tabs[0].entries[0].sources", "needs at least one source", Some((18, 11))),
    case("routines_in_topics_tab.toml", "tabs[0].routines", "is not used by a topics tab", Some((20, 1))),
    case(
        "several_mistakes.toml",
        "tabs[0].entries[0].sources[0].url",
        "found \"www.example.com/water\"",
        Some((18, 37)),
    ),
    // Coach routines.
    case(
        "zero_seconds.toml",
        "tabs[0].routines[0].steps[0].seconds",
        "must be a number of seconds above zero, found 0",
        Some((22, 11)),
    ),
    case(
        "negative_seconds.toml",
        "tabs[0].routines[0].steps[0].phases[1].seconds",
        "above zero, found -6",
        Some((24, 32)),
    ),
    case("nan_seconds.toml", "tabs[0].routines[0].steps[0].seconds", "above zero, found NaN", Some((22, 11))),
    case(
        "phase_over_an_hour.toml",
        "tabs[0].routines[0].steps[0].phases[1].seconds",
        "3601 s is over the limit of 3600 s",
        Some((24, 32)),
    ),
    case(
        "routine_over_four_hours.toml",
        "tabs[0].routines[0]",
        "lasts 300 min; a routine may last at most 4 hours",
        Some((13, 1)),
    ),
    case(
        "zero_cycles.toml",
        "tabs[0].routines[0].steps[0].cycles",
        "must be a whole number from 1 to 10000, found 0",
        Some((21, 10)),
    ),
    case(
        "breathe_step_with_say.toml",
        "tabs[2].routines[0].steps[1].say",
        "is not used by a breathe step",
        Some((70, 7)),
    ),
    case("breathe_without_phases.toml", "tabs[2].routines[0].steps[1]", "a breathe step needs `phases`", Some((66, 1))),
    case("breathe_without_cycles.toml", "tabs[2].routines[0].steps[1]", "a breathe step needs `cycles`", Some((66, 1))),
    case("hold_without_seconds.toml", "tabs[2].routines[0].steps[0]", "a hold step needs `seconds`", Some((60, 1))),
    case("routine_without_steps.toml", "tabs[0].routines[0].steps", "a routine needs at least one step", Some((13, 1))),
    case(
        "unknown_phase_kind.toml",
        "tabs[0].routines[0].steps[0].phases[1].kind",
        "unknown value `exhail`; did you mean `exhale`?",
        Some((24, 12)),
    ),
    case(
        "unknown_step_kind.toml",
        "tabs[0].routines[0].steps[0].kind",
        "unknown value `stretch`; expected `breathe` or `hold`",
        Some((19, 8)),
    ),
    case(
        "cycles_in_hold_step.toml",
        "tabs[0].routines[0].steps[0].cycles",
        "is not used by a hold step",
        Some((23, 10)),
    ),
    // The words spoken at phase changes.
    case("unknown_cue_kind.toml", "tabs[0].cues.inhail", "unknown key `inhail`; did you mean `inhale`?", Some((14, 1))),
    case(
        "cue_words_option.toml",
        "tabs[0].cues.done",
        "cue words must not start with '-' (a speech program would take them for an option)",
        Some((15, 8)),
    ),
    case(
        "cue_words_two_lines.toml",
        "tabs[0].cues.inhale",
        "cue words are one line: no line breaks, tabs or other control characters",
        Some((14, 10)),
    ),
    case("cues_in_topics_tab.toml", "tabs[0].cues", "is not used by a topics tab", Some((20, 1))),
    case(
        "unknown_cramp_now_routine.toml",
        "cramp_now.routine",
        "no coach routine has the id \"calf-stretch\"",
        Some((54, 11)),
    ),
    // Triage.
    case(
        "unknown_sign_level.toml",
        "tabs[0].signs[0].level",
        "unknown level \"urgent\"; this tab's levels are now, soon",
        Some((30, 9)),
    ),
    case(
        "duplicate_level.toml",
        "tabs[0].levels[1].id",
        "duplicate id \"now\": already used by tabs[0].levels[0].id on line 14",
        Some((19, 6)),
    ),
    case(
        "escalation_zero_minutes.toml",
        "cramp_now.escalations[0].after_minutes",
        "must be minutes above 0",
        Some((57, 17)),
    ),
    case(
        "triage_without_self_care.toml",
        "tabs[1]",
        "a triage tab needs `self_care`, the verdict when nothing is ticked",
        Some((22, 1)),
    ),
    // The cramp-now screen.
    case("cramp_now_without_steps.toml", "cramp_now.steps", "needs at least one step", Some((95, 9))),
    case(
        "unknown_watch_sign.toml",
        "cramp_now.watch[0]",
        "no warning sign has the id \"swollen-legs\"",
        Some((97, 10)),
    ),
    case(
        "unknown_escalation_level.toml",
        "cramp_now.escalations[0].level",
        "no triage level has the id \"later\"",
        Some((101, 9)),
    ),
    case(
        "escalations_out_of_order.toml",
        "cramp_now.escalations[1].after_minutes",
        "escalations must be in order, earliest first",
        Some((106, 17)),
    ),
    // Hydration.
    case("hydration_without_plan.toml", "tabs[3]", "a hydration tab needs a plan ([tabs.plan])", Some((75, 1))),
    case(
        "weight_out_of_range.toml",
        "tabs[3].plan.max_weight_lb",
        "must be a weight from 1 to 1500 lb, found 2000",
        Some((83, 17)),
    ),
    case(
        "weight_below_range.toml",
        "tabs[3].plan.min_weight_lb",
        "must be a weight from 1 to 1500 lb, found 0.5",
        Some((82, 17)),
    ),
    case(
        "default_weight_outside_range.toml",
        "tabs[3].plan.default_weight_lb",
        "must lie between min_weight_lb and max_weight_lb",
        Some((81, 21)),
    ),
    case("plan_without_amounts.toml", "tabs[3].plan.amounts", "a plan needs at least one amount", Some((80, 1))),
    case("oz_max_below_oz_min.toml", "tabs[3].plan.amounts[0].oz_max", "must not be below oz_min", Some((92, 10))),
    case(
        "ratio_too_large.toml",
        "tabs[3].plan.amounts[0].oz_per_lb",
        "must be a number above 0 and at most 5, found 6",
        Some((91, 13)),
    ),
    case(
        "fixed_amount_too_large.toml",
        "tabs[3].plan.amounts[0].oz_min",
        "must be a number above 0 and at most 1000, found 1200",
        Some((91, 10)),
    ),
    case(
        "min_weight_over_max.toml",
        "tabs[0].plan.min_weight_lb",
        "min_weight_lb (500) is above max_weight_lb (60)",
        Some((15, 17)),
    ),
    // The diary's details: every mistake is reported; this row checks one.
    case(
        "diary_mistakes.toml",
        "diary.fields[2].key",
        "\"note\" is an export column of its own; choose another key",
        Some((41, 7)),
    ),
    case("amount_ratio_and_fixed.toml", "tabs[0].plan.amounts[0]", "give exactly one of `oz_per_lb`", Some((21, 1))),
    case(
        "amount_over_daily_ceiling.toml",
        "tabs[0].plan.amounts[1]",
        "120 oz is more than the plan's daily ceiling, max_oz_per_day (100)",
        Some((26, 1)),
    ),
    // The [ui] table of screen texts.
    case("ui_not_a_table.toml", "ui.triage", "expected a table of texts, such as [ui.triage]", Some((22, 10))),
    case("ui_unknown_group.toml", "ui.triag", "unknown group `triag`; did you mean `triage`?", Some((21, 1))),
    case(
        "ui_unknown_group_far.toml",
        "ui.hiccups",
        "unknown group `hiccups` (`cramp-guide ui-text` lists every text)",
        Some((21, 1)),
    ),
    case(
        "ui_unknown_text.toml",
        "ui.triage.nothing_tickd",
        "unknown text `nothing_tickd`; did you mean `nothing_ticked`?",
        Some((22, 17)),
    ),
    case(
        "ui_unknown_text_far.toml",
        "ui.triage.heading",
        "unknown text `heading` (`cramp-guide ui-text` lists every text)",
        Some((22, 11)),
    ),
    case("ui_not_text.toml", "ui.triage.nothing_ticked", "expected a text (a string)", Some((22, 18))),
    case(
        "ui_not_forms.toml",
        "ui.triage.ticked_count",
        "expected a table of two texts, `one` and `other`",
        Some((22, 16)),
    ),
    case(
        "ui_plural_needed.toml",
        "ui.triage.ticked_count",
        r#"this text counts something: write it as { one = "…", other = "…" }"#,
        Some((22, 16)),
    ),
    case(
        "ui_plural_not_wanted.toml",
        "ui.triage.nothing_ticked",
        "this text is one string, not a table of forms",
        Some((22, 18)),
    ),
    case(
        "ui_placeholder.toml",
        "ui.triage.list_title",
        "unknown placeholder {marcadas}; this text takes {at}, {total}, {ticked}",
        Some((22, 14)),
    ),
    // The [locale] table.
    case(
        "locale_unknown_stemmer.toml",
        "locale.stemmer",
        r#"unknown value "klingon"; one of arabic, danish"#,
        Some((22, 11)),
    ),
    case("locale_months_count.toml", "locale.months", r#"needs 12 names, found 2"#, Some((22, 10))),
    case(
        "locale_separator.toml",
        "locale.decimal",
        r#"must be one character, and not the same as the other separator (found ", ")"#,
        Some((22, 11)),
    ),
    case("locale_empty.toml", "locale.language", r#"must not be empty"#, Some((22, 12))),
];

fn fixtures(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(kind)
}

fn fixture_names(kind: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixtures(kind))
        .expect("the fixtures folder")
        .map(|e| e.expect("a fixture").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn expect_error(result: Result<cramp_guide::guide::Guide, LoadError>, what: &str) -> LoadError {
    match result {
        Ok(_) => panic!("{what} loaded, but it should be refused"),
        Err(e) => e,
    }
}

/// The problem at `path`, or a failure that shows every problem found.
fn problem_at<'e>(error: &'e LoadError, path: &str) -> &'e Problem {
    error
        .problems
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no problem at {path:?}; the loader said:\n{error}"))
}

fn check_case(case: &Case, error: &LoadError) {
    let problem = problem_at(error, case.path);
    assert!(
        problem.message.contains(case.message),
        "{}: expected a message containing {:?}, got {:?}",
        case.file,
        case.message,
        problem.message
    );
    let at = problem.location.as_ref().map(|l| (l.line, l.column));
    assert_eq!(at, case.at, "{}: line and column of {:?}\n{error}", case.file, problem.message);
    assert!(error.to_string().contains(case.message), "{}: the printed error lacks the message", case.file);
}

#[test]
fn every_invalid_fixture_fails_with_its_own_message() {
    for case in CASES {
        let path = fixtures("invalid").join(case.file);
        let error = expect_error(load_guide(&path), case.file);
        assert_eq!(error.file, path.display().to_string(), "{}: the error names the file", case.file);
        check_case(case, &error);
    }
}

#[test]
fn every_invalid_fixture_has_a_case() {
    let named: Vec<&str> = CASES.iter().map(|c| c.file).collect();
    for name in fixture_names("invalid") {
        assert!(named.contains(&name.as_str()), "tests/fixtures/invalid/{name} has no row in CASES");
    }
    for name in &named {
        assert!(fixtures("invalid").join(name).is_file(), "CASES names a missing fixture {name}");
    }
}

#[test]
fn every_valid_fixture_loads() {
    for name in fixture_names("valid") {
        let path = fixtures("valid").join(&name);
        if let Err(e) = load_guide(&path) {
            panic!("{name} should load:\n{e}");
        }
    }
}

#[test]
fn the_printed_error_names_file_line_column_path_and_shows_a_caret() {
    let text = fs::read_to_string(fixtures("invalid").join("bad_url.toml")).unwrap();
    let error = expect_error(parse_guide(&text, "bad_url.toml"), "bad_url.toml");
    let expected = [
        r#"error: bad_url.toml:25:36: tabs[0].entries[1].sources[0].url: expected an http:// or https:// URL, found "ftp://example.com/iron""#,
        r#"    |"#,
        r#" 25 | sources = [{ title = "Iron", url = "ftp://example.com/iron" }]"#,
        r#"    |                                    ^^^^^^^^^^^^^^^^^^^^^^^^"#,
    ]
    .join("\n");
    assert_eq!(error.to_string(), expected);
}

#[test]
fn the_caret_lines_up_under_wide_characters() {
    let text = fs::read_to_string(fixtures("valid").join("minimal.toml")).unwrap().replace(
        r#"sources = [{ title = "Water", url = "https://example.com/water" }]"#,
        r#"sources = [{ title = "水分 Wasser", url = "ftp://example.com" }]"#,
    );
    let error = expect_error(parse_guide(&text, "wide.toml"), "wide.toml");
    let printed = error.to_string();
    let lines: Vec<&str> = printed.lines().collect();
    // `sources = [{ title = "` is 22 characters, `水分 Wasser` 9 (but 11
    // columns wide) and `", url = ` 9 more: the URL is at character 41, which
    // the terminal shows at column 43, so the caret needs 42 spaces.
    assert!(lines[0].starts_with("error: wide.toml:19:41: "), "{printed}");
    let source_line = lines[2].split_once(" | ").unwrap().1;
    let caret_line = lines[3].split_once(" | ").unwrap().1;
    assert!(source_line.starts_with("sources = [{ title = \"水分"), "{printed}");
    assert_eq!(caret_line, format!("{}{}", " ".repeat(42), "^".repeat(19)), "{printed}");
}

#[test]
fn several_mistakes_are_all_reported_in_file_order() {
    let path = fixtures("invalid").join("several_mistakes.toml");
    let error = expect_error(load_guide(&path), "several_mistakes.toml");
    let found: Vec<(&str, usize)> =
        error.problems.iter().map(|p| (p.path.as_str(), p.location.as_ref().map_or(0, |l| l.line))).collect();
    assert_eq!(
        found,
        [
            ("tabs[0].title", 10),
            ("tabs[0].entries[0].sources[0].url", 18),
            ("tabs[0].entries[0].related[0]", 19),
            ("tabs[0].entries[1].id", 22),
        ]
    );
    assert!(error.to_string().ends_with(&format!("4 problems in {}", path.display())));
}

fn whole_file_message(error: &LoadError) -> &str {
    assert_eq!(error.problems.len(), 1, "{error}");
    assert_eq!(error.problems[0].path, "");
    assert_eq!(error.problems[0].location, None);
    &error.problems[0].message
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-guide.toml");
    let error = expect_error(load_guide(&path), "a missing file");
    assert_eq!(whole_file_message(&error), "cannot read the guide: no such file");
    assert_eq!(error.to_string(), format!("error: {}: cannot read the guide: no such file", path.display()));
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let error = expect_error(load_guide(dir.path()), "a directory");
    assert!(whole_file_message(&error).contains("is a directory; expected a guide file"), "{error}");
}

#[test]
fn a_path_through_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("guide.toml");
    fs::write(&file, "").unwrap();
    let error = expect_error(load_guide(&file.join("inner.toml")), "a path through a file");
    assert!(whole_file_message(&error).starts_with("cannot read the guide: "), "{error}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("guide.toml");
    fs::copy(fixtures("valid").join("minimal.toml"), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any file, so as root the binary runs as `nobody`, who
    // cannot; either way the file really is unreadable to the reader. (A
    // copy of the binary, as `nobody` may not reach the build directory.)
    let as_root = fs::File::open(&path).is_ok();
    let binary = if as_root {
        let copy = dir.path().join("cramp-guide");
        fs::copy(env!("CARGO_BIN_EXE_cramp-guide"), &copy).unwrap();
        fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).unwrap();
        copy
    } else {
        PathBuf::from(env!("CARGO_BIN_EXE_cramp-guide"))
    };
    let mut command = Binary::program(&binary);
    command.arg("--guide").arg(&path).arg("--check").env("NO_COLOR", "1");
    if as_root {
        command.command().uid(65534).gid(65534);
    } else {
        let error = expect_error(load_guide(&path), "an unreadable file");
        assert!(whole_file_message(&error).contains("permission denied"), "{error}");
    }
    // A fork elsewhere in this test process may briefly hold the fresh
    // copy open for writing ("text file busy"): try again.
    let output = (0..50)
        .find_map(|_| match command.output() {
            Err(e) if e.raw_os_error() == Some(26) => {
                std::thread::sleep(Duration::from_millis(20));
                None
            }
            result => Some(result.expect("the binary runs")),
        })
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "as root: {as_root}; {stderr}");
    assert!(stderr.contains("the guide: permission denied"), "as root: {as_root}; {stderr}");
}

#[test]
fn an_empty_or_blank_file_is_refused() {
    for text in ["", "   \n\n\t\n"] {
        let error = expect_error(parse_guide(text, "blank.toml"), "a blank file");
        assert!(whole_file_message(&error).starts_with("is empty"), "{error}");
    }
}

/// A valid guide of at least `bytes` bytes: one topics tab with many entries.
fn large_guide(bytes: usize) -> String {
    let mut text = fs::read_to_string(fixtures("valid").join("minimal.toml")).unwrap();
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&format!(
            "\n[[tabs.entries]]\nid = \"entry-{i}\"\ntitle = \"Entry {i}\"\nsummary = \"One line\"\n\
             body = \"Some text about it, long enough to be a paragraph of a real entry.\"\n\
             related = [\"dehydration\"]\nsources = [{{ title = \"Source\", url = \"https://example.com/{i}\" }}]\n"
        ));
        i += 1;
    }
    text
}

#[test]
fn a_five_megabyte_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guide.toml");
    fs::write(&path, large_guide(5 * 1024 * 1024)).unwrap();
    let error = expect_error(load_guide(&path), "a 5 MB file");
    assert_eq!(whole_file_message(&error), "is too large (5.0 MiB or more); a guide may be at most 4 MiB");
    // Its size alone refuses it: 5 MB that are not even text say the same.
    fs::write(&path, vec![0xFF; 5 * 1024 * 1024]).unwrap();
    let error = expect_error(load_guide(&path), "5 MB of bytes that are not text");
    assert_eq!(whole_file_message(&error), "is too large (5.0 MiB or more); a guide may be at most 4 MiB");
    // The same text handed over directly is refused too.
    let text = large_guide(5 * 1024 * 1024);
    let error = expect_error(parse_guide(&text, "huge.toml"), "5 MB of text");
    assert_eq!(whole_file_message(&error), "is too large (5.0 MiB or more); a guide may be at most 4 MiB");
}

#[test]
fn a_guide_of_exactly_the_limit_loads_and_one_byte_more_is_refused() {
    let minimal = fs::read_to_string(fixtures("valid").join("minimal.toml")).unwrap();
    let limit = MAX_GUIDE_BYTES as usize;
    // The minimal guide and one comment line, to exactly `bytes` bytes.
    let padded = |bytes: usize| format!("{minimal}\n#{}\n", "x".repeat(bytes - minimal.len() - 3));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guide.toml");
    let at_limit = padded(limit);
    assert_eq!(at_limit.len(), limit);
    fs::write(&path, &at_limit).unwrap();
    load_guide(&path).unwrap_or_else(|e| panic!("a guide of exactly 4 MiB loads:\n{e}"));
    parse_guide(&at_limit, "limit.toml").unwrap_or_else(|e| panic!("4 MiB of text parses:\n{e}"));
    let over = padded(limit + 1);
    fs::write(&path, &over).unwrap();
    let error = expect_error(load_guide(&path), "4 MiB and a byte");
    assert_eq!(whole_file_message(&error), "is too large (4.0 MiB or more); a guide may be at most 4 MiB");
    let error = expect_error(parse_guide(&over, "over.toml"), "4 MiB and a byte of text");
    assert_eq!(whole_file_message(&error), "is too large (4.0 MiB or more); a guide may be at most 4 MiB");
}

#[test]
fn a_device_that_never_ends_is_read_only_to_the_limit() {
    // Not a regular file, so its size is unknown until it is read: the
    // reading stops one byte past the limit and refuses it.
    let error = expect_error(load_guide(Path::new("/dev/zero")), "/dev/zero");
    assert_eq!(error.file, "/dev/zero");
    assert_eq!(whole_file_message(&error), "is too large (4.0 MiB or more); a guide may be at most 4 MiB");
}

#[test]
fn a_three_megabyte_guide_loads() {
    // Under the 4 MiB limit, so it must load, and in reasonable time.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guide.toml");
    let text = large_guide(3 * 1024 * 1024);
    assert!((text.len() as u64) < MAX_GUIDE_BYTES);
    fs::write(&path, &text).unwrap();
    let guide = load_guide(&path).unwrap_or_else(|e| panic!("a 3 MB guide is under the limit and loads:\n{e}"));
    match &guide.tabs[0].body {
        TabBody::Topics(entries) => assert!(entries.len() > 10_000, "{} entries", entries.len()),
        _ => panic!("expected a topics tab"),
    }
}

#[test]
fn a_large_file_full_of_mistakes_stops_after_a_hundred() {
    let text = large_guide(3 * 1024 * 1024).replace("title = \"Entry ", "title = \"\" # ");
    let error = expect_error(parse_guide(&text, "many.toml"), "a file full of mistakes");
    assert_eq!(error.problems.len(), 101, "100 problems and a note");
    let note = &error.problems[100].message;
    assert!(note.starts_with("…and ") && note.contains("more problems not shown"), "{note}");
    assert!(!error.to_string().contains("101 problems"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let depth = 10_000;
    let texts = [
        format!("a = {}{}", "[".repeat(depth), "]".repeat(depth)),
        format!("a = {}", "[".repeat(depth)),
        format!("a = {}1{}", "{ b = ".repeat(depth), " }".repeat(depth)),
        format!("{}b = 1", "a.".repeat(depth)),
        format!("[{}b]", "a.".repeat(depth)),
    ];
    for text in &texts {
        let error = expect_error(parse_guide(text, "deep.toml"), "deeply nested TOML");
        assert!(!error.problems.is_empty());
        // The snippet of a 20,000-character line is cut around the caret.
        assert!(error.to_string().lines().all(|l| l.chars().count() < 200), "{error}");
    }
}

fn run_check(guide: &Path) -> std::process::Output {
    Binary::new().arg("--guide").arg(guide).arg("--check").env("NO_COLOR", "1").output().expect("the binary runs")
}

#[test]
fn the_binary_exits_2_with_the_message_on_stderr() {
    for case in CASES {
        let output = run_check(&fixtures("invalid").join(case.file));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{}: {stderr}", case.file);
        assert!(output.stdout.is_empty(), "{}: nothing on stdout", case.file);
        assert!(stderr.contains(case.message), "{}: stderr was\n{stderr}", case.file);
        if let Some((line, column)) = case.at {
            let place = format!("{}:{line}:{column}: {}", case.file, case.path);
            assert!(stderr.contains(&place), "{}: stderr lacks {place:?}\n{stderr}", case.file);
        }
    }
}

#[test]
fn the_binary_refuses_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_check(&dir.path().join("nothing.toml"));
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read the guide: no such file"));
}

#[test]
fn the_binary_accepts_the_shipped_guide() {
    let output = run_check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("guide.toml"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty());
    assert!(stdout.contains("valid"), "{stdout}");
}

/// How `problems` print for a file named `f.toml`: each is a message at a
/// byte span of `text`.
fn printed(text: &str, problems: &[(&str, std::ops::Range<usize>)]) -> String {
    let problems = problems.iter().map(|(m, s)| Problem::new("", *m).at(text, Some(s.clone()))).collect();
    LoadError { file: "f.toml".into(), problems }.to_string()
}

/// `a` times "a", "BAD", `b` times "b".
fn bad_line(a: usize, b: usize) -> String {
    format!("{}BAD{}", "a".repeat(a), "b".repeat(b))
}

#[test]
fn a_long_line_is_shown_cut_around_the_caret() {
    // (line, the mistake's span, its column, the line as shown, the caret's
    // indent and width)
    let cases = [
        // 150 characters, the mistake at character 61: 100 around it.
        (bad_line(60, 87), 60..63, 61, format!("…{}…", bad_line(50, 47)), 51, 3),
        // Near the end: the last 100 characters, no closing ellipsis.
        (bad_line(140, 7), 140..143, 141, format!("…{}", bad_line(90, 7)), 91, 3),
        // Near the start: the first 100, no opening ellipsis.
        (bad_line(5, 142), 5..8, 6, format!("{}…", bad_line(5, 92)), 5, 3),
        // A mistake running past the part shown is underlined to its end.
        (bad_line(60, 87), 60..150, 61, format!("…{}…", bad_line(50, 47)), 51, 50),
        // A line of exactly 100 characters is shown whole.
        (bad_line(60, 37), 60..63, 61, bad_line(60, 37), 60, 3),
    ];
    for (line, span, column, shown, indent, carets) in cases {
        assert_eq!(
            printed(&line, &[("m", span.clone())]),
            format!(
                "error: f.toml:1:{column}: m\n   |\n 1 | {shown}\n   | {}{}",
                " ".repeat(indent),
                "^".repeat(carets)
            ),
            "{span:?} in a line of {}",
            line.len()
        );
    }
}

#[test]
fn the_caret_finds_its_line_and_column_in_any_text() {
    // Lines counted from 1; the gutter as wide as the line number; Windows
    // line ends and control characters are not shown; the caret is at
    // least one column wide.
    let text = format!("{}x\tbad = 1\r\nnext", "\n".repeat(11));
    assert_eq!(printed(&text, &[("m", 13..16)]), "error: f.toml:12:3: m\n    |\n 12 | x bad = 1\n    |   ^^^");
    // An empty span still gets one caret; one running onto the next line
    // stops at the end of its own.
    assert_eq!(printed("ab\ncd", &[("m", 1..1)]), "error: f.toml:1:2: m\n   |\n 1 | ab\n   |  ^");
    assert_eq!(printed("ab\r\ncd", &[("m", 1..5)]), "error: f.toml:1:2: m\n   |\n 1 | ab\n   |  ^");
    // A span past the end, or inside a character, is pulled back to a
    // character boundary.
    assert_eq!(printed("aé", &[("m", 2..9)]), "error: f.toml:1:2: m\n   |\n 1 | aé\n   |  ^");
    assert_eq!(printed("ab", &[("m", 7..9)]), "error: f.toml:1:3: m\n   |\n 1 | ab\n   |   ^");
    // Several problems each print in full, then their count.
    assert_eq!(
        printed("a\nb", &[("one", 0..1), ("two", 2..3)]),
        "error: f.toml:1:1: one\n   |\n 1 | a\n   | ^\nerror: f.toml:2:1: two\n   |\n 2 | b\n   | ^\n2 problems in f.toml"
    );
}

#[test]
fn a_problem_without_a_place_names_the_file_and_its_entry() {
    let error = LoadError {
        file: "f.toml".into(),
        problems: vec![Problem::new("tabs[0].id", "is empty"), Problem::new("", "whole")],
    };
    assert_eq!(error.to_string(), "error: f.toml: tabs[0].id: is empty\nerror: f.toml: whole\n2 problems in f.toml");
    let cut = LoadError { file: "f.toml".into(), problems: vec![Problem::new("", "one"), Problem::more(1, 4)] };
    assert_eq!(
        cut.to_string(),
        "error: f.toml: one\nerror: f.toml: …and 4 more problems not shown (5 in all); fix these and check again"
    );
    let one = LoadError::whole_file("f.toml", "is empty");
    assert_eq!(one.to_string(), "error: f.toml: is empty");
}

/// The one problem of `every_kind.toml` with each `(old, new)` edit made:
/// its path and message.
#[track_caller]
fn the_problem(edits: &[(&str, &str)]) -> (String, String) {
    let mut text = fs::read_to_string(fixtures("valid").join("every_kind.toml")).unwrap();
    for (old, new) in edits {
        assert_eq!(text.matches(old).count(), 1, "{old:?} occurs once");
        text = text.replacen(old, new, 1);
    }
    let error = expect_error(parse_guide(&text, "edited.toml"), "an edited guide");
    assert_eq!(error.problems.len(), 1, "{error}");
    let problem = &error.problems[0];
    (problem.path.clone(), problem.message.clone())
}

#[test]
fn a_value_of_the_wrong_type_is_named_in_the_guides_words() {
    let step = "tabs[2].routines[0].steps[0]";
    for (new, message) in [
        ("seconds = \"30\"\n", "expected a number, found the text \"30\" (write numbers without quotes)"),
        ("seconds = true\n", "expected a number, found true"),
        ("seconds = [30]\n", "expected a number, found an array"),
        ("seconds = { s = 30 }\n", "expected a number, found a table"),
    ] {
        assert_eq!(the_problem(&[("seconds = 30\n", new)]), (format!("{step}.seconds"), message.to_string()), "{new}");
    }
    let breathe = "tabs[2].routines[0].steps[1]";
    for (new, message) in [
        ("cycles = 2.5\n", "expected a whole number, found the number 2.5"),
        ("cycles = \"2\"\n", "expected a whole number, found the text \"2\""),
        ("cycles = 1979-05-27\n", "expected a whole number, found the date `1979-05-27`"),
    ] {
        assert_eq!(the_problem(&[("cycles = 2\n", new)]), (format!("{breathe}.cycles"), message.to_string()), "{new}");
    }
    assert_eq!(
        the_problem(&[("{ kind = \"inhale\", seconds = 4, say = \"In\" }", "\"inhale\"")]),
        (format!("{breathe}.phases[0]"), "expected a table, found the text \"inhale\"".to_string())
    );
    assert_eq!(
        the_problem(&[("title = \"Test guide\"", "title = 5")]),
        ("title".to_string(), "expected a string, found the number 5".to_string())
    );
}

#[test]
fn a_misspelt_key_is_offered_the_nearest_key_only_when_it_is_near() {
    // One letter off a two-letter key is near; two off a three-letter key is
    // not; three off any key is not.
    let (path, message) = the_problem(&[("id = \"dehydration\"", "ib = \"dehydration\"")]);
    assert_eq!(path, "tabs[0].entries[0].ib");
    assert!(message.starts_with("unknown key `ib`; did you mean `id`? (expected one of `id`, "), "{message}");
    let (path, message) = the_problem(&[("title = \"Clots\", url =", "title = \"Clots\", uxx =")]);
    assert_eq!(path, "tabs[1].signs[0].sources[0].uxx");
    assert_eq!(message, "unknown key `uxx`; expected `title` or `url`");
    let (_, message) = the_problem(&[("summary = \"Short of water and salts\"", "sxmmxrx = \"Short\"")]);
    assert!(message.starts_with("unknown key `sxmmxrx`; expected one of `id`, "), "{message}");
}

#[test]
fn a_whole_number_out_of_its_range_is_named_in_the_guides_words() {
    for (value, message) in [
        ("-1", "expected a whole number of 0 or more, found -1"),
        ("99999999999", "expected a whole number, found 99999999999 (too large)"),
    ] {
        let text = DEFAULT_GUIDE.replacen("night_from = 22", &format!("night_from = {value}"), 1);
        let error = expect_error(parse_guide(&text, "guide.toml"), "a night hour out of range");
        let problem = problem_at(&error, "diary.night_from");
        assert_eq!(problem.message, message);
    }
}
