//! Spoken cues run for real: the binary in a pseudo-terminal (and in
//! `--plain`) with a tiny script as the cue command, written at test time,
//! that appends `date +%s.%N` and its last argument to a log. A short
//! routine (`tests/fixtures/valid/cues.toml`) gives one line per phase
//! change, in order, none before its boundary; a cue that outlasts its phase
//! (a minute) delays neither the next cue nor the screen, and is stopped with
//! what it started; a missing program gives one status line and the routine
//! goes on; no child is left behind, not even while the app sits idle after
//! the routine.
//!
//! Waits are for a condition, with a generous timeout. How close to its
//! boundary a cue comes is a speed figure, not asserted here (a shared
//! machine under load can be late by any amount): the exact boundaries are
//! held on the injected clock (`ui_cues.rs`), and each run prints the lags it
//! saw (`--nocapture`), which BENCHMARKS.md records.

mod common;

use std::ffi::OsStr;
use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::process::{Binary, wait_with_timeout};
use common::pty::Tui;

/// How long any wait may take on a busy shared machine.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Far less than the minute a long cue speaks for: a cue that came within
/// this of its boundary did not wait for the one before it to finish.
const NOT_WAITING: Duration = Duration::from_secs(20);

/// The phase changes of the `cued` routine: seconds from its start, and
/// the words said (the fixture's cue words, else the phase's own).
const SCHEDULE: [(f64, &str); 6] = [
    (0.4, "Breathe in"),
    (0.8, "Out slowly"),
    (1.2, "left leg: Press your heel down"),
    (1.6, "Other leg"),
    (1.9, "right leg: Press your heel down"),
    (2.3, "All done"),
];

/// The runs that time their cues take turns, so that they do not compete
/// with each other for a core of a small machine.
static TIMED: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn timed() -> std::sync::MutexGuard<'static, ()> {
    TIMED.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn cue_guide() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/cues.toml")
}

/// A temporary directory with an executable `name` in it: a shell script
/// that logs the time and its last argument to `cues.log` beside it, then
/// runs `then` (more shell).
struct Scripted {
    dir: tempfile::TempDir,
    program: PathBuf,
}

impl Scripted {
    fn new(name: &str, then: &str) -> Scripted {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let program = dir.path().join(name);
        let log = dir.path().join("cues.log");
        let script = format!(
            "#!/bin/sh\nPATH=/usr/bin:/bin\nfor words; do :; done\nprintf '%s %s\\n' \"$(date +%s.%N)\" \"$words\" >> '{}'\n{then}\n",
            log.display()
        );
        fs::write(&program, script).expect("write the cue script");
        fs::set_permissions(&program, fs::Permissions::from_mode(0o755)).expect("make it executable");
        Scripted { dir, program }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The log's lines as (seconds since the epoch, words).
    fn lines(&self) -> Vec<(f64, String)> {
        let text = fs::read_to_string(self.dir.path().join("cues.log")).unwrap_or_default();
        text.lines()
            .map(|l| {
                let (at, words) = l.split_once(' ').expect("time and words");
                (at.parse().expect("date +%s.%N"), words.to_string())
            })
            .collect()
    }

    /// Waits until the log has `n` lines, and returns them.
    #[track_caller]
    fn wait_lines(&self, n: usize) -> Vec<(f64, String)> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let lines = self.lines();
            if lines.len() >= n {
                return lines;
            }
            assert!(Instant::now() < deadline, "waited for {n} cues, got {lines:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn epoch_secs(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH).expect("after 1970").as_secs_f64()
}

/// The words of the log in order.
fn words(lines: &[(f64, String)]) -> Vec<&str> {
    lines.iter().map(|(_, w)| w.as_str()).collect()
}

/// How long after its boundary each cue was logged, for a routine started
/// at `started` (seconds since the epoch).
fn lags(lines: &[(f64, String)], started: f64) -> Vec<f64> {
    lines.iter().zip(SCHEDULE).map(|((at, _), (boundary, _))| at - started - boundary).collect()
}

/// Every process whose parent is `pid` (zombies too): (pid, state).
fn children_of(pid: u32) -> Vec<(u32, char)> {
    let mut out = Vec::new();
    for entry in fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else { continue };
        // pid (comm) state ppid ...; comm may hold spaces and parentheses.
        let Some((head, rest)) = stat.rsplit_once(')') else { continue };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if fields.get(1).and_then(|p| p.parse::<u32>().ok()) == Some(pid) {
            let child = head.split_whitespace().next().and_then(|p| p.parse().ok()).unwrap_or(0);
            out.push((child, fields[0].chars().next().unwrap_or('?')));
        }
    }
    out
}

/// Processes whose command line mentions `dir`.
fn processes_in(dir: &Path) -> Vec<String> {
    let needle = dir.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for entry in fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(cmdline) = fs::read(entry.path().join("cmdline")) else { continue };
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if cmdline.contains(&needle) {
            out.push(format!("{}: {cmdline}", entry.file_name().to_string_lossy()));
        }
    }
    out
}

#[track_caller]
fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + TIMEOUT;
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The app on the cue guide with `program` as its cue command, at the
/// routine list.
fn app_with(program: &Path) -> Tui {
    let tui = Tui::builder(80, 24).arg("--guide").arg(cue_guide()).arg("--cue-command").arg(program).spawn();
    tui.wait_for(|s| s.contains("Routines") && s.contains("Cued routine"), "the routine list");
    tui
}

/// Starts the routine with Enter: when the key went, and when its first
/// frame was seen (the session began between the two).
fn start(tui: &Tui) -> (f64, f64) {
    let sent = epoch_secs(SystemTime::now());
    tui.key("Enter");
    tui.wait_for_text("GET READY");
    (sent, epoch_secs(SystemTime::now()))
}

/// Each cue came at or after its boundary (the routine began between
/// `sent` and `seen`, so no lag from `sent` is negative), and none waited
/// for the cue before it to end. The lags are printed for BENCHMARKS.md.
#[track_caller]
fn assert_on_time(lines: &[(f64, String)], sent: f64, seen: f64) {
    let lags = lags(lines, sent);
    let ms: Vec<String> = lags.iter().map(|l| format!("{:.1}", l * 1000.0)).collect();
    eprintln!(
        "cue lags after each boundary, from the key (ms): {} (start seen {:.1} ms after the key)",
        ms.join(" "),
        (seen - sent) * 1000.0
    );
    assert!(lags.iter().all(|&l| l >= 0.0), "a cue came before its phase: lags {ms:?} ms");
    let bound = seen - sent + NOT_WAITING.as_secs_f64();
    assert!(lags.iter().all(|&l| l <= bound), "a cue waited for the one before it: lags {ms:?} ms");
}

#[test]
fn each_phase_change_speaks_once_in_order_never_early() {
    let _turn = timed();
    let cue = Scripted::new("speak", "");
    let mut tui = app_with(&cue.program);
    let (sent, seen) = start(&tui);
    tui.wait_for_text("routine finished");
    let lines = cue.wait_lines(SCHEDULE.len());
    assert_eq!(words(&lines), SCHEDULE.map(|(_, w)| w), "one cue per phase change, in order");
    assert_on_time(&lines, sent, seen);
    // Idle after the end: the last cue is reaped without a key or a wake.
    let pid = tui.pid().expect("the app's pid");
    wait_until("the app has no child left, not even a zombie", || children_of(pid).is_empty());
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    assert_eq!(cue.lines().len(), SCHEDULE.len(), "nothing said twice");
}

#[test]
fn a_cue_longer_than_its_phase_delays_nothing_and_is_stopped() {
    let _turn = timed();
    // Each cue goes on for a minute, in a second program it starts (same
    // process group), and would log again if it were ever left to finish.
    let cue = Scripted::new(
        "speak",
        "here=$(dirname \"$0\")\n\"$here/nap\" 60\nprintf 'finished %s\\n' \"$words\" >> \"$here/cues.log\"",
    );
    fs::copy("/bin/sleep", cue.path().join("nap")).expect("a copy of sleep, named by the test's directory");
    let mut tui = app_with(&cue.program);
    let pid = tui.pid().expect("the app's pid");
    let (sent, seen) = start(&tui);
    // The screen goes on to the end while the cues are still speaking.
    tui.wait_for_text("routine finished");
    let lines = cue.wait_lines(SCHEDULE.len());
    assert_eq!(words(&lines), SCHEDULE.map(|(_, w)| w), "each cue started at its phase, none waited for the last");
    assert_on_time(&lines, sent, seen);
    assert!(children_of(pid).len() <= 1, "one cue at a time: {:?}", children_of(pid));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    wait_until("nothing the cues started runs on", || processes_in(cue.path()).is_empty());
    let log = fs::read_to_string(cue.path().join("cues.log")).unwrap();
    assert!(!log.contains("finished"), "every cue was stopped, none finished:\n{log}");
}

#[test]
fn a_cue_program_that_cannot_start_gives_one_status_line_and_the_routine_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-speaker");
    let mut tui = app_with(&missing);
    tui.key("Enter");
    // Waits for the whole line: a frame read while it is being drawn may
    // hold only its start.
    tui.wait_for(
        |s| s.contains("Spoken cues off: cannot start") && s.contains("no-such-speaker"),
        "one status line naming the program",
    );
    tui.wait_for_text("routine finished");
    let pid = tui.pid().expect("the app's pid");
    assert!(children_of(pid).is_empty(), "nothing was started: {:?}", children_of(pid));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "never a crash");
}

/// Runs `coach cued --plain` with `args` (and `PATH` when given): stdout,
/// stderr and the exit code.
fn plain(args: &[&OsStr], path: Option<&Path>) -> (String, String, Option<i32>) {
    let mut command = Binary::new();
    command.arg("--guide").arg(cue_guide()).args(["coach", "cued", "--plain"]).args(args);
    if let Some(path) = path {
        command.env("PATH", path);
    }
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let (mut out, mut err) = (String::new(), String::new());
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = wait_with_timeout(&mut child, TIMEOUT);
    (out, err, status.code())
}

#[test]
fn plain_speaks_each_phase_with_its_line() {
    let _turn = timed();
    let cue = Scripted::new("speak", "");
    let (out, err, code) = plain(&[OsStr::new("--cue-command"), cue.program.as_os_str()], None);
    assert_eq!((code, err.as_str()), (Some(0), ""), "{out}");
    assert!(out.ends_with("Done — 0:03\n"), "{out}");
    let lines = cue.wait_lines(SCHEDULE.len());
    assert_eq!(words(&lines), SCHEDULE.map(|(_, w)| w));
    // Relative to the first cue (the routine's start is not seen here):
    // in schedule order, so each came after the one before by at least the
    // phase between them, less the first cue's own lag.
    let lags = lags(&lines, 0.0);
    let first = lags.iter().cloned().fold(f64::MAX, f64::min);
    let relative: Vec<f64> = lags.iter().map(|l| ((l - first) * 1000.0).round()).collect();
    eprintln!("plain cue lags after the earliest one (ms): {relative:?}");
    let spread = lags.iter().cloned().fold(f64::MIN, f64::max) - lags.iter().cloned().fold(f64::MAX, f64::min);
    assert!(spread <= NOT_WAITING.as_secs_f64(), "a cue waited for the one before it: lags {lags:?}");
}

#[test]
fn plain_with_a_missing_program_says_so_once_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-speaker");
    let (out, err, code) = plain(&[OsStr::new("--cue-command"), missing.as_os_str()], None);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("spoken cues off: cannot start") && err.contains("no-such-speaker"), "{err}");
    assert_eq!(out.lines().count(), 8, "every line of the routine:\n{out}");
}

#[test]
fn voice_finds_a_speech_program_on_path_or_says_how_to_get_one() {
    let empty = tempfile::tempdir().unwrap();
    let (out, err, code) = plain(&[OsStr::new("--voice")], Some(empty.path()));
    assert_eq!(code, Some(1), "nothing to speak with: {out}");
    assert_eq!(out, "", "said before anything else");
    for how in [
        "espeak-ng, spd-say and say",
        "apt install espeak-ng",
        "speech-dispatcher",
        "dnf install espeak-ng",
        "`say` is built in",
        "--cue-command",
    ] {
        assert!(err.contains(how), "says {how:?}:\n{err}");
    }
    // A program called spd-say on PATH is used when there is no espeak-ng.
    let cue = Scripted::new("spd-say", "");
    let (_, err, code) = plain(&[OsStr::new("--voice")], Some(cue.path()));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(words(&cue.wait_lines(SCHEDULE.len())), SCHEDULE.map(|(_, w)| w));
}

#[test]
fn voice_prefers_espeak_ng_then_spd_say_then_say_and_skips_what_cannot_run() {
    use cramp_guide::cue::find_voice;
    let dir = tempfile::tempdir().unwrap();
    let make = |name: &str, mode: u32| {
        let path = dir.path().join(name);
        fs::write(&path, "#!/bin/sh\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        path
    };
    let path = |dirs: &[&Path]| std::env::join_paths(dirs).unwrap();
    let here = dir.path();
    make("say", 0o755);
    assert_eq!(find_voice(Some(&path(&[here]))), Some(here.join("say")));
    make("spd-say", 0o755);
    assert_eq!(find_voice(Some(&path(&[here]))), Some(here.join("spd-say")));
    make("espeak-ng", 0o644);
    assert_eq!(find_voice(Some(&path(&[here]))), Some(here.join("spd-say")), "not executable: skipped");
    make("espeak-ng", 0o755);
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(find_voice(Some(&path(&[empty.path(), here]))), Some(here.join("espeak-ng")));
    assert_eq!(find_voice(Some(&path(&[Path::new("relative")]))), None, "only absolute directories");
    assert_eq!(find_voice(None), None);
}
