//! The hydration plan's state: a body weight and a unit, and the weight
//! field `w` opens. The amounts for that weight are the model's arithmetic
//! (`guide::hydration`).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keys::Action;
use super::tab_keys::{Effect, page_move};
use super::{App, TabState, line_edit};
use crate::guide::hydration::KG_PER_LB;
use crate::guide::model::HydrationPlan;
use crate::guide::weight::{WeightError, parse_weight, weight_text};
use crate::text::line_input::{Edit, LineInput};
use crate::view::{Extent, Scroll};

/// One press of + or - in each unit: every whole kilogram can be reached.
const STEP_LB: f64 = 5.0;
const STEP_KG: f64 = 1.0;

/// How many characters the weight field takes ("11 st 13 lb" and more).
const FIELD_MAX: usize = 16;

/// The unit a weight is shown in; a typed weight keeps the unit it was
/// typed in.
pub use crate::guide::weight::WeightUnit as Unit;

#[derive(Debug, Clone, PartialEq)]
pub struct HydrationState {
    /// Always kept in pounds. Steps keep it within the plan's range; a
    /// typed weight is kept as read, and the plan says when it does not
    /// cover it.
    pub weight_lb: f64,
    pub unit: Unit,
    /// The weight being typed, in `unit`, while the field is open.
    pub editing: Option<LineInput>,
    /// Why the typed weight could not be read; the field stays open.
    pub field_error: Option<WeightError>,
    /// The plan's scroll position.
    pub scroll: Scroll,
}

impl HydrationState {
    pub fn new(plan: &HydrationPlan) -> HydrationState {
        HydrationState {
            weight_lb: plan.default_weight_lb.clamp(plan.min_weight_lb, plan.max_weight_lb),
            unit: Unit::Lb,
            editing: None,
            field_error: None,
            scroll: Scroll::default(),
        }
    }

    /// Sets the weight from a number in the current unit, or with its unit
    /// ("70kg", "154 lb", "11 st 4", which also switch to that unit), as
    /// read: never raised or lowered into the plan's range. Err is why
    /// `text` is not a weight.
    pub fn set_weight(&mut self, text: &str) -> Result<(), WeightError> {
        let weight = parse_weight(text, Some(self.unit))?;
        self.unit = weight.unit;
        self.weight_lb = weight.lb;
        Ok(())
    }

    /// One step up (`up`) or down in the current unit, to the next multiple
    /// of the step in that unit, staying within the plan's range.
    pub fn step(&mut self, plan: &HydrationPlan, up: bool) {
        let next = |value: f64, step: f64| {
            // A hair of tolerance so a value that is a multiple after a unit
            // round trip still counts as one.
            let units = value / step;
            if up { ((units + 1e-6).floor() + 1.0) * step } else { ((units - 1e-6).ceil() - 1.0) * step }
        };
        let next_lb = match self.unit {
            Unit::Lb | Unit::St => next(self.weight_lb, STEP_LB),
            // From the whole kilogram shown, so every press changes it.
            Unit::Kg => next((self.weight_lb * KG_PER_LB).round(), STEP_KG) / KG_PER_LB,
        };
        self.weight_lb = next_lb.clamp(plan.min_weight_lb, plan.max_weight_lb);
    }

    /// Pounds to kilograms and back; a weight typed in stones goes to
    /// kilograms.
    pub fn toggle_unit(&mut self) {
        self.unit = match self.unit {
            Unit::Lb | Unit::St => Unit::Kg,
            Unit::Kg => Unit::Lb,
        };
    }

    /// Opens the weight field holding `typed` (what was being typed when
    /// the program last quit at once).
    pub(super) fn resume_typing(&mut self, typed: &str) {
        self.editing = Some(LineInput::as_typed(typed, FIELD_MAX));
        self.field_error = None;
    }

    /// Closes the weight field, dropping what was typed in it.
    pub(super) fn discard_typing(&mut self) {
        self.editing = None;
        self.field_error = None;
    }

    /// Handles a key of the water plan `plan`.
    pub(super) fn act(&mut self, plan: &HydrationPlan, action: Action, extent: Extent) -> Effect {
        match action {
            Action::WeightUp => self.step(plan, true),
            Action::WeightDown => self.step(plan, false),
            Action::ToggleUnit => self.toggle_unit(),
            Action::EditWeight => {
                self.editing = Some(LineInput::new(FIELD_MAX));
                self.field_error = None;
                // The field is the plan's first line whenever the plan
                // scrolls (the intro gives way first): typing happens where
                // it shows.
                self.scroll = Scroll::default();
            }
            Action::Yes => {
                if let Some(text) = self.editing.take() {
                    match self.set_weight(&text) {
                        Ok(()) => self.field_error = None,
                        Err(why) => {
                            // The field stays open with what was typed.
                            self.editing = Some(text);
                            self.field_error = Some(why);
                        }
                    }
                }
            }
            // Something typed is thrown away only when the person says so.
            Action::Close if self.editing.as_ref().is_some_and(|typed| !typed.is_empty()) => {
                return Effect::ConfirmDiscard;
            }
            Action::Close => self.discard_typing(),
            // The field's editing keys; what was typed changes only by them.
            action if line_edit::is_edit(action) => {
                if let Some(field) = &mut self.editing
                    && line_edit::edit(field, action)
                {
                    self.field_error = None;
                }
            }
            action => {
                if let Some(step) = page_move(action) {
                    self.scroll.apply(step, extent);
                }
            }
        }
        Effect::None
    }

    /// The weight as shown: whole pounds or kilograms, or stones and pounds.
    pub fn weight_text(&self) -> String {
        weight_text(self.weight_lb, self.unit)
    }
}

impl App {
    /// Typing into the open weight field; true when the key was taken.
    pub(super) fn weight_typing(&mut self, event: &KeyEvent) -> bool {
        let TabState::Hydration(state) = &mut self.tabs[self.tab] else {
            return false;
        };
        let Some(field) = &mut state.editing else {
            return false;
        };
        if event.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
            return false;
        }
        match event.code {
            // Every character is typing (q is a letter here, never quit);
            // a full field takes the key and drops it. Enter says what it
            // could not read.
            KeyCode::Char(c) => {
                field.insert(c);
                state.field_error = None;
            }
            KeyCode::Backspace => {
                field.edit(Edit::DeleteBack);
                state.field_error = None;
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::weight::WeightProblem;

    fn plan() -> HydrationPlan {
        crate::guide::hydration::sample_plan()
    }

    #[test]
    fn steps_clamp_to_the_plan_range() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        for _ in 0..1000 {
            s.step(&p, true);
        }
        assert_eq!(s.weight_lb, 500.0);
        for _ in 0..1000 {
            s.step(&p, false);
        }
        assert_eq!(s.weight_lb, 60.0);
    }

    #[test]
    fn kilogram_steps_land_on_whole_kilograms_and_round_trip() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.toggle_unit();
        assert_eq!(s.weight_text(), "73 kg");
        s.step(&p, true);
        assert_eq!(s.weight_text(), "74 kg");
        s.step(&p, true);
        assert_eq!(s.weight_text(), "75 kg");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "165 lb");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "75 kg");
        s.step(&p, false);
        assert_eq!(s.weight_text(), "74 kg");
    }

    #[test]
    fn every_whole_kilogram_is_reached_going_up_and_down() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.toggle_unit();
        s.weight_lb = p.min_weight_lb;
        let kg = |s: &HydrationState| -> i64 { s.weight_text().trim_end_matches(" kg").parse().unwrap() };
        // Bounded, so a step that stops moving fails instead of hanging.
        let steps = (p.max_weight_lb - p.min_weight_lb) as usize;
        for _ in 0..steps {
            if s.weight_lb >= p.max_weight_lb {
                break;
            }
            let before = kg(&s);
            s.step(&p, true);
            assert_eq!(kg(&s), before + 1, "every press up is the next kilogram");
        }
        assert_eq!(s.weight_lb, p.max_weight_lb, "the top is reached");
        for _ in 0..steps {
            if s.weight_lb <= p.min_weight_lb {
                break;
            }
            let before = kg(&s);
            s.step(&p, false);
            assert_eq!(kg(&s), before - 1, "every press down is the kilogram before");
        }
        assert_eq!(s.weight_lb, p.min_weight_lb, "the bottom is reached");
    }

    #[test]
    fn a_typed_weight_is_read_in_the_unit_shown_and_kept_as_read() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.toggle_unit();
        assert_eq!(s.set_weight("70"), Ok(()));
        assert_eq!(s.weight_text(), "70 kg");
        assert!(s.set_weight("").is_err());
        assert_eq!(s.weight_text(), "70 kg", "a weight not read changes nothing");
        assert_eq!(s.set_weight("9999"), Ok(()));
        assert_eq!(s.weight_text(), "9999 kg", "never lowered into the range: the plan says it does not cover it");
        assert_eq!(s.set_weight("154 lb"), Ok(()));
        assert_eq!(s.weight_text(), "154 lb");
        assert_eq!(s.set_weight("70"), Ok(()));
        assert_eq!(s.weight_text(), "70 lb", "in the unit shown, never raised to the minimum");
        assert_eq!(s.set_weight("11st"), Ok(()));
        assert_eq!((s.weight_text(), s.unit), ("11 st".to_string(), Unit::St));
        s.step(&p, true);
        assert_eq!(s.weight_text(), "11 st 1 lb", "in stones too, a step lands on a multiple of five pounds");
        s.toggle_unit();
        assert_eq!(s.weight_text(), "70 kg", "u from stones goes to kilograms");
    }

    #[test]
    fn opening_the_weight_field_scrolls_the_plan_back_to_it() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        let extent = Extent { lines: 40, page: 10 };
        s.act(&p, Action::PageDown, extent);
        assert!(s.scroll.top() > 0, "the plan scrolled down");
        s.act(&p, Action::EditWeight, extent);
        assert_eq!(s.scroll.top(), 0, "the field, at the top, is in view");
        assert_eq!(s.editing.as_deref(), Some(""));
    }

    #[test]
    fn enter_on_a_weight_it_cannot_read_keeps_the_field_open_with_why() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.act(&p, Action::EditWeight, Extent::default());
        s.editing = Some(LineInput::with_text("abc", FIELD_MAX));
        s.act(&p, Action::Yes, Extent::default());
        assert_eq!(s.editing.as_deref(), Some("abc"), "what was typed stays");
        let why = s.field_error.as_ref().map(|e| (e.typed.as_str(), e.problem));
        assert_eq!(why, Some(("abc", WeightProblem::NotAWeight)));
        assert_eq!(s.weight_text(), "160 lb");
        s.editing = Some(LineInput::with_text("72 kg", FIELD_MAX));
        s.act(&p, Action::Yes, Extent::default());
        assert_eq!((s.editing.as_deref(), s.field_error.as_ref()), (None, None));
        assert_eq!(s.weight_text(), "72 kg");
    }

    #[test]
    fn pound_steps_land_on_multiples_of_five() {
        let p = plan();
        let mut s = HydrationState::new(&p);
        s.weight_lb = 163.0;
        s.step(&p, true);
        assert_eq!(s.weight_lb, 165.0);
        s.step(&p, true);
        assert_eq!(s.weight_lb, 170.0);
        s.weight_lb = 163.0;
        s.step(&p, false);
        assert_eq!(s.weight_lb, 160.0);
    }
}
