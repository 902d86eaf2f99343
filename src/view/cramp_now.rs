//! The "cramp right now" screen: the immediate steps, how long the cramp
//! has lasted, a key for the relief routine, and the red flags to watch.
//! Past a threshold from the guide it changes tone and shows the advice.

use std::time::Duration;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::pane::text_area;
use crate::guide::Guide;
use crate::guide::model::TabBody;
use crate::text;
use crate::text::figures::elapsed_text;
use crate::theme::Theme;

/// What the screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CrampNowScreen {
    /// The frame's title with the timer, and the tone of the frame.
    pub title: String,
    pub tone: Style,
    /// The frame, where its text goes, and the text.
    pub area: Rect,
    pub text: Rect,
    pub lines: Vec<Line<'static>>,
}

/// The screen in `area` for a cramp that has lasted `elapsed`, with the
/// diary's (sign id, text) under the red flags; None when the guide has no
/// such screen.
pub fn screen(
    guide: &Guide,
    elapsed: Duration,
    hints: &[(String, String)],
    area: Rect,
    theme: Theme,
) -> Option<CrampNowScreen> {
    let config = guide.cramp_now.as_ref()?;
    let due = config.escalation(elapsed);
    let triage = guide.triage().map(|(_, t)| t);
    let rank = due.and_then(|e| triage?.rank_of(&e.level));
    let tone = if due.is_some() { theme.level(rank) } else { theme.focus_border };
    let lasting = format!("lasting {}", elapsed_text(elapsed));
    let title = format!(" {} · {lasting} ", config.title);
    let title_fits = text::width(&title) + 2 <= usize::from(area.width);
    let inner = text_area(area);
    let w = usize::from(inner.width);
    let mut out = Vec::new();
    if !title_fits {
        // The frame cuts the title: the timer must still show.
        out.push(Line::styled(lasting, tone));
    }
    if let Some(e) = due {
        let level =
            triage.and_then(|t| t.levels.iter().find(|l| l.id == e.level)).map_or(e.level.clone(), |l| l.title.clone());
        out.push(Line::styled(
            text::truncate(
                &format!("{} {} — over {}", theme.symbols.marker, level.to_uppercase(), elapsed_text(e.after)),
                w,
                theme.symbols.ellipsis,
            ),
            tone,
        ));
        for l in text::wrap(&e.say, w) {
            out.push(Line::raw(l));
        }
        for s in &e.sources {
            for l in text::wrap(&format!("Source: {} {}", s.title, s.url), w) {
                out.push(Line::styled(l, theme.dim));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled("Do this now", theme.heading));
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
        out.push(Line::from(vec![
            Span::styled("Enter", theme.key),
            Span::raw(format!(" starts \"{}\" in the coach (the timer keeps running)", routines[r].title)),
        ]));
    }
    if let Some(triage) = triage
        && !config.watch.is_empty()
    {
        out.push(Line::default());
        out.push(Line::styled("Red flags to watch for", theme.urgent));
        for id in &config.watch {
            if let Some(sign) = triage.signs.iter().find(|s| &s.id == id) {
                for (lead, l) in text::hanging(&sign.question, w, &format!("{} ", theme.symbols.bullet)) {
                    out.push(Line::raw(format!("{lead}{l}")));
                }
                for (_, hint) in hints.iter().filter(|(sign_id, _)| sign_id == id) {
                    for (lead, l) in text::hanging(hint, w, "  ") {
                        out.push(Line::styled(format!("{lead}{l}"), theme.calm));
                    }
                }
            }
        }
    }
    // What the diary says about the signs not listed above, in one line.
    let mut facts: Vec<&str> = Vec::new();
    for (id, hint) in hints.iter().filter(|(id, _)| !config.watch.contains(id)) {
        let fact = hint.strip_prefix("Your diary: ").unwrap_or(hint);
        if !facts.contains(&fact) && !id.is_empty() {
            facts.push(fact);
        }
    }
    // Only when it fits with the keys below it: this screen is for a
    // cramp happening now, and its steps come first.
    let text = format!("Your diary: {}", facts.join(&format!(" {} ", theme.symbols.separator)));
    let diary = text::wrap(&text, w);
    if !facts.is_empty() && out.len() + diary.len() + 3 <= usize::from(inner.height) {
        out.push(Line::default());
        out.extend(diary.into_iter().map(|l| Line::styled(l, theme.calm)));
    }
    out.push(Line::default());
    out.push(Line::from(vec![
        Span::styled("s", theme.key),
        Span::raw(" it stopped · "),
        Span::styled("Esc", theme.key),
        Span::raw(" leave"),
    ]));
    Some(CrampNowScreen { title, tone, area, text: inner, lines: out })
}
