//! The footer: key hints for what is on screen, as many as fit, always
//! ending with the key for help.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::app::keys::{self, Action, Binding};
use crate::text;

/// The footer's hints, in order: (key label, word).
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    app.scopes()
        .into_iter()
        .flat_map(keys::in_scope)
        .filter(|b| app.allows(b))
        .filter_map(|b: &Binding| b.hint.map(|h| (short_label(b), h)))
        .collect()
}

/// The first key of a binding's label, enough for the footer.
fn short_label(b: &Binding) -> &'static str {
    match b.action {
        Action::NextTab => "Tab",
        _ => b.label.split(' ').next().unwrap_or(b.label),
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let all = hints(app);
    let (must, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|(_, h)| *h == "help" || *h == "close");
    // "key word" plus " · " before it; the first item has one leading space instead.
    let cost = |(k, h): &(&'static str, &str)| text::width(k) + text::width(h) + 4;
    let mut room = (usize::from(area.width) + 2).saturating_sub(must.iter().map(cost).sum());
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
    if let Some(status) = &app.status {
        let status = text::truncate(status, usize::from(area.width).saturating_sub(1), theme.symbols.ellipsis);
        Line::from(vec![Span::raw(" "), Span::styled(status, theme.calm)]).render(area, buf);
        return;
    }
    let mut spans = vec![Span::raw(" ")];
    for (i, (key, word)) in chosen.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(format!(" {} ", theme.symbols.separator), theme.dim));
        }
        spans.push(Span::styled(*key, theme.key));
        spans.push(Span::raw(format!(" {word}")));
    }
    Line::from(spans).render(area, buf);
}
