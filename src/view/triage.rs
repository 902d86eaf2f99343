//! The red-flag check: the verdict card on top (it stays while the list
//! scrolls), the questions grouped by level, and why the selected one
//! matters.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::cramp_now::DiaryHint;
use super::cut;
use super::lines::{body_lines, keyed, sources_lines};
use super::list_window::ListWindow;
use super::pane::{Pane, frame_title, inner, text_width};
use super::topics::{WIDE, split};
use crate::guide::markup::parse_blocks;
use crate::guide::model::{Tab, Triage};
use crate::guide::ui_text::groups;
use crate::guide::{Concern, Verdict};
use crate::text;
use crate::theme::Theme;

/// What the red-flag check shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TriageScreen {
    /// The verdict card's frame, its title, its style (by urgency) and its
    /// lines.
    pub card: Rect,
    pub card_title: String,
    pub card_style: Style,
    pub card_lines: Vec<Line<'static>>,
    /// A "more" mark for the card's frame when the verdict is cut; all of
    /// it then heads the "why" pane.
    pub card_more: Option<String>,
    /// The question list's frame, its title ("Question 3 of 29 · 1
    /// ticked") and the lines that fit.
    pub list: Rect,
    pub list_title: String,
    pub list_lines: Vec<Line<'static>>,
    /// A mark for the list's frame when questions are out of sight below
    /// (or above).
    pub list_more: Option<String>,
    /// Why the selected question matters, and the title of its frame.
    pub why: Pane,
    pub why_title: String,
}

/// What the check is asked about: `ticked[i]` for sign i, sign `selected`
/// open, whether the person has answered anything yet (`touched`), the
/// concerns from outside the ticks, and the diary's (sign id, text) shown
/// under their signs.
#[derive(Debug, Clone, Copy)]
pub struct Answers<'a> {
    pub ticked: &'a [bool],
    pub selected: usize,
    pub touched: bool,
    pub concerns: &'a [Concern],
    pub hints: &'a [DiaryHint],
}

/// How the screen is said: its texts, and the keys it names (from the key
/// table: tick, clear, dismiss).
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub ui: &'a groups::triage,
    /// The words of the sources under the why pane.
    pub sources: &'a groups::topics,
    pub tick: &'a str,
    pub clear: &'a str,
    pub dismiss: &'a str,
}

/// The check of `triage` (of `tab`) in `body`.
pub fn screen(tab: &Tab, triage: &Triage, answers: Answers, words: Words, body: Rect, theme: Theme) -> TriageScreen {
    let Answers { ticked, selected, touched, concerns, hints } = answers;
    let verdict = triage.verdict(ticked, concerns);
    let said = Card { verdict: &verdict, tab, untouched: !touched && verdict.rank.is_none(), words };
    let card_lines = said.lines(text_width(body), theme);
    // A tall body keeps the whole verdict on top; a short one keeps room
    // for the tick list and the "why" pane, and the verdict goes on there.
    let card_cap = if body.height >= 16 { body.height / 2 } else { (body.height / 3).max(3) };
    let card_h = (card_lines.len() as u16 + 2).min(card_cap).max(3.min(body.height));
    let [card, rest] = cut::top(body, card_h);
    // The list needs room for the whole selected question: its lines and
    // its frame.
    let question_h = selected_height(triage, selected, rest.width.saturating_sub(2)).saturating_add(2);
    let (list, detail) = if rest.width >= WIDE || rest.height >= 10 {
        split(rest, triage.signs.len() + triage.levels.len())
    } else {
        // Too short to share by the usual rule: the tick list gets half,
        // more to keep the selected question whole while "why" keeps two
        // rows (it starts with the question in full, and ends with the
        // verdict the card cuts); "why" goes only when it would have no
        // room inside its frame.
        let [list, detail] = cut::top(rest, short_list_height(rest.height, question_h));
        (list, detail)
    };
    let card_cut = card_lines.len() > usize::from(inner(card).height);
    // Why the selected question matters comes first; a verdict the card
    // cuts follows it in full.
    let mut why_text = why_lines(triage, selected, words, text_width(detail), theme);
    if card_cut {
        why_text.push(Line::default());
        why_text.extend(said.lines(text_width(detail), theme));
    }
    let why = Pane { area: detail, lines: why_text };
    let card_more = card_cut.then(|| format!(" {} ", words.ui.card_cut.get()));
    let count = ticked.iter().filter(|t| **t).count();
    let order = triage.display_order();
    let at = order.iter().position(|&i| i == selected).map_or(0, |p| p + 1);
    let (list_lines, above, below) = question_lines(triage, ticked, selected, hints, inner(list), theme);
    let list_more = match (above, below) {
        (_, true) => Some(format!(" {} ", words.ui.more_below.get())),
        (true, false) => Some(format!(" {} ", words.ui.more_above.get())),
        (false, false) => None,
    };
    TriageScreen {
        card,
        card_title: format!(" {} ", words.ui.verdict_title.get()),
        why_title: format!(" {} ", words.ui.why_title.get()),
        card_style: if said.untouched { theme.dim } else { theme.level(verdict.rank) },
        card_lines,
        card_more,
        list,
        list_title: frame_title(
            &words.ui.list_title.fill(&[
                ("at", &at),
                ("total", &order.len()),
                ("ticked", &words.ui.ticked_count.count(count, &[])),
            ]),
            list.width,
            theme.symbols.ellipsis,
        ),
        list_lines,
        list_more,
        why,
    }
}

/// How many lines the selected question takes at `width` in the list.
fn selected_height(triage: &Triage, selected: usize, width: u16) -> u16 {
    let lines = triage.signs.get(selected).map_or(1, |s| text::hanging(&s.question, usize::from(width), "▶[ ] ").len());
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// The questions grouped under their levels, most urgent first, as many as
/// fit in the list's inside `area` with the whole selected question in view.
fn question_lines(
    triage: &Triage,
    ticked: &[bool],
    selected: usize,
    hints: &[DiaryHint],
    area: Rect,
    theme: Theme,
) -> (Vec<Line<'static>>, bool, bool) {
    let width = usize::from(area.width);
    let order = triage.display_order();
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut selected_end = 0;
    for (rank, level) in triage.levels.iter().enumerate() {
        lines.push(Line::styled(text::truncate(&level.title, width, theme.symbols.ellipsis), theme.level(Some(rank))));
        for &i in order.iter().filter(|&&i| triage.signs[i].level == level.id) {
            let sign = &triage.signs[i];
            let is_selected = i == selected;
            if is_selected {
                selected_line = lines.len();
            }
            let marker = if is_selected { theme.symbols.marker } else { " " };
            let check =
                if ticked.get(i).copied().unwrap_or(false) { theme.symbols.check_on } else { theme.symbols.check_off };
            let style = if is_selected { theme.selected } else { theme.text };
            for (lead, l) in text::hanging(&sign.question, width, &format!("{marker}{check} ")) {
                let line = format!("{lead}{l}");
                let pad = " ".repeat(width.saturating_sub(text::width(&line)));
                lines.push(Line::styled(format!("{line}{pad}"), style));
            }
            for hint in hints.iter().filter(|h| h.sign == sign.id) {
                for (lead, l) in text::hanging(&hint.said, width, "   ") {
                    lines.push(Line::styled(format!("{lead}{l}"), theme.calm));
                }
            }
            if is_selected {
                selected_end = lines.len() - 1;
            }
        }
    }
    // Keep the whole selected question in view.
    let window = ListWindow::showing_rows(selected_line, selected_end, usize::from(area.height));
    let (above, below) = (window.more_above(), window.more_below(lines.len()));
    (lines.into_iter().skip(window.first).collect(), above, below)
}

/// The verdict card: what it says depends on the verdict and on whether
/// anything has been answered yet.
struct Card<'a> {
    verdict: &'a Verdict<'a>,
    tab: &'a Tab,
    words: Words<'a>,
    /// Nothing ticked, nothing known from outside, nothing answered yet:
    /// no verdict to give.
    untouched: bool,
}

impl Card<'_> {
    /// The verdict in words: the first steps of the signs that led here
    /// (when they have their own), the level and its advice, and which
    /// answers or concerns led there. Before anything is answered, how to
    /// answer instead.
    fn lines(&self, width: usize, theme: Theme) -> Vec<Line<'static>> {
        let v = self.verdict;
        let style = theme.level(v.rank);
        let heading = |text: &str, style: Style| {
            let text = format!("{} {}", theme.symbols.marker, text.to_uppercase());
            Line::styled(text::truncate(&text, width, theme.symbols.ellipsis), style)
        };
        let plain = |text: &str| parse_blocks(text).iter().map(|b| b.text()).collect::<Vec<_>>().join(" ");
        if self.untouched {
            let ui = self.words.ui;
            let mut out = vec![heading(ui.nothing_ticked.get(), theme.title)];
            out.extend(text::wrap(ui.how_to_answer.get(), width).into_iter().map(Line::raw));
            if let Some(intro) = &self.tab.intro {
                out.extend(text::wrap(intro, width).into_iter().map(|l| Line::styled(l, theme.dim)));
            }
            return out;
        }
        let mut out = Vec::new();
        let actions = v.actions();
        for action in &actions {
            out.push(heading(&action.title, style));
            out.extend(text::wrap(&plain(&action.advice), width).into_iter().map(Line::raw));
        }
        if actions.is_empty() {
            out.push(heading(&v.level.title, style));
        } else {
            let then = self.words.ui.then_level.fill(&[("level", &v.level.title)]);
            out.extend(text::wrap(&then, width).into_iter().map(|l| Line::styled(l, style)));
        }
        out.extend(text::wrap(&plain(&v.level.advice), width).into_iter().map(Line::raw));
        for concern in &v.concerns {
            out.extend(text::wrap(&concern.why, width).into_iter().map(|l| Line::styled(l, style)));
        }
        if !v.concerns.is_empty() {
            out.push(keyed(&self.words.ui.dismiss_note, &[("key", self.words.dismiss)], theme));
        }
        if !v.because.is_empty() {
            let because: Vec<&str> = v.because.iter().map(|s| s.question.as_str()).collect();
            let said = self.words.ui.because_ticked.fill(&[("questions", &because.join(" · "))]);
            for l in text::wrap(&said, width) {
                out.push(Line::styled(l, theme.dim));
            }
        } else if v.concerns.is_empty()
            && let Some(intro) = &self.tab.intro
        {
            out.extend(text::wrap(intro, width).into_iter().map(|l| Line::styled(l, theme.dim)));
        }
        out
    }
}

/// The selected question, why it matters, its sources and the keys.
fn why_lines(triage: &Triage, selected: usize, words: Words, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let Some(sign) = triage.signs.get(selected) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for l in text::wrap(&sign.question, width) {
        out.push(Line::styled(l, theme.title));
    }
    out.push(Line::default());
    body_lines(&sign.why, width, theme, None, &mut out);
    sources_lines(&sign.sources, words.sources, width, theme, &mut out);
    out.push(Line::default());
    out.push(keyed(&words.ui.why_keys, &[("tick", words.tick), ("clear", words.clear)], theme));
    out
}

/// The tick list's rows in a short, narrow `height`: half, more to keep
/// the selected question (`question_h` with its frame) whole while "why"
/// keeps two rows, at least three; all of it where "why" would have no
/// room inside its frame.
fn short_list_height(height: u16, question_h: u16) -> u16 {
    let list_h = (height / 2).max(question_h.min(height.saturating_sub(4))).max(3).min(height);
    if height - list_h < 3 { height } else { list_h }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_leaves_why_three_rows_or_none() {
        let heights: Vec<u16> = (1..=9).map(|h| short_list_height(h, 3)).collect();
        assert_eq!(heights, [1, 2, 3, 4, 5, 3, 3, 4, 4], "why gets 3, 4, 4, 5 rows from a height of 6");
        assert_eq!(short_list_height(9, 7), 5, "a tall question takes all but 4 rows");
    }

    #[test]
    fn a_selected_question_is_as_tall_as_it_wraps() {
        let guide = crate::shipped::shipped_guide().expect("the shipped guide");
        let (_, triage) = guide.triage().expect("a red-flag tab");
        let longest = (0..triage.signs.len()).max_by_key(|&i| triage.signs[i].question.len()).unwrap();
        assert_eq!(selected_height(triage, longest, 500), 1, "one line when wide");
        let narrow = selected_height(triage, longest, 20);
        assert!(narrow >= 3, "the longest question takes three lines or more at 20 columns: {narrow}");
        assert_eq!(selected_height(triage, triage.signs.len(), 20), 1, "no question selected: a line");
    }

    /// A diary hint about the sign `id`, numbered `k` so each says something else.
    fn numbered_hint(k: usize, id: &str) -> DiaryHint {
        DiaryHint { sign: id.to_string(), fact: format!("hint {k}"), said: format!("Your diary: hint {k}") }
    }

    /// What the diary says about a red flag shows once, right under that
    /// question, never under another.
    #[test]
    fn a_diary_hint_shows_under_its_own_question_only() {
        let guide = crate::shipped::shipped_guide().expect("the shipped guide");
        let (_, triage) = guide.triage().expect("a red-flag tab");
        for (k, sign) in triage.signs.iter().enumerate() {
            let hint = numbered_hint(k, &sign.id);
            let said = hint.said.clone();
            let area = Rect::new(0, 0, 300, 200);
            let (lines, _, _) = question_lines(triage, &[], 0, &[hint], area, Theme::MONO);
            let lines: Vec<String> = lines.iter().map(|l| l.to_string().trim_end().to_string()).collect();
            let at: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].trim() == said).collect();
            assert_eq!(at.len(), 1, "{}: the hint shows once", sign.id);
            assert!(lines[at[0] - 1].ends_with(sign.question.as_str()), "{}: under its question", sign.id);
        }
    }

    /// The list scrolls no further than it must to show the selected
    /// question and what the diary says under it.
    #[test]
    fn the_list_scrolls_only_as_far_as_the_selected_questions_last_row() {
        let guide = crate::shipped::shipped_guide().expect("the shipped guide");
        let (_, triage) = guide.triage().expect("a red-flag tab");
        for (k, sign) in triage.signs.iter().enumerate() {
            let hints = [numbered_hint(k, &sign.id)];
            let said = &hints[0].said;
            let shown = |height| {
                let (lines, above, _) =
                    question_lines(triage, &[], k, &hints, Rect::new(0, 0, 40, height), Theme::MONO);
                (lines.iter().map(|l| l.to_string().trim().to_string()).collect::<Vec<_>>(), above)
            };
            let (all, _) = shown(500);
            let end = all.iter().position(|l| l == said).expect("the hint");
            let room = u16::try_from(end + 1).unwrap();
            let (lines, above) = shown(room);
            assert!(!above, "{}: {room} rows show everything down to the hint", sign.id);
            assert_eq!(lines[..=end], all[..=end], "{}", sign.id);
            let (lines, above) = shown(room - 1);
            assert!(above, "{}: a row fewer scrolls by one", sign.id);
            assert_eq!(lines.get(end - 1), Some(said), "{}: the hint is the last row", sign.id);
        }
    }
}
