//! The pieces the guide is laid out in before it is drawn as text or
//! Markdown, and the small builders every layout file uses.

use crate::guide::model::Source;
use crate::guide::ui_text::groups;

/// A piece of laid-out content.
#[derive(Debug, Clone)]
pub(super) enum Block {
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
pub(super) struct Item {
    /// `None` for a bullet, else the item's number.
    pub number: Option<usize>,
    pub text: String,
    /// Printed on its own line under the text (never wrapped), or the link
    /// target in Markdown.
    pub url: Option<String>,
    /// Paragraphs under the item.
    pub notes: Vec<String>,
    /// Bullets under the item.
    pub sub: Vec<String>,
    /// Sources under the item.
    pub sources: Vec<Source>,
}

impl Item {
    pub(super) fn bullet(text: impl Into<String>) -> Item {
        Item { text: text.into(), ..Item::default() }
    }
}

/// Drops control characters (escape sequences cannot get through); tabs
/// become spaces.
pub(super) fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

pub(super) fn heading(level: u8, text: &str) -> Block {
    Block::Heading(level, text.to_string())
}

pub(super) fn para(text: &str) -> Block {
    Block::Para(text.to_string())
}

pub(super) fn bullets<'a>(texts: impl IntoIterator<Item = &'a String>) -> Block {
    Block::List { items: texts.into_iter().map(|t| Item::bullet(t.as_str())).collect(), loose: false }
}

pub(super) fn source_items(sources: &[Source]) -> Vec<Item> {
    sources.iter().map(|s| Item { url: Some(s.url.clone()), ..Item::bullet(s.title.as_str()) }).collect()
}

pub(super) fn push_sources(out: &mut Vec<Block>, sources: &[Source], ui: &groups::print) {
    if !sources.is_empty() {
        out.push(Block::Label(ui.sources.get().to_string()));
        out.push(Block::List { items: source_items(sources), loose: false });
    }
}
