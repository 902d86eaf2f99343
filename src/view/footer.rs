//! The footer: key hints for what is on screen, or a one-line note in
//! their place. Hints have a priority: the keys that matter most (`!`,
//! `/`, `?` and quit) always show, shortened if they must be (and, where
//! even that is too wide, the last of them left out); the others fill the
//! room left, in order.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::text;
use crate::theme::Theme;

/// One footer hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint<'a> {
    pub key: &'static str,
    pub word: &'a str,
    /// The word where the footer is short of room.
    pub short: &'a str,
    /// Always shown.
    pub must: bool,
    /// A key of the screen on show (not one that works everywhere).
    pub local: bool,
}

/// A key label as drawn: with `--ascii`, arrows are written as words
/// ("Down"), since "v" reads like a key.
pub fn key_label(label: &'static str, ascii: bool) -> Cow<'static, str> {
    if !ascii || label.is_ascii() {
        return Cow::Borrowed(label);
    }
    Cow::Owned(label.replace('↓', "Down").replace('↑', "Up").replace('→', "Right").replace('←', "Left"))
}

/// The footer for `hints` in order, `width` columns wide, and the hints it
/// had no room for (all of them while a `status` note takes the whole line),
/// in order: for a screen to show them elsewhere.
pub fn layout<'a>(
    hints: &[Hint<'a>],
    status: Option<&str>,
    width: u16,
    theme: Theme,
) -> (Line<'static>, Vec<Hint<'a>>) {
    if let Some(status) = status {
        let status = text::truncate(status, usize::from(width).saturating_sub(1), theme.symbols.ellipsis);
        return (Line::from(vec![Span::raw(" "), Span::styled(status, theme.calm)]), hints.to_vec());
    }
    let chosen = choose(hints, width, theme.ascii);
    let left_out = hints.iter().enumerate().filter(|(i, _)| !chosen.iter().any(|c| c.2 == *i)).map(|(_, h)| *h);
    let left_out = left_out.collect();
    let mut spans = vec![Span::raw(" ")];
    spans.extend(hint_spans(chosen.into_iter().map(|(key, word, _)| (key, word)), Style::new(), theme));
    (Line::from(spans), left_out)
}

/// "key word · key word", the keys in the key style, the words in `word`.
fn hint_spans<'a>(
    hints: impl IntoIterator<Item = (Cow<'static, str>, &'a str)>,
    word: Style,
    theme: Theme,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (i, (key, w)) in hints.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(format!(" {} ", theme.symbols.separator), theme.dim));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {w}"), word));
    }
    spans
}

/// The hints that fit `width`, in the order drawn, each with its key label,
/// its word (abbreviated where needed) and its index in `hints`. The
/// must-show hints keep their full words unless the first other hint would
/// then find no room (or they alone are too wide); the others are
/// abbreviated from the last up, then left out where they still do not fit.
fn choose<'a>(hints: &[Hint<'a>], width: u16, ascii: bool) -> Vec<(Cow<'static, str>, &'a str, usize)> {
    // "key word" plus " · " before it; the first item has one leading space instead.
    let cost = |(k, w, _): &(Cow<'static, str>, &'a str, usize)| text::width(k) + text::width(w) + 4;
    let total = |hints: &[(Cow<'static, str>, &'a str, usize)]| hints.iter().map(cost).sum::<usize>();
    let width = usize::from(width) + 2;
    let words = |must: bool, short: bool| -> Vec<_> {
        let chosen = hints.iter().enumerate().filter(|(_, h)| h.must == must);
        chosen.map(|(i, h)| (key_label(h.key, ascii), if short { h.short } else { h.word }, i)).collect()
    };
    let (full_must, short_must) = (words(true, false), words(true, true));
    let first_other = words(false, true).into_iter().next().map_or(0, |h| cost(&h));
    let mut must = if total(&full_must) + first_other <= width || total(&short_must) + first_other > width {
        if total(&full_must) <= width { full_must } else { short_must }
    } else {
        short_must
    };
    // Too narrow even for the short words: the last ones are left out
    // whole rather than cut off at the edge.
    while total(&must) > width && must.len() > 1 {
        must.pop();
    }
    let room = width.saturating_sub(total(&must));
    let mut rest = words(false, false);
    for i in (0..rest.len()).rev() {
        if total(&rest) <= room {
            break;
        }
        rest[i].1 = hints[rest[i].2].short;
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
    chosen
}

/// " Space pause · Esc stop " for a frame's bottom edge: as many of `keys`
/// (hints the footer had no room for) as fit in a frame `width` wide.
pub fn edge_line(keys: &[Hint<'_>], width: u16, theme: Theme) -> Option<Line<'static>> {
    // The two corners, a cell of edge beside each, the leading space; the
    // first hint brings the trailing space, each other its separator.
    let mut left = usize::from(width).saturating_sub(5);
    let mut fitting = Vec::new();
    for hint in keys {
        let key = key_label(hint.key, theme.ascii);
        let cost = text::width(&key) + 1 + text::width(hint.word) + if fitting.is_empty() { 1 } else { 3 };
        if cost > left {
            break;
        }
        left -= cost;
        fitting.push((key, hint.word));
    }
    (!fitting.is_empty()).then(|| {
        let mut spans = vec![Span::raw(" ")];
        spans.extend(hint_spans(fitting, theme.dim, theme));
        spans.push(Span::raw(" "));
        Line::from(spans)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edge_line_takes_a_hint_only_where_all_of_it_fits() {
        let hint = Hint { key: "Space", word: "pause", short: "pause", must: false, local: true };
        // Corners, an edge cell each side and the spaces round "Space pause": 17 columns.
        let line = edge_line(&[hint], 17, Theme::MONO).map(|l| l.to_string());
        assert_eq!(line.as_deref(), Some(" Space pause "));
        assert!(edge_line(&[hint], 16, Theme::MONO).is_none());
    }

    /// The words `choose` picks, as "key word" items.
    fn chosen(hints: &[Hint<'_>], width: u16) -> Vec<String> {
        choose(hints, width, false).into_iter().map(|(k, w, _)| format!("{k} {w}")).collect()
    }

    const QUIT: Hint = Hint { key: "q", word: "quit the app", short: "quit", must: true, local: false };
    const HELP: Hint = Hint { key: "?", word: "help", short: "help", must: false, local: false };

    #[test]
    fn a_must_keeps_its_full_word_when_the_other_hints_would_not_fit_beside_it_anyway() {
        // Each item costs its key and word and 4 columns; the width gains 2.
        // "q quit the app" (17) fits 15 + 2 but not with "? help" (9), nor
        // does "q quit" (9) with it: the full word stays, alone.
        assert_eq!(chosen(&[QUIT, HELP], 15), ["q quit the app"]);
        // Where "q quit" and "? help" fit together, the must is shortened for it.
        assert_eq!(chosen(&[QUIT, HELP], 16), ["? help", "q quit"]);
        assert_eq!(chosen(&[QUIT, HELP], 24), ["? help", "q quit the app"]);
    }

    #[test]
    fn musts_that_fit_exactly_are_all_kept_and_the_last_ones_left_out_when_not() {
        let stop = Hint { key: "Esc", word: "stop", short: "stop", must: true, local: true };
        // "q quit" 9 and "Esc stop" 11: 20 columns, 18 + 2.
        assert_eq!(chosen(&[QUIT, stop], 18), ["q quit", "Esc stop"]);
        assert_eq!(chosen(&[QUIT, stop], 17), ["q quit"]);
        assert_eq!(chosen(&[QUIT, stop], 40), ["q quit the app", "Esc stop"]);
    }
}
