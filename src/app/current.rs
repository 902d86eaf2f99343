//! Each tab's content paired with its state, in one place, so handlers and
//! drawing match one enum instead of two parallel ones.

use super::{App, CoachState, HydrationState, TabState, TopicsState, TriageState};
use crate::guide::locale::Locale;
use crate::guide::model::{Entry, HydrationPlan, Routine, Tab, TabBody, Triage};
use crate::guide::ui_text::UiText;
use crate::text::figures::Numbers;

/// A tab with its content and state.
#[derive(Debug, Clone, Copy)]
pub enum Current<'a> {
    Topics(&'a Tab, &'a [Entry], &'a TopicsState),
    Coach(&'a Tab, &'a [Routine], &'a CoachState),
    Triage(&'a Tab, &'a Triage, &'a TriageState),
    Hydration(&'a Tab, &'a HydrationPlan, &'a HydrationState),
    /// The diary (its state is `App::diary`).
    Diary,
}

/// The tab on screen with its content and its state to change.
pub(super) enum CurrentMut<'a> {
    Topics(&'a [Entry], &'a mut TopicsState),
    Coach(&'a [Routine], (&'a UiText, Numbers<'a>), &'a mut CoachState),
    Triage(&'a Triage, &'a mut TriageState),
    Hydration(&'a HydrationPlan, &'a mut HydrationState),
    Diary,
}

/// `App::new` makes every tab's state from its body, so they always agree.
const PAIRED: &str = "a tab's state is made from its body in App::new";

impl App {
    /// The tab on screen, with its content and state.
    pub fn current(&self) -> Current<'_> {
        self.tab_at(self.tab)
    }

    /// Tab `i`, with its content and state.
    pub fn tab_at(&self, i: usize) -> Current<'_> {
        let Some(tab) = self.guide.tabs.get(i) else {
            return Current::Diary;
        };
        match (&tab.body, &self.tabs[i]) {
            (TabBody::Topics(entries), TabState::Topics(s)) => Current::Topics(tab, entries, s),
            (TabBody::Coach(routines), TabState::Coach(s)) => Current::Coach(tab, routines, s),
            (TabBody::Triage(triage), TabState::Triage(s)) => Current::Triage(tab, triage, s),
            (TabBody::Hydration(plan), TabState::Hydration(s)) => Current::Hydration(tab, plan, s),
            _ => unreachable!("{PAIRED}"),
        }
    }

    pub(super) fn current_mut(&mut self) -> CurrentMut<'_> {
        let Some(tab) = self.guide.tabs.get(self.tab) else {
            return CurrentMut::Diary;
        };
        match (&tab.body, &mut self.tabs[self.tab]) {
            (TabBody::Topics(entries), TabState::Topics(s)) => CurrentMut::Topics(entries, s),
            (TabBody::Coach(routines), TabState::Coach(s)) => {
                CurrentMut::Coach(routines, (&self.guide.ui, numbers(&self.guide.locale)), s)
            }
            (TabBody::Triage(triage), TabState::Triage(s)) => CurrentMut::Triage(triage, s),
            (TabBody::Hydration(plan), TabState::Hydration(s)) => CurrentMut::Hydration(plan, s),
            _ => unreachable!("{PAIRED}"),
        }
    }
}

/// How the guide's language writes numbers.
pub(super) fn numbers(locale: &Locale) -> Numbers<'_> {
    Numbers { decimal: &locale.decimal, thousands: &locale.thousands }
}
