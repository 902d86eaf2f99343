//! The "cramp right now" screen: a timer of how long the cramp has lasted,
//! kept on the wall clock so it stays right if the machine sleeps.

use std::time::{Duration, Instant, SystemTime};

use super::App;
use super::keys::Action;
use crate::coach::Clock;

#[derive(Debug, Clone, PartialEq)]
pub struct CrampNow {
    /// When the cramp started, on the wall clock.
    pub started: SystemTime,
    /// Hidden while its routine runs in the coach; the timer keeps going.
    pub visible: bool,
}

impl CrampNow {
    pub fn new(now: Clock) -> CrampNow {
        CrampNow { started: now.wall, visible: true }
    }

    /// How long the cramp has lasted (zero if the wall clock went back).
    pub fn elapsed(&self, now: Clock) -> Duration {
        now.wall.duration_since(self.started).unwrap_or_default()
    }

    /// The next whole second of the timer, while the screen shows.
    pub fn next_change(&self, now: Clock) -> Option<Instant> {
        if !self.visible {
            return None;
        }
        let into_second = Duration::from_nanos(u64::from(self.elapsed(now).subsec_nanos()));
        Some(now.mono + (Duration::from_secs(1) - into_second))
    }
}

impl App {
    pub(super) fn open_cramp(&mut self, now: Clock) {
        if self.guide.cramp_now.is_none() {
            self.status = Some("This guide has no cramp-right-now screen.".into());
            return;
        }
        match &mut self.cramp {
            Some(cramp) => cramp.visible = true,
            None => self.cramp = Some(CrampNow::new(now)),
        }
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
                    self.start_routine(&id, now);
                    self.status = Some("The cramp timer keeps running: ! shows it again.".into());
                }
            }
            Action::CrampStopped => self.save_cramp(now),
            Action::Close => {
                self.cramp = None;
                self.diary.unsaved = None;
            }
            _ => {}
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
    fn the_next_change_is_the_next_whole_second() {
        let base = Clock::now();
        let cramp = CrampNow::new(base);
        let now =
            Clock { mono: base.mono + Duration::from_millis(2300), wall: base.wall + Duration::from_millis(2300) };
        assert_eq!(cramp.next_change(now), Some(now.mono + Duration::from_millis(700)));
    }
}
