//! A coach session: a picture to breathe with beside the phase, the seconds
//! left in large digits and the instruction; the routine's progress and what
//! comes next along the bottom; and the summary when it ends.
//!
//! ```text
//! ╭ Coach · Slow-exhale breathing ───────────────────────────────────────╮
//! │        ▄▄▀▀▀▀▀▀▄▄            BREATHE OUT                             │  picture | panel
//! │      ▄▀  ▄████▄  ▀▄                                                  │  (the panel, centred,
//! │     █   ████████   █         █▀▀ ▀▀█                                 │   takes the whole width
//! │      ▀▄  ▀████▀  ▄▀          ▀▀█   █                                 │   in the lead-in or
//! │        ▀▀▄▄▄▄▄▄▀▀            ▀▀▀   ▀                                 │   when there is no room)
//! │                              Breathe out slowly through pursed lips  │
//! │ ██████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ step 1 of 1 · 1:43 left │  bottom: progress
//! │ Next: Pause gently (1 s)                                             │          and next
//! ╰──────────────────────────────────────────────────────────────────────╯
//! ```
//!
//! The geometry is one function of the body and the options ([`regions`]),
//! which drawing and the app's wake-ups (`anim_steps`) both read.

use std::time::Instant;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::big_digits;
use super::coach_next::next_text;
use super::coach_picture::{self, Picture};
use super::lines::keyed;
use super::pane::{Pane, text_area, text_width};
use crate::coach::{RunState, SegmentKind, Session, View, shown_seconds};
use crate::guide::model::{PhaseKind, Routine};
use crate::guide::ui_text::groups;
use crate::text;
use crate::text::figures::clock_text;
use crate::theme::Theme;

/// How the coach is said: its texts, and the keys it names (from the key
/// table).
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub ui: &'a groups::coach,
    /// How the guide's language writes numbers.
    pub numbers: crate::text::figures::Numbers<'a>,
    /// Starts the selected routine, on the list.
    pub start: &'a str,
    /// Pauses and resumes a session.
    pub pause: &'a str,
    /// Runs the routine again, at its end.
    pub again: &'a str,
    /// Back to the routine list, at its end.
    pub back: &'a str,
}

/// The panel keeps at least this many columns beside the picture.
const PANEL_MIN_WIDTH: u16 = 20;
/// The picture needs at least this many columns and rows (a small one
/// still shows the breath: at 40×12 it is 12 columns by 6 rows).
const PICTURE_MIN_WIDTH: u16 = 8;
const PICTURE_MIN_HEIGHT: u16 = 4;
/// Columns between the picture and the panel (two on a narrow screen).
const GAP: u16 = 3;
const NARROW_GAP: u16 = 2;
/// Below this many columns inside the frame, the gap is the narrow one.
const NARROW: u16 = 60;

/// Where the parts of a running session go in a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regions {
    /// Empty when there is no room for a picture.
    pub picture: Rect,
    pub panel: Rect,
    pub bottom: Rect,
}

/// The regions of a session in `body`.
pub fn regions(body: Rect) -> Regions {
    let inner = text_area(body);
    let bottom_h = inner.height.saturating_sub(4).min(2);
    let upper = Rect { height: inner.height - bottom_h, ..inner };
    let bottom = Rect { y: upper.bottom(), height: bottom_h, ..inner };
    let gap = if upper.width < NARROW { NARROW_GAP } else { GAP };
    let width = (upper.height * 2).min(upper.width.saturating_sub(PANEL_MIN_WIDTH + gap));
    if width < PICTURE_MIN_WIDTH || upper.height < PICTURE_MIN_HEIGHT {
        return Regions { picture: Rect::ZERO, panel: upper, bottom };
    }
    let height = (width / 2).min(upper.height);
    let picture = Rect { y: upper.y + (upper.height - height) / 2, width, height, ..upper };
    let panel = Rect { x: upper.x + width + gap, width: upper.width - width - gap, ..upper };
    Regions { picture, panel, bottom }
}

/// Animation steps of a segment of `kind` in `body` (0: nothing moves
/// between the seconds). The app wakes at exactly these steps.
pub fn anim_steps(body: Rect, reduced_motion: bool, kind: SegmentKind) -> u32 {
    let picture = regions(body).picture;
    if reduced_motion || picture.is_empty() { 0 } else { coach_picture::anim_steps(picture, kind) }
}

/// What a session shows in `body` at `now`.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionView {
    pub title: String,
    /// The session's frame.
    pub area: Rect,
    pub picture: Option<Picture>,
    /// The phase, seconds and instruction (or the summary, once ended).
    pub panel: Rect,
    pub lines: Vec<Line<'static>>,
    /// The routine's progress and what comes next.
    pub bottom: Rect,
    pub bottom_lines: Vec<Line<'static>>,
    /// Paused in the lead-in at a size where the routine's cautions do not
    /// fit beside the countdown: the cautions alone, to read and scroll,
    /// in place of everything else (the session's frame is the pane's).
    pub reading: Option<Pane>,
}

/// A session of `routine` in `body` at `now`.
pub fn session_view(
    routine: &Routine,
    session: &Session,
    now: Instant,
    body: Rect,
    reduced_motion: bool,
    words: Words,
    theme: Theme,
) -> SessionView {
    let ui = words.ui;
    let title = format!(" {} ", ui.session_title.fill(&[("routine", &routine.title)]));
    let view = session.view(now);
    let regions = regions(body);
    let has_picture = !regions.picture.is_empty();
    if view.state == RunState::Finished {
        let picture = has_picture.then(|| coach_picture::resting(regions.picture, theme.calm));
        let lines = summary_lines(session, now, regions.panel, words, theme);
        let panel = centred(regions.panel, lines.len());
        return SessionView {
            title,
            area: body,
            picture,
            panel,
            lines,
            bottom: regions.bottom,
            bottom_lines: Vec::new(),
            reading: None,
        };
    }
    let (regions, lines) = fitted(routine, &view, regions, words, theme);
    if matches!(view.state, RunState::Paused { .. }) && cautions_cut(routine, &view, regions.panel, lines.len()) {
        let reading = Pane { area: body, lines: reading_lines(routine, text_width(body), words, theme) };
        return SessionView {
            title,
            area: body,
            picture: None,
            panel: Rect::ZERO,
            lines: Vec::new(),
            bottom: Rect::ZERO,
            bottom_lines: Vec::new(),
            reading: Some(reading),
        };
    }
    let (_, style) = phase_label(&view, ui, theme);
    let picture = (!regions.picture.is_empty())
        .then(|| coach_picture::picture(&view, regions.picture, reduced_motion, style.remove_modifier(Modifier::BOLD)));
    let panel = match view.segment.kind {
        SegmentKind::GetReady => centred(regions.panel, lines.len()),
        _ => steady(regions.panel, tallest_phase(routine, session, regions.panel, words, theme), lines.len()),
    };
    let bottom_lines = bottom_lines(session, &view, regions.bottom, ui, theme);
    SessionView { title, area: body, picture, panel, lines, bottom: regions.bottom, bottom_lines, reading: None }
}

/// Words read in a second at an unhurried pace (about 180 a minute).
const WORDS_PER_SECOND: f64 = 3.0;

/// Whether the routine's cautions take longer to read than its lead-in
/// lasts: then the app holds the lead-in until Space, at any size.
pub fn cautions_outlast_lead_in(routine: &Routine, session: &Session) -> bool {
    let Some(lead_in) = session.timeline().segments().first().filter(|s| s.kind == SegmentKind::GetReady) else {
        return false;
    };
    let words = routine.cautions.iter().map(|c| c.split_whitespace().count()).sum::<usize>();
    words as f64 / WORDS_PER_SECOND > lead_in.len.as_secs_f64()
}

/// Whether a session in its lead-in at `now` shows all of the routine's
/// cautions in `body`. When not, the app holds the lead-in (paused) so they
/// can be read and scrolled before the routine starts.
pub fn lead_in_shows_cautions(routine: &Routine, session: &Session, now: Instant, body: Rect, words: Words) -> bool {
    let view = session.view(now);
    let (regions, lines) = fitted(routine, &view, regions(body), words, Theme::MONO);
    !cautions_cut(routine, &view, regions.panel, lines.len())
}

/// The panel's lines in `regions`; in the lead-in, when the cautions do not
/// fit beside the picture, the panel takes the picture's place too (it
/// stands still then anyway).
fn fitted(
    routine: &Routine,
    view: &View,
    regions: Regions,
    words: Words,
    theme: Theme,
) -> (Regions, Vec<Line<'static>>) {
    let lines = panel_lines(routine, view, regions.panel, words, theme);
    if regions.picture.is_empty() || !cautions_cut(routine, view, regions.panel, lines.len()) {
        return (regions, lines);
    }
    let panel = regions.panel.union(regions.picture);
    let wide = Regions { picture: Rect::ZERO, panel, ..regions };
    (wide, panel_lines(routine, view, panel, words, theme))
}

/// In the lead-in, with cautions, `lines` lines do not fit the panel.
fn cautions_cut(routine: &Routine, view: &View, panel: Rect, lines: usize) -> bool {
    view.segment.kind == SegmentKind::GetReady && !routine.cautions.is_empty() && lines > usize::from(panel.height)
}

/// The cautions to read before the start, for a pane `width` wide.
fn reading_lines(routine: &Routine, width: usize, words: Words, theme: Theme) -> Vec<Line<'static>> {
    let ui = words.ui;
    let mut lines =
        vec![Line::styled(ui.before_you_start.get().to_string(), theme.warning.add_modifier(Modifier::BOLD))];
    let read = ui.read_these.fill(&[("key", &words.pause)]);
    lines.extend(text::wrap(&read, width).into_iter().map(|l| Line::styled(l, theme.title)));
    for caution in &routine.cautions {
        for (lead, l) in text::hanging(caution, width, &format!("{} ", ui.caution.get())) {
            lines.push(Line::from(vec![Span::styled(lead, theme.warning), Span::raw(l)]));
        }
    }
    lines
}

/// `lines` lines centred in `panel` (from its top when they do not fit).
fn centred(panel: Rect, lines: usize) -> Rect {
    steady(panel, lines, lines)
}

/// `lines` lines in `panel`, from the row that centres `block` lines: every
/// phase of a routine starts on the same row, so the text does not jump
/// from phase to phase. Higher when `lines` would not fit from there.
fn steady(panel: Rect, block: usize, lines: usize) -> Rect {
    let top = (panel.height.saturating_sub(block as u16) / 2).min(panel.height.saturating_sub(lines as u16));
    Rect { y: panel.y + top, height: panel.height - top, ..panel }
}

/// The most lines any phase after the lead-in shows in `panel`, running.
fn tallest_phase(routine: &Routine, session: &Session, panel: Rect, words: Words, theme: Theme) -> usize {
    let timeline = session.timeline();
    let mut seen: Vec<(&str, bool, bool, u64)> = Vec::new();
    let mut tallest = 0;
    for (index, segment) in timeline.segments().iter().enumerate() {
        // Phases alike in what they show are as tall: measure one of each.
        let key = (segment.say.as_str(), segment.cycles > 1, segment.side.is_some(), shown_seconds(segment.len));
        if segment.kind == SegmentKind::GetReady || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let view = View {
            segment,
            index,
            phase_left: segment.len,
            routine_left: timeline.total().saturating_sub(segment.start),
            step: segment.step,
            step_count: timeline.step_count(),
            state: RunState::Running,
        };
        tallest = tallest.max(panel_lines(routine, &view, panel, words, theme).len());
    }
    tallest
}

/// The phase and its seconds (large when there is room), the instruction,
/// the cycle or round, and in the lead-in the routine's cautions.
fn panel_lines(routine: &Routine, view: &View, panel: Rect, words: Words, theme: Theme) -> Vec<Line<'static>> {
    let ui = words.ui;
    let w = usize::from(panel.width);
    let seconds = shown_seconds(view.phase_left);
    let digits = shown_seconds(view.segment.len).to_string().len().max(seconds.to_string().len());
    // The largest digits that fit; smaller (or none) if the rest would not.
    for scale in (0..=4u16).rev() {
        if scale > 0 && (panel.height < 6 + 4 * scale || big_digits::width_for(digits, scale) > panel.width) {
            continue;
        }
        let mut lines = vec![phase_line(view, ui, theme)];
        lines.extend(pause_lines(view, w, words, theme));
        if scale > 0 {
            lines.push(Line::default());
            let style = theme.title;
            for row in big_digits::render(seconds, scale, theme.ascii) {
                lines.push(Line::styled(row, style));
            }
        }
        lines.push(Line::default());
        lines.extend(text::wrap(&view.segment.say, w).into_iter().map(|l| Line::styled(l, theme.title)));
        if view.segment.cycles > 1 {
            let of = if matches!(view.segment.kind, SegmentKind::Breathe(_)) { &ui.cycle_of } else { &ui.round_of };
            let of = of.fill(&[("at", &view.segment.cycle), ("total", &view.segment.cycles)]);
            lines.push(Line::styled(of, theme.dim));
        }
        if view.segment.kind == SegmentKind::GetReady {
            lines.push(Line::default());
            for caution in &routine.cautions {
                for (lead, l) in text::hanging(caution, w, &format!("{} ", ui.caution.get())) {
                    lines.push(Line::from(vec![Span::styled(lead, theme.warning), Span::raw(l)]));
                }
            }
        }
        if scale == 0 || lines.len() <= usize::from(panel.height) {
            return lines;
        }
    }
    unreachable!("scale 0 always returns")
}

/// "BREATHE IN 4 s", "HOLD 18 s · LEFT LEG": the seconds in words too, for
/// anything that reads the screen as text.
fn phase_line(view: &View, ui: &groups::coach, theme: Theme) -> Line<'static> {
    let (label, style) = phase_label(view, ui, theme);
    let seconds = shown_seconds(view.phase_left);
    let mut spans = vec![
        Span::styled(label.to_string(), style.add_modifier(Modifier::BOLD)),
        Span::styled(format!(" {}", ui.phase_seconds.fill(&[("seconds", &seconds)])), theme.title),
    ];
    if let Some(side) = &view.segment.side {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(side.to_uppercase(), theme.selected));
    }
    Line::from(spans)
}

/// "PAUSED: Space resumes", wrapped to `width`; nothing while running.
/// Held before it has begun, it is waiting for the cautions to be read.
fn pause_lines(view: &View, width: usize, words: Words, theme: Theme) -> Vec<Line<'static>> {
    let unstarted = view.unstarted();
    let ui = words.ui;
    let status = match view.state {
        RunState::Paused { by_sleep: true } => &ui.paused_by_sleep,
        RunState::Paused { by_sleep: false } if unstarted => &ui.read_the_cautions,
        RunState::Paused { by_sleep: false } => &ui.paused,
        _ => return Vec::new(),
    };
    text::wrap(&status.fill(&[("key", &words.pause)]), width)
        .into_iter()
        .map(|l| Line::styled(l, theme.warning))
        .collect()
}

/// One bar for the routine with "step 2 of 3 · 1:43 left", then what comes
/// next.
fn bottom_lines(session: &Session, view: &View, bottom: Rect, ui: &groups::coach, theme: Theme) -> Vec<Line<'static>> {
    let w = usize::from(bottom.width);
    let words = progress_text(view, ui);
    let bar_w = w.saturating_sub(text::width(&words) + 1);
    let mut progress = Vec::new();
    if bar_w >= 5 {
        // Whole seconds done, so the bar moves only when the time left does.
        let total = session.timeline().total().as_secs_f64().max(f64::MIN_POSITIVE);
        let done = (total - shown_seconds(view.routine_left) as f64) / total;
        let cells = (done * bar_w as f64).floor().clamp(0.0, bar_w as f64) as usize;
        progress.push(Span::styled(theme.symbols.bar_full.repeat(cells), theme.text));
        progress.push(Span::styled(theme.symbols.bar_empty.repeat(bar_w - cells), theme.dim));
        progress.push(Span::raw(" "));
    }
    progress.push(Span::styled(words, theme.text));
    let mut lines = vec![Line::from(progress)];
    if let Some(next) = next_text(session.timeline(), view.index, ui).filter(|_| view.state != RunState::Finished) {
        let next = ui.next.fill(&[("next", &next)]);
        lines.push(Line::styled(text::truncate(&next, w, theme.symbols.ellipsis), theme.dim));
    }
    lines
}

/// "step 2 of 4 · 3:10 left"
fn progress_text(view: &View, ui: &groups::coach) -> String {
    let step = match view.step {
        Some(step) => ui.step_of.fill(&[("at", &(step + 1)), ("total", &view.step_count)]),
        None => ui.getting_ready.get().to_string(),
    };
    ui.progress.fill(&[("step", &step), ("left", &clock_text(view.routine_left))])
}

fn phase_label<'a>(view: &View, ui: &'a groups::coach, theme: Theme) -> (&'a str, Style) {
    let (text, style) = match view.segment.kind {
        SegmentKind::GetReady => (&ui.phase_get_ready, theme.warning),
        SegmentKind::Breathe(PhaseKind::Inhale) => (&ui.phase_inhale, theme.accent),
        SegmentKind::Breathe(PhaseKind::Exhale) => (&ui.phase_exhale, theme.calm),
        SegmentKind::Breathe(PhaseKind::Hold) => (&ui.phase_hold_breath, theme.warning),
        SegmentKind::Breathe(PhaseKind::Rest) => (&ui.phase_rest, theme.dim),
        SegmentKind::Hold => (&ui.phase_hold, theme.accent),
        SegmentKind::Switch => (&ui.phase_switch, theme.warning),
    };
    (text.get(), style)
}

/// A short account of what a session is doing, for a badge while another
/// tab shows, longest first: "Coach: Breathe out 5 s · 1:43 left",
/// "Coach: Breathe out 5 s · 1:43", "Breathe out 5 s · 1:43"; "Paused" in
/// place of the phase while paused.
pub fn badge_text(session: &Session, now: Instant, ui: &groups::coach) -> Option<[String; 3]> {
    let view = session.view(now);
    let doing = match view.state {
        RunState::Finished => return None,
        RunState::Paused { .. } => ui.badge_paused.get().to_string(),
        RunState::Running => {
            // The phase with only its first letter a capital.
            let mut label = phase_label(&view, ui, Theme::MONO).0.chars();
            let mut word: String = label.next().into_iter().chain(label.as_str().to_lowercase().chars()).collect();
            if let Some(side) = &view.segment.side {
                word.push_str(&ui.badge_side.fill(&[("side", side)]));
            }
            ui.badge_phase.fill(&[("phase", &word), ("seconds", &shown_seconds(view.phase_left))])
        }
    };
    let args: [(&str, &dyn std::fmt::Display); 2] = [("doing", &doing), ("left", &clock_text(view.routine_left))];
    Some([ui.badge_long.fill(&args), ui.badge_short.fill(&args), ui.badge_shortest.fill(&args)])
}

/// The columns the whole badge takes.
pub fn badge_width(texts: &[String]) -> u16 {
    (texts.first().map_or(0, |t| text::width(t)) + 2).min(usize::from(u16::MAX)) as u16
}

/// The badge in `edge`, the bare stretch of frame edge it may take: the
/// longest of `texts` that fits (the shortest cut to fit), with a space
/// each side; nothing when fewer than 12 columns are free.
pub fn badge(edge: Rect, texts: &[String], theme: Theme) -> Option<(Rect, Line<'static>)> {
    let room = usize::from(edge.width).saturating_sub(2);
    if room < 10 || edge.height == 0 {
        return None;
    }
    let text = texts.iter().find(|t| text::width(t) <= room).or(texts.last())?;
    let shown = format!(" {} ", text::truncate(text, room, theme.symbols.ellipsis));
    let width = text::width(&shown) as u16;
    Some((Rect { width, height: 1, ..edge }, Line::styled(shown, theme.selected)))
}

/// How the session went, once it has ended, fitted to `panel`: what was
/// skipped is cut to the room there is, with how many more.
fn summary_lines(session: &Session, now: Instant, panel: Rect, words: Words, theme: Theme) -> Vec<Line<'static>> {
    let ui = words.ui;
    let s = session.summary(now);
    let (w, height) = (usize::from(panel.width), usize::from(panel.height));
    let wrapped = |text: &str, style: Style| -> Vec<Line<'static>> {
        text::wrap(text, w).into_iter().map(|l| Line::styled(l, style)).collect()
    };
    let heading = match (s.completed, s.all_skipped, s.skipped.is_empty()) {
        (false, _, _) => &ui.ended_stopped,
        (true, true, _) => &ui.ended_all_skipped,
        (true, false, true) => &ui.ended_well_done,
        (true, false, false) => &ui.ended_finished,
    };
    let head = wrapped(heading.get(), theme.calm);
    let mut stats = wrapped(&ui.time_taken.fill(&[("time", &clock_text(s.active))]), theme.text);
    let cycles = ui.breathing_cycles.count(s.cycles_done as usize, &[]);
    stats.extend(wrapped(&ui.cycles_done.fill(&[("cycles", &cycles)]), theme.text));
    let keys = keyed(&ui.end_keys, &[("again", words.again), ("back", words.back)], theme);
    let keys = if keys.width() <= w {
        vec![keys]
    } else {
        wrapped(&ui.end_keys.fill(&[("again", &words.again), ("back", &words.back)]), theme.text)
    };
    let items: Vec<Vec<Line<'static>>> = s
        .skipped
        .iter()
        .map(|part| {
            let lines = text::hanging(part, w, &format!("  {} ", theme.symbols.bullet));
            lines.into_iter().map(|(lead, l)| Line::raw(format!("{lead}{l}"))).collect()
        })
        .collect();
    let list_head = match items.len() {
        0 => wrapped(ui.nothing_skipped.get(), theme.text),
        n => wrapped(&ui.skipped_heading.count(n, &[]), theme.text),
    };
    let rows = |parts: &[&Vec<Line<'static>>]| parts.iter().map(|p| p.len()).sum::<usize>();
    let all_items: Vec<Line<'static>> = items.iter().flatten().cloned().collect();
    // All of it, with a blank line after the heading and before the keys.
    if rows(&[&head, &stats, &list_head, &all_items, &keys]) + 2 <= height {
        let mut out = head;
        out.push(Line::default());
        out.extend(stats);
        out.extend(list_head);
        out.extend(all_items);
        out.push(Line::default());
        out.extend(keys);
        return out;
    }
    // Too tall: no blank lines; the keys (also in the footer) only if the
    // list keeps a row; as many skipped parts as fit, then how many more.
    let fixed = rows(&[&head, &stats, &list_head]);
    let keys = if fixed + keys.len() < height { keys } else { Vec::new() };
    let mut room = height.saturating_sub(fixed + keys.len());
    let mut out = head;
    out.extend(stats);
    out.extend(list_head);
    let mut shown = 0;
    for item in &items {
        let last = shown + 1 == items.len();
        // Keep a row for "and N more" unless this is the last part.
        if item.len() + usize::from(!last) > room {
            break;
        }
        room -= item.len();
        out.extend(item.iter().cloned());
        shown += 1;
    }
    if shown < items.len() {
        let more = format!("  {}", ui.and_more.count(items.len() - shown, &[]));
        out.push(Line::styled(text::truncate(&more, w, theme.symbols.ellipsis), theme.dim));
    }
    out.extend(keys);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every body from 1x1 to 120x40 at an odd corner: the picture shows
    /// wherever its smallest size fits above the bottom rows with the gap
    /// and the panel's minimum beside it, and nowhere else; it is at least
    /// its minimum size, half as tall as wide (or the
    /// whole height), centred in the rows above the bottom, and the panel
    /// starts a gap to its right and keeps at least its minimum width to
    /// the body's text edge.
    #[test]
    fn the_picture_is_centred_beside_a_panel_of_at_least_its_minimum_width() {
        let mut narrowest = u16::MAX;
        for (width, height) in (1..=120).flat_map(|w| (1..=40).map(move |h| (w, h))) {
            let body = Rect { x: 3, y: 2, width, height };
            let r = regions(body);
            let inner = text_area(body);
            let at = format!("{width}x{height}");
            let upper = r.panel;
            assert_eq!((upper.y, upper.bottom(), upper.right()), (inner.y, r.bottom.y, inner.right()), "{at}: {r:?}");
            assert_eq!(r.bottom.bottom(), inner.bottom(), "{at}");
            let least_gap = if inner.width < NARROW { NARROW_GAP } else { GAP };
            let fits =
                upper.height >= PICTURE_MIN_HEIGHT && inner.width >= PICTURE_MIN_WIDTH + least_gap + PANEL_MIN_WIDTH;
            assert_eq!(!r.picture.is_empty(), fits, "{at}: a picture wherever the smallest fits, and only there");
            if r.picture.is_empty() {
                assert_eq!((upper.x, upper.width), (inner.x, inner.width), "{at}: no picture, the whole width");
                continue;
            }
            let p = r.picture;
            narrowest = narrowest.min(p.width);
            assert!(p.width >= PICTURE_MIN_WIDTH && p.height >= PICTURE_MIN_HEIGHT, "{at}: {p:?}");
            assert_eq!(p.height, (p.width / 2).min(upper.height), "{at}: half as tall as wide");
            let (above, below) = (p.y - upper.y, upper.bottom() - p.bottom());
            assert!(above == below || above + 1 == below, "{at}: centred ({above} above, {below} below)");
            assert_eq!(p.x, inner.x, "{at}");
            let gap = upper.x - p.right();
            assert!(gap == GAP || gap == NARROW_GAP, "{at}: a gap of {gap}");
            assert!(upper.width >= PANEL_MIN_WIDTH, "{at}: the panel keeps {} columns", upper.width);
        }
        assert_eq!(narrowest, PICTURE_MIN_WIDTH, "the smallest picture shown is exactly the minimum");
    }

    /// The gap between the picture and the panel is the narrow one only
    /// when the text area is narrower than sixty columns.
    #[test]
    fn the_gap_beside_the_picture_narrows_only_below_sixty_columns() {
        let mut at_the_edge = false;
        for width in 40..=90 {
            let body = Rect::new(0, 0, width, 30);
            let r = regions(body);
            if r.picture.is_empty() {
                continue;
            }
            let inner = text_area(body).width;
            at_the_edge |= inner == NARROW;
            let expected = if inner < NARROW { NARROW_GAP } else { GAP };
            assert_eq!(r.panel.x - r.picture.right(), expected, "{width} columns ({inner} inside)");
        }
        assert!(at_the_edge, "a body whose text area is exactly {NARROW} columns has a picture");
    }

    fn shipped() -> crate::guide::model::Guide {
        crate::guide::parse_guide(crate::guide::DEFAULT_GUIDE, "guide.toml").unwrap()
    }

    /// A session of the guide's first routine, started at `now`.
    fn started(guide: &crate::guide::model::Guide, now: Instant) -> Session {
        started_on(guide, guide.routines().next().expect("the guide has a routine"), now)
    }

    /// A session of `routine`, started at `now`.
    fn started_on(guide: &crate::guide::model::Guide, routine: &Routine, now: Instant) -> Session {
        use crate::coach::{Clock, Timeline};
        let timeline = Timeline::new(routine, &guide.ui, crate::text::figures::Numbers::ENGLISH);
        Session::start(timeline, Clock { mono: now, wall: std::time::SystemTime::UNIX_EPOCH })
    }

    fn words(guide: &crate::guide::model::Guide) -> Words<'_> {
        let numbers = crate::text::figures::Numbers::ENGLISH;
        Words { ui: &guide.ui.coach, numbers, start: "Enter", pause: "Space", again: "r", back: "Esc" }
    }

    /// Rows of large digits among `lines` (their pixels are half blocks).
    fn digit_rows(lines: &[Line<'_>]) -> Vec<usize> {
        lines.iter().filter(|l| l.to_string().contains(['█', '▀', '▄'])).map(Line::width).collect()
    }

    /// Every phase starts on the row that centres the tallest one, measured
    /// here phase by phase: a breath done once before the same breath done
    /// in rounds (a line taller) counts as the taller one.
    #[test]
    fn the_tallest_phase_is_the_tallest_of_every_phase_one_by_one() {
        use crate::guide::model::{StepKind, TabBody};
        let mut guide = shipped();
        // Each routine starts with its first breathing step done once.
        for tab in &mut guide.tabs {
            let TabBody::Coach(routines) = &mut tab.body else { continue };
            for routine in crate::guide::deferred::Deferred::make_mut(routines) {
                let Some(mut once) = routine.steps.iter().find(|s| matches!(s.kind, StepKind::Breathe { .. })).cloned()
                else {
                    continue;
                };
                if let StepKind::Breathe { cycles, .. } = &mut once.kind {
                    *cycles = 1;
                }
                routine.steps.insert(0, once);
            }
        }
        let now = Instant::now();
        let mut alike_in_rounds = false;
        for routine in guide.routines() {
            let session = started_on(&guide, routine, now);
            let phases: Vec<_> =
                session.timeline().segments().iter().filter(|s| s.kind != SegmentKind::GetReady).collect();
            alike_in_rounds |= phases.iter().any(|a| phases.iter().any(|b| a.say == b.say && a.cycles < b.cycles));
            for panel in [Rect::new(0, 0, 40, 40), Rect::new(0, 0, 22, 40)] {
                let each = phases.iter().map(|segment| {
                    let view = session.view(now + segment.start + std::time::Duration::from_millis(1));
                    assert_eq!(view.segment, *segment);
                    panel_lines(routine, &view, panel, words(&guide), Theme::MONO).len()
                });
                let tallest = each.max().expect("a phase");
                let measured = tallest_phase(routine, &session, panel, words(&guide), Theme::MONO);
                assert_eq!(measured, tallest, "{}, {} columns", routine.id, panel.width);
            }
        }
        assert!(alike_in_rounds, "a breath done once and in rounds");
    }

    #[test]
    fn the_seconds_are_the_largest_digits_the_panel_is_wide_enough_for() {
        let guide = shipped();
        let routine = guide.routines().next().expect("the guide has a routine");
        let start = Instant::now();
        let session = started(&guide, start);
        let lead_in = session.timeline().segments()[0].len;
        let view = session.view(start + lead_in + std::time::Duration::from_millis(500));
        assert_ne!(view.segment.kind, SegmentKind::GetReady);
        let digits = shown_seconds(view.segment.len).to_string().len();
        let panel = |width| Rect::new(0, 0, width, 40);
        let rows_at = |width| digit_rows(&panel_lines(routine, &view, panel(width), words(&guide), Theme::MONO));
        let widest = big_digits::width_for(digits, 4);
        assert_eq!(rows_at(widest), vec![usize::from(widest); 10], "exactly wide enough: the largest digits, 10 rows");
        let smaller = big_digits::width_for(digits, 3);
        assert_eq!(rows_at(widest - 1), vec![usize::from(smaller); 8], "a column short: the next size down");
    }

    /// Every height from 1 to 40 rows, 40 columns wide, of the end of a
    /// routine whose every phase was skipped: the summary never runs past
    /// the panel once its heading, times and list heading fit with a row to
    /// spare; every skipped part is either listed or counted in "and N
    /// more"; the list holds as many parts as fit (the last one in place of
    /// the "more" row); the keys show only where the list keeps a row.
    #[test]
    fn a_cut_summary_lists_as_many_skipped_parts_as_fit_and_counts_the_rest() {
        let guide = shipped();
        let now = Instant::now();
        let mut session = started(&guide, now);
        for _ in 0..session.timeline().segments().len() {
            session.skip(now);
        }
        assert_eq!(session.state(), RunState::Finished);
        let skipped = session.summary(now).skipped;
        assert!(skipped.len() > 3, "enough parts to cut: {skipped:?}");
        let words = words(&guide);
        let bullet = format!("  {} ", Theme::MONO.symbols.bullet);
        let keys = guide.ui.coach.end_keys.fill(&[("again", &"r"), ("back", &"Esc")]);
        let item_rows = |part: &str| text::hanging(part, 40, &bullet).len();
        let mut cut_somewhere = false;
        let whole = summary_lines(&session, now, Rect::new(0, 0, 40, 40), words, Theme::MONO);
        assert!(whole.iter().any(|l| l.width() == 0), "40 rows: all of it, with its blank lines");
        for height in 1..=40u16 {
            let lines: Vec<String> = summary_lines(&session, now, Rect::new(0, 0, 40, height), words, Theme::MONO)
                .iter()
                .map(Line::to_string)
                .collect();
            let h = usize::from(height);
            let at = format!("{height} rows:\n{}", lines.join("\n"));
            let fixed =
                lines.iter().position(|l| l.starts_with(&bullet) || l.starts_with("  and")).unwrap_or(lines.len());
            let shown = lines.iter().filter(|l| l.starts_with(&bullet)).count();
            let more = lines
                .iter()
                .find_map(|l| l.trim().strip_prefix("and ").and_then(|r| r.split(' ').next()?.parse::<usize>().ok()))
                .unwrap_or(0);
            assert_eq!(shown + more, skipped.len(), "{at}");
            if fixed + 1 > h {
                continue;
            }
            assert!(lines.len() <= h, "{at}");
            if h >= whole.len() {
                assert_eq!(lines, whole.iter().map(Line::to_string).collect::<Vec<_>>(), "all of it fits: {at}");
                continue;
            }
            assert!(!lines.iter().any(String::is_empty), "cut: no blank lines: {at}");
            cut_somewhere |= more > 0;
            let has_keys = lines.last() == Some(&keys);
            assert_eq!(has_keys, fixed + 1 < h, "the keys where the list keeps a row: {at}");
            if more > 0 {
                let next = item_rows(&skipped[shown]);
                let freed = usize::from(more == 1);
                assert!(lines.len() - freed + next > h, "the next part would have fitted: {at}");
            }
        }
        assert!(cut_somewhere, "some height cuts the list");
    }

    /// The keys at the end of a summary: one line with the keys marked as
    /// keys where it fits, the same words wrapped where it does not.
    #[test]
    fn a_summarys_keys_are_one_marked_line_where_they_fit_and_wrapped_where_not() {
        let guide = shipped();
        let now = Instant::now();
        let session = started(&guide, now);
        let words = words(&guide);
        let keys = keyed(&guide.ui.coach.end_keys, &[("again", "r"), ("back", "Esc")], Theme::MONO);
        let wide = summary_lines(&session, now, Rect::new(0, 0, 60, 30), words, Theme::MONO);
        assert_eq!(wide.last(), Some(&keys), "{wide:?}");
        let narrow = summary_lines(&session, now, Rect::new(0, 0, keys.width() as u16 - 1, 30), words, Theme::MONO);
        assert!(narrow.iter().all(|l| l.width() < keys.width()), "{narrow:?}");
        let tail: Vec<String> = narrow.iter().rev().take(2).rev().map(Line::to_string).collect();
        assert_eq!(tail.join(" "), keys.to_string(), "the same words, wrapped");
    }

    #[test]
    fn steady_text_starts_on_the_row_that_centres_the_block_and_ends_with_the_panel() {
        let panel = Rect { x: 1, y: 5, width: 30, height: 10 };
        assert_eq!(steady(panel, 4, 2), Rect { y: 8, height: 7, ..panel }, "from the row centring 4 lines");
        assert_eq!(steady(panel, 4, 9), Rect { y: 6, height: 9, ..panel }, "higher when 9 would not fit");
        assert_eq!(steady(panel, 12, 12), panel, "from the top when the block does not fit");
        assert_eq!(centred(panel, 3), Rect { y: 8, height: 7, ..panel });
    }

    /// The whole badge asks for its longest text and a space each side:
    /// exactly the columns it takes when drawn with room to spare.
    #[test]
    fn the_badge_asks_for_the_columns_its_longest_text_takes_drawn() {
        let texts = ["Coach 1:23 left".to_string(), "1:23".to_string()];
        assert_eq!(badge_width(&texts), 17);
        let (at, _) = badge(Rect { x: 0, y: 0, width: 60, height: 1 }, &texts, Theme::MONO).expect("room for it");
        assert_eq!(at.width, badge_width(&texts));
        assert_eq!(badge_width(&[]), 2, "no text: the two spaces");
    }

    #[test]
    fn a_badge_needs_twelve_free_columns_on_a_row() {
        let texts = ["Coach 1:23".to_string()];
        let edge = |width, height| Rect { x: 3, y: 0, width, height };
        assert!(badge(edge(11, 1), &texts, Theme::MONO).is_none(), "11 columns: none");
        assert!(badge(edge(40, 0), &texts, Theme::MONO).is_none(), "no row: none");
        let (at, line) = badge(edge(12, 1), &texts, Theme::MONO).expect("12 columns: a badge");
        assert_eq!((at.x, at.width, line.to_string()), (3, 12, " Coach 1:23 ".to_string()));
        let (at, _) = badge(edge(40, 3), &texts, Theme::MONO).expect("40 columns: a badge");
        assert_eq!((at.y, at.height), (0, 1), "one row of a taller edge");
    }
}
