//! The validator's limits, exactly: values on a limit are accepted and
//! values just past it refused, at the right path. Each case edits
//! `tests/fixtures/valid/every_kind.toml` and loads it in memory.

use std::path::Path;

use cramp_guide::guide::parse_guide;

fn every_kind() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/every_kind.toml"))
        .expect("the fixture")
}

/// The guide with each `(old, new)` edit made (each `old` must occur
/// exactly once); the (path, message) of every problem, empty when valid.
#[track_caller]
fn problems(edits: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut text = every_kind();
    for (old, new) in edits {
        assert_eq!(text.matches(old).count(), 1, "{old:?} occurs once in every_kind.toml");
        text = text.replacen(old, new, 1);
    }
    match parse_guide(&text, "edited.toml") {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.into_iter().map(|p| (p.path, p.message)).collect(),
    }
}

#[track_caller]
fn accepted(edits: &[(&str, &str)]) {
    let found = problems(edits);
    assert!(found.is_empty(), "{edits:?} should be accepted: {found:#?}");
}

/// Refused with exactly one problem, at `path`, whose message contains
/// `message`.
#[track_caller]
fn refused_at(edits: &[(&str, &str)], path: &str, message: &str) {
    let found = problems(edits);
    assert!(
        found.len() == 1 && found[0].0 == path && found[0].1.contains(message),
        "{edits:?} should give one problem at {path} ({message:?}): {found:#?}"
    );
}

const HOLD: &str = "seconds = 30\n";
const CYCLES: &str = "cycles = 2\n";

#[test]
fn seconds_up_to_an_hour() {
    accepted(&[(HOLD, "seconds = 3600\n")]);
    refused_at(&[(HOLD, "seconds = 3600.5\n")], "tabs[2].routines[0].steps[0].seconds", "over the limit of 3600 s");
    refused_at(&[(HOLD, "seconds = 0.0\n")], "tabs[2].routines[0].steps[0].seconds", "above zero, found 0");
    refused_at(&[(HOLD, "seconds = inf\n")], "tabs[2].routines[0].steps[0].seconds", "above zero, found inf");
    accepted(&[(HOLD, "seconds = 0.001\n")]);
    refused_at(&[("lead_in = 5.0", "lead_in = 0.0")], "tabs[2].routines[0].lead_in", "above zero");
    refused_at(
        &[(HOLD, "seconds = 30\nsides = [\"left\", \"right\"]\nswitch_seconds = 0\n")],
        "tabs[2].routines[0].steps[0].switch_seconds",
        "above zero",
    );
}

#[test]
fn counts_from_1_to_10000() {
    // 10000 cycles is a valid count, though the routine is then too long.
    refused_at(&[(CYCLES, "cycles = 10000\n")], "tabs[2].routines[0]", "a routine may last at most 4 hours");
    refused_at(&[(CYCLES, "cycles = 10001\n")], "tabs[2].routines[0].steps[1].cycles", "found 10001");
    accepted(&[(CYCLES, "cycles = 1\n")]);
    refused_at(&[(HOLD, "seconds = 1\nrepeat = 0\n")], "tabs[2].routines[0].steps[0].repeat", "found 0");
    accepted(&[(HOLD, "seconds = 1\nrepeat = 3\n")]);
}

#[test]
fn a_routine_lasts_at_most_four_hours_counting_every_switch_and_the_lead_in() {
    // 5 s lead-in + 2 × 10 s of breathing + 4 holds + 3 switches of 1 s.
    let holds =
        |seconds: &str| format!("seconds = {seconds}\nsides = [\"left\", \"right\"]\nrepeat = 2\nswitch_seconds = 1\n");
    let exact = holds("3593"); // 5 + 20 + 4 × 3593 + 3 = 14400 s, exactly 4 h
    accepted(&[(HOLD, &exact)]);
    let over = holds("3593.25"); // 14401 s
    refused_at(&[(HOLD, &over)], "tabs[2].routines[0]", "lasts 240 min; a routine may last at most 4 hours");
}

#[test]
fn per_pound_ratios_up_to_5_and_fixed_amounts_up_to_1000() {
    const RATIO: &str = "oz_per_lb = 0.5";
    accepted(&[(RATIO, "oz_per_lb = 5.0")]);
    refused_at(&[(RATIO, "oz_per_lb = 5.01")], "tabs[3].plan.amounts[0].oz_per_lb", "at most 5, found 5.01");
    refused_at(&[(RATIO, "oz_per_lb = 0.0")], "tabs[3].plan.amounts[0].oz_per_lb", "above 0");
    refused_at(&[(RATIO, "oz_per_lb = nan")], "tabs[3].plan.amounts[0].oz_per_lb", "found NaN");
    accepted(&[(RATIO, "oz_min = 8.0\noz_max = 8.0")]);
    accepted(&[(RATIO, "oz_min = 8.0")]);
    // A fixed amount may reach the plan's daily ceiling (100 oz here), not pass it.
    accepted(&[(RATIO, "oz_min = 90.0\noz_max = 100.0")]);
    refused_at(
        &[(RATIO, "oz_min = 90.0\noz_max = 100.5")],
        "tabs[3].plan.amounts[0]",
        "100.5 oz is more than the plan's daily ceiling",
    );
    refused_at(&[(RATIO, "oz_min = 8.0\noz_max = 7.5")], "tabs[3].plan.amounts[0].oz_max", "must not be below oz_min");
    refused_at(
        &[(RATIO, "oz_per_lb = 0.5\noz_max = 8.0")],
        "tabs[3].plan.amounts[0].oz_max",
        "is not used by a per-pound amount",
    );
}

#[test]
fn weights_from_1_to_1500_lb_in_order() {
    const MIN: &str = "min_weight_lb = 60.0";
    const MAX: &str = "max_weight_lb = 500.0";
    const DEFAULT: &str = "default_weight_lb = 160.0";
    accepted(&[(MIN, "min_weight_lb = 1.0"), (MAX, "max_weight_lb = 1500.0")]);
    refused_at(&[(MAX, "max_weight_lb = 1500.5")], "tabs[3].plan.max_weight_lb", "found 1500.5");
    refused_at(&[(MAX, "max_weight_lb = inf")], "tabs[3].plan.max_weight_lb", "found inf");
    // The default may sit on either end, and all three may be equal.
    accepted(&[(DEFAULT, "default_weight_lb = 60.0")]);
    accepted(&[(DEFAULT, "default_weight_lb = 500.0")]);
    accepted(&[(MIN, "min_weight_lb = 160.0"), (MAX, "max_weight_lb = 160.0")]);
    refused_at(&[(DEFAULT, "default_weight_lb = 59.5")], "tabs[3].plan.default_weight_lb", "must lie between");
}

/// The cramp-now escalation, with more after it.
fn escalations(minutes: &[&str]) -> Vec<(String, String)> {
    let one = |m: &str, level: &str| {
        format!(
            "[[cramp_now.escalations]]\nafter_minutes = {m}\nlevel = \"{level}\"\nsay = \"Later.\"\n\
             sources = [{{ title = \"NHS\", url = \"https://www.nhs.uk/\" }}]\n"
        )
    };
    let text = every_kind();
    let start = text.find("[[cramp_now.escalations]]").expect("an escalation");
    let all: String = minutes.iter().map(|m| one(m, "soon")).collect::<Vec<_>>().join("\n");
    let edited = format!("{}{all}", &text[..start]);
    match parse_guide(&edited, "edited.toml") {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.into_iter().map(|p| (p.path, p.message)).collect(),
    }
}

#[test]
fn escalations_strictly_in_order_and_within_a_day() {
    assert_eq!(escalations(&["5.0", "10.0", "20.0"]), []);
    assert_eq!(escalations(&["1440.0"]), []);
    let path = |i: usize| format!("cramp_now.escalations[{i}].after_minutes");
    let found = escalations(&["1440.5"]);
    assert!(found.len() == 1 && found[0].0 == path(0) && found[0].1.contains("at most 1440"), "{found:?}");
    let found = escalations(&["10.0", "10.0"]);
    assert!(found.len() == 1 && found[0].0 == path(1) && found[0].1.contains("in order"), "equal: {found:?}");
    // Each one is compared with the one just before it.
    let found = escalations(&["5.0", "10.0", "7.0"]);
    assert!(found.len() == 1 && found[0].0 == path(2), "5, 10, 7: {found:?}");
    let found = escalations(&["5.0", "0.0", "7.0"]);
    assert!(found.len() == 1 && found[0].0 == path(1) && found[0].1.contains("above 0"), "5, 0, 7: {found:?}");
}

#[test]
fn ids_urls_and_texts() {
    const ID: &str = "id = \"dehydration\"";
    accepted(&[(ID, "id = \"dehydration-2_b\""), ("related = [\"calf-relief\"]", "related = [\"calf-relief\"]")]);
    refused_at(&[(ID, "id = \"dé\"")], "tabs[0].entries[0].id", "an id is lowercase letters");
    const URL: &str = "url = \"https://example.com/article\"";
    accepted(&[(URL, "url = \"http://example.com/article\"")]);
    for bad in ["https://", "https:///article", "https://example.com/an article", "example.com"] {
        refused_at(&[(URL, &format!("url = \"{bad}\""))], "source.url", "expected an http:// or https:// URL");
    }
    refused_at(&[("title = \"Causes\"", "title = \"  \"")], "tabs[0].title", "must not be empty");
    refused_at(
        &[("body = \"Drink water with electrolytes.\"", "body = \"x\"\nsynonyms = [\"cramp\", \" \"]")],
        "tabs[0].entries[0].synonyms[1]",
        "must not be empty",
    );
    refused_at(&[("kind = \"topics\"\n", "kind = \"topics\"\nintro = \"\"\n")], "tabs[0].intro", "must not be empty");
    refused_at(
        &[("oz_per_lb = 0.5", "oz_per_lb = 0.5\nnote = \"\"")],
        "tabs[3].plan.amounts[0].note",
        "must not be empty",
    );
    refused_at(
        &[("description = \"Stretch and breathe.\"", "description = \"Stretch.\"\ncautions = [\"\"]")],
        "tabs[2].routines[0].cautions[0]",
        "must not be empty",
    );
    refused_at(
        &[(
            "description = \"Stretch and breathe.\"",
            "description = \"Stretch.\"\nsources = [{ title = \"A\", url = \"ftp://a\" }]",
        )],
        "tabs[2].routines[0].sources[0].url",
        "expected an http",
    );
}

#[test]
fn ids_are_unique_across_kinds() {
    refused_at(
        &[("id = \"swollen-leg\"", "id = \"dehydration\""), ("watch = [\"swollen-leg\"]", "watch = [\"dehydration\"]")],
        "tabs[1].signs[0].id",
        "duplicate id \"dehydration\"",
    );
    refused_at(&[("id = \"self-care\"", "id = \"now\"")], "tabs[1].self_care.id", "duplicate id \"now\"");
    refused_at(&[("id = \"water\"", "id = \"coach\"")], "tabs[3].id", "duplicate id \"coach\"");
}

#[test]
fn keys_of_another_kind_are_refused_where_they_are() {
    const BREATHE: &str = "kind = \"breathe\"\n";
    for (key, value) in [("seconds", "3"), ("sides", "[\"left\"]"), ("switch_seconds", "1"), ("repeat", "2")] {
        refused_at(
            &[(BREATHE, &format!("kind = \"breathe\"\n{key} = {value}\n"))],
            &format!("tabs[2].routines[0].steps[1].{key}"),
            "is not used by a breathe step",
        );
    }
    refused_at(
        &[(HOLD, "seconds = 30\nphases = [{ kind = \"inhale\", seconds = 1, say = \"In\" }]\n")],
        "tabs[2].routines[0].steps[0].phases",
        "is not used by a hold step",
    );
    let kinds = [
        (0, "topics", "kind = \"topics\"\n"),
        (1, "triage", "kind = \"triage\"\n"),
        (2, "coach", "kind = \"coach\"\n"),
        (3, "hydration", "kind = \"hydration\"\n"),
    ];
    let extras = [
        ("entries", "entries = []\n"),
        ("routines", "routines = []\n"),
        ("levels", "levels = []\n"),
        ("signs", "signs = []\n"),
        ("self_care", "self_care = { id = \"x\", title = \"X\", advice = \"X\" }\n"),
        (
            "plan",
            "plan = { default_weight_lb = 1.0, min_weight_lb = 1.0, max_weight_lb = 1.0, max_oz_per_day = 1.0, caution = \"x\" }\n",
        ),
    ];
    let owner = |key: &str| match key {
        "entries" => "topics",
        "routines" => "coach",
        "plan" => "hydration",
        _ => "triage",
    };
    for (t, kind, line) in kinds {
        for (key, extra) in extras {
            if owner(key) == kind {
                continue;
            }
            let found = problems(&[(line, &format!("{line}{extra}"))]);
            let path = format!("tabs[{t}].{key}");
            assert!(
                found.iter().any(|(p, m)| p == &path && m.contains(&format!("is not used by a {kind} tab"))),
                "{key} in a {kind} tab: {found:#?}"
            );
        }
    }
}

#[test]
fn an_empty_list_written_out_is_named_itself() {
    // `entries = []` written: the problem points at it; left out: at the tab.
    let found = problems(&[(
        "[[tabs.entries]]\nid = \"dehydration\"\ntitle = \"Dehydration\"\nsummary = \"Short of water and salts\"\n\
         body = \"Drink water with electrolytes.\"\nsources = [{ title = \"Water\", url = \"https://example.com/water\" }]\n\
         related = [\"calf-relief\"]\n",
        "entries = []\n",
    )]);
    assert!(found.iter().any(|(p, m)| p == "tabs[0].entries" && m.contains("this tab has no items")), "{found:#?}");
}

#[test]
fn empty_ids_are_reported_once_each_not_as_duplicates() {
    let found = problems(&[
        ("id = \"dehydration\"", "id = \"\""),
        ("id = \"swollen-leg\"", "id = \"\""),
        ("watch = [\"swollen-leg\"]", "watch = []"),
    ]);
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["tabs[0].entries[0].id", "tabs[1].signs[0].id"], "{found:#?}");
    assert!(found.iter().all(|(_, m)| m.contains("an id is lowercase letters")), "{found:#?}");
}

#[test]
fn night_hours_from_0_to_23() {
    let guide = cramp_guide::guide::DEFAULT_GUIDE;
    for (line, key) in [("night_from = 22\n", "night_from"), ("night_to = 7\n", "night_to")] {
        assert_eq!(guide.matches(line).count(), 1, "{line:?} occurs once in the shipped guide");
        for hour in [0, 23] {
            let text = guide.replacen(line, &format!("{key} = {hour}\n"), 1);
            assert!(parse_guide(&text, "guide.toml").is_ok(), "{key} = {hour} is an hour");
        }
        let text = guide.replacen(line, &format!("{key} = 24\n"), 1);
        let error = parse_guide(&text, "guide.toml").expect_err("24 is not an hour");
        let found: Vec<_> = error.problems.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect();
        assert_eq!(found, [(format!("diary.{key}").as_str(), "must be an hour from 0 to 23, found 24")]);
    }
}

#[test]
fn a_scale_reaches_up_to_1000() {
    let guide = cramp_guide::guide::DEFAULT_GUIDE;
    let line = "min = 0\nmax = 10\n";
    assert_eq!(guide.matches(line).count(), 1, "the shipped guide has one scale");
    for (min, max) in [(0, 1000), (999, 1000), (0, 1)] {
        let text = guide.replacen(line, &format!("min = {min}\nmax = {max}\n"), 1);
        assert!(parse_guide(&text, "guide.toml").is_ok(), "{min} to {max} is a scale");
    }
    for (min, max) in [(0, 1001), (5, 5), (6, 5)] {
        let text = guide.replacen(line, &format!("min = {min}\nmax = {max}\n"), 1);
        let error = parse_guide(&text, "guide.toml").expect_err("not a scale");
        let found: Vec<_> = error.problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(found, ["a scale needs whole numbers min < max <= 1000"], "{min} to {max}");
    }
}
