//! Spoken cues: a program run at each phase change with the cue words as
//! its last argument, e.g. `espeak-ng "Breathe in"`.
//!
//! The program is started directly (no shell, so the words are never read
//! as a command line), in the background, in a process group of its own,
//! with nothing to read and its output discarded. At most one cue runs: one
//! still speaking when the next is due is stopped with everything it
//! started, never queued behind. A cue that ends by itself is reaped at once
//! by a thread that sleeps until SIGCHLD, so the run loop never wakes for
//! it and no finished cue lingers as a zombie, however long a session lasts.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use signal_hook::consts::SIGCHLD;
use signal_hook::iterator::{Handle, Signals};

/// The speech programs `--voice` looks for, in this order.
pub const VOICES: [&str; 3] = ["espeak-ng", "spd-say", "say"];

/// What `--voice` says when it finds none of [`VOICES`].
pub const NO_VOICE: &str = "\
--voice found no speech program on PATH (it looks for espeak-ng, spd-say and say).
Install one, or name any program with --cue-command:
  Debian, Ubuntu:  sudo apt install espeak-ng   (or speech-dispatcher, for spd-say)
  Fedora:          sudo dnf install espeak-ng
  macOS:           `say` is built in";

/// The program that speaks the cues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueCommand {
    pub program: OsString,
}

impl CueCommand {
    pub fn new(program: impl Into<OsString>) -> CueCommand {
        CueCommand { program: program.into() }
    }

    /// The program as a person wrote it or `--voice` found it.
    pub fn name(&self) -> String {
        Path::new(&self.program).display().to_string()
    }
}

/// The first of [`VOICES`] on `path` (a `PATH` value): its full path.
/// Only absolute directories count, so a program in the current
/// directory is never picked up by accident.
pub fn find_voice(path: Option<&OsStr>) -> Option<PathBuf> {
    let dirs: Vec<PathBuf> = std::env::split_paths(path?).filter(|d| d.is_absolute()).collect();
    VOICES.iter().find_map(|name| dirs.iter().map(|d| d.join(name)).find(|p| is_executable(p)))
}

fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Why cues stopped: the program and the error, for one status line.
pub fn start_failed(command: &CueCommand, error: &io::Error) -> String {
    format!("cannot start {}: {error}", command.name())
}

/// Runs the cue command, one cue at a time.
pub struct Speaker {
    command: CueCommand,
    /// The cue speaking now, until it is reaped.
    child: Arc<Mutex<Option<Child>>>,
    /// Started with the first cue, so a run without cues has no thread
    /// and no SIGCHLD handler.
    reaper: Option<Reaper>,
}

struct Reaper {
    signals: Handle,
    thread: JoinHandle<()>,
}

impl Speaker {
    pub fn new(command: CueCommand) -> Speaker {
        Speaker { command, child: Arc::new(Mutex::new(None)), reaper: None }
    }

    pub fn command(&self) -> &CueCommand {
        &self.command
    }

    /// Stops a cue still speaking, then starts one saying `words`. An error
    /// means the program could not be started.
    pub fn say(&mut self, words: &str) -> io::Result<()> {
        if self.reaper.is_none() {
            self.reaper = Some(Reaper::start(self.child.clone())?);
        }
        let mut slot = lock(&self.child);
        stop(&mut slot);
        let child = Command::new(&self.command.program)
            .arg(words)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        *slot = Some(child);
        Ok(())
    }

    /// Whether a cue is still speaking.
    pub fn speaking(&self) -> bool {
        let mut slot = lock(&self.child);
        reap(&mut slot);
        slot.is_some()
    }

    /// Stops a cue still speaking.
    pub fn hush(&mut self) {
        stop(&mut lock(&self.child));
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.hush();
        if let Some(reaper) = self.reaper.take() {
            reaper.signals.close();
            let _ = reaper.thread.join();
        }
    }
}

impl Reaper {
    /// A thread that sleeps until a child ends, then reaps the cue if it
    /// was the one that ended.
    fn start(child: Arc<Mutex<Option<Child>>>) -> io::Result<Reaper> {
        let mut signals = Signals::new([SIGCHLD])?;
        let handle = signals.handle();
        let thread = std::thread::Builder::new().name("cue-reaper".into()).spawn(move || {
            for _ in signals.forever() {
                reap(&mut lock(&child));
            }
        })?;
        Ok(Reaper { signals: handle, thread })
    }
}

/// Reaps the cue in `slot` if it has ended.
fn reap(slot: &mut Option<Child>) {
    // Ok(None): still running (or only stopped).
    if slot.as_mut().is_some_and(|c| !matches!(c.try_wait(), Ok(None))) {
        *slot = None;
    }
}

/// Kills the cue in `slot` with everything it started, and reaps it.
fn stop(slot: &mut Option<Child>) {
    let Some(mut child) = slot.take() else {
        return;
    };
    // Not yet reaped, so its id, and its group's, are still its own.
    let pid = rustix::process::Pid::from_child(&child);
    let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    let _ = child.kill();
    let _ = child.wait();
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
