//! Draws the Diary tab, its add/edit form and the quick details.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Clear, Paragraph, Sparkline, Widget};

use super::frame::{framed, padded, popup, scrolled};
use crate::theme::Theme;
use crate::view::diary::{Chart, DiaryScreen};
use crate::view::pane::PaneWords;
use crate::view::pane::text_area;
use crate::view::{Pane, Scroll};

pub fn render(screen: DiaryScreen, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    let (notice, notice_lines) = screen.notice;
    Paragraph::new(notice_lines).render(notice, buf);
    let list = framed(Line::styled(screen.list_title, theme.title), theme, true);
    let list = match screen.selected_cut {
        true => list.title_bottom(screen.cut_hint),
        false => list,
    };
    list.render(screen.list, buf);
    Paragraph::new(screen.list_lines).render(text_area(screen.list), buf);
    if let Some((area, lines, chart)) = screen.stats {
        framed(Line::styled(screen.stats_title, theme.title), theme, false).render(area, buf);
        Paragraph::new(lines).render(text_area(area), buf);
        render_chart(chart, theme, buf);
    }
}

fn render_chart(chart: Chart, theme: Theme, buf: &mut Buffer) {
    if chart.area.height == 0 || chart.area.width == 0 {
        return;
    }
    if chart.bar_width == 0 {
        Sparkline::default().data(chart.weekly).style(theme.accent).render(chart.area, buf);
        return;
    }
    let bars: Vec<Bar> = chart.weekly.iter().map(|&n| Bar::default().value(n).text_value(n.to_string())).collect();
    BarChart::default()
        .data(BarGroup::default().bars(&bars))
        .bar_width(chart.bar_width)
        .bar_gap(1)
        .bar_style(theme.accent)
        .value_style(theme.selected)
        .render(chart.area, buf);
}

/// One cramp in full, over the list: a scrolled pane in a popup frame.
pub fn render_entry(title: String, pane: Pane, scroll: Scroll, look: (Theme, &PaneWords), buf: &mut Buffer) {
    let theme = look.0;
    Clear.render(pane.area, buf);
    scrolled(framed(Line::styled(title, theme.title), theme, true), pane, scroll, look, buf);
}

/// A popup with a title and its lines (the form or the quick details).
pub fn render_popup(view: (Rect, String, Vec<Line<'static>>), theme: Theme, buf: &mut Buffer) {
    let (area, title, lines) = view;
    let inner = popup(area, title.trim(), theme, buf);
    Paragraph::new(lines).render(padded(inner), buf);
}
