//! The two small forms of the diary: adding or editing a cramp by hand
//! (time, length, details, note), and the quick details asked one key each
//! after a cramp is saved from the cramp screen.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use super::keys::Action;
use super::line_edit;
use crate::diary::{NewCramp, parse_duration, parse_moment};
use crate::guide::model::{DetailField, DetailKind, DiaryConfig};
use crate::guide::ui_text::groups;
use crate::text::figures::elapsed_text;
use crate::text::line_input::{Edit, LineInput};

/// The most characters typed into a row of the form.
const TEXT_MAX: usize = 200;

/// The most digits of a number on a scale (a `u32`).
const SCALE_DIGITS: usize = 10;

/// The names a form's rows are kept under as drafts; each starts with
/// [`CrampForm::DRAFTS`].
const WHEN: &str = "cramp.when";
const LASTED: &str = "cramp.lasted";
const NOTE: &str = "cramp.note";
const ROW: &str = "cramp.row";
const EDITING: &str = "cramp.editing";
const DETAIL: &str = "cramp.detail.";

/// A cramp being added (`editing` None) or edited, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct CrampForm {
    pub editing: Option<i64>,
    /// The cramp being edited as it was read, to tell whether another
    /// copy changed it meanwhile (see `Diary::update`).
    pub(super) was: Option<NewCramp>,
    /// "YYYY-MM-DD HH:MM", local time.
    pub when: LineInput,
    /// "m:ss", "150s", "2m30s", or a bare number of minutes.
    pub lasted: LineInput,
    /// Per detail field of the guide, its stored value if set.
    pub details: Vec<Option<String>>,
    pub note: LineInput,
    /// The row being filled: 0 when, 1 lasted, then each detail, then note.
    pub row: usize,
    /// Why the last save was refused (or failed).
    pub error: Option<String>,
    /// What the rows held when the form opened.
    opened: Rows,
}

/// What the rows of a form hold, to tell whether anything was typed.
#[derive(Debug, Clone, Default, PartialEq)]
struct Rows {
    when: String,
    lasted: String,
    details: Vec<Option<String>>,
    note: String,
}

/// A row of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRow {
    When,
    Lasted,
    Detail(usize),
    Note,
}

impl CrampForm {
    /// The start of the names its drafts are kept under.
    pub const DRAFTS: &str = "cramp.";

    /// An empty form: now, no length yet.
    pub fn new(config: Option<&DiaryConfig>, now: DateTime<FixedOffset>) -> CrampForm {
        let fields = config.map_or(0, |c| c.fields.len());
        CrampForm {
            editing: None,
            was: None,
            when: LineInput::with_text(&now.format("%Y-%m-%d %H:%M").to_string(), TEXT_MAX),
            lasted: LineInput::new(TEXT_MAX),
            details: vec![None; fields],
            note: LineInput::new(TEXT_MAX),
            row: 1,
            error: None,
            opened: Rows::default(),
        }
        .opened()
    }

    /// A form holding a recorded cramp, to edit it.
    pub fn editing(id: i64, cramp: &NewCramp, config: Option<&DiaryConfig>) -> CrampForm {
        let details =
            config.map(|c| c.fields.iter().map(|f| cramp.details.get(&f.key).cloned()).collect()).unwrap_or_default();
        CrampForm {
            editing: Some(id),
            was: Some(cramp.clone()),
            when: LineInput::with_text(&cramp.started.format("%Y-%m-%d %H:%M").to_string(), TEXT_MAX),
            lasted: LineInput::with_text(&elapsed_text(cramp.duration), TEXT_MAX),
            details,
            note: LineInput::with_text(cramp.note.as_deref().unwrap_or_default(), TEXT_MAX),
            row: 0,
            error: None,
            opened: Rows::default(),
        }
        .opened()
    }

    /// The form with what its rows hold now taken as what it opened with.
    fn opened(mut self) -> CrampForm {
        self.opened = self.held();
        self
    }

    fn held(&self) -> Rows {
        Rows {
            when: self.when.as_str().to_owned(),
            lasted: self.lasted.as_str().to_owned(),
            details: self.details.clone(),
            note: self.note.as_str().to_owned(),
        }
    }

    /// What the rows hold, as drafts (name, text) to keep when the program
    /// quits at once; none when nothing was typed.
    pub(super) fn drafts(&self, config: Option<&DiaryConfig>) -> Vec<(String, String)> {
        if !self.changed() {
            return Vec::new();
        }
        let mut out = vec![
            (WHEN.to_string(), self.when.as_str().to_string()),
            (LASTED.to_string(), self.lasted.as_str().to_string()),
            (NOTE.to_string(), self.note.as_str().to_string()),
            (ROW.to_string(), self.row.to_string()),
        ];
        out.extend(self.editing.map(|id| (EDITING.to_string(), id.to_string())));
        let fields = config.map(|c| c.fields.as_slice()).unwrap_or_default();
        for (field, value) in fields.iter().zip(&self.details) {
            out.extend(value.as_ref().map(|v| (format!("{DETAIL}{}", field.key), v.clone())));
        }
        out
    }

    /// The form kept as drafts by [`CrampForm::drafts`], open as it was
    /// left (counted as typed, so closing it asks first); None when the
    /// drafts hold no form. A detail the guide no longer has, or a value it
    /// cannot hold, is dropped; text is taken as it could have been typed.
    pub(super) fn from_drafts(
        drafts: &BTreeMap<String, String>,
        config: Option<&DiaryConfig>,
        now: DateTime<FixedOffset>,
    ) -> Option<CrampForm> {
        let when = drafts.get(WHEN)?;
        let text = |name: &str| LineInput::as_typed(drafts.get(name).map_or("", String::as_str), TEXT_MAX);
        let mut form = CrampForm::new(config, now);
        form.editing = drafts.get(EDITING).and_then(|id| id.parse().ok());
        form.when = LineInput::as_typed(when, TEXT_MAX);
        form.lasted = text(LASTED);
        form.note = text(NOTE);
        if let Some(config) = config {
            let value = |f: &DetailField| f.parse_value(drafts.get(&format!("{DETAIL}{}", f.key))?).ok();
            form.details = config.fields.iter().map(value).collect();
        }
        form.row = drafts.get(ROW).and_then(|r| r.parse().ok()).filter(|&r| r < form.rows()).unwrap_or(form.row);
        Some(form)
    }

    /// Whether anything in the rows differs from when the form opened, so
    /// closing it would throw something typed away.
    pub fn changed(&self) -> bool {
        self.held() != self.opened
    }

    pub fn rows(&self) -> usize {
        self.details.len() + 3
    }

    pub fn row_kind(&self, row: usize) -> FormRow {
        match row {
            0 => FormRow::When,
            1 => FormRow::Lasted,
            r if r < self.details.len() + 2 => FormRow::Detail(r - 2),
            _ => FormRow::Note,
        }
    }

    /// The text of the row being filled, when it is typed as text (the
    /// time, the length, the note); None on a detail.
    pub fn text_mut(&mut self) -> Option<&mut LineInput> {
        match self.row_kind(self.row) {
            FormRow::When => Some(&mut self.when),
            FormRow::Lasted => Some(&mut self.lasted),
            FormRow::Note => Some(&mut self.note),
            FormRow::Detail(_) => None,
        }
    }

    /// Whether the row being filled is typed as text.
    pub fn on_text(&self) -> bool {
        !matches!(self.row_kind(self.row), FormRow::Detail(_))
    }

    /// A key for the form's own rows (not typing): moving between rows, a
    /// detail's choices, the editing keys of a text row.
    pub fn act(&mut self, config: Option<&DiaryConfig>, action: Action) {
        match action {
            Action::Down => self.row = (self.row + 1) % self.rows(),
            Action::Up => self.row = (self.row + self.rows() - 1) % self.rows(),
            Action::NextLink | Action::PrevLink => {
                if let FormRow::Detail(i) = self.row_kind(self.row)
                    && let Some(field) = config.and_then(|c| c.fields.get(i))
                    && let DetailKind::Choice(choices) = &field.kind
                {
                    let at = self.details[i].as_ref().and_then(|v| choices.iter().position(|c| &c.value == v));
                    let n = choices.len() + 1; // "not said" is a step of the cycle
                    let pos = at.map_or(0, |p| p + 1);
                    let next = if action == Action::NextLink { (pos + 1) % n } else { (pos + n - 1) % n };
                    self.details[i] = next.checked_sub(1).map(|p| choices[p].value.clone());
                }
            }
            action => {
                if let Some(text) = self.text_mut()
                    && line_edit::edit(text, action)
                {
                    self.error = None;
                }
            }
        }
    }

    /// A typed character or Backspace (None) for the row being filled.
    pub fn type_key(&mut self, config: Option<&DiaryConfig>, c: Option<char>) {
        if let FormRow::Detail(i) = self.row_kind(self.row) {
            if let Some(field) = config.and_then(|cfg| cfg.fields.get(i)) {
                self.details[i] = type_detail(field, self.details[i].take(), c);
            }
            return;
        }
        let Some(text) = self.text_mut() else { return };
        match c {
            // A full row takes the key and drops it.
            Some(c) => {
                text.insert(c);
            }
            None => {
                text.edit(Edit::DeleteBack);
            }
        }
    }

    /// Beside the length being typed: how it reads ("= 2:00" for "2"), or
    /// what it takes while it reads as nothing yet.
    pub fn lasted_reading(&self, words: &groups::diary) -> String {
        match parse_duration(&self.lasted) {
            Ok(d) => words.lasted_reads.fill(&[("lasted", &elapsed_text(d))]),
            Err(_) => words.lasted_takes.get().to_string(),
        }
    }

    /// The cramp the form describes, or what is wrong with it.
    pub fn cramp(
        &self,
        config: Option<&DiaryConfig>,
        words: &groups::diary,
        now: DateTime<FixedOffset>,
    ) -> Result<NewCramp, String> {
        let started = parse_moment(&self.when, now.to_utc()).map_err(|e| e.say(words))?;
        if self.lasted.trim().is_empty() {
            return Err(words.no_length.get().to_string());
        }
        let duration = parse_duration(&self.lasted).map_err(|e| e.say(words))?;
        let mut details = BTreeMap::new();
        if let Some(config) = config {
            for (field, value) in config.fields.iter().zip(&self.details) {
                if let Some(v) = value {
                    details.insert(field.key.clone(), field.parse_value(v).map_err(|e| e.say(words))?);
                }
            }
        }
        let note = Some(self.note.trim().to_string()).filter(|n| !n.is_empty());
        Ok(NewCramp { started, duration, details, note })
    }
}

/// A detail's value after a key: a choice's key picks it, digits make a
/// number within the scale, Backspace (None) takes back.
fn type_detail(field: &DetailField, value: Option<String>, c: Option<char>) -> Option<String> {
    match (&field.kind, c) {
        (DetailKind::Choice(choices), Some(c)) => {
            choices.iter().find(|ch| ch.key.eq_ignore_ascii_case(&c)).map(|ch| ch.value.clone()).or(value)
        }
        (DetailKind::Choice(_), None) => None,
        (DetailKind::Scale { max, .. }, Some(c)) if c.is_ascii_digit() => {
            let typed = format!("{}{c}", value.unwrap_or_default());
            match typed.parse::<u32>() {
                Ok(n) if n <= *max => Some(n.to_string()),
                // Past the top of the scale: start again from this digit.
                _ => Some(c.to_string()),
            }
        }
        (DetailKind::Scale { .. }, Some(_)) => value,
        (DetailKind::Scale { .. }, None) => {
            let mut v = value.unwrap_or_default();
            v.pop();
            Some(v).filter(|v| !v.is_empty())
        }
    }
}

/// The quick details asked after a cramp is saved from the cramp screen:
/// one field at a time, each optional.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailsPrompt {
    /// The saved cramp and its id, to add the details to.
    pub id: i64,
    pub cramp: NewCramp,
    /// The field being asked.
    pub field: usize,
    /// Digits typed for a scale.
    pub typed: LineInput,
}

/// What a key in the prompt did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Nothing yet (a digit typed, or a key that means nothing here).
    Pending,
    /// The field was answered with this stored value.
    Value(String),
    /// The field was skipped.
    Skipped,
}

impl DetailsPrompt {
    /// The details of the cramp saved as `id`, asked from the first.
    pub fn new(id: i64, cramp: NewCramp) -> DetailsPrompt {
        DetailsPrompt { id, cramp, field: 0, typed: LineInput::new(SCALE_DIGITS) }
    }

    /// A typed character or Backspace (None) for the field asked.
    pub fn type_key(&mut self, field: &DetailField, c: Option<char>) -> Answer {
        match (&field.kind, c) {
            (DetailKind::Choice(choices), Some(c)) => choices
                .iter()
                .find(|ch| ch.key.eq_ignore_ascii_case(&c))
                .map_or(Answer::Pending, |ch| Answer::Value(ch.value.clone())),
            (DetailKind::Scale { .. }, Some(c)) if c.is_ascii_digit() => {
                let so_far = Some(self.typed.to_string()).filter(|t| !t.is_empty());
                self.typed.set(&type_detail(field, so_far, Some(c)).unwrap_or_default());
                Answer::Pending
            }
            (DetailKind::Scale { .. }, None) => {
                self.typed.edit(Edit::DeleteBack);
                Answer::Pending
            }
            _ => Answer::Pending,
        }
    }

    /// Whether a typed key (None: Backspace) means anything for the field
    /// asked; other keys go on to the key table (q still quits).
    pub fn takes(field: &DetailField, c: Option<char>) -> bool {
        match (&field.kind, c) {
            (DetailKind::Choice(choices), Some(c)) => choices.iter().any(|ch| ch.key.eq_ignore_ascii_case(&c)),
            (DetailKind::Choice(_), None) => false,
            (DetailKind::Scale { .. }, Some(c)) => c.is_ascii_digit(),
            (DetailKind::Scale { .. }, None) => true,
        }
    }

    /// Enter: the number typed, or skip the field.
    pub fn enter(&mut self, field: &DetailField) -> Answer {
        match field.parse_value(&self.typed) {
            Ok(v) if !self.typed.is_empty() => Answer::Value(v),
            _ => Answer::Skipped,
        }
    }
}
