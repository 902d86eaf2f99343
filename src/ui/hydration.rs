//! Draws the water plan: the person's weight and the guide's amounts worked
//! out for it, in ounces and millilitres.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::frame::framed;
use crate::app::HydrationState;
use crate::app::hydration::Unit;
use crate::guide::model::{HydrationPlan, Quantity, Tab};
use crate::text;
use crate::theme::Theme;
use crate::view::hydration::amount_text;
use crate::view::lines::sources_lines;
use crate::view::pane::text_area;

pub fn render(tab: &Tab, plan: &HydrationPlan, state: &HydrationState, theme: Theme, area: Rect, buf: &mut Buffer) {
    let block = framed(Line::styled(format!(" {} ", tab.title), theme.title), theme, true);
    block.render(area, buf);
    let inner = text_area(area);
    let w = usize::from(inner.width);
    let full = lines(tab, plan, state, theme, w, true);
    let out = if full.len() > usize::from(inner.height) {
        // Short of room: the intro and the spacing go first.
        lines(tab, plan, state, theme, w, false)
    } else {
        full
    };
    Paragraph::new(out).render(inner, buf);
}

fn lines(
    tab: &Tab,
    plan: &HydrationPlan,
    state: &HydrationState,
    theme: Theme,
    w: usize,
    roomy: bool,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some(intro) = tab.intro.as_ref().filter(|_| roomy) {
        for l in text::wrap(intro, w) {
            out.push(Line::styled(l, theme.dim));
        }
        out.push(Line::default());
    }
    let other = match state.unit {
        Unit::Lb => "kg",
        Unit::Kg => "lb",
    };
    out.push(Line::from(vec![
        Span::raw("Body weight: "),
        Span::styled(format!(" {} ", state.weight_text()), theme.selected),
        Span::raw("  "),
        Span::styled("+ -", theme.key),
        Span::raw(" change · "),
        Span::styled("u", theme.key),
        Span::raw(format!(" show in {other}")),
    ]));
    out.push(Line::default());
    let label_w = plan.amounts.iter().map(|a| text::width(&a.label)).max().unwrap_or(0).min(w / 3);
    for amount in &plan.amounts {
        let mut figure = amount_text(plan.ounces(amount.quantity, state.weight_lb));
        if plan.is_capped(amount.quantity, state.weight_lb) {
            figure.push_str(" (daily ceiling)");
        }
        let label = text::truncate(&amount.label, label_w, theme.symbols.ellipsis);
        let pad = " ".repeat(label_w.saturating_sub(text::width(&label)));
        out.push(Line::from(vec![
            Span::styled(format!("{label}{pad}  "), theme.heading),
            Span::styled(figure, theme.title),
        ]));
        let mut detail = amount.when.clone();
        if let Quantity::PerPound { oz_per_lb } = amount.quantity {
            detail =
                format!("{detail} (about {oz_per_lb} oz per lb of body weight, at most {:.0} oz)", plan.max_oz_per_day);
        }
        if let Some(note) = &amount.note {
            detail = format!("{detail}. {note}");
        }
        for l in text::wrap(&detail, w.saturating_sub(label_w + 2)) {
            out.push(Line::raw(format!("{}  {l}", " ".repeat(label_w))));
        }
        if roomy {
            out.push(Line::default());
        }
    }
    for (lead, l) in text::hanging(&plan.caution, w, "Caution: ") {
        out.push(Line::from(vec![Span::styled(lead, theme.warning), Span::raw(l)]));
    }
    sources_lines(&plan.sources, w, theme, &mut out);
    out
}
