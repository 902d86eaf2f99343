//! Pasted text (the terminal's bracketed paste) goes only where a person
//! types: the search line, a text row of the diary's form, the weight
//! field. Anywhere else it is never taken as keys, so a pasted paragraph
//! cannot press a screen's keys (`d` deletes in the diary, `q` quits); the
//! footer says where a paste goes instead.

use super::keys::Scope;
use super::{App, TabState};
use crate::coach::Clock;

impl App {
    /// Takes pasted `text` at `now`: its line breaks and tabs become spaces,
    /// other control characters are dropped.
    pub fn paste_at(&mut self, text: &str, now: Clock) {
        let line: String =
            text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).filter(|c| !c.is_control()).collect();
        self.input_at(now, |app| {
            if !app.paste_into_field(&line) {
                app.status = Some(app.guide.ui.footer.paste_ignored.get().to_string());
            }
        });
    }

    /// Types `line` into the field the keys go to now; false when none
    /// takes text there (a question, a screen, a detail's choice).
    fn paste_into_field(&mut self, line: &str) -> bool {
        match self.scopes()[0] {
            Scope::Search => self.search_paste(line),
            Scope::DiaryForm => {
                let config = self.guide.diary.as_ref();
                let Some(form) = self.diary.form.as_mut().filter(|form| form.on_text()) else { return false };
                for c in line.chars() {
                    form.type_key(config, Some(c));
                }
                form.error = None;
            }
            Scope::WeightField => {
                let Some(TabState::Hydration(state)) = self.tabs.get_mut(self.tab) else { return false };
                let Some(field) = &mut state.editing else { return false };
                for c in line.chars() {
                    field.insert(c);
                }
                state.field_error = None;
            }
            Scope::Global
            | Scope::Topics
            | Scope::CoachList
            | Scope::CoachSession
            | Scope::Triage
            | Scope::Hydration
            | Scope::Diary
            | Scope::DiaryEntry
            | Scope::DiaryDetails
            | Scope::CrampNow
            | Scope::CrampUndo
            | Scope::Help
            | Scope::Confirm
            | Scope::CrampQuit => return false,
        }
        true
    }
}
