//! The guide as plain text or Markdown, for `--print` and for reading away
//! from the terminal. No terminal code and no escape sequences, ever.
//!
//! The content is first laid out as a small list of blocks (`blocks`), then
//! drawn in one of the two formats, so both always say the same thing.

mod blocks;
mod layout;
mod layout_coach;
mod layout_hydration;
mod markdown;
mod text;

use crate::guide::Guide;
use blocks::clean;

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

/// The whole guide, or only tab `tab` (0-based), in `format`. Text is wrapped
/// to `width` columns; only lines that are a URL may be longer.
pub fn print_guide(guide: &Guide, tab: Option<usize>, format: Format, width: usize) -> String {
    let blocks = layout::guide_blocks(guide, tab);
    let out = match format {
        Format::Text => text::render_text(&blocks, width.max(MIN_WIDTH)),
        Format::Markdown => markdown::render_markdown(&blocks),
    };
    clean(&out)
}

pub use crate::names::find_tab;
