//! Turns what serde read into the checked model, collecting every problem
//! (not just the first) with its place in the file.
//!
//! Here: the top-level `validate`. The `Checker` and shared checks are in
//! `checker`, checks per kind of tab in `validate_tabs` and `validate_coach`,
//! checks across tabs in `validate_refs`.

use toml::de::DeTable;

use super::checker::Checker;
use super::error::Problem;
use super::model::{Guide, Tab};
use super::raw::RawGuide;
use super::validate_diary::diary;
use super::validate_refs::cross_check;
use super::validate_tabs::{cramp_now, tab};

/// Keys 1-9 select a tab, so there can be no more.
const MAX_TABS: usize = 9;

/// Checks everything and builds the model, or returns every problem found.
pub fn validate(raw: RawGuide, text: &str, doc: &DeTable<'_>) -> Result<Guide, Vec<Problem>> {
    let mut c = Checker::new(text, doc);
    c.text("title", &raw.title);
    c.text("disclaimer", &raw.disclaimer);
    let source = c.source("source", raw.source);
    if raw.tabs.is_empty() {
        c.report("tabs", "a guide needs at least one tab ([[tabs]])");
    }
    if raw.tabs.len() > MAX_TABS {
        c.report(
            &format!("tabs[{MAX_TABS}]"),
            format!(
                "a guide has at most {MAX_TABS} tabs (keys 1-{MAX_TABS} select them); this file has {}",
                raw.tabs.len()
            ),
        );
    }
    let tabs: Vec<Tab> = raw.tabs.into_iter().enumerate().map(|(i, t)| tab(&mut c, &format!("tabs[{i}]"), t)).collect();
    let cramp_now = raw.cramp_now.map(|r| cramp_now(&mut c, r));
    let diary = raw.diary.map(|r| diary(&mut c, r, &tabs));
    let guide = Guide { title: raw.title, disclaimer: raw.disclaimer, source, tabs, cramp_now, diary };
    cross_check(&mut c, &guide);
    c.finish(guide)
}
