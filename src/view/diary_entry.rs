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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::time::Duration;

    use chrono::{FixedOffset, TimeZone};
    use ratatui::style::Style;

    use super::*;
    use crate::diary::NewCramp;
    use crate::guide::ui_text::UiText;

    fn shown(note: &str, body: Rect) -> Pane {
        let started = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, 20, 3, 0, 0).unwrap();
        let entry =
            NewCramp { started, duration: Duration::from_secs(90), details: BTreeMap::new(), note: Some(note.into()) };
        let ui = UiText::english();
        view(&Cramp { id: 1, entry }, None, (&ui.diary, &Locale::default()), body, Theme::MONO).1
    }

    /// Each detail's label is dim on its first row only; the rows its value
    /// wraps onto lead with plain spaces, and every value is plain text.
    #[test]
    fn a_label_is_dim_on_its_first_row_and_a_wrapped_values_rows_are_plain() {
        let theme = Theme::COLOR;
        assert_ne!(theme.dim, theme.text, "the test needs the two styles apart");
        let started = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, 20, 3, 0, 0).unwrap();
        let entry = NewCramp { started, duration: Duration::from_secs(90), details: BTreeMap::new(), note: None };
        let ui = UiText::english();
        // Narrow enough that the full date wraps onto a second row.
        let pane =
            view(&Cramp { id: 1, entry }, None, (&ui.diary, &Locale::default()), Rect::new(0, 0, 24, 30), theme).1;
        let leads: Vec<(String, Style)> =
            pane.lines.iter().map(|l| (l.spans[0].content.to_string(), l.spans[0].style)).collect();
        assert!(leads.len() > 2, "the date wraps: {leads:?}");
        for (k, (lead, style)) in leads.iter().enumerate() {
            let first = !lead.trim().is_empty();
            assert_eq!(*style, if first { theme.dim } else { theme.text }, "row {k}: {leads:?}");
        }
        assert_eq!(leads.iter().filter(|(lead, _)| lead.trim().is_empty()).count(), leads.len() - 2, "{leads:?}");
        assert!(pane.lines.iter().all(|l| l.spans[1].style == theme.text));
    }

    #[test]
    fn a_short_cramp_is_as_tall_as_its_lines_and_a_long_one_takes_the_body() {
        let short = shown("calf", Rect::new(0, 0, 80, 30));
        assert_eq!(short.area.height, short.lines.len() as u16 + 2, "just tall enough");
        assert!(short.area.height < 30);
        let long = shown(&"woke at three and walked it off ".repeat(40), Rect::new(0, 0, 80, 20));
        assert_eq!(long.area.height, 20, "all of the body, no sliver of the list");
    }

    #[test]
    fn a_cramp_two_rows_short_of_the_body_takes_all_of_it_and_three_short_does_not() {
        let framed = shown("calf", Rect::new(0, 0, 80, 40)).area.height;
        let at = |rows: u16| shown("calf", Rect::new(0, 0, 80, rows)).area.height;
        assert_eq!(at(framed + 2), framed + 2, "two rows left over: the whole body");
        assert_eq!(at(framed + 3), framed, "three rows left over: just tall enough");
    }

    /// The labels take a column as wide as the widest of them, but at most
    /// a third of the text's width (cut with an ellipsis beyond that), so a
    /// narrow window keeps room for the values beside them.
    #[test]
    fn the_labels_take_at_most_a_third_of_the_width() {
        let ui = UiText::english();
        let widest = [ui.diary.when.get(), ui.diary.lasted.get()].iter().map(|l| text::width(l)).max().unwrap();
        for width in 10..=80u16 {
            let pane = shown("calf", Rect::new(0, 0, width, 30));
            let w = crate::view::pane::text_width(Rect { width: width.min(MAX_WIDTH), ..pane.area });
            let lead = pane.lines[0].spans[0].content.to_string();
            assert_eq!(text::width(&lead), widest.min(w / 3) + 2, "{width} columns: {lead:?}");
        }
    }
}
