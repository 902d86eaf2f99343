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

/// A body weight the water plan is printed for (`--weight 70kg`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyWeight {
    pub lb: f64,
    /// Given in kilograms: figures lead with millilitres and litres.
    pub metric: bool,
}

impl BodyWeight {
    /// Reads "70kg", "70 kg", "154lb" or "154 lbs".
    pub fn parse(text: &str) -> Result<BodyWeight, String> {
        let t = text.trim().to_lowercase();
        let (number, metric) = if let Some(n) = t.strip_suffix("kg") {
            (n, true)
        } else if let Some(n) = t.strip_suffix("lbs").or_else(|| t.strip_suffix("lb")) {
            (n, false)
        } else {
            return Err(format!("--weight needs a unit, e.g. 70kg or 154lb (got {text:?})"));
        };
        let value: f64 = number
            .trim()
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite() && *v > 0.0)
            .ok_or_else(|| format!("--weight: {text:?} is not a weight, e.g. 70kg or 154lb"))?;
        let lb = if metric { value / crate::guide::hydration::KG_PER_LB } else { value };
        Ok(BodyWeight { lb, metric })
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
    let out = match format {
        Format::Text => text::render_text(&blocks, width.max(MIN_WIDTH)),
        Format::Markdown => markdown::render_markdown(&blocks),
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
