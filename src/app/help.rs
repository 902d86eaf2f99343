//! The help overlay's keys: scrolling it, and the key table grouped for it.

use super::keys::{Action, Scope, in_scope};
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
            note: (scope == Scope::Search).then_some("type to search; Backspace deletes"),
        })
        .collect()
}

impl App {
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
