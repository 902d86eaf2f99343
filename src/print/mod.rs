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
use crate::guide::ui_text::groups;
use crate::guide::weight::{WeightUnit, parse_weight};
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

/// A body weight the water plan is printed for (`--weight 70kg`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyWeight {
    pub lb: f64,
    /// The unit it was given in: in kilograms, figures lead with
    /// millilitres and litres.
    pub unit: WeightUnit,
}

impl BodyWeight {
    /// Reads "70kg", "70 kg", "154lb", "154 lbs" or "11st 4lb"; Err says
    /// why not in the water plan's words `ui`.
    pub fn parse(text: &str, ui: &groups::water) -> Result<BodyWeight, String> {
        let weight = parse_weight(text, None).map_err(|why| format!("--weight: {}", why.say(ui)))?;
        Ok(BodyWeight { lb: weight.lb, unit: weight.unit })
    }
}

/// The whole guide, or only tab `tab` (0-based), in `format`. Text is wrapped
/// to `width` columns; only lines that are a URL may be longer.
pub fn print_guide(guide: &Guide, tab: Option<usize>, format: Format, width: usize) -> String {
    print_guide_for(guide, tab, format, width, None)
}

/// As [`print_guide`], with the water plan worked out for `weight`.
pub fn print_guide_for(
    guide: &Guide,
    tab: Option<usize>,
    format: Format,
    width: usize,
    weight: Option<BodyWeight>,
) -> String {
    let blocks = layout::guide_blocks(guide, tab, weight);
    let sources = guide.ui.print.sources.get();
    let out = match format {
        Format::Text => text::render_text(&blocks, width.max(MIN_WIDTH), sources),
        Format::Markdown => markdown::render_markdown(&blocks, sources),
    };
    clean(&out)
}

pub use crate::names::find_tab;
