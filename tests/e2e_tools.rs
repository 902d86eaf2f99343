//! End-to-end tests of the guide's tools: the coach, the red-flag check, the
//! "cramp right now" timer, search, plain (NO_COLOR / --ascii) drawing and the
//! output into a pipe. The real binary runs in a pseudo-terminal (or, for the
//! pipe, with its output captured); every step waits for a screen condition
//! with a generous timeout and nothing sleeps for a fixed time. Where a test
//! needs time to pass (to show a paused coach holds still), it waits for the
//! app's own wall-clock timer to show that the time has passed.

mod common;

use std::process::Stdio;

use common::colour::{assert_no_colour, colour_sgr};
use common::process::Binary;
use common::pty::Tui;
use common::screen::{
    active_tab, detail_title, footer, is_duration, lasting, quit_discarding_the_cramp, seconds, tab_bar, time_left,
};

/// The coach session's phase and its countdown, e.g. `BREATHE IN 3 s` from
/// `│ ▄█▀▀  ▀▀█▄   BREATHE IN 3 s` or `│ HOLD 18 s · LEFT LEG`.
fn phase_countdown(screen: &str) -> Option<String> {
    screen.lines().find_map(|line| {
        // The breathing picture may sit to the left of the phase: skip it.
        let inner = line.trim_start_matches(['│', '|']).trim_start_matches(|c: char| " █▀▄#',".contains(c));
        // `--ascii` draws the separator as "|".
        let head = inner.split(" · ").next()?.split(" | ").next()?.trim_end_matches(['│', '|']).trim_end();
        let words: Vec<&str> = head.split(' ').collect();
        let [label @ .., number, "s"] = words.as_slice() else {
            return None;
        };
        let label_ok =
            !label.is_empty() && label.iter().all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_uppercase()));
        let number_ok = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
        (label_ok && number_ok).then(|| head.to_string())
    })
}

/// Whether the screen shows a running or paused coach session.
fn in_session(screen: &str) -> bool {
    let named = screen.contains("Coach · Slow-exhale breathing") || screen.contains("Coach | Slow-exhale breathing");
    named && time_left(screen).is_some() && phase_countdown(screen).is_some()
}

/// Starts the coach straight into the slow-exhale routine; its cautions
/// take longer to read than its lead-in, so it waits, and Space starts it.
fn start_slow_exhale(builder: common::pty::TuiBuilder) -> Tui {
    let tui = builder.args(["coach", "slow-exhale"]).spawn();
    tui.wait_for(|s| s.contains("Space starts"), "the routine waiting for its cautions to be read");
    tui.key("Space");
    tui.wait_for(
        |s| in_session(s) && !s.contains("Space starts"),
        "the slow-exhale session with a phase countdown and the time left",
    );
    tui
}

#[test]
fn coach_counts_down_pauses_holds_still_resumes_and_stops() {
    let mut tui = start_slow_exhale(Tui::builder(80, 24));
    let first = tui.wait_for(|s| time_left(s).is_some(), "the time left");
    let first_left = time_left(&first).unwrap();
    let moved = tui.wait_for(
        |s| time_left(s).is_some_and(|l| l != first_left),
        &format!("the time left to count down by itself from {first_left}"),
    );
    let moved_left = time_left(&moved).unwrap();
    assert!(
        seconds(&moved_left) < seconds(&first_left),
        "the time left goes down: {first_left} then {moved_left}\n{moved}"
    );

    // Pause, and note where the session stands.
    tui.key("Space");
    let paused = tui.wait_for(|s| s.contains("PAUSED") && in_session(s), "Space to pause the session (PAUSED)");
    let paused_left = time_left(&paused).unwrap();
    let paused_phase = phase_countdown(&paused).unwrap();

    // Let at least two seconds pass, proven by the cramp timer's own clock.
    tui.send("!");
    tui.wait_for_text("Cramp right now");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs >= 2), "the cramp timer to reach 0:02");
    tui.key("Esc");
    let back = tui.wait_for(
        |s| !s.contains("Cramp right now") && s.contains("PAUSED") && in_session(s),
        "Esc to leave the cramp screen and show the paused session",
    );
    assert_eq!(time_left(&back).as_deref(), Some(paused_left.as_str()), "a paused session holds still:\n{back}");
    assert_eq!(
        phase_countdown(&back).as_deref(),
        Some(paused_phase.as_str()),
        "a paused phase countdown holds still:\n{back}"
    );

    // Resume: it counts down again.
    tui.key("Space");
    tui.wait_for(
        |s| !s.contains("PAUSED") && time_left(s).is_some_and(|l| l != paused_left),
        &format!("Space to resume and the time left to move on from {paused_left}"),
    );

    // Stop, confirmed, back at the list of routines.
    tui.key("Esc");
    tui.wait_for_text("Stop the routine?");
    tui.send("y");
    // The whole frame: the list, and no session's time left anywhere.
    let list = tui.wait_for(
        |s| {
            s.contains("Stopped last time")
                && s.contains("Routines")
                && !s.contains("Stop the routine?")
                && time_left(s).is_none()
        },
        "y to stop and show the routine list with \"Stopped last time\", no session's time left",
    );
    assert!(tab_bar(&list).contains("[8 Coach]"), "the coach tab is active:\n{list}");
    // The cramp timer used as a clock still runs: q asks, x discards it.
    quit_discarding_the_cramp(&mut tui);
}

#[test]
fn coach_starts_from_the_routine_list_with_enter() {
    let mut tui = Tui::new(80, 24);
    tui.wait_for_text("[1 Overview]");
    tui.send("8");
    tui.wait_for(|s| tab_bar(s).contains("[8 Coach]") && s.contains("Routines"), "8 to show the routine list");
    tui.key("Enter");
    let session = tui.wait_for(|s| time_left(s).is_some() && phase_countdown(s).is_some(), "Enter to start a routine");
    assert!(session.contains("Coach · "), "the session names its routine:\n{session}");
    tui.send("q");
    tui.wait_for_text("Stop the routine? y quits");
    tui.send("y");
    assert_eq!(tui.wait_exit(), 0, "q then y exits with 0 during a session");
}

#[test]
fn red_flag_check_ticks_clears_and_explains() {
    let mut tui = Tui::new(80, 24);
    tui.wait_for_text("[1 Overview]");
    tui.send("5");
    tui.wait_for(
        |s| tab_bar(s).contains("[5 Red flags]") && s.contains("NOTHING TICKED YET"),
        "5 to show the red-flag check with nothing ticked",
    );
    tui.key("Space");
    let ticked = tui.wait_for(
        |s| s.contains("CALL YOUR EMERGENCY NUMBER NOW") && s.contains("Because you ticked") && s.contains("1 ticked"),
        "Space to tick the first question and raise the verdict",
    );
    assert!(!ticked.contains("SELF-CARE IS REASONABLE"), "one verdict at a time:\n{ticked}");
    assert!(ticked.contains("1 ticked"), "the list counts the tick:\n{ticked}");
    tui.send("r");
    let cleared = tui.wait_for(
        |s| s.contains("SELF-CARE IS REASONABLE") && !s.contains("CALL YOUR EMERGENCY NUMBER NOW"),
        "r to clear the ticks and return to self-care",
    );
    assert!(!cleared.contains("Because you ticked"), "nothing is ticked any more:\n{cleared}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

#[test]
fn cramp_now_times_the_cramp_and_leaves_or_stops() {
    let mut tui = Tui::new(80, 24);
    tui.wait_for_text("[1 Overview]");
    tui.send("3");
    tui.wait_for(|s| tab_bar(s).contains("[3 Medicines]"), "3 to show [3 Medicines]");
    tui.send("!");
    tui.wait_for_text("Cramp right now");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs >= 2), "the cramp timer to reach 0:02");
    tui.key("Esc");
    tui.wait_for(
        |s| tab_bar(s).contains("[3 Medicines]") && !s.contains("Cramp right now"),
        "Esc to leave the cramp screen for [3 Medicines]",
    );

    // Esc only hides the screen: opened again, the same cramp is still being
    // timed, so the first value seen is at least the 2 s already reached.
    tui.send("!");
    let again = tui.wait_for(|s| lasting(s).is_some(), "! to open the cramp screen again");
    let secs = lasting(&again).unwrap();
    assert!(secs >= 2, "the timer carries on, it does not restart at {secs} s:\n{again}");
    tui.send("s");
    let stopped = tui.wait_for(
        |s| footer(s).contains("that cramp lasted") && !s.contains("Cramp right now"),
        "s to close the cramp screen and report how long it lasted",
    );
    let lasted = footer(&stopped)
        .trim()
        .strip_prefix("Saved to your diary: that cramp lasted ")
        .and_then(|r| r.strip_suffix('.'));
    assert!(lasted.is_some_and(is_duration), "the footer gives a duration: {:?}", footer(&stopped));
    assert!(tab_bar(&stopped).contains("[3 Medicines]"), "the tab is unchanged:\n{stopped}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

#[test]
fn search_jumps_and_n_and_shift_n_step_through_matches() {
    let mut tui = Tui::new(80, 24);
    tui.wait_for_text("[1 Overview]");
    tui.send("3");
    let medicines = tui.wait_for(
        |s| tab_bar(s).contains("[3 Medicines]") && detail_title(s).is_some(),
        "3 to show [3 Medicines] with a detail",
    );
    let start_title = detail_title(&medicines).unwrap();

    tui.send("/");
    tui.wait_for_text("Search the guide");
    tui.send("magnesium");
    let results = tui.wait_for(
        |s| s.contains("/ magnesium") && s.contains(" found") && s.contains(" › "),
        "results for \"magnesium\" listed as Tab › Title",
    );
    let count = results.lines().find_map(|l| {
        let t = l.trim_start_matches('│');
        t.split(" found").next().filter(|n| t.contains(" found") && n.bytes().all(|b| b.is_ascii_digit()))
    });
    let count: usize = count.and_then(|n| n.parse().ok()).unwrap_or(0);
    assert!(count >= 2, "\"magnesium\" has at least two matches to step through:\n{results}");

    tui.key("Enter");
    // The footer is drawn last: once it names the query, the frame is whole.
    let first = tui.wait_for(
        |s| {
            !s.contains("Search the guide")
                && active_tab(s).is_some()
                && detail_title(s).is_some()
                && footer(s).contains("\"magnesium\"")
        },
        "Enter to open the first match, the footer naming the query",
    );
    let first_title = detail_title(&first).unwrap();
    let first_tab = active_tab(&first).unwrap();

    // n walks the matches in the text, then goes on to result 2.
    let mut second = first.clone();
    for _ in 0..10 {
        if footer(&second).to_lowercase().contains("result 2 of") {
            break;
        }
        let before = footer(&second).to_string();
        tui.send("n");
        second = tui.wait_for(|s| footer(s) != before, "n to move to the next match");
    }
    assert!(footer(&second).to_lowercase().contains("result 2 of"), "n reaches result 2:\n{second}");
    let second_title = detail_title(&second).unwrap_or_default();
    assert!(
        second_title != first_title || active_tab(&second).as_deref() != Some(first_tab.as_str()),
        "result 2 is somewhere else than result 1 ({first_title} in {first_tab}):\n{second}"
    );

    tui.send("N");
    let back_to_first = tui.wait_for(|s| footer(s).to_lowercase().contains("result 1 of"), "N to go back to result 1");
    assert_eq!(detail_title(&back_to_first).as_deref(), Some(first_title.as_str()), "{back_to_first}");
    assert_eq!(active_tab(&back_to_first).as_deref(), Some(first_tab.as_str()), "{back_to_first}");

    // Backspace goes back through where we have been: first to match 2
    // (visited before N), and in the end to where the search started.
    tui.key("Backspace");
    tui.wait_for(
        |s| detail_title(s).as_deref() == Some(second_title.as_str()) && !footer(s).contains("Match 1 of"),
        &format!("Backspace to go back to {second_title:?}"),
    );
    let mut screen = tui.screen();
    for _ in 0..5 {
        if tab_bar(&screen).contains("[3 Medicines]") {
            break;
        }
        let before = (active_tab(&screen), detail_title(&screen));
        tui.key("Backspace");
        screen = tui.wait_for(|s| (active_tab(s), detail_title(s)) != before, "Backspace to go back one more step");
    }
    assert!(tab_bar(&screen).contains("[3 Medicines]"), "Backspace returns to where the search started:\n{screen}");
    assert_eq!(detail_title(&screen).as_deref(), Some(start_title.as_str()), "{screen}");

    tui.key("Esc");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

/// The text of the cells drawn as the current search match (underlined
/// and reversed), row by row.
fn current_match_text(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    let mut out = String::new();
    for row in 0..rows {
        for col in 0..cols {
            if let Some(cell) = screen.cell(row, col)
                && cell.underline()
                && cell.inverse()
            {
                out.push_str(cell.contents());
            }
        }
    }
    out
}

#[test]
fn a_misspelt_search_lands_on_the_entry_with_the_match_in_view() {
    // "touch" is said only far down the text of "Blood clot (DVT)", below the
    // first page at this size.
    let mut tui = Tui::new(50, 16);
    tui.wait_for_text("1 Overview");
    tui.send("/");
    tui.wait_for_text("Search the guide");
    tui.send("touhc");
    tui.wait_for(|s| s.contains("/ touhc") && s.contains("Blood clot (DVT)"), "the DVT entry among the results");
    tui.key("Enter");
    // Each wait looks again until the whole frame holds, so a frame caught
    // half drawn does not count.
    tui.wait_for(
        |s| !s.contains("Search the guide") && s.contains("╭ Blood clot (DVT) "),
        "Enter to open the DVT entry",
    );
    tui.wait_for_screen(
        |s| current_match_text(s).eq_ignore_ascii_case("touch"),
        "the corrected word \"touch\" on screen, marked as the current match",
    );
    tui.wait_for(
        |s| s.contains(" lines ") && !s.contains("lines 1–") && footer(s).contains("Match 1 of"),
        "the text scrolled down to the match, and the footer counting the matches",
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

#[test]
fn search_esc_cancels_without_moving() {
    let mut tui = Tui::new(80, 24);
    tui.wait_for_text("[1 Overview]");
    tui.send("3");
    tui.wait_for(|s| tab_bar(s).contains("[3 Medicines]"), "3 to show [3 Medicines]");
    tui.send("/");
    tui.wait_for_text("Search the guide");
    tui.send("magnesium");
    tui.wait_for(|s| s.contains(" found"), "results for \"magnesium\"");
    tui.key("Esc");
    tui.wait_for(
        |s| !s.contains("Search the guide") && tab_bar(s).contains("[3 Medicines]"),
        "Esc to close search where it started",
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

/// Box-drawing and block characters that `--ascii` must not draw.
const NOT_ASCII_DRAWING: &[char] = &['─', '│', '╭', '╮', '╰', '╯', '█', '░', '▶'];

/// Goes through the coach's screens (get ready, a running phase, paused,
/// the stop question, the routine list) and quits; returns every screen it
/// waited for.
fn tour_the_coach(tui: &mut Tui) -> Vec<String> {
    let mut screens = Vec::new();
    screens.push(tui.wait_for(in_session, "the session"));
    screens.push(
        tui.wait_for(|s| phase_countdown(s).is_some_and(|p| !p.starts_with("GET READY")), "the first breathing phase"),
    );
    tui.key("Space");
    screens.push(tui.wait_for(|s| s.contains("PAUSED"), "Space to pause"));
    tui.key("Esc");
    screens.push(tui.wait_for_text("Stop the routine?"));
    tui.send("y");
    screens.push(tui.wait_for_text("Stopped last time"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
    screens
}

#[test]
fn no_color_and_ascii_coach_draws_without_colour_or_box_characters() {
    let mut tui = start_slow_exhale(Tui::builder(80, 24).env("NO_COLOR", "1").arg("--ascii"));
    let screens = tour_the_coach(&mut tui);
    let raw = tui.raw_output();
    assert_no_colour(&raw);
    let text = String::from_utf8_lossy(&raw);
    for screen in &screens {
        let bad: Vec<char> = screen.chars().filter(|c| NOT_ASCII_DRAWING.contains(c)).collect();
        assert!(bad.is_empty(), "--ascii screen draws {bad:?}:\n{screen}");
    }
    let bad: Vec<char> = text.chars().filter(|c| NOT_ASCII_DRAWING.contains(c)).collect();
    assert!(bad.is_empty(), "--ascii output ever drew {bad:?}");
    let not_ascii: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
    assert!(not_ascii.is_empty(), "--ascii output has non-ASCII characters: {not_ascii:?}");
    // Still a drawn session: ASCII frames and gauges.
    assert!(screens[1].contains("+ Coach | Slow-exhale breathing"), "an ASCII frame:\n{}", screens[1]);
    assert!(screens[1].contains('#'), "an ASCII gauge:\n{}", screens[1]);
}

#[test]
fn default_coach_draws_with_colour_and_box_characters() {
    // The checks above would pass on output they cannot parse; this shows
    // they find colours and box characters when there are some.
    let mut tui = start_slow_exhale(Tui::builder(80, 24));
    let screens = tour_the_coach(&mut tui);
    assert!(!colour_sgr(&tui.raw_output()).is_empty(), "a colour terminal gets colours");
    assert!(screens[1].chars().any(|c| NOT_ASCII_DRAWING.contains(&c)), "box drawing by default:\n{}", screens[1]);
}

/// Runs the binary with its output captured (not a terminal).
fn run_piped(args: &[&str]) -> std::process::Output {
    Binary::new()
        .args(args)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("run cramp-guide")
}

#[test]
fn into_a_pipe_the_guide_prints_as_text() {
    let out = run_piped(&[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "exit status; stderr: {stderr}");
    assert!(stdout.contains("Red flags"), "the guide names the red-flag tab:\n{stdout}");
    assert!(stdout.contains("https://"), "the guide lists its sources");
    assert!(!out.stdout.contains(&0x1b), "no escape byte in piped output");
    assert!(!out.stderr.contains(&0x1b), "no escape byte on stderr: {stderr:?}");
}

#[test]
fn print_coach_as_markdown_starts_with_a_heading() {
    let out = run_piped(&["--print", "coach", "--format", "markdown"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "exit status; stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.starts_with('#'), "markdown starts with a heading:\n{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("## ") && l.contains("Coach")), "a Coach heading:\n{stdout}");
    assert!(!out.stdout.contains(&0x1b), "no escape byte in markdown");
}

#[test]
fn plain_coach_with_an_unknown_routine_exits_2() {
    let out = run_piped(&["coach", "no-such", "--plain"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "exit status; stderr: {stderr}");
    assert!(stderr.contains("no-such"), "the error names the id: {stderr}");
    assert!(!out.stderr.contains(&0x1b) && !out.stdout.contains(&0x1b), "no escape byte");
}
