//! The help overlay: every key, grouped by where it applies, with the
//! guide's disclaimer on top. The keys come in as data (from the key
//! table), so help can never disagree with what the keys do.

use ratatui::layout::{Constraint, Rect, Size};
use ratatui::text::{Line, Span};

use super::pane::{Pane, text_width};
use crate::text;
use crate::theme::Theme;

/// The keys of one scope, for help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyGroup {
    pub heading: &'static str,
    /// (keys as written, what they do)
    pub keys: Vec<(&'static str, &'static str)>,
    /// A line after the keys, if any.
    pub note: Option<&'static str>,
}

/// Where help is drawn on a screen of `size`.
pub fn frame(size: Size) -> Rect {
    Rect::new(0, 0, size.width, size.height).centered(Constraint::Max(76), Constraint::Percentage(90))
}

/// The help pane on a screen of `size`.
pub fn pane(disclaimer: &str, groups: &[KeyGroup], size: Size, theme: Theme) -> Pane {
    let area = frame(size);
    Pane { area, lines: lines(disclaimer, groups, text_width(area), theme) }
}

fn lines(disclaimer: &str, groups: &[KeyGroup], width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for l in text::wrap(disclaimer, width) {
        out.push(Line::styled(l, theme.warning));
    }
    let label = |l: &'static str| super::footer::key_label(l, theme.ascii);
    let label_w = groups.iter().flat_map(|g| &g.keys).map(|(l, _)| text::width(&label(l))).max().unwrap_or(0);
    for group in groups {
        out.push(Line::default());
        out.push(Line::styled(group.heading, theme.heading));
        for (l, help) in &group.keys {
            let label = label(l);
            let pad = " ".repeat(label_w - text::width(&label));
            let help = text::truncate(help, width.saturating_sub(label_w + 3), theme.symbols.ellipsis);
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{label}{pad}"), theme.key),
                Span::raw(format!(" {help}")),
            ]));
        }
        if let Some(note) = group.note {
            out.push(Line::raw(format!("  {:label_w$} {note}", "")));
        }
    }
    out
}
