//! Preferences that stay set across runs, kept in the diary's settings
//! table: the water plan's weight and unit, the coach's sound (bell) and
//! spoken cues, reduced motion. They are read once, after the first frame,
//! when a screen that uses one comes up (the Water or the Coach tab), so a
//! run that never shows one never opens the diary file for them. Reading
//! them never creates the file; changing one does.

use super::diary_link::{DiaryProblem, Preferences};
use super::hydration::Unit;
use super::keys::Action;
use super::{App, TabState};

const WEIGHT: &str = "water.weight_lb";
const UNIT: &str = "water.unit";
const BELL: &str = "coach.bell";
const CUES: &str = "coach.cues";
const MOTION: &str = "reduced_motion";

impl App {
    /// Before the first frame: a start on a screen that shows a kept
    /// preference (the water plan's weight and unit, the coach's sound and
    /// motion) reads them, so that frame never shows the defaults in their
    /// place. Any other start reads nothing before its first frame.
    pub fn before_first_frame(&mut self) {
        if self.diary.link.preferences() == Preferences::Waiting {
            self.diary.link.set_preferences(Preferences::Due);
            self.read_preferences_if_used();
            // Opened for them alone (nothing is open before the first frame).
            self.diary.link.close();
        }
    }

    /// Once the first frame is up, reads what the screen on show needs
    /// from the diary: the preferences if it uses one, the cramps if it shows
    /// them. True when the screen may have changed.
    pub fn after_first_frame(&mut self) -> bool {
        let read_before = self.diary.link.preferences() == Preferences::Read;
        if self.diary.link.preferences() == Preferences::Waiting {
            self.diary.link.set_preferences(Preferences::Due);
        }
        let loaded = self.diary.link.loaded().is_some();
        self.shown();
        let was_open = self.diary.link.is_open();
        let taken_up = self.take_up_kept_timer();
        // A cramp timer taken up has the screen: drafts wait for a start
        // without one.
        let drafts = if taken_up { Vec::new() } else { self.take_up_drafts() };
        if taken_up {
            // The cramp screen may show what the diary says beside its signs.
            self.shown();
        } else if !was_open {
            // Looked at for these alone: not kept open.
            self.diary.link.close();
        }
        if !drafts.is_empty() {
            let titles = self.tab_titles();
            let tabs: Vec<&str> = drafts.iter().filter_map(|&i| titles.get(i).copied()).collect();
            self.status = Some(self.guide.ui.footer.drafts_back.fill(&[("tabs", &tabs.join(", "))]));
        }
        taken_up
            || !drafts.is_empty()
            || (!read_before && self.diary.link.preferences() == Preferences::Read)
            || self.diary.link.loaded().is_some() != loaded
    }

    /// Reads the preferences, once, when the screen on show uses one: the
    /// water plan (weight, unit) or the coach (sound, cues, reduced motion).
    pub(super) fn read_preferences_if_used(&mut self) {
        let uses = matches!(self.tabs.get(self.tab), Some(TabState::Hydration(_) | TabState::Coach(_)));
        if uses && self.diary.link.preferences() == Preferences::Due {
            self.diary.link.set_preferences(Preferences::Read);
            self.read_preferences();
        }
    }

    fn read_preferences(&mut self) {
        let weight = self.diary.link.setting(WEIGHT).and_then(|w| w.parse::<f64>().ok());
        let unit = self.diary.link.setting(UNIT);
        let bell = self.diary.link.setting(BELL);
        let motion = self.diary.link.setting(MOTION);
        // A cue command on the command line turns sound on for its run.
        let sound_given = self.cues.command.is_some();
        if let Some(c) = self.diary.link.setting(CUES) {
            self.cues.on = c == "on";
        }
        for tab in &mut self.tabs {
            match tab {
                TabState::Hydration(state) => {
                    // A typed weight is kept as it was read; the plan says
                    // when it does not cover it.
                    if let Some(w) = weight.filter(|w| w.is_finite() && *w > 0.0) {
                        state.weight_lb = w;
                    }
                    // The unit last chosen; else the guide's own first unit.
                    match unit.as_deref() {
                        Some("lb") => state.unit = Unit::Lb,
                        Some("kg") => state.unit = Unit::Kg,
                        Some("st") => state.unit = Unit::St,
                        _ => {}
                    }
                }
                TabState::Coach(state) => {
                    if let Some(b) = bell.as_deref().filter(|_| !sound_given) {
                        state.bell = b == "on";
                    }
                }
                _ => {}
            }
        }
        // The command-line flag wins for the run it is given to.
        if !self.options.reduced_motion {
            self.options.reduced_motion = motion.as_deref() == Some("on");
        }
    }

    /// Keeps what a tab key just changed, if it is a preference.
    pub(super) fn remember_preference(&mut self, action: Action) {
        let on_off = |b: bool| if b { "on" } else { "off" }.to_string();
        let settings: Vec<(&str, String)> = match (action, &self.tabs[self.tab]) {
            // Yes is Enter on a typed weight.
            (Action::WeightUp | Action::WeightDown | Action::ToggleUnit | Action::Yes, TabState::Hydration(h)) => {
                let unit = match h.unit {
                    Unit::Lb => "lb",
                    Unit::Kg => "kg",
                    Unit::St => "st",
                };
                vec![(WEIGHT, format!("{}", h.weight_lb)), (UNIT, unit.to_string())]
            }
            (Action::ToggleBell, TabState::Coach(c)) => {
                let bell = c.bell;
                for tab in &mut self.tabs {
                    if let TabState::Coach(other) = tab {
                        other.bell = bell;
                    }
                }
                self.sound_switched(bell);
                vec![(BELL, on_off(bell))]
            }
            (Action::ToggleCues, TabState::Coach(_)) => {
                self.toggle_cues();
                vec![(CUES, on_off(self.cues.on))]
            }
            (Action::ToggleMotion, TabState::Coach(_)) => {
                self.options.reduced_motion = !self.options.reduced_motion;
                let coach = &self.guide.ui.coach;
                let now = if self.options.reduced_motion { &coach.motion_on } else { &coach.motion_off };
                self.status = Some(now.get().to_string());
                vec![(MOTION, on_off(self.options.reduced_motion))]
            }
            _ => return,
        };
        let result = self
            .diary
            .link
            .writer()
            .and_then(|d| settings.iter().try_for_each(|(k, v)| d.set_setting(k, v)).map_err(DiaryProblem::from));
        if let Err(e) = result {
            let problem = e.say(&self.guide.ui.diary);
            self.status = Some(self.guide.ui.footer.not_kept.fill(&[("problem", &problem)]));
        }
    }
}
