//! Pasted text (the terminal's bracketed paste) goes only where a person
//! types: the search line, a text row of the diary's form, the weight
//! field. Anywhere else it is never taken as keys, so a pasted paragraph
//! cannot press a screen's keys (`d` deletes in the diary, `q` quits); the
//! footer says where a paste goes instead.

use super::diary_form::FormRow;
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

    /// Types `line` into the field open now; false when none takes text.
    fn paste_into_field(&mut self, line: &str) -> bool {
        if self.search.is_some() {
            self.search_paste(line);
            return true;
        }
        // A question is up: it wants its answer, not text.
        if self.overlay.is_some() {
            return false;
        }
        if let Some(form) = &mut self.diary.form {
            if matches!(form.row_kind(form.row), FormRow::Detail(_)) {
                return false;
            }
            let config = self.guide.diary.as_ref();
            for c in line.chars() {
                form.type_key(config, Some(c));
            }
            form.error = None;
            return true;
        }
        if self.diary.prompt.is_some() || self.cramp.as_ref().is_some_and(|c| c.visible) {
            return false;
        }
        if let Some(TabState::Hydration(state)) = self.tabs.get_mut(self.tab)
            && let Some(field) = &mut state.editing
        {
            for c in line.chars() {
                field.insert(c);
            }
            state.field_error = None;
            return true;
        }
        false
    }
}
