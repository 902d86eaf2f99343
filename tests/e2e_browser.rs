//! End-to-end tests of the topics browser: the real binary in a
//! pseudo-terminal, driven by keys, read back from a vt100 screen model.
//! Every step waits for a screen condition; nothing sleeps for a fixed time.

mod common;

use std::process::Stdio;

use common::colour::{assert_no_colour, colour_sgr, sgr_sequences};
use common::process::Binary;
use common::pty::Tui;
use common::screen::{active_tab, detail_title, tab_bar};

/// The right-hand (detail) column of a topics tab at 80 columns or more:
/// for each screen row that has both frames, the text inside the second.
fn detail_rows(screen: &str) -> Vec<&str> {
    screen
        .lines()
        .filter_map(|line| {
            let (_, right) =
                line.split_once("││").or_else(|| line.split_once("╮╭")).or_else(|| line.split_once("╯╰"))?;
            Some(right.trim_end().trim_end_matches(['│', '╮', '╯']).trim())
        })
        .collect()
}

/// The list frame's position, e.g. `2 of 8`.
fn list_position(screen: &str) -> Option<String> {
    screen.lines().find_map(|line| {
        let inner = line.strip_prefix("╭ ")?;
        let position = &inner[..inner.find(" ─")?];
        position.contains(" of ").then(|| position.to_string())
    })
}

/// The selected related entry in the visible detail text, as
/// (entry title, tab title), from a line such as
/// `▶ Dehydration and electrolytes (Causes)`.
fn selected_link(screen: &str) -> Option<(String, String)> {
    let rows = detail_rows(screen);
    let related = rows.iter().position(|r| r.starts_with("Related"))?;
    let line = rows[related + 1..].iter().find_map(|r| r.strip_prefix("▶ "))?;
    let open = line.rfind(" (")?;
    let tab = line[open + 2..].strip_suffix(')')?;
    Some((line[..open].to_string(), tab.to_string()))
}

/// The related entries listed in the visible detail text.
fn link_count(screen: &str) -> usize {
    let rows = detail_rows(screen);
    let Some(related) = rows.iter().position(|r| r.starts_with("Related")) else {
        return 0;
    };
    rows[related + 1..].iter().take_while(|r| r.ends_with(')')).count()
}

/// Whether a detail title shows `title`, allowing for a title cut to fit.
fn title_shows(shown: &str, title: &str) -> bool {
    shown == title || shown.strip_suffix('…').is_some_and(|cut| title.starts_with(cut))
}

/// Starts the guide and waits for its first screen.
fn start(cols: u16, rows: u16) -> Tui {
    let tui = Tui::new(cols, rows);
    tui.wait_for_text("[1 Overview]");
    tui
}

#[test]
fn tab_keys_switch_tabs_and_q_quits() {
    let mut tui = start(80, 24);
    tui.key("Tab");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]"), "Tab to show [2 Causes]");
    tui.send("3");
    tui.wait_for(|s| tab_bar(s).contains("[3 Medicines]"), "3 to show [3 Medicines]");
    tui.key("BackTab");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]"), "Shift-Tab to show [2 Causes]");
    tui.key("Right");
    tui.wait_for(|s| tab_bar(s).contains("[3 Medicines]"), "→ to show [3 Medicines]");
    tui.send("h");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]"), "h to show [2 Causes]");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0");
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let mut tui = start(80, 24);
    tui.wait_for_screen(|s| s.alternate_screen() && s.hide_cursor(), "the app to take over the terminal");
    tui.key("Tab");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]"), "Tab to show [2 Causes]");
    tui.key("Ctrl-C");
    assert_eq!(tui.wait_exit(), 0, "Ctrl-C exits with 0");
    let (alternate, hidden) = tui.with_screen(|s| (s.alternate_screen(), s.hide_cursor()));
    assert!(!alternate, "the alternate screen is left on exit:\n{}", tui.screen());
    assert!(!hidden, "the cursor is shown again on exit:\n{}", tui.screen());
    // A full-screen app never needs to ask where the cursor is; a terminal
    // that does not answer (or answers late) would stall one that did.
    let raw = tui.raw_output();
    let asked = raw.windows(4).filter(|w| w == b"\x1b[6n").count();
    assert_eq!(asked, 0, "the app asked for the cursor position {asked} times");
}

#[test]
fn help_opens_with_question_mark_and_f1_and_esc_closes_it() {
    let tui = start(80, 24);
    tui.send("?");
    // One condition for the whole frame: a frame can reach the screen in
    // several writes, so its title may show before its body.
    tui.wait_for(
        |s| s.contains("Keys · Esc closes") && s.contains("Everywhere") && s.contains("quit"),
        "? to open help listing the global keys and quit",
    );
    tui.key("Esc");
    tui.wait_for(|s| !s.contains("Keys · Esc closes") && tab_bar(s).contains("[1 Overview]"), "Esc to close help");
    tui.key("F1");
    tui.wait_for(|s| s.contains("Keys · Esc closes"), "F1 to open help");
    tui.key("Esc");
    tui.wait_for_no_text("Keys · Esc closes");
}

#[test]
fn moving_in_the_list_changes_the_detail_and_links_can_be_followed_and_undone() {
    let tui = start(80, 24);
    let first = tui.wait_for(|s| detail_title(s).is_some(), "a detail title");
    let first_title = detail_title(&first).unwrap();
    assert!(list_position(&first).is_some_and(|p| p.starts_with("1 of")), "{first}");

    tui.send("j");
    let second = tui.wait_for(
        |s| detail_title(s).is_some_and(|t| t != first_title),
        "j to select another entry and change the detail title",
    );
    let second_title = detail_title(&second).unwrap();
    assert!(list_position(&second).is_some_and(|p| p.starts_with("2 of")), "{second}");

    // Scroll the detail to its end, where the related entries are.
    let mut screen = second;
    for _ in 0..20 {
        if !screen.contains("PgDn for more") {
            break;
        }
        let before = detail_rows(&screen).join("\n");
        tui.key("PageDown");
        screen = tui.wait_for(|s| detail_rows(s).join("\n") != before, "PgDn to scroll the detail");
    }
    assert!(link_count(&screen) >= 1, "the second entry lists related entries:\n{screen}");
    assert!(selected_link(&screen).is_none(), "no related entry is chosen before ]:\n{screen}");
    tui.send("]");
    screen = tui.wait_for(|s| selected_link(s).is_some(), "] to choose the first related entry");
    let mut link = selected_link(&screen).unwrap();
    if link_count(&screen) >= 2 {
        tui.send("]");
        let before = link.clone();
        screen = tui.wait_for(|s| selected_link(s).is_some_and(|l| l != before), "] to select the next related entry");
        link = selected_link(&screen).unwrap();
    }
    let (target, target_tab) = link;
    let here = active_tab(&screen).unwrap();

    tui.key("Enter");
    let there = tui.wait_for(
        |s| {
            tab_bar(s).contains(&format!(" {target_tab}]")) && detail_title(s).is_some_and(|t| title_shows(&t, &target))
        },
        &format!("Enter to open {target:?} in tab {target_tab:?}"),
    );
    assert!(
        active_tab(&there) != Some(here.clone()) || detail_title(&there) != Some(second_title.clone()),
        "following a link moves somewhere else:\n{there}"
    );

    tui.key("Backspace");
    tui.wait_for(
        |s| {
            active_tab(s).as_deref() == Some(here.as_str())
                && detail_title(s).as_deref() == Some(second_title.as_str())
                && list_position(s).is_some_and(|p| p.starts_with("2 of"))
        },
        &format!("Backspace to return to {second_title:?} in {here}"),
    );
}

/// Opens a few screens that use many styles (tabs, lists, help), then quits.
fn visit_styled_screens(tui: &mut Tui) {
    tui.wait_for_text("[1 Overview]");
    tui.send("j");
    tui.wait_for(|s| list_position(s).is_some_and(|p| p.starts_with("2 of")), "j to move");
    tui.key("Tab");
    tui.wait_for(|s| tab_bar(s).contains("[2 Causes]"), "Tab to show [2 Causes]");
    tui.send("?");
    tui.wait_for_text("Keys · Esc closes");
    tui.key("Esc");
    tui.wait_for_no_text("Keys · Esc closes");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn no_color_output_has_no_colour_codes() {
    let mut tui = Tui::builder(80, 24).env("NO_COLOR", "1").spawn();
    visit_styled_screens(&mut tui);
    let raw = tui.raw_output();
    assert_no_colour(&raw);
    // It is still styled: bold and reverse mark what matters.
    let attrs: Vec<String> = sgr_sequences(&raw);
    assert!(
        attrs.iter().any(|p| p.split(';').any(|x| x == "1" || x == "7")),
        "NO_COLOR output still uses bold or reverse; SGRs seen: {attrs:?}"
    );
}

#[test]
fn colour_output_has_colour_codes() {
    // The check above would pass on any output it cannot parse; this shows
    // it finds colours when there are some.
    let mut tui = Tui::new(80, 24);
    visit_styled_screens(&mut tui);
    let colours = colour_sgr(&tui.raw_output());
    assert!(!colours.is_empty(), "a colour terminal gets colours");
}

#[test]
fn a_small_window_asks_to_be_larger_and_recovers() {
    let tui = start(80, 24);
    tui.resize(20, 5);
    tui.wait_for(|s| s.contains("larger") && !s.contains("[1 Overview]"), "the too-small notice at 20×5");
    tui.resize(80, 24);
    tui.wait_for(|s| tab_bar(s).contains("[1 Overview]") && !s.contains("larger"), "the tab bar again at 80×24");
    tui.resize(40, 12);
    tui.wait_for(|s| tab_bar(s).contains("[1 ") && !s.contains("larger"), "the guide at exactly 40×12");
    tui.resize(39, 12);
    tui.wait_for_text("larger");
    tui.resize(40, 11);
    tui.wait_for(|s| s.contains("larger") && s.contains("emergency number"), "the notice keeps the emergency sentence");
}

#[test]
fn a_one_by_one_terminal_does_not_crash() {
    let mut tui = Tui::new(1, 1);
    tui.wait_for_screen(|s| s.alternate_screen(), "the app to start drawing at 1×1");
    tui.wait_for(|s| !s.trim().is_empty(), "a first frame at 1×1");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "q exits with 0 at 1×1");
}

fn missing_guide() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("cramp-guide-e2e-missing-{}", std::process::id())).join("no-such-guide.toml")
}

#[test]
fn a_missing_guide_file_exits_2_with_an_error_and_no_escape_codes() {
    let path = missing_guide();
    let out = Binary::new()
        .arg("--guide")
        .arg(&path)
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .output()
        .expect("run cramp-guide");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "exit status; stderr: {stderr}");
    assert!(!stderr.trim().is_empty(), "an error on stderr");
    assert!(stderr.contains("no-such-guide.toml"), "the error names the file: {stderr}");
    assert!(!out.stderr.contains(&0x1b), "no escape codes on stderr: {stderr:?}");
    assert!(!out.stdout.contains(&0x1b), "no escape codes on stdout: {:?}", out.stdout);
}

#[test]
fn a_missing_guide_file_in_a_terminal_never_touches_the_screen() {
    let path = missing_guide();
    let mut tui = Tui::builder(80, 24).arg("--guide").arg(&path).spawn();
    assert_eq!(tui.wait_exit(), 2);
    let raw = tui.raw_output();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("no-such-guide.toml"), "the error shows in the terminal: {text:?}");
    assert!(!raw.contains(&0x1b), "no escape sequence before or after the error: {text:?}");
    assert!(!tui.with_screen(|s| s.alternate_screen()));
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut tui = Tui::new(80, 24);
    tui.wait_for_text("[1 Overview]");
    let pid = tui.pid().expect("the app runs");
    let status = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(status.success());
    let code = tui.wait_exit_status();
    assert_eq!(code.exit_code(), 128 + 15, "exits as terminated by SIGTERM, having cleaned up");
    tui.with_screen(|s| {
        assert!(!s.alternate_screen(), "the alternate screen was left");
        assert!(!s.hide_cursor(), "the cursor is visible again");
    });
}

/// The first frame at 50×16, disclaimer banner and all, shows the panes
/// of the tab asked for: the coach's routine list, the diary's cramps.
#[test]
fn the_first_frame_at_50x16_shows_every_pane_under_the_banner() {
    let dir = tempfile::tempdir().unwrap();
    let added = Binary::new()
        .arg("--data-dir")
        .arg(dir.path())
        .args(["diary", "add", "--duration", "2:30", "--note", "after a walk"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let mut diary = Tui::builder(50, 16).args(["--tab", "diary", "--data-dir"]).arg(dir.path()).spawn();
    let screen = diary.wait_for(|s| s.contains("2:30") && s.contains("after a walk"), "the cramp on the first frame");
    assert!(screen.contains("emergency number"), "the banner shows too:\n{screen}");
    diary.send("q");
    assert_eq!(diary.wait_exit(), 0);
    let mut coach = Tui::builder(50, 16).args(["--tab", "coach"]).spawn();
    let screen = coach.wait_for(|s| s.contains("Routines") && s.contains("Calf cramp relief"), "the routine list");
    assert!(screen.contains("emergency number"), "the banner shows too:\n{screen}");
    coach.send("q");
    assert_eq!(coach.wait_exit(), 0);
}
