//! `cramp-guide coach ROUTINE --plain`: a routine as one line per phase
//! change, in real time, for screen readers and speech programs.
//!
//! The script is worked out from the timeline up front; the runner waits
//! for each line's instant measured from one start, so it cannot drift.

use std::io::{self, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::coach::{SegmentKind, Timeline};
use crate::guide::model::Routine;
use crate::text::figures::clock_text;

/// One line to say and when, counted from the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub at: Duration,
    pub line: String,
}

/// Every line of a routine in order: its title and length, its cautions,
/// one line per phase, and the "done" line.
pub fn script(routine: &Routine) -> Vec<Cue> {
    let timeline = Timeline::new(routine);
    let mut cues = vec![Cue {
        at: Duration::ZERO,
        line: format!("{} — {} in all", routine.title, clock_text(timeline.total())),
    }];
    // The cautions first, before anything is asked of the body.
    cues.extend(routine.cautions.iter().map(|c| Cue { at: Duration::ZERO, line: format!("Caution: {c}") }));
    for segment in timeline.segments().iter().filter(|s| !s.len.is_zero()) {
        let mut parts = vec![segment.say.clone()];
        if let Some(side) = &segment.side
            && segment.kind != SegmentKind::Switch
        {
            parts[0] = format!("{} ({side})", segment.say);
        }
        parts.push(seconds(segment.len));
        if segment.cycles > 1 {
            let noun = if matches!(segment.kind, SegmentKind::Breathe(_)) { "cycle" } else { "round" };
            parts.push(format!("{noun} {} of {}", segment.cycle, segment.cycles));
        }
        cues.push(Cue { at: segment.start, line: parts.join(" — ") });
    }
    cues.push(Cue { at: timeline.total(), line: format!("Done — {}", clock_text(timeline.total())) });
    cues
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 { format!("{s:.0} s") } else { format!("{s:.1} s") }
}

/// Says the script, waiting for each cue with `wait_until` (which returns
/// false when interrupted). Returns whether it ran to the end.
pub fn say(cues: &[Cue], out: &mut impl Write, mut wait_until: impl FnMut(Duration) -> bool) -> io::Result<bool> {
    for cue in cues {
        if !wait_until(cue.at) {
            return Ok(false);
        }
        writeln!(out, "{}", cue.line)?;
        out.flush()?;
    }
    Ok(true)
}

/// Runs the script on the real clock; Ctrl-C (or SIGTERM) stops it cleanly.
pub fn run(routine: &Routine) -> io::Result<bool> {
    let (tx, rx) = mpsc::channel();
    let mut signals = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(());
        }
    });
    let start = Instant::now();
    let mut stdout = io::stdout().lock();
    let said = say(&script(routine), &mut stdout, |at| {
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
    });
    // A reader that has gone (`| head -1`) has heard all it wanted.
    let finished = match said {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(true),
        said => said?,
    };
    if !finished {
        writeln!(stdout, "Stopped after {}.", clock_text(start.elapsed()))?;
    }
    Ok(finished)
}
