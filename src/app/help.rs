//! The key table as shown: grouped for the help overlay (and scrolling
//! it), and as hints for the footer.

use crossterm::event::{KeyEvent, KeyModifiers};

use super::keys::{Action, Binding, Global, Scope, in_scope};
use super::{App, Overlay, TabScreen};
use crate::guide::model::TabBody;
use crate::guide::ui_text::UiText;
use crate::view::Pane;
use crate::view::footer::Hint;
use crate::view::help::KeyGroup;

/// Every binding of the key table, grouped by scope, for help, in the
/// words of `ui`: the bindings `offered` says yes to, and no group with
/// none of them.
pub fn key_groups(ui: &UiText, offered: impl Fn(&Binding) -> bool) -> Vec<KeyGroup<'_>> {
    let keys = &ui.keys;
    Scope::ALL
        .iter()
        .filter(|&&scope| in_scope(scope).any(&offered))
        .map(|&scope| KeyGroup {
            heading: scope.heading(ui),
            keys: in_scope(scope).filter(|b| offered(b)).map(|b| (b.label, b.help(ui))).collect(),
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
        self.footer_hints_over(&self.tab_screen(self.tab, self.areas(self.size).body))
    }

    /// [`App::footer_hints`] over `shown`, the tab on screen already laid
    /// out for this frame, so drawing lays it out once.
    pub fn footer_hints_over(&self, shown: &TabScreen) -> Vec<Hint<'_>> {
        let ui = &self.guide.ui;
        self.footer_bindings(shown)
            .into_iter()
            .map(|b| {
                let must = matches!(
                    b.action,
                    Action::Global(Global::CrampNow | Global::Search | Global::Help | Global::QuitAsks | Global::Quit)
                ) || (b.scope == Scope::Help && b.action == Action::Close);
                let (word, short) = match self.pause_word(b) {
                    Some(word) => (word, word),
                    None => b.hint(ui).unwrap_or_default(),
                };
                Hint { key: short_label(b), word, short, must, local: b.scope != Scope::Global }
            })
            .collect()
    }

    /// The bindings the footer offers now, in order: each one's first key,
    /// pressed now, runs it (dispatch agrees: `q` in help closes help, so
    /// the footer there does not say "q quit"), and a scrolling key shows
    /// only over text that scrolls.
    fn footer_bindings(&self, shown: &TabScreen) -> Vec<&'static Binding> {
        let on_cramp = self.scopes().first() == Some(&Scope::CrampNow);
        self.scopes()
            .into_iter()
            .flat_map(in_scope)
            .filter(|b| b.hint && self.offers(b))
            .filter(|b| !(on_cramp && b.action == Action::Global(Global::CrampNow)))
            .filter(|b| self.reaches(b) && self.session_key_moves(b))
            .filter(|b| b.action != Action::PageDown || self.scrolls(b.scope, shown))
            .collect()
    }

    /// Whether the guide has what the keys of `scope` work on: a guide with
    /// no timer screen, diary, water plan, coach, red-flag check or topics
    /// offers none of their keys, in help or in the footer.
    fn guide_offers(&self, scope: Scope) -> bool {
        let has = |kind: fn(&TabBody) -> bool| self.guide.tabs.iter().any(|tab| kind(&tab.body));
        match scope {
            Scope::CrampNow | Scope::CrampUndo | Scope::CrampQuit => self.guide.cramp_now.is_some(),
            Scope::Diary | Scope::DiaryEntry | Scope::DiaryForm | Scope::DiaryDetails => self.guide.diary.is_some(),
            Scope::Hydration | Scope::WeightField => has(|body| matches!(body, TabBody::Hydration(_))),
            Scope::CoachList | Scope::CoachSession => has(|body| matches!(body, TabBody::Coach(_))),
            Scope::Triage => has(|body| matches!(body, TabBody::Triage(_))),
            Scope::Topics => has(|body| matches!(body, TabBody::Topics(_))),
            Scope::Global | Scope::Search | Scope::Help | Scope::Confirm => true,
        }
    }

    /// Whether the guide has what `binding` works on (its scope's, and for
    /// the app-wide key to the timer screen, that screen).
    pub fn offers(&self, binding: &Binding) -> bool {
        self.guide_offers(binding.scope)
            && (binding.action != Action::Global(Global::CrampNow) || self.guide.cramp_now.is_some())
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

    /// Whether the text a scope's paging keys move has more than a page
    /// (the tab's, from `shown`, the tab on screen laid out).
    fn scrolls(&self, scope: Scope, shown: &TabScreen) -> bool {
        let extent = match scope {
            Scope::CrampNow => self.cramp_pane().map(|p| p.extent()),
            Scope::Help => Some(self.help_pane(self.size).extent()),
            Scope::DiaryEntry => self.diary_entry_pane().map(|p| p.extent()),
            _ => shown.scroll_pane().map(Pane::extent),
        };
        extent.is_some_and(|e| e.lines > e.page)
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
