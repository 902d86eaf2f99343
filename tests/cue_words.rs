//! The words spoken at each phase change: the coach tab's `[tabs.cues]`
//! for a kind of phase, else the phase's own instruction (so a guide in
//! another language speaks it), the side first on a per-side hold, nothing
//! in the lead-in; and the same words in `coach ID --plain`.

use std::path::Path;

use cramp_guide::coach::{PhaseChange, Timeline, cue_words};
use cramp_guide::guide::model::{Routine, TabBody};
use cramp_guide::guide::ui_text::UiText;
use cramp_guide::guide::{load_guide, parse_guide};
use cramp_guide::plain_coach::script;
use cramp_guide::text::figures::Numbers;

fn routine_of(text: &str) -> Routine {
    let guide = parse_guide(text, "test.toml").expect("the guide loads");
    let TabBody::Coach(routines) = &guide.tabs[0].body else { panic!("a coach tab first") };
    routines[0].clone()
}

/// The words at every phase change in order: each segment's start, then the end.
fn spoken(routine: &Routine) -> Vec<Option<String>> {
    let timeline = Timeline::new(routine, &UiText::english(), Numbers::ENGLISH);
    let mut words: Vec<_> =
        (0..timeline.segments().len()).map(|i| cue_words(&routine.cues, &timeline, PhaseChange::Segment(i))).collect();
    words.push(cue_words(&routine.cues, &timeline, PhaseChange::Done));
    words
}

fn some(words: &[&str]) -> Vec<Option<String>> {
    words.iter().map(|w| Some(w.to_string())).collect()
}

/// A coach tab with `cues` (TOML lines of `[tabs.cues]`, or none) and one
/// routine of the `steps` given.
fn guide(cues: &str, steps: &str) -> String {
    let table = if cues.is_empty() { String::new() } else { format!("[tabs.cues]\n{cues}\n") };
    format!(
        "title = \"T\"\ndisclaimer = \"Not medical advice.\"\n[source]\ntitle = \"A\"\nurl = \"https://example.com\"\n\
         [[tabs]]\nid = \"coach\"\ntitle = \"Coach\"\nkind = \"coach\"\n{table}\
         [[tabs.routines]]\nid = \"r\"\ntitle = \"R\"\ndescription = \"D\"\n{steps}"
    )
}

#[test]
fn each_kind_says_its_cue_words_or_the_phase_own_instruction() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/cues.toml");
    let guide = load_guide(&path).expect("the cue fixture loads");
    let TabBody::Coach(routines) = &guide.tabs[0].body else { panic!("a coach tab") };
    let mut expected = vec![None];
    expected.extend(some(&[
        "Breathe in",                     // inhale: the tab's words
        "Out slowly",                     // exhale: none given, the phase's own
        "left leg: Press your heel down", // a hold: the side first
        "Other leg",                      // the pause that changes sides
        "right leg: Press your heel down",
        "All done",
    ]));
    assert_eq!(spoken(&routines[0]), expected, "nothing is said for the lead-in");
}

#[test]
fn every_kind_takes_the_words_of_the_table() {
    let cues = "inhale = \"In\"\nhold = \"Hold it\"\nexhale = \"Out\"\nrest = \"Rest\"\n\
                stretch = \"Stretch\"\nswitch = \"Swap\"\ndone = \"Finished\"";
    let steps = "[[tabs.routines.steps]]\nkind = \"breathe\"\ntitle = \"B\"\ncycles = 1\nphases = [\n\
                 { kind = \"inhale\", seconds = 4, say = \"i\" },\n{ kind = \"hold\", seconds = 2, say = \"h\" },\n\
                 { kind = \"exhale\", seconds = 6, say = \"e\" },\n{ kind = \"rest\", seconds = 1, say = \"r\" },\n]\n\
                 [[tabs.routines.steps]]\nkind = \"hold\"\ntitle = \"S\"\nsay = \"s\"\nseconds = 20\n\
                 sides = [\"left\", \"right\"]\nswitch_seconds = 3\n";
    let words = spoken(&routine_of(&guide(cues, steps)));
    assert_eq!(
        words,
        some(&["In", "Hold it", "Out", "Rest", "left: Stretch", "Swap", "right: Stretch", "Finished"]),
        "no lead-in: the first phase is the first segment"
    );
}

#[test]
fn a_pause_before_holding_the_same_side_again_is_a_rest() {
    let steps = "[[tabs.routines.steps]]\nkind = \"hold\"\ntitle = \"Calf stretch\"\nsay = \"Heel down\"\n\
                 seconds = 30\nrepeat = 2\nswitch_seconds = 5\n";
    let own = spoken(&routine_of(&guide("", steps)));
    assert_eq!(own, some(&["Heel down", "Relax, then hold again", "Heel down", "Done"]));
    let given = spoken(&routine_of(&guide("rest = \"Pause\"\nswitch = \"Switch legs\"", steps)));
    assert_eq!(given, some(&["Heel down", "Pause", "Heel down", "Done"]), "not \"Switch legs\": the leg is the same");
}

#[test]
fn a_guide_in_another_language_speaks_it_without_a_cue_table() {
    let steps = "lead_in = 3.0\n[[tabs.routines.steps]]\nkind = \"breathe\"\ntitle = \"Atmen\"\ncycles = 1\n\
                 phases = [\n{ kind = \"inhale\", seconds = 4, say = \"Langsam einatmen\" },\n\
                 { kind = \"exhale\", seconds = 6, say = \"Langsam ausatmen\" },\n]\n";
    let words = spoken(&routine_of(&guide("done = \"Fertig\"", steps)));
    assert_eq!(words, [None, Some("Langsam einatmen".into()), Some("Langsam ausatmen".into()), Some("Fertig".into())]);
}

#[test]
fn words_reach_the_program_as_one_line_that_is_not_an_option() {
    use cramp_guide::coach::cues::spoken as line;
    assert_eq!(line("  Breathe\nin\tslowly "), Some("Breathe in slowly".into()));
    assert_eq!(line("--help"), Some("help".into()));
    assert_eq!(line(" - - "), None);
    assert_eq!(line("\n"), None);
    // A phase's own instruction is not checked like cue words: it is made
    // safe on the way out.
    let steps = "[[tabs.routines.steps]]\nkind = \"hold\"\ntitle = \"S\"\nsay = \"-w /tmp/x\"\nseconds = 5\n";
    assert_eq!(spoken(&routine_of(&guide("", steps)))[0].as_deref(), Some("w /tmp/x"));
}

#[test]
fn plain_speaks_each_phase_with_its_line() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/cues.toml");
    let guide = load_guide(&path).expect("the cue fixture loads");
    let TabBody::Coach(routines) = &guide.tabs[0].body else { panic!("a coach tab") };
    let script = script(&routines[0], &UiText::english(), Numbers::ENGLISH);
    let said: Vec<(u128, &str, Option<&str>)> =
        script.iter().map(|c| (c.at.as_millis(), c.line.as_str(), c.speak.as_deref())).collect();
    assert_eq!(
        said,
        [
            (0, "Cued routine — 0:03 in all", None),
            (0, "Get ready: Breathing — 0.4 s", None),
            (400, "In slowly — 0.4 s", Some("Breathe in")),
            (800, "Out slowly — 0.4 s", Some("Out slowly")),
            (1200, "Press your heel down (left leg) — 0.4 s", Some("left leg: Press your heel down")),
            (1600, "Switch to the right leg — 0.3 s", Some("Other leg")),
            (1900, "Press your heel down (right leg) — 0.4 s", Some("right leg: Press your heel down")),
            (2300, "Done — 0:03", Some("All done")),
        ]
    );
}

#[test]
fn without_cue_words_the_pause_the_side_and_the_end_are_said_in_the_guide_s_ui_words() {
    let steps = "[[tabs.routines.steps]]\nkind = \"hold\"\ntitle = \"Wade\"\nsay = \"Ferse runter\"\n\
                 seconds = 30\nrepeat = 2\nsides = [\"links\"]\nswitch_seconds = 5\n";
    let ui = "[ui.coach]\nhold_again = \"Locker lassen, dann wieder halten\"\ncue_done = \"Fertig\"\n\
              cue_side = \"{word} ({side})\"\n";
    let guide = parse_guide(&format!("{}\n{ui}", guide("", steps)), "test.toml").expect("the guide loads");
    let TabBody::Coach(routines) = &guide.tabs[0].body else { panic!("a coach tab first") };
    let timeline = Timeline::new(&routines[0], &guide.ui, Numbers::ENGLISH);
    let mut words: Vec<Option<String>> = (0..timeline.segments().len())
        .map(|i| cue_words(&routines[0].cues, &timeline, PhaseChange::Segment(i)))
        .collect();
    words.push(cue_words(&routines[0].cues, &timeline, PhaseChange::Done));
    assert_eq!(
        words,
        some(&["Ferse runter (links)", "Locker lassen, dann wieder halten", "Ferse runter (links)", "Fertig"])
    );
}
