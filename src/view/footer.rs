//! The footer: key hints for what is on screen, as many as fit, always
//! ending with the key for help; or a one-line note in their place.

use ratatui::text::{Line, Span};

use crate::text;
use crate::theme::Theme;

/// The footer for `hints` (key label, word) in order, `width` columns wide;
/// a `status` note takes the whole line.
pub fn line(all: Vec<(&'static str, &'static str)>, status: Option<&str>, width: u16, theme: Theme) -> Line<'static> {
    let (must, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|(_, h)| *h == "help" || *h == "close");
    // "key word" plus " · " before it; the first item has one leading space instead.
    let cost = |(k, h): &(&'static str, &str)| text::width(k) + text::width(h) + 4;
    let mut room = (usize::from(width) + 2).saturating_sub(must.iter().map(cost).sum());
    let mut chosen = Vec::new();
    for hint in rest {
        if cost(&hint) <= room {
            room -= cost(&hint);
            chosen.push(hint);
        } else {
            break;
        }
    }
    chosen.extend(must);
    if let Some(status) = status {
        let status = text::truncate(status, usize::from(width).saturating_sub(1), theme.symbols.ellipsis);
        return Line::from(vec![Span::raw(" "), Span::styled(status, theme.calm)]);
    }
    let mut spans = vec![Span::raw(" ")];
    for (i, (key, word)) in chosen.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(format!(" {} ", theme.symbols.separator), theme.dim));
        }
        spans.push(Span::styled(*key, theme.key));
        spans.push(Span::raw(format!(" {word}")));
    }
    Line::from(spans)
}
