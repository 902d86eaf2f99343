//! Text reports about a guide for the command line.

use std::fmt::Write;

use crate::guide::Guide;
use crate::guide::model::TabBody;

/// One line per tab (number, title, kind, item count) for `--check`.
pub fn check_summary(guide: &Guide) -> String {
    let mut out = format!("{}: valid, {} tabs\n", guide.title, guide.tabs.len());
    let title_w = guide.tabs.iter().map(|t| t.title.chars().count()).max().unwrap_or(0);
    for (i, tab) in guide.tabs.iter().enumerate() {
        let noun = match tab.body {
            TabBody::Topics(_) => "entries",
            TabBody::Coach(_) => "routines",
            TabBody::Triage(_) => "warning signs",
            TabBody::Hydration(_) => "amounts",
        };
        let _ = writeln!(
            out,
            "{:>2}  {:title_w$}  {:<9}  {} {noun}",
            i + 1,
            tab.title,
            tab.body.kind_name(),
            tab.body.item_count()
        );
    }
    out
}
