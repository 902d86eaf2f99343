//! Text reports about a guide for the command line.

use std::fmt::Write;

use crate::guide::Guide;
use crate::guide::model::{Routine, TabBody};
use crate::guide::ui_text::UiText;
use crate::text;

/// One line per tab (number, title, kind, item count) for `--check`.
pub fn check_summary(guide: &Guide) -> String {
    let ui = &guide.ui.print;
    let mut out = ui.check_valid.count(guide.tabs.len(), &[("title", &guide.title)]);
    out.push('\n');
    let title_w = guide.tabs.iter().map(|t| text::width(&t.title)).max().unwrap_or(0);
    for (i, tab) in guide.tabs.iter().enumerate() {
        let items = match tab.body {
            TabBody::Topics(_) => &ui.check_entries,
            TabBody::Coach(_) => &ui.check_routines,
            TabBody::Triage(_) => &ui.check_signs,
            TabBody::Hydration(_) => &ui.check_amounts,
        };
        // Padded by the width the title takes on screen, not its bytes.
        let pad = " ".repeat(title_w - text::width(&tab.title));
        let _ = writeln!(
            out,
            "{:>2}  {}{pad}  {:<9}  {}",
            i + 1,
            tab.title,
            tab.body.kind_name(),
            items.count(tab.body.item_count(), &[])
        );
    }
    let changed = guide.ui.changed_from(&UiText::english());
    let _ = writeln!(out, "{}", ui.check_ui_texts.fill(&[("changed", &changed), ("total", &UiText::KEYS.len())]));
    out
}

/// Every tab, entry, routine and warning sign with its id, for `--list`.
pub fn list(guide: &Guide) -> String {
    let mut out = String::new();
    for (i, tab) in guide.tabs.iter().enumerate() {
        let _ = writeln!(out, "{}. {} (--tab {})", i + 1, tab.title, tab.id);
        let items: Vec<(&str, &str)> = match &tab.body {
            TabBody::Topics(entries) => entries.iter().map(|e| (e.id.as_str(), e.title.as_str())).collect(),
            TabBody::Coach(routines) => routines.iter().map(|r| (r.id.as_str(), r.title.as_str())).collect(),
            TabBody::Triage(t) => t.signs.iter().map(|s| (s.id.as_str(), s.question.as_str())).collect(),
            TabBody::Hydration(_) => Vec::new(),
        };
        let id_w = items.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
        for (id, title) in items {
            let _ = writeln!(out, "   {id:id_w$}  {title}");
        }
    }
    out
}

/// The routines as `coach --help` lists them: one line each, id then title.
pub fn routine_table(guide: &Guide) -> String {
    let ui = &guide.ui.plain_coach;
    let id_w = routines(guide).map(|r| text::width(&r.id)).max().unwrap_or(0);
    let mut out = format!("{}\n", ui.routines_heading.get());
    for r in routines(guide) {
        let pad = " ".repeat(id_w - text::width(&r.id));
        let _ = writeln!(out, "  {}{pad}  {}", r.id, r.title);
    }
    let _ = write!(out, "\n{}", ui.routine_names.get());
    out
}

/// Every coach routine, in guide order.
pub fn routines(guide: &Guide) -> impl Iterator<Item = &Routine> {
    guide.routines()
}

/// The ids of every coach routine.
pub fn routine_ids(guide: &Guide) -> Vec<&str> {
    routines(guide).map(|r| r.id.as_str()).collect()
}

/// The titles of every coach routine.
pub fn routine_titles(guide: &Guide) -> Vec<&str> {
    routines(guide).map(|r| r.title.as_str()).collect()
}
