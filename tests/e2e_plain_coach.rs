//! `coach ROUTINE --plain` run for real on the binary, with a guide whose
//! routines have sub-second phases (`tests/fixtures/valid/quick_coach.toml`):
//! the exact lines on the real clock, Ctrl-C (SIGINT) mid-run, a pipe that
//! makes `coach ID` plain by itself, and a reader that goes away early.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::process::{Binary, Running, wait_with_timeout};

/// How long any run may take before the test fails (a shared machine can
/// be slow; the routines themselves last about two seconds).
const TIMEOUT: Duration = Duration::from_secs(30);

fn quick_guide() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/quick_coach.toml")
}

/// The lines of the `quick` routine, in order.
const QUICK: [&str; 9] = [
    "Quick routine — 0:03 in all",
    "In — 0.3 s — cycle 1 of 2",
    "Out — 0.3 s — cycle 1 of 2",
    "In — 0.3 s — cycle 2 of 2",
    "Out — 0.3 s — cycle 2 of 2",
    "Press (left leg) — 0.4 s",
    "Switch to the right leg — 0.2 s",
    "Press (right leg) — 0.4 s",
    "Done — 0:03",
];

/// The `quick` routine's length: 4 × 0.3 + 0.4 + 0.2 + 0.4 seconds.
const QUICK_LENGTH: Duration = Duration::from_millis(2200);

fn start(args: &[&str]) -> Running {
    Binary::new()
        .arg("--guide")
        .arg(quick_guide())
        .args(args)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start cramp-guide")
}

/// Runs to the end; the output lines, stderr, exit code and time taken.
fn run(args: &[&str]) -> (Vec<String>, String, Option<i32>, Duration) {
    let started = Instant::now();
    let mut child = start(args);
    let mut out = String::new();
    let mut err = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = wait_with_timeout(&mut child, TIMEOUT);
    (out.lines().map(str::to_string).collect(), err, status.code(), started.elapsed())
}

#[test]
fn plain_runs_the_routine_on_the_real_clock_line_by_line() {
    let (lines, stderr, code, took) = run(&["coach", "quick", "--plain"]);
    assert_eq!(lines, QUICK, "stderr: {stderr}");
    assert_eq!(code, Some(0), "finished: exit 0; stderr: {stderr}");
    assert_eq!(stderr, "");
    assert!(took >= QUICK_LENGTH, "the phases take their real time: took {took:?}");
}

#[test]
fn coach_into_a_pipe_runs_plain_without_asking() {
    let (lines, stderr, code, took) = run(&["coach", "quick"]);
    assert_eq!(lines, QUICK, "stderr: {stderr}");
    assert_eq!(code, Some(0));
    assert!(took >= QUICK_LENGTH, "took {took:?}");
}

#[test]
fn each_line_comes_no_earlier_than_its_time() {
    // Each line is printed when its phase starts, not all at once: no line
    // arrives before its instant (a slow machine may make it later).
    let cues_ms = [0, 0, 300, 600, 900, 1200, 1600, 1800, 2200];
    let started = Instant::now();
    let mut child = start(&["coach", "quick", "--plain"]);
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut seen = Vec::new();
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap() > 0 {
        seen.push((line.trim_end().to_string(), started.elapsed()));
        line.clear();
    }
    wait_with_timeout(&mut child, TIMEOUT);
    assert_eq!(seen.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(), QUICK);
    for ((text, at), cue) in seen.iter().zip(cues_ms) {
        assert!(*at >= Duration::from_millis(cue), "{text:?} came at {at:?}, before its {cue} ms");
    }
}

#[test]
fn ctrl_c_mid_run_says_how_long_and_exits_130() {
    let mut child = start(&["coach", "long", "--plain"]);
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    let mut line = String::new();
    // Read until the long exhale has begun, then interrupt.
    while !lines.iter().any(|l: &String| l.starts_with("Out — 600 s")) {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "the run ended early: {lines:?}");
        lines.push(line.trim_end().to_string());
    }
    let pid = child.id().to_string();
    let killed = Command::new("kill").args(["-INT", &pid]).status().expect("kill runs");
    assert!(killed.success());
    let status = wait_with_timeout(&mut child, TIMEOUT);
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "stopped by Ctrl-C: exit 130; stderr: {stderr}");
    let closing = rest.strip_prefix("Stopped after ").and_then(|r| r.strip_suffix(".\n"));
    assert!(
        closing.is_some_and(|t| t.starts_with("0:0") && t.len() == 4),
        "one closing line, \"Stopped after 0:0N.\", after {lines:?}: {rest:?}"
    );
    assert!(!lines.iter().any(|l| l.starts_with("Done")), "{lines:?}");
    assert_eq!(stderr, "");
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    // `cramp-guide coach quick --plain | head -1`
    let mut child = start(&["coach", "quick", "--plain"]);
    let mut line = String::new();
    {
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        reader.read_line(&mut line).unwrap();
    }
    assert_eq!(line.trim_end(), QUICK[0]);
    let status = wait_with_timeout(&mut child, TIMEOUT);
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(status.code(), Some(0), "a reader that has gone is not an error; stderr: {stderr}");
    assert_eq!(stderr, "");
}
