//! Laying out a hydration plan: each amount in ounces with its metric
//! equivalent, then the caution and sources.

use super::BodyWeight;
use super::blocks::{Block, Item, push_sources};
use crate::guide::hydration::{ML_PER_OZ, litres, ml};
use crate::guide::model::{Amount, HydrationPlan, Quantity};
use crate::guide::ui_text::UiText;
use crate::guide::weight::{WeightUnit, rate_text_in, weight_text};
use crate::text::figures::Numbers;

pub(super) fn hydration_blocks(
    out: &mut Vec<Block>,
    plan: &HydrationPlan,
    weight: Option<BodyWeight>,
    ui: &UiText,
    numbers: Numbers,
) {
    let items = match weight {
        None => plan.amounts.iter().map(|a| amount_item(plan, a, plan.default_weight_lb, ui, numbers)).collect(),
        Some(weight) => {
            let metric = weight.unit == WeightUnit::Kg;
            if let Some(outside) = plan.outside_text(weight.lb, weight.unit, &ui.water) {
                out.push(Block::Para(outside));
            }
            match plan.figures_for(weight.lb) {
                Some(lb) => {
                    out.push(Block::Para(ui.print.for_weight.fill(&[("weight", &weight_text(lb, weight.unit))])));
                    plan.amounts.iter().map(|a| weighed_item(plan, a, lb, metric, ui, numbers)).collect()
                }
                None => Vec::new(),
            }
        }
    };
    if !items.is_empty() {
        out.push(Block::List { items, loose: false });
    }
    out.push(Block::Para(ui.print.caution.fill(&[("caution", &plan.caution.trim())])));
    push_sources(out, &plan.sources, &ui.print);
}

/// "On waking (before coffee or breakfast): 8–16 oz (≈ 240–470 ml)".
fn amount_item(plan: &HydrationPlan, amount: &Amount, example_lb: f64, ui: &UiText, numbers: Numbers) -> Item {
    let number_text = |x| numbers.number(x);
    let litres_text = |oz| numbers.one_decimal(litres(oz));
    let ml_text = |oz| numbers.number(ml(oz));
    let figure = match amount.quantity {
        Quantity::PerPound { oz_per_lb } => {
            let (oz, _) = plan.ounces(amount.quantity, example_lb);
            ui.print.per_weight.fill(&[
                ("rate", &number_text(oz_per_lb)),
                ("most", &number_text(plan.max_oz_per_day)),
                ("most_litres", &litres_text(plan.max_oz_per_day)),
                ("example", &number_text(example_lb)),
                ("oz", &number_text(oz.round())),
                ("litres", &litres_text(oz)),
            ])
        }
        Quantity::Fixed { min_oz, max_oz } => {
            if max_oz > min_oz {
                let metric = if max_oz * ML_PER_OZ >= 995.0 {
                    format!("{}–{} l", litres_text(min_oz), litres_text(max_oz))
                } else {
                    format!("{}–{} ml", ml_text(min_oz), ml_text(max_oz))
                };
                format!("{}–{} oz (≈ {metric})", number_text(min_oz), number_text(max_oz))
            } else if min_oz * ML_PER_OZ >= 995.0 {
                format!("{} oz (≈ {} l)", number_text(min_oz), litres_text(min_oz))
            } else {
                format!("{} oz (≈ {} ml)", number_text(min_oz), ml_text(min_oz))
            }
        }
    };
    labelled(amount, figure)
}

/// "Through the day (sipped across the day): 2,280 ml (2.3 l) ≈ 77 oz",
/// an amount worked out for `lb`, metric first when `metric`.
fn weighed_item(plan: &HydrationPlan, amount: &Amount, lb: f64, metric: bool, ui: &UiText, numbers: Numbers) -> Item {
    let mut figure = numbers.water(plan.ounces(amount.quantity, lb), ml, metric);
    let capped = plan.is_capped(amount.quantity, lb);
    if let Quantity::PerPound { oz_per_lb } = amount.quantity {
        figure = format!("{figure}; {}", rate_text_in(plan, (oz_per_lb, metric, capped), &ui.water, numbers.decimal));
    }
    labelled(amount, figure)
}

/// "Label (when): figure", with the amount's note under it.
fn labelled(amount: &Amount, figure: String) -> Item {
    let when = amount.when.trim();
    let text = if when.is_empty() {
        format!("{}: {figure}", amount.label)
    } else {
        format!("{} ({when}): {figure}", amount.label)
    };
    Item { notes: amount.note.iter().cloned().collect(), ..Item::bullet(text) }
}
