//! The Diary tab's state and keys, and saving a cramp from the cramp screen.
//! The file is opened on first need (see [`DiaryLink`]); every change is one
//! write, after which what is shown is read again.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::diary_form::{Answer, CrampForm, DetailsPrompt};
use super::diary_link::{DiaryLink, DiaryProblem};
use super::keys::{Action, Scope, key_label};
use super::{App, Overlay, TabState, line_edit};
use crate::coach::Clock;
use crate::diary::{Cramp, ExportFormat, MAX_DURATION, NewCramp, export, write_new_file};
use crate::text::figures::elapsed_text;
use crate::view::diary::day_month_time;

/// Everything the app keeps about the diary.
pub struct DiaryState {
    pub link: DiaryLink,
    /// The selected cramp in the list (newest first).
    pub selected: usize,
    pub form: Option<CrampForm>,
    pub prompt: Option<DetailsPrompt>,
    /// The cramp deleted last, until the next change.
    pub undo: Option<Cramp>,
    /// A note for the Diary screen (an export's file, a failure).
    pub notice: Option<String>,
    /// A cramp from the cramp screen whose save failed, to try again.
    pub unsaved: Option<NewCramp>,
    /// The selected cramp shown in full, and how far it is scrolled.
    pub viewing: Option<crate::view::Scroll>,
    /// Whose timer a cramp being timed is kept as in the diary: this
    /// process's id (see `diary::timer`).
    pub owner: u32,
}

impl DiaryState {
    pub fn new(link: DiaryLink) -> DiaryState {
        DiaryState {
            link,
            selected: 0,
            form: None,
            prompt: None,
            undo: None,
            notice: None,
            unsaved: None,
            viewing: None,
            owner: std::process::id(),
        }
    }
}

/// The wall clock of `now` in local time.
pub fn local_time(now: Clock) -> DateTime<FixedOffset> {
    DateTime::<Local>::from(now.wall).fixed_offset()
}

impl App {
    /// The diary as of `now`, read if it has not been (or changed since).
    pub fn load_diary(&mut self) {
        let now = local_time(self.now);
        self.diary.link.load(self.guide.diary.as_ref(), now);
        let count = self.diary.link.loaded().map_or(0, |l| l.cramps.len());
        self.diary.selected = self.diary.selected.min(count.saturating_sub(1));
        if count == 0 {
            self.diary.viewing = None;
        }
    }

    /// Reads the diary when a screen that shows it comes up: the Diary
    /// tab, and the red-flag check and cramp screen when the guide puts
    /// diary facts beside their signs; and the preferences when one that
    /// uses them does (`read_preferences_if_used`).
    pub(super) fn shown(&mut self) {
        self.read_preferences_if_used();
        let hints = self.guide.diary.as_ref().is_some_and(|c| !c.hints.is_empty());
        let wants = match self.tabs.get(self.tab) {
            Some(TabState::Diary) => true,
            // The check weighs cramps saved today that lasted long.
            Some(TabState::Triage(_)) => hints || self.guide.cramp_now.is_some(),
            _ => false,
        };
        if wants || (hints && self.cramp.as_ref().is_some_and(|c| c.visible)) {
            self.load_diary();
        }
    }

    /// Whether a Diary key means anything now: nothing to edit, delete or
    /// export in an empty diary, no writing to one that cannot be opened,
    /// undo only after a delete.
    pub(super) fn diary_allows(&self, action: Action) -> bool {
        let broken = self.diary.link.problem().is_some();
        let any = self.diary.link.loaded().is_some_and(|l| !l.cramps.is_empty());
        match action {
            Action::Undo => self.diary.undo.is_some(),
            Action::AddCramp => !broken,
            Action::EditCramp | Action::DeleteCramp | Action::Export => !broken && any,
            Action::Follow => any,
            _ => true,
        }
    }

    /// A key of the Diary tab.
    pub(super) fn diary_action(&mut self, action: Action, now: Clock) {
        self.load_diary();
        let words = self.guide.ui.diary.clone();
        let count = self.diary.link.loaded().map_or(0, |l| l.cramps.len());
        match action {
            Action::Down | Action::Up | Action::First | Action::Last => {
                self.diary.selected = super::step_selection(self.diary.selected, count, action);
            }
            Action::Follow => self.diary.viewing = Some(crate::view::Scroll::default()),
            // Never offered for a diary that cannot be opened (`diary_allows`).
            Action::AddCramp => self.diary.form = Some(CrampForm::new(self.guide.diary.as_ref(), local_time(now))),
            Action::EditCramp => {
                if let Some(c) = self.selected_cramp() {
                    self.diary.form = Some(CrampForm::editing(c.id, &c.entry, self.guide.diary.as_ref()));
                }
            }
            Action::DeleteCramp => {
                let Some(id) = self.selected_cramp().map(|c| c.id) else { return };
                match self.diary.link.writer().and_then(|d| d.delete(id).map_err(DiaryProblem::from)) {
                    Ok(Some(old)) => {
                        let at = &old.entry.started;
                        let when = day_month_time(&self.guide.locale, at);
                        let undo = key_label(Scope::Diary, Action::Undo);
                        self.diary.notice = Some(words.deleted.fill(&[("when", &when), ("undo", &undo)]));
                        self.diary.undo = Some(old);
                    }
                    Ok(None) => self.diary.undo = None,
                    Err(e) => self.diary.notice = Some(words.not_deleted.fill(&[("problem", &e.say(&words))])),
                }
                self.diary.link.changed();
            }
            Action::Undo => {
                let Some(old) = self.diary.undo.take() else { return };
                match self.diary.link.writer().and_then(|d| d.restore(&old).map_err(DiaryProblem::from)) {
                    Ok(()) => self.diary.notice = Some(words.undone.get().to_string()),
                    Err(e) => {
                        self.diary.notice = Some(words.not_undone.fill(&[("problem", &e.say(&words))]));
                        self.diary.undo = Some(old);
                    }
                }
                self.diary.link.changed();
            }
            Action::Export => self.export_diary(now),
            _ => {}
        }
        self.load_diary();
    }

    fn selected_cramp(&self) -> Option<&Cramp> {
        self.diary.link.loaded()?.cramps.get(self.diary.selected)
    }

    /// Writes the diary as Markdown to a new file in the data directory,
    /// never over an existing one.
    fn export_diary(&mut self, now: Clock) {
        let Some(loaded) = self.diary.link.loaded() else { return };
        let Some(dir) = self.diary.link.dir() else {
            self.diary.notice = Some(self.guide.ui.diary.no_export_dir.get().to_string());
            return;
        };
        let local = local_time(now);
        let text = export(&loaded.cramps, &self.guide, ExportFormat::Markdown, local);
        let stem = self.guide.ui.diary.export_file.fill(&[("date", &local.format("%Y-%m-%d"))]);
        let mut result = Err(String::new());
        for n in 1..100 {
            let name = if n == 1 { format!("{stem}.md") } else { format!("{stem}-{n}.md") };
            let path = dir.join(name);
            match write_new_file(&path, &text, false) {
                Ok(()) => {
                    result = Ok(path);
                    break;
                }
                Err(_) if path.exists() => continue,
                Err(e) => {
                    result = Err(e.say(&self.guide.ui.diary));
                    break;
                }
            }
        }
        let words = &self.guide.ui.diary;
        self.diary.notice = Some(match result {
            Ok(path) => words.exported.fill(&[("path", &path.display())]),
            Err(e) => words.not_exported.fill(&[("problem", &e)]),
        });
    }

    /// A key of the add/edit form.
    pub(super) fn form_action(&mut self, action: Action, now: Clock) {
        let config = self.guide.diary.as_ref();
        let Some(form) = &mut self.diary.form else { return };
        match action {
            Action::Close if form.changed() => self.ask(Overlay::ConfirmDiscard, now),
            Action::Close => self.diary.form = None,
            Action::Save => {
                let cramp = match form.cramp(config, &self.guide.ui.diary, local_time(now)) {
                    Ok(c) => c,
                    Err(e) => {
                        form.error = Some(e);
                        return;
                    }
                };
                let editing = form.editing.zip(form.was.clone());
                let result = self.diary.link.writer().and_then(|d| {
                    match &editing {
                        Some((id, was)) => d.update(*id, was, &cramp),
                        // A cramp to edit that was gone when the form came back.
                        None => d.add(&cramp),
                    }
                    .map_err(DiaryProblem::from)
                });
                self.diary.link.changed();
                match result {
                    Ok(id) => {
                        self.diary.form = None;
                        self.diary.undo = None;
                        self.diary.notice = None;
                        let words = &self.guide.ui.diary;
                        let saved = words.saved_lasted.fill(&[("lasted", &elapsed_text(cramp.duration))]);
                        // The advice the cramp screen gives at this length,
                        // first, so a narrow screen still shows it.
                        self.status = Some(match self.guide.cramp_advice(cramp.duration) {
                            Some((e, level)) => words.saved_with_advice.fill(&[
                                ("level", &level),
                                ("after", &elapsed_text(e.after)),
                                ("saved", &saved),
                            ]),
                            None => saved,
                        });
                        self.load_diary();
                        if let Some(i) = self.diary.link.loaded().and_then(|l| l.cramps.iter().position(|c| c.id == id))
                        {
                            self.diary.selected = i;
                        }
                    }
                    Err(e) => {
                        if let Some(form) = &mut self.diary.form {
                            let save = key_label(Scope::DiaryForm, Action::Save);
                            form.error = Some(
                                self.guide
                                    .ui
                                    .diary
                                    .not_saved_form
                                    .fill(&[("save", &save), ("problem", &e.say(&self.guide.ui.diary))]),
                            );
                        }
                    }
                }
            }
            action => form.act(config, action),
        }
    }

    /// Whether a key of the add/edit form means anything on the row being
    /// filled: ← and → change a detail's choice, and move the cursor of a
    /// text row, as the other editing keys do there.
    pub(super) fn form_allows(&self, action: Action) -> bool {
        let Some(form) = &self.diary.form else { return true };
        match action {
            Action::NextLink | Action::PrevLink => !form.on_text(),
            action if line_edit::is_edit(action) => form.on_text(),
            _ => true,
        }
    }

    /// Typing into the form or the quick details; true when the key was
    /// taken as typing.
    pub(super) fn diary_typing(&mut self, event: &KeyEvent) -> bool {
        let Some(typed) = typing(event) else { return false };
        let config = self.guide.diary.as_ref();
        if let Some(form) = &mut self.diary.form {
            form.type_key(config, typed);
            form.error = None;
            return true;
        }
        if let Some(prompt) = &mut self.diary.prompt {
            let Some(field) = config.and_then(|c| c.fields.get(prompt.field)) else { return false };
            if !DetailsPrompt::takes(field, typed) {
                return false;
            }
            let answer = prompt.type_key(field, typed);
            self.answer_prompt(answer);
            return true;
        }
        false
    }

    /// Whether the quick details, if asked now, take `event` as typing.
    pub(super) fn prompt_takes(&self, event: &KeyEvent) -> bool {
        let Some(prompt) = &self.diary.prompt else { return false };
        let Some(field) = self.guide.diary.as_ref().and_then(|c| c.fields.get(prompt.field)) else { return false };
        typing(event).is_some_and(|typed| DetailsPrompt::takes(field, typed))
    }

    /// A key of the quick details.
    pub(super) fn prompt_action(&mut self, action: Action) {
        let config = self.guide.diary.as_ref();
        let Some(prompt) = &mut self.diary.prompt else { return };
        match action {
            Action::Save => {
                let Some(field) = config.and_then(|c| c.fields.get(prompt.field)) else { return };
                let answer = prompt.enter(field);
                self.answer_prompt(answer);
            }
            Action::Close => {
                // A number typed for the field asked is kept; the rest are skipped.
                if !prompt.typed.is_empty()
                    && let Some(field) = config.and_then(|c| c.fields.get(prompt.field))
                {
                    let answer = prompt.enter(field);
                    self.answer_prompt(answer);
                }
                // Unless keeping it failed (and said so) or it was the last.
                if self.diary.prompt.take().is_some() {
                    self.status = Some(self.guide.ui.diary.saved.get().to_string());
                }
            }
            _ => {}
        }
    }

    /// Records an answer and moves to the next field, or closes the prompt.
    fn answer_prompt(&mut self, answer: Answer) {
        let fields = self.guide.diary.as_ref().map_or(&[][..], |c| &c.fields[..]);
        let Some(prompt) = &mut self.diary.prompt else { return };
        match answer {
            Answer::Pending => return,
            Answer::Skipped => {}
            Answer::Value(v) => {
                let was = prompt.cramp.clone();
                prompt.cramp.details.insert(fields[prompt.field].key.clone(), v);
                let (id, cramp) = (prompt.id, &prompt.cramp);
                let result =
                    self.diary.link.writer().and_then(|d| d.update(id, &was, cramp).map_err(DiaryProblem::from));
                self.diary.link.changed();
                match result {
                    // Saved as a new cramp if another copy changed this one meanwhile.
                    Ok(saved_as) => prompt.id = saved_as,
                    Err(e) => {
                        self.diary.prompt = None;
                        let problem = e.say(&self.guide.ui.diary);
                        self.status = Some(self.guide.ui.diary.details_not_saved.fill(&[("problem", &problem)]));
                        return;
                    }
                }
            }
        }
        let Some(prompt) = &mut self.diary.prompt else { return };
        prompt.field += 1;
        prompt.typed.clear();
        if prompt.field >= fields.len() {
            self.diary.prompt = None;
            self.status = Some(self.guide.ui.diary.saved.get().to_string());
        }
    }

    /// `s` on the cramp screen: the cramp goes into the diary (start on the
    /// wall clock, how long it lasted), then its quick details are asked.
    /// A failed save keeps the cramp on screen so `s` can try again; so
    /// does a timer run past the longest a cramp is kept as (left running,
    /// or taken up a day later), which is never saved.
    pub(super) fn save_cramp(&mut self, now: Clock) {
        let Some(cramp) = &self.cramp else { return };
        let lasted = cramp.elapsed(now);
        if self.diary.unsaved.is_none() && lasted > MAX_DURATION {
            let discard = key_label(Scope::CrampNow, Action::Discard);
            let lasted = elapsed_text(lasted);
            self.status = Some(self.guide.ui.diary.timer_too_long.fill(&[("lasted", &lasted), ("discard", &discard)]));
            return;
        }
        let entry = self.diary.unsaved.take().unwrap_or_else(|| NewCramp {
            started: local_time(Clock { mono: now.mono, wall: cramp.started }),
            // The diary keeps lengths above zero.
            duration: lasted.max(Duration::from_millis(1)),
            details: Default::default(),
            note: None,
        });
        let owner = self.diary.owner;
        let result = self.diary.link.writer().and_then(|d| d.add_timed(&entry, owner).map_err(DiaryProblem::from));
        self.diary.link.changed();
        match result {
            Ok(id) => {
                self.cramp = None;
                self.diary.undo = None;
                let lasted = elapsed_text(entry.duration);
                self.status = Some(self.guide.ui.diary.saved_timer.fill(&[("lasted", &lasted)]));
                if self.guide.diary.as_ref().is_some_and(|c| !c.fields.is_empty()) {
                    self.diary.prompt = Some(DetailsPrompt::new(id, entry));
                }
            }
            Err(e) => {
                self.diary.unsaved = Some(entry);
                let save = key_label(Scope::CrampNow, Action::CrampStopped);
                let problem = e.say(&self.guide.ui.diary);
                self.status = Some(self.guide.ui.diary.not_saved_timer.fill(&[("save", &save), ("problem", &problem)]));
            }
        }
    }
}

/// A key as typing into a form: a character, or Backspace (`Some(None)`);
/// None for a key that is not typing.
fn typing(event: &KeyEvent) -> Option<Option<char>> {
    match event.code {
        KeyCode::Char(c) if !event.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => Some(Some(c)),
        KeyCode::Backspace => Some(None),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
