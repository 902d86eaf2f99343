//! The guide as plain text or Markdown, for `--print` and for reading away
//! from the terminal. No terminal code and no escape sequences, ever.
//!
//! The content is first laid out as a small list of [`Block`]s, then drawn in
//! one of the two formats, so both always say the same thing.

use std::time::Duration;

use crate::coach::clock_text;
use crate::guide::Guide;
use crate::guide::markup::{Block as MarkupBlock, parse_blocks};
use crate::guide::model::{
    Amount, CrampNow, Entry, HydrationPlan, Quantity, Routine, Source, Step, StepKind, Tab, TabBody, Triage,
};
use crate::guide::routine_length;
use crate::guide::step_length;
use crate::ui::text::{width as text_width, wrap};

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Wrapped plain text with underlined headings.
    Text,
    /// Markdown: `#` headings, `- ` bullets, `[title](url)` links, no hard wrapping.
    Markdown,
}

/// Narrower widths are raised to this.
const MIN_WIDTH: usize = 20;
const ML_PER_OZ: f64 = 29.5735;

/// The whole guide, or only tab `tab` (0-based), in `format`. Text is wrapped
/// to `width` columns; only lines that are a URL may be longer.
pub fn print_guide(guide: &Guide, tab: Option<usize>, format: Format, width: usize) -> String {
    let blocks = guide_blocks(guide, tab);
    let out = match format {
        Format::Text => render_text(&blocks, width.max(MIN_WIDTH)),
        Format::Markdown => render_markdown(&blocks),
    };
    clean(&out)
}

/// Finds a tab by id, 1-based number, or title (case- and accent-insensitive).
pub fn find_tab(guide: &Guide, name: &str) -> Option<usize> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let tabs = &guide.tabs;
    tabs.iter()
        .position(|t| t.id.eq_ignore_ascii_case(name))
        .or_else(|| name.parse::<usize>().ok().filter(|n| (1..=tabs.len()).contains(n)).map(|n| n - 1))
        .or_else(|| tabs.iter().position(|t| t.title.to_lowercase() == name.to_lowercase()))
        .or_else(|| {
            let wanted = crate::search::normalize(name);
            tabs.iter().position(|t| crate::search::normalize(&t.title) == wanted)
        })
}

/// A piece of laid-out content.
#[derive(Debug, Clone)]
enum Block {
    /// 1: the guide, 2: a tab, 3: an item.
    Heading(u8, String),
    Para(String),
    /// A lead line under a heading (a summary), italic in Markdown.
    Lead(String),
    /// A line introducing the list that follows ("Sources:").
    Label(String),
    /// A list; `loose` puts a blank line between its items.
    List {
        items: Vec<Item>,
        loose: bool,
    },
}

#[derive(Debug, Clone, Default)]
struct Item {
    /// `None` for a bullet, else the item's number.
    number: Option<usize>,
    text: String,
    /// Printed on its own line under the text (never wrapped), or the link
    /// target in Markdown.
    url: Option<String>,
    /// Paragraphs under the item.
    notes: Vec<String>,
    /// Bullets under the item.
    sub: Vec<String>,
    /// Sources under the item.
    sources: Vec<Source>,
}

impl Item {
    fn bullet(text: impl Into<String>) -> Item {
        Item { text: text.into(), ..Item::default() }
    }
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading(level, text.to_string())
}

fn para(text: &str) -> Block {
    Block::Para(text.to_string())
}

fn bullets<'a>(texts: impl IntoIterator<Item = &'a String>) -> Block {
    Block::List { items: texts.into_iter().map(|t| Item::bullet(t.as_str())).collect(), loose: false }
}

fn source_items(sources: &[Source]) -> Vec<Item> {
    sources.iter().map(|s| Item { url: Some(s.url.clone()), ..Item::bullet(s.title.as_str()) }).collect()
}

fn push_sources(out: &mut Vec<Block>, sources: &[Source]) {
    if !sources.is_empty() {
        out.push(Block::Label("Sources:".into()));
        out.push(Block::List { items: source_items(sources), loose: false });
    }
}

fn guide_blocks(guide: &Guide, only: Option<usize>) -> Vec<Block> {
    let mut out = vec![heading(1, &guide.title), para(&guide.disclaimer)];
    let tabs: Vec<usize> = match only {
        Some(t) => (t < guide.tabs.len()).then_some(t).into_iter().collect(),
        None => (0..guide.tabs.len()).collect(),
    };
    for &t in &tabs {
        let tab = &guide.tabs[t];
        tab_blocks(&mut out, guide, tab);
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
    out.push(Block::Label("Source article:".into()));
    out.push(Block::List { items: source_items(std::slice::from_ref(&guide.source)), loose: false });
    out
}

fn tab_blocks(out: &mut Vec<Block>, guide: &Guide, tab: &Tab) {
    out.push(heading(2, &tab.title));
    if let Some(intro) = &tab.intro {
        out.push(para(intro));
    }
    match &tab.body {
        TabBody::Topics(entries) => entries.iter().for_each(|e| entry_blocks(out, guide, tab, e)),
        TabBody::Coach(routines) => routines.iter().for_each(|r| routine_blocks(out, r)),
        TabBody::Triage(triage) => triage_blocks(out, triage),
        TabBody::Hydration(plan) => hydration_blocks(out, plan),
    }
}

fn entry_blocks(out: &mut Vec<Block>, guide: &Guide, tab: &Tab, entry: &Entry) {
    out.push(heading(3, &entry.title));
    out.push(Block::Lead(entry.summary.clone()));
    body_blocks(out, &entry.body);
    let related: Vec<String> = entry.related.iter().filter_map(|id| related_title(guide, tab, id)).collect();
    if !related.is_empty() {
        out.push(Block::Para(format!("Related: {}.", related.join("; "))));
    }
    push_sources(out, &entry.sources);
}

/// Paragraphs, and runs of bullets as one list.
fn body_blocks(out: &mut Vec<Block>, body: &str) {
    for block in parse_blocks(body) {
        match block {
            MarkupBlock::Paragraph(t) => out.push(Block::Para(t)),
            MarkupBlock::Bullet(t) => match out.last_mut() {
                Some(Block::List { items, loose: false }) if items.iter().all(|i| i.url.is_none()) => {
                    items.push(Item::bullet(t))
                }
                _ => out.push(Block::List { items: vec![Item::bullet(t)], loose: false }),
            },
        }
    }
}

/// The title of a related entry or routine, with its tab when another.
fn related_title(guide: &Guide, here: &Tab, id: &str) -> Option<String> {
    let (t, title) = if let Some((t, i)) = guide.find_entry(id) {
        match &guide.tabs[t].body {
            TabBody::Topics(entries) => (t, entries[i].title.clone()),
            _ => return None,
        }
    } else {
        let (t, i) = guide.find_routine(id)?;
        match &guide.tabs[t].body {
            TabBody::Coach(routines) => (t, routines[i].title.clone()),
            _ => return None,
        }
    };
    let tab = &guide.tabs[t];
    Some(if tab.id == here.id { title } else { format!("{title} ({})", tab.title) })
}

fn routine_blocks(out: &mut Vec<Block>, routine: &Routine) {
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
    let mut total = format!("Total length: {}", length_text(routine_length(routine)));
    if let Some(lead_in) = routine.lead_in.filter(|d| !d.is_zero()) {
        total.push_str(&format!(", including {} to get ready", length_text(lead_in)));
    }
    total.push('.');
    out.push(Block::Para(total));
    push_sources(out, &routine.sources);
}

/// "Calf stretch — 30 s, 2 times, 1:00 in all", with what to do under it.
fn step_item(step: &Step) -> Item {
    let total = step_length(step);
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
        StepKind::Breathe { phases, cycles } => {
            let noun = if *cycles == 1 { "cycle" } else { "cycles" };
            Item {
                sub: phases
                    .iter()
                    .map(|p| {
                        let say = if p.say.trim().is_empty() { p.kind.label() } else { &p.say };
                        format!("{say} — {}", length_text(p.seconds))
                    })
                    .collect(),
                ..Item::bullet(format!("{} — {cycles} {noun}, {} in all", step.title, length_text(total)))
            }
        }
    }
}

/// "45 s" under a minute, else "1:05".
fn length_text(d: Duration) -> String {
    if d < Duration::from_secs(60) { format!("{} s", number_text(d.as_secs_f64())) } else { clock_text(d) }
}

fn triage_blocks(out: &mut Vec<Block>, triage: &Triage) {
    for level in &triage.levels {
        out.push(heading(3, &level.title));
        out.push(para(&level.advice));
        let items: Vec<Item> = triage
            .signs
            .iter()
            .filter(|s| s.level == level.id)
            .map(|s| Item {
                notes: vec![s.why.clone()],
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

fn hydration_blocks(out: &mut Vec<Block>, plan: &HydrationPlan) {
    out.push(Block::List {
        items: plan.amounts.iter().map(|a| amount_item(a, plan.default_weight_lb)).collect(),
        loose: false,
    });
    out.push(Block::Para(format!("Caution: {}", plan.caution.trim())));
    push_sources(out, &plan.sources);
}

/// "On waking (before coffee or breakfast): 8–16 oz (≈ 240–470 ml)".
fn amount_item(amount: &Amount, example_lb: f64) -> Item {
    let figure = match amount.quantity {
        Quantity::PerPound { oz_per_lb } => {
            let oz = oz_per_lb * example_lb;
            format!(
                "about {} oz per lb of body weight (example: {} lb → {} oz ≈ {} l)",
                number_text(oz_per_lb),
                number_text(example_lb),
                number_text(oz.round()),
                litres_text(oz)
            )
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
    let when = amount.when.trim();
    let text = if when.is_empty() {
        format!("{}: {figure}", amount.label)
    } else {
        format!("{} ({when}): {figure}", amount.label)
    };
    Item { notes: amount.note.iter().cloned().collect(), ..Item::bullet(text) }
}

/// Millilitres rounded to the nearest 10.
fn ml_text(oz: f64) -> String {
    number_text((oz * ML_PER_OZ / 10.0).round() * 10.0)
}

/// Litres to one decimal.
fn litres_text(oz: f64) -> String {
    format!("{:.1}", oz * ML_PER_OZ / 1000.0)
}

/// A number without needless decimals: 8, 0.5, 2.25.
fn number_text(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    if (x - x.round()).abs() < 1e-9 {
        return format!("{:.0}", x.round());
    }
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn cramp_now_blocks(out: &mut Vec<Block>, guide: &Guide, triage: Option<&Triage>, now: &CrampNow) {
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
        out.push(Block::Para(format!("Coach routine: {} (in the {} tab).", routines[i].title, guide.tabs[t].title)));
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
        out.push(Block::Label("Watch for:".into()));
        out.push(Block::List { items: watch, loose: false });
    }
    if !now.escalations.is_empty() {
        out.push(Block::Label("If it goes on:".into()));
        let items = now
            .escalations
            .iter()
            .map(|e| {
                let level = level_title(&e.level).unwrap_or_else(|| e.level.clone());
                Item {
                    sources: e.sources.clone(),
                    ..Item::bullet(format!("After {} — {level}: {}", after_text(e.after), e.say.trim()))
                }
            })
            .collect();
        out.push(Block::List { items, loose: true });
    }
}

/// "10 minutes", "1 minute", or a length for anything not in whole minutes.
fn after_text(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 60.0 && secs % 60.0 == 0.0 {
        let m = secs / 60.0;
        format!("{} minute{}", number_text(m), if m == 1.0 { "" } else { "s" })
    } else {
        length_text(d)
    }
}

// ---------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------

fn render_text(blocks: &[Block], width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let after_label = i > 0 && matches!(blocks[i - 1], Block::Label(_));
        if i > 0 && !(after_label && matches!(block, Block::List { .. })) {
            lines.push(String::new());
        }
        match block {
            Block::Heading(level, text) => {
                let heading = wrap(&clean(text), width);
                let rule_w = heading.iter().map(|l| text_width(l)).max().unwrap_or(0).max(1);
                let rule = if *level == 3 { "-" } else { "=" }.repeat(rule_w);
                if *level == 1 {
                    lines.push(rule.clone());
                }
                lines.extend(heading);
                lines.push(rule);
            }
            Block::Para(text) | Block::Lead(text) | Block::Label(text) => {
                wrap_into(&mut lines, text, "", "", width);
            }
            Block::List { items, loose } => {
                for (k, item) in items.iter().enumerate() {
                    if k > 0 && *loose {
                        lines.push(String::new());
                    }
                    text_item(&mut lines, item, width);
                }
            }
        }
    }
    let mut out = lines.iter().map(|l| l.trim_end()).collect::<Vec<_>>().join("\n");
    out.push('\n');
    out
}

/// "  * text" (or "  1. text") with a hanging indent, then the URL, notes,
/// sub-bullets and sources under it.
fn text_item(lines: &mut Vec<String>, item: &Item, width: usize) {
    let first = match item.number {
        Some(n) => format!("  {n}. "),
        None => "  * ".to_string(),
    };
    let rest = " ".repeat(first.len());
    wrap_into(lines, &item.text, &first, &rest, width);
    if let Some(url) = &item.url {
        lines.push(format!("{rest}{}", clean(url)));
    }
    for note in &item.notes {
        wrap_into(lines, note, &rest, &rest, width);
    }
    let sub_first = format!("{rest}* ");
    let sub_rest = " ".repeat(sub_first.len());
    for sub in &item.sub {
        wrap_into(lines, sub, &sub_first, &sub_rest, width);
    }
    if !item.sources.is_empty() {
        lines.push(format!("{rest}Sources:"));
        for s in &item.sources {
            wrap_into(lines, &s.title, &sub_first, &sub_rest, width);
            lines.push(format!("{sub_rest}{}", clean(&s.url)));
        }
    }
}

/// Wraps `text` to `width` with `first` before the first line and `rest`
/// (of the same width) before the others.
fn wrap_into(lines: &mut Vec<String>, text: &str, first: &str, rest: &str, width: usize) {
    let room = width.saturating_sub(text_width(first)).max(1);
    for (i, line) in wrap(&clean(text), room).into_iter().enumerate() {
        lines.push(format!("{}{line}", if i == 0 { first } else { rest }));
    }
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

fn render_markdown(blocks: &[Block]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for block in blocks {
        parts.push(match block {
            Block::Heading(level, text) => {
                format!("{} {}", "#".repeat(usize::from(*level)), md_text(text))
            }
            Block::Para(text) | Block::Label(text) => md_text(text),
            Block::Lead(text) => format!("*{}*", md_text(text)),
            Block::List { items, loose } => {
                let spaced = *loose || items.iter().any(|i| !(i.notes.is_empty() && i.sub.is_empty()));
                let items: Vec<String> = items.iter().map(md_item).collect();
                items.join(if spaced { "\n\n" } else { "\n" })
            }
        });
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

fn md_item(item: &Item) -> String {
    let marker = match item.number {
        Some(n) => format!("{n}. "),
        None => "- ".to_string(),
    };
    let pad = " ".repeat(marker.len());
    let text = match &item.url {
        Some(url) => md_link(&item.text, url),
        None => md_text(&item.text),
    };
    let mut out = format!("{marker}{text}");
    for note in &item.notes {
        out.push_str(&format!("\n\n{pad}{}", md_text(note)));
    }
    if !item.sub.is_empty() {
        out.push('\n');
        for sub in &item.sub {
            out.push_str(&format!("\n{pad}- {}", md_text(sub)));
        }
    }
    if !item.sources.is_empty() {
        out.push_str(&format!("\n\n{pad}Sources:\n"));
        for s in &item.sources {
            out.push_str(&format!("\n{pad}- {}", md_link(&s.title, &s.url)));
        }
    }
    out
}

fn md_link(title: &str, url: &str) -> String {
    let url = clean(url).replace('<', "%3C").replace('>', "%3E");
    if url.contains([' ', '(', ')']) {
        format!("[{}](<{url}>)", md_text(title))
    } else {
        format!("[{}]({url})", md_text(title))
    }
}

/// One line of Markdown text: whitespace collapsed, markup characters escaped.
fn md_text(text: &str) -> String {
    let text = clean(text).split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    // Text that would start a heading, quote, list or ordered list.
    if out.starts_with(['#', '+', '-', '=']) {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}

/// Drops control characters (escape sequences cannot get through); tabs
/// become spaces.
fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}
