//! Shared helpers for the integration tests.
//!
//! `pty` drives the real binary in a pseudo-terminal; see [`pty::Tui`].
//! Use it from a test file with `mod support;` and
//! `use support::pty::Tui;`.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

pub mod pty;

/// The colour parameters of the SGR sequences (`ESC [ … m`) in `raw`:
/// every parameter that sets a foreground, background or underline colour.
/// Resets to the default colour (39, 49, 59) are not colours.
pub fn colour_sgr(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for sgr in sgr_sequences(raw) {
        let params: Vec<&str> = sgr.split([';', ':']).collect();
        let colour =
            params.iter().any(|p| matches!(p.parse::<u16>(), Ok(30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)));
        if colour {
            found.push(sgr);
        }
    }
    found
}

/// The parameter strings of every SGR sequence in `raw`.
pub fn sgr_sequences(raw: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] == 0x1b && raw[i + 1] == b'[' {
            let start = i + 2;
            let mut j = start;
            // Parameter and intermediate bytes, then one final byte.
            while j < raw.len() && (0x20..=0x3f).contains(&raw[j]) {
                j += 1;
            }
            if j < raw.len() && raw[j] == b'm' {
                out.push(String::from_utf8_lossy(&raw[start..j]).into_owned());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Fails when `raw` output sets any colour (NO_COLOR must lose them all,
/// 256-colour and true-colour forms included).
pub fn assert_no_colour(raw: &[u8]) {
    let colours = colour_sgr(raw);
    assert!(colours.is_empty(), "NO_COLOR output sets colours: {colours:?}");
    let text = String::from_utf8_lossy(raw);
    for needle in ["38;5", "48;5", "38;2", "48;2"] {
        assert!(!text.contains(needle), "NO_COLOR output contains {needle:?}");
    }
}

/// A temporary directory of this test process, removed when dropped.
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("cramp-guide-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Waits for a child process; kills it and fails after `timeout`.
#[track_caller]
pub fn wait_with_timeout(child: &mut std::process::Child, timeout: std::time::Duration) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            return status;
        }
        if std::time::Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the process did not exit within {timeout:?} (killed it)");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
