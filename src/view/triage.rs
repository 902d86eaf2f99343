//! The red-flag check: the verdict card on top (it stays while the list
//! scrolls), the questions grouped by level, and why the selected one
//! matters.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::lines::{body_lines, sources_lines};
use super::pane::{Pane, text_width};
use super::topics::split;
use crate::guide::Verdict;
use crate::guide::markup::parse_blocks;
use crate::guide::model::{Tab, Triage};
use crate::text;
use crate::theme::Theme;

/// What the red-flag check shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TriageScreen<'a> {
    pub verdict: Verdict<'a>,
    /// The verdict card's frame and its lines.
    pub card: Rect,
    pub card_lines: Vec<Line<'static>>,
    pub list: Rect,
    /// Why the selected question matters.
    pub why: Pane,
}

/// The check of `triage` (of `tab`) in `body`, with `ticked[i]` for sign i
/// and sign `selected` open.
pub fn screen<'a>(
    tab: &Tab,
    triage: &'a Triage,
    ticked: &[bool],
    selected: usize,
    body: Rect,
    theme: Theme,
) -> TriageScreen<'a> {
    let verdict = triage.verdict(ticked);
    let card_lines = verdict_lines(&verdict, tab, text_width(body), theme);
    let card_h = (card_lines.len() as u16 + 2).min(body.height / 2).max(3.min(body.height));
    let [card, rest] = body.layout(&Layout::vertical([Constraint::Length(card_h), Constraint::Fill(1)]));
    let (list, detail) = split(rest, triage.signs.len() + triage.levels.len());
    let why = Pane { area: detail, lines: why_lines(triage, selected, text_width(detail), theme) };
    TriageScreen { verdict, card, card_lines, list, why }
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
