//! The words of the search overlay, finished for drawing: its titles, the
//! line above the results, and what it says with no query or no match.

use crate::guide::ui_text::{Text, groups};

/// The keys the overlay names (from the key table).
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    /// Goes to the chosen result, and cancels.
    pub go: &'a str,
    pub cancel: &'a str,
    /// Choose a result; `up` on an empty line brings the last search back.
    pub up: &'a str,
    pub down: &'a str,
}

/// What is being searched for and what was found.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    pub query: &'a str,
    /// The results listed, of `total` that match.
    pub shown: usize,
    pub total: usize,
    /// The guide's words nearest a query that matches nothing.
    pub suggestions: &'a [String],
    /// The last search, shown on an empty line.
    pub last: Option<&'a str>,
}

/// The overlay's words.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchWords {
    /// Titles for the frame, longest first: the first that fits is shown,
    /// the last whatever the width.
    pub titles: [String; 3],
    /// Under an empty line: what can be searched for.
    pub empty: String,
    /// When nothing matches.
    pub no_matches: String,
    /// Above the results: how many, and before `choose`.
    pub found: String,
    /// The keys that choose a result.
    pub choose: String,
    /// On an empty line: the last search and the key that brings it back.
    pub recall: Option<String>,
}

pub fn words(ui: &groups::search, keys: Keys, found: Found) -> SearchWords {
    let titled = |text: &Text| text.fill(&[("go", &keys.go), ("cancel", &keys.cancel)]);
    let try_this = ui.what_to_try.get();
    let mut no_matches = ui.no_matches.fill(&[("query", &found.query.trim())]);
    if !found.suggestions.is_empty() {
        no_matches = format!("{no_matches} {}", ui.did_you_mean.fill(&[("words", &found.suggestions.join(", "))]));
    }
    SearchWords {
        titles: [titled(&ui.title_long), titled(&ui.title_keys), ui.title.get().to_string()],
        empty: format!("{} {try_this}", ui.type_to_search.get()),
        no_matches: format!("{no_matches} {try_this}"),
        found: if found.total > found.shown {
            ui.best_found.fill(&[("shown", &found.shown), ("total", &found.total)])
        } else {
            ui.found.count(found.shown, &[])
        },
        choose: ui.choose.fill(&[("up", &keys.up), ("down", &keys.down)]),
        recall: found.last.map(|last| ui.recall.fill(&[("last", &last), ("key", &keys.up)])),
    }
}
