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

use chrono::{DateTime, Datelike, FixedOffset};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::cut;
use super::lines::typed;
use super::list_window::ListWindow;
use super::pane::{frame_title, inner, text_area};
use crate::diary::DetailSummary;
use crate::diary::{Cramp, Stats, WEEKS};
use crate::guide::locale::Locale;
use crate::guide::model::{DetailField, DetailKind, DiaryConfig, DiaryFact};
use crate::guide::ui_text::groups;
use crate::text;
use crate::text::figures::elapsed_text;
use crate::text::line_input::LineInput;
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
    pub words: &'a groups::diary,
    pub locale: &'a Locale,
    pub keys: DiaryKeys,
}

/// The names of the keys the Diary tab mentions, from the key table.
#[derive(Debug, Clone, Copy)]
pub struct DiaryKeys {
    /// Opens the cramp timer.
    pub timer: &'static str,
    /// Saves the timed cramp.
    pub stopped: &'static str,
    /// Adds a cramp by hand.
    pub add: &'static str,
    /// Shows the selected cramp in full.
    pub open: &'static str,
}

/// A moment as the diary shows it: "3 Feb", with the guide's month names.
pub fn day_month(locale: &Locale, at: &DateTime<FixedOffset>) -> String {
    format!("{} {}", at.day(), locale.month(at.month()))
}

/// "3 Feb 21:05", with the guide's month names.
pub fn day_month_time(locale: &Locale, at: &DateTime<FixedOffset>) -> String {
    format!("{} {}", day_month(locale, at), at.format("%H:%M"))
}

/// "Tue 3 Feb 2026, 21:05", with the guide's names.
pub fn full_date(locale: &Locale, at: &DateTime<FixedOffset>) -> String {
    let weekday = locale.weekday(at.weekday().num_days_from_monday());
    format!("{weekday} {} {}, {}", day_month(locale, at), at.year(), at.format("%H:%M"))
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
    /// What the frame says then, the key styled.
    pub cut_hint: Line<'static>,
    pub stats_title: String,
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
    let [notice, rest] = cut::top(body, notice_lines.len() as u16);
    let wide = body.width >= WIDE;
    // Stacked under the list, the stats leave it at least two rows inside.
    let room = wide || rest.height >= STATS_HEIGHT + 4;
    let has_stats = input.stats.is_some_and(|s| s.total > 0) && input.problem.is_none() && room;
    let (list, stats_area) = match (has_stats, wide) {
        (false, _) => (rest, None),
        (true, true) => {
            let [l, s] = cut::right(rest, STATS_WIDTH);
            (l, Some(s))
        }
        (true, false) => {
            let [l, s] = cut::bottom(rest, STATS_HEIGHT);
            (l, Some(s))
        }
    };
    let width = usize::from(text_area(list).width);
    let page = usize::from(inner(list).height);
    let words = input.words;
    let (list_title, list_lines, selected_cut) = match (input.problem, input.cramps) {
        (Some(problem), _) => {
            (format!(" {} ", words.problem_title.get()), problem_lines(problem, words, width, theme), false)
        }
        (None, Some([])) | (None, None) => {
            (format!(" {} ", words.list_title_empty.get()), empty_lines(&input, width, theme), false)
        }
        (None, Some(cramps)) => {
            let title = format!(" {} ", words.list_title.count(cramps.len(), &[]));
            let (lines, cut) = cramp_lines(cramps, &input, width, page, theme);
            (title, lines, cut)
        }
    };
    let stats = stats_area.zip(input.stats).map(|(area, stats)| stats_panel(stats, &input, area, wide, theme));
    let mut cut_hint = super::lines::keyed(&words.shows_all, &[("open", input.keys.open)], theme);
    cut_hint.spans.insert(0, Span::raw(" "));
    cut_hint.spans.push(Span::raw(" "));
    DiaryScreen {
        notice: (notice, notice_lines),
        list,
        list_title,
        list_lines,
        selected_cut,
        cut_hint: cut_hint.right_aligned(),
        stats_title: format!(" {} ", words.stats_title.get()),
        stats,
    }
}

fn problem_lines(problem: &str, words: &groups::diary, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> =
        text::wrap(problem, width).into_iter().map(|l| Line::styled(l, theme.warning)).collect();
    out.push(Line::default());
    for l in text::wrap(words.nothing_changed.get(), width) {
        out.push(Line::raw(l));
    }
    out
}

fn empty_lines(input: &DiaryInput<'_>, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let (words, keys) = (input.words, input.keys);
    let mut out = vec![Line::styled(words.empty_heading.get().to_string(), theme.heading), Line::default()];
    let how = [
        words.empty_timer.fill(&[("timer", &keys.timer), ("stopped", &keys.stopped)]),
        words.empty_add.fill(&[("add", &keys.add)]),
        words.empty_local.get().to_string(),
    ];
    for para in how {
        out.extend(text::wrap(&para, width).into_iter().map(Line::raw));
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
    let window = ListWindow::showing(input.selected, page);
    let wide = width >= 50;
    let mut cut = false;
    let lines = cramps
        .iter()
        .enumerate()
        .skip(window.first)
        .take(window.room)
        .map(|(i, c)| {
            let s = c.entry.started;
            let (day, month) = (s.day(), input.locale.month(s.month()));
            let date = match (wide, s.year() == input.this_year) {
                (true, true) => {
                    format!("{} {day:>2} {month}", input.locale.weekday(s.weekday().num_days_from_monday()))
                }
                (true, false) => format!("{day:>2} {month} {}", s.year()),
                (false, true) => format!("{day:>2} {month}"),
                (false, false) => format!("{day:>2} {month} {:02}", s.year().rem_euclid(100)),
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
/// choice as the field's label when yes (and nothing when no).
pub fn details_text(c: &Cramp, config: Option<&DiaryConfig>) -> String {
    let Some(config) = config else { return String::new() };
    let mut parts = Vec::new();
    for field in &config.fields {
        let Some(value) = c.entry.details.get(&field.key) else { continue };
        match (&field.kind, field.choice(value).and_then(|ch| ch.means)) {
            (DetailKind::Scale { max, .. }, _) => parts.push(format!("{value}/{max}")),
            (DetailKind::Choice(_), Some(true)) => parts.push(field.label.clone()),
            (DetailKind::Choice(_), Some(false)) => {}
            (DetailKind::Choice(_), None) => parts.push(field.value_label(value).to_string()),
        }
    }
    parts.join(", ")
}

fn stats_panel(
    stats: &Stats,
    input: &DiaryInput<'_>,
    area: Rect,
    wide: bool,
    theme: Theme,
) -> (Rect, Vec<Line<'static>>, Chart) {
    let text = text_area(area);
    let w = usize::from(text.width);
    let fit = |s: String| text::truncate(&s, w, theme.symbols.ellipsis);
    let (words, config) = (input.words, input.config);
    let median = stats.median.map_or("–".into(), elapsed_text);
    let longest = stats.longest.map_or("–".into(), |(d, at)| {
        words.lasted_on.fill(&[("lasted", &elapsed_text(d)), ("date", &day_month(input.locale, &at))])
    });
    let weekly = stats.weekly.map(|n| n as u64);
    let mut lines = Vec::new();
    if wide {
        let labels = [&words.last_7_days, &words.last_30_days, &words.last_90_days];
        // The counts line up, a space at least after the longest label.
        let column = labels.iter().map(|l| text::width(l.get()) + 1).max().unwrap_or(0).max(14);
        let count = |label: &str, n: usize| {
            let pad = " ".repeat(column.saturating_sub(text::width(label)));
            Line::from(vec![Span::raw(format!("{label}{pad}")), Span::styled(n.to_string(), theme.heading)])
        };
        lines.push(count(words.last_7_days.get(), stats.last_7_days));
        lines.push(count(words.last_30_days.get(), stats.last_30_days));
        lines.push(count(words.last_90_days.get(), stats.last_90_days));
        lines.push(Line::raw(fit(words.median.fill(&[("median", &median)]))));
        lines.push(Line::raw(fit(words.longest.fill(&[("longest", &longest)]))));
        if let Some((night, all)) = stats.at_night {
            lines.push(Line::raw(fit(words.at_night.fill(&[("night", &night), ("all", &all)]))));
        }
        for detail in &stats.details {
            let Some(field) = config.and_then(|c| c.field(&detail.key)) else { continue };
            // Which leg, where: a yes/no question has its own line (night).
            let pick = matches!(field.kind, DetailKind::Choice(_)) && !field.is_yes_no();
            if pick {
                // Wrapped, not cut: a tie names every value tied; the count
                // stays whole.
                let (said, count) = detail_parts(detail, field, words);
                let rows = wrapped_with_count(&said, count, w.saturating_sub(2));
                for (i, row) in rows.into_iter().enumerate() {
                    lines.push(Line::raw(fit(if i == 0 { row } else { format!("  {row}") })));
                }
            }
        }
        lines.push(Line::default());
        lines.push(Line::styled(fit(words.chart_title.get().to_string()), theme.dim));
        let used = lines.len() as u16;
        let chart_area = Rect { y: text.y + used, height: text.height.saturating_sub(used), ..text };
        (area, lines, Chart { area: chart_area, weekly, bar_width: bar_width(text.width) })
    } else {
        lines.push(Line::raw(fit(words.counts_short.fill(&[
            ("week", &stats.last_7_days),
            ("month", &stats.last_30_days),
            ("quarter", &stats.last_90_days),
        ]))));
        let night =
            stats.at_night.map(|(n, all)| words.night_short.fill(&[("night", &n), ("all", &all)])).unwrap_or_default();
        let longest = longest_short(stats);
        lines.push(Line::raw(fit(words.median_short.fill(&[
            ("median", &median),
            ("longest", &longest),
            ("night", &night),
        ]))));
        let label = words.chart_short.get().to_string();
        lines.push(Line::styled(label.clone(), theme.dim));
        let skip = (text::width(&label) as u16).min(text.width);
        let chart_area = Rect {
            x: text.x + skip,
            y: text.y + 2,
            width: (text.width - skip).min(WEEKS as u16),
            height: text.height.saturating_sub(2).min(1),
        };
        (area, lines, Chart { area: chart_area, weekly, bar_width: 0 })
    }
}

/// The widest bars whose weeks, a column apart, fit in `columns`; at least 1.
fn bar_width(columns: u16) -> u16 {
    ((columns + 1) / WEEKS as u16).saturating_sub(1).max(1)
}

/// A detail's statistics in words and its count in brackets, apart so a
/// narrow pane can keep the count whole: "Where: mostly Calf" "(2 of 3)".
/// `said` wrapped to `room` columns, with `count` on its last row where
/// the two fit whole, else on a row of its own.
fn wrapped_with_count(said: &str, count: String, room: usize) -> Vec<String> {
    let mut rows = text::wrap(said, room);
    match rows.last_mut() {
        Some(last) if text::width(last) + 1 + text::width(&count) <= room => {
            last.push(' ');
            last.push_str(&count);
        }
        _ => rows.push(count),
    }
    rows
}

fn detail_parts(detail: &DetailSummary, field: &DetailField, words: &groups::diary) -> (String, String) {
    detail.parts(field, words.into())
}

fn longest_short(stats: &Stats) -> String {
    stats.longest.map_or("–".into(), |(d, _)| elapsed_text(d))
}

/// What the diary says about a warning sign, if the guide puts a fact
/// beside it and there is anything recorded.
pub fn sign_hint(
    sign: &str,
    config: Option<&DiaryConfig>,
    stats: Option<&Stats>,
    words: &groups::diary,
    locale: &Locale,
) -> Option<String> {
    let stats = stats.filter(|s| s.total > 0)?;
    let fact = config?.hints.iter().find(|h| h.sign == sign)?.fact;
    let text = match fact {
        DiaryFact::Longest => {
            let (d, at) = stats.longest?;
            words.hint_longest.fill(&[("lasted", &elapsed_text(d)), ("date", &day_month(locale, &at))])
        }
        DiaryFact::Last7Days => words.hint_last_7_days.count(stats.last_7_days, &[]),
        DiaryFact::Last30Days => words.hint_last_30_days.count(stats.last_30_days, &[]),
        DiaryFact::AtNight => {
            let (night, all) = stats.at_night?;
            words.hint_at_night.fill(&[("night", &night), ("all", &all)])
        }
    };
    Some(text)
}

/// A row of the add/edit form, as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct FormRowView {
    pub label: String,
    /// What the row holds, with the cursor where it was left.
    pub value: LineInput,
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
    keys_hint: &str,
    body: Rect,
    theme: Theme,
) -> (Rect, String, Vec<Line<'static>>) {
    let height = (rows.len() as u16 + 4).min(body.height);
    let area = cut::centred(body, 64, height);
    let w = usize::from(text_area(area).width);
    let label_w = rows.iter().map(|r| text::width(&r.label)).max().unwrap_or(0).min(w / 3);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let chosen = i == active;
        let lead = if chosen { format!("{} ", theme.symbols.marker) } else { "  ".to_string() };
        let label = text::truncate(&row.label, label_w, theme.symbols.ellipsis);
        let pad = " ".repeat(label_w.saturating_sub(text::width(&label)) + 1);
        let dash = LineInput::with_text("–", 1);
        let value = if row.value.is_empty() && !row.text { &dash } else { &row.value };
        let room = w.saturating_sub(2 + label_w + 1);
        let style = if chosen { theme.selected } else { theme.text };
        // Scrolled so the cursor shows, where the typing is.
        let shown = typed(value, room, style, (chosen && row.text).then_some(style), theme);
        let shown_width: usize = shown.iter().map(Span::width).sum();
        let mut spans = vec![Span::styled(lead, theme.key), Span::styled(format!("{label}{pad}"), theme.dim)];
        spans.extend(shown);
        let takes_room = room.saturating_sub(shown_width + 2);
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
        None => Line::styled(text::truncate(keys_hint, w, theme.symbols.ellipsis), theme.dim),
    });
    (area, frame_title(title, area.width, theme.symbols.ellipsis), lines)
}

/// The words of the quick details, filled in: the question, what to type
/// for a number, the step and how to skip.
#[derive(Debug, Clone)]
pub struct PromptWords {
    pub title: String,
    pub question: String,
    pub number: String,
    pub step: String,
}

/// The quick details after a save, over the bottom of `body`: frame,
/// title and lines. `options` are (key, label) for a choice; `digits` the
/// digits so far for a scale.
pub fn prompt(
    words: &PromptWords,
    options: &[(String, String)],
    digits: Option<&LineInput>,
    body: Rect,
    theme: Theme,
) -> (Rect, String, Vec<Line<'static>>) {
    let width = body.width.min(64);
    let w = usize::from(width.saturating_sub(4));
    let mut lines = vec![Line::styled(text::truncate(&words.question, w, theme.symbols.ellipsis), theme.heading)];
    let mut spans: Vec<Span<'static>> = Vec::new();
    match digits {
        Some(digits) => {
            spans.push(Span::raw(words.number.clone()));
            let room = w.saturating_sub(text::width(&words.number));
            spans.extend(typed(digits, room, theme.selected, Some(theme.selected), theme));
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
    lines.push(Line::styled(text::truncate(&words.step, w, theme.symbols.ellipsis), theme.dim));
    let height = (lines.len() as u16 + 2).min(body.height);
    // Above the body's bottom border when there is room.
    let lift = u16::from(body.height > height + 1);
    let y = body.bottom().saturating_sub(height + lift);
    let area = Rect { x: body.x + (body.width - width) / 2, y, width, height };
    (area, frame_title(&words.title, area.width, theme.symbols.ellipsis), lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Diary tab drawn from the shipped guide in `body`, with an empty
    /// list, `stats` and `notice`.
    fn drawn(notice: Option<&str>, stats: Option<&Stats>, body: Rect) -> DiaryScreen {
        let guide = crate::shipped::shipped_guide().expect("the shipped guide");
        let keys = DiaryKeys { timer: "c", stopped: "s", add: "a", open: "Enter" };
        let input = DiaryInput {
            config: guide.diary.as_ref(),
            cramps: Some(&[]),
            stats,
            selected: 0,
            problem: None,
            notice,
            this_year: 2026,
            words: &guide.ui.diary,
            locale: &guide.locale,
            keys,
        };
        screen(input, body, Theme::MONO)
    }

    fn some_stats() -> Stats {
        let mut weekly = [0; WEEKS];
        weekly[WEEKS - 1] = 3;
        Stats {
            total: 3,
            last_7_days: 3,
            last_30_days: 3,
            last_90_days: 3,
            weekly,
            median: None,
            longest: None,
            at_night: None,
            details: Vec::new(),
        }
    }

    #[test]
    fn a_long_notice_takes_two_rows_only_above_fourteen() {
        let notice = "The diary could not be saved just now, so this cramp is kept in memory until it can be";
        let rows = |height| {
            let (area, lines) = drawn(Some(notice), None, Rect::new(0, 1, 40, height)).notice;
            assert_eq!(usize::from(area.height), lines.len(), "{height} rows: the notice's area fits its lines");
            lines.len()
        };
        assert_eq!(rows(14), 1);
        assert_eq!(rows(15), 2);
        assert_eq!(rows(20), 2);
        assert_eq!(drawn(Some("Saved."), None, Rect::new(0, 1, 40, 20)).notice.1.len(), 1, "a short one keeps one");
    }

    #[test]
    fn the_weeks_bars_are_the_widest_that_fit_a_column_apart() {
        let weeks = WEEKS as u16;
        let taken = |bar: u16| weeks * bar + weeks - 1;
        for columns in 1..=200u16 {
            let bar = bar_width(columns);
            assert!(bar >= 1, "{columns}");
            assert!(bar == 1 || taken(bar) <= columns, "{columns}: bars of {bar} take {}", taken(bar));
            assert!(taken(bar + 1) > columns, "{columns}: bars of {} would fit", bar + 1);
        }
    }

    #[test]
    fn the_short_chart_runs_from_its_label_to_the_frame_or_the_twelfth_week() {
        let stats = some_stats();
        let label = text::width(crate::guide::ui_text::UiText::english().diary.chart_short.get()) as u16;
        for width in 12..70u16 {
            let drawn = drawn(None, Some(&stats), Rect::new(0, 1, width, 20));
            let (area, _, chart) = drawn.stats.expect("the stats under the list");
            let text = text_area(area);
            let x = text.x + label.min(text.width);
            assert_eq!(chart.bar_width, 0, "{width}: a sparkline");
            assert_eq!((chart.area.x, chart.area.y, chart.area.height), (x, text.y + 2, 1), "{width}");
            assert_eq!(chart.area.width, (text.right() - x).min(WEEKS as u16), "{width}");
        }
    }

    #[test]
    fn a_details_count_goes_on_the_last_row_only_where_it_fits_whole() {
        assert_eq!(wrapped_with_count("left calf", "3".into(), 11), ["left calf 3"]);
        assert_eq!(wrapped_with_count("left calf", "3".into(), 10), ["left calf", "3"]);
    }

    #[test]
    fn the_details_prompt_sits_above_the_bodys_bottom_border_only_when_there_is_room() {
        let words = PromptWords {
            title: "Details".into(),
            question: "Which leg?".into(),
            number: String::new(),
            step: "1 of 4".into(),
        };
        let options = [("l".to_string(), "Left".to_string())];
        // Question, choices, step, and the frame: 5 rows.
        let at = |height| prompt(&words, &options, None, Rect::new(0, 2, 40, height), Theme::MONO).0;
        assert_eq!((at(7).y, at(7).height), (3, 5), "a row to spare: lifted off the bottom border");
        assert_eq!((at(6).y, at(6).height), (3, 5), "no row to spare: down to the bottom");
        assert_eq!((at(4).y, at(4).height), (2, 4), "too short: as tall as the body");
        let wide = prompt(&words, &options, None, Rect::new(1, 2, 80, 7), Theme::MONO).0;
        assert_eq!((wide.x, wide.width), (9, 64), "at most 64 columns, in the middle");
    }

    #[test]
    fn what_a_chosen_row_takes_shows_only_with_two_columns_to_spare() {
        let row = FormRowView { label: "Leg".into(), value: LineInput::default(), takes: "l r b".into(), text: false };
        let first = |width| {
            form("Add", std::slice::from_ref(&row), 0, None, "", Rect::new(0, 0, width, 10), Theme::MONO).2[0]
                .to_string()
        };
        // "> Leg – " and "  l r b": 14 columns, in a text area 4 narrower than the body.
        assert!(first(20).ends_with("–  l r b"), "{:?}", first(20));
        assert!(first(19).ends_with('–'), "{:?}", first(19));
    }

    #[test]
    fn a_long_value_scrolls_within_its_row_at_every_width() {
        let note = "woke at three with the left calf locked and walked it off slowly";
        let row = FormRowView {
            label: "Note".into(),
            value: LineInput::with_text(note, 200),
            takes: String::new(),
            text: true,
        };
        for width in 12..=70u16 {
            let (area, _, lines) =
                form("Add", std::slice::from_ref(&row), 0, None, "", Rect::new(0, 0, width, 10), Theme::MONO);
            let room = usize::from(area.width) - 4;
            assert!(lines[0].width() <= room, "{width}: {:?} is wider than {room}", lines[0].to_string());
        }
    }

    #[test]
    fn the_details_choices_run_on_one_line_where_they_fit_and_wrap_where_not() {
        let words = PromptWords {
            title: "Details".into(),
            question: "Which leg?".into(),
            number: String::new(),
            step: "1 of 4".into(),
        };
        let options = ["Left", "Right", "Both"].map(|l| (l[..1].to_lowercase(), l.to_string()));
        let lines = |width| -> Vec<String> {
            let body = Rect::new(0, 0, width, 20);
            prompt(&words, &options, None, body, Theme::MONO).2.iter().map(Line::to_string).collect()
        };
        // "l Left · r Right · b Both" is 25 columns; the frame and a space each side take 4.
        assert_eq!(lines(29), ["Which leg?", "l Left · r Right · b Both", "1 of 4"]);
        assert_eq!(lines(28), ["Which leg?", "l Left · r Right · b", "Both", "1 of 4"]);
    }
}
