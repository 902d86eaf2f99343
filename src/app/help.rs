//! The key table as shown: grouped for the help overlay (and scrolling
//! it), and as hints for the footer.

use crossterm::event::{KeyEvent, KeyModifiers};

use super::keys::{Action, Binding, Scope, in_scope};
use super::{App, Overlay};
use crate::guide::ui_text::UiText;
use crate::view::footer::Hint;
use crate::view::help::KeyGroup;

/// The order scopes are listed in help.
const ORDER: [Scope; 17] = [
    Scope::Global,
    Scope::Topics,
    Scope::CoachList,
    Scope::CoachSession,
    Scope::Triage,
    Scope::Hydration,
    Scope::WeightField,
    Scope::Diary,
    Scope::DiaryEntry,
    Scope::DiaryForm,
    Scope::DiaryDetails,
    Scope::CrampNow,
    Scope::CrampUndo,
    Scope::Search,
    Scope::Help,
    Scope::Confirm,
    Scope::CrampQuit,
];

/// Every binding of the key table, grouped by scope, for help, in the
/// words of `ui`.
pub fn key_groups(ui: &UiText) -> Vec<KeyGroup<'_>> {
    let keys = &ui.keys;
    ORDER
        .iter()
        .map(|&scope| KeyGroup {
            heading: scope.heading(ui),
            keys: in_scope(scope).map(|b| (b.label, b.help(ui))).collect(),
            note: match scope {
                Scope::Search => Some(keys.search_note.get()),
                Scope::WeightField => Some(keys.weight_field_note.get()),
                Scope::DiaryForm => Some(keys.diary_form_note.get()),
                Scope::DiaryDetails => Some(keys.diary_details_note.get()),
                _ => None,
            },
        })
        .collect()
}

impl App {
    /// The footer's hints for what is on screen, in order; cramp now,
    /// search, help and quit are the ones that must show (on the cramp
    /// screen itself, `!` gives its room to the screen's own keys).
    pub fn footer_hints(&self) -> Vec<Hint<'_>> {
        let ui = &self.guide.ui;
        self.footer_bindings()
            .into_iter()
            .map(|b| {
                let must = matches!(
                    b.action,
                    Action::CrampNow | Action::Search | Action::Help | Action::QuitAsks | Action::Quit
                ) || (b.scope == Scope::Help && b.action == Action::Close);
                let (word, short) = b.hint(ui).unwrap_or_default();
                Hint { key: short_label(b), word, short, must, local: b.scope != Scope::Global }
            })
            .collect()
    }

    /// The bindings the footer offers now, in order: each one's first key,
    /// pressed now, runs it (dispatch agrees: `q` in help closes help, so
    /// the footer there does not say "q quit"), and a scrolling key shows
    /// only over text that scrolls.
    pub fn footer_bindings(&self) -> Vec<&'static Binding> {
        let on_cramp = self.scopes().first() == Some(&Scope::CrampNow);
        self.scopes()
            .into_iter()
            .flat_map(in_scope)
            .filter(|b| b.hint)
            .filter(|b| !(on_cramp && b.action == Action::CrampNow))
            .filter(|b| self.reaches(b) && self.session_key_moves(b))
            .filter(|b| b.action != Action::PageDown || self.scrolls(b.scope))
            .collect()
    }

    /// Whether pressing the first key of `binding` now runs it: it is not
    /// taken as typing, nor by another binding first.
    fn reaches(&self, binding: &'static Binding) -> bool {
        let key = binding.keys[0];
        let modifiers = if key.ctrl { KeyModifiers::CONTROL } else { KeyModifiers::NONE };
        let event = KeyEvent::new(key.code, modifiers);
        !self.prompt_takes(&event)
            && super::keys::lookup(&self.scopes(), &event, |b| self.allows(b))
                .is_some_and(|(found, _)| std::ptr::eq(found, binding))
    }

    /// Whether the text a scope's paging keys move has more than a page.
    fn scrolls(&self, scope: Scope) -> bool {
        let pane = match scope {
            Scope::CrampNow => self.cramp_pane(),
            Scope::Help => Some(self.help_pane(self.size)),
            Scope::DiaryEntry => self.diary_entry_pane(),
            _ => self.scroll_pane(self.tab),
        };
        pane.is_some_and(|p| p.lines.len() > p.page())
    }

    /// The title of the help overlay, naming the key that closes it.
    pub fn help_title(&self) -> String {
        self.guide.ui.help.title.fill(&[("close", &super::keys::key_label(Scope::Help, Action::Close))])
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
