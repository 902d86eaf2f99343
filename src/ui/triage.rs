//! The red-flag check: the verdict card on top (it stays while the list
//! scrolls), the questions grouped by level, and why the selected one
//! matters.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::topics::{body_lines, sources_lines};
use super::{Theme, framed, text};
use crate::app::triage::{Verdict, display_order, verdict};
use crate::app::{App, TriageState};
use crate::guide::model::{Tab, Triage};

/// The style of a level by urgency: 0 is the most urgent.
pub fn level_style(rank: Option<usize>, theme: Theme) -> Style {
    match rank {
        Some(0) => theme.urgent,
        Some(_) => theme.warning,
        None => theme.calm,
    }
}

/// The verdict card, the question list and the "why" panel.
fn layout(card_lines: usize, triage: &Triage, area: Rect) -> (Rect, Rect, Rect) {
    let card_h = (card_lines as u16 + 2).min(area.height / 2).max(3.min(area.height));
    let [top, rest] = area.layout(&Layout::vertical([Constraint::Length(card_h), Constraint::Fill(1)]));
    let (list, detail) = super::topics::split(rest, triage.signs.len() + triage.levels.len());
    (top, list, detail)
}

/// Lines of the "why" text and how many show, for scrolling.
pub fn why_metrics(app: &App, tab: &Tab, triage: &Triage, state: &TriageState) -> (usize, usize) {
    let area = super::areas(app, app.size).body;
    let v = verdict(triage, &state.ticked);
    let card = verdict_lines(&v, tab, usize::from(area.width.saturating_sub(4)), app.theme);
    let (_, _, detail) = layout(card.len(), triage, area);
    let lines = why_lines(triage, state, usize::from(detail.width.saturating_sub(4)), app.theme).len();
    (lines, usize::from(detail.height.saturating_sub(2)))
}

pub fn render(app: &App, tab: &Tab, triage: &Triage, state: &TriageState, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let v = verdict(triage, &state.ticked);
    let card = verdict_lines(&v, tab, usize::from(area.width.saturating_sub(4)), theme);
    let (top, list, detail) = layout(card.len(), triage, area);
    let style = level_style(v.rank, theme);
    let block = framed(Line::styled(" Verdict ", style), theme, true).border_style(style);
    let inner = block.inner(top);
    block.render(top, buf);
    Paragraph::new(card).render(Rect { x: inner.x + 1, width: inner.width.saturating_sub(2), ..inner }, buf);
    render_questions(triage, state, theme, list, buf);
    render_why(triage, state, theme, detail, buf);
}

/// The verdict in words: the level, its advice, and which answers led there.
fn verdict_lines(v: &Verdict, tab: &Tab, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let style = level_style(v.rank, theme);
    let mut out = vec![Line::styled(
        text::truncate(
            &format!("{} {}", theme.symbols.marker, v.level.title.to_uppercase()),
            width,
            theme.symbols.ellipsis,
        ),
        style,
    )];
    for l in text::wrap(
        &crate::guide::markup::parse_blocks(&v.level.advice).iter().map(|b| b.text()).collect::<Vec<_>>().join(" "),
        width,
    ) {
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

fn render_questions(triage: &Triage, state: &TriageState, theme: Theme, area: Rect, buf: &mut Buffer) {
    let ticked = state.ticked.iter().filter(|t| **t).count();
    let block = framed(Line::styled(format!(" Questions · {ticked} ticked "), theme.dim), theme, false);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut selected_end = 0;
    for (rank, level) in triage.levels.iter().enumerate() {
        lines.push(Line::styled(
            text::truncate(&level.title, width, theme.symbols.ellipsis),
            level_style(Some(rank), theme),
        ));
        for i in display_order(triage).into_iter().filter(|&i| triage.signs[i].level == level.id) {
            let sign = &triage.signs[i];
            let selected = i == state.selected;
            if selected {
                selected_line = lines.len();
            }
            let marker = if selected { theme.symbols.marker } else { " " };
            let check = if state.ticked[i] { theme.symbols.check_on } else { theme.symbols.check_off };
            let style = if selected { theme.selected } else { theme.text };
            for (lead, l) in text::hanging(&sign.question, width, &format!("{marker}{check} ")) {
                let line = format!("{lead}{l}");
                let pad = " ".repeat(width.saturating_sub(text::width(&line)));
                lines.push(Line::styled(format!("{line}{pad}"), style));
            }
            if selected {
                selected_end = lines.len() - 1;
            }
        }
    }
    let page = usize::from(inner.height).max(1);
    // Keep the whole selected question in view.
    let first = selected_end.saturating_sub(page - 1).min(selected_line);
    Paragraph::new(lines.into_iter().skip(first).collect::<Vec<_>>()).render(inner, buf);
}

fn render_why(triage: &Triage, state: &TriageState, theme: Theme, area: Rect, buf: &mut Buffer) {
    let block = framed(Line::styled(" Why it matters ", theme.title), theme, true);
    let width = usize::from(super::text_area(block.inner(area)).width);
    super::scrolled(block, why_lines(triage, state, width, theme), state.scroll, theme, area, buf);
}

/// The selected question, why it matters, its sources and the keys.
fn why_lines(triage: &Triage, state: &TriageState, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let Some(sign) = triage.signs.get(state.selected) else {
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
