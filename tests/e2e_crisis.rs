//! End-to-end tests of the path "my calf is cramping, what do I do, should
//! I worry?": the real binary in a pseudo-terminal, one test (or more) per
//! point of the cramp-crisis issue. Every step waits for a screen
//! condition with a generous timeout; nothing sleeps for a fixed time.

mod common;

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use common::colour::colour_sgr;
use common::process::Binary;
use common::pty::Tui;
use common::screen::{badge, footer, lasting, quit_discarding_the_cramp, tab_bar};

/// A private, empty home directory for one test: the app is never run
/// against the real one.
fn start_with(cols: u16, rows: u16, args: &[&str]) -> Tui {
    let tui = Tui::builder(cols, rows).args(args.iter().copied()).timeout(Duration::from_secs(30)).spawn();
    tui.wait_for_text("[1 Overview]");
    tui
}

fn start(cols: u16, rows: u16) -> Tui {
    start_with(cols, rows, &[])
}

// 1. The cramp timer survives Esc and the relief routine; a badge shows
// it everywhere, and past the threshold a notice says what to do.

#[test]
fn the_cramp_timer_survives_esc_and_the_relief_routine() {
    let mut tui = start(80, 24);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs > 0), "the timer to pass 0:00");
    tui.key("Esc");
    let hidden = tui.wait_for(|s| !s.contains("lasting ") && badge(s).is_some(), "Esc to hide the screen");
    let first = badge(&hidden).unwrap();
    assert_ne!(first, "0:00", "the badge goes on from where the screen was:\n{hidden}");
    tui.wait_for(|s| badge(s).is_some_and(|t| t != first), "the badge to tick on by itself");
    tui.send("!");
    let back = tui.wait_for(|s| lasting(s).is_some(), "! to show the screen again");
    assert_ne!(lasting(&back).unwrap(), 0, "the timer was not reset:\n{back}");
    tui.key("Enter");
    let coach = tui.wait_for(|s| s.contains("Coach · ") && badge(s).is_some(), "Enter to start the routine");
    assert!(!coach.contains("lasting "), "the coach shows, not the cramp screen:\n{coach}");
    tui.key("Esc");
    tui.wait_for_text("Stop the routine?");
    tui.send("y");
    tui.wait_for(|s| !s.contains("Stop the routine?"), "y to stop the routine");
    tui.send("!");
    let again = tui.wait_for(|s| lasting(s).is_some(), "! after the routine");
    assert_ne!(lasting(&again).unwrap(), 0, "the routine did not reset the timer:\n{again}");
    tui.send("s");
    let done = tui.wait_for_text("cramp lasted");
    assert!(badge(&done).is_none(), "s ends the cramp; no badge any more:\n{done}");
    // The diary asks for details; Esc skips them.
    tui.key("Esc");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn x_discards_the_cramp_timer() {
    let mut tui = start(80, 24);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! to open the cramp screen");
    tui.send("x");
    let after = tui.wait_for_text("discarded");
    assert!(badge(&after).is_none(), "{after}");
    tui.send("!");
    tui.wait_for(|s| lasting(s) == Some(0), "a new cramp starts at 0:00");
    quit_discarding_the_cramp(&mut tui);
}

#[test]
fn q_while_a_cramp_is_timed_asks_and_s_saves_it_before_quitting() {
    let mut tui = start(80, 24);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some_and(|secs| secs > 0), "the timer to pass 0:00");
    tui.key("Esc");
    tui.wait_for(|s| !s.contains("lasting ") && badge(s).is_some(), "Esc to hide the cramp screen");
    tui.send("q");
    tui.wait_for_text("s saves it");
    assert!(tui.is_running(), "q asks first while a cramp is timed");
    tui.send("n");
    let kept = tui.wait_for(|s| !s.contains("s saves it"), "n to keep going");
    assert!(badge(&kept).is_some(), "the timer runs on:\n{kept}");
    tui.send("q");
    tui.wait_for_text("s saves it");
    tui.send("s");
    assert_eq!(tui.wait_exit(), 0);
    let diary = cramp_guide::diary::Diary::open_existing(&tui.data_dir()).unwrap().expect("the diary was made");
    assert_eq!(diary.list(None).unwrap().len(), 1, "the cramp was saved before quitting");
}

#[test]
fn ctrl_c_quits_at_once_while_a_cramp_is_timed() {
    let mut tui = start(80, 24);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! to open the cramp screen");
    tui.key("Ctrl-C");
    assert_eq!(tui.wait_exit(), 0, "Ctrl-C never asks");
}

/// The shipped guide with the escalation threshold at a few seconds.
/// Kept in a temporary directory that goes with the returned handle.
fn quick_escalation_guide() -> (tempfile::TempDir, PathBuf) {
    let text = std::fs::read_to_string("guide.toml").expect("the shipped guide");
    let quick = text.replacen("after_minutes = 10.0", "after_minutes = 0.05", 1);
    assert_ne!(quick, text, "the shipped guide has a 10-minute escalation");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("guide.toml");
    std::fs::write(&path, quick).expect("write the test guide");
    (dir, path)
}

#[test]
fn past_the_threshold_every_screen_says_what_to_do() {
    let (_dir, guide) = quick_escalation_guide();
    let mut tui = start_with(80, 24, &["--guide", guide.to_str().unwrap()]);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! to open the cramp screen");
    tui.key("Esc");
    tui.send("2");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]"), "2 to show Causes");
    let late = tui.wait_for(|s| s.contains("Cramp over"), "the notice once the threshold passes");
    assert!(tab_bar(&late).contains("get seen today"), "the badge says so too:\n{late}");
    let notice = late.lines().nth(1).unwrap_or("");
    assert!(notice.contains("get seen today") && notice.contains("!"), "a one-line notice under the tabs:\n{late}");
    quit_discarding_the_cramp(&mut tui);
}

// 2. The cramp screen is not a dead end.

#[test]
fn tabs_help_and_search_work_from_the_cramp_screen() {
    let mut tui = start(80, 24);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! to open the cramp screen");
    tui.send("5");
    let flags = tui.wait_for(|s| tab_bar(s).contains("[5 Red flags]"), "5 to show the red flags");
    assert!(badge(&flags).is_some(), "the timer keeps running:\n{flags}");
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! to show the cramp screen again");
    tui.key("Tab");
    tui.wait_for(|s| tab_bar(s).contains("[6 Relief]") && !s.contains("lasting "), "Tab to move on a tab");
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! again");
    tui.send("?");
    tui.wait_for_text("Keys · Esc closes");
    tui.key("Esc");
    tui.wait_for(|s| lasting(s).is_some() && !s.contains("Keys · Esc closes"), "Esc back to the cramp screen");
    tui.send("/");
    tui.wait_for(|s| s.contains("Search") && footer(s).contains("cancel"), "/ to open the search");
    tui.key("Esc");
    let after = tui.wait_for(|s| !footer(s).contains("cancel"), "Esc to close the search");
    assert!(badge(&after).is_some(), "the timer still runs:\n{after}");
    quit_discarding_the_cramp(&mut tui);
}

// 3. Each watched red flag says what to do.

#[test]
fn watched_red_flags_show_their_action() {
    let mut tui = start(80, 24);
    tui.send("!");
    // The line under the sign says what to do.
    let action_under_sign = |s: &str| {
        let lines: Vec<&str> = s.lines().collect();
        lines
            .iter()
            .position(|l| l.contains("breathlessness or chest pain"))
            .is_some_and(|i| lines.get(i + 1).is_some_and(|next| next.contains("→ call your emergency number now")))
    };
    tui.wait_for(|s| lasting(s).is_some() && action_under_sign(s), "the action under the watched sign");
    quit_discarding_the_cramp(&mut tui);
}

// 4. Safety text is never cut: it scrolls, with a "more" mark.

#[test]
fn the_cramp_screen_scrolls_to_its_red_flags_at_50x16() {
    let mut tui = start(50, 16);
    tui.send("!");
    let first = tui.wait_for(|s| lasting(s).is_some() && s.contains("PgDn for more"), "the cramp screen, marked more");
    assert!(!first.contains("→ call your emergency number now"), "{first}");
    let mut screen = first;
    for _ in 0..10 {
        if screen.contains("→ call your emergency number now") {
            break;
        }
        let before = screen.clone();
        tui.key("PageDown");
        screen = tui.wait_for(|s| s != before, "PgDn to scroll the cramp screen");
    }
    assert!(screen.contains("→ call your emergency number now"), "PgDn reaches the red flags:\n{screen}");
    quit_discarding_the_cramp(&mut tui);
}

#[test]
fn the_first_screen_keeps_the_emergency_number_at_50x16_and_40x12() {
    for (w, h) in [(50, 16), (40, 12)] {
        let mut tui = start(w, h);
        tui.wait_for(|s| s.contains("112).") && footer(s).contains("q quit"), "the emergency sentence on screen");
        tui.send("q");
        assert_eq!(tui.wait_exit(), 0);
    }
}

#[test]
fn the_red_flag_tab_keeps_its_tick_list_and_verdict_at_40x12() {
    let mut tui = start(40, 12);
    tui.send("5");
    tui.wait_for(|s| tab_bar(s).contains("[5 Red flags]"), "5 to show the red flags");
    tui.key("Space");
    let ticked = tui.wait_for(
        |s| s.contains("[x]") && s.contains("all of it at the end of Why"),
        "a tick, and the cut verdict marked",
    );
    // The question's own "why" comes first; the verdict follows it.
    let mut screen = ticked;
    for _ in 0..40 {
        if screen.contains("do not drive yourself") {
            break;
        }
        let before = screen.clone();
        tui.key("PageDown");
        screen = tui.wait_for(|s| s != before, "PgDn to scroll the why pane");
    }
    assert!(screen.contains("do not drive yourself"), "the whole verdict is reachable:\n{screen}");
    tui.key("Down");
    tui.wait_for(|s| s.contains("▶[ ]"), "Down moves in the tick list");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn the_water_plan_scrolls_to_its_caution_at_80x24() {
    let mut tui = start(80, 24);
    tui.send("9");
    // The caution is on the first page, and the frame says there is more.
    let plan = tui.wait_for(
        |s| {
            tab_bar(s).contains("[9 Water plan]")
                && s.contains("Caution: Adults only")
                && s.contains("PgDn for more")
                && footer(s).contains("q quit")
        },
        "9 to show the water plan",
    );
    assert!(!plan.contains("NHS: Dehydration"), "{plan}");
    tui.key("PageDown");
    tui.wait_for(|s| s.contains("NHS: Dehydration"), "PgDn reaches the last source");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_too_small_window_keeps_the_emergency_sentence() {
    // Started small: a resize sent before the app first waits for events
    // can be missed, and this test is about the notice, not resizing.
    let mut tui = Tui::builder(39, 11).timeout(Duration::from_secs(30)).spawn();
    tui.wait_for(|s| s.contains("larger") && s.contains("emergency number"), "the notice with the emergency sentence");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

// 5. q closes help; during a routine q asks first; Ctrl-C quits at once.

#[test]
fn q_closes_help_and_asks_during_a_routine() {
    let mut tui = start(80, 24);
    tui.send("?");
    tui.wait_for_text("Keys · Esc closes");
    tui.send("q");
    tui.wait_for(|s| !s.contains("Keys · Esc closes") && tab_bar(s).contains("[1 Overview]"), "q to close help");
    assert!(tui.is_running(), "q in help does not quit");
    tui.send("8");
    tui.wait_for(|s| tab_bar(s).contains("[8 Coach]"), "8 for the coach");
    tui.key("Enter");
    tui.wait_for_text("Coach · ");
    tui.send("q");
    tui.wait_for_text("Stop the routine? y quits");
    tui.send("n");
    tui.wait_for(|s| !s.contains("Stop the routine?") && s.contains("Coach · "), "n keeps the routine going");
    assert!(tui.is_running());
    tui.key("Ctrl-C");
    assert_eq!(tui.wait_exit(), 0, "Ctrl-C quits at once, even during a routine");
}

// 6. Enter on the list never jumps elsewhere; ] / [ choose a related entry.

#[test]
fn enter_on_the_list_stays_and_related_entries_are_chosen_first() {
    let mut tui = start(80, 24);
    tui.send("2jj");
    let minerals = tui.wait_for(
        |s| s.contains("╭ Missing minerals") && footer(s).contains("q quit"),
        "j j to select Missing minerals",
    );
    assert!(!footer(&minerals).contains("open related"), "{minerals}");
    assert!(!minerals.contains("open link"), "{minerals}");
    tui.key("Enter");
    tui.send("?");
    tui.wait_for_text("Keys · Esc closes");
    tui.key("Esc");
    let still = tui.wait_for(|s| !s.contains("Keys · Esc closes") && footer(s).contains("q quit"), "help closed again");
    assert!(still.contains("╭ Missing minerals") && tab_bar(&still).contains("[2 Causes]"), "{still}");
    tui.send("]");
    tui.wait_for(
        |s| footer(s).contains("Enter open related") && s.lines().any(|l| l.contains("││ ▶ ")),
        "] to choose a related entry, in view and marked",
    );
    tui.key("Enter");
    tui.wait_for(|s| !s.contains("╭ Missing minerals"), "Enter to open the chosen entry");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

// 7. The footer keeps the keys that matter; notes give it back.

#[test]
fn the_footer_keeps_the_keys_that_matter() {
    for (w, h) in [(80, 24), (50, 16), (40, 12)] {
        let mut tui = start(w, h);
        tui.send("2");
        let screen =
            tui.wait_for(|s| tab_bar(s).contains("[2 Causes]") && footer(s).contains("q quit"), "2 for Causes");
        let f = footer(&screen);
        for key in ["! cramp", "/ ", "? help", "q quit"] {
            assert!(f.contains(key), "{key:?} in the footer at {w}x{h}: {f:?}");
        }
        if w >= 80 {
            assert!(f.contains("/ search") && f.contains("! cramp now"), "{f:?}");
        }
        tui.send("q");
        assert_eq!(tui.wait_exit(), 0);
    }
}

#[test]
fn a_status_note_gives_the_footer_back_by_itself() {
    let mut tui = start(80, 24);
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! to open the cramp screen");
    tui.send("x");
    tui.wait_for_text("discarded");
    tui.wait_for(|s| footer(s).contains("? help"), "the hints to come back without a key");
    tui.send("!");
    tui.wait_for(|s| lasting(s).is_some(), "! again");
    tui.send("x");
    tui.wait_for_text("discarded");
    tui.send("2");
    tui.wait_for(|s| footer(s).contains("? help"), "the next key gives the footer back");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn ascii_writes_arrows_as_words() {
    let mut tui = start_with(80, 24, &["--ascii"]);
    tui.send("2");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]") && footer(s).contains("Down move"), "Down move in the footer");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

// 8. No ANSI greys (colours 7 and 8), which vanish on a light background.

#[test]
fn no_text_is_drawn_in_ansi_grey() {
    let mut tui = start(80, 24);
    for key in ["2", "5", " ", "9", "!"] {
        tui.send(key);
    }
    tui.wait_for(|s| lasting(s).is_some(), "the cramp screen over the water plan");
    quit_discarding_the_cramp(&mut tui);
    let colours = colour_sgr(&tui.raw_output());
    assert!(!colours.is_empty(), "colours are on in this run");
    // 37/47 and 90/100 are ANSI 7 and 8 (97/107 bright white); 38;5;N and
    // 48;5;N with N 7, 8 or 15 are the same in the 256-colour form.
    let grey = |sgr: &&String| {
        let p: Vec<&str> = sgr.split(';').collect();
        let mut i = 0;
        while i < p.len() {
            if matches!(p[i], "38" | "48") && p.get(i + 1) == Some(&"5") {
                if matches!(p.get(i + 2), Some(&("7" | "8" | "15"))) {
                    return true;
                }
                i += 3;
                continue;
            }
            if matches!(p[i], "37" | "47" | "90" | "100" | "97" | "107") {
                return true;
            }
            i += 1;
        }
        false
    };
    let greys: Vec<_> = colours.iter().filter(grey).collect();
    assert!(greys.is_empty(), "ANSI grey in the output: {greys:?}");
}

// 9. The water plan: a weight field, whole kilograms, metric first.

#[test]
fn the_water_plan_takes_a_typed_weight() {
    let mut tui = start(80, 24);
    tui.send("9");
    tui.wait_for(|s| tab_bar(s).contains("[9 Water plan]"), "9 for the water plan");
    tui.send("u");
    tui.wait_for_text("73 kg");
    tui.send("w");
    tui.wait_for_text("Enter use it");
    tui.send("70");
    tui.key("Enter");
    let plan = tui.wait_for(|s| s.contains(" 70 kg ") && !s.contains("Enter use it"), "Enter to use 70 kg");
    assert!(plan.contains("2,280 ml (2.3 l) ≈ 77 oz"), "kg leads with ml and litres:\n{plan}");
    tui.send("+");
    tui.wait_for_text(" 71 kg ");
    tui.send("w8");
    tui.wait_for_text("Enter use it");
    tui.key("Esc");
    tui.wait_for_text("Throw away the weight you typed?");
    tui.send("y");
    tui.wait_for(|s| s.contains(" 71 kg ") && !s.contains("Enter use it"), "Esc, then y, cancels the field");
    tui.send("u");
    tui.wait_for_text(" 157 lb ");
    tui.send("w65kg");
    tui.key("Enter");
    tui.wait_for(|s| s.contains(" 65 kg ") && s.contains("show in lb"), "a weight typed with its unit");
    tui.send("1");
    tui.wait_for(|s| tab_bar(s).contains("[1 Overview]"), "digits jump to tabs outside the field");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn print_water_for_a_weight() {
    let out = Binary::new()
        .args(["--print", "water", "--weight", "70kg"])
        .stdin(Stdio::null())
        .output()
        .expect("run --print");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("For a body weight of 70 kg"), "{text}");
    assert!(text.contains("2,280 ml (2.3 l) ≈ 77 oz"), "{text}");
    assert!(text.contains("Caution: Adults only"), "{text}");
    let bad =
        Binary::new().args(["--print", "water", "--weight", "70"]).stdin(Stdio::null()).output().expect("run --print");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("70kg or 154lb"));
}
