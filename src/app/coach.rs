//! The coach tab's state: the routine list, and the session under way with
//! the controls of the key table. Time is read from the injected clock.

use std::time::Instant;

use super::keys::Action;
use super::tab_keys::{Effect, page_move, scroll_move, step_selection};
use super::{App, Overlay, TabState};
use crate::coach::{Clock, PhaseChange, RunState, SegmentKind, Session, Summary, Timeline};
use crate::guide::model::Routine;
use crate::guide::ui_text::UiText;
use crate::text::figures::Numbers;
use crate::view::{Extent, Scroll};

#[derive(Debug, Clone, Default)]
pub struct CoachState {
    pub selected: usize,
    /// The selected routine's detail scroll position.
    pub scroll: Scroll,
    /// The scroll of the cautions to read before a session starts, when
    /// they do not fit beside its countdown.
    pub read_scroll: Scroll,
    /// The routine (index in the tab) and its session.
    pub session: Option<Box<(usize, Session)>>,
    /// Sound at phase changes (`m`): the terminal bell, and spoken cues
    /// when they are on.
    pub bell: bool,
    /// How the last session went: routine index and summary.
    pub last: Option<(usize, Summary)>,
    /// The segment shown at the last update, to notice phase changes.
    seen_segment: usize,
    /// The last phase change, until a cue is taken for it.
    pub(super) change: Option<PhaseChange>,
}

impl CoachState {
    /// The scroll of what the tab shows: the cautions read before a session
    /// starts, or the selected routine's text.
    pub fn shown_scroll(&self) -> Scroll {
        if self.session.is_some() { self.read_scroll } else { self.scroll }
    }

    pub(super) fn shown_scroll_mut(&mut self) -> &mut Scroll {
        if self.session.is_some() { &mut self.read_scroll } else { &mut self.scroll }
    }

    /// Catches the session up with `now`; true when a bell is due.
    pub fn update(&mut self, now: Clock) -> bool {
        let Some((_, session)) = self.session.as_deref_mut() else {
            return false;
        };
        let finished = session.state() == RunState::Finished;
        session.update(now);
        let index = session.view(now.mono).index;
        let changed = index != self.seen_segment;
        self.seen_segment = index;
        if changed {
            self.change = Some(PhaseChange::Segment(index));
        }
        if !finished && session.state() == RunState::Finished {
            self.change = Some(PhaseChange::Done);
        }
        changed && self.bell
    }

    /// When the screen next changes by itself, with `anim_steps` the
    /// animation steps of a segment of a kind.
    pub fn next_change(&self, now: Clock, anim_steps: impl Fn(SegmentKind) -> u32) -> Option<Instant> {
        let (_, session) = self.session.as_deref()?;
        // Past its end but not yet marked finished (the loop woke late, or
        // drawing took it past the end): wake at once to finish it.
        let unfinished = session.state() == RunState::Running;
        let steps = anim_steps(session.view(now.mono).segment.kind);
        session.next_change(now.mono, steps).or(unfinished.then_some(now.mono))
    }

    pub fn is_running(&self) -> bool {
        self.session.as_ref().is_some_and(|b| b.1.state() != RunState::Finished)
    }
}

impl CoachState {
    /// Handles a key of a coach tab of `routines`, whose detail pane has
    /// `extent` at the current size.
    pub(super) fn act(
        &mut self,
        routines: &[Routine],
        guide: (&UiText, Numbers),
        action: Action,
        extent: Extent,
        now: Clock,
    ) -> Effect {
        match action {
            Action::ToggleBell => self.bell = !self.bell,
            Action::StartRoutine => {
                let Some(last) = routines.len().checked_sub(1) else {
                    return Effect::None;
                };
                let timeline = Timeline::new(&routines[self.selected.min(last)], guide.0, guide.1);
                self.session = Some(Box::new((self.selected, Session::start(timeline, now))));
                self.seen_segment = 0;
                self.change = Some(PhaseChange::Segment(0));
                self.read_scroll = Scroll::default();
            }
            Action::TogglePause | Action::SkipPhase | Action::StepBack
                if self.session.is_some() && !self.is_running() =>
            {
                return Effect::RoutineEnded;
            }
            Action::TogglePause | Action::SkipPhase | Action::StepBack | Action::Restart => {
                if let Some((_, session)) = self.session.as_deref_mut() {
                    session.update(now);
                    match action {
                        Action::TogglePause => session.toggle_pause(now.mono),
                        Action::SkipPhase => session.skip(now.mono),
                        Action::StepBack => session.back(now.mono),
                        _ => {
                            session.restart(now);
                            self.read_scroll = Scroll::default();
                        }
                    }
                    // No bell for a move of one's own, but its phase is
                    // said (the end, when a skip finishes the routine).
                    let index = session.view(now.mono).index;
                    if action == Action::SkipPhase && session.state() == RunState::Finished {
                        self.change = Some(PhaseChange::Done);
                    } else if index != self.seen_segment || matches!(action, Action::StepBack | Action::Restart) {
                        self.change = Some(PhaseChange::Segment(index));
                    }
                    self.seen_segment = index;
                }
            }
            Action::StopRoutine if self.is_running() => return Effect::ConfirmStop,
            Action::StopRoutine => self.end_session(now),
            // In a session, only the cautions read before the start scroll.
            action if self.session.is_some() => {
                if let Some(step) = scroll_move(action) {
                    self.read_scroll.apply(step, extent);
                }
            }
            Action::Down | Action::Up | Action::First | Action::Last => {
                let next = step_selection(self.selected, routines.len(), action);
                if next != self.selected {
                    self.selected = next;
                    self.scroll = Scroll::default();
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
}

impl App {
    /// Whether coach tab `tab`'s session is what the screen shows (no other
    /// tab, no cover), so its picture moves.
    pub(super) fn coach_in_sight(&self, tab: usize) -> bool {
        tab == self.tab
            && self.overlay.is_none()
            && self.search.is_none()
            && !self.cramp.as_ref().is_some_and(|c| c.visible)
    }

    /// Whether a key of a coach session would move it: a finished session
    /// can be restarted or left, not paused, skipped or stepped back. Those
    /// keys stay the session's (`n` is no search there); they only say so.
    pub(super) fn session_key_moves(&self, binding: &super::keys::Binding) -> bool {
        let finished = match &self.tabs[self.tab] {
            TabState::Coach(c) => c.session.is_some() && !c.is_running(),
            _ => false,
        };
        !(finished
            && binding.scope == super::keys::Scope::CoachSession
            && matches!(binding.action, Action::TogglePause | Action::SkipPhase | Action::StepBack))
    }

    /// The footer's word for the pause key of a paused session on screen:
    /// it resumes it, or starts it while it is held before its start.
    pub(super) fn pause_word(&self, binding: &super::keys::Binding) -> Option<&str> {
        if binding.action != Action::TogglePause {
            return None;
        }
        let TabState::Coach(c) = &self.tabs[self.tab] else {
            return None;
        };
        let (_, session) = c.session.as_deref()?;
        let RunState::Paused { .. } = session.state() else {
            return None;
        };
        let ui = &self.guide.ui.coach;
        Some(if session.view(self.now.mono).unstarted() { ui.hint_start.get() } else { ui.hint_resume.get() })
    }

    /// What a routine running out of sight is doing, for a badge (longest
    /// wording first).
    pub fn coach_badge(&self) -> Option<[String; 3]> {
        self.tabs.iter().enumerate().find_map(|(i, t)| match t {
            TabState::Coach(c) if !self.coach_in_sight(i) => {
                let ui = &self.guide.ui.coach;
                c.session.as_deref().and_then(|(_, s)| crate::view::coach_session::badge_text(s, self.now.mono, ui))
            }
            _ => None,
        })
    }

    /// The answer to "Stop the routine?": yes stops it (or quits, after
    /// `q`); no goes on from where it stood.
    pub(super) fn confirm_action(&mut self, action: Action, now: Clock) {
        let quitting = self.overlay == Some(Overlay::ConfirmQuit);
        if self.overlay == Some(Overlay::ConfirmDiscard) {
            if action == Action::Yes {
                self.discard_typing();
            }
        } else if action == Action::Yes && quitting {
            self.quit = true;
        } else if action == Action::Yes
            && let TabState::Coach(state) = &mut self.tabs[self.tab]
        {
            state.end_session(now);
        }
        self.answered(now);
    }

    /// Throws away what was typed in the open form or weight field, after
    /// the person said yes to it.
    fn discard_typing(&mut self) {
        if self.diary.form.take().is_none()
            && let TabState::Hydration(state) = &mut self.tabs[self.tab]
        {
            state.discard_typing();
        }
    }

    /// Puts a question on screen; a routine running meanwhile stands still
    /// until it is answered.
    pub(super) fn ask(&mut self, question: Overlay, now: Clock) {
        self.overlay = Some(question);
        self.paused_for_question = self.tabs.iter_mut().position(|t| match t {
            TabState::Coach(c) => c.pause(now),
            _ => false,
        });
    }

    /// Takes the question off screen: a routine it stopped goes on (unless
    /// the answer ended it).
    pub(super) fn answered(&mut self, now: Clock) {
        self.overlay = None;
        if let Some(tab) = self.paused_for_question.take()
            && let TabState::Coach(c) = &mut self.tabs[tab]
            && let Some((_, session)) = c.session.as_deref_mut()
            && session.state() == (RunState::Paused { by_sleep: false })
        {
            session.toggle_pause(now.mono);
        }
    }

    /// Where routine `id` is, when its session is under way (paused
    /// counts, finished does not).
    pub(super) fn routine_under_way(&self, id: &str) -> Option<super::Place> {
        let (tab, index) = self.guide.find_routine(id)?;
        let under_way = match &self.tabs[tab] {
            TabState::Coach(c) => c.is_running() && c.session.as_deref().is_some_and(|(i, _)| *i == index),
            _ => false,
        };
        under_way.then_some(super::Place { tab, item: index, scroll: 0 })
    }

    /// Goes to routine `id` if its session is under way; false when not.
    pub(super) fn go_to_routine_under_way(&mut self, id: &str) -> bool {
        let place = self.routine_under_way(id);
        if let Some(place) = place {
            self.go_to(place);
        }
        place.is_some()
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
        self.tab_action(Action::StartRoutine, now);
        true
    }
}

impl CoachState {
    /// Pauses a session that is running at `now`; true when it did.
    fn pause(&mut self, now: Clock) -> bool {
        let Some((_, session)) = self.session.as_deref_mut() else {
            return false;
        };
        session.update(now);
        let running = session.state() == RunState::Running;
        if running {
            session.toggle_pause(now.mono);
        }
        running
    }

    /// Ends the session, keeping its summary for the routine list.
    fn end_session(&mut self, now: Clock) {
        if let Some((routine, mut session)) = self.session.take().map(|b| *b) {
            let summary = session.stop(now.mono);
            self.last = Some((routine, summary));
        }
    }
}
