//! The footer: key hints for what is on screen, or a one-line note in
//! their place. Hints have a priority: the keys that matter most (`!`,
//! `/`, `?` and quit) always show, shortened if they must be; the others
//! fill the room left, in order.

use std::borrow::Cow;

use ratatui::text::{Line, Span};

use crate::text;
use crate::theme::Theme;

/// One footer hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub key: &'static str,
    pub word: &'static str,
    /// Always shown.
    pub must: bool,
}

/// A key label as drawn: with `--ascii`, arrows are written as words
/// ("Down"), since "v" reads like a key.
pub fn key_label(label: &'static str, ascii: bool) -> Cow<'static, str> {
    if !ascii || label.is_ascii() {
        return Cow::Borrowed(label);
    }
    Cow::Owned(label.replace('↓', "Down").replace('↑', "Up").replace('→', "Right").replace('←', "Left"))
}

/// A hint's word abbreviated, for a footer too narrow for them all.
fn short_word(word: &'static str) -> &'static str {
    match word {
        "cramp now" => "cramp",
        "search" => "find",
        "pause/resume" => "pause",
        "type weight" => "type",
        "it stopped" => "stopped",
        "coach me" => "coach",
        "restart" => "redo",
        other => other,
    }
}

/// The footer for `hints` in order, `width` columns wide; a `status` note
/// takes the whole line.
pub fn line(hints: Vec<Hint>, status: Option<&str>, width: u16, theme: Theme) -> Line<'static> {
    if let Some(status) = status {
        let status = text::truncate(status, usize::from(width).saturating_sub(1), theme.symbols.ellipsis);
        return Line::from(vec![Span::raw(" "), Span::styled(status, theme.calm)]);
    }
    let hints: Vec<(Cow<'static, str>, &'static str, bool)> =
        hints.into_iter().map(|h| (key_label(h.key, theme.ascii), h.word, h.must)).collect();
    // "key word" plus " · " before it; the first item has one leading space instead.
    let cost = |(k, w): &(Cow<'static, str>, &'static str)| text::width(k) + text::width(w) + 4;
    let width = usize::from(width) + 2;
    let (must, rest): (Vec<_>, Vec<_>) = hints.into_iter().partition(|(_, _, must)| *must);
    let words = |hints: &[(Cow<'static, str>, &'static str, bool)], short: bool| -> Vec<_> {
        hints.iter().map(|(k, w, _)| (k.clone(), if short { short_word(w) } else { *w })).collect()
    };
    let total = |hints: &[(Cow<'static, str>, &'static str)]| hints.iter().map(cost).sum::<usize>();
    // The must-show hints keep their words unless they alone are too wide;
    // the others are abbreviated before any is left out.
    let full_must = words(&must, false);
    let must = if total(&full_must) <= width { full_must } else { words(&must, true) };
    let room = width.saturating_sub(total(&must));
    // The others: abbreviated from the last (least important) up until they
    // fit, then those that still do not fit are left out.
    let mut rest = words(&rest, false);
    for i in (0..rest.len()).rev() {
        if total(&rest) <= room {
            break;
        }
        rest[i].1 = short_word(rest[i].1);
    }
    let mut chosen = Vec::new();
    let mut left = room;
    for hint in rest {
        if cost(&hint) <= left {
            left -= cost(&hint);
            chosen.push(hint);
        }
    }
    chosen.extend(must);
    let mut spans = vec![Span::raw(" ")];
    for (i, (key, word)) in chosen.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(format!(" {} ", theme.symbols.separator), theme.dim));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::raw(format!(" {word}")));
    }
    Line::from(spans)
}
