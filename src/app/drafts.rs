//! What a person is typing is never lost by quitting at once (Ctrl-C): a
//! weight in the water plan's field and a cramp in the diary's form are
//! kept in the diary as drafts (see `diary::drafts`), and the next start
//! opens them again as they were left.

use std::collections::BTreeMap;

use super::diary::local_time;
use super::diary_form::CrampForm;
use super::{App, TabState};

/// The draft of the weight typed in the water-plan tab `id`.
fn weight_draft(tab_id: &str) -> String {
    format!("weight.{tab_id}")
}

impl App {
    /// Quitting at once: keeps what is typed, if anything. Nothing typed
    /// never creates a diary; a diary that cannot be written loses only
    /// the draft.
    pub(super) fn keep_drafts(&mut self) {
        // Each kind of draft, with the start of its names.
        let mut kinds: Vec<(String, Vec<(String, String)>)> = Vec::new();
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
        for (kind, drafts) in kinds.iter().filter(|(_, drafts)| !drafts.is_empty()) {
            let _ = self.diary.link.writer().ok().map(|d| d.keep_drafts(kind, drafts));
        }
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
