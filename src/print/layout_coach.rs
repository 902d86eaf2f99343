//! Laying out a coach routine: its cautions, numbered steps and total length.

use super::blocks::{Block, Item, bullets, heading, push_sources};
use crate::guide::model::{PhaseKind, Routine, Step, StepKind};
use crate::guide::ui_text::groups;
use crate::text::figures::Numbers;

pub(super) fn routine_blocks(out: &mut Vec<Block>, routine: &Routine, ui: &groups::print, numbers: Numbers) {
    let length_text = |d| numbers.length(d);
    out.push(heading(3, &routine.title));
    out.push(Block::Lead(routine.description.clone()));
    if !routine.cautions.is_empty() {
        out.push(Block::Label(ui.cautions.get().to_string()));
        out.push(bullets(&routine.cautions));
    }
    if let Some(lead_in) = routine.lead_in {
        out.push(Block::Para(ui.get_ready.fill(&[("length", &length_text(lead_in))])));
    }
    out.push(Block::Label(ui.steps.get().to_string()));
    out.push(Block::List {
        items: routine
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| Item { number: Some(i + 1), ..step_item(s, ui, numbers) })
            .collect(),
        loose: false,
    });
    let length = length_text(routine.length());
    let total = match routine.lead_in.filter(|d| !d.is_zero()) {
        Some(lead_in) => ui.total_length_lead_in.fill(&[("length", &length), ("lead_in", &length_text(lead_in))]),
        None => ui.total_length.fill(&[("length", &length)]),
    };
    out.push(Block::Para(total));
    push_sources(out, &routine.sources, ui);
}

/// "Calf stretch — 30 s, 2 times, 1:00 in all", with what to do under it.
fn step_item(step: &Step, ui: &groups::print, numbers: Numbers) -> Item {
    let length_text = |d| numbers.length(d);
    let total = step.length();
    let in_all = ui.in_all.fill(&[("length", &length_text(total))]);
    match &step.kind {
        StepKind::Hold { say, seconds, sides, switch, repeat } => {
            let mut parts = Vec::new();
            if sides.is_empty() {
                parts.push(length_text(*seconds));
            } else {
                parts.push(ui.per_side.fill(&[("length", &length_text(*seconds)), ("sides", &sides.join(", "))]));
                if !switch.is_zero() {
                    parts.push(ui.to_switch.fill(&[("length", &length_text(*switch))]));
                }
            }
            if *repeat > 1 {
                parts.push(ui.times.count(*repeat as usize, &[]));
            }
            if total != *seconds {
                parts.push(in_all);
            }
            Item { notes: vec![say.clone()], ..Item::bullet(format!("{} — {}", step.title, parts.join(", "))) }
        }
        StepKind::Breathe { phases, cycles } => Item {
            sub: phases
                .iter()
                .map(|p| {
                    let say = if p.say.trim().is_empty() { phase_name(p.kind, ui) } else { &p.say };
                    format!("{say} — {}", length_text(p.seconds))
                })
                .collect(),
            ..Item::bullet(format!("{} — {}, {in_all}", step.title, ui.cycles.count(*cycles as usize, &[])))
        },
    }
}

/// A breathing phase with no words of its own, named by its kind.
fn phase_name(kind: PhaseKind, ui: &groups::print) -> &str {
    match kind {
        PhaseKind::Inhale => ui.phase_inhale.get(),
        PhaseKind::Hold => ui.phase_hold.get(),
        PhaseKind::Exhale => ui.phase_exhale.get(),
        PhaseKind::Rest => ui.phase_rest.get(),
    }
}
