//! Drawing [`Block`]s as wrapped plain text with underlined headings.

use super::blocks::{Block, Item, clean};
use crate::text::{width as text_width, wrap};

/// `sources` is the label of the sources under a list item.
pub(super) fn render_text(blocks: &[Block], width: usize, sources: &str) -> String {
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
                    text_item(&mut lines, item, width, sources);
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
fn text_item(lines: &mut Vec<String>, item: &Item, width: usize, sources: &str) {
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
        wrap_into(lines, sources, &rest, &rest, width);
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
