//! The red-flag check: the verdict card on top (it stays while the list
//! scrolls), the questions grouped by level, and why the selected one
//! matters.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::{body_lines, sources_lines};
use super::pane::{Pane, inner, text_width};
use super::topics::{WIDE, split};
use crate::guide::Verdict;
use crate::guide::markup::parse_blocks;
use crate::guide::model::{Tab, Triage};
use crate::text;
use crate::theme::Theme;

/// What the red-flag check shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TriageScreen {
    /// The verdict card's frame, its style (by urgency) and its lines.
    pub card: Rect,
    pub card_style: Style,
    pub card_lines: Vec<Line<'static>>,
    /// A "more" mark for the card's frame when the verdict is cut; all of
    /// it then heads the "why" pane.
    pub card_more: Option<String>,
    /// The question list's frame, its title and the lines that fit.
    pub list: Rect,
    pub list_title: String,
    pub list_lines: Vec<Line<'static>>,
    /// Why the selected question matters.
    pub why: Pane,
}

/// The check of `triage` (of `tab`) in `body`, with `ticked[i]` for sign i
/// and sign `selected` open.
pub fn screen(tab: &Tab, triage: &Triage, ticked: &[bool], selected: usize, body: Rect, theme: Theme) -> TriageScreen {
    let verdict = triage.verdict(ticked);
    let card_lines = verdict_lines(&verdict, tab, text_width(body), theme);
    // A tall body keeps the whole verdict on top; a short one keeps room
    // for the tick list and the "why" pane, and the verdict goes on there.
    let card_cap = if body.height >= 16 { body.height / 2 } else { (body.height / 3).max(3) };
    let card_h = (card_lines.len() as u16 + 2).min(card_cap).max(3.min(body.height));
    let [card, rest] = body.layout(&Layout::vertical([Constraint::Length(card_h), Constraint::Fill(1)]));
    let (list, detail) = if rest.width >= WIDE || rest.height >= 10 {
        split(rest, triage.signs.len() + triage.levels.len())
    } else {
        // Too short to share by the usual rule: the tick list keeps at
        // least a line, so it can always be scrolled.
        let list_h = (rest.height / 2).max(3).min(rest.height);
        let [list, detail] = rest.layout(&Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]));
        (list, detail)
    };
    let card_cut = card_lines.len() > usize::from(inner(card).height);
    let mut why_text = Vec::new();
    if card_cut {
        why_text.extend(verdict_lines(&verdict, tab, text_width(detail), theme));
        why_text.push(Line::default());
    }
    why_text.extend(why_lines(triage, selected, text_width(detail), theme));
    let why = Pane { area: detail, lines: why_text };
    let card_more = card_cut.then(|| " more below, in Why ".to_string());
    let count = ticked.iter().filter(|t| **t).count();
    TriageScreen {
        card,
        card_style: theme.level(verdict.rank),
        card_lines,
        card_more,
        list,
        list_title: format!(" Questions · {count} ticked "),
        list_lines: question_lines(triage, ticked, selected, inner(list), theme),
        why,
    }
}

/// The questions grouped under their levels, most urgent first, as many as
/// fit in the list's inside `area` with the whole selected question in view.
fn question_lines(triage: &Triage, ticked: &[bool], selected: usize, area: Rect, theme: Theme) -> Vec<Line<'static>> {
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
            if is_selected {
                selected_end = lines.len() - 1;
            }
        }
    }
    let page = usize::from(area.height).max(1);
    // Keep the whole selected question in view.
    let first = selected_end.saturating_sub(page - 1).min(selected_line);
    lines.into_iter().skip(first).collect()
}

/// The verdict in words: the level, its advice, and which answers led there.
fn verdict_lines(v: &Verdict, tab: &Tab, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let style = theme.level(v.rank);
    let mut out = vec![Line::styled(
        text::truncate(
            &format!("{} {}", theme.symbols.marker, v.level.title.to_uppercase()),
            width,
            theme.symbols.ellipsis,
        ),
        style,
    )];
    let advice = parse_blocks(&v.level.advice).iter().map(|b| b.text()).collect::<Vec<_>>().join(" ");
    for l in text::wrap(&advice, width) {
        out.push(Line::raw(l));
    }
    if !v.because.is_empty() {
        let because: Vec<&str> = v.because.iter().map(|s| s.question.as_str()).collect();
        for l in text::wrap(&format!("Because you ticked: {}", because.join(" · ")), width) {
            out.push(Line::styled(l, theme.dim));
        }
    } else if let Some(intro) = &tab.intro {
        for l in text::wrap(intro, width) {
            out.push(Line::styled(l, theme.dim));
        }
    }
    out
}

/// The selected question, why it matters, its sources and the keys.
fn why_lines(triage: &Triage, selected: usize, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let Some(sign) = triage.signs.get(selected) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for l in text::wrap(&sign.question, width) {
        out.push(Line::styled(l, theme.title));
    }
    out.push(Line::default());
    body_lines(&sign.why, width, theme, None, &mut out);
    sources_lines(&sign.sources, width, theme, &mut out);
    out.push(Line::default());
    out.push(Line::from(vec![
        Span::styled("Space", theme.key),
        Span::raw(" ticks · "),
        Span::styled("r", theme.key),
        Span::raw(" clears"),
    ]));
    out
}
