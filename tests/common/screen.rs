//! Readers of the real binary's screen (the text a [`super::pty::Tui`]
//! shows): the tab bar, the footer, the cramp timer and its badge, and the
//! coach's time left. Each returns `None` where the screen does not show it.

use super::pty::Tui;

/// The tab bar's first row, e.g. `[1 Overview] 2 Causes  3 Medicines …`.
pub fn tab_bar(screen: &str) -> &str {
    screen.lines().next().unwrap_or("")
}

/// The last row: the footer with the keys or a status message.
pub fn footer(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}

/// Whether `s` reads as a duration such as `1:58` or `12:05`.
pub fn is_duration(s: &str) -> bool {
    let Some((m, ss)) = s.split_once(':') else {
        return false;
    };
    !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit()) && ss.len() == 2 && ss.bytes().all(|b| b.is_ascii_digit())
}

/// The seconds in a duration such as `1:58`.
#[track_caller]
pub fn seconds(duration: &str) -> u64 {
    let (m, s) = duration.split_once(':').expect("m:ss");
    m.parse::<u64>().expect("minutes") * 60 + s.parse::<u64>().expect("seconds")
}

/// The cramp timer in seconds, from the cramp screen's
/// `Cramp right now · lasting 0:02`.
pub fn lasting(screen: &str) -> Option<u64> {
    screen.match_indices("lasting ").find_map(|(at, word)| {
        let value = screen[at + word.len()..].split_whitespace().next()?;
        is_duration(value).then(|| seconds(value))
    })
}

/// The cramp timer's time in the tab bar's badge, e.g. `0:03`.
pub fn badge(screen: &str) -> Option<String> {
    let bar = tab_bar(screen);
    let at = bar.find("Cramp ")?;
    Some(bar[at + "Cramp ".len()..].split_whitespace().next()?.to_string())
}

/// The coach session's time left, e.g. `1:58` from
/// `cycle 1 of 10 · step 1 of 1 · 1:58 left` (or `getting ready · 2:03 left`).
pub fn time_left(screen: &str) -> Option<String> {
    screen.lines().find_map(|line| {
        let before = &line[..line.find(" left")?];
        let value = before.rsplit(' ').next()?;
        is_duration(value).then(|| value.to_string())
    })
}

/// The active tab as the tab bar shows it, e.g. `[2 Causes]`.
pub fn active_tab(screen: &str) -> Option<String> {
    let bar = tab_bar(screen);
    let start = bar.find('[')?;
    let end = start + bar[start..].find(']')?;
    Some(bar[start..=end].to_string())
}

/// The detail frame's title on a topics tab at 80 columns or more (the
/// selected entry's title): the text after `╮╭` on the row where both frames
/// start.
pub fn detail_title(screen: &str) -> Option<String> {
    let top = screen.lines().find_map(|line| line.split_once("╮╭").map(|(_, r)| r))?;
    let title = top.trim_start_matches(' ').split(" ─").next()?.trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// `q` while a cramp is timed asks first; `x` discards the cramp and quits
/// with 0.
#[track_caller]
pub fn quit_discarding_the_cramp(tui: &mut Tui) {
    tui.send("q");
    tui.wait_for_text("x discards it");
    tui.send("x");
    assert_eq!(tui.wait_exit(), 0, "x in the question exits with 0");
}
