//! `cramp-guide coach ROUTINE --plain`: a routine as one line per phase
//! change, in real time, for screen readers and speech programs.
//!
//! The script is worked out from the timeline up front; the runner waits
//! for each line's instant measured from one start, so it cannot drift.
//! With a cue command, each phase's cue words are spoken as its line is
//! written, as on the coach screen.

use std::io::{self, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::coach::{PhaseChange, SegmentKind, Timeline, cue_words};
use crate::cue::{CueCommand, Speaker};
use crate::guide::model::Routine;
use crate::guide::ui_text::UiText;
use crate::text::figures::{Numbers, clock_text};

/// How long the last spoken cue may go on after the routine's end.
const LAST_CUE_FOR: Duration = Duration::from_secs(10);

/// One line to say and when, counted from the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub at: Duration,
    pub line: String,
    /// The words a cue command says with it (a phase change).
    pub speak: Option<String>,
}

/// Every line of a routine in order: its title and length, its cautions,
/// one line per phase, and the "done" line, in the words of `ui`.
pub fn script(routine: &Routine, all: &UiText, numbers: Numbers) -> Vec<Cue> {
    let ui = &all.plain_coach;
    let timeline = Timeline::new(routine, all, numbers);
    let line = |at, line| Cue { at, line, speak: None };
    let total = clock_text(timeline.total());
    let mut cues = vec![line(Duration::ZERO, ui.heading.fill(&[("routine", &routine.title), ("length", &total)]))];
    // The cautions first, before anything is asked of the body.
    cues.extend(routine.cautions.iter().map(|c| line(Duration::ZERO, ui.caution.fill(&[("caution", c)]))));
    for (index, segment) in timeline.segments().iter().enumerate().filter(|(_, s)| !s.len.is_zero()) {
        let mut parts = vec![segment.say.clone()];
        if let Some(side) = &segment.side
            && segment.kind != SegmentKind::Switch
        {
            parts[0] = ui.on_side.fill(&[("say", &segment.say), ("side", side)]);
        }
        parts.push(ui.seconds.fill(&[("seconds", &seconds(segment.len, numbers))]));
        if segment.cycles > 1 {
            let of = if matches!(segment.kind, SegmentKind::Breathe(_)) { &ui.cycle_of } else { &ui.round_of };
            parts.push(of.fill(&[("at", &segment.cycle), ("total", &segment.cycles)]));
        }
        let speak = cue_words(&routine.cues, &timeline, PhaseChange::Segment(index));
        cues.push(Cue { speak, ..line(segment.start, parts.join(" — ")) });
    }
    let speak = cue_words(&routine.cues, &timeline, PhaseChange::Done);
    cues.push(Cue { speak, ..line(timeline.total(), ui.done.fill(&[("length", &total)])) });
    cues
}

/// Seconds as a number: "4", "5.5" (or "5,5", as the guide's language
/// writes it).
fn seconds(d: Duration, numbers: Numbers) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 { format!("{s:.0}") } else { numbers.one_decimal(s) }
}

/// Says the script, waiting for each cue with `wait_until` (which returns
/// false when interrupted). Returns whether it ran to the end.
pub fn say(cues: &[Cue], out: &mut impl Write, wait_until: impl FnMut(Duration) -> bool) -> io::Result<bool> {
    say_and_speak(cues, out, wait_until, |_| {})
}

/// Says the script as [`say`] does, handing each phase's cue words to
/// `speak` as its line is written.
pub fn say_and_speak(
    cues: &[Cue],
    out: &mut impl Write,
    mut wait_until: impl FnMut(Duration) -> bool,
    mut speak: impl FnMut(&str),
) -> io::Result<bool> {
    for cue in cues {
        if !wait_until(cue.at) {
            return Ok(false);
        }
        if let Some(words) = &cue.speak {
            speak(words);
        }
        writeln!(out, "{}", cue.line)?;
        out.flush()?;
    }
    Ok(true)
}

/// Runs the script on the real clock, speaking its cues with `cue` if
/// given (a program that cannot start says so once on stderr, and the
/// routine goes on without cues); Ctrl-C (or SIGTERM) stops it cleanly.
/// Its lines are in the words of `ui`.
pub fn run(routine: &Routine, all: &UiText, numbers: Numbers, cue: Option<CueCommand>) -> io::Result<bool> {
    let ui = &all.plain_coach;
    let mut speaker = cue.map(Speaker::new);
    let speak = |words: &str| {
        let Some(program) = speaker.as_mut() else {
            return;
        };
        if let Err(e) = program.say(words) {
            let why = crate::cue::start_failed(program.command(), &e);
            eprintln!("cramp-guide: {}", ui.cues_failed.fill(&[("why", &why)]));
            speaker = None;
        }
    };
    let (tx, rx) = mpsc::channel();
    let mut signals = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(());
        }
    });
    let start = Instant::now();
    let mut stdout = io::stdout().lock();
    let said = say_and_speak(
        &script(routine, all, numbers),
        &mut stdout,
        |at| {
            let due = start + at;
            loop {
                let now = Instant::now();
                if now >= due {
                    return true;
                }
                match rx.recv_timeout(due - now) {
                    Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => return false,
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                }
            }
        },
        speak,
    );
    // A reader that has gone (`| head -1`) has heard all it wanted.
    let finished = match said {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(true),
        said => said?,
    };
    // The last cue is heard out, for a while at most; Ctrl-C stops it.
    let heard_by = Instant::now() + LAST_CUE_FOR;
    while finished && Instant::now() < heard_by && speaker.as_ref().is_some_and(Speaker::speaking) {
        if !matches!(rx.recv_timeout(Duration::from_millis(50)), Err(mpsc::RecvTimeoutError::Timeout)) {
            break;
        }
    }
    if !finished {
        writeln!(stdout, "{}", ui.stopped.fill(&[("time", &clock_text(start.elapsed()))]))?;
    }
    Ok(finished)
}
