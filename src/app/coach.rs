//! The coach tab's state: the routine list, and the session under way with
//! the controls of the key table. Time is read from the injected clock.

use std::time::Instant;

use super::keys::Action;
use super::{App, Overlay, TabState, step_selection};
use crate::coach::{Clock, RunState, Session, Summary, Timeline};
use crate::guide::model::TabBody;

#[derive(Debug, Clone, Default)]
pub struct CoachState {
    pub selected: usize,
    /// First line shown of the selected routine's detail.
    pub scroll: usize,
    /// The routine (index in the tab) and its session.
    pub session: Option<Box<(usize, Session)>>,
    /// Ring the terminal bell at phase changes.
    pub bell: bool,
    /// How the last session went: routine index and summary.
    pub last: Option<(usize, Summary)>,
    /// The segment shown at the last update, to notice phase changes.
    seen_segment: usize,
}

impl CoachState {
    /// Catches the session up with `now`; true when a bell is due.
    pub fn update(&mut self, now: Clock) -> bool {
        let Some((_, session)) = self.session.as_deref_mut() else {
            return false;
        };
        session.update(now);
        let index = session.view(now.mono).index;
        let changed = index != self.seen_segment;
        self.seen_segment = index;
        changed && self.bell
    }

    /// When the screen next changes by itself.
    pub fn next_change(&self, now: Clock, anim_steps: u32) -> Option<Instant> {
        let (_, session) = self.session.as_deref()?;
        session.next_change(now.mono, anim_steps)
    }

    pub fn is_running(&self) -> bool {
        self.session.as_ref().is_some_and(|b| b.1.state() != RunState::Finished)
    }
}

impl App {
    pub(super) fn coach_action(&mut self, action: Action, now: Clock) {
        let TabBody::Coach(routines) = &self.guide.tabs[self.tab].body else {
            return;
        };
        let count = routines.len();
        let TabState::Coach(state) = &self.tabs[self.tab] else {
            return;
        };
        let (lines, page) = crate::ui::coach::detail_metrics(self, state, routines);
        let TabState::Coach(state) = &mut self.tabs[self.tab] else {
            return;
        };
        let max_scroll = lines.saturating_sub(page);
        match action {
            Action::PageDown => state.scroll = (state.scroll + page.saturating_sub(1).max(1)).min(max_scroll),
            Action::PageUp => state.scroll = state.scroll.saturating_sub(page.saturating_sub(1).max(1)),
            Action::ToggleBell => state.bell = !state.bell,
            Action::StartRoutine => {
                let timeline = Timeline::new(&routines[state.selected.min(count - 1)]);
                state.session = Some(Box::new((state.selected, Session::start(timeline, now))));
                state.seen_segment = 0;
            }
            Action::TogglePause | Action::SkipPhase | Action::StepBack | Action::Restart => {
                if let Some((_, session)) = state.session.as_deref_mut() {
                    session.update(now);
                    match action {
                        Action::TogglePause => session.toggle_pause(now.mono),
                        Action::SkipPhase => session.skip(now.mono),
                        Action::StepBack => session.back(now.mono),
                        _ => session.restart(now),
                    }
                    state.seen_segment = session.view(now.mono).index;
                }
            }
            Action::StopRoutine => {
                if state.is_running() {
                    self.overlay = Some(Overlay::ConfirmStop);
                } else {
                    state.end_session(now);
                }
            }
            _ => {
                let next = step_selection(state.selected, count, action);
                if next != state.selected {
                    state.selected = next;
                    state.scroll = 0;
                }
            }
        }
    }

    pub(super) fn confirm_action(&mut self, action: Action, now: Clock) {
        self.overlay = None;
        if action == Action::Yes
            && let TabState::Coach(state) = &mut self.tabs[self.tab]
        {
            state.end_session(now);
        }
    }

    /// Starts a routine by id in its coach tab, from anywhere.
    pub fn start_routine(&mut self, id: &str, now: Clock) -> bool {
        let Some((tab, index)) = self.guide.find_routine(id) else {
            return false;
        };
        self.go_to(super::Place { tab, item: index, scroll: 0 });
        if let TabState::Coach(state) = &mut self.tabs[tab] {
            state.selected = index;
        }
        self.coach_action(Action::StartRoutine, now);
        true
    }
}

impl CoachState {
    /// Ends the session, keeping its summary for the routine list.
    fn end_session(&mut self, now: Clock) {
        if let Some((routine, mut session)) = self.session.take().map(|b| *b) {
            let summary = session.stop(now.mono);
            self.last = Some((routine, summary));
        }
    }
}
