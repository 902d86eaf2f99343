//! What a person is typing is never lost by quitting at once (Ctrl-C), by
//! the terminal closing (SIGHUP) or by SIGTERM or SIGQUIT: a weight in the
//! water plan's field and a cramp in the diary's form are kept in the diary
//! as drafts (see `diary::drafts`), and the next start opens them again as
//! they were left.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::diary::local_time;
use super::diary_form::CrampForm;
use super::diary_link::DiaryLink;
use super::{App, TabState};

/// What is being typed, by kind of draft: the start of the drafts' names,
/// then each draft's name and text. Empty when nothing is typed.
pub type Typed = Vec<(String, Vec<(String, String)>)>;

/// The draft of the weight typed in the water-plan tab `id`.
fn weight_draft(tab_id: &str) -> String {
    format!("weight.{tab_id}")
}

impl App {
    /// What is being typed now: the weight in each water plan's open field,
    /// the diary's form.
    pub fn typed(&self) -> Typed {
        let mut kinds = Typed::new();
        for (tab, state) in self.guide.tabs.iter().zip(&self.tabs) {
            if let TabState::Hydration(h) = state
                && let Some(typed) = h.editing.as_ref().filter(|t| !t.is_empty())
            {
                let name = weight_draft(&tab.id);
                kinds.push((name.clone(), vec![(name, typed.as_str().to_string())]));
            }
        }
        if let Some(form) = &self.diary.form {
            kinds.push((CrampForm::DRAFTS.to_string(), form.drafts(self.guide.diary.as_ref())));
        }
        kinds.retain(|(_, drafts)| !drafts.is_empty());
        kinds
    }

    /// Quitting at once (Ctrl-C, or the terminal failing): keeps what is
    /// typed, if anything.
    pub fn keep_drafts(&mut self) {
        let typed = self.typed();
        keep(&mut self.diary.link, &typed);
    }

    /// At the start: what was being typed when the program last quit at
    /// once, opened again where it was typed (a cramp's form on the Diary
    /// tab, which is shown), and the tabs it is in.
    pub(super) fn take_up_drafts(&mut self) -> Vec<usize> {
        let Some(drafts) = self.diary.link.existing().and_then(|d| d.take_drafts().ok()) else { return Vec::new() };
        let mut back = Vec::new();
        for (i, (tab, state)) in self.guide.tabs.iter().zip(&mut self.tabs).enumerate() {
            if let TabState::Hydration(h) = state
                && let Some(typed) = drafts.get(&weight_draft(&tab.id))
            {
                h.resume_typing(typed);
                back.push(i);
            }
        }
        let diary_tab = self.tabs.iter().position(|t| matches!(t, TabState::Diary));
        if let Some((tab, form)) = diary_tab.zip(self.form_from(&drafts)) {
            // The form takes every key wherever it is open: it is shown.
            self.diary.form = Some(form);
            self.select_tab(tab);
            back.push(tab);
        }
        back
    }

    /// The form the drafts hold; one editing a cramp compares what it
    /// saves with that cramp as the diary holds it now (gone: saved new).
    fn form_from(&mut self, drafts: &BTreeMap<String, String>) -> Option<CrampForm> {
        let config = self.guide.diary.as_ref();
        let mut form = CrampForm::from_drafts(drafts, config, local_time(self.now))?;
        let was = form.editing.and_then(|id| self.diary.link.existing()?.get(id).ok().flatten());
        form.was = was.map(|c| c.entry);
        Some(form)
    }
}

/// Keeps `typed` in the diary `link` leads to, as drafts. Nothing typed
/// never creates a diary; a diary that cannot be written loses only the
/// drafts.
fn keep(link: &mut DiaryLink, typed: &Typed) {
    for (kind, drafts) in typed {
        let _ = link.writer().ok().map(|d| d.keep_drafts(kind, drafts));
    }
}

/// Keeps `typed` in the diary in `dir`, as drafts: for a quit the app
/// itself does not see (a signal, handled on a thread of its own).
pub fn keep_typed_in(dir: PathBuf, typed: &Typed) {
    keep(&mut DiaryLink::new(Some(dir)), typed);
}
