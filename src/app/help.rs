//! The key table as shown: grouped for the help overlay (and scrolling
//! it), and as hints for the footer.

use super::keys::{Action, Binding, Scope, in_scope};
use super::{App, Overlay};
use crate::view::footer::Hint;
use crate::view::help::KeyGroup;

/// The order scopes are listed in help.
const ORDER: [Scope; 14] = [
    Scope::Global,
    Scope::Topics,
    Scope::CoachList,
    Scope::CoachSession,
    Scope::Triage,
    Scope::Hydration,
    Scope::WeightField,
    Scope::Diary,
    Scope::DiaryForm,
    Scope::DiaryDetails,
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
            note: match scope {
                Scope::Search => Some("type to search; pasted text goes in too"),
                Scope::WeightField => Some("type the number, or with its unit (70kg, 154lb); Backspace deletes"),
                Scope::DiaryForm => Some("type the time, length and note; a detail takes its choice's key or digits"),
                Scope::DiaryDetails => Some("each detail takes its choice's key, or digits for a number"),
                _ => None,
            },
        })
        .collect()
}

impl App {
    /// The footer's hints for what is on screen, in order; cramp now,
    /// search, help and quit are the ones that must show (on the cramp
    /// screen itself, `!` gives its room to the screen's own keys).
    pub fn footer_hints(&self) -> Vec<Hint> {
        let on_cramp = self.scopes().first() == Some(&Scope::CrampNow);
        self.scopes()
            .into_iter()
            .flat_map(in_scope)
            // `allows` leaves out pause, skip and back once a routine has finished.
            .filter(|b| self.allows(b))
            .filter(|b| !(on_cramp && b.action == Action::CrampNow))
            .filter_map(|b| {
                let must = matches!(
                    b.action,
                    Action::CrampNow | Action::Search | Action::Help | Action::QuitAsks | Action::Quit
                ) || (b.scope == Scope::Help && b.action == Action::Close);
                b.hint.map(|word| Hint { key: short_label(b), word, must, local: b.scope != Scope::Global })
            })
            .collect()
    }

    pub(super) fn help_action(&mut self, action: Action) {
        let step = match action {
            Action::Close => {
                self.overlay = None;
                return;
            }
            action => match super::tab_keys::scroll_move(action) {
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
    b.label.split(' ').next().unwrap_or(b.label)
}
