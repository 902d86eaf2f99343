//! Building the [`Index`]: every searchable text of the guide, normalised
//! once, with the weight of the field it comes from.

use super::normalize::Normalized;
use super::{Field, Index, Target};
use crate::guide::Guide;
use crate::guide::markup::parse_blocks;
use crate::guide::model::{Source, StepKind, TabBody};

#[derive(Debug, Clone)]
pub(super) struct Item {
    pub(super) target: Target,
    pub(super) tab_title: String,
    pub(super) title: String,
    pub(super) texts: Vec<Text>,
}

/// One searchable text of an item.
#[derive(Debug, Clone)]
pub(super) struct Text {
    pub(super) field: Field,
    pub(super) weight: u32,
    /// The text as shown in snippets: whitespace collapsed.
    pub(super) display: String,
    pub(super) norm: Normalized,
}

/// Field weights: title > synonym > summary > question > body.
const W_TITLE: u32 = 1000;
const W_LABEL: u32 = 800;
const W_SYNONYM: u32 = 700;
const W_SUMMARY: u32 = 500;
const W_QUESTION: u32 = 450;
const W_STEP: u32 = 320;
const W_HEADING: u32 = 300;
const W_WHY: u32 = 280;
const W_BODY: u32 = 250;
const W_SOURCE: u32 = 100;

impl Item {
    fn new(target: Target, tab_title: &str, title: &str) -> Item {
        Item { target, tab_title: tab_title.to_string(), title: title.to_string(), texts: Vec::new() }
    }

    fn add(&mut self, field: Field, weight: u32, text: &str) {
        let display = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if display.is_empty() {
            return;
        }
        let norm = Normalized::new(&display);
        self.texts.push(Text { field, weight, display, norm });
    }

    fn add_all<'a>(&mut self, field: Field, weight: u32, texts: impl IntoIterator<Item = &'a String>) {
        for t in texts {
            self.add(field, weight, t);
        }
    }

    fn add_sources(&mut self, sources: &[Source]) {
        self.add_all(Field::Source, W_SOURCE, sources.iter().map(|s| &s.title));
    }
}

impl Index {
    /// Normalises every searchable text of `guide`.
    pub fn new(guide: &Guide) -> Index {
        let mut items = Vec::new();
        for (t, tab) in guide.tabs.iter().enumerate() {
            let new_item = |item: usize, title: &str| {
                let mut it = Item::new(Target { tab: t, item }, &tab.title, title);
                it.add(Field::Title, W_HEADING, &tab.title);
                it
            };
            match &tab.body {
                TabBody::Topics(entries) => {
                    for (i, e) in entries.iter().enumerate() {
                        let mut it = new_item(i, &e.title);
                        it.add(Field::Title, W_TITLE, &e.title);
                        it.add_all(Field::Synonym, W_SYNONYM, &e.synonyms);
                        it.add(Field::Summary, W_SUMMARY, &e.summary);
                        let body: Vec<String> = parse_blocks(&e.body).iter().map(|b| b.text().to_string()).collect();
                        it.add(Field::Body, W_BODY, &body.join(" · "));
                        it.add_sources(&e.sources);
                        items.push(it);
                    }
                }
                TabBody::Coach(routines) => {
                    for (i, r) in routines.iter().enumerate() {
                        let mut it = new_item(i, &r.title);
                        it.add(Field::Title, W_TITLE, &r.title);
                        it.add_all(Field::Synonym, W_SYNONYM, &r.synonyms);
                        it.add(Field::Summary, W_SUMMARY, &r.description);
                        it.add_all(Field::Body, W_BODY, &r.cautions);
                        for step in &r.steps {
                            it.add(Field::Step, W_STEP, &step.title);
                            match &step.kind {
                                StepKind::Hold { say, .. } => it.add(Field::Step, W_STEP, say),
                                StepKind::Breathe { phases, .. } => {
                                    it.add_all(Field::Step, W_STEP, phases.iter().map(|p| &p.say))
                                }
                            }
                        }
                        it.add_sources(&r.sources);
                        items.push(it);
                    }
                }
                TabBody::Triage(triage) => {
                    for (i, s) in triage.signs.iter().enumerate() {
                        let mut it = new_item(i, &s.question);
                        it.add(Field::Question, W_QUESTION, &s.question);
                        it.add_all(Field::Synonym, W_SYNONYM, &s.synonyms);
                        if let Some(level) = triage.levels.iter().find(|l| l.id == s.level) {
                            it.add(Field::Title, W_HEADING, &level.title);
                        }
                        it.add(Field::Why, W_WHY, &s.why);
                        it.add_sources(&s.sources);
                        items.push(it);
                    }
                }
                TabBody::Hydration(plan) => {
                    let mut it = new_item(0, &tab.title);
                    it.add(Field::Title, W_TITLE, &tab.title);
                    it.add_all(Field::Title, W_LABEL, plan.amounts.iter().map(|a| &a.label));
                    it.add_all(Field::Body, W_BODY, tab.intro.iter());
                    for a in &plan.amounts {
                        it.add(Field::Body, W_BODY, &a.when);
                        it.add_all(Field::Body, W_BODY, a.note.iter());
                    }
                    it.add(Field::Body, W_BODY, &plan.caution);
                    it.add_sources(&plan.sources);
                    items.push(it);
                }
            }
        }
        Index { items }
    }
}
