//! The terminal is given back whole however the app ends: SIGTERM, SIGHUP
//! and SIGQUIT (idle, and during a running coach session), a runtime error
//! and a panic. "Whole" means: the alternate screen left, the cursor shown,
//! raw mode off (read from the pty with `stty`). Also: the bell rings once
//! per phase change when it is on, and never when it is off.
//!
//! A runtime error and a panic cannot be caused from outside on purpose, so
//! debug builds read `CRAMP_GUIDE_TEST_FAULT` (`panic` or `error`) and fail
//! right after the first frame; release builds do not have that code.

mod common;

use std::path::PathBuf;

use common::pty::Tui;

fn quick_guide() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/quick_coach.toml")
}

/// Waits until the app has taken over the terminal: alternate screen,
/// hidden cursor, raw mode.
fn wait_taken_over(tui: &Tui) {
    tui.wait_for_screen(
        |s| s.alternate_screen() && s.hide_cursor() && s.bracketed_paste(),
        "the app to take over the terminal",
    );
    if let Some(raw) = tui.raw_mode() {
        assert!(raw, "the app runs in raw mode (else the raw-mode check below means nothing)");
    }
}

/// Fails unless the terminal is back as it was before the app.
#[track_caller]
fn assert_restored(tui: &Tui, how: &str) {
    let (alternate, hidden, paste) = tui.with_screen(|s| (s.alternate_screen(), s.hide_cursor(), s.bracketed_paste()));
    assert!(!alternate, "{how}: the alternate screen is left:\n{}", tui.screen());
    assert!(!hidden, "{how}: the cursor is shown again");
    assert!(!paste, "{how}: bracketed paste is off again");
    assert_eq!(tui.raw_mode(), Some(false), "{how}: raw mode is off ({:?})", tui.tty_name());
}

fn send_signal(tui: &Tui, signal: &str) {
    let pid = tui.pid().expect("the app runs");
    let status = std::process::Command::new("kill").args([&format!("-{signal}"), &pid.to_string()]).status();
    assert!(status.expect("kill runs").success(), "kill -{signal} {pid}");
}

const SIGNALS: [(&str, u32); 3] = [("TERM", 15), ("HUP", 1), ("QUIT", 3)];

#[test]
fn each_signal_restores_the_terminal_when_idle() {
    for (name, number) in SIGNALS {
        let mut tui = Tui::new(80, 24);
        tui.wait_for_text("[1 Overview]");
        wait_taken_over(&tui);
        send_signal(&tui, name);
        let status = tui.wait_exit_status();
        assert_eq!(status.signal(), None, "SIG{name} is handled, not fatal");
        assert_eq!(status.exit_code(), 128 + number, "SIG{name}: exit status 128 + {number}");
        assert_restored(&tui, &format!("SIG{name} while idle"));
    }
}

#[test]
fn each_signal_restores_the_terminal_during_a_coach_session() {
    for (name, number) in SIGNALS {
        let mut tui = Tui::builder(80, 24).arg("--guide").arg(quick_guide()).args(["coach", "long"]).spawn();
        tui.wait_for(|s| s.contains("BREATHE OUT") && s.contains(" left"), "the long exhale of the running session");
        wait_taken_over(&tui);
        send_signal(&tui, name);
        let status = tui.wait_exit_status();
        assert_eq!(status.exit_code(), 128 + number, "SIG{name}: exit status 128 + {number}");
        assert_restored(&tui, &format!("SIG{name} during a session"));
    }
}

#[test]
fn a_runtime_error_restores_the_terminal_and_exits_1() {
    let mut tui = Tui::builder(80, 24).env("CRAMP_GUIDE_TEST_FAULT", "error").spawn();
    let status = tui.wait_exit_status();
    assert_eq!(status.exit_code(), 1, "a runtime failure exits 1");
    let raw = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(raw.contains("[1 Overview]"), "the first frame was drawn before the error");
    assert!(tui.screen().contains("error: test fault: an error"), "the error is shown:\n{}", tui.screen());
    assert_restored(&tui, "a runtime error");
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut tui = Tui::builder(80, 24).env("CRAMP_GUIDE_TEST_FAULT", "panic").env("RUST_BACKTRACE", "0").spawn();
    let status = tui.wait_exit_status();
    assert_eq!(status.exit_code(), 101, "a panic exits 101");
    let raw = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(raw.contains("[1 Overview]"), "the first frame was drawn before the panic");
    assert!(tui.screen().contains("test fault: a panic"), "the panic message is shown:\n{}", tui.screen());
    assert_restored(&tui, "a panic");
}

/// Runs the `bell` routine (two breaths of 0.7 s in and out: four phases,
/// three phase changes) to its end; the number of bell bytes written.
fn bells_in_a_run(bell_on: bool) -> usize {
    let mut tui = Tui::builder(80, 24).arg("--guide").arg(quick_guide()).args(["--entry", "bell"]).spawn();
    tui.wait_for(|s| s.contains("Routines") && s.contains("Bell routine"), "the routine list at the bell routine");
    if bell_on {
        // The screen does not show the bell's state; keys are handled in
        // order, so it is on before Enter starts the routine.
        tui.send("m");
    }
    tui.key("Enter");
    tui.wait_for_text("BREATHE IN");
    tui.wait_for_text("routine finished");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    tui.raw_output().iter().filter(|&&b| b == 0x07).count()
}

#[test]
fn the_bell_rings_once_per_phase_change_when_on() {
    assert_eq!(bells_in_a_run(true), 3, "three phase changes, three bells");
    assert_eq!(bells_in_a_run(false), 0, "the bell is off by default");
}
