//! The "cramp right now" screen: the immediate steps, how long the cramp
//! has lasted, a key for the relief routine, and the red flags to watch.
//! Past a threshold from the guide it changes tone and shows the advice.

use std::time::Duration;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::{keyed, wrap_line};
use super::pane::{Pane, text_width};
use crate::guide::Guide;
use crate::guide::model::TabBody;
use crate::guide::ui_text::{Text, groups};
use crate::text;
use crate::text::figures::elapsed_text;
use crate::theme::Theme;

/// What the screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CrampNowScreen {
    /// The frame's title with the timer, and the tone of the frame.
    pub title: String,
    pub tone: Style,
    /// The frame and every line of its text: it scrolls when it does not
    /// all fit, so no red flag is ever cut.
    pub pane: Pane,
}

/// What the diary says beside a warning sign: the sign's id, the fact
/// alone ("longest: 12:40 on 20 Nov"), and the fact as shown under the sign
/// ("Your diary: longest: 12:40 on 20 Nov").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryHint {
    pub sign: String,
    pub fact: String,
    pub said: String,
}

/// How the screen is said: its texts, and the keys it names (from the key
/// table).
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub ui: &'a groups::cramp,
    /// Starts the relief routine.
    pub start: &'a str,
    pub stopped: &'a str,
    pub discard: &'a str,
    pub hide: &'a str,
}

/// The action of a triage level in words, lower-case first: "call your
/// emergency number now".
fn action_text(title: &str) -> String {
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The escalation level's title past its threshold, and its style.
fn escalated(guide: &Guide, elapsed: Duration, theme: Theme) -> Option<(String, Style)> {
    let (e, title) = guide.cramp_advice(elapsed)?;
    let rank = guide.triage().and_then(|(_, t)| t.rank_of(&e.level));
    Some((title, theme.level(rank.or(Some(1)))))
}

/// The badge every screen shows while a cramp is timed: "Cramp 1:23", and
/// past the guide's threshold what to do ("Cramp 12:03 · get seen today").
pub fn badge(guide: &Guide, elapsed: Duration, theme: Theme) -> (String, Style) {
    let badge = guide.ui.cramp.badge.fill(&[("time", &elapsed_text(elapsed))]);
    match escalated(guide, elapsed, theme) {
        Some((level, style)) => (format!(" {badge} {} {} ", theme.symbols.separator, action_text(&level)), style),
        None => (format!(" {badge} "), theme.warning),
    }
}

/// The one-line notice shown on every screen once a timed cramp passes the
/// guide's threshold, naming `key` that shows the cramp screen; None
/// before it.
pub fn notice(guide: &Guide, elapsed: Duration, key: &str, width: u16, theme: Theme) -> Option<Line<'static>> {
    let config = guide.cramp_now.as_ref()?;
    let e = config.escalation(elapsed)?;
    let (level, style) = escalated(guide, elapsed, theme)?;
    let ui = &guide.ui.cramp;
    let text = format!(
        "{} {} {} {}",
        theme.symbols.marker,
        ui.notice.fill(&[("after", &elapsed_text(e.after)), ("action", &action_text(&level))]),
        theme.symbols.separator,
        ui.notice_keys.fill(&[("key", &key)]),
    );
    Some(Line::styled(text::truncate(&text, usize::from(width), theme.symbols.ellipsis), style))
}

/// The screen in `area` for a cramp that has lasted `elapsed`, with the
/// diary's hints under the red flags; `routine_under_way` when its relief
/// routine already runs (Enter goes back to it). None when the guide has no
/// such screen.
pub fn screen(
    guide: &Guide,
    elapsed: Duration,
    hints: &[DiaryHint],
    routine_under_way: bool,
    words: Words,
    area: Rect,
    theme: Theme,
) -> Option<CrampNowScreen> {
    let config = guide.cramp_now.as_ref()?;
    let ui = words.ui;
    let due = config.escalation(elapsed);
    let triage = guide.triage().map(|(_, t)| t);
    let rank = due.and_then(|e| triage?.rank_of(&e.level));
    let tone = if due.is_some() { theme.level(rank) } else { theme.focus_border };
    let lasting = ui.lasting.fill(&[("time", &elapsed_text(elapsed))]);
    let title = format!(" {} · {lasting} ", config.title);
    let title_fits = text::width(&title) + 2 <= usize::from(area.width);
    // Cut where the frame's corner would, with an ellipsis.
    let title = match title_fits {
        true => title,
        false => {
            let room = usize::from(area.width).saturating_sub(4);
            format!(" {} ", text::truncate(title.trim(), room, theme.symbols.ellipsis))
        }
    };
    let w = text_width(area);
    let mut out = Vec::new();
    if !title_fits {
        // The frame cuts the title: the timer must still show.
        out.push(Line::styled(lasting, tone));
    }
    if let Some((e, level)) = guide.cramp_advice(elapsed) {
        out.push(Line::styled(
            text::truncate(
                &format!(
                    "{} {}",
                    theme.symbols.marker,
                    ui.over_threshold.fill(&[("level", &level.to_uppercase()), ("after", &elapsed_text(e.after))])
                ),
                w,
                theme.symbols.ellipsis,
            ),
            tone,
        ));
        for l in text::wrap(&e.say, w) {
            out.push(Line::raw(l));
        }
        for s in &e.sources {
            for l in text::wrap(&ui.source.fill(&[("title", &s.title), ("url", &s.url)]), w) {
                out.push(Line::styled(l, theme.dim));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled(ui.do_this_now.get().to_string(), theme.heading));
    for (i, step) in config.steps.iter().enumerate() {
        for (lead, l) in text::hanging(step, w, &format!("{}. ", i + 1)) {
            out.push(Line::from(vec![Span::styled(lead, theme.accent), Span::raw(l)]));
        }
    }
    if let Some(id) = &config.routine
        && let Some((t, r)) = guide.find_routine(id)
        && let TabBody::Coach(routines) = &guide.tabs[t].body
    {
        out.push(Line::default());
        let what = if routine_under_way { &ui.enter_goes_back } else { &ui.enter_starts };
        let what = Text::Plain(what.fill(&[("routine", &routines[r].title)]));
        out.extend(wrap_line(keyed(&what, &[("key", words.start)], theme), w));
    }
    if let Some(triage) = triage
        && !config.watch.is_empty()
    {
        out.push(Line::default());
        out.push(Line::styled(ui.watch_for.get().to_string(), theme.urgent));
        for id in &config.watch {
            if let Some(sign) = triage.signs.iter().find(|s| &s.id == id) {
                for (lead, l) in text::hanging(&sign.question, w, &format!("{} ", theme.symbols.bullet)) {
                    out.push(Line::raw(format!("{lead}{l}")));
                }
                let rank = triage.rank_of(&sign.level);
                if let Some(level) = rank.map(|r| &triage.levels[r]) {
                    let action = match &sign.action {
                        Some(first) => ui
                            .first_then_level
                            .fill(&[("first", &action_text(&first.title)), ("level", &action_text(&level.title))]),
                        None => ui.level_action.fill(&[("level", &action_text(&level.title))]),
                    };
                    for (lead, l) in text::hanging(&action, w, "  ") {
                        out.push(Line::styled(format!("{lead}{l}"), theme.level(rank)));
                    }
                }
                for hint in hints.iter().filter(|h| &h.sign == id) {
                    for (lead, l) in text::hanging(&hint.said, w, "  ") {
                        out.push(Line::styled(format!("{lead}{l}"), theme.calm));
                    }
                }
            }
        }
    }
    // What the diary says about the signs not listed above, in one line.
    let mut facts: Vec<&str> = Vec::new();
    for hint in hints.iter().filter(|h| !config.watch.contains(&h.sign)) {
        if !facts.contains(&hint.fact.as_str()) && !hint.sign.is_empty() {
            facts.push(&hint.fact);
        }
    }
    // After the steps and the red flags: the pane scrolls to it.
    if !facts.is_empty() {
        let text = ui.your_diary.fill(&[("fact", &facts.join(&format!(" {} ", theme.symbols.separator)))]);
        out.push(Line::default());
        out.extend(text::wrap(&text, w).into_iter().map(|l| Line::styled(l, theme.calm)));
    }
    out.push(Line::default());
    let keys =
        [(words.stopped, ui.key_stopped.get()), (words.discard, ui.key_discard.get()), (words.hide, ui.key_hide.get())];
    let mut spans = Vec::new();
    for (i, (k, what)) in keys.iter().enumerate() {
        let k = if i > 0 {
            spans.push(Span::raw(" ·"));
            format!(" {k}")
        } else {
            k.to_string()
        };
        spans.push(Span::styled(k, theme.key));
        spans.push(Span::raw(format!(" {what}")));
    }
    let one_line = Line::from(spans);
    if one_line.width() <= w {
        out.push(one_line);
    } else {
        // Too narrow for one line: a key a line, never cut.
        for (k, what) in keys {
            for (lead, l) in text::hanging(what, w, &format!("{k} ")) {
                let lead = if lead.trim().is_empty() { Span::raw(lead) } else { Span::styled(lead, theme.key) };
                out.push(Line::from(vec![lead, Span::raw(l)]));
            }
        }
    }
    Some(CrampNowScreen { title, tone, pane: Pane { area, lines: out } })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Guide {
        crate::shipped::shipped_guide().expect("the shipped guide")
    }

    fn hint(sign: &str, fact: &str) -> DiaryHint {
        DiaryHint { sign: sign.to_string(), fact: fact.to_string(), said: format!("Your diary: {fact}") }
    }

    fn words(guide: &Guide) -> Words<'_> {
        Words { ui: &guide.ui.cramp, start: "Enter", stopped: "s", discard: "x", hide: "Esc" }
    }

    fn texts(screen: &CrampNowScreen) -> Vec<String> {
        screen.pane.lines.iter().map(Line::to_string).collect()
    }

    /// The title with its timer is shown whole only where it fits between
    /// the frame's corners (two columns more than its own width). Where it
    /// does not, it is cut with an ellipsis inside the corners and the timer
    /// leads the text instead, so how long the cramp has lasted always shows.
    #[test]
    fn the_title_is_whole_only_with_room_for_both_corners_and_else_the_timer_leads_the_text() {
        let guide = shipped();
        let elapsed = Duration::from_secs(75);
        let at = |width| {
            let area = Rect::new(0, 0, width, 60);
            screen(&guide, elapsed, &[], false, words(&guide), area, Theme::MONO).expect("the guide has the screen")
        };
        let lasting = guide.ui.cramp.lasting.fill(&[("time", &elapsed_text(elapsed))]);
        let whole = at(200).title;
        assert!(whole.contains(&lasting), "the title carries the timer: {whole:?}");
        let needs = u16::try_from(text::width(&whole) + 2).unwrap();
        for width in needs - 3..=needs + 1 {
            let s = at(width);
            let fits = width >= needs;
            assert_eq!(s.title == whole, fits, "{width} columns for a title that needs {needs}: {:?}", s.title);
            assert_eq!(texts(&s)[0] == lasting, !fits, "{width} columns: the timer leads the text only when cut");
            if !fits {
                assert!(text::width(&s.title) + 2 <= usize::from(width), "{width}: {:?} inside the corners", s.title);
                assert!(s.title.trim_end().ends_with(Theme::MONO.symbols.ellipsis), "{width}: {:?}", s.title);
            }
        }
    }

    /// What the diary says about a watched sign shows once, right under
    /// that sign's question and action, never under another sign.
    #[test]
    fn a_diary_hint_shows_under_its_own_sign_only() {
        let guide = shipped();
        let config = guide.cramp_now.as_ref().unwrap();
        let triage = guide.triage().map(|(_, t)| t).unwrap();
        assert!(config.watch.len() >= 2, "the test needs two watched signs");
        let question = |id: &str| triage.signs.iter().find(|s| s.id == id).unwrap().question.clone();
        for (k, id) in config.watch.iter().enumerate() {
            let hint = hint(id, &format!("hint {k}"));
            let said = hint.said.clone();
            let area = Rect::new(0, 0, 200, 80);
            let s = screen(&guide, Duration::from_secs(30), &[hint], false, words(&guide), area, Theme::MONO).unwrap();
            let lines = texts(&s);
            let at: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].trim() == said).collect();
            assert_eq!(at.len(), 1, "{id}: the hint shows once: {lines:#?}");
            let own = lines.iter().position(|l| l.contains(&question(id))).expect("the sign's question shows");
            assert!(own < at[0], "{id}: the hint comes after its own question");
            let next = config.watch.get(k + 1).map(|n| lines.iter().position(|l| l.contains(&question(n))).unwrap());
            if let Some(next) = next {
                assert!(at[0] < next, "{id}: the hint comes before the next sign's question");
            }
        }
    }

    /// What the diary says about signs not on the screen shows in one line,
    /// each fact once, and a hint naming no sign not at all.
    #[test]
    fn the_diary_line_gives_each_fact_once_and_leaves_out_hints_naming_no_sign() {
        let guide = shipped();
        let hints = [hint("night", "longest: 12:40"), hint("calf", "longest: 12:40"), hint("", "no sign")];
        let area = Rect::new(0, 0, 200, 80);
        let s = screen(&guide, Duration::from_secs(30), &hints, false, words(&guide), area, Theme::MONO).unwrap();
        let all = texts(&s).join("\n");
        assert_eq!(all.matches("longest: 12:40").count(), 1, "{all}");
        assert!(!all.contains("no sign"), "{all}");
    }
}
