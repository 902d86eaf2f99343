//! Drawing [`Block`]s as Markdown, with markup characters escaped.

use super::blocks::{Block, Item, clean};

/// `sources` is the label of the sources under a list item.
pub(super) fn render_markdown(blocks: &[Block], sources: &str) -> String {
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
                let items: Vec<String> = items.iter().map(|i| md_item(i, sources)).collect();
                items.join(if spaced { "\n\n" } else { "\n" })
            }
        });
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

fn md_item(item: &Item, sources: &str) -> String {
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
        out.push_str(&format!("\n\n{pad}{}\n", md_text(sources)));
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
