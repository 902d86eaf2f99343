//! The key table as shown: grouped for the help overlay (and scrolling
//! it), and as hints for the footer.

use super::keys::{Action, Binding, Scope, in_scope};
use super::{App, Overlay};
use crate::view::Move;
use crate::view::help::KeyGroup;

/// The order scopes are listed in help.
const ORDER: [Scope; 10] = [
    Scope::Global,
    Scope::Topics,
    Scope::CoachList,
    Scope::CoachSession,
    Scope::Triage,
    Scope::Hydration,
    Scope::CrampNow,
    Scope::Search,
    Scope::Help,
    Scope::Confirm,
];

/// Every binding of the key table, grouped by scope, for help.
pub fn key_groups() -> Vec<KeyGroup> {
    ORDER
        .iter()
        .map(|&scope| KeyGroup {
            heading: scope.heading(),
            keys: in_scope(scope).map(|b| (b.label, b.help)).collect(),
            note: (scope == Scope::Search).then_some("type to search; pasted text goes in too"),
        })
        .collect()
}

impl App {
    /// The footer's hints for what is on screen, in order: (key label, word).
    pub fn footer_hints(&self) -> Vec<(&'static str, &'static str)> {
        self.scopes()
            .into_iter()
            .flat_map(in_scope)
            .filter(|b| self.allows(b))
            .filter_map(|b| b.hint.map(|h| (short_label(b), h)))
            .collect()
    }

    pub(super) fn help_action(&mut self, action: Action) {
        let step = match action {
            Action::Close => {
                self.overlay = None;
                return;
            }
            Action::Down => Move::LineDown,
            Action::Up => Move::LineUp,
            action => match super::tab_keys::page_move(action) {
                Some(step) => step,
                None => return,
            },
        };
        let extent = self.help_pane(self.size).extent();
        if let Some(Overlay::Help { scroll }) = &mut self.overlay {
            scroll.apply(step, extent);
        }
    }
}

/// The first key of a binding's label, enough for the footer.
fn short_label(b: &Binding) -> &'static str {
    match b.action {
        Action::NextTab => "Tab",
        _ => b.label.split(' ').next().unwrap_or(b.label),
    }
}
