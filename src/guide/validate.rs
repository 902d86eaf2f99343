//! Turns what serde read into the checked model, collecting every problem
//! (not just the first) with its place in the file.
//!
//! Here: the top-level `validate`. The `Checker` and shared checks are in
//! `checker`, checks per kind of tab in `validate_tabs` and `validate_coach`,
//! checks across tabs in `validate_refs`.

use toml::de::DeTable;

use super::checker::Checker;
use super::error::Problem;
use super::locale::{Locale, LocaleProblem, RawLocale};
use super::model::{Guide, Tab};
use super::raw::RawGuide;
use super::ui_text::{UiProblem, UiText};
use super::validate_diary::diary;
use super::validate_refs::cross_check;
use super::validate_tabs::{cramp_now, tab};

/// Keys 1-9 select a tab, so there can be no more.
const MAX_TABS: usize = 9;

/// Checks everything and builds the model, or returns every problem found.
/// The English texts with the guide's `[ui]` table over them; every
/// problem reported where it is written.
fn ui_text(c: &mut Checker, ui: Option<toml::Value>) -> UiText {
    let english = UiText::english();
    let mut texts = english.clone();
    if let Some(ui) = ui {
        let doc = toml::Table::from_iter([("ui".to_string(), ui)]);
        for (path, problem) in texts.apply(&doc, Some(&english)) {
            let all = "(`cramp-guide ui-text` lists every text)";
            match problem {
                UiProblem::NotATable => c.report(&path, "expected a table of texts, such as [ui.triage]"),
                UiProblem::UnknownGroup { name, near: Some(near) } => {
                    c.report(&path, format!("unknown group `{name}`; did you mean `{near}`? {all}"))
                }
                UiProblem::UnknownGroup { name, near: None } => {
                    c.report(&path, format!("unknown group `{name}` {all}"))
                }
                UiProblem::UnknownKey { name, near: Some(near) } => {
                    c.report(&path, format!("unknown text `{name}`; did you mean `{near}`? {all}"))
                }
                UiProblem::UnknownKey { name, near: None } => c.report(&path, format!("unknown text `{name}` {all}")),
                UiProblem::NotText => c.report(&path, "expected a text (a string)"),
                UiProblem::NotForms => c.report(&path, "expected a table of two texts, `one` and `other`"),
                UiProblem::Kind { plural: true } => {
                    c.report(&path, "this text counts something: write it as { one = \"…\", other = \"…\" }")
                }
                UiProblem::Kind { plural: false } => c.report(&path, "this text is one string, not a table of forms"),
                UiProblem::Placeholder { name, known } => {
                    c.report(&path, format!("unknown placeholder {{{name}}}; this text takes {known}"))
                }
            }
        }
    }
    texts
}

/// The guide's `[locale]`, English where it says nothing.
fn locale(c: &mut Checker, raw: RawLocale) -> Locale {
    let (locale, problems) = raw.resolve();
    for problem in problems {
        match problem {
            LocaleProblem::NotOneOf { key, found, allowed } => {
                c.report(&format!("locale.{key}"), format!("unknown value {found:?}; one of {}", allowed.join(", ")))
            }
            LocaleProblem::Count { key, found, wanted } => {
                c.report(&format!("locale.{key}"), format!("needs {wanted} names, found {found}"))
            }
            LocaleProblem::Separator { key, found } => c.report(
                &format!("locale.{key}"),
                format!("must be one character, and not the same as the other separator (found {found:?})"),
            ),
            LocaleProblem::Empty { key } => c.report(&format!("locale.{key}"), "must not be empty"),
        }
    }
    locale
}

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
    let ui = Box::new(ui_text(&mut c, raw.ui));
    let locale = locale(&mut c, raw.locale.unwrap_or_default());
    let guide = Guide { title: raw.title, disclaimer: raw.disclaimer, source, tabs, cramp_now, diary, ui, locale };
    cross_check(&mut c, &guide);
    c.finish(guide)
}
