//! The "cramp right now" screen: a timer of how long the cramp has lasted,
//! kept on the wall clock so it stays right if the machine sleeps.
//!
//! A timed cramp outlives its screen: Esc, the relief routine, other tabs,
//! help and search only hide it, and every screen shows its badge. Only `s`
//! (it stopped) or `x` (discard, undone by `u` while its note shows) end
//! it; `q` asks first, and Ctrl-c alone quits at once.
//!
//! A timed cramp also outlives the program (see `kept_timer.rs`).

use std::time::{Duration, Instant, SystemTime};

use super::keys::{Action, Global, Scope, global_key, key_label};
use super::tab_keys::scroll_move;
use super::{App, Overlay, STATUS_FOR};
use crate::coach::Clock;
use crate::view::Scroll;

#[derive(Debug, Clone, PartialEq)]
pub struct CrampNow {
    /// When the cramp started, on the wall clock.
    pub started: SystemTime,
    /// Whether its screen covers the tabs; hidden, the timer keeps going.
    pub visible: bool,
    /// The screen's scroll position.
    pub scroll: Scroll,
}

/// A cramp timer just discarded with `x`: `u` brings it back (still
/// counting from when the cramp began) until `until`, or the next key.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscardedCramp {
    pub cramp: CrampNow,
    /// A failed save of it, to try again once it is back.
    unsaved: Option<crate::diary::NewCramp>,
    pub until: Instant,
}

/// A timed cramp that has ended: when it started (wall clock) and how long
/// it lasted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FinishedCramp {
    pub started: SystemTime,
    pub lasted: Duration,
}

impl CrampNow {
    pub fn new(now: Clock) -> CrampNow {
        CrampNow { started: now.wall, visible: true, scroll: Scroll::default() }
    }

    /// How long the cramp has lasted (zero if the wall clock went back).
    pub fn elapsed(&self, now: Clock) -> Duration {
        now.wall.duration_since(self.started).unwrap_or_default()
    }

    /// The next whole second of the timer: its screen or its badge shows
    /// the time on every screen.
    pub fn next_change(&self, now: Clock) -> Option<Instant> {
        let into_second = Duration::from_nanos(u64::from(self.elapsed(now).subsec_nanos()));
        Some(now.mono + (Duration::from_secs(1) - into_second))
    }
}

impl App {
    pub(super) fn open_cramp(&mut self, now: Clock) {
        if self.guide.cramp_now.is_none() {
            self.status = Some(self.guide.ui.cramp.no_screen.get().to_string());
            return;
        }
        match &mut self.cramp {
            Some(cramp) => cramp.visible = true,
            None => {
                self.cramp = Some(CrampNow::new(now));
                self.keep_timer();
            }
        }
        self.search = None;
        self.shown();
    }

    /// Hides the cramp screen; the timer keeps running.
    pub(super) fn hide_cramp(&mut self) {
        if let Some(cramp) = &mut self.cramp {
            cramp.visible = false;
        }
    }

    /// Ends the cramp being timed, if any: the one place a timed cramp ends
    /// (`s` records it, `x` discards it).
    pub fn end_cramp(&mut self, now: Clock) -> Option<FinishedCramp> {
        let cramp = self.cramp.take()?;
        Some(FinishedCramp { started: cramp.started, lasted: cramp.elapsed(now) })
    }

    /// `q`: quits, but first asks while a cramp is timed (save it, discard
    /// it, or keep going) or a routine runs.
    pub(super) fn ask_before_quitting(&mut self, now: Clock) {
        if self.cramp.is_some() {
            self.ask(Overlay::CrampQuit, now);
        } else if self.routine_running() {
            self.ask(Overlay::ConfirmQuit, now);
        } else {
            self.quit = true;
        }
    }

    /// The answer to "quit while a cramp is timed?": `s` saves it, then
    /// quits (a failed save stays, with the reason); `x` discards it and
    /// quits; anything else keeps going.
    pub(super) fn cramp_quit_action(&mut self, action: Action, now: Clock) {
        self.answered(now);
        match action {
            Action::CrampStopped => {
                self.save_cramp(now);
                self.quit = self.cramp.is_none();
            }
            Action::Discard => {
                self.end_cramp(now);
                self.keep_timer();
                self.diary.unsaved = None;
                self.quit = true;
            }
            _ => {}
        }
    }

    /// `u` while a discarded cramp timer's note shows: the timer is back,
    /// as if never discarded.
    pub(super) fn undo_discard(&mut self) {
        let Some(undo) = self.cramp_undo.take() else { return };
        self.cramp = Some(CrampNow { visible: true, ..undo.cramp });
        self.keep_timer();
        self.diary.unsaved = undo.unsaved;
        self.status = Some(self.guide.ui.cramp.timer_back.get().to_string());
        self.shown();
    }

    pub(super) fn cramp_action(&mut self, action: Action, now: Clock) {
        let Some(cramp) = &mut self.cramp else {
            return;
        };
        match action {
            Action::StartRoutine => {
                let routine = self.guide.cramp_now.as_ref().and_then(|c| c.routine.clone());
                if let Some(id) = routine {
                    cramp.visible = false;
                    if !self.go_to_routine_under_way(&id) {
                        self.start_routine(&id, now);
                    }
                    let show = global_key(Global::CrampNow);
                    self.status = Some(self.guide.ui.cramp.keeps_running_routine.fill(&[("show", &show)]));
                }
            }
            Action::CrampStopped => self.save_cramp(now),
            Action::Discard => {
                if let Some(cramp) = self.cramp.take() {
                    self.keep_timer();
                    let unsaved = self.diary.unsaved.take();
                    self.cramp_undo = Some(DiscardedCramp { cramp, unsaved, until: now.mono + STATUS_FOR });
                    let undo = key_label(Scope::CrampUndo, Action::Undo);
                    self.status = Some(self.guide.ui.cramp.discarded.fill(&[("undo", &undo)]));
                }
            }
            Action::Close => {
                cramp.visible = false;
                let (show, stopped) = (global_key(Global::CrampNow), key_label(Scope::CrampNow, Action::CrampStopped));
                self.status = Some(self.guide.ui.cramp.keeps_running.fill(&[("show", &show), ("stopped", &stopped)]));
            }
            action => {
                if let Some(step) = scroll_move(action) {
                    let extent = self.cramp_pane().map(|p| p.extent()).unwrap_or_default();
                    if let Some(cramp) = &mut self.cramp {
                        cramp.scroll.apply(step, extent);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_follows_the_wall_clock() {
        let base = Clock::now();
        let cramp = CrampNow::new(base);
        let later = Clock { mono: base.mono + Duration::from_secs(1), wall: base.wall + Duration::from_secs(3600) };
        assert_eq!(cramp.elapsed(later), Duration::from_secs(3600));
        let earlier = Clock { mono: base.mono, wall: base.wall - Duration::from_secs(5) };
        assert_eq!(cramp.elapsed(earlier), Duration::ZERO);
    }

    #[test]
    fn the_next_change_is_the_next_whole_second_even_hidden() {
        let base = Clock::now();
        let mut cramp = CrampNow::new(base);
        cramp.visible = false;
        let now =
            Clock { mono: base.mono + Duration::from_millis(2300), wall: base.wall + Duration::from_millis(2300) };
        assert_eq!(cramp.next_change(now), Some(now.mono + Duration::from_millis(700)));
    }
}
