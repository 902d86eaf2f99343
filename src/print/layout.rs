//! Laying the guide out as [`Block`]s: the guide, its tabs, topic entries,
//! triage levels and the cramp-now card. Routines and hydration plans have
//! their own files.

use super::BodyWeight;
use super::blocks::{Block, Item, heading, para, push_sources, source_items};
use super::layout_coach::routine_blocks;
use super::layout_hydration::hydration_blocks;
use crate::guide::Guide;
use crate::guide::markup::{Block as MarkupBlock, parse_blocks};
use crate::guide::model::{CrampNow, Entry, Tab, TabBody, Triage};
use crate::guide::ui_text::groups;
use crate::text::figures::{Numbers, whole_minutes};

pub(super) fn guide_blocks(guide: &Guide, only: Option<usize>, weight: Option<BodyWeight>) -> Vec<Block> {
    let mut out = vec![heading(1, &guide.title), para(&guide.disclaimer)];
    let tabs: Vec<usize> = match only {
        Some(t) => (t < guide.tabs.len()).then_some(t).into_iter().collect(),
        None => (0..guide.tabs.len()).collect(),
    };
    for &t in &tabs {
        let tab = &guide.tabs[t];
        tab_blocks(&mut out, guide, tab, weight);
        if only.is_some()
            && let (TabBody::Triage(triage), Some(now)) = (&tab.body, &guide.cramp_now)
        {
            cramp_now_blocks(&mut out, guide, Some(triage), now);
        }
    }
    if only.is_none()
        && let Some(now) = &guide.cramp_now
    {
        cramp_now_blocks(&mut out, guide, guide.triage().map(|(_, t)| t), now);
    }
    out.push(Block::Label(guide.ui.print.source_article.get().to_string()));
    out.push(Block::List { items: source_items(std::slice::from_ref(&guide.source)), loose: false });
    out
}

/// How the guide's language writes numbers (its `[locale]`).
pub(super) fn numbers(guide: &Guide) -> Numbers<'_> {
    Numbers { decimal: &guide.locale.decimal, thousands: &guide.locale.thousands }
}

fn tab_blocks(out: &mut Vec<Block>, guide: &Guide, tab: &Tab, weight: Option<BodyWeight>) {
    out.push(heading(2, &tab.title));
    if let Some(intro) = &tab.intro {
        out.push(para(intro));
    }
    let ui = &guide.ui.print;
    match &tab.body {
        TabBody::Topics(entries) => entries.iter().for_each(|e| entry_blocks(out, guide, tab, e)),
        TabBody::Coach(routines) => routines.iter().for_each(|r| routine_blocks(out, r, ui, numbers(guide))),
        TabBody::Triage(triage) => triage_blocks(out, triage, ui),
        TabBody::Hydration(plan) => hydration_blocks(out, plan, weight, &guide.ui, numbers(guide)),
    }
}

fn entry_blocks(out: &mut Vec<Block>, guide: &Guide, tab: &Tab, entry: &Entry) {
    out.push(heading(3, &entry.title));
    out.push(Block::Lead(entry.summary.clone()));
    body_blocks(out, &entry.body);
    let ui = &guide.ui.print;
    let related: Vec<String> = entry.related.iter().filter_map(|id| related_title(guide, tab, id)).collect();
    if !related.is_empty() {
        out.push(Block::Para(ui.related.fill(&[("titles", &related.join("; "))])));
    }
    push_sources(out, &entry.sources, ui);
}

/// Paragraphs, and runs of bullets as one list.
fn body_blocks(out: &mut Vec<Block>, body: &str) {
    for block in parse_blocks(body) {
        match block {
            MarkupBlock::Paragraph(t) => out.push(Block::Para(t)),
            // The body follows the entry's lead, so a list before a bullet is
            // the body's own (never a list of sources).
            MarkupBlock::Bullet(t) => match out.last_mut() {
                Some(Block::List { items, loose: false }) => items.push(Item::bullet(t)),
                _ => out.push(Block::List { items: vec![Item::bullet(t)], loose: false }),
            },
        }
    }
}

/// The title of a related entry, routine or sign, with its tab when another.
fn related_title(guide: &Guide, here: &Tab, id: &str) -> Option<String> {
    let (t, _, title) = guide.find_item(id)?;
    let tab = &guide.tabs[t];
    Some(if tab.id == here.id { title.to_string() } else { format!("{title} ({})", tab.title) })
}

fn triage_blocks(out: &mut Vec<Block>, triage: &Triage, ui: &groups::print) {
    for level in &triage.levels {
        out.push(heading(3, &level.title));
        out.push(para(&level.advice));
        let items: Vec<Item> = triage
            .signs
            .iter()
            .filter(|s| s.level == level.id)
            .map(|s| Item {
                notes: s
                    .action
                    .iter()
                    .map(|a| ui.sign_action.fill(&[("title", &a.title), ("advice", &a.advice.trim())]))
                    .chain([s.why.clone()])
                    .collect(),
                sources: s.sources.clone(),
                ..Item::bullet(s.question.as_str())
            })
            .collect();
        if !items.is_empty() {
            out.push(Block::List { items, loose: true });
        }
    }
    out.push(heading(3, &triage.self_care.title));
    out.push(para(&triage.self_care.advice));
}

fn cramp_now_blocks(out: &mut Vec<Block>, guide: &Guide, triage: Option<&Triage>, now: &CrampNow) {
    let ui = &guide.ui.print;
    out.push(heading(2, &now.title));
    out.push(Block::List {
        items: now
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| Item { number: Some(i + 1), ..Item::bullet(s.as_str()) })
            .collect(),
        loose: false,
    });
    if let Some((t, i)) = now.routine.as_deref().and_then(|id| guide.find_routine(id))
        && let TabBody::Coach(routines) = &guide.tabs[t].body
    {
        let said = ui.coach_routine.fill(&[("routine", &routines[i].title), ("tab", &guide.tabs[t].title)]);
        out.push(Block::Para(said));
    }
    let level_title = |id: &str| {
        triage.and_then(|t| {
            t.levels.iter().chain(std::iter::once(&t.self_care)).find(|l| l.id == id).map(|l| l.title.clone())
        })
    };
    let watch: Vec<Item> = now
        .watch
        .iter()
        .filter_map(|id| triage?.signs.iter().find(|s| &s.id == id))
        .map(|s| match level_title(&s.level) {
            Some(level) => Item::bullet(format!("{} ({level})", s.question)),
            None => Item::bullet(s.question.as_str()),
        })
        .collect();
    if !watch.is_empty() {
        out.push(Block::Label(ui.watch_for.get().to_string()));
        out.push(Block::List { items: watch, loose: false });
    }
    if !now.escalations.is_empty() {
        out.push(Block::Label(ui.if_it_goes_on.get().to_string()));
        let items = now
            .escalations
            .iter()
            .map(|e| {
                let level = level_title(&e.level).unwrap_or_else(|| e.level.clone());
                let after = whole_minutes(e.after)
                    .map_or_else(|| numbers(guide).length(e.after), |m| ui.minutes.count(m as usize, &[]));
                let said = ui.escalation.fill(&[("after", &after), ("level", &level), ("say", &e.say.trim())]);
                Item { sources: e.sources.clone(), ..Item::bullet(said) }
            })
            .collect();
        out.push(Block::List { items, loose: true });
    }
}
