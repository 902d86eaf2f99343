//! The diary end to end on the real binary in a pseudo-terminal, each run
//! with `--data-dir` a temporary directory: a cramp timed with `!`, saved
//! with `s` and its details, seen on the Diary tab and in `diary export`;
//! preferences kept across a restart; a cramp timer taken up again after
//! Ctrl-C or a killed process; a diary file that is not ours leaves the
//! guide usable and the file byte-identical.

mod common;

use std::path::Path;

use common::process::Binary;
use common::pty::{Tui, binary};
use common::screen::{footer, lasting, quit_discarding_the_cramp, tab_bar};

/// The app on the diary in `dir`, at 80x24, just started.
fn spawn_in(dir: &Path) -> Tui {
    Tui::builder(80, 24).arg("--data-dir").arg(dir).spawn()
}

/// The app on the diary in `dir`, its first tab up.
fn start(dir: &Path) -> Tui {
    let tui = spawn_in(dir);
    tui.wait_for_text("Overview");
    tui
}

fn quit(mut tui: Tui) {
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

#[test]
fn a_timed_cramp_is_saved_with_its_details_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let tui = start(dir.path());
    assert!(!dir.path().join("diary.sqlite3").exists(), "starting creates nothing");
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs >= 1), "the cramp timer to pass 0:01");
    tui.send("s");
    let saved = tui.wait_for_text("Which leg?");
    assert!(footer(&saved).contains("Saved to your diary: that cramp lasted 0:0"), "{saved}");
    tui.send("l");
    tui.wait_for_text("Where?");
    tui.send("c");
    tui.wait_for_text("How bad");
    tui.send("7");
    tui.key("Enter");
    tui.wait_for_text("Woke me up?");
    tui.send("y");
    tui.wait_for(|s| footer(s).contains("Saved to your diary.") && !s.contains("a few details"), "the details done");
    tui.send("0");
    let diary = tui.wait_for_text("Your cramps: 1");
    assert!(diary.contains("Left, Calf, 7/10"), "{diary}");
    assert!(diary.contains("Last 7 days   1"), "{diary}");
    quit(tui);

    let out =
        Binary::new().arg("--data-dir").arg(dir.path()).args(["diary", "export", "--format", "csv"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,started_at,duration_seconds,leg,place,pain,woke,note", "{csv}");
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[1].ends_with(",left,calf,7,yes,"), "{csv}");
}

#[test]
fn preferences_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let tui = start(dir.path());
    tui.send("9");
    tui.wait_for_text("160 lb");
    tui.send("+");
    tui.wait_for_text("165 lb");
    tui.send("u");
    tui.wait_for_text("75 kg");
    quit(tui);
    assert!(dir.path().join("diary.sqlite3").exists(), "a preference kept creates the diary");
    let tui = start(dir.path());
    tui.send("9");
    tui.wait_for_text("75 kg");
    quit(tui);
}

#[test]
fn a_cramp_timer_outlives_ctrl_c_and_a_killed_process() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = start(dir.path());
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs >= 1), "the cramp timer to pass 0:01");
    tui.key("Ctrl-c");
    assert_eq!(tui.wait_exit(), 0, "Ctrl-C quits at once");

    let mut tui = start(dir.path());
    let again = tui.wait_for(|s| footer(s).contains("taken up again"), "the timer taken up again");
    assert!(lasting(&again).is_some_and(|secs| secs >= 1), "still counting from the cramp's start:\n{again}");
    // Killed outright: nothing runs on the way out, and nothing is lost.
    let pid = tui.pid().expect("the app's process id");
    std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status().unwrap();
    tui.wait_exit_status();

    let tui = start(dir.path());
    tui.wait_for(|s| footer(s).contains("taken up again"), "the timer taken up after a kill");
    tui.send("s");
    tui.wait_for(|s| footer(s).contains("Saved to your diary"), "the cramp saved");
    tui.key("Esc");
    quit(tui);
    let tui = start(dir.path());
    tui.send("0");
    tui.wait_for_text("Your cramps: 1");
    assert!(!tui.screen().contains("taken up"), "a saved timer is not taken up again");
    quit(tui);
}

/// The app started in `dir` with 72 typed in the water plan's weight field.
fn typing_a_weight(dir: &Path) -> Tui {
    let tui = start(dir);
    tui.send("9");
    tui.wait_for_text("Body weight");
    tui.send("w72");
    tui.wait_for(|s| s.contains("72") && footer(s).contains("Enter"), "the weight typed in its field");
    tui
}

#[test]
fn a_weight_being_typed_outlives_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = typing_a_weight(dir.path());
    tui.key("Ctrl-c");
    assert_eq!(tui.wait_exit(), 0, "Ctrl-C quits at once");

    let tui = start(dir.path());
    tui.wait_for(|s| footer(s).contains("Water plan: what you were typing"), "the footer saying where");
    tui.send("9");
    tui.wait_for(|s| s.contains("Body weight:  72"), "the field open holding 72");
    tui.key("Enter");
    tui.wait_for(|s| !footer(s).contains("Enter"), "the weight used");
    quit(tui);
}

/// Sends SIG`signal` to the app and waits for it to exit with `status`.
fn signal_and_wait(tui: &mut Tui, signal: &str, status: u32) {
    let pid = tui.pid().expect("the app's process id");
    std::process::Command::new("kill").args([&format!("-{signal}"), &pid.to_string()]).status().unwrap();
    assert_eq!(tui.wait_exit(), status, "SIG{signal}");
}

/// The terminal closing (SIGHUP) or SIGTERM keeps what is typed as Ctrl-C
/// does: a weight in its field, and a cramp in the diary's form with its
/// note; the next start opens them again.
#[test]
fn what_is_typed_outlives_the_terminal_closing_and_sigterm() {
    for (signal, status) in [("HUP", 129), ("TERM", 143)] {
        let dir = tempfile::tempdir().unwrap();
        let mut tui = typing_a_weight(dir.path());
        signal_and_wait(&mut tui, signal, status);
        assert!(dir.path().join("diary.sqlite3").exists(), "SIG{signal}: the draft kept creates the diary");

        let mut tui = start(dir.path());
        tui.wait_for(|s| footer(s).contains("Water plan: what you were typing"), "the footer saying where");
        tui.send("0");
        tui.wait_for_text("Your cramps");
        tui.send("a");
        tui.wait_for(|s| s.contains("Note"), "the diary's form");
        let note = format!("woke with the calf locked {signal}");
        // The form starts at how long it lasted; up from the first row is
        // the note, the form's last.
        tui.key("Up");
        tui.wait_for(|s| s.contains("▶ When"), "the first row chosen");
        tui.key("Up");
        tui.wait_for(|s| s.contains("▶ Note"), "the note's row chosen");
        tui.send(&note);
        tui.wait_for_text(&note);
        signal_and_wait(&mut tui, signal, status);

        // The weight, taken up by the start before and still in its field,
        // is kept again beside the form.
        let mut tui = spawn_in(dir.path());
        let back = tui.wait_for(|s| s.contains(&note), "the form open again with its note");
        assert!(footer(&back).contains("Water plan") && footer(&back).contains("Diary"), "SIG{signal}:\n{back}");
        // Again before any key: what the start took up is kept again.
        signal_and_wait(&mut tui, signal, status);
        let mut tui = spawn_in(dir.path());
        tui.wait_for(|s| s.contains(&note), "the form open again after a signal before any key");
        tui.key("Ctrl-c");
        assert_eq!(tui.wait_exit(), 0, "Ctrl-C quits at once");
    }
}

/// The terminal window closing for real: the binary in a pseudo-terminal
/// whose every master side is then closed, so the kernel hangs it up (a
/// SIGHUP, and a terminal that reads and writes no more). What was typed is
/// kept, and the program ends by its own exit, never by an abort.
#[test]
fn what_is_typed_outlives_the_terminal_window_closing() {
    use std::io::Read;
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    use portable_pty::{CommandBuilder, PtySize, native_pty_system};

    let dir = tempfile::tempdir().unwrap();
    let pair = native_pty_system().openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut cmd = CommandBuilder::new(binary());
    cmd.arg("--data-dir");
    cmd.arg(dir.path());
    cmd.env("TERM", "xterm-256color");
    for (key, value) in common::process::private_env(dir.path()) {
        cmd.env(key, value);
    }
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    // The screen the app draws is read on a thread of its own until each
    // of these shows in turn; the thread then ends, closing its side.
    let stages: [fn(&str) -> bool; 3] = [
        |s| s.contains("Overview"),
        |s| s.contains("Body weight"),
        |s| s.contains("Body weight:  72") && s.lines().last().is_some_and(|l| l.contains("Enter")),
    ];
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (seen, reached) = mpsc::channel();
    let thread = std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(24, 80, 0);
        let mut buf = [0u8; 8192];
        for (i, stage) in stages.iter().enumerate() {
            while !stage(&parser.screen().contents()) {
                match reader.read(&mut buf) {
                    Ok(n) if n > 0 => parser.process(&buf[..n]),
                    _ => return,
                }
            }
            let _ = seen.send(i);
        }
    });
    let mut writer = pair.master.take_writer().unwrap();
    let wait = |stage: usize| {
        assert_eq!(reached.recv_timeout(Duration::from_secs(30)), Ok(stage), "stage {stage} on screen");
    };
    wait(0);
    writer.write_all(b"9").unwrap();
    wait(1);
    writer.write_all(b"w72").unwrap();
    wait(2);
    thread.join().unwrap();
    // The window closes: no one holds the terminal's other side any more.
    drop(writer);
    drop(pair.master);
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the app to end after the hang-up");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.signal().is_none(), "ended by its own exit, not by a signal: {status:?}");

    let mut tui = start(dir.path());
    tui.wait_for(|s| footer(s).contains("Water plan: what you were typing"), "the weight kept");
    tui.send("9");
    tui.wait_for(|s| s.contains("Body weight:  72"), "the field open holding 72");
    tui.key("Ctrl-c");
    assert_eq!(tui.wait_exit(), 0, "Ctrl-C quits at once");
}

#[test]
fn a_diary_file_that_is_not_ours_leaves_the_guide_usable_and_the_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("diary.sqlite3");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(8192).collect();
    std::fs::write(&file, &bytes).unwrap();
    let mut tui = start(dir.path());
    tui.send("0");
    let screen = tui.wait_for_text("cannot be opened");
    assert!(screen.contains("not a cramp-guide diary"), "{screen}");
    tui.send("1");
    tui.wait_for(|s| s.contains("[1 Overview]"), "the guide still works");
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "the cramp screen");
    tui.send("s");
    let failed = tui.wait_for(|s| footer(s).contains("Not saved"), "the failed save said");
    assert!(lasting(&failed).is_some(), "the cramp stays on screen:\n{failed}");
    tui.key("Esc");
    tui.send("9");
    tui.wait_for_text("160 lb");
    tui.send("+");
    tui.wait_for(|s| footer(s).contains("Not kept for next time"), "a preference not kept is said");
    quit_discarding_the_cramp(&mut tui);
    assert_eq!(std::fs::read(&file).unwrap(), bytes, "byte-identical");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["diary.sqlite3"], "nothing beside it");
}

#[test]
fn on_a_full_disk_the_cramp_stays_on_screen_to_save_again_and_browsing_works() {
    let dir = tempfile::tempdir().unwrap();
    // The shell caps the size a file may reach at nothing and ignores
    // SIGXFSZ: every write to the diary fails as on a full disk.
    let mut tui = Tui::builder(80, 24)
        .program("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 0 || exit 99; exec \"$@\"", "sh", binary(), "--data-dir"])
        .arg(dir.path())
        .spawn();
    tui.wait_for_text("Overview");
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs >= 1), "the cramp timer to pass 0:01");
    tui.send("s");
    let failed = tui.wait_for(|s| footer(s).contains("Not saved"), "the failed save said");
    assert!(failed.contains("refused a write"), "the reason is given:\n{failed}");
    assert!(lasting(&failed).is_some(), "the cramp stays on screen:\n{failed}");
    assert!(!failed.contains("Which leg?"), "no details asked for a cramp not saved:\n{failed}");
    // Saving again is offered, and fails the same way while the disk is full.
    tui.send("s");
    let again = tui.wait_for(
        |s| footer(s).contains("Not saved") && lasting(s).is_some_and(|t| t > lasting(&failed).unwrap()),
        "a second try",
    );
    assert!(!again.contains("Saved to your diary"), "{again}");
    tui.send("2");
    tui.wait_for(|s| s.contains("[2 Causes]"), "browsing works");
    tui.send("0");
    tui.wait_for_text("No cramps recorded yet");
    // Saving on the way out fails the same way: the app stays, the cramp too.
    tui.send("q");
    tui.wait_for_text("s saves it");
    tui.send("s");
    let kept = tui.wait_for(|s| footer(s).contains("Not saved") && !s.contains("s saves it"), "the failed save said");
    assert!(kept.contains("Cramp "), "the cramp is still timed:\n{kept}");
    quit_discarding_the_cramp(&mut tui);
}

#[test]
fn the_diary_tab_opens_from_the_command_line() {
    for name in ["diary", "DIARY", "0"] {
        let dir = tempfile::tempdir().unwrap();
        let tui = Tui::builder(80, 24).args(["--tab", name, "--data-dir"]).arg(dir.path()).spawn();
        let screen = tui.wait_for_text("No cramps recorded yet");
        assert!(tab_bar(&screen).contains("[0 Diary]"), "--tab {name}:\n{screen}");
        assert!(!dir.path().join("diary.sqlite3").exists(), "opening the tab creates nothing");
        quit(tui);
    }
}

#[test]
fn on_a_full_disk_an_export_fails_with_its_reason_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    // 2,000 cramps with notes: an export of well over 64 KiB.
    let mut csv = String::from("id,started_at,duration_seconds,note\n");
    for i in 0..2000 {
        csv.push_str(&format!(
            "{i},2026-10-{:02}T10:{:02}:00+00:00,60,a note that takes some room {i}\n",
            1 + i % 28,
            i % 60
        ));
    }
    let file = dir.path().join("many.csv");
    std::fs::write(&file, csv).unwrap();
    let imported =
        Binary::new().arg("--data-dir").arg(dir.path()).args(["diary", "import"]).arg(&file).output().unwrap();
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    std::fs::remove_file(&file).unwrap();
    let names = |dir: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        names
    };
    let before = names(dir.path());
    // Files may grow to 64 KiB (dash counts 512-byte blocks): room to read
    // the diary (its shared-memory index takes 32 KiB), not to export it.
    let tui = Tui::builder(160, 24)
        .program("sh")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 128 || exit 99; exec \"$@\"",
            "sh",
            binary(),
            "--tab",
            "diary",
            "--data-dir",
        ])
        .arg(dir.path())
        .spawn();
    tui.wait_for_text("Your cramps: 2000");
    tui.send("x");
    let failed = tui.wait_for_text("Could not export:");
    let line = failed.lines().find(|l| l.contains("Could not export:")).unwrap();
    assert!(line.contains("cramp-diary-") && line.contains("the disk is full"), "the file and the reason:\n{failed}");
    quit(tui);
    assert_eq!(names(dir.path()), before, "no export file, no temporary file left behind");
}

/// `diary export` into a terminal shows an imported note's escapes and
/// bells as spaces, so the note cannot steer the terminal; into a pipe it
/// is written as it is kept.
#[test]
fn a_diary_exported_into_a_terminal_cannot_steer_it() {
    let dir = tempfile::tempdir().unwrap();
    let note = "calf \u{1b}[2J\u{1b}]0;owned\u{7}then";
    let mut diary = cramp_guide::diary::Diary::open_or_create(dir.path()).unwrap();
    diary.add(&common::diary::cramp(20, 3, 10, 90, &[], Some(note))).unwrap();
    drop(diary);
    for format in ["csv", "json", "markdown"] {
        let mut tui =
            Tui::builder(100, 30).args(["diary", "export", "--format", format, "--data-dir"]).arg(dir.path()).spawn();
        assert_eq!(tui.wait_exit(), 0, "{format}");
        let raw = tui.raw_output();
        assert!(!raw.contains(&0x1b) && !raw.contains(&0x07), "{format}: {:?}", String::from_utf8_lossy(&raw));
        assert!(tui.screen().contains("calf"), "{format}: the note is there:\n{}", tui.screen());
    }
    let mut tui =
        Tui::builder(100, 30).args(["diary", "export", "--format", "csv", "--data-dir"]).arg(dir.path()).spawn();
    assert_eq!(tui.wait_exit(), 0);
    assert!(tui.screen().lines().any(|l| l.starts_with("1,2026-11-20T03:10")), "line breaks kept:\n{}", tui.screen());
    let piped =
        Binary::new().args(["diary", "export", "--format", "csv", "--data-dir"]).arg(dir.path()).output().unwrap();
    assert!(String::from_utf8_lossy(&piped.stdout).contains(note), "a pipe gets the note as kept");
}
