//! Drives the real `cramp-guide` binary in a pseudo-terminal.
//!
//! A [`Tui`] starts the binary in a pty of a given size, and a reader thread
//! feeds everything the app writes into a `vt100` parser (the "screen") and
//! into a copy of the raw bytes. Tests send keys and then *wait for a screen
//! condition*; they never sleep for a fixed time. Every wait has a generous
//! timeout (shared machines are slow) and panics with what it waited for and
//! the whole screen, so a hung or crashed app fails the test instead of
//! hanging it. Dropping a `Tui` kills the app if it still runs.
//!
//! ```ignore
//! let mut tui = Tui::new(80, 24);
//! tui.wait_for_text("[1 Overview]");
//! tui.key("Tab");
//! tui.wait_for_text("[2 Causes]");
//! tui.send("q");
//! assert_eq!(tui.wait_exit(), 0);
//! ```

use std::ffi::OsString;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any wait lasts before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(30);
/// How often waits look at the screen again.
pub const POLL: Duration = Duration::from_millis(20);

pub use super::process::binary;
use super::process::private_env;

/// The bytes a named key sends, as a terminal in its default modes would
/// send them (`xterm-256color`, normal cursor keys).
///
/// Names: `Tab`, `BackTab` (`Shift-Tab`), `Enter`, `Esc`, `Up`, `Down`,
/// `Left`, `Right`, `Home`, `End`, `PageUp` (`PgUp`), `PageDown` (`PgDn`),
/// `Backspace`, `Space`, `F1`…`F4`, and `Ctrl-a`…`Ctrl-z` (either case).
/// Panics on any other name.
pub fn key_bytes(name: &str) -> Vec<u8> {
    let fixed: &[u8] = match name {
        "Tab" => b"\t",
        "BackTab" | "Shift-Tab" => b"\x1b[Z",
        "Enter" => b"\r",
        "Esc" => b"\x1b",
        "Up" => b"\x1b[A",
        "Down" => b"\x1b[B",
        "Right" => b"\x1b[C",
        "Left" => b"\x1b[D",
        "Home" => b"\x1b[H",
        "End" => b"\x1b[F",
        "PageUp" | "PgUp" => b"\x1b[5~",
        "PageDown" | "PgDn" => b"\x1b[6~",
        "Backspace" => b"\x7f",
        "Space" => b" ",
        "F1" => b"\x1bOP",
        "F2" => b"\x1bOQ",
        "F3" => b"\x1bOR",
        "F4" => b"\x1bOS",
        _ => b"",
    };
    if !fixed.is_empty() {
        return fixed.to_vec();
    }
    if let Some(letter) = name.strip_prefix("Ctrl-").or_else(|| name.strip_prefix("C-"))
        && let [c] = letter.as_bytes()
        && c.is_ascii_alphabetic()
    {
        return vec![c.to_ascii_lowercase() - b'a' + 1];
    }
    panic!("unknown key name {name:?}");
}

/// How to start a [`Tui`]: size, arguments and environment.
#[derive(Debug, Clone)]
pub struct TuiBuilder {
    cols: u16,
    rows: u16,
    program: OsString,
    args: Vec<OsString>,
    env: Vec<(OsString, Option<OsString>)>,
    timeout: Duration,
    /// A temporary directory for the app's data (the diary), so no test
    /// ever writes to the real home.
    data: Arc<tempfile::TempDir>,
}

impl TuiBuilder {
    /// The binary under test in a `cols` × `rows` terminal, with `TERM`
    /// set to `xterm-256color` and `NO_COLOR` removed from the inherited
    /// environment (add it back with [`TuiBuilder::env`]). Its data
    /// directory is a fresh temporary one (`CRAMP_GUIDE_DATA_DIR`, and
    /// `XDG_DATA_HOME` and `HOME` under it too), never the real home; it
    /// goes when the last `Tui` of it is dropped.
    pub fn new(cols: u16, rows: u16) -> TuiBuilder {
        let data = Arc::new(tempfile::tempdir().expect("a temporary data directory"));
        let mut env = vec![("TERM".into(), Some("xterm-256color".into())), ("NO_COLOR".into(), None)];
        env.extend(private_env(data.path()).into_iter().map(|(key, value)| (key, Some(value))));
        TuiBuilder { cols, rows, program: binary().into(), args: Vec::new(), env, timeout: TIMEOUT, data }
    }

    /// Runs another program instead of the binary under test.
    pub fn program(mut self, program: impl Into<OsString>) -> TuiBuilder {
        self.program = program.into();
        self
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> TuiBuilder {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> TuiBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Sets an environment variable for the app.
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> TuiBuilder {
        self.env.push((key.into(), Some(value.into())));
        self
    }

    /// Removes an environment variable the app would otherwise inherit.
    pub fn env_remove(mut self, key: impl Into<OsString>) -> TuiBuilder {
        self.env.push((key.into(), None));
        self
    }

    /// How long each wait of this `Tui` lasts (default [`TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> TuiBuilder {
        self.timeout = timeout;
        self
    }

    /// Starts the app. Panics when the pty or the process cannot be made.
    #[track_caller]
    pub fn spawn(self) -> Tui {
        let size = PtySize { rows: self.rows, cols: self.cols, pixel_width: 0, pixel_height: 0 };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut cmd = CommandBuilder::new(&self.program);
        cmd.args(&self.args);
        if let Ok(dir) = std::env::current_dir() {
            cmd.cwd(dir);
        }
        for (key, value) in &self.env {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            }
        }
        let child = pair.slave.spawn_command(cmd).unwrap_or_else(|e| panic!("start {:?} in a pty: {e}", self.program));
        // Only the child may hold the slave side: then the reader sees EOF
        // as soon as the child (and anything it started) has gone.
        drop(pair.slave);
        let master = pair.master;
        let reader = master.try_clone_reader().expect("pty reader");
        let writer: Arc<Mutex<Box<dyn Write + Send>>> = Arc::new(Mutex::new(master.take_writer().expect("pty writer")));
        let parser = Arc::new(Mutex::new(vt100::Parser::new(self.rows, self.cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let eof = Arc::new(AtomicBool::new(false));
        let queries = Arc::new(Mutex::new(0));
        let thread = {
            let (parser, raw, eof, writer, queries) =
                (parser.clone(), raw.clone(), eof.clone(), writer.clone(), queries.clone());
            std::thread::Builder::new()
                .name("pty-reader".into())
                .spawn(move || read_loop(reader, &parser, &raw, &writer, &queries, &eof))
                .expect("start the pty reader thread")
        };
        Tui {
            parser,
            raw,
            eof,
            writer,
            queries,
            master,
            child,
            reader: Some(thread),
            status: None,
            timeout: self.timeout,
            program: self.program,
            data: self.data,
        }
    }
}

/// The query a program sends to learn where the cursor is (DSR 6).
const CURSOR_QUERY: &[u8] = b"\x1b[6n";

/// Feeds the app's output to the parser and the raw copy until EOF, and
/// answers cursor-position queries as a real terminal would.
fn read_loop(
    mut reader: Box<dyn Read + Send>,
    parser: &Mutex<vt100::Parser>,
    raw: &Mutex<Vec<u8>>,
    writer: &Mutex<Box<dyn Write + Send>>,
    queries: &Mutex<usize>,
    eof: &AtomicBool,
) {
    let mut buf = [0u8; 8192];
    // How much of CURSOR_QUERY the output has matched so far; the query may
    // be split across reads.
    let mut matched = 0;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // Linux reports EIO on the master once the slave side is closed.
            Err(_) => break,
        };
        let chunk = &buf[..n];
        lock(raw).extend_from_slice(chunk);
        let mut start = 0;
        for (i, &b) in chunk.iter().enumerate() {
            if b == CURSOR_QUERY[matched] {
                matched += 1;
            } else {
                matched = usize::from(b == CURSOR_QUERY[0]);
            }
            if matched == CURSOR_QUERY.len() {
                matched = 0;
                let mut parser = lock(parser);
                parser.process(&chunk[start..=i]);
                start = i + 1;
                let (row, col) = parser.screen().cursor_position();
                drop(parser);
                *lock(queries) += 1;
                let reply = format!("\x1b[{};{}R", row + 1, col + 1);
                let mut w = lock(writer);
                let _ = w.write_all(reply.as_bytes()).and_then(|()| w.flush());
            }
        }
        lock(parser).process(&chunk[start..]);
    }
    eof.store(true, Ordering::SeqCst);
}

/// Locks a mutex, also after a panic elsewhere poisoned it: a failed test
/// must still be able to show the screen.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The binary under test, running in a pseudo-terminal.
pub struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    eof: Arc<AtomicBool>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    queries: Arc<Mutex<usize>>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
    timeout: Duration,
    program: OsString,
    data: Arc<tempfile::TempDir>,
}

impl Tui {
    /// The app's data directory (`CRAMP_GUIDE_DATA_DIR`), unless the test
    /// set its own.
    pub fn data_dir(&self) -> std::path::PathBuf {
        self.data.path().join("data")
    }

    /// The binary under test, no arguments, in a `cols` × `rows` terminal.
    #[track_caller]
    pub fn new(cols: u16, rows: u16) -> Tui {
        TuiBuilder::new(cols, rows).spawn()
    }

    /// Starts building a `Tui` with arguments or environment.
    pub fn builder(cols: u16, rows: u16) -> TuiBuilder {
        TuiBuilder::new(cols, rows)
    }

    /// The text on the screen now, rows separated by newlines (trailing
    /// blanks trimmed).
    pub fn screen(&self) -> String {
        lock(&self.parser).screen().contents()
    }

    /// Looks at the full terminal state: cells, attributes, cursor, modes.
    pub fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(lock(&self.parser).screen())
    }

    /// One row of the screen (0-based), trailing blanks trimmed.
    pub fn row(&self, row: u16) -> String {
        self.with_screen(|s| {
            let (_, cols) = s.size();
            s.rows(0, cols).nth(usize::from(row)).unwrap_or_default()
        })
    }

    /// Every byte the app has written so far.
    pub fn raw_output(&self) -> Vec<u8> {
        lock(&self.raw).clone()
    }

    /// How many cursor-position queries (`ESC [ 6 n`) the harness answered.
    pub fn cursor_queries_answered(&self) -> usize {
        *lock(&self.queries)
    }

    /// Types text (each character as the terminal would send it).
    #[track_caller]
    pub fn send(&self, text: &str) {
        self.send_bytes(text.as_bytes());
    }

    /// Writes bytes to the app's terminal input.
    #[track_caller]
    pub fn send_bytes(&self, bytes: &[u8]) {
        let mut w = lock(&self.writer);
        w.write_all(bytes).and_then(|()| w.flush()).unwrap_or_else(|e| panic!("write {bytes:?} to the pty: {e}"));
    }

    /// Presses a named key; see [`key_bytes`] for the names.
    #[track_caller]
    pub fn key(&self, name: &str) {
        self.send_bytes(&key_bytes(name));
    }

    /// Waits until `pred` holds for the screen text; returns that text.
    /// Panics after the timeout with `what` and the screen.
    #[track_caller]
    pub fn wait_for(&self, pred: impl Fn(&str) -> bool, what: &str) -> String {
        let mut last = String::new();
        let found = self.poll(|| {
            last = self.screen();
            pred(&last)
        });
        if !found {
            self.fail(&format!("timed out waiting for {what}"));
        }
        last
    }

    /// Waits until the screen shows `text` somewhere; returns the screen.
    #[track_caller]
    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(|s| s.contains(text), &format!("{text:?} on screen"))
    }

    /// Waits until the screen no longer shows `text`; returns the screen.
    #[track_caller]
    pub fn wait_for_no_text(&self, text: &str) -> String {
        self.wait_for(|s| !s.contains(text), &format!("{text:?} to leave the screen"))
    }

    /// Waits until `pred` holds for the full terminal state (modes, cursor,
    /// cell attributes).
    #[track_caller]
    pub fn wait_for_screen(&self, pred: impl Fn(&vt100::Screen) -> bool, what: &str) {
        if !self.poll(|| self.with_screen(&pred)) {
            self.fail(&format!("timed out waiting for {what}"));
        }
    }

    /// Waits until `pred` holds for all the raw output so far.
    #[track_caller]
    pub fn wait_for_raw(&self, pred: impl Fn(&[u8]) -> bool, what: &str) {
        if !self.poll(|| pred(&lock(&self.raw))) {
            self.fail(&format!("timed out waiting for {what}"));
        }
    }

    /// Waits for the app to exit and for all its output to be read (so the
    /// screen is final); returns its exit code. Panics, after killing the
    /// app, when it has not exited in time, and when a signal ended it.
    #[track_caller]
    pub fn wait_exit(&mut self) -> u32 {
        let status = self.wait_exit_status();
        if let Some(signal) = status.signal() {
            self.fail(&format!("the app was ended by a signal: {signal}"));
        }
        status.exit_code()
    }

    /// Like [`Tui::wait_exit`], but returns the whole status, a signal too.
    #[track_caller]
    pub fn wait_exit_status(&mut self) -> ExitStatus {
        if self.status.is_none() {
            let deadline = Instant::now() + self.timeout;
            loop {
                match self.child.try_wait() {
                    Ok(Some(status)) => {
                        self.status = Some(status);
                        break;
                    }
                    Ok(None) if Instant::now() < deadline => std::thread::sleep(POLL),
                    Ok(None) => {
                        let _ = self.child.kill();
                        self.fail("timed out waiting for the app to exit (killed it)");
                    }
                    Err(e) => self.fail(&format!("could not wait for the app: {e}")),
                }
            }
            // The child is gone; read what it wrote last before anyone
            // looks at the screen.
            // An absence check on output cut off here would pass wrongly,
            // so running out of time is a failure, not a shrug.
            if !self.poll(|| self.eof.load(Ordering::SeqCst)) {
                self.fail("the app exited but its output never ended (something still holds the terminal)");
            }
            if let Some(thread) = self.reader.take() {
                let _ = thread.join();
            }
        }
        self.status.clone().expect("exit status")
    }

    /// Whether the app has not exited yet.
    pub fn is_running(&mut self) -> bool {
        self.status.is_none() && matches!(self.child.try_wait(), Ok(None))
    }

    /// Resizes the terminal (the app gets SIGWINCH), and the screen model.
    #[track_caller]
    pub fn resize(&self, cols: u16, rows: u16) {
        // The model first: output drawn for the new size must land in it.
        lock(&self.parser).screen_mut().set_size(rows, cols);
        self.master
            .resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .unwrap_or_else(|e| panic!("resize the pty to {cols}×{rows}: {e}"));
    }

    /// The path of the terminal's slave side (e.g. `/dev/pts/3`), to look
    /// at its modes with `stty -F`.
    pub fn tty_name(&self) -> Option<std::path::PathBuf> {
        self.master.tty_name()
    }

    /// Whether the terminal is in raw mode (no line editing, no echo), read
    /// with `stty -F`; None when that cannot be read.
    pub fn raw_mode(&self) -> Option<bool> {
        let tty = self.tty_name()?;
        let out = std::process::Command::new("stty").arg("-F").arg(&tty).arg("-a").output().ok()?;
        if !out.status.success() {
            return None;
        }
        let modes = String::from_utf8_lossy(&out.stdout).into_owned();
        let words: Vec<&str> = modes.split_whitespace().collect();
        Some(words.contains(&"-icanon") && words.contains(&"-echo"))
    }

    /// The app's process id.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Polls `cond` every [`POLL`] until it holds or the timeout passes.
    fn poll(&self, mut cond: impl FnMut() -> bool) -> bool {
        let deadline = Instant::now() + self.timeout;
        loop {
            if cond() {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(POLL);
        }
    }

    /// Fails the test with a message and everything useful for debugging.
    #[track_caller]
    fn fail(&self, message: &str) -> ! {
        let (screen, size, alternate) = self.with_screen(|s| (s.contents(), s.size(), s.alternate_screen()));
        let raw = lock(&self.raw);
        let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(400)..]).into_owned();
        panic!(
            "{message}\n\
             program: {:?}\n\
             status: {:?}; output read to EOF: {}\n\
             screen ({} rows × {} cols, alternate screen {alternate}):\n\
             ┌{}\n{}\n└{}\n\
             last raw output: {tail:?}",
            self.program,
            self.status,
            self.eof.load(Ordering::SeqCst),
            size.0,
            size.1,
            "─".repeat(usize::from(size.1)),
            screen.lines().map(|l| format!("│{l}")).collect::<Vec<_>>().join("\n"),
            "─".repeat(usize::from(size.1)),
        );
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The reader thread ends on its own at EOF; never wait for it here.
    }
}
