//! The real binary run without a terminal ([`Binary`]), never against the
//! real home: every run gets a data directory and a home of its own, in a
//! temporary directory that goes when the run is over. And waiting for a
//! child with a timeout.

use std::ffi::{OsStr, OsString};
use std::io;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The path of the binary under test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_cramp-guide")
}

/// The environment that keeps a run of the binary inside `dir`:
/// `CRAMP_GUIDE_DATA_DIR` is `dir/data`, `XDG_DATA_HOME` is `dir/xdg` and
/// `HOME` is `dir/home` (made here, as a home exists). A `--data-dir` on the
/// command line still comes first.
pub fn private_env(dir: &Path) -> Vec<(OsString, OsString)> {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).expect("a temporary home");
    vec![
        ("CRAMP_GUIDE_DATA_DIR".into(), dir.join("data").into()),
        ("XDG_DATA_HOME".into(), dir.join("xdg").into()),
        ("HOME".into(), home.into()),
    ]
}

/// [`Command`]'s builder methods of the same names on [`Binary`], returning
/// the `Binary` so a chain can end in [`Binary::spawn`].
macro_rules! forward_to_command {
    ($($name:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(
            pub fn $name(&mut self, $($arg: $ty),*) -> &mut Binary {
                self.command.$name($($arg),*);
                self
            }
        )*
    };
}

/// A run of the binary under test (or of a shell that starts it), built like
/// a [`Command`], with [`private_env`] in a temporary directory of its own.
/// The directory goes when the `Binary` and every [`Running`] child of it
/// are dropped.
///
/// ```ignore
/// let out = Binary::new().args(["--print", "water"]).output().unwrap();
/// let mut child = Binary::new().arg("--list").stdout(Stdio::piped()).spawn().unwrap();
/// ```
pub struct Binary {
    command: Command,
    dir: Arc<tempfile::TempDir>,
}

impl Binary {
    /// The binary under test, no arguments.
    pub fn new() -> Binary {
        Binary::program(binary())
    }

    /// Another program (a shell that runs the binary, a copy of it) with the
    /// same private environment.
    pub fn program(program: impl AsRef<OsStr>) -> Binary {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut command = Command::new(program);
        command.envs(private_env(dir.path()));
        Binary { command, dir: Arc::new(dir) }
    }

    /// The data directory the environment names (`CRAMP_GUIDE_DATA_DIR`);
    /// it does not exist until the binary makes it.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    forward_to_command! {
        arg(arg: impl AsRef<OsStr>),
        env(key: impl AsRef<OsStr>, value: impl AsRef<OsStr>),
        env_remove(key: impl AsRef<OsStr>),
        stdin(cfg: impl Into<Stdio>),
        stdout(cfg: impl Into<Stdio>),
        stderr(cfg: impl Into<Stdio>),
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Binary
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.command.args(args);
        self
    }

    /// The command itself, for what the methods above do not cover (e.g.
    /// `uid` on Unix).
    pub fn command(&mut self) -> &mut Command {
        &mut self.command
    }

    /// Runs it to the end and collects its output.
    pub fn output(&mut self) -> io::Result<Output> {
        self.command.output()
    }

    /// Starts it; its directory lasts as long as the returned child.
    pub fn spawn(&mut self) -> io::Result<Running> {
        Ok(Running { child: self.command.spawn()?, _dir: self.dir.clone() })
    }
}

/// A started [`Binary`]: a [`Child`] that keeps its temporary directory.
pub struct Running {
    child: Child,
    _dir: Arc<tempfile::TempDir>,
}

impl Deref for Running {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.child
    }
}

impl DerefMut for Running {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.child
    }
}

/// Waits for a child process; kills it and fails after `timeout`.
#[track_caller]
pub fn wait_with_timeout(child: &mut Child, timeout: Duration) -> ExitStatus {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            return status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the process did not exit within {timeout:?} (killed it)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
