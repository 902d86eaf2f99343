//! The Diary tab for a size: the list of cramps (newest first), the stats
//! panel with its weekly chart, a notice line, and the add/edit form or the
//! quick details as popups. Also the diary facts shown beside warning signs.
//!
//! ```text
//! wide (≥ 70 columns)                  narrow
//! ┌ notice (0–2 lines) ───────────┐    ┌ notice ─────────┐
//! ┌ Cramps ───────┐┌ Stats ───────┐    ┌ Cramps ─────────┐
//! │ list          ││ counts       │    │ list            │
//! │               ││ chart: 12 wk │    └─────────────────┘
//! └───────────────┘└──────────────┘    ┌ Stats: 3 lines ─┐
//! ```

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::pane::{inner, text_area};
use crate::diary::{Cramp, DetailWords, Stats, WEEKS};
use crate::guide::model::{DetailKind, DiaryConfig, DiaryFact};
use crate::text;
use crate::text::figures::elapsed_text;
use crate::theme::Theme;

/// Below this width the stats go under the list.
const WIDE: u16 = 70;
const STATS_WIDTH: u16 = 34;
/// The stats' height when they go under the list.
const STATS_HEIGHT: u16 = 5;

/// What the Diary tab shows, from the app's state.
#[derive(Debug, Clone, Copy)]
pub struct DiaryInput<'a> {
    pub config: Option<&'a DiaryConfig>,
    /// None while the diary cannot be read.
    pub cramps: Option<&'a [Cramp]>,
    pub stats: Option<&'a Stats>,
    pub selected: usize,
    /// Why the diary cannot be opened.
    pub problem: Option<&'a str>,
    pub notice: Option<&'a str>,
    /// The year of today, to leave it out of dates.
    pub this_year: i32,
    /// The words of a detail's summary in the statistics.
    pub detail_words: DetailWords<'a>,
}

/// The weekly chart: bars and where they go.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub area: Rect,
    pub weekly: [u64; WEEKS],
    /// Columns per bar (0: a one-line sparkline instead).
    pub bar_width: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DiaryScreen {
    pub notice: (Rect, Vec<Line<'static>>),
    /// The list's frame, title and lines (already scrolled to the selection).
    pub list: Rect,
    pub list_title: String,
    pub list_lines: Vec<Line<'static>>,
    /// The selected row is cut at the frame: Enter shows all of it.
    pub selected_cut: bool,
    /// The stats frame and its lines, and the chart inside it.
    pub stats: Option<(Rect, Vec<Line<'static>>, Chart)>,
}

/// The Diary tab in `body`.
pub fn screen(input: DiaryInput<'_>, body: Rect, theme: Theme) -> DiaryScreen {
    let notice_lines: Vec<Line<'static>> = input
        .notice
        .map(|n| {
            let max = if body.height > 14 { 2 } else { 1 };
            let mut lines = text::wrap(n, usize::from(body.width.saturating_sub(2)));
            lines.truncate(max);
            lines.into_iter().map(|l| Line::styled(format!(" {l}"), theme.calm)).collect()
        })
        .unwrap_or_default();
    let [notice, rest] =
        body.layout(&Layout::vertical([Constraint::Length(notice_lines.len() as u16), Constraint::Fill(1)]));
    let wide = body.width >= WIDE;
    // Stacked under the list, the stats leave it at least two rows inside.
    let room = wide || rest.height >= STATS_HEIGHT + 4;
    let has_stats = input.stats.is_some_and(|s| s.total > 0) && input.problem.is_none() && room;
    let (list, stats_area) = match (has_stats, wide) {
        (false, _) => (rest, None),
        (true, true) => {
            let [l, s] = rest.layout(&Layout::horizontal([Constraint::Fill(1), Constraint::Length(STATS_WIDTH)]));
            (l, Some(s))
        }
        (true, false) => {
            let [l, s] = rest.layout(&Layout::vertical([Constraint::Fill(1), Constraint::Length(STATS_HEIGHT)]));
            (l, Some(s))
        }
    };
    let width = usize::from(text_area(list).width);
    let page = usize::from(inner(list).height);
    let (list_title, list_lines, selected_cut) = match (input.problem, input.cramps) {
        (Some(problem), _) => (" Diary: cannot be opened ".to_string(), problem_lines(problem, width, theme), false),
        (None, Some([])) | (None, None) => (" Your cramps ".to_string(), empty_lines(width, theme), false),
        (None, Some(cramps)) => {
            let title = format!(" Your cramps: {} ", cramps.len());
            let (lines, cut) = cramp_lines(cramps, &input, width, page, theme);
            (title, lines, cut)
        }
    };
    let stats = stats_area
        .zip(input.stats)
        .map(|(area, stats)| stats_panel(stats, input.config, input.detail_words, area, wide, theme));
    DiaryScreen { notice: (notice, notice_lines), list, list_title, list_lines, selected_cut, stats }
}

fn problem_lines(problem: &str, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> =
        text::wrap(problem, width).into_iter().map(|l| Line::styled(l, theme.warning)).collect();
    out.push(Line::default());
    for l in text::wrap("Nothing was changed. Everything else in the guide works as usual.", width) {
        out.push(Line::raw(l));
    }
    out
}

fn empty_lines(width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled("No cramps recorded yet.", theme.heading), Line::default()];
    let how = [
        "When a cramp comes, press ! for the timer and s when it stops: it is saved here.",
        "Or press a to add one by hand.",
        "The diary stays on this computer.",
    ];
    for para in how {
        out.extend(text::wrap(para, width).into_iter().map(Line::raw));
    }
    out
}

/// One line per cramp from the first that keeps the selection on screen,
/// and whether the selected one is cut short.
fn cramp_lines(
    cramps: &[Cramp],
    input: &DiaryInput<'_>,
    width: usize,
    page: usize,
    theme: Theme,
) -> (Vec<Line<'static>>, bool) {
    let top = (input.selected + 1).saturating_sub(page.max(1));
    let wide = width >= 50;
    let mut cut = false;
    let lines = cramps
        .iter()
        .enumerate()
        .skip(top)
        .take(page)
        .map(|(i, c)| {
            let s = c.entry.started;
            let date = match (wide, s.format("%Y").to_string().parse::<i32>().ok() == Some(input.this_year)) {
                (true, true) => s.format("%a %e %b").to_string(),
                (true, false) => s.format("%e %b %Y").to_string(),
                (false, true) => s.format("%e %b").to_string(),
                (false, false) => s.format("%e %b %y").to_string(),
            };
            let mut text = format!("{date} {} {:>5}", s.format("%H:%M"), elapsed_text(c.entry.duration));
            let details = details_text(c, input.config);
            if !details.is_empty() {
                text.push_str("  ");
                text.push_str(&details);
            }
            if let Some(note) = &c.entry.note {
                text.push_str(" · ");
                text.push_str(note);
            }
            let chosen = i == input.selected;
            let lead = if chosen { format!("{} ", theme.symbols.marker) } else { "  ".to_string() };
            let body = text::truncate(&text, width.saturating_sub(2), theme.symbols.ellipsis);
            if chosen {
                cut = body != text;
                Line::from(vec![Span::styled(lead, theme.selected), Span::styled(body, theme.selected)])
            } else {
                Line::from(vec![Span::raw(lead), Span::raw(body)])
            }
        })
        .collect();
    (lines, cut)
}

/// A cramp's details, short: choice labels, a scale as n/max, a yes/no
/// choice as the field's label when yes.
pub fn details_text(c: &Cramp, config: Option<&DiaryConfig>) -> String {
    let Some(config) = config else { return String::new() };
    let mut parts = Vec::new();
    for field in &config.fields {
        let Some(value) = c.entry.details.get(&field.key) else { continue };
        match &field.kind {
            DetailKind::Scale { max, .. } => parts.push(format!("{value}/{max}")),
            DetailKind::Choice(_) => match field.value_label(value) {
                "Yes" => parts.push(field.label.clone()),
                "No" => {}
                label => parts.push(label.to_string()),
            },
        }
    }
    parts.join(", ")
}

fn stats_panel(
    stats: &Stats,
    config: Option<&DiaryConfig>,
    detail_words: DetailWords,
    area: Rect,
    wide: bool,
    theme: Theme,
) -> (Rect, Vec<Line<'static>>, Chart) {
    let text = text_area(area);
    let w = usize::from(text.width);
    let fit = |s: String| text::truncate(&s, w, theme.symbols.ellipsis);
    let median = stats.median.map_or("–".into(), elapsed_text);
    let longest =
        stats.longest.map_or("–".into(), |(d, at)| format!("{} on {}", elapsed_text(d), at.format("%-d %b")));
    let weekly = stats.weekly.map(|n| n as u64);
    let mut lines = Vec::new();
    if wide {
        let count = |label: &str, n: usize| {
            Line::from(vec![Span::raw(format!("{label:<14}")), Span::styled(n.to_string(), theme.heading)])
        };
        lines.push(count("Last 7 days", stats.last_7_days));
        lines.push(count("Last 30 days", stats.last_30_days));
        lines.push(count("Last 90 days", stats.last_90_days));
        lines.push(Line::raw(fit(format!("Median {median}"))));
        lines.push(Line::raw(fit(format!("Longest {longest}"))));
        if let Some((night, all)) = stats.at_night {
            lines.push(Line::raw(fit(format!("At night {night} of {all}"))));
        }
        for detail in &stats.details {
            let Some(field) = config.and_then(|c| c.field(&detail.key)) else { continue };
            // Which leg, where: a yes/no question has its own line (night).
            let pick = match &field.kind {
                DetailKind::Choice(choices) => !choices.iter().all(|c| matches!(c.label.as_str(), "Yes" | "No")),
                DetailKind::Scale { .. } => false,
            };
            if pick {
                // Wrapped, not cut: a tie names every value tied; the count
                // stays whole.
                let (words, count) = detail.parts(field, detail_words);
                let mut rows = text::wrap(&words, w.saturating_sub(2));
                match rows.last_mut() {
                    Some(last) if text::width(last) + 1 + text::width(&count) <= w.saturating_sub(2) => {
                        last.push(' ');
                        last.push_str(&count);
                    }
                    _ => rows.push(count),
                }
                for (i, row) in rows.into_iter().enumerate() {
                    lines.push(Line::raw(fit(if i == 0 { row } else { format!("  {row}") })));
                }
            }
        }
        lines.push(Line::default());
        lines.push(Line::styled(fit("Per week, last 12 weeks".into()), theme.dim));
        let used = lines.len() as u16;
        let chart_area = Rect { y: text.y + used, height: text.height.saturating_sub(used), ..text };
        let bar_width = (text.width + 1) / WEEKS as u16;
        let bar_width = bar_width.saturating_sub(1).max(1);
        (area, lines, Chart { area: chart_area, weekly, bar_width })
    } else {
        lines.push(Line::raw(fit(format!(
            "7 d {} · 30 d {} · 90 d {}",
            stats.last_7_days, stats.last_30_days, stats.last_90_days
        ))));
        let night = stats.at_night.map(|(n, all)| format!(" · night {n}/{all}")).unwrap_or_default();
        lines.push(Line::raw(fit(format!("median {median} · longest {}{night}", longest_short(stats)))));
        let label = "12 weeks ";
        lines.push(Line::styled(label, theme.dim));
        let skip = (text::width(label) as u16).min(text.width);
        let chart_area = Rect {
            x: text.x + skip,
            y: text.y + 2,
            width: (text.width - skip).min(WEEKS as u16),
            height: text.height.saturating_sub(2).min(1),
        };
        (area, lines, Chart { area: chart_area, weekly, bar_width: 0 })
    }
}

fn longest_short(stats: &Stats) -> String {
    stats.longest.map_or("–".into(), |(d, _)| elapsed_text(d))
}

/// What the diary says about a warning sign, if the guide puts a fact
/// beside it and there is anything recorded.
pub fn sign_hint(sign: &str, config: Option<&DiaryConfig>, stats: Option<&Stats>) -> Option<String> {
    let stats = stats.filter(|s| s.total > 0)?;
    let fact = config?.hints.iter().find(|h| h.sign == sign)?.fact;
    let text = match fact {
        DiaryFact::Longest => {
            let (d, at) = stats.longest?;
            format!("longest: {} on {}", elapsed_text(d), at.format("%-d %b"))
        }
        DiaryFact::Last7Days => format!("{} in the last 7 days", stats.last_7_days),
        DiaryFact::Last30Days => format!("{} in the last 30 days", stats.last_30_days),
        DiaryFact::AtNight => {
            let (night, all) = stats.at_night?;
            format!("{night} of {all} at night")
        }
    };
    Some(text)
}

/// A row of the add/edit form, as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct FormRowView {
    pub label: String,
    pub value: String,
    /// What the row takes ("l r b", "0-10", "m:ss").
    pub takes: String,
    /// Whether the row is typed as text (and shows a cursor).
    pub text: bool,
}

/// The add/edit form over `body`: its frame, title and lines.
pub fn form(
    title: &str,
    rows: &[FormRowView],
    active: usize,
    error: Option<&str>,
    body: Rect,
    theme: Theme,
) -> (Rect, String, Vec<Line<'static>>) {
    let height = (rows.len() as u16 + 4).min(body.height);
    let area = body.centered(Constraint::Max(64), Constraint::Length(height));
    let w = usize::from(text_area(area).width);
    let label_w = rows.iter().map(|r| text::width(&r.label)).max().unwrap_or(0).min(w / 3);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let chosen = i == active;
        let lead = if chosen { format!("{} ", theme.symbols.marker) } else { "  ".to_string() };
        let label = text::truncate(&row.label, label_w, theme.symbols.ellipsis);
        let pad = " ".repeat(label_w.saturating_sub(text::width(&label)) + 1);
        let cursor = if chosen && row.text { theme.symbols.cursor } else { "" };
        let value = if row.value.is_empty() && !row.text { "–".to_string() } else { row.value.clone() };
        let room = w.saturating_sub(2 + label_w + 1);
        let shown = format!("{value}{cursor}");
        // The end of a long text shows, where the typing is.
        let shown = tail(&shown, room);
        let mut spans = vec![Span::styled(lead, theme.key), Span::styled(format!("{label}{pad}"), theme.dim)];
        spans.push(Span::styled(shown.clone(), if chosen { theme.selected } else { theme.text }));
        let takes_room = room.saturating_sub(text::width(&shown) + 2);
        if chosen && !row.takes.is_empty() && text::width(&row.takes) + 2 <= takes_room {
            spans.push(Span::styled(format!("  {}", row.takes), theme.dim));
        }
        lines.push(Line::from(spans));
    }
    if body.height >= rows.len() as u16 + 4 {
        lines.push(Line::default());
    }
    lines.push(match error {
        Some(e) => Line::styled(text::truncate(e, w, theme.symbols.ellipsis), theme.urgent),
        None => {
            Line::styled(text::truncate("Enter saves · ↓ next · Esc cancels", w, theme.symbols.ellipsis), theme.dim)
        }
    });
    (area, title.to_string(), lines)
}

/// The last `width` columns of a text.
fn tail(s: &str, width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let cw = text::width(&c.to_string());
        if used + cw > width {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

/// The quick details after a save, over the bottom of `body`: frame,
/// title and lines. `options` are (key, label) for a choice; `typed` the
/// digits so far for a scale.
pub fn prompt(
    question: &str,
    options: &[(String, String)],
    typed: Option<&str>,
    step: (usize, usize),
    body: Rect,
    theme: Theme,
) -> (Rect, String, Vec<Line<'static>>) {
    let width = body.width.min(64);
    let w = usize::from(width.saturating_sub(4));
    let mut lines =
        vec![Line::styled(text::truncate(&format!("{question}?"), w, theme.symbols.ellipsis), theme.heading)];
    let mut spans: Vec<Span<'static>> = Vec::new();
    match typed {
        Some(t) => {
            spans.push(Span::raw("type a number, Enter: "));
            spans.push(Span::styled(format!("{t}{}", theme.symbols.cursor), theme.selected));
        }
        None => {
            for (i, (key, label)) in options.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(format!(" {} ", theme.symbols.separator), theme.dim));
                }
                spans.push(Span::styled(key.clone(), theme.key));
                spans.push(Span::raw(format!(" {label}")));
            }
        }
    }
    let line = Line::from(spans);
    if line.width() <= w {
        lines.push(line);
    } else {
        // Too narrow for one line: one choice per line would not fit the
        // height either, so keys and labels run on, wrapped.
        let plain: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        lines.extend(text::wrap(&plain, w).into_iter().map(Line::raw));
    }
    lines.push(Line::styled(
        text::truncate(&format!("{} of {} · Esc skips the rest", step.0, step.1), w, theme.symbols.ellipsis),
        theme.dim,
    ));
    let height = (lines.len() as u16 + 2).min(body.height);
    // Above the body's bottom border when there is room.
    let lift = u16::from(body.height > height + 1);
    let y = body.bottom().saturating_sub(height + lift);
    let area = Rect { x: body.x + (body.width - width) / 2, y, width, height };
    (area, " Saved to your diary: a few details? ".to_string(), lines)
}
