//! One cramp of the diary in full, over the list: when it began, how long
//! it lasted, every detail recorded and the whole note, wrapped. It scrolls
//! where it is taller than the screen.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::pane::{Pane, text_width};
use crate::diary::Cramp;
use crate::guide::locale::Locale;
use crate::guide::model::{DetailKind, DiaryConfig};
use crate::guide::ui_text::groups;
use crate::text;
use crate::text::figures::elapsed_text;
use crate::theme::Theme;

/// The view is at most this wide.
const MAX_WIDTH: u16 = 72;

/// The title and pane of `cramp` in full, over `body`.
pub fn view(
    cramp: &Cramp,
    config: Option<&DiaryConfig>,
    (words, locale): (&groups::diary, &Locale),
    body: Rect,
    theme: Theme,
) -> (String, Pane) {
    let c = &cramp.entry;
    let mut rows = vec![
        (words.when.get().to_string(), super::diary::full_date(locale, &c.started)),
        (words.lasted.get().to_string(), elapsed_text(c.duration)),
    ];
    for field in config.map_or(&[][..], |c| &c.fields[..]) {
        let Some(value) = c.details.get(&field.key) else { continue };
        let shown = match &field.kind {
            DetailKind::Scale { max, .. } => format!("{value}/{max}"),
            DetailKind::Choice(_) => field.value_label(value).to_string(),
        };
        rows.push((field.label.clone(), shown));
    }
    let width = body.width.min(MAX_WIDTH);
    let w = text_width(Rect { width, ..body });
    let label_w = rows.iter().map(|(l, _)| text::width(l)).max().unwrap_or(0).min(w / 3);
    let mut lines = Vec::new();
    for (label, value) in &rows {
        let label = text::truncate(label, label_w, theme.symbols.ellipsis);
        let lead = format!("{label}{}  ", " ".repeat(label_w - text::width(&label)));
        for (k, (lead, l)) in text::hanging(value, w, &lead).into_iter().enumerate() {
            let style = if k == 0 { theme.dim } else { theme.text };
            lines.push(Line::from(vec![Span::styled(lead, style), Span::styled(l, theme.text)]));
        }
    }
    if let Some(note) = &c.note {
        lines.push(Line::default());
        lines.push(Line::styled(words.note.get().to_string(), theme.heading));
        lines.extend(text::wrap(note, w).into_iter().map(|l| Line::styled(l, theme.text)));
    }
    // Nearly as tall as the body: all of it, so no sliver of the list shows.
    let height = (lines.len() as u16).saturating_add(2);
    let height = if height + 2 >= body.height { body.height } else { height };
    let area = super::cut::centred(body, width, height);
    let date = format!("{} {}", super::diary::day_month(locale, &c.started), c.started.format("%H:%M"));
    let title = format!(" {} ", words.entry_title.fill(&[("date", &date)]));
    (title, Pane { area, lines })
}
