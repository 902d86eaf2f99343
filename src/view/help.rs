//! The help overlay: every key, grouped by where it applies, with the
//! guide's disclaimer on top. The keys come in as data (from the key
//! table), so help can never disagree with what the keys do.

use ratatui::layout::{Rect, Size};
use ratatui::text::{Line, Span};

use super::pane::{Pane, text_width};
use crate::text;
use crate::theme::Theme;

/// The keys of one scope, for help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyGroup<'a> {
    pub heading: &'a str,
    /// (keys as written, what they do)
    pub keys: Vec<(&'static str, &'a str)>,
    /// A line after the keys, if any.
    pub note: Option<&'a str>,
}

/// Help is at most this wide, so its lines stay easy to read.
const MAX_WIDTH: u16 = 116;

/// Where help is drawn on a screen of `size`: as wide as the screen less a
/// margin each side (the whole width when narrow), up to [`MAX_WIDTH`].
pub fn frame(size: Size) -> Rect {
    let width = if size.width >= 60 { (size.width - 4).min(MAX_WIDTH) } else { size.width };
    super::cut::centred_share(Rect::new(0, 0, size.width, size.height), width, 90)
}

/// The help pane on a screen of `size`.
pub fn pane(disclaimer: &str, groups: &[KeyGroup<'_>], size: Size, theme: Theme) -> Pane {
    let area = frame(size);
    Pane { area, lines: lines(disclaimer, groups, text_width(area), theme) }
}

fn lines(disclaimer: &str, groups: &[KeyGroup<'_>], width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for l in text::wrap(disclaimer, width) {
        out.push(Line::styled(l, theme.warning));
    }
    let label = |l: &'static str| super::footer::key_label(l, theme.ascii);
    let label_w = groups.iter().flat_map(|g| &g.keys).map(|(l, _)| text::width(&label(l))).max().unwrap_or(0);
    // "  key  text": the text column, and the room left for the text.
    let column = label_w + 3;
    let room = width.saturating_sub(column);
    let under = " ".repeat(column);
    for group in groups {
        out.push(Line::default());
        out.extend(text::wrap(group.heading, width).into_iter().map(|l| Line::styled(l, theme.heading)));
        for (l, help) in &group.keys {
            let label = label(l);
            let pad = " ".repeat(label_w - text::width(&label) + 1);
            for (k, line) in text::wrap(help, room).into_iter().enumerate() {
                out.push(match k {
                    0 => Line::from(vec![
                        Span::raw("  "),
                        Span::styled(format!("{label}{pad}"), theme.key),
                        Span::raw(line),
                    ]),
                    _ => Line::raw(format!("{under}{line}")),
                });
            }
        }
        if let Some(note) = group.note {
            out.extend(text::wrap(note, room).into_iter().map(|line| Line::raw(format!("{under}{line}"))));
        }
    }
    out
}
