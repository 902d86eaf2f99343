//! Checks for coach routines: durations, cycles, step shapes and the words
//! spoken at phase changes.

use std::time::Duration;

use super::checker::{Checker, check_id};
use super::model::{CueWords, Phase, Routine, Step, StepKind};
use super::raw::{RawRoutine, RawStep, StepKindName};

pub(super) fn routine(c: &mut Checker, path: &str, r: RawRoutine, cues: &CueWords) -> Routine {
    check_id(c, &format!("{path}.id"), &r.id);
    c.text(&format!("{path}.title"), &r.title);
    c.text(&format!("{path}.description"), &r.description);
    c.texts(&format!("{path}.cautions"), &r.cautions);
    c.texts(&format!("{path}.synonyms"), &r.synonyms);
    let lead_in = r.lead_in.map(|s| c.seconds(&format!("{path}.lead_in"), s));
    if r.steps.is_empty() {
        c.report(&format!("{path}.steps"), "a routine needs at least one step ([[tabs.routines.steps]])");
    }
    let steps = r.steps.into_iter().enumerate().map(|(i, s)| step(c, &format!("{path}.steps[{i}]"), s)).collect();
    Routine {
        sources: c.sources(&format!("{path}.sources"), r.sources, false),
        id: r.id,
        title: r.title,
        description: r.description,
        cautions: r.cautions,
        lead_in,
        steps,
        synonyms: r.synonyms,
        cues: cues.clone(),
    }
}

/// A coach tab's cue words: each one given is passed whole, as one
/// argument, to a speech program, so it is one line of text that no
/// program could take for an option.
pub(super) fn cue_words(c: &mut Checker, path: &str, words: CueWords) -> CueWords {
    let CueWords { inhale, hold, exhale, rest, stretch, switch, done } = &words;
    let given = [
        ("inhale", inhale),
        ("hold", hold),
        ("exhale", exhale),
        ("rest", rest),
        ("stretch", stretch),
        ("switch", switch),
        ("done", done),
    ];
    for (key, value) in given {
        let Some(value) = value else { continue };
        let at = format!("{path}.{key}");
        if value.chars().any(char::is_control) {
            c.report(&at, "cue words are one line: no line breaks, tabs or other control characters");
        } else if value.trim_start().starts_with('-') {
            c.report(&at, "cue words must not start with '-' (a speech program would take them for an option)");
        } else {
            c.text(&at, value);
        }
    }
    words
}

fn step(c: &mut Checker, path: &str, s: RawStep) -> Step {
    c.text(&format!("{path}.title"), &s.title);
    let kind = match s.kind {
        StepKindName::Breathe => {
            for (key, present) in [
                ("say", s.say.is_some()),
                ("seconds", s.seconds.is_some()),
                ("sides", s.sides.is_some()),
                ("switch_seconds", s.switch_seconds.is_some()),
                ("repeat", s.repeat.is_some()),
            ] {
                if present {
                    c.report(&format!("{path}.{key}"), "is not used by a breathe step; remove it or change `kind`");
                }
            }
            let phases = s.phases.unwrap_or_default();
            if phases.is_empty() {
                c.report(path, "a breathe step needs `phases` (at least one inhale, hold, exhale or rest)");
            }
            let phases = phases
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let pp = format!("{path}.phases[{i}]");
                    c.text(&format!("{pp}.say"), &p.say);
                    Phase { kind: p.kind, seconds: c.seconds(&format!("{pp}.seconds"), p.seconds), say: p.say }
                })
                .collect();
            let cycles = match s.cycles {
                None => {
                    c.report(path, "a breathe step needs `cycles` (how many times to repeat the phases)");
                    1
                }
                some => c.count(&format!("{path}.cycles"), some, 1),
            };
            StepKind::Breathe { phases, cycles }
        }
        StepKindName::Hold => {
            for (key, present) in [("phases", s.phases.is_some()), ("cycles", s.cycles.is_some())] {
                if present {
                    c.report(&format!("{path}.{key}"), "is not used by a hold step; remove it or change `kind`");
                }
            }
            let say = s.say.unwrap_or_default();
            c.text(&format!("{path}.say"), &say);
            let seconds = match s.seconds {
                Some(v) => c.seconds(&format!("{path}.seconds"), v),
                None => {
                    c.report(path, "a hold step needs `seconds`");
                    Duration::ZERO
                }
            };
            let sides = s.sides.unwrap_or_default();
            c.texts(&format!("{path}.sides"), &sides);
            let switch = s.switch_seconds.map_or(Duration::ZERO, |v| c.seconds(&format!("{path}.switch_seconds"), v));
            StepKind::Hold { say, seconds, sides, switch, repeat: c.count(&format!("{path}.repeat"), s.repeat, 1) }
        }
    };
    Step { title: s.title, kind }
}
