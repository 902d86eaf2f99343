//! The help overlay: every key of the key table, grouped by where it
//! applies, with the guide's disclaimer on top.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::{framed, scrolled, text, text_area};
use crate::app::App;
use crate::app::keys::{KEYS, Scope};

/// Where help is drawn for a screen of `size`.
fn frame(size: Size) -> Rect {
    Rect::new(0, 0, size.width, size.height).centered(Constraint::Max(76), Constraint::Percentage(90))
}

/// Lines of text that fit inside the help frame.
pub fn page_height(size: Size) -> usize {
    usize::from(frame(size).height.saturating_sub(2))
}

/// The help text for an inner width.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut out = Vec::new();
    for l in text::wrap(&app.guide.disclaimer, width) {
        out.push(Line::styled(l, theme.warning));
    }
    let order = [
        Scope::Global,
        Scope::Topics,
        Scope::CoachList,
        Scope::CoachSession,
        Scope::Triage,
        Scope::Hydration,
        Scope::CrampNow,
        Scope::Search,
        Scope::Help,
        Scope::Confirm,
    ];
    let label_w = KEYS.iter().map(|b| text::width(b.label)).max().unwrap_or(0);
    for scope in order {
        out.push(Line::default());
        out.push(Line::styled(scope.heading(), theme.heading));
        for b in KEYS.iter().filter(|b| b.scope == scope) {
            let pad = " ".repeat(label_w - text::width(b.label));
            let help = text::truncate(b.help, width.saturating_sub(label_w + 3), theme.symbols.ellipsis);
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{}{pad}", b.label), theme.key),
                Span::raw(format!(" {help}")),
            ]));
        }
        if scope == Scope::Search {
            out.push(Line::raw(format!("  {:label_w$} type to search; pasted text goes in too", "")));
        }
    }
    out
}

/// How many lines the help has at this size, and how many show at once.
pub fn metrics(app: &App, size: Size) -> (usize, usize) {
    let width = usize::from(frame(size).width.saturating_sub(4));
    (lines(app, width).len(), page_height(size))
}

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let outer = frame(area.as_size());
    Clear.render(outer, buf);
    let block = framed(Line::styled(" Keys · Esc closes ", theme.title), theme, true);
    let width = usize::from(text_area(block.inner(outer)).width);
    scrolled(block, lines(app, width), scroll, theme, outer, buf);
}
