//! The water plan: the person's weight and the guide's amounts worked out
//! for it, in ounces and millilitres.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::lines::{keyed, sources_lines, typed, wrap_line};
use super::pane::{Pane, inner, text_width};
use crate::guide::hydration::ml;
use crate::guide::model::{HydrationPlan, Quantity, Tab};
use crate::guide::ui_text::{Text, groups};
use crate::guide::weight::{WeightError, WeightUnit, rate_text_in};
use crate::text;
use crate::text::figures::Numbers;
use crate::text::line_input::LineInput;
use crate::theme::Theme;

/// The body weight the plan is worked out for.
#[derive(Debug, Clone, PartialEq)]
pub struct Weight {
    pub lb: f64,
    /// The unit it is shown in; in kilograms figures lead with millilitres
    /// and litres.
    pub unit: WeightUnit,
    /// As shown: "160 lb", "73 kg", "11 st 4 lb".
    pub text: String,
    /// The unit `u` switches to.
    pub other_unit: &'static str,
    /// The weight being typed, while the field is open.
    pub editing: Option<LineInput>,
    /// Why what was typed could not be read.
    pub field_error: Option<WeightError>,
}

/// How the screen is said: its texts, and the keys it names (from the key
/// table).
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub ui: &'a groups::water,
    /// How the guide's language writes numbers.
    pub numbers: Numbers<'a>,
    /// Opens the weight field.
    pub type_weight: &'a str,
    /// One step more and less.
    pub up: &'a str,
    pub down: &'a str,
    /// Switches the unit.
    pub unit: &'a str,
    /// Use and cancel the weight typed.
    pub confirm: &'a str,
    pub cancel: &'a str,
    /// The words of the sources' list.
    pub sources: &'a groups::topics,
}

/// What the water plan shows.
#[derive(Debug, Clone, PartialEq)]
pub struct HydrationScreen {
    pub title: String,
    /// The frame and all of its text: it scrolls when it does not fit, so
    /// the caution is never dropped.
    pub pane: Pane,
}

/// The plan of `tab` for `weight` in `body`. Short of room, the intro and
/// the spacing go first; what still does not fit scrolls.
pub fn screen(
    tab: &Tab,
    plan: &HydrationPlan,
    weight: &Weight,
    words: Words,
    body: Rect,
    theme: Theme,
) -> HydrationScreen {
    let w = text_width(body);
    let full = lines(tab, plan, weight, words, theme, w, true);
    let page = usize::from(inner(body).height);
    let lines = if full.len() > page { lines(tab, plan, weight, words, theme, w, false) } else { full };
    HydrationScreen { title: format!(" {} ", tab.title), pane: Pane { area: body, lines } }
}

fn lines(
    tab: &Tab,
    plan: &HydrationPlan,
    weight: &Weight,
    words: Words,
    theme: Theme,
    w: usize,
    roomy: bool,
) -> Vec<Line<'static>> {
    let ui = words.ui;
    let mut out = Vec::new();
    if let Some(intro) = tab.intro.as_ref().filter(|_| roomy) {
        for l in text::wrap(intro, w) {
            out.push(Line::styled(l, theme.dim));
        }
        out.push(Line::default());
    }
    match &weight.editing {
        Some(field) => {
            // The unit shown after the field, unless the person is typing one.
            let unit = match weight.text.rsplit(' ').next() {
                Some(unit) if !field.contains(|c: char| c.is_ascii_alphabetic()) => format!(" {unit}"),
                _ => String::new(),
            };
            let label = format!("{} ", ui.weight_label.get());
            // What is typed scrolls within the room the line leaves it: the
            // label, the unit, a space either side and two before the keys.
            let room = w.saturating_sub(text::width(&label) + text::width(&unit) + 4);
            let mut spans = vec![Span::raw(label), Span::styled(" ", theme.selected)];
            spans.extend(typed(field, room, theme.selected, Some(theme.selected), theme));
            spans.extend([Span::styled(format!("{unit} "), theme.selected), Span::raw("  ")]);
            let line = Line::from(spans);
            let keys = [("confirm", words.confirm), ("cancel", words.cancel)];
            beside_or_under(line, keyed(&ui.field_keys, &keys, theme), w, &mut out);
            if let Some(why) = &weight.field_error {
                for (lead, l) in text::hanging(&why.say(ui), w, &format!("{} ", theme.symbols.marker)) {
                    out.push(Line::from(vec![Span::styled(lead, theme.warning), Span::styled(l, theme.warning)]));
                }
            }
        }
        None => {
            let line = Line::from(vec![
                Span::raw(format!("{} ", ui.weight_label.get())),
                Span::styled(format!(" {} ", weight.text), theme.selected),
                Span::raw("  "),
            ]);
            // The unit is a word of the text, not a key.
            let said = Text::Plain(ui.weight_keys.fill(&[("other_unit", &weight.other_unit)]));
            let change = format!("{} {}", words.up, words.down);
            let keys = [("type", words.type_weight), ("change", change.as_str()), ("unit", words.unit)];
            beside_or_under(line, keyed(&said, &keys, theme), w, &mut out);
        }
    }
    out.push(Line::default());
    let metric = weight.unit == WeightUnit::Kg;
    if let Some(outside) = plan.outside_text(weight.lb, weight.unit, ui) {
        for (lead, l) in text::hanging(&outside, w, &format!("{} ", theme.symbols.marker)) {
            out.push(Line::from(vec![Span::styled(lead, theme.warning), Span::styled(l, theme.title)]));
        }
        out.push(Line::default());
    }
    // Below the plan's range no figure is shown at all.
    let figures_lb = plan.figures_for(weight.lb);
    // Labels in a column beside their figures when the longest fits a third
    // of the width; else each label on a line of its own, above its figure
    // and text, indented. Nothing is cut either way.
    let widest = plan.amounts.iter().map(|a| text::width(&a.label)).max().unwrap_or(0);
    let stacked = widest > w / 3;
    let (label_w, indent) = if stacked { (0, 2) } else { (widest, widest + 2) };
    let column = w.saturating_sub(indent).max(1);
    for amount in plan.amounts.iter().filter(|_| figures_lb.is_some()) {
        let lb = figures_lb.unwrap_or(weight.lb);
        let ounces = plan.ounces(amount.quantity, lb);
        let mut figure = words.numbers.water(ounces, ml, metric);
        let capped = plan.is_capped(amount.quantity, lb);
        if capped {
            figure = ui.figure_capped.fill(&[("figure", &figure)]);
        }
        if stacked {
            out.extend(text::wrap(&amount.label, w).into_iter().map(|l| Line::styled(l, theme.heading)));
        }
        for (i, l) in text::wrap(&figure, column).into_iter().enumerate() {
            let lead = if i == 0 && !stacked {
                let pad = " ".repeat(label_w.saturating_sub(text::width(&amount.label)));
                Span::styled(format!("{}{pad}  ", amount.label), theme.heading)
            } else {
                Span::raw(" ".repeat(indent))
            };
            out.push(Line::from(vec![lead, Span::styled(l, theme.title)]));
        }
        let mut detail = amount.when.clone();
        if let Quantity::PerPound { oz_per_lb } = amount.quantity {
            detail =
                format!("{detail} ({})", rate_text_in(plan, (oz_per_lb, metric, capped), ui, words.numbers.decimal));
        }
        if let Some(note) = &amount.note {
            detail = format!("{detail}. {note}");
        }
        for l in text::wrap(&detail, column) {
            out.push(Line::raw(format!("{}{l}", " ".repeat(indent))));
        }
        if roomy {
            out.push(Line::default());
        }
    }
    for (lead, l) in text::hanging(&plan.caution, w, &format!("{} ", ui.caution.get())) {
        out.push(Line::from(vec![Span::styled(lead, theme.warning), Span::raw(l)]));
    }
    sources_lines(&plan.sources, words.sources, w, theme, &mut out);
    out
}

/// The weight's line with its keys after it where they fit in `width`,
/// else the keys wrapped on the lines under it.
fn beside_or_under(mut line: Line<'static>, keys: Line<'static>, width: usize, out: &mut Vec<Line<'static>>) {
    if line.width() + keys.width() <= width {
        line.spans.extend(keys.spans);
        out.push(line);
    } else {
        out.push(line);
        out.extend(wrap_line(keys, width));
    }
}
