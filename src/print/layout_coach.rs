//! Laying out a coach routine: its cautions, numbered steps and total length.

use super::blocks::{Block, Item, bullets, heading, push_sources};
use crate::guide::model::{Routine, Step, StepKind};
use crate::text::figures::{count_text, length_text};

pub(super) fn routine_blocks(out: &mut Vec<Block>, routine: &Routine) {
    out.push(heading(3, &routine.title));
    out.push(Block::Lead(routine.description.clone()));
    if !routine.cautions.is_empty() {
        out.push(Block::Label("Cautions:".into()));
        out.push(bullets(&routine.cautions));
    }
    if let Some(lead_in) = routine.lead_in {
        out.push(Block::Para(format!("Get ready: {}.", length_text(lead_in))));
    }
    out.push(Block::Label("Steps:".into()));
    out.push(Block::List {
        items: routine.steps.iter().enumerate().map(|(i, s)| Item { number: Some(i + 1), ..step_item(s) }).collect(),
        loose: false,
    });
    let mut total = format!("Total length: {}", length_text(routine.length()));
    if let Some(lead_in) = routine.lead_in.filter(|d| !d.is_zero()) {
        total.push_str(&format!(", including {} to get ready", length_text(lead_in)));
    }
    total.push('.');
    out.push(Block::Para(total));
    push_sources(out, &routine.sources);
}

/// "Calf stretch — 30 s, 2 times, 1:00 in all", with what to do under it.
fn step_item(step: &Step) -> Item {
    let total = step.length();
    match &step.kind {
        StepKind::Hold { say, seconds, sides, switch, repeat } => {
            let mut parts = Vec::new();
            if sides.is_empty() {
                parts.push(length_text(*seconds));
            } else {
                parts.push(format!("{} per side ({})", length_text(*seconds), sides.join(", ")));
                if !switch.is_zero() {
                    parts.push(format!("{} to switch", length_text(*switch)));
                }
            }
            if *repeat > 1 {
                parts.push(format!("{repeat} times"));
            }
            if total != *seconds {
                parts.push(format!("{} in all", length_text(total)));
            }
            Item { notes: vec![say.clone()], ..Item::bullet(format!("{} — {}", step.title, parts.join(", "))) }
        }
        StepKind::Breathe { phases, cycles } => Item {
            sub: phases
                .iter()
                .map(|p| {
                    let say = if p.say.trim().is_empty() { p.kind.label() } else { &p.say };
                    format!("{say} — {}", length_text(p.seconds))
                })
                .collect(),
            ..Item::bullet(format!(
                "{} — {}, {} in all",
                step.title,
                count_text(u64::from(*cycles), "cycle"),
                length_text(total)
            ))
        },
    }
}
