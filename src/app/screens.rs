//! The screens of the app's state for a size, from `view`: drawing paints
//! these and key handling reads their line counts and page sizes, so the
//! two always agree. Every function takes the area it fills.

use ratatui::layout::{Rect, Size};

use super::{App, CoachState, Current, Overlay, TopicsState, TriageState};
use crate::guide::model::{Entry, Routine, Tab, Triage};
use crate::view::coach::{CoachListScreen, SessionScreen, list_screen, session_screen};
use crate::view::screen::{Areas, areas};
use crate::view::topics::TopicsScreen;
use crate::view::triage::TriageScreen;
use crate::view::{Pane, help};

impl App {
    /// The regions of a screen of `size`.
    pub fn areas(&self, size: Size) -> Areas {
        areas(size, self.show_disclaimer.then_some(self.guide.disclaimer.as_str()))
    }

    /// A topics tab in `body`.
    pub fn topics_screen(&self, entries: &[Entry], state: &TopicsState, body: Rect) -> TopicsScreen {
        crate::view::topics::screen(
            &self.guide,
            entries,
            state.selected,
            state.link,
            self.highlight(),
            body,
            self.theme,
        )
    }

    /// A coach tab's routine list in `body`.
    pub fn coach_list_screen(&self, routines: &[Routine], state: &CoachState, body: Rect) -> CoachListScreen {
        let last = state.last.as_ref().filter(|(i, _)| *i == state.selected).map(|(_, summary)| summary);
        list_screen(routines, state.selected, last, body, self.theme)
    }

    /// A coach session in `body`.
    pub fn session_screen(&self, body: Rect) -> SessionScreen {
        session_screen(body, self.options.reduced_motion)
    }

    /// The red-flag check in `body`.
    pub fn triage_screen<'a>(
        &self,
        tab: &Tab,
        triage: &'a Triage,
        state: &TriageState,
        body: Rect,
    ) -> TriageScreen<'a> {
        crate::view::triage::screen(tab, triage, &state.ticked, state.selected, body, self.theme)
    }

    /// The help pane on a screen of `size`.
    pub fn help_pane(&self, size: Size) -> Pane {
        help::pane(&self.guide.disclaimer, &super::help::key_groups(), size, self.theme)
    }

    /// Animation steps per coach phase at the current size and options.
    pub fn anim_steps(&self) -> u32 {
        self.session_screen(self.areas(self.size).body).anim_steps
    }

    /// The scrollable pane of tab `i` at the current size, if it has one.
    pub fn scroll_pane(&self, i: usize) -> Option<Pane> {
        let body = self.areas(self.size).body;
        match self.tab_at(i) {
            Current::Topics(_, entries, state) => self.topics_screen(entries, state, body).detail,
            Current::Coach(_, routines, state) => self.coach_list_screen(routines, state, body).detail,
            Current::Triage(tab, triage, state) => Some(self.triage_screen(tab, triage, state, body).why),
            Current::Hydration(..) => None,
        }
    }

    /// Keeps every stored scroll position within its pane at the current
    /// size: after a resize, a jump, or anything that changes a text.
    pub(super) fn clamp_scrolls(&mut self) {
        for i in 0..self.tabs.len() {
            if let Some(extent) = self.scroll_pane(i).map(|p| p.extent())
                && let Some(scroll) = self.tabs[i].scroll_mut()
            {
                scroll.clamp(extent);
            }
        }
        if let Some(Overlay::Help { .. }) = self.overlay {
            let extent = self.help_pane(self.size).extent();
            if let Some(Overlay::Help { scroll }) = &mut self.overlay {
                scroll.clamp(extent);
            }
        }
    }
}
