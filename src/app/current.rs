//! Each tab's content paired with its state, in one place, so handlers and
//! drawing match one enum instead of two parallel ones.

use super::{App, CoachState, HydrationState, TabState, TopicsState, TriageState};
use crate::guide::locale::Locale;
use crate::guide::model::{Entry, HydrationPlan, Routine, Tab, Triage};
use crate::guide::ui_text::UiText;
use crate::text::figures::Numbers;
use crate::view::Pane;
use crate::view::coach::CoachScreen;
use crate::view::hydration::HydrationScreen;
use crate::view::topics::TopicsScreen;
use crate::view::triage::TriageScreen;

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

/// A tab laid out for a size, with its state: drawing paints it and the
/// footer asks it whether its text scrolls, from one layout a frame.
pub enum TabScreen<'a> {
    Topics(TopicsScreen, &'a TopicsState),
    Coach(CoachScreen, &'a CoachState),
    Triage(TriageScreen, &'a TriageState),
    Hydration(HydrationScreen, &'a HydrationState),
    /// The diary (drawn from `App::diary`).
    Diary,
}

impl TabScreen<'_> {
    /// The pane the tab's scrolling keys move, if it has one.
    pub fn scroll_pane(&self) -> Option<&Pane> {
        match self {
            TabScreen::Topics(screen, _) => screen.detail.as_ref().map(|(_, p)| p),
            TabScreen::Coach(CoachScreen::List(list), _) => list.detail.as_ref().map(|(_, p)| p),
            TabScreen::Coach(CoachScreen::Session(session), _) => session.reading.as_ref(),
            TabScreen::Triage(screen, _) => Some(&screen.why),
            TabScreen::Hydration(screen, _) => Some(&screen.pane),
            TabScreen::Diary => None,
        }
    }
}

/// The tab on screen with its content and its state to change.
pub(super) enum CurrentMut<'a> {
    Topics(&'a [Entry], &'a mut TopicsState),
    Coach(&'a [Routine], (&'a UiText, Numbers<'a>), &'a mut CoachState),
    Triage(&'a Triage, &'a mut TriageState),
    Hydration(&'a HydrationPlan, &'a mut HydrationState),
    Diary,
}

impl App {
    /// The tab on screen, with its content and state.
    pub fn current(&self) -> Current<'_> {
        self.tab_at(self.tab)
    }

    /// Tab `i`, with its content and state.
    pub fn tab_at(&self, i: usize) -> Current<'_> {
        let tab = || &self.guide.tabs[i];
        match &self.tabs[i] {
            TabState::Topics(s) => Current::Topics(tab(), &s.content, &s.state),
            TabState::Coach(s) => Current::Coach(tab(), &s.content, &s.state),
            TabState::Triage(s) => Current::Triage(tab(), &s.content, &s.state),
            TabState::Hydration(s) => Current::Hydration(tab(), &s.content, &s.state),
            TabState::Diary => Current::Diary,
        }
    }

    pub(super) fn current_mut(&mut self) -> CurrentMut<'_> {
        match &mut self.tabs[self.tab] {
            TabState::Topics(s) => CurrentMut::Topics(&s.content, &mut s.state),
            TabState::Coach(s) => {
                CurrentMut::Coach(&s.content, (&self.guide.ui, numbers(&self.guide.locale)), &mut s.state)
            }
            TabState::Triage(s) => CurrentMut::Triage(&s.content, &mut s.state),
            TabState::Hydration(s) => CurrentMut::Hydration(&s.content, &mut s.state),
            TabState::Diary => CurrentMut::Diary,
        }
    }
}

/// How the guide's language writes numbers.
pub(super) fn numbers(locale: &Locale) -> Numbers<'_> {
    Numbers { decimal: &locale.decimal, thousands: &locale.thousands }
}
