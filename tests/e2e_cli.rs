//! The command line on the real binary: bad names, `--list`, `TERM=dumb`,
//! `NO_COLOR` and `--color`, a pipe closed early, `--reduced-motion`. Runs
//! that would draw a screen use a pseudo-terminal; every wait is for a
//! condition, with a generous timeout.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::time::Duration;

use common::colour::colour_sgr;
use common::process::{Binary, wait_with_timeout};
use common::pty::{Tui, binary};
use common::screen::time_left;
use cramp_guide::guide::model::TabBody;

/// Starts the binary in an 80×24 terminal with `args`.
fn tui(args: &[&str]) -> Tui {
    Tui::builder(80, 24).args(args.iter().copied()).spawn()
}

#[test]
fn unknown_names_exit_2_before_touching_the_terminal() {
    let cases: [(&[&str], &str); 4] = [
        (&["--tab", "no-such-tab"], "no tab is called \"no-such-tab\""),
        (&["--entry", "no-such-entry"], "no entry, routine or warning sign has the id \"no-such-entry\""),
        (&["--print", "no-such-tab"], "no tab is called \"no-such-tab\""),
        (&["coach", "no-such-routine"], "no routine has the id \"no-such-routine\""),
    ];
    for (args, message) in cases {
        let mut tui = tui(args);
        assert_eq!(tui.wait_exit(), 2, "{args:?} exits 2");
        let raw = tui.raw_output();
        let text = String::from_utf8_lossy(&raw);
        assert!(text.contains(message), "{args:?}: the error says {message:?}: {text:?}");
        assert!(!raw.contains(&0x1b), "{args:?}: no escape byte at all: {text:?}");
        assert!(!tui.with_screen(|s| s.alternate_screen()), "{args:?}");
    }
}

#[test]
fn list_shows_every_id() {
    let out = Binary::new().arg("--list").stdin(Stdio::null()).output().expect("run --list");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8(out.stdout).expect("UTF-8");
    let guide = common::guide();
    let words: Vec<&str> = listed.split_whitespace().collect();
    let mut ids = Vec::new();
    for tab in &guide.tabs {
        assert!(listed.contains(&format!("(--tab {})", tab.id)), "tab {} in:\n{listed}", tab.id);
        match &tab.body {
            TabBody::Topics(entries) => ids.extend(entries.iter().map(|e| e.id.as_str())),
            TabBody::Coach(routines) => ids.extend(routines.iter().map(|r| r.id.as_str())),
            TabBody::Triage(t) => ids.extend(t.signs.iter().map(|s| s.id.as_str())),
            TabBody::Hydration(_) => {}
        }
    }
    assert!(ids.len() > 20, "the shipped guide has many ids: {ids:?}");
    for id in ids {
        assert!(words.contains(&id), "{id} is listed:\n{listed}");
    }
}

#[test]
fn term_dumb_prints_the_guide_as_text_through_the_pager() {
    let dir = tempfile::tempdir().unwrap();
    let paged = dir.path().join("paged.txt");
    let mut tui = Tui::builder(80, 24).env("TERM", "dumb").env("PAGER", format!("cat > '{}'", paged.display())).spawn();
    assert_eq!(tui.wait_exit(), 0, "TERM=dumb prints and exits");
    let raw = tui.raw_output();
    assert!(!raw.contains(&0x1b), "no escape byte for a dumb terminal");
    assert!(!tui.with_screen(|s| s.alternate_screen()));
    let text = std::fs::read_to_string(&paged).expect("the pager was given the guide");
    assert!(text.contains("Red flags") && text.contains("https://"), "the guide as text: {text:.400}");
    assert!(text.lines().count() > 500, "the whole guide");
    assert!(!String::from_utf8_lossy(&raw).contains("https://"), "nothing poured onto the terminal itself");
}

#[test]
fn term_dumb_without_a_pager_gives_a_hint_not_the_whole_guide() {
    let empty = tempfile::tempdir().unwrap();
    let mut tui = Tui::builder(80, 24).env("TERM", "dumb").env_remove("PAGER").env("PATH", empty.path()).spawn();
    assert_eq!(tui.wait_exit(), 0);
    let text = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(text.lines().count() < 20, "a hint, not the guide:\n{text}");
    assert!(text.contains("--print") && text.contains("PAGER"), "{text}");
}

#[test]
fn term_dumb_pages_with_less_when_there_is_no_pager_set() {
    let Some(less) =
        std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join("less")).find(|l| l.is_file()))
    else {
        return;
    };
    let mut tui = Tui::builder(80, 24).env("TERM", "dumb").env_remove("PAGER").env_remove("LESS").spawn();
    tui.wait_for(|s| s.contains("Overview"), &format!("the guide's first page in {}", less.display()));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let text = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(text.lines().count() < 60, "a page at a time, not the whole guide: {} lines", text.lines().count());
}

/// Opens the guide, waits for its first screen, quits; the raw output.
fn first_screen_output(tui: &mut Tui) -> Vec<u8> {
    tui.wait_for_text("[1 Overview]");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    tui.raw_output()
}

#[test]
fn no_color_empty_keeps_colour_set_drops_it_and_color_always_wins() {
    let cases: [(&str, &[&str], bool); 5] = [
        ("", &[], true),
        ("1", &[], false),
        ("1", &["--color", "always"], true),
        ("", &["--color", "never"], false),
        ("1", &["--color", "auto"], false),
    ];
    for (no_color, args, coloured) in cases {
        let mut tui = Tui::builder(80, 24).env("NO_COLOR", no_color).args(args.iter().copied()).spawn();
        tui.wait_for_text("[1 Overview]");
        let row = tui.row(0);
        let col = row.chars().position(|c| c == '1').expect("the first tab's number") as u16;
        let reversed = tui.with_screen(|s| s.cell(0, col).is_some_and(|c| c.inverse()));
        let colours = colour_sgr(&first_screen_output(&mut tui));
        assert_eq!(
            !colours.is_empty(),
            coloured,
            "NO_COLOR={no_color:?} {args:?}: colour expected {coloured}; colours seen: {:?}",
            &colours[..colours.len().min(5)]
        );
        // Nothing is lost without colour: the active tab is in reverse video.
        assert!(reversed || coloured, "NO_COLOR={no_color:?} {args:?}: the active tab is reversed: {row}");
    }
}

/// A valid guide well over a pipe's buffer (64 KiB) when printed, so a
/// reader that stops early really closes the pipe on a writer.
fn big_guide(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let mut text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.toml"),
    )
    .unwrap();
    for i in 0..3000 {
        text.push_str(&format!(
            "\n[[tabs.entries]]\nid = \"entry-{i}\"\ntitle = \"Entry {i}\"\nsummary = \"One line\"\n\
             body = \"Some text about it, long enough to be a paragraph of a real entry.\"\n\
             sources = [{{ title = \"Source\", url = \"https://example.com/{i}\" }}]\n"
        ));
    }
    let path = dir.path().join("big.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs the binary into a pipe, reads one line and closes the pipe, like
/// `cramp-guide … | head -1`; returns the line, the exit code and stderr.
fn head_1(args: &[&str]) -> (String, Option<i32>, String) {
    let mut child = Binary::new()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start cramp-guide");
    let mut line = String::new();
    {
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        reader.read_line(&mut line).expect("read one line");
        // Dropping the reader closes the pipe, as `head` does on exit.
    }
    let mut stderr = String::new();
    let mut err = child.stderr.take().unwrap();
    let status = wait_with_timeout(&mut child, Duration::from_secs(30));
    err.read_to_string(&mut stderr).unwrap();
    (line, status.code(), stderr)
}

#[test]
fn a_pipe_closed_early_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let big = big_guide(&dir);
    let big = big.to_str().unwrap();
    for args in [vec!["--guide", big], vec!["--guide", big, "--print", "--format", "markdown"], vec![]] {
        let (line, code, stderr) = head_1(&args);
        assert!(!line.trim().is_empty(), "{args:?}: a first line");
        assert_eq!(code, Some(0), "{args:?}: exit 0 when the reader stops early; stderr: {stderr}");
        assert_eq!(stderr, "", "{args:?}: nothing on stderr");
    }
}

#[test]
fn a_pipe_closed_early_is_not_an_error_in_a_real_shell() {
    let dir = tempfile::tempdir().unwrap();
    let big = big_guide(&dir);
    let script = format!(
        "'{}' --guide '{}' 2>'{}' | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        binary(),
        big.display(),
        dir.path().join("stderr").display()
    );
    let out = Binary::program("bash").arg("-c").arg(&script).output().expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "cramp-guide | head -1 exits 0");
    assert_eq!(std::fs::read_to_string(dir.path().join("stderr")).unwrap(), "", "nothing on stderr");
}

/// The breathing shape at 80×24 without the banner: the left 38 columns of
/// the frame's rows above the routine bar.
fn picture(screen: &str) -> String {
    screen
        .lines()
        .filter(|l| l.starts_with('│') && !l.contains(" left") && !l.contains("Next:"))
        .map(|l| l.chars().skip(1).take(38).collect::<String>() + "\n")
        .collect()
}

#[test]
fn reduced_motion_keeps_the_breathing_shape_still() {
    for reduced in [false, true] {
        let mut builder = Tui::builder(80, 24).args(["coach", "slow-exhale"]);
        if reduced {
            builder = builder.arg("--reduced-motion");
        }
        let mut tui = builder.spawn();
        // It waits for its cautions to be read; Space starts it, and takes
        // the disclaimer banner away, so the picture has its full size.
        tui.wait_for(|s| time_left(s).is_some() && s.contains("Space starts"), "the session, waiting");
        tui.key("Space");
        let first = tui.wait_for(
            |s| {
                s.contains("BREATHE IN")
                    && !s.contains("getting ready")
                    && !s.contains("general information")
                    && !picture(s).trim().is_empty()
            },
            "the first breathing phase with its shape",
        );
        assert!(first.contains("Breathe in slowly"), "the instruction stays:\n{first}");
        if reduced {
            // Two second flips later the shape has not moved.
            let mut left = time_left(&first).unwrap();
            for _ in 0..2 {
                let later = tui.wait_for(|s| time_left(s).is_some_and(|l| l != left), "the time left to move on");
                assert_eq!(picture(&later), picture(&first), "--reduced-motion keeps the shape still:\n{later}");
                left = time_left(&later).unwrap();
            }
        } else {
            tui.wait_for(|s| !picture(s).trim().is_empty() && picture(s) != picture(&first), "the shape to grow");
        }
        // q during a routine asks first; y quits.
        tui.send("q");
        tui.wait_for(|s| s.contains("Stop the routine?"), "q to ask before stopping");
        tui.send("y");
        assert_eq!(tui.wait_exit(), 0);
    }
}

#[test]
fn the_harness_fails_when_output_never_ends() {
    // A child that exits while something it started still holds the
    // terminal: waiting for the last output must time out and fail, not
    // carry on with a screen that may be cut off. (The sleep holds it for
    // 3 s; a helper that ignored its 1.5 s timeout would return its code.)
    let result = std::panic::catch_unwind(|| {
        let mut tui = Tui::builder(80, 24)
            .program("sh")
            .args(["-c", "trap '' HUP; sleep 3 & echo hello"])
            .timeout(Duration::from_millis(1500))
            .spawn();
        tui.wait_exit()
    });
    let message = match result {
        Ok(code) => panic!("wait_exit returned {code} while the terminal was still held"),
        Err(e) => e.downcast_ref::<String>().cloned().unwrap_or_default(),
    };
    assert!(message.contains("output never ended"), "{message}");
}

#[test]
fn a_failed_write_to_standard_output_is_an_error() {
    // /dev/full takes nothing: every write fails with "no space left".
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let out = Binary::new().args(["--print", "causes"]).stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No space left"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn coach_starts_the_routine_of_every_name_it_accepts() {
    let cases = [
        ("breathing", "Slow-exhale breathing"),
        ("Slow-exhale breathing", "Slow-exhale breathing"),
        ("SLOW-EXHALE", "Slow-exhale breathing"),
        ("bedtime", "Bedtime calf stretch"),
        ("relief", "Calf cramp relief"),
        ("calf-relief", "Calf cramp relief"),
    ];
    for (name, title) in cases {
        let mut tui = tui(&["coach", name]);
        let screen = tui.wait_for(|s| s.contains("Coach · ") || s.contains("[1 Overview]"), "the first screen");
        assert!(screen.contains(&format!("Coach · {title}")), "coach {name:?} starts {title:?}:\n{screen}");
        tui.key("Ctrl-c");
        assert_eq!(tui.wait_exit(), 0, "coach {name:?}");
        // The same names, spoken line by line.
        let plain = Tui::builder(80, 24).args(["coach", name, "--plain"]).spawn();
        plain.wait_for_text(&format!("{title} — "));
    }
}
